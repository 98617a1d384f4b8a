package sqlite_test

import (
	"context"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/sqlitetest"
	"github.com/kroniek/kroniek/sqlite"
	"github.com/kroniek/kroniek/storetest"
)

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) kroniek.Store { return sqlitetest.Open(t) })
}

func TestMemoryStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) kroniek.Store {
		s, err := sqlite.Open(context.Background(), ":memory:")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}
