package http_test

import (
	"context"
	"testing"
	"time"

	"github.com/kroniek/kroniek"
	khttp "github.com/kroniek/kroniek/http"
)

// hangingStore is a store whose server stopped answering: every query
// waits until its context ends.
type hangingStore struct{ kroniek.Store }

func (hangingStore) Stories(ctx context.Context, f kroniek.StoryFilter) ([]*kroniek.Story, int, error) {
	<-ctx.Done()
	return nil, 0, ctx.Err()
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
