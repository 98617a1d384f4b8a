package sqlite_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/sqlite"
	"github.com/kroniek/kroniek/storetest"
)

func openBench(b *testing.B) *sqlite.Store {
	b.Helper()
	return openTemp(b)
}

// storedBench opens a store holding 1,400 synthetic articles, and their
// analyses when analysed is set.
func storedBench(b *testing.B, analysed bool) (*sqlite.Store, []*kroniek.Article, []*kroniek.Analysis) {
	b.Helper()
	arts, ans := storetest.Synthetic(storetest.BenchSize)
	s := openBench(b)
	if _, err := s.PutArticles(b.Context(), arts); err != nil {
		b.Fatal(err)
	}
	if analysed {
		if err := s.PutAnalyses(b.Context(), ans); err != nil {
			b.Fatal(err)
		}
	}
	return s, arts, ans
}

// BenchmarkPutArticles stores 1,400 new articles in one batch.
func BenchmarkPutArticles(b *testing.B) {
	arts := storetest.SyntheticArticles(0, storetest.BenchSize)
	for b.Loop() {
		b.StopTimer()
		s := openBench(b)
		b.StartTimer()
		if _, err := s.PutArticles(b.Context(), arts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(storetest.BenchSize*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPutArticlesUnchanged re-puts 1,400 stored articles.
func BenchmarkPutArticlesUnchanged(b *testing.B) {
	s, arts, _ := storedBench(b, false)
	for b.Loop() {
		if _, err := s.PutArticles(b.Context(), arts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(storetest.BenchSize*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPutAnalyses replaces the analyses of 1,400 articles (each
// iteration with a new version, so every row is rewritten).
func BenchmarkPutAnalyses(b *testing.B) {
	s, _, ans := storedBench(b, false)
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
	b.ReportMetric(float64(storetest.BenchSize*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPutAnalysesUnchanged re-puts 1,400 stored analyses, as a
// corpus rebuild does for articles whose entities did not change.
func BenchmarkPutAnalysesUnchanged(b *testing.B) {
	s, _, ans := storedBench(b, true)
	for b.Loop() {
		if err := s.PutAnalyses(b.Context(), ans); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(storetest.BenchSize*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkExport exports 1,400 articles with their analyses.
func BenchmarkExport(b *testing.B) {
	s, _, _ := storedBench(b, true)
	for b.Loop() {
		if _, err := s.Export(b.Context()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSearch runs queries of one to three words with facets and
// snippets over 1,400 articles.
func BenchmarkSearch(b *testing.B) {
	s, _, _ := storedBench(b, true)
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
	b.Run("PutArticles", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			s := openBench(b)
			b.StartTimer()
			if _, err := s.PutArticles(b.Context(), arts); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
	})
	s := openBench(b)
	if _, err := s.PutArticles(b.Context(), arts); err != nil {
		b.Fatal(err)
	}
	if err := s.PutAnalyses(b.Context(), storetest.SyntheticAnalyses(arts)); err != nil {
		b.Fatal(err)
	}
	b.Run("Export", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Export(b.Context()); err != nil {
				b.Fatal(err)
			}
		}
	})
	storetest.BenchSearch(b, s, "verkiezingen", "Trump", "klimaatakkoord", "Rutte kabinet", "de")
}

// BenchmarkPutCorpus replaces the corpus of 1,400 articles with an equal
// one (50 entities, 1,400 links, 1,400 analyses), as a rebuild after a
// small change does.
func BenchmarkPutCorpus(b *testing.B) {
	s, _, _ := storedBench(b, true)
	arts, ans := storetest.Synthetic(storetest.BenchSize)
	c := storetest.SyntheticCorpus(arts)
	c.Analyses = ans
	for b.Loop() {
		if err := s.PutCorpus(b.Context(), c); err != nil {
			b.Fatal(err)
		}
	}
}
