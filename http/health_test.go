package http_test

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kroniek/kroniek"
	khttp "github.com/kroniek/kroniek/http"
	"github.com/kroniek/kroniek/internal/sqlitetest"
)

// hangingStore is a store whose server stopped answering: every query
// waits until its context ends. The time its context had left when it was
// asked is sent on bounds (-1: no deadline), so that a test checks the
// bound the server set rather than how long a loaded machine took to
// answer.
type hangingStore struct {
	kroniek.Store
	bounds chan time.Duration
}

func (s hangingStore) hang(ctx context.Context) error {
	left := time.Duration(-1)
	if d, ok := ctx.Deadline(); ok {
		left = time.Until(d)
	}
	select {
	case s.bounds <- left:
	default: // a second query of the same request
	}
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(time.Minute): // a server that set no bound fails the test, not the run
		return errors.New("hangingStore: no deadline came")
	}
}

func (s hangingStore) Stories(ctx context.Context, f kroniek.StoryFilter) ([]*kroniek.Story, int, error) {
	return nil, 0, s.hang(ctx)
}

func (s hangingStore) Generation(ctx context.Context) (kroniek.Generation, error) {
	return kroniek.Generation{}, s.hang(ctx)
}

// checkBound checks that a request over a hanging store got its 503 and
// that the store was asked with at most HealthTimeout left. The bound the
// server set is checked, not the wall time: on a busy machine the answer
// may come late, and a "within 3 s" check of a 2 s bound can fail on it.
func checkBound(t *testing.T, store hangingStore, h http.Handler, path string) {
	t.Helper()
	code, body, _ := get(t, h, path)
	if code != 503 {
		t.Errorf("%s on a hanging store: %d %.80q, want 503", path, code, body)
	}
	select {
	case left := <-store.bounds:
		if left < 0 || left > khttp.HealthTimeout {
			t.Errorf("%s asked the hanging store with %v left (-1: no deadline), want at most %v", path, left, khttp.HealthTimeout)
		}
	case <-time.After(time.Minute):
		t.Errorf("%s never asked the store", path)
	}
}

// TestHealthDown: /healthz answers 503 within its timeout when the store
// does not answer, instead of hanging for the store's retries.
func TestHealthDown(t *testing.T) {
	store := hangingStore{fixture(t), make(chan time.Duration, 1)}
	s, err := khttp.NewServer(store)
	if err != nil {
		t.Fatal(err)
	}
	checkBound(t, store, s.Handler(), "/healthz")
}

// TestStoreDownPages: an API call or a page over a store that does not
// answer gets its 503 within the health timeout, not after the store's
// retries (the generation that keys the cache is asked first).
func TestStoreDownPages(t *testing.T) {
	store := hangingStore{fixture(t), make(chan time.Duration, 1)}
	s, err := khttp.NewServer(store)
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/api/stories?limit=1", "/?ui=nl"} {
		checkBound(t, store, s.Handler(), path)
	}
}

// slowStore is a store whose entity lookups ignore their context, as a
// query that scans too much does: each waits until release is closed.
type slowStore struct {
	kroniek.Store
	release chan struct{}
}

func (s slowStore) Entity(ctx context.Context, id string) (*kroniek.Entity, error) {
	<-s.release
	return s.Store.Entity(context.Background(), id)
}

// TestSlowHandlerAnswersError: a response that takes longer than the
// server's budget still answers, with the JSON error under /api/ and an
// error page elsewhere, never an empty reply. The slow lookups are let go
// after both answers, or after half a minute as a last resort: an answer
// that came only then waited for them. No wall-clock bound on the answer
// (it was "within 1 s" of a 100 ms budget, which a loaded machine can miss).
func TestSlowHandlerAnswersError(t *testing.T) {
	store := slowStore{fixture(t), make(chan struct{})}
	s, err := khttp.NewServer(store)
	if err != nil {
		t.Fatal(err)
	}
	var waited atomic.Bool
	release := sync.OnceFunc(func() { close(store.release) })
	defer release() // before the store closes (cleanups run after)
	time.AfterFunc(30*time.Second, func() { waited.Store(true); release() })
	s.HandlerTimeout = 100 * time.Millisecond
	code, body, _ := get(t, s.Handler(), "/api/entities/e-jansen")
	if code != 503 || !strings.Contains(body, `"timeout"`) || waited.Load() {
		t.Errorf("slow API entity: %d %q (waited for the store: %v), want 503 with a timeout error", code, body, waited.Load())
	}
	code, body, _ = get(t, s.Handler(), "/entities/e-jansen?ui=nl")
	if code != 503 || !strings.Contains(body, "te lang") || !strings.Contains(body, "<html") || waited.Load() {
		t.Errorf("slow entity page: %d %q (waited for the store: %v), want 503 as a page", code, body, waited.Load())
	}
}

// TestAddressInUse: serving on an address in use says so and how to
// choose another, not "listen X: listen tcp X: bind: address already in use".
func TestAddressInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	s, err := khttp.NewServer(sqlitetest.Open(t))
	if err != nil {
		t.Fatal(err)
	}
	s.Addr = ln.Addr().String()
	err = s.Open()
	if err == nil {
		s.Close()
		t.Fatal("serving on an address in use did not fail")
	}
	if want := s.Addr + " is in use (another kroniek serve?): give another address with --addr"; err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
}
