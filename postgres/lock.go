package postgres

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// writerLock is the session-level advisory lock a writer holds while it
// adds articles and rebuilds the corpus (Lock).
const writerLock int64 = 0x6b726f6e69656b03

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
