package postgres_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"golang.org/x/sync/errgroup"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/pgtest"
	"github.com/kroniek/kroniek/postgres"
	"github.com/kroniek/kroniek/storetest"
)

// openConfig opens a store on cfg, closed when the test ends (before the
// schema is dropped).
func openConfig(t testing.TB, cfg *pgxpool.Config) *postgres.Store {
	t.Helper()
	s, err := postgres.OpenConfig(context.Background(), cfg.Copy())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// openTest opens a store in a new schema of KRONIEK_PG_DSN's database,
// or skips the test without it.
func openTest(t testing.TB) *postgres.Store {
	t.Helper()
	return openConfig(t, pgtest.Config(t))
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) kroniek.Store { return openTest(t) })
}

// TestWorkers runs what several workers do on one database: stores opened
// at once (migrations applied once, under the advisory lock), putting
// overlapping batches in different orders and replacing the corpus
// concurrently. Deadlocks and concurrent inserts are retried: every call
// succeeds and every article is stored once.
func TestWorkers(t *testing.T) {
	cfg := pgtest.Config(t)
	const workers, batches, size = 3, 8, 15
	stores := make([]*postgres.Store, workers)
	var g errgroup.Group
	for w := range workers {
		g.Go(func() error {
			s, err := postgres.OpenConfig(t.Context(), cfg.Copy())
			if err != nil {
				return err
			}
			stores[w] = s
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		t.Fatal(err)
	}
	var retries atomic.Int64
	for _, s := range stores {
		t.Cleanup(func() { s.Close() })
		s.OnRetry = func(error, time.Duration) { retries.Add(1) }
	}
	var migrations int
	if err := stores[0].Pool().QueryRow(t.Context(), `SELECT COUNT(*) FROM migrations`).Scan(&migrations); err != nil || migrations < 2 {
		t.Fatalf("migrations: %d, %v", migrations, err)
	}

	var news atomic.Int64
	for w, s := range stores {
		g.Go(func() error {
			for b := range batches {
				// Every worker writes every batch, in its own order.
				bb := (b + w*3) % batches
				var arts []*kroniek.Article
				for i := range size {
					k := (i + w*5) % size
					arts = append(arts, &kroniek.Article{ID: fmt.Sprintf("w-%02d-%02d", bb, k), Lang: "nl",
						Title: fmt.Sprintf("Bericht %d", bb*size+k), Published: "2021-03-04",
						Text: "De stakers legden het werk opnieuw neer in de haven."})
				}
				res, err := s.PutArticles(t.Context(), arts)
				if err != nil {
					return fmt.Errorf("worker %d batch %d: %w", w, bb, err)
				}
				news.Add(int64(res.New))
				c := &kroniek.Corpus{Stories: []*kroniek.Story{{ID: fmt.Sprintf("S-%d", w), Title: "Staking"}},
					Links: []kroniek.ArticleLink{{Article: arts[0].ID, Story: fmt.Sprintf("S-%d", w)}}}
				if err := s.PutCorpus(t.Context(), c); err != nil {
					return fmt.Errorf("worker %d corpus: %w", w, err)
				}
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d retries", retries.Load())
	if n := news.Load(); n != batches*size {
		t.Errorf("%d articles reported new, want %d (each once)", n, batches*size)
	}
	_, n, err := stores[0].Articles(t.Context(), kroniek.ArticleFilter{})
	if err != nil || n != batches*size {
		t.Errorf("stored %d articles (%v), want %d", n, err, batches*size)
	}
	if list, n, err := stores[0].Stories(t.Context(), kroniek.StoryFilter{}); err != nil || n != 1 || len(list) != 1 {
		t.Errorf("stories after concurrent corpora: %d, %v; want the last corpus's one", n, err)
	}
}

// TestQuoteSpeakersMigration opens a store of the schema before the
// speaker index (migration 0007) from two processes' pools at once: both
// fill it once, under the migrations' advisory lock, and find a joint
// quote under its co-speaker.
func TestQuoteSpeakersMigration(t *testing.T) {
	cfg := pgtest.Config(t)
	storetest.QuoteSpeakersMigration(t,
		func(*testing.T) (kroniek.Store, error) { return postgres.OpenConfig(context.Background(), cfg.Copy()) },
		func(s kroniek.Store) error {
			pool := s.(*postgres.Store).Pool()
			if _, err := pool.Exec(t.Context(), `DROP TABLE quote_speakers`); err != nil {
				return err
			}
			_, err := pool.Exec(t.Context(), `DELETE FROM migrations WHERE name = 'migrations/0007_quote_speakers.sql'`)
			return err
		})
}
