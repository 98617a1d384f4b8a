package http

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Server serves the API and web pages over one store.
type Server struct {
	ln     net.Listener
	server *http.Server
	mux    *http.ServeMux
	pages  *pages

	// Store is read by every handler; the server never writes to it.
	Store kroniek.Store
	// Addr is the address to listen on, e.g. "127.0.0.1:8080".
	Addr string
	// Logger receives internal errors; users only see a generic message.
	Logger *slog.Logger

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
	s := &Server{Store: store, mux: http.NewServeMux(), pages: p, Logger: slog.Default()}
	s.registry = prometheus.NewRegistry()
	s.requests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "kroniek_http_requests_total", Help: "HTTP requests by route and status.",
	}, []string{"route", "code"})
	s.duration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "kroniek_http_request_duration_seconds", Help: "HTTP request latency by route.",
		Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14),
	}, []string{"route"})
	s.registry.MustRegister(s.requests, s.duration, prometheus.NewGoCollector(), prometheus.NewProcessCollector(prometheus.ProcessCollectorOpts{}))

	s.route("GET /healthz", s.handleHealth)
	s.mux.Handle("GET /metrics", promhttp.HandlerFor(s.registry, promhttp.HandlerOpts{}))
	s.route("GET /api/openapi.json", s.handleOpenAPI)
	s.route("GET /api/stories", s.handleAPIStories)
	s.route("GET /api/stories/{id}", s.handleAPIStory)
	s.route("GET /api/entities", s.handleAPIEntities)
	s.route("GET /api/entities/{id}", s.handleAPIEntity)
	s.route("GET /api/articles", s.handleAPIArticles)
	s.route("GET /api/articles/{id}", s.handleAPIArticle)
	s.route("GET /api/events", s.handleAPIEvents)
	s.route("GET /api/quotes", s.handleAPIQuotes)
	s.route("GET /api/search", s.handleAPISearch)
	s.route("GET /api/", func(w http.ResponseWriter, r *http.Request) error {
		return kroniek.Errorf(kroniek.ENOTFOUND, "no such API endpoint")
	})

	s.mux.Handle("GET /assets/", http.StripPrefix("/assets/", http.FileServerFS(assetFS())))
	s.route("GET /{$}", s.handleIndex)
	s.route("GET /stories/{id}", s.handleStoryPage)
	s.route("GET /entities/{id}", s.handleEntityPage)
	s.route("GET /articles/{id}", s.handleArticlePage)
	s.route("GET /search", s.handleSearchPage)
	return s, nil
}

// Handler returns the server's handler with its middleware.
func (s *Server) Handler() http.Handler {
	return s.recoverer(securityHeaders(s.mux))
}

// Open starts listening on Addr and serving in the background.
func (s *Server) Open() error {
	ln, err := net.Listen("tcp", s.Addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", s.Addr, err)
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

// route registers a handler with metrics and error mapping.
func (s *Server) route(pattern string, h handlerFunc) {
	s.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rw := &statusWriter{ResponseWriter: w, code: http.StatusOK}
		if err := h(rw, r); err != nil {
			s.writeError(rw, r, err)
		}
		s.requests.WithLabelValues(pattern, strconv.Itoa(rw.code)).Inc()
		s.duration.WithLabelValues(pattern).Observe(time.Since(start).Seconds())
	})
}

type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	w.code = code
	w.ResponseWriter.WriteHeader(code)
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
	code := kroniek.ErrorCode(err)
	if code == kroniek.EINTERNAL {
		s.Logger.Error("http error", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	status := ErrorStatus(code)
	if isAPI(r) {
		writeJSON(w, status, errorResponse{Error: errorBody{Code: code, Message: kroniek.ErrorMessage(err)}})
		return
	}
	s.pages.renderError(w, r, status, kroniek.ErrorMessage(err))
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
	if _, _, err := s.Store.Stories(r.Context(), kroniek.StoryFilter{Page: kroniek.Page{Limit: 1}}); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	return nil
}

// page reads offset and limit from the query: limit 1..500, default 50.
func page(r *http.Request) (kroniek.Page, error) {
	var p kroniek.Page
	q := r.URL.Query()
	if v := q.Get("offset"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return p, kroniek.Errorf(kroniek.EINVALID, "offset must be a non-negative integer")
		}
		p.Offset = n
	}
	p.Limit = 50
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 500 {
			return p, kroniek.Errorf(kroniek.EINVALID, "limit must be an integer from 1 to 500")
		}
		p.Limit = n
	}
	return p, nil
}

// list is a page of results.
type list[T any] struct {
	Total  int `json:"total"`
	Offset int `json:"offset"`
	Limit  int `json:"limit"`
	Items  []T `json:"items"`
}

func newList[T any](items []T, total int, p kroniek.Page) list[T] {
	if items == nil {
		items = []T{}
	}
	return list[T]{Total: total, Offset: p.Offset, Limit: p.Limit, Items: items}
}
