package sqlitetest

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/kroniek/kroniek/sqlite"
)

// Open opens a new SQLite store in a temporary folder of the test; it is
// closed, and a failure to close reported, when the test ends.
func Open(tb testing.TB) *sqlite.Store {
	tb.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "kroniek.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := s.Close(); err != nil {
			tb.Error(err)
		}
	})
	return s
}
