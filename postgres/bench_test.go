package postgres_test

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/sqlite"
	"github.com/kroniek/kroniek/storetest"
)

// benchCopies is how many times the five contract fixtures are copied:
// 1,400 articles, the size of the dpgmedia corpus.
const benchCopies = 280

// benchData returns the contract fixtures copied n times under new ids:
// articles with their text repeated to about 3 kB (a news article), the
// resolved analyses, and a corpus linking every copy.
func benchData(b *testing.B, n int) ([]*kroniek.Article, []*kroniek.Analysis, *kroniek.Corpus) {
	var arts []*kroniek.Article
	var ans []*kroniek.Analysis
	c := &kroniek.Corpus{}
	base := storetest.Corpus(b)
	c.Entities, c.Stories = base.Entities, base.Stories
	for k := range n {
		suffix := fmt.Sprintf("-%04d", k)
		for _, a := range storetest.Articles() {
			a.ID += suffix
			a.Text = strings.Repeat(a.Text+"\n\n", 3000/len(a.Text)+1)
			a.Body = a.Text
			arts = append(arts, a)
		}
		for _, an := range storetest.Analyses(b, true) {
			an.Article += suffix
			ans = append(ans, an)
		}
		for _, l := range base.Links {
			l.Article += suffix
			if l.DuplicateOf != "" {
				l.DuplicateOf += suffix
			}
			c.Links = append(c.Links, l)
		}
	}
	return arts, ans, c
}

// benchStores are the stores compared: PostgreSQL (KRONIEK_PG_DSN) and,
// beside it, SQLite in a temporary file.
var benchStores = []struct {
	name string
	open func(b *testing.B) kroniek.Store
}{
	{"postgres", func(b *testing.B) kroniek.Store { return openTest(b) }},
	{"sqlite", func(b *testing.B) kroniek.Store {
		s, err := sqlite.Open(filepath.Join(b.TempDir(), "k.db"))
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
	arts, ans, corpus := benchData(b, benchCopies)
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
			for _, q := range []string{"Loekasjenko", "verkiezingen Minsk", "de"} {
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
		})
	}
}
