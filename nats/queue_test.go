package nats

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/nats-io/nats-server/v2/server"
)

// runServer starts an embedded NATS server with JetStream on loopback.
func runServer(t *testing.T, dir string, port int) *server.Server {
	t.Helper()
	s, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: port, JetStream: true, StoreDir: dir, NoLog: true, NoSigs: true})
	if err != nil {
		t.Fatal(err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats server not ready")
	}
	return s
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
	s := runServer(t, t.TempDir(), -1)
	defer s.Shutdown()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	q, err := Open(ctx, s.ClientURL(), Options{AckWait: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	as := articles(120)
	if err := q.Publish(ctx, as); err != nil {
		t.Fatal(err)
	}
	if err := q.Publish(ctx, as[:30]); err != nil { // a publisher retry: deduplicated
		t.Fatal(err)
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
	s := runServer(t, t.TempDir(), -1)
	defer s.Shutdown()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	q, err := Open(ctx, s.ClientURL(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
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
	s := runServer(t, dir, -1)
	addr := s.ClientURL()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	q, err := Open(ctx, addr, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	as := articles(20)
	if err := q.Publish(ctx, as[:10]); err != nil {
		t.Fatal(err)
	}
	tcpPort := s.Addr().String()
	s.Shutdown()
	s.WaitForShutdown()
	var portNum int
	fmt.Sscanf(tcpPort[len("127.0.0.1:"):], "%d", &portNum)
	s2 := runServer(t, dir, portNum)
	defer s2.Shutdown()
	if n, err := q.Pending(ctx); err != nil || n != 10 {
		t.Fatalf("pending right after restart %d (%v), want 10", n, err)
	}
	if err := q.Publish(ctx, as[10:]); err != nil {
		t.Fatalf("publish after restart: %v", err)
	}
	if n, err := q.Pending(ctx); err != nil || n != 20 {
		t.Fatalf("pending after restart %d (%v), want 20", n, err)
	}
}
