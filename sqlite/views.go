package sqlite

import (
	"context"
	"fmt"
	"os"
	"time"
)

// Version tells readers that cache views of the store when it may have
// changed: it returns a string that differs after any write to the file
// (by this process or another) and the time of the last write. It reads
// only the file system: the database file's and its write-ahead log's
// sizes and modification times. An in-memory store has no generation
// ("" and the zero time), so callers must not cache its views.
func (s *Store) Version(ctx context.Context) (string, time.Time, error) {
	if s.path == ":memory:" {
		return "", time.Time{}, nil
	}
	var gen string
	var last time.Time
	for _, p := range []string{s.path, s.path + "-wal"} {
		fi, err := os.Stat(p)
		if os.IsNotExist(err) {
			gen += "-;"
			continue
		} else if err != nil {
			return "", time.Time{}, fmt.Errorf("store generation: %w", err)
		}
		gen += fmt.Sprintf("%d.%d;", fi.Size(), fi.ModTime().UnixNano())
		if fi.ModTime().After(last) {
			last = fi.ModTime()
		}
	}
	return gen, last, nil
}
