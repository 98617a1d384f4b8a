package storetest

import (
	"strconv"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// BenchStore measures the store operations of an ingest of arts with their
// analyses ans, on stores open makes: PutArticles (new, then unchanged),
// PutAnalyses (changed, then unchanged), PutCorpus (an equal corpus, as a
// rebuild), Export and a Search per query. It is the write benchmark of
// both stores.
func BenchStore(b *testing.B, open func(*testing.B) kroniek.Store, arts []*kroniek.Article, ans []*kroniek.Analysis, queries ...string) {
	n := float64(len(arts))
	perSecond := func(b *testing.B) { b.ReportMetric(n*float64(b.N)/b.Elapsed().Seconds(), "articles/s") }
	b.Run("PutArticles", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			s := open(b)
			b.StartTimer()
			if _, err := s.PutArticles(b.Context(), arts); err != nil {
				b.Fatal(err)
			}
		}
		perSecond(b)
	})
	s := open(b)
	if _, err := s.PutArticles(b.Context(), arts); err != nil {
		b.Fatal(err)
	}
	version := 0
	corpus := SyntheticCorpus(arts)
	for _, op := range []struct {
		name    string
		perItem bool // reports articles a second
		do      func(b *testing.B) error
	}{
		{"PutArticlesUnchanged", true, func(b *testing.B) error { _, err := s.PutArticles(b.Context(), arts); return err }},
		{"PutAnalyses", true, func(b *testing.B) error {
			// A new version each time, so every row is rewritten.
			version++
			for _, an := range ans {
				an.Version = strconv.Itoa(version)
			}
			return s.PutAnalyses(b.Context(), ans)
		}},
		{"PutAnalysesUnchanged", true, func(b *testing.B) error { return s.PutAnalyses(b.Context(), ans) }},
		{"PutCorpus", false, func(b *testing.B) error { return s.PutCorpus(b.Context(), corpus) }},
		{"Export", false, func(b *testing.B) error { _, err := s.Export(b.Context()); return err }},
	} {
		b.Run(op.name, func(b *testing.B) {
			for b.Loop() {
				if err := op.do(b); err != nil {
					b.Fatal(err)
				}
			}
			if op.perItem {
				perSecond(b)
			}
		})
	}
	BenchSearch(b, s, queries...)
}

// BenchSearch runs one sub-benchmark of s.Search per query, reporting the
// hits: the search benchmark of both stores.
func BenchSearch(b *testing.B, s kroniek.Store, queries ...string) {
	for _, q := range queries {
		b.Run("Search/"+strings.ReplaceAll(q, " ", "_"), func(b *testing.B) {
			var total int
			for b.Loop() {
				r, err := s.Search(b.Context(), kroniek.SearchQuery{Text: q})
				if err != nil {
					b.Fatal(err)
				}
				total = r.Total
			}
			b.ReportMetric(float64(total), "hits")
		})
	}
}
