package http_test

import (
	"context"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/kroniek/kroniek"
	khttp "github.com/kroniek/kroniek/http"
	"github.com/kroniek/kroniek/internal/sqlitetest"
)

// hangingStore is a store whose server stopped answering: every query
// waits until its context ends.
type hangingStore struct{ kroniek.Store }

func (hangingStore) Stories(ctx context.Context, f kroniek.StoryFilter) ([]*kroniek.Story, int, error) {
	<-ctx.Done()
	return nil, 0, ctx.Err()
}

func (hangingStore) Generation(ctx context.Context) (kroniek.Generation, error) {
	<-ctx.Done()
	return kroniek.Generation{}, ctx.Err()
}

// TestHealthDown: /healthz answers 503 within its timeout when the store
// does not answer, instead of hanging for the store's retries.
func TestHealthDown(t *testing.T) {
	s, err := khttp.NewServer(hangingStore{fixture(t)})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	code, body, _ := get(t, s.Handler(), "/healthz")
	if took := time.Since(start); code != 503 || took > khttp.HealthTimeout+time.Second {
		t.Fatalf("healthz on a hanging store: %d %q after %v, want 503 within %v", code, body, took, khttp.HealthTimeout)
	}
}

// TestStoreDownPages: an API call or a page over a store that does not
// answer gets its 503 within the health timeout, not after the store's
// retries (the generation that keys the cache is asked first).
func TestStoreDownPages(t *testing.T) {
	s, err := khttp.NewServer(hangingStore{fixture(t)})
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/api/stories?limit=1", "/?ui=nl"} {
		start := time.Now()
		code, body, _ := get(t, s.Handler(), path)
		if took := time.Since(start); code != 503 || took > khttp.HealthTimeout+time.Second {
			t.Errorf("%s on a hanging store: %d %.80q after %v, want 503 within %v", path, code, body, took, khttp.HealthTimeout)
		}
	}
}

// slowStore is a store whose entity lookups take long and ignore their
// context, as a query that scans too much does.
type slowStore struct {
	kroniek.Store
	wait time.Duration
}

func (s slowStore) Entity(ctx context.Context, id string) (*kroniek.Entity, error) {
	time.Sleep(s.wait)
	return s.Store.Entity(ctx, id)
}

// TestSlowHandlerAnswersError: a response that takes longer than the
// server's budget still answers, with the JSON error under /api/ and an
// error page elsewhere, never an empty reply.
func TestSlowHandlerAnswersError(t *testing.T) {
	s, err := khttp.NewServer(slowStore{fixture(t), 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	s.HandlerTimeout = 100 * time.Millisecond
	start := time.Now()
	code, body, _ := get(t, s.Handler(), "/api/entities/e-jansen")
	if took := time.Since(start); code != 503 || !strings.Contains(body, `"timeout"`) || took > time.Second {
		t.Errorf("slow API entity: %d %q after %v, want 503 with a timeout error within 1 s", code, body, took)
	}
	code, body, _ = get(t, s.Handler(), "/entities/e-jansen?ui=nl")
	if code != 503 || !strings.Contains(body, "te lang") || !strings.Contains(body, "<html") {
		t.Errorf("slow entity page: %d %q, want 503 as a page", code, body)
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
