package postgres_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/pgtest"
	"github.com/kroniek/kroniek/postgres"
)

// TestRestart stops PostgreSQL (fast shutdown: sessions are terminated
// with 57P01), keeps it down for half a second and starts it again while a
// writer puts batches and a reader searches: both retry and carry on,
// and every batch is stored exactly once.
func TestRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a PostgreSQL cluster")
	}
	c := pgtest.NewCluster(t)
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	// The writer and the reader have stores of their own, so each one's
	// retries are counted.
	var mu sync.Mutex
	retries := map[string][]error{}
	open := func(name string) *postgres.Store {
		s, err := postgres.Open(ctx, c.DSN())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		s.RetryBase, s.RetryMax = 20*time.Millisecond, 300*time.Millisecond
		s.OnRetry = func(err error, _ time.Duration) {
			mu.Lock()
			retries[name] = append(retries[name], err)
			mu.Unlock()
		}
		return s
	}
	s, reader := open("writer"), open("reader")

	const size = 20
	restarted := make(chan struct{})
	var batches int
	var writeErr, readErr error
	results := map[int]kroniek.IngestResult{}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		after := 0
		for b := 0; after < 3; b++ {
			select {
			case <-restarted:
				after++
			default:
			}
			var arts []*kroniek.Article
			for i := range size {
				arts = append(arts, &kroniek.Article{ID: fmt.Sprintf("r-%03d-%02d", b, i), Lang: "nl",
					Title: fmt.Sprintf("Bericht %d", b*size+i), Published: "2021-02-03",
					Text: "De betogers protesteerden opnieuw in de hoofdstad tegen de regering."})
			}
			res, err := s.PutArticles(ctx, arts)
			if err != nil {
				writeErr = fmt.Errorf("batch %d: %w", b, err)
				return
			}
			results[b] = res
			batches = b + 1
		}
	}()
	go func() {
		defer wg.Done()
		for ctx.Err() == nil {
			select {
			case <-restarted:
				return
			default:
			}
			if _, err := reader.Search(ctx, kroniek.SearchQuery{Text: "betogers"}); err != nil {
				readErr = err
				return
			}
		}
	}()
	time.Sleep(200 * time.Millisecond)
	t0 := time.Now()
	c.Stop(t)
	t.Logf("stopped after %v", time.Since(t0))
	time.Sleep(500 * time.Millisecond)
	c.Start(t)
	t.Logf("started after %v", time.Since(t0))
	close(restarted)
	wg.Wait()
	t.Logf("writer done after %v", time.Since(t0))
	if writeErr != nil {
		t.Fatalf("writer did not survive the restart: %v", writeErr)
	}
	if readErr != nil {
		t.Fatalf("reader did not survive the restart: %v", readErr)
	}
	mu.Lock()
	for _, name := range []string{"writer", "reader"} {
		errs := retries[name]
		t.Logf("%s: %d retries; first: %v", name, len(errs), errs[:min(1, len(errs))])
		if len(errs) == 0 {
			t.Errorf("%s: no retries: the restart did not meet it", name)
		}
	}
	mu.Unlock()

	// Every batch exactly once: each reported all its articles as new (or,
	// when a commit's reply was lost, unchanged on the retry), and the
	// store holds each article and its search row once.
	for b := range batches {
		if r := results[b]; r.New+r.Unchanged != size || r.Updated != 0 {
			t.Errorf("batch %d: %+v", b, r)
		}
	}
	_, n, err := s.Articles(ctx, kroniek.ArticleFilter{})
	if err != nil || n != batches*size {
		t.Errorf("stored %d articles (%v), want %d", n, err, batches*size)
	}
	r, err := s.Search(ctx, kroniek.SearchQuery{Text: "betogers"})
	if err != nil || r.Total != batches*size {
		t.Errorf("search finds %d (%v), want %d", r.Total, err, batches*size)
	}
}
