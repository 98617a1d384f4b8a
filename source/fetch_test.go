package source

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeClock stands in for the Fetcher's clock: sleeping advances it and
// records the wait.
type fakeClock struct {
	mu     sync.Mutex
	t      time.Time
	sleeps []time.Duration
}

func (c *fakeClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sleeps = append(c.sleeps, d)
	c.t = c.t.Add(d)
	return ctx.Err()
}

// testFetcher is a Fetcher on a fake clock.
func testFetcher(o FetchOptions) (*Fetcher, *fakeClock) {
	f := NewFetcher(o)
	c := &fakeClock{t: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	f.now, f.sleep = c.now, c.sleep
	return f, c
}

// webServer serves the fixture pages and the failure cases of the tests.
func webServer(t *testing.T) *httptest.Server {
	t.Helper()
	var mu sync.Mutex
	hits := map[string]int{}
	mux := http.NewServeMux()
	page := func(name string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(readFixture(t, name))
		}
	}
	mux.HandleFunc("/dijk", page("dijk.html"))
	mux.HandleFunc("/museum", page("museum.html"))
	mux.HandleFunc("/ua", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, r.Header.Get("User-Agent"))
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		// The fixture declares windows-1252 in a meta tag; the header
		// says ISO-8859-1, which HTML reads as windows-1252 too.
		w.Header().Set("Content-Type", "text/html; charset=ISO-8859-1")
		w.Write(readFixture(t, "bibliotheek.html"))
	})
	mux.HandleFunc("/etag", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		fmt.Fprint(w, "body v1")
	})
	mux.HandleFunc("/lastmod", func(w http.ResponseWriter, r *http.Request) {
		const lm = "Mon, 02 Jan 2006 15:04:05 GMT"
		if r.Header.Get("If-Modified-Since") == lm {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Last-Modified", lm)
		fmt.Fprint(w, "body")
	})
	mux.HandleFunc("/flaky", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits["flaky"]++
		n := hits["flaky"]
		mu.Unlock()
		if n == 1 {
			w.Header().Set("Retry-After", "7")
			http.Error(w, "busy", http.StatusInternalServerError)
			return
		}
		fmt.Fprint(w, "recovered")
	})
	mux.HandleFunc("/down", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		http.Error(w, "maintenance", http.StatusServiceUnavailable)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(3 * time.Second):
		}
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("x", 4096)))
	})
	mux.HandleFunc("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.4")
	})
	mux.HandleFunc("/hop/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/hop/"), "%d", &n)
		if n <= 0 {
			http.Redirect(w, r, "/dijk", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusMovedPermanently)
	})
	mux.HandleFunc("/loop-a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop-b", http.StatusFound) })
	mux.HandleFunc("/loop-b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop-a", http.StatusFound) })
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestFetchConditional(t *testing.T) {
	srv := webServer(t)
	f, _ := testFetcher(FetchOptions{HostDelay: -1})
	ctx := context.Background()
	r1, err := f.Fetch(ctx, Request{URL: srv.URL + "/etag"})
	if err != nil || r1.ETag != `"v1"` || string(r1.Body) != "body v1" {
		t.Fatalf("first: %+v %v", r1, err)
	}
	r2, err := f.Fetch(ctx, Request{URL: srv.URL + "/etag", ETag: r1.ETag})
	if err != nil || !r2.NotModified || r2.ETag != `"v1"` {
		t.Fatalf("conditional by ETag: %+v %v", r2, err)
	}
	r3, err := f.Fetch(ctx, Request{URL: srv.URL + "/lastmod"})
	if err != nil || r3.LastModified == "" {
		t.Fatalf("lastmod: %+v %v", r3, err)
	}
	r4, err := f.Fetch(ctx, Request{URL: srv.URL + "/lastmod", LastModified: r3.LastModified})
	if err != nil || !r4.NotModified {
		t.Fatalf("conditional by Last-Modified: %+v %v", r4, err)
	}
}

func TestFetchRetryAfter(t *testing.T) {
	srv := webServer(t)
	f, clock := testFetcher(FetchOptions{HostDelay: -1})
	r, err := f.Fetch(context.Background(), Request{URL: srv.URL + "/flaky"})
	if err != nil || string(r.Body) != "recovered" {
		t.Fatalf("flaky: %v %v", r, err)
	}
	if len(clock.sleeps) != 1 || clock.sleeps[0] != 7*time.Second {
		t.Errorf("waited %v, want the 7s of Retry-After", clock.sleeps)
	}
	// A Retry-After longer than the Fetcher sleeps through is returned.
	_, err = f.Fetch(context.Background(), Request{URL: srv.URL + "/down"})
	var fe *FetchError
	if !errors.As(err, &fe) || fe.Status != 503 || fe.RetryAfter != time.Hour || !fe.Temporary() {
		t.Errorf("down: %#v", err)
	}
}

func TestFetchFailures(t *testing.T) {
	srv := webServer(t)
	f, _ := testFetcher(FetchOptions{HostDelay: -1, Timeout: 200 * time.Millisecond, MaxSize: 1000, Retries: -1})
	ctx := context.Background()
	cases := []struct{ path, want string }{
		{"/nothing-here", "http 404 Not Found"},
		{"/slow", "timeout"},
		{"/big", "over the limit of 1000 bytes"},
		{"/hop/9", "too many redirects"},
		{"/loop-a", "redirect loop"},
	}
	for _, c := range cases {
		_, err := f.Fetch(ctx, Request{URL: srv.URL + c.path})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", c.path, err, c.want)
		}
	}
	var fe *FetchError
	if _, err := f.Fetch(ctx, Request{URL: srv.URL + "/nothing-here"}); !errors.As(err, &fe) || fe.Temporary() {
		t.Errorf("404 should be a permanent FetchError: %v", err)
	}
	if _, err := f.Fetch(ctx, Request{URL: srv.URL + "/big"}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("big: %v", err)
	}
	f2, _ := testFetcher(FetchOptions{HostDelay: -1})
	r, err := f2.Fetch(ctx, Request{URL: srv.URL + "/hop/3"})
	if err != nil || r.URL != srv.URL+"/dijk" {
		t.Errorf("4 redirects should be followed: %v", err)
	}
	if _, err := f.FetchArticle(ctx, srv.URL+"/pdf"); err == nil || !strings.Contains(err.Error(), "not an HTML page") {
		t.Errorf("pdf: %v", err)
	}
	if _, err := f.Fetch(ctx, Request{URL: "ftp://example.org/x"}); err == nil {
		t.Error("ftp URL accepted")
	}
}

func TestFetchRetriesWithBackoff(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "broken", http.StatusBadGateway)
	}))
	defer srv.Close()
	f, clock := testFetcher(FetchOptions{HostDelay: -1, Retries: 3})
	_, err := f.Fetch(context.Background(), Request{URL: srv.URL})
	if err == nil || !strings.Contains(err.Error(), "502") {
		t.Fatalf("got %v", err)
	}
	want := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second}
	if fmt.Sprint(clock.sleeps) != fmt.Sprint(want) {
		t.Errorf("backoff %v, want %v", clock.sleeps, want)
	}
}

func TestFetchPoliteness(t *testing.T) {
	srv := webServer(t)
	f, clock := testFetcher(FetchOptions{HostDelay: 1500 * time.Millisecond})
	for i := 0; i < 3; i++ {
		if _, err := f.Fetch(context.Background(), Request{URL: srv.URL + "/ua"}); err != nil {
			t.Fatal(err)
		}
	}
	if len(clock.sleeps) != 2 || clock.sleeps[0] != 1500*time.Millisecond {
		t.Errorf("waits between requests to one host: %v", clock.sleeps)
	}
	r, _ := f.Fetch(context.Background(), Request{URL: srv.URL + "/ua"})
	if string(r.Body) != UserAgent {
		t.Errorf("User-Agent %q", r.Body)
	}
}

func TestFetchArticleCharset(t *testing.T) {
	srv := webServer(t)
	f, _ := testFetcher(FetchOptions{HostDelay: -1})
	a, err := f.FetchArticle(context.Background(), srv.URL+"/latin1")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Body, "Renée Oosterhof") || a.URL != srv.URL+"/latin1" || a.ID != URLID(a.URL) {
		t.Errorf("article: url %q id %q body %q", a.URL, a.ID, a.Body)
	}
}

func TestReadURL(t *testing.T) {
	srv := webServer(t)
	f, _ := testFetcher(FetchOptions{HostDelay: -1, Retries: -1})
	got, probs := collect(t, []string{srv.URL + "/hop/1", srv.URL + "/nothing-here", srv.URL + "/pdf"}, Options{Fetcher: f})
	if len(got) != 1 || got[0].Title != "Waterschap versterkt dijk bij Kampen na hoogwater" || got[0].Source != srv.URL+"/hop/1" {
		t.Fatalf("articles: %v", got)
	}
	if len(probs) != 2 || !strings.Contains(probs[0].Message, "404") || !strings.Contains(probs[1].Message, "not an HTML page") {
		t.Errorf("problems: %v", probs)
	}
}
