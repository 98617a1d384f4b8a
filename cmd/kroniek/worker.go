package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/kroniek/kroniek"
	knats "github.com/kroniek/kroniek/nats"
	"golang.org/x/sync/errgroup"
)

// WorkerCommand takes articles from a NATS JetStream stream, analyses them
// and writes them to a store, acking each batch after its write commits.
// Every worker also serves rebuild requests, one at a time across all
// workers, so cross-document work (entities, stories) stays correct.
type WorkerCommand struct {
	Main *Main
}

// Run runs `kroniek worker`.
func (c *WorkerCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("kroniek worker", flag.ContinueOnError)
	fs.SetOutput(c.Main.Stderr)
	natsURL := fs.String("nats", "nats://127.0.0.1:4222", "NATS server URL")
	pg := fs.String("pg", "", "PostgreSQL DSN (or use --db)")
	db := fs.String("db", defaultDB, "store: SQLite file or postgres:// DSN")
	batch := fs.Int("batch", 50, "articles per batch")
	ackWait := fs.Duration("ack-wait", 60*time.Second, "time a batch may take before redelivery")
	noRebuild := fs.Bool("no-rebuild", false, "do not take rebuild requests (extraction only)")
	rebuildDelay := fs.Duration("rebuild-delay", 10*time.Second, "how long a rebuild may wait while articles are still queued")
	idleExit := fs.Duration("exit-when-idle", 0, "exit once no article or rebuild has waited for this long (batch runs; 0: run until stopped)")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	dsn := *db
	if *pg != "" {
		dsn = *pg
	}
	store, err := openStore(dsn)
	if err != nil {
		return err
	}
	defer store.Close()
	p, err := newPipeline()
	if err != nil {
		return err
	}
	q, err := knats.Open(ctx, *natsURL, knats.Options{AckWait: *ackWait, Name: "kroniek-worker", RebuildDelay: *rebuildDelay})
	if err != nil {
		return err
	}
	defer q.Close()
	report := func(err error) { fmt.Fprintf(c.Main.Stderr, "kroniek worker: %v\n", err) }

	if *idleExit > 0 {
		var stop context.CancelFunc
		ctx, stop = context.WithCancel(ctx)
		defer stop()
		go func() {
			idleSince := time.Time{}
			for ctx.Err() == nil {
				a, r, err := q.Backlog(ctx)
				switch {
				case err != nil || a > 0 || r > 0:
					idleSince = time.Time{}
				case idleSince.IsZero():
					idleSince = time.Now()
				case time.Since(idleSince) >= *idleExit:
					fmt.Fprintf(c.Main.Stderr, "kroniek worker: idle for %v, exiting\n", *idleExit)
					stop()
					return
				}
				time.Sleep(100 * time.Millisecond)
			}
		}()
	}
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		return q.Work(gctx, *batch, func(ctx context.Context, articles []*kroniek.Article) error {
			res, err := p.Add(ctx, store, articles)
			if err != nil {
				return err
			}
			for _, pr := range res.Problems {
				report(pr)
			}
			fmt.Fprintf(c.Main.Stderr, "kroniek worker: %d articles: %d new, %d updated, %d unchanged\n", len(articles), res.New, res.Updated, res.Unchanged)
			if res.Changed() {
				return q.RequestRebuild(ctx)
			}
			return nil
		}, report)
	})
	if !*noRebuild {
		g.Go(func() error {
			return q.Rebuilds(gctx, func(ctx context.Context) error {
				start := time.Now()
				if err := p.Rebuild(ctx, store); err != nil {
					return err
				}
				fmt.Fprintf(c.Main.Stderr, "kroniek worker: rebuilt stories in %v\n", time.Since(start).Round(time.Millisecond))
				return nil
			}, report)
		})
	}
	err = g.Wait()
	if ctx.Err() != nil {
		return nil // stopped by a signal: the current batch finished or will be redelivered
	}
	return err
}
