package nats

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/natstest"
	"github.com/kroniek/kroniek/internal/shared"
	"github.com/nats-io/nats-server/v2/server"
)

// serve starts a server in a fresh directory and gives a context that
// ends after d; both end with the test.
func serve(t *testing.T, d time.Duration) (*server.Server, context.Context) {
	t.Helper()
	s := natstest.Start(t, t.TempDir(), -1)
	t.Cleanup(s.Shutdown)
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return s, ctx
}

// openQueue opens a queue on s, closed when the test ends.
func openQueue(t *testing.T, ctx context.Context, s *server.Server, opts Options) *Queue {
	t.Helper()
	q, err := Open(ctx, s.ClientURL(), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	return q
}

func articles(n int) []*kroniek.Article {
	out := make([]*kroniek.Article, n)
	for i := range out {
		out[i] = &kroniek.Article{ID: fmt.Sprintf("a%03d", i), Body: fmt.Sprintf("Artikel %d over de stad.", i), Outlet: "Krant"}
	}
	return out
}

// TestAtLeastOnceExactlyStored publishes articles twice (a retried
// publish), fails the first delivery of one batch, and checks that every
// article reaches the handler's store exactly once and the queue drains.
func TestAtLeastOnceExactlyStored(t *testing.T) {
	shared.Long(t, "waits out ack deadlines of a real server")
	t.Parallel()
	s, ctx := serve(t, 60*time.Second)
	q := openQueue(t, ctx, s, Options{AckWait: 2 * time.Second})
	as := articles(120)
	if p, err := q.Publish(ctx, as); err != nil || p.Accepted != 120 || p.Duplicates != 0 {
		t.Fatalf("publish: %+v, %v; want 120 accepted", p, err)
	}
	if p, err := q.Publish(ctx, as[:30]); err != nil || p.Accepted != 0 || p.Duplicates != 30 { // a publisher retry: deduplicated, and said so
		t.Fatalf("republish: %+v, %v; want 30 duplicates", p, err)
	}
	if n, err := q.Pending(ctx); err != nil || n != 120 {
		t.Fatalf("pending %d (%v), want 120", n, err)
	}

	var mu sync.Mutex
	stored := map[string]int{}
	failedOnce := false
	wctx, wcancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		done <- q.Work(wctx, 25, func(ctx context.Context, batch []*kroniek.Article) error {
			mu.Lock()
			defer mu.Unlock()
			if !failedOnce {
				failedOnce = true
				return errors.New("store unavailable")
			}
			for _, a := range batch {
				if a.Body == "" {
					t.Errorf("article %s arrived without its body", a.ID)
				}
				stored[a.ID]++
			}
			return nil
		}, func(error) {})
	}()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		mu.Lock()
		n := len(stored)
		mu.Unlock()
		if p, _ := q.Pending(ctx); n == 120 && p == 0 {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	wcancel()
	<-done
	if len(stored) != 120 {
		t.Fatalf("stored %d articles, want 120", len(stored))
	}
	for id, n := range stored {
		if n != 1 {
			t.Errorf("article %s stored %d times", id, n)
		}
	}
}

// TestRebuildsCoalesce sends a burst of rebuild requests and checks that
// fewer rebuilds run than requests, at least one after the last request.
func TestRebuildsCoalesce(t *testing.T) {
	shared.Long(t, "waits for rebuild requests to coalesce on a real server")
	t.Parallel()
	s, ctx := serve(t, 30*time.Second)
	q := openQueue(t, ctx, s, Options{})
	for i := 0; i < 20; i++ {
		if err := q.RequestRebuild(ctx); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(clockMargin + 100*time.Millisecond) // all requests older than the first rebuild
	var mu sync.Mutex
	runs := 0
	rctx, rcancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		_ = q.Rebuilds(rctx, func(context.Context) error {
			mu.Lock()
			runs++
			mu.Unlock()
			return nil
		}, func(error) {})
		close(done)
	}()
	time.Sleep(3 * time.Second)
	rcancel()
	<-done
	if runs < 1 || runs >= 20 {
		t.Errorf("%d rebuilds for 20 requests, want at least 1 and fewer than 20", runs)
	}
}

// TestReconnectAfterRestart restarts the server (same store directory and
// port) between two publishes: the client reconnects and nothing is lost.
func TestReconnectAfterRestart(t *testing.T) {
	dir := t.TempDir()
	s := natstest.Start(t, dir, -1)
	addr := s.ClientURL()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	q, err := Open(ctx, addr, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	as := articles(20)
	if _, err := q.Publish(ctx, as[:10]); err != nil {
		t.Fatal(err)
	}
	tcpPort := s.Addr().String()
	s.Shutdown()
	s.WaitForShutdown()
	var portNum int
	fmt.Sscanf(tcpPort[len("127.0.0.1:"):], "%d", &portNum)
	s2 := natstest.Start(t, dir, portNum)
	defer s2.Shutdown()
	if n, err := q.Pending(ctx); err != nil || n != 10 {
		t.Fatalf("pending right after restart %d (%v), want 10", n, err)
	}
	if _, err := q.Publish(ctx, as[10:]); err != nil {
		t.Fatalf("publish after restart: %v", err)
	}
	if n, err := q.Pending(ctx); err != nil || n != 20 {
		t.Fatalf("pending after restart %d (%v), want 20", n, err)
	}
}

// TestFailFast: a publisher pointed at a closed port or at a server
// without JetStream gets a clear error within the connect timeout, not a
// silent wait of minutes.
func TestFailFast(t *testing.T) {
	ctx := context.Background()
	start := time.Now()
	_, err := Open(ctx, "nats://127.0.0.1:1", Options{FailFast: true, ConnectTimeout: 2 * time.Second})
	if err == nil || time.Since(start) > 8*time.Second {
		t.Fatalf("closed port: err %v after %v", err, time.Since(start))
	}
	s, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: -1, NoLog: true, NoSigs: true}) // no JetStream
	if err != nil {
		t.Fatal(err)
	}
	go s.Start()
	defer s.Shutdown()
	if !s.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats server not ready")
	}
	start = time.Now()
	_, err = Open(ctx, s.ClientURL(), Options{FailFast: true, ConnectTimeout: 2 * time.Second})
	if err == nil || !strings.Contains(err.Error(), "JetStream") || time.Since(start) > 8*time.Second {
		t.Fatalf("no JetStream: err %v after %v", err, time.Since(start))
	}
}

// TestQueuesApart: two deployments on one server never see each other's
// articles, and a worker of another store is refused a bound queue.
func TestQueuesApart(t *testing.T) {
	s, ctx := serve(t, 30*time.Second)
	a := openQueue(t, ctx, s, Options{Store: "/data/a.db"})
	b := openQueue(t, ctx, s, Options{Queue: "regio", Store: "/data/b.db"})
	if _, err := a.Publish(ctx, articles(5)); err != nil {
		t.Fatal(err)
	}
	if n, _ := a.Pending(ctx); n != 5 {
		t.Fatalf("queue kroniek: %d pending, want 5", n)
	}
	if n, _ := b.Pending(ctx); n != 0 {
		t.Fatalf("queue regio: %d pending, want 0", n)
	}
	_, err := Open(ctx, s.ClientURL(), Options{Store: "/data/b.db"})
	if !IsOtherStore(err) {
		t.Fatalf("worker of store b on queue kroniek: err %v, want a refusal", err)
	}
	if _, err := Open(ctx, s.ClientURL(), Options{Queue: "Regio!"}); err == nil {
		t.Fatal("a queue name with capitals and ! was accepted")
	}
}

// TestStatus: the status shows queued articles and the workers that sent a
// heartbeat.
func TestStatus(t *testing.T) {
	s, ctx := serve(t, 30*time.Second)
	q := openQueue(t, ctx, s, Options{Store: "/data/a.db"})
	if _, err := q.Publish(ctx, articles(7)); err != nil {
		t.Fatal(err)
	}
	if err := q.Heartbeat(ctx, WorkerInfo{ID: "host1:42", Host: "host1", PID: 42, Batches: 3}); err != nil {
		t.Fatal(err)
	}
	// A consumer's pending count may trail the stream for a moment after
	// the publish acks; the status must reach it soon.
	var st Status
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		got, err := q.Status(ctx)
		if err != nil {
			t.Fatal(err)
		}
		st = got
		if st.Queued == 7 || time.Now().After(deadline) {
			break
		}
	}
	if st.Queued != 7 || st.Store != "/data/a.db" || len(st.Workers) != 1 || st.Workers[0].Batches != 3 {
		t.Fatalf("status %+v", st)
	}
}
