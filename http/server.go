package http

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Server serves the API and web pages over one store.
type Server struct {
	ln     net.Listener
	server *http.Server
	mux    *http.ServeMux
	pages  *pages
	assets assetFiles

	// Store is read by every handler; the server never writes to it.
	Store kroniek.Store
	// Addr is the address to listen on, e.g. "127.0.0.1:8080".
	Addr string
	// Logger receives internal errors; users only see a generic message.
	Logger *slog.Logger
	// HandlerTimeout bounds the work for one response (DefaultHandlerTimeout
	// when 0). Past it the client gets a 503 with the usual JSON error or
	// error page, well before the connection's write timeout would cut the
	// reply off empty.
	HandlerTimeout time.Duration

	cache respCache

	registry *prometheus.Registry
	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec
}

// NewServer returns a server over store with its routes registered.
func NewServer(store kroniek.Store) (*Server, error) {
	p, err := newPages()
	if err != nil {
		return nil, err
	}
	assets, err := newAssetFiles()
	if err != nil {
		return nil, fmt.Errorf("read assets: %w", err)
	}
	s := &Server{Store: store, mux: http.NewServeMux(), pages: p, assets: assets, Logger: slog.Default()}
	s.registry = prometheus.NewRegistry()
	s.requests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "kroniek_http_requests_total", Help: "HTTP requests by route and status.",
	}, []string{"route", "code"})
	s.duration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "kroniek_http_request_duration_seconds", Help: "HTTP request latency by route.",
		Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14),
	}, []string{"route"})
	s.registry.MustRegister(s.requests, s.duration, collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))

	s.mux.Handle("GET /metrics", promhttp.HandlerFor(s.registry, promhttp.HandlerOpts{}))
	s.mux.HandleFunc("GET /assets/", func(w http.ResponseWriter, r *http.Request) { _ = s.handleAsset(w, r) })
	routes := map[string]handlerFunc{
		"GET /healthz":              s.handleHealth,
		"GET /api/openapi.json":     s.handleOpenAPI,
		"GET /api/stories":          apiList(s.apiStories),
		"GET /api/stories/{id}":     apiItem(s.storyView),
		"GET /api/entities":         apiList(s.apiEntities),
		"GET /api/entities/{id}":    apiItem(s.entityView),
		"GET /api/articles":         apiList(s.apiArticles),
		"GET /api/articles/{id}":    apiItem(s.articleView),
		"GET /api/events":           apiList(s.apiEvents),
		"GET /api/quotes":           apiList(s.apiQuotes),
		"GET /api/search":           s.handleAPISearch,
		"GET /{$}":                  s.handleIndex,
		"GET /stories/{id}":         s.handleStoryPage,
		"GET /stories/{id}/{file}":  s.handleStoryDownload,
		"GET /entities/{id}":        s.handleEntityPage,
		"GET /entities/{id}/{file}": s.handleEntityDownload,
		"GET /since":                s.handleSince,
		"GET /articles/{id}":        s.handleArticlePage,
		"GET /search":               s.handleSearchPage,
		"GET /api/": func(w http.ResponseWriter, r *http.Request) error {
			return kroniek.Errorf(kroniek.ENOTFOUND, "no such API endpoint")
		},
	}
	params, err := queryParams()
	if err != nil {
		return nil, err
	}
	for pattern, h := range routes {
		path := strings.TrimPrefix(pattern, "GET ")
		if names := params[path]; strings.HasPrefix(path, "/api/") && len(names) > 0 {
			h = onlyParams(path, names, h)
		}
		s.route(pattern, h)
	}
	return s, nil
}

// Handler returns the server's handler with its middleware.
func (s *Server) Handler() http.Handler {
	return s.recoverer(securityHeaders(http.HandlerFunc(s.dispatch)))
}

// startTime stands for the last change of what the binary embeds.
var startTime = time.Now()

// dispatch serves a request by its route; a path no route has is a 404
// and a method a route does not take a 405, each as a page (or JSON under
// /api/) rather than the mux's plain text.
func (s *Server) dispatch(w http.ResponseWriter, r *http.Request) {
	h, pattern := s.mux.Handler(r)
	if pattern != "" {
		s.mux.ServeHTTP(w, r) // sets the path values
		return
	}
	// Ask the mux what it would say, without sending it.
	probe := newBufferWriter()
	h.ServeHTTP(probe, r)
	status := probe.status
	if status == 0 || status == http.StatusOK || status >= 300 && status < 400 {
		h.ServeHTTP(w, r) // a redirect (e.g. a cleaned path)
		return
	}
	if allow := probe.Header().Get("Allow"); allow != "" {
		w.Header().Set("Allow", allow)
	}
	code, msg := kroniek.ENOTFOUND, notFoundMessage(r)
	if status == http.StatusMethodNotAllowed {
		code, msg = kroniek.EINVALID, "method "+r.Method+" not allowed here"
	}
	if isAPI(r) {
		writeJSON(w, status, errorResponse{Error: errorBody{Code: code, Message: msg}})
		return
	}
	s.pages.renderError(w, r, status, msg)
}

// notFoundMessage says what was not found, in the page language.
func notFoundMessage(r *http.Request) string {
	if language(r) == "nl" {
		return "Deze pagina bestaat niet."
	}
	return "There is no such page."
}

// Open starts listening on Addr and serving in the background.
func (s *Server) Open() error {
	ln, err := net.Listen("tcp", s.Addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return fmt.Errorf("%s is in use (another kroniek serve?): give another address with --addr", s.Addr)
	}
	if err != nil {
		return fmt.Errorf("listen on %s: %w", s.Addr, err)
	}
	s.ln = ln
	s.server = &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    1 << 16,
	}
	go func() {
		if err := s.server.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.Logger.Error("http serve", "addr", s.Addr, "err", err)
		}
	}()
	return nil
}

// URL returns the base URL the server listens on.
func (s *Server) URL() string {
	if s.ln == nil {
		return ""
	}
	return "http://" + s.ln.Addr().String()
}

// Close stops the server, waiting up to five seconds for requests.
func (s *Server) Close() error {
	if s.server == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return s.server.Shutdown(ctx)
}

// handlerFunc is a handler that returns an error, written once by route.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// route registers a handler with metrics, error mapping, gzip, ETags and,
// over a store with a generation, a cache of finished responses: a page is
// computed once per store generation, UI language and URL.
func (s *Server) route(pattern string, h handlerFunc) {
	s.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		var gen string
		var modified time.Time
		if pattern != "GET /healthz" {
			var err error
			if gen, modified, err = s.generationWithin(r.Context(), HealthTimeout); err != nil {
				if r.Context().Err() != nil {
					return // the client went away
				}
				// A store that does not answer the generation in time is
				// down or stuck: say so now rather than after its retries.
				s.writeError(w, r, errTimeout)
				s.requests.WithLabelValues(pattern, strconv.Itoa(http.StatusServiceUnavailable)).Inc()
				return
			}
		}
		key := ""
		if gen != "" {
			key = language(r) + " " + r.URL.RequestURI()
		}
		resp := s.cache.get(gen, key)
		if resp == nil {
			var err error
			resp, err = s.compute(h, r)
			if errors.Is(err, context.Canceled) {
				return
			}
			if key != "" && resp.status == http.StatusOK && pattern != "GET /healthz" {
				s.cache.put(gen, key, resp)
			}
		}
		resp.serve(w, r, modified)
		s.requests.WithLabelValues(pattern, strconv.Itoa(resp.status)).Inc()
		s.duration.WithLabelValues(pattern).Observe(time.Since(start).Seconds())
	})
}

// DefaultHandlerTimeout is the work budget of one response; the
// server's WriteTimeout (30 s) leaves room to send the error.
const DefaultHandlerTimeout = 20 * time.Second

// errTimeout is the error of a response that took longer than its budget.
var errTimeout = errors.New("timeout")

// compute runs h into a buffer under the server's time budget. The
// handler runs apart, so that one which does not watch its context still
// gets an answer on time: the 503 error, while its own result is dropped.
func (s *Server) compute(h handlerFunc, r *http.Request) (*response, error) {
	budget := s.HandlerTimeout
	if budget <= 0 {
		budget = DefaultHandlerTimeout
	}
	ctx, cancel := context.WithTimeout(r.Context(), budget)
	defer cancel()
	r = r.WithContext(ctx)
	var resp *response
	err := await(ctx, func() (err error) {
		defer func() {
			if v := recover(); v != nil {
				err = fmt.Errorf("panic: %v", v)
			}
		}()
		bw := newBufferWriter()
		if err := h(bw, r); err != nil {
			return err
		}
		resp = bw.finish()
		return nil
	})
	if err == nil {
		return resp, nil
	}
	if errors.Is(err, context.DeadlineExceeded) {
		err = errTimeout
	} else if errors.Is(err, context.Canceled) {
		return nil, err
	}
	bw := newBufferWriter()
	s.writeError(bw, r, err)
	return bw.finish(), err
}

// await runs f apart and returns its error, or ctx's once ctx is done
// first (f then runs on, its result dropped).
func await(ctx context.Context, f func() error) error {
	errc := make(chan error, 1)
	go func() { errc <- f() }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// generationWithin is generation under a deadline of d. A store that does
// not answer within d gives context.DeadlineExceeded: it may be retrying a
// lost connection for minutes. Any other failure gives an empty generation
// (nothing cached), as generation does.
func (s *Server) generationWithin(ctx context.Context, d time.Duration) (string, time.Time, error) {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	type version struct {
		gen      string
		modified time.Time
	}
	done := make(chan version, 1)
	go func() {
		gen, modified := s.generation(ctx)
		done <- version{gen, modified}
	}()
	select {
	case v := <-done:
		return v.gen, v.modified, nil
	case <-ctx.Done():
		return "", time.Time{}, ctx.Err()
	}
}

// generation returns the store's generation and last change, or "" when
// the store has none (then nothing is cached).
//
// A store without a version of its own (PostgreSQL) is versioned by its
// generation: the counts of changes to its articles and analyses and of
// corpus rebuilds, which every write that changes what a page shows moves.
func (s *Server) generation(ctx context.Context) (string, time.Time) {
	g, ok := s.Store.(generationer)
	if !ok {
		gen, err := s.Store.Generation(ctx)
		if err != nil {
			s.Logger.Error("store generation", "err", err)
			return "", time.Time{}
		}
		return fmt.Sprintf("g%d.%d", gen.Data, gen.Corpus), time.Time{}
	}
	gen, modified, err := g.Version(ctx)
	if err != nil {
		s.Logger.Error("store generation", "err", err)
		return "", time.Time{}
	}
	return gen, modified
}

// codes maps application error codes to HTTP statuses, once.
var codes = map[string]int{
	kroniek.ECONFLICT:       http.StatusConflict,
	kroniek.EINVALID:        http.StatusBadRequest,
	kroniek.ENOTFOUND:       http.StatusNotFound,
	kroniek.ENOTIMPLEMENTED: http.StatusNotImplemented,
	kroniek.EUNAUTHORIZED:   http.StatusUnauthorized,
	kroniek.ETOOLARGE:       http.StatusRequestEntityTooLarge,
	kroniek.EINTERNAL:       http.StatusInternalServerError,
}

// ErrorStatus returns the HTTP status of an application error code.
func ErrorStatus(code string) int {
	if s, ok := codes[code]; ok {
		return s
	}
	return http.StatusInternalServerError
}

// writeError writes err as JSON for the API and as a page otherwise;
// internal details are logged, never shown.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, context.Canceled) {
		return
	}
	status, code, msg := ErrorStatus(kroniek.ErrorCode(err)), kroniek.ErrorCode(err), kroniek.ErrorMessage(err)
	switch {
	case errors.Is(err, errTimeout):
		s.Logger.Error("http timeout", "method", r.Method, "path", r.URL.Path)
		status, code, msg = http.StatusServiceUnavailable, "timeout", "This took too long to answer; please try again later."
		if !isAPI(r) && language(r) == "nl" {
			msg = "Dit duurde te lang; probeer het later opnieuw."
		}
	case code == kroniek.EINTERNAL:
		s.Logger.Error("http error", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	if isAPI(r) {
		writeJSON(w, status, errorResponse{Error: errorBody{Code: code, Message: msg}})
		return
	}
	s.pages.renderError(w, r, status, msg)
}

type errorResponse struct {
	Error errorBody `json:"error"`
}

type errorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

func isAPI(r *http.Request) bool {
	return len(r.URL.Path) >= 5 && r.URL.Path[:5] == "/api/"
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

// recoverer turns a panic into a 500 without showing it to the client.
func (s *Server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.Logger.Error("panic", "path", r.URL.Path, "value", fmt.Sprint(v), "stack", string(debug.Stack()))
				s.writeError(w, r, fmt.Errorf("panic: %v", v))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// securityHeaders sets a strict content security policy: no inline
// script, no third-party anything.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) error {
	// A store that is down may retry for minutes: give it two seconds and
	// answer 503 after that, so a load balancer sees the fault at once.
	ctx, cancel := context.WithTimeout(r.Context(), HealthTimeout)
	defer cancel()
	err := await(ctx, func() error {
		_, _, err := s.Store.Stories(ctx, kroniek.StoryFilter{Page: kroniek.Page{Limit: 1}})
		return err
	})
	if err != nil {
		s.Logger.Error("health check", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "store unavailable"})
		return nil
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	return nil
}

// HealthTimeout is how long /healthz waits for the store before it answers
// 503.
const HealthTimeout = 2 * time.Second

// page reads offset and limit from the query: limit 1..500, default 50.
func page(r *http.Request) (kroniek.Page, error) {
	q := r.URL.Query()
	offset, err := intParam(q.Get("offset"), 0, 0, math.MaxInt, "offset must be a non-negative integer")
	if err != nil {
		return kroniek.Page{}, err
	}
	limit, err := intParam(q.Get("limit"), 50, 1, 500, "limit must be an integer from 1 to 500")
	return kroniek.Page{Offset: offset, Limit: limit}, err
}

// intParam reads a whole number from lo to hi from a query value, def
// when it is empty; a value out of range is invalid with message msg.
func intParam(v string, def, lo, hi int, msg string) (int, error) {
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return def, kroniek.Errorf(kroniek.EINVALID, "%s", msg)
	}
	return n, nil
}

// list is a page of results.
type list[T any] struct {
	Total  int `json:"total"`
	Offset int `json:"offset"`
	Limit  int `json:"limit"`
	Items  []T `json:"items"`
}

func newList[T any](items []T, total int, p kroniek.Page) list[T] {
	items = orEmpty(items)
	return list[T]{Total: total, Offset: p.Offset, Limit: p.Limit, Items: items}
}

// orEmpty returns s, or an empty slice for nil: JSON [] rather than null.
func orEmpty[S ~[]E, E any](s S) S {
	if s == nil {
		return S{}
	}
	return s
}
