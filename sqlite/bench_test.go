package sqlite_test

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/sqlitetest"
	"github.com/kroniek/kroniek/sqlite"
	"github.com/kroniek/kroniek/storetest"
)

// storedBench opens a store holding 1,400 synthetic articles and their
// analyses.
func storedBench(b *testing.B) *sqlite.Store {
	b.Helper()
	arts, ans := storetest.Synthetic(storetest.BenchSize)
	s := sqlitetest.Open(b)
	if _, err := s.PutArticles(b.Context(), arts); err != nil {
		b.Fatal(err)
	}
	if err := s.PutAnalyses(b.Context(), ans); err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkStore measures the store operations of an ingest over 1,400
// synthetic articles (storetest.BenchStore).
func BenchmarkStore(b *testing.B) {
	arts, ans := storetest.Synthetic(storetest.BenchSize)
	storetest.BenchStore(b, func(b *testing.B) kroniek.Store { return sqlitetest.Open(b) }, arts, ans, "Loekasjenko", "verkiezingen Minsk", "de")
}

// BenchmarkSearch runs queries of one to three words with facets and
// snippets over 1,400 articles.
func BenchmarkSearch(b *testing.B) {
	s := storedBench(b)
	for _, q := range []kroniek.SearchQuery{
		{Text: "Tichanovskaja"},
		{Text: "onderhandelingen sancties"},
		{Text: "Poetin lening miljard", Outlet: "Outlet 3"},
		{Text: "verkiezingen", From: "2019-03-01", To: "2019-06-30"},
	} {
		b.Run(strings.ReplaceAll(q.Text, " ", "_"), func(b *testing.B) {
			var total int
			for b.Loop() {
				r, err := s.Search(b.Context(), q)
				if err != nil {
					b.Fatal(err)
				}
				total = r.Total
			}
			b.ReportMetric(float64(total), "hits")
		})
	}
}

// BenchmarkDPGMedia stores the 1,438 dpgmedia2019 articles (real Dutch
// text, so the index sees a real vocabulary) and searches them.
func BenchmarkDPGMedia(b *testing.B) {
	arts := storetest.DPGMediaArticles(b)
	storetest.BenchStore(b, func(b *testing.B) kroniek.Store { return sqlitetest.Open(b) }, arts, storetest.SyntheticAnalyses(arts),
		"verkiezingen", "Trump", "klimaatakkoord", "Rutte kabinet", "de")
}

// BenchmarkQuotesBySpeaker looks up a co-speaker's 20 quotes in stores of
// 8,400 and 84,000 quotes (storetest.BenchQuotesBySpeaker).
func BenchmarkQuotesBySpeaker(b *testing.B) {
	storetest.BenchQuotesBySpeaker(b, func(b *testing.B) kroniek.Store { return sqlitetest.Open(b) }, nil)
}
