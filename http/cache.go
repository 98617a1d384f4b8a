package http

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// generationer is a store that says when it may have changed (sqlite.Store
// does). Responses computed over such a store are kept until its
// generation changes; over any other store nothing is cached.
type generationer interface {
	Version(ctx context.Context) (string, time.Time, error)
}

// response is a finished response: its status, headers, body and, for a
// body worth compressing, its gzip form.
type response struct {
	status int
	header http.Header
	body   []byte
	gz     []byte
	etag   string
}

// maxCacheBytes bounds the bytes of cached bodies; past it the cache starts
// again empty.
const maxCacheBytes = 64 << 20

// respCache keeps finished GET responses of one store generation, keyed by
// UI language and request URI.
type respCache struct {
	mu    sync.Mutex
	gen   string
	m     map[string]*response
	bytes int
}

func (c *respCache) get(gen, key string) *response {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen != gen {
		return nil
	}
	return c.m[key]
}

func (c *respCache) put(gen, key string, r *response) {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := len(r.body) + len(r.gz)
	if c.gen != gen || c.m == nil || c.bytes+n > maxCacheBytes {
		c.gen, c.m, c.bytes = gen, map[string]*response{}, 0
	}
	c.m[key] = r
	c.bytes += n
}

// bufferWriter collects a handler's response so it can be compressed,
// tagged and cached before it is sent.
type bufferWriter struct {
	header http.Header
	status int
	buf    bytes.Buffer
}

func newBufferWriter() *bufferWriter { return &bufferWriter{header: http.Header{}} }

func (b *bufferWriter) Header() http.Header { return b.header }

func (b *bufferWriter) WriteHeader(code int) {
	if b.status == 0 {
		b.status = code
	}
}

func (b *bufferWriter) Write(p []byte) (int, error) {
	if b.status == 0 {
		b.status = http.StatusOK
	}
	return b.buf.Write(p)
}

// finish turns the collected response into a response with an ETag and,
// for text of some size, a gzip body.
func (b *bufferWriter) finish() *response {
	if b.status == 0 {
		b.status = http.StatusOK
	}
	r := &response{status: b.status, header: b.header, body: b.buf.Bytes()}
	sum := sha256.Sum256(r.body)
	r.etag = `"` + hex.EncodeToString(sum[:12]) + `"`
	r.gz = gzipBody(r.body, r.header.Get("Content-Type"))
	return r
}

// gzipBody compresses text bodies of 1 KB and more; it returns nil for
// others.
func gzipBody(body []byte, contentType string) []byte {
	if len(body) < 1024 || !(strings.HasPrefix(contentType, "text/") || strings.Contains(contentType, "json") ||
		strings.Contains(contentType, "svg") || strings.Contains(contentType, "javascript")) {
		return nil
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	if _, err := zw.Write(body); err != nil {
		return nil
	}
	if err := zw.Close(); err != nil {
		return nil
	}
	return buf.Bytes()
}

// serve writes r to w for req: 304 when the client has it, gzip when the
// client takes it.
func (r *response) serve(w http.ResponseWriter, req *http.Request, modified time.Time) {
	h := w.Header()
	for k, v := range r.header {
		h[k] = append([]string(nil), v...)
	}
	vary := "Accept-Encoding"
	if !isAPI(req) && !strings.HasPrefix(req.URL.Path, "/assets/") {
		vary += ", Accept-Language, Cookie" // the UI language
	}
	h.Set("Vary", vary)
	if r.status == http.StatusOK {
		h.Set("ETag", r.etag)
		if !modified.IsZero() {
			h.Set("Last-Modified", modified.UTC().Format(http.TimeFormat))
		}
		if etagMatch(req.Header.Get("If-None-Match"), r.etag) ||
			req.Header.Get("If-None-Match") == "" && !modified.IsZero() && notModifiedSince(req, modified) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	body := r.body
	if r.gz != nil && acceptsGzip(req) {
		h.Set("Content-Encoding", "gzip")
		body = r.gz
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(r.status)
	if req.Method != http.MethodHead {
		_, _ = w.Write(body)
	}
}

func etagMatch(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(t), "W/"))
		if t == etag || t == "*" {
			return true
		}
	}
	return false
}

func notModifiedSince(req *http.Request, modified time.Time) bool {
	t, err := http.ParseTime(req.Header.Get("If-Modified-Since"))
	return err == nil && !modified.Truncate(time.Second).After(t)
}

func acceptsGzip(req *http.Request) bool {
	for _, part := range strings.Split(req.Header.Get("Accept-Encoding"), ",") {
		enc, q, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.TrimSpace(enc) == "gzip" && strings.ReplaceAll(q, " ", "") != "q=0" {
			return true
		}
	}
	return false
}
