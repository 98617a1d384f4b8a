package main

import (
	"context"
	"fmt"
	"time"

	"github.com/kroniek/kroniek"
)

// derivedStatus says whether a store's derived state (entities, events,
// stories) is built from its current articles and analyses.
type derivedStatus struct {
	Data    int64 `json:"data_generation"`
	Corpus  int64 `json:"corpus_generation"`
	Current bool  `json:"current"`
	// Pending is the number of articles the queue still holds (queued or
	// delivered, not acked): current then means current for the articles
	// stored so far, and a worker that died between its write and its ack
	// leaves its batch here until NATS delivers it again.
	Pending int `json:"pending_articles,omitempty"`
}

// String implements fmt.Stringer.
func (d *derivedStatus) String() string {
	if d.Current && d.Pending > 0 {
		return fmt.Sprintf("current for the articles stored so far (generation %d); %s in the queue will change it",
			d.Data, plural(d.Pending, "article", "articles"))
	}
	if d.Current {
		return fmt.Sprintf("current (generation %d)", d.Data)
	}
	return fmt.Sprintf("behind: built from generation %d, articles at %d (the next `kroniek analyze`, a worker or `kroniek rebuild` catches up)", d.Corpus, d.Data)
}

// derivedOf reads the store's generation.
func derivedOf(ctx context.Context, s kroniek.Store) (*derivedStatus, error) {
	g, err := s.Generation(ctx)
	if err != nil {
		return nil, fmt.Errorf("store generation: %w", err)
	}
	return &derivedStatus{Data: g.Data, Corpus: g.Corpus, Current: !g.Stale()}, nil
}

// stale reports whether the store's derived state is behind its articles.
func (w *worker) stale(ctx context.Context) bool {
	g, err := w.store.Generation(ctx)
	return err == nil && g.Stale()
}

// watchDerived asks for a rebuild whenever the store's derived state is
// behind its articles and no rebuild is queued or running: whatever
// happened to the request of the batch that changed it (a worker killed
// between its commit and its request, a request lost in a server crash),
// the store catches up.
func (w *worker) watchDerived(ctx context.Context) {
	t := time.NewTicker(3 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if w.rebuilding.Load() || !w.stale(ctx) {
			continue
		}
		articles, rebuilds, err := w.q.Backlog(ctx)
		if err != nil || articles > 0 || rebuilds > 0 {
			continue // queued work asks for its own rebuild
		}
		w.log.Info("derived state behind the articles; asking for a rebuild")
		if err := w.q.RequestRebuild(ctx); err != nil && ctx.Err() == nil {
			w.log.Warn("request rebuild", "err", err)
		}
	}
}
