package sqlite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/kroniek/kroniek"
)

// lockPoll is how often a waiting writer tries the lock again.
const lockPoll = 100 * time.Millisecond

// Lock takes the store's writer lock: an exclusive lock on the file
// PATH.lock beside the database, which the operating system releases when
// the process ends, however it ends (kill -9 included). The lock file
// names its holder (process id and command), which busy is told when
// another process holds the lock. An in-memory store has no other
// process to fear and locks nothing.
func (s *Store) Lock(ctx context.Context, busy func(holder string)) (func() error, error) {
	if s.readOnly {
		return nil, kroniek.Errorf(kroniek.EINVALID, "lock %s: the store is open read-only", s.path)
	}
	if s.path == ":memory:" {
		// No other process sees it; writers in this one take turns.
		if !s.memLock.TryLock() {
			if busy != nil {
				busy("another writer in this process")
			}
			s.memLock.Lock()
		}
		return sync.OnceValue(func() error { s.memLock.Unlock(); return nil }), nil
	}
	name := s.path + ".lock"
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", s.path, err)
	}
	told := false
	for {
		ok, err := tryLock(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("lock %s: %w", s.path, err)
		}
		if ok {
			break
		}
		if !told && busy != nil {
			holder, _ := os.ReadFile(name)
			h := strings.TrimSpace(string(holder))
			if h == "" {
				h = "another process"
			}
			busy(h)
			told = true
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, fmt.Errorf("lock %s: %w", s.path, ctx.Err())
		case <-time.After(lockPoll):
		}
	}
	// Name the holder for whoever waits; a failure here costs only the message.
	if err := f.Truncate(0); err == nil {
		fmt.Fprintf(f, "pid %d: %s %s\n", os.Getpid(), filepath.Base(os.Args[0]), strings.Join(os.Args[1:], " "))
	}
	return sync.OnceValue(func() error {
		_ = f.Truncate(0)
		unlock(f)
		if err := f.Close(); err != nil {
			return fmt.Errorf("unlock %s: %w", s.path, err)
		}
		return nil
	}), nil
}
