package sqlite_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/sqlite"
)

// benchWords is a small Dutch vocabulary for synthetic articles.
var benchWords = strings.Fields(`de het een en van in op met voor door naar over tegen na bij
	president regering oppositie demonstranten demonstraties politie verkiezingen verkiezing uitslag
	stemmen minister ministers sancties lening miljard miljoen euro dollar hoofdstad straat week
	onderhandelen onderhandelingen gesprek leiders land landen grens leger soldaten vrede oorlog
	kroniek verklaring zei schreef volgens bronnen nieuws krant televisie Minsk Moskou Brussel
	Loekasjenko Poetin Tichanovskaja Europese Unie Rusland Belarus Oekraïne Kiev Warschau Litouwen`)

// syntheticArticles returns n articles numbered from first, with about
// 450 words of text each (dpgmedia articles average about that).
func syntheticArticles(first, n int) []*kroniek.Article {
	arts := make([]*kroniek.Article, n)
	for i := range n {
		id := first + i
		r := rand.New(rand.NewPCG(uint64(id), 7))
		var b strings.Builder
		b.WriteString("Kroniek ")
		for w := 0; w < 450; w++ {
			b.WriteString(benchWords[r.IntN(len(benchWords))])
			if w%15 == 14 {
				b.WriteString(". ")
				if w%90 == 89 {
					b.WriteString("\n\n")
				}
			} else {
				b.WriteByte(' ')
			}
		}
		arts[i] = &kroniek.Article{
			ID: fmt.Sprintf("syn-%05d", id), Source: "synthetic", Outlet: fmt.Sprintf("Outlet %d", id%7),
			Title:     fmt.Sprintf("%s %s %s", benchWords[r.IntN(len(benchWords))], benchWords[r.IntN(len(benchWords))], benchWords[r.IntN(len(benchWords))]),
			Published: fmt.Sprintf("2019-%02d-%02d", 1+id%12, 1+id%28), Lang: "nl",
			Text: b.String(), Body: b.String(),
		}
	}
	return arts
}

// syntheticAnalyses returns an analysis per article with 20 mentions, 2
// quotes, 3 amounts, 3 times and 2 events.
func syntheticAnalyses(arts []*kroniek.Article) []*kroniek.Analysis {
	ans := make([]*kroniek.Analysis, len(arts))
	for i, a := range arts {
		an := &kroniek.Analysis{Article: a.ID}
		for k := 0; k < 20; k++ {
			an.Mentions = append(an.Mentions, kroniek.Mention{Article: a.ID, Start: k * 10, End: k*10 + 5,
				Text: a.Text[k*10 : k*10+5], Type: kroniek.PER, Local: fmt.Sprintf("L%d", k%5),
				Entity: fmt.Sprintf("E%d", (i+k)%50)})
		}
		for k := 0; k < 2; k++ {
			an.Quotes = append(an.Quotes, kroniek.Quote{Article: a.ID, Start: 300 + k*50, End: 340 + k*50,
				Text: a.Text[300+k*50 : 340+k*50], Kind: kroniek.QuoteDirect, Speaker: fmt.Sprintf("E%d", i%50), Cue: "zei"})
			an.Events = append(an.Events, kroniek.Event{Article: a.ID, Start: 500 + k*80, End: 560 + k*80,
				Type: kroniek.EventTypes[(i+k)%16], Actor: []string{fmt.Sprintf("E%d", i%50)},
				Recipient: []string{fmt.Sprintf("E%d", (i+1)%50)}, Date: a.Published, Text: a.Text[500+k*80 : 560+k*80]})
		}
		for k := 0; k < 3; k++ {
			an.Amounts = append(an.Amounts, kroniek.Amount{Article: a.ID, Start: 700 + k*20, End: 710 + k*20,
				Text: a.Text[700+k*20 : 710+k*20], Value: float64(k * 1000), Unit: "EUR"})
			an.Times = append(an.Times, kroniek.TimeRef{Article: a.ID, Start: 800 + k*20, End: 810 + k*20,
				Text: a.Text[800+k*20 : 810+k*20], Value: a.Published})
		}
		ans[i] = an
	}
	return ans
}

// benchN is the size of the dpgmedia corpus the benchmarks imitate.
const benchN = 1400

func openBench(b *testing.B) *sqlite.Store {
	b.Helper()
	return openTemp(b)
}

// BenchmarkPutArticles stores 1,400 new articles in one batch.
func BenchmarkPutArticles(b *testing.B) {
	arts := syntheticArticles(0, benchN)
	for b.Loop() {
		b.StopTimer()
		s := openBench(b)
		b.StartTimer()
		if _, err := s.PutArticles(b.Context(), arts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(benchN*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPutArticlesUnchanged re-puts 1,400 stored articles.
func BenchmarkPutArticlesUnchanged(b *testing.B) {
	arts := syntheticArticles(0, benchN)
	s := openBench(b)
	if _, err := s.PutArticles(b.Context(), arts); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := s.PutArticles(b.Context(), arts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(benchN*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPutAnalyses stores the analyses of 1,400 articles.
func BenchmarkPutAnalyses(b *testing.B) {
	arts := syntheticArticles(0, benchN)
	ans := syntheticAnalyses(arts)
	s := openBench(b)
	if _, err := s.PutArticles(b.Context(), arts); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := s.PutAnalyses(b.Context(), ans); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(benchN*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// loadedBench is a store with 1,400 articles and their analyses.
func loadedBench(b *testing.B) *sqlite.Store {
	arts := syntheticArticles(0, benchN)
	s := openBench(b)
	if _, err := s.PutArticles(b.Context(), arts); err != nil {
		b.Fatal(err)
	}
	if err := s.PutAnalyses(b.Context(), syntheticAnalyses(arts)); err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkExport exports 1,400 articles with their analyses.
func BenchmarkExport(b *testing.B) {
	s := loadedBench(b)
	for b.Loop() {
		if _, err := s.Export(b.Context()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSearch runs queries of one to three words with facets and
// snippets over 1,400 articles.
func BenchmarkSearch(b *testing.B) {
	s := loadedBench(b)
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
