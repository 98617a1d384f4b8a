package postgres_test

import (
	"context"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/sqlite"
	"github.com/kroniek/kroniek/storetest"
)

// benchStores are the stores compared: PostgreSQL (KRONIEK_PG_DSN) and,
// beside it, SQLite in a temporary file.
var benchStores = []struct {
	name string
	open func(b *testing.B) kroniek.Store
}{
	{"postgres", func(b *testing.B) kroniek.Store { return openTest(b) }},
	{"sqlite", func(b *testing.B) kroniek.Store {
		s, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "k.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { s.Close() })
		return s
	}},
}

// BenchmarkStore measures the store operations of an ingest over 1,400
// articles on both stores: PutArticles (new, then unchanged), PutAnalyses
// (changed, then unchanged), PutCorpus (an equal corpus, as a rebuild),
// Export and Search.
func BenchmarkStore(b *testing.B) {
	arts, ans := storetest.Synthetic(storetest.BenchSize)
	corpus := storetest.SyntheticCorpus(arts)
	n := float64(len(arts))
	for _, st := range benchStores {
		b.Run(st.name, func(b *testing.B) {
			b.Run("PutArticles", func(b *testing.B) {
				for b.Loop() {
					b.StopTimer()
					s := st.open(b)
					b.StartTimer()
					if _, err := s.PutArticles(b.Context(), arts); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(n*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
			})
			s := st.open(b)
			if _, err := s.PutArticles(b.Context(), arts); err != nil {
				b.Fatal(err)
			}
			b.Run("PutArticlesUnchanged", func(b *testing.B) {
				for b.Loop() {
					if _, err := s.PutArticles(b.Context(), arts); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(n*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
			})
			b.Run("PutAnalyses", func(b *testing.B) {
				i := 0
				for b.Loop() {
					i++
					for _, an := range ans {
						an.Version = strconv.Itoa(i)
					}
					if err := s.PutAnalyses(b.Context(), ans); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(n*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
			})
			b.Run("PutAnalysesUnchanged", func(b *testing.B) {
				for b.Loop() {
					if err := s.PutAnalyses(b.Context(), ans); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(n*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
			})
			b.Run("PutCorpus", func(b *testing.B) {
				for b.Loop() {
					if err := s.PutCorpus(b.Context(), corpus); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run("Export", func(b *testing.B) {
				for b.Loop() {
					if _, err := s.Export(b.Context()); err != nil {
						b.Fatal(err)
					}
				}
			})
			storetest.BenchSearch(b, s, "Loekasjenko", "verkiezingen Minsk", "de")
		})
	}
}
