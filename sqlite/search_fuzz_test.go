package sqlite_test

import (
	"context"
	"testing"

	"github.com/kroniek/kroniek/sqlite"
	"github.com/kroniek/kroniek/storetest"
)

// FuzzSearch checks that no query text makes an FTS5 error and that every
// snippet is valid UTF-8 with balanced match marks.
//
//	go test ./sqlite -run '^$' -fuzz FuzzSearch -fuzztime 30s
func FuzzSearch(f *testing.F) {
	s, err := sqlite.Open(context.Background(), ":memory:")
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Close() })
	storetest.FuzzSearch(f, s, `NEAR(a b)`, `title:x`, `a*`, `^x`)
}
