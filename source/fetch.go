package source

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/clock"
	"github.com/kroniek/kroniek/internal/opt"
)

// UserAgent is the User-Agent kroniek fetches with.
const UserAgent = "kroniek/0.1 (+https://github.com/kroniek/kroniek)"

// Defaults of FetchOptions.
const (
	DefaultConnectTimeout = 10 * time.Second
	DefaultFetchTimeout   = 30 * time.Second
	DefaultHostDelay      = time.Second
	DefaultMaxRedirects   = 5
	DefaultRetries        = 2
	// DefaultMaxRetryWait is the longest Retry-After or backoff the
	// Fetcher sleeps through itself; longer ones are returned to the
	// caller as FetchError.RetryAfter.
	DefaultMaxRetryWait = 30 * time.Second
)

// FetchOptions configure a Fetcher. Zero values take the defaults above.
type FetchOptions struct {
	ConnectTimeout time.Duration // dialling and TLS handshake
	Timeout        time.Duration // whole request, body included
	MaxSize        int64         // largest body accepted; DefaultMaxSize when 0
	MaxRedirects   int           // at most this many redirects are followed
	// HostDelay is the least time between two requests to one host; a
	// negative value means no delay.
	HostDelay time.Duration
	// Retries is how often a request failing with a network error, a
	// timeout, 429 or 5xx is tried again, after an exponential backoff
	// (1 s, 2 s, ...) or the server's Retry-After. Negative: never.
	Retries      int
	MaxRetryWait time.Duration
	UserAgent    string
	// Transport replaces the HTTP transport (tests); nil builds one with
	// the connect timeout and the environment's proxy.
	Transport http.RoundTripper
}

// Fetcher gets pages and feeds over HTTP politely: bounded in time, size
// and redirects, one request per host per HostDelay, conditional GET,
// Retry-After and backoff. It is safe for concurrent use.
type Fetcher struct {
	opts   FetchOptions
	client *http.Client

	mu   sync.Mutex
	next map[string]time.Time // host -> earliest next request

	// now and sleep are the clock; tests replace them.
	now   func() time.Time
	sleep func(ctx context.Context, d time.Duration) error
}

// NewFetcher returns a Fetcher with the given options.
func NewFetcher(o FetchOptions) *Fetcher {
	o.ConnectTimeout = opt.Positive(o.ConnectTimeout, DefaultConnectTimeout)
	o.Timeout = opt.Positive(o.Timeout, DefaultFetchTimeout)
	o.MaxSize = opt.Positive(o.MaxSize, DefaultMaxSize)
	o.MaxRedirects = opt.Positive(o.MaxRedirects, DefaultMaxRedirects)
	o.MaxRetryWait = opt.Positive(o.MaxRetryWait, DefaultMaxRetryWait)
	// A negative delay or number of retries means none.
	o.HostDelay = cmp.Or(o.HostDelay, DefaultHostDelay)
	o.Retries = cmp.Or(o.Retries, DefaultRetries)
	o.UserAgent = cmp.Or(o.UserAgent, UserAgent)
	tr := o.Transport
	if tr == nil {
		dialer := &net.Dialer{Timeout: o.ConnectTimeout, KeepAlive: 30 * time.Second}
		tr = &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           dialer.DialContext,
			TLSHandshakeTimeout:   o.ConnectTimeout,
			ResponseHeaderTimeout: o.Timeout,
			MaxIdleConnsPerHost:   2,
			IdleConnTimeout:       90 * time.Second,
		}
	}
	f := &Fetcher{opts: o, next: map[string]time.Time{}, now: time.Now, sleep: clock.Sleep}
	f.client = &http.Client{Transport: tr, CheckRedirect: f.checkRedirect}
	return f
}

// Options returns the options the Fetcher runs with, defaults filled in.
func (f *Fetcher) Options() FetchOptions { return f.opts }

// Request is one GET. ETag and LastModified, from an earlier Response,
// make it conditional.
type Request struct {
	URL          string
	ETag         string
	LastModified string
	Accept       string
}

// Response is a fetched body.
type Response struct {
	URL          string // final URL, after redirects
	Status       int
	NotModified  bool   // 304: the conditional request found nothing new
	ContentType  string // full Content-Type header
	MediaType    string // e.g. "text/html"
	ETag         string
	LastModified string
	Body         []byte
}

// FetchError is a failed fetch: its URL, HTTP status (0 for network
// errors) and, when the server said so, how long to wait before retrying.
type FetchError struct {
	URL        string
	Status     int
	RetryAfter time.Duration
	Err        error
}

// Error implements error.
func (e *FetchError) Error() string {
	return fmt.Sprintf("fetch %s: %v", e.URL, e.Err)
}

// Unwrap returns the cause.
func (e *FetchError) Unwrap() error { return e.Err }

// Temporary tells whether trying again later may succeed: network errors,
// timeouts, 408, 425, 429 and 5xx.
func (e *FetchError) Temporary() bool {
	switch {
	case e.Status == 0:
		return !errors.Is(e.Err, errTooManyRedirects) && !errors.Is(e.Err, errRedirectLoop) &&
			!errors.Is(e.Err, ErrTooLarge) && !errors.Is(e.Err, errNotHTTP)
	case e.Status == 408, e.Status == 425, e.Status == 429, e.Status >= 500:
		return true
	}
	return false
}

var (
	// ErrTooLarge is wrapped by the error of a body over the size limit.
	ErrTooLarge         = errors.New("too large")
	errNotHTTP          = errors.New("not an http(s) URL")
	errTooManyRedirects = errors.New("too many redirects")
	errRedirectLoop     = errors.New("redirect loop")
)

// checkRedirect bounds redirects and refuses loops.
func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > f.opts.MaxRedirects {
		return fmt.Errorf("%w: more than %d", errTooManyRedirects, f.opts.MaxRedirects)
	}
	for _, v := range via {
		if v.URL.String() == req.URL.String() {
			return fmt.Errorf("%w at %s", errRedirectLoop, req.URL)
		}
	}
	return nil
}

// Fetch gets req.URL, retrying temporary failures with backoff. A 304 to a
// conditional request gives a Response with NotModified set and no body.
// Every failure is a *FetchError.
func (f *Fetcher) Fetch(ctx context.Context, req Request) (*Response, error) {
	u, err := url.Parse(req.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, &FetchError{URL: req.URL, Err: errNotHTTP}
	}
	for attempt := 0; ; attempt++ {
		if err := f.wait(ctx, u.Host); err != nil {
			return nil, &FetchError{URL: req.URL, Err: err}
		}
		resp, ferr := f.once(ctx, req)
		if ferr == nil {
			return resp, nil
		}
		if ctx.Err() != nil || !ferr.Temporary() || attempt >= f.opts.Retries || f.opts.Retries < 0 {
			return nil, ferr
		}
		wait := time.Duration(1<<attempt) * time.Second
		if ferr.RetryAfter > 0 {
			wait = ferr.RetryAfter
		}
		if wait > f.opts.MaxRetryWait {
			return nil, ferr
		}
		f.hold(u.Host, wait)
	}
}

// wait sleeps until the host may be asked again and books the next slot.
func (f *Fetcher) wait(ctx context.Context, host string) error {
	f.mu.Lock()
	now := f.now()
	at := f.next[host]
	if at.Before(now) {
		at = now
	}
	delay := f.opts.HostDelay
	if delay < 0 {
		delay = 0
	}
	f.next[host] = at.Add(delay)
	f.mu.Unlock()
	if d := at.Sub(now); d > 0 {
		return f.sleep(ctx, d)
	}
	return nil
}

// hold keeps a host from being asked for d.
func (f *Fetcher) hold(host string, d time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if at := f.now().Add(d); at.After(f.next[host]) {
		f.next[host] = at
	}
}

// once makes one request.
func (f *Fetcher) once(ctx context.Context, req Request) (*Response, *FetchError) {
	ctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	hreq, err := http.NewRequestWithContext(ctx, http.MethodGet, req.URL, nil)
	if err != nil {
		return nil, &FetchError{URL: req.URL, Err: fmt.Errorf("%w: %v", errNotHTTP, err)}
	}
	hreq.Header.Set("User-Agent", f.opts.UserAgent)
	accept := req.Accept
	if accept == "" {
		accept = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
	}
	hreq.Header.Set("Accept", accept)
	hreq.Header.Set("Accept-Language", "nl,en;q=0.7,*;q=0.3")
	if req.ETag != "" {
		hreq.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hreq.Header.Set("If-Modified-Since", req.LastModified)
	}
	hresp, err := f.client.Do(hreq)
	if err != nil {
		return nil, &FetchError{URL: req.URL, Err: f.describe(ctx, err)}
	}
	defer hresp.Body.Close()
	resp := &Response{
		URL:          hresp.Request.URL.String(),
		Status:       hresp.StatusCode,
		ContentType:  hresp.Header.Get("Content-Type"),
		ETag:         hresp.Header.Get("ETag"),
		LastModified: hresp.Header.Get("Last-Modified"),
	}
	resp.MediaType, _, _ = mime.ParseMediaType(resp.ContentType)
	switch {
	case hresp.StatusCode == http.StatusNotModified:
		resp.NotModified = true
		if resp.ETag == "" {
			resp.ETag = req.ETag
		}
		if resp.LastModified == "" {
			resp.LastModified = req.LastModified
		}
		return resp, nil
	case hresp.StatusCode < 200 || hresp.StatusCode > 299:
		io.Copy(io.Discard, io.LimitReader(hresp.Body, 64<<10))
		return nil, &FetchError{
			URL: req.URL, Status: hresp.StatusCode,
			RetryAfter: parseRetryAfter(hresp.Header.Get("Retry-After"), f.now()),
			Err:        fmt.Errorf("http %s", hresp.Status),
		}
	}
	if hresp.ContentLength > f.opts.MaxSize {
		return nil, &FetchError{URL: req.URL, Status: hresp.StatusCode,
			Err: fmt.Errorf("%w: body of %d bytes over the limit of %d", ErrTooLarge, hresp.ContentLength, f.opts.MaxSize)}
	}
	body, err := io.ReadAll(io.LimitReader(hresp.Body, f.opts.MaxSize+1))
	if err != nil {
		return nil, &FetchError{URL: req.URL, Err: f.describe(ctx, err)}
	}
	if int64(len(body)) > f.opts.MaxSize {
		return nil, &FetchError{URL: req.URL, Status: hresp.StatusCode,
			Err: fmt.Errorf("%w: body over the limit of %d bytes", ErrTooLarge, f.opts.MaxSize)}
	}
	resp.Body = body
	return resp, nil
}

// describe turns a transport error into a short, clear one.
func (f *Fetcher) describe(ctx context.Context, err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("timeout after %s", f.opts.Timeout)
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return fmt.Errorf("timeout: %w", err)
	}
	return err
}

// parseRetryAfter reads a Retry-After header: seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil && n >= 0 {
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// htmlMediaTypes are the content types read as web pages.
var htmlMediaTypes = map[string]bool{"text/html": true, "application/xhtml+xml": true}

// isHTMLResponse tells whether a body is HTML by its media type or, when
// the server gave none or a generic one, by sniffing.
func isHTMLResponse(mediaType string, body []byte) bool {
	if htmlMediaTypes[mediaType] {
		return true
	}
	if mediaType == "" || mediaType == "application/octet-stream" || mediaType == "text/plain" {
		return strings.HasPrefix(http.DetectContentType(body), "text/html")
	}
	return false
}

// FetchArticle fetches one web page and extracts its article. A body that
// is not HTML is an error.
func (f *Fetcher) FetchArticle(ctx context.Context, pageURL string) (*kroniek.Article, error) {
	resp, err := f.Fetch(ctx, Request{URL: pageURL})
	if err != nil {
		return nil, err
	}
	return pageArticle(resp, pageURL)
}

// pageArticle extracts the article of a fetched page.
func pageArticle(resp *Response, source string) (*kroniek.Article, error) {
	if !isHTMLResponse(resp.MediaType, resp.Body) {
		return nil, fmt.Errorf("page %s: not an HTML page (content type %q)", source, resp.ContentType)
	}
	a, err := ExtractHTML(resp.Body, resp.URL, resp.ContentType)
	if err != nil {
		return nil, fmt.Errorf("page %s: %w", source, err)
	}
	a.Source = source
	if a.URL == "" {
		a.URL = resp.URL
	}
	if a.ID == "" {
		a.ID = URLID(a.URL)
	}
	return a, nil
}

// readURL fetches one URL given as input: a web page becomes one article,
// a feed its items' articles (fetching link-only items with the same
// Fetcher).
func readURL(ctx context.Context, rawURL string, opts Options, emit Emit, report Report) error {
	if opts.Fetcher == nil {
		opts.Fetcher = NewFetcher(FetchOptions{MaxSize: opts.MaxSize})
	}
	resp, err := opts.Fetcher.Fetch(ctx, Request{URL: rawURL})
	if err != nil {
		return err
	}
	if isFeedResponse(resp.MediaType, resp.Body) {
		return readFeed(ctx, rawURL, bytes.NewReader(resp.Body), opts, emit, report)
	}
	a, err := pageArticle(resp, rawURL)
	if err != nil {
		return err
	}
	return emit(a)
}
