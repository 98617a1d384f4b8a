package postgres

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/kroniek/kroniek"
)

// writerLock is the session-level advisory lock a writer holds while it
// adds articles and rebuilds the corpus (Lock).
const writerLock int64 = 0x6b726f6e69656b03

// Generation returns the generation of the stored articles and analyses
// and the one the corpus was built from.
func (s *Store) Generation(ctx context.Context) (kroniek.Generation, error) {
	var g kroniek.Generation
	err := s.read(ctx, "generation", func(tx *Tx) error {
		var err error
		g, err = generation(ctx, tx)
		return err
	})
	return g, err
}

func generation(ctx context.Context, tx *Tx) (kroniek.Generation, error) {
	var g kroniek.Generation
	if err := tx.QueryRow(ctx, `SELECT data, corpus FROM generation WHERE id = 1`).Scan(&g.Data, &g.Corpus); err != nil {
		return g, fmt.Errorf("read generation: %w", err)
	}
	return g, nil
}

// bumpData raises the data generation, in the transaction that changes
// articles or analyses. It is the last row such a transaction locks, so
// concurrent writers never wait on each other in a cycle.
func bumpData(ctx context.Context, tx *Tx) error {
	if _, err := tx.Exec(ctx, `UPDATE generation SET data = data + 1 WHERE id = 1`); err != nil {
		return fmt.Errorf("raise generation: %w", err)
	}
	return nil
}

// markCorpus records, in PutCorpus's transaction, the data generation the
// corpus was built from (0: what is stored now), never later than now.
func markCorpus(ctx context.Context, tx *Tx, built int64) error {
	g, err := generation(ctx, tx)
	if err != nil {
		return err
	}
	if built <= 0 || built > g.Data {
		built = g.Data
	}
	if _, err := tx.Exec(ctx, `UPDATE generation SET corpus = $1 WHERE id = 1`, built); err != nil {
		return fmt.Errorf("mark corpus generation: %w", err)
	}
	return nil
}

// Lock takes the writer lock, a session-level advisory lock held on one
// connection of the pool until unlock (or until the connection ends, so
// a killed writer never keeps it). Workers adding batches do not take it;
// their rebuilds are serialised by PutCorpus's own lock.
func (s *Store) Lock(ctx context.Context, busy func(holder string)) (func() error, error) {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return nil, wrap("lock", err)
	}
	told := false
	for {
		var ok bool
		if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1)`, writerLock).Scan(&ok); err != nil {
			conn.Release()
			return nil, wrap("lock", err)
		}
		if ok {
			break
		}
		if !told && busy != nil {
			holder := "another kroniek process"
			var pid int
			if conn.QueryRow(ctx, `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted
				AND (classid::int8 << 32 | objid::int8) = $1 LIMIT 1`, writerLock).Scan(&pid) == nil {
				holder = fmt.Sprintf("PostgreSQL backend %d", pid)
			}
			busy(holder)
			told = true
		}
		select {
		case <-ctx.Done():
			conn.Release()
			return nil, wrap("lock", ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
	return sync.OnceValue(func() error {
		defer conn.Release()
		if _, err := conn.Exec(context.Background(), `SELECT pg_advisory_unlock($1)`, writerLock); err != nil {
			// The lock goes with the connection.
			conn.Conn().Close(context.Background())
			return wrap("unlock", err)
		}
		return nil
	}), nil
}
