package postgres_test

import (
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/sqlitetest"
	"github.com/kroniek/kroniek/postgres"
	"github.com/kroniek/kroniek/storetest"
)

// benchStores are the stores compared: PostgreSQL (KRONIEK_PG_DSN) and,
// beside it, SQLite in a temporary file.
var benchStores = []struct {
	name string
	open func(b *testing.B) kroniek.Store
}{
	{"postgres", func(b *testing.B) kroniek.Store { return openTest(b) }},
	{"sqlite", func(b *testing.B) kroniek.Store { return sqlitetest.Open(b) }},
}

// BenchmarkStore measures the store operations of an ingest over 1,400
// articles on both stores: PutArticles (new, then unchanged), PutAnalyses
// (changed, then unchanged), PutCorpus (an equal corpus, as a rebuild),
// Export and Search.
func BenchmarkStore(b *testing.B) {
	arts, ans := storetest.Synthetic(storetest.BenchSize)
	for _, st := range benchStores {
		b.Run(st.name, func(b *testing.B) {
			storetest.BenchStore(b, st.open, arts, ans, "Loekasjenko", "verkiezingen Minsk", "de")
		})
	}
}

// BenchmarkQuotesBySpeaker looks up a co-speaker's 20 quotes in stores of
// 8,400 and 84,000 quotes on both stores (storetest.BenchQuotesBySpeaker),
// PostgreSQL's after an ANALYZE, as autovacuum makes soon after the writes.
func BenchmarkQuotesBySpeaker(b *testing.B) {
	analyze := func(s kroniek.Store) error {
		if p, ok := s.(*postgres.Store); ok {
			_, err := p.Pool().Exec(b.Context(), `ANALYZE`)
			return err
		}
		return nil
	}
	for _, st := range benchStores {
		b.Run(st.name, func(b *testing.B) { storetest.BenchQuotesBySpeaker(b, st.open, analyze) })
	}
}
