package storetest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
)

// Synthetic returns n synthetic articles (numbered from 0) and their
// BenchSize is the number of articles the store benchmarks of both stores
// write: the size of the dpgmedia corpus.
const BenchSize = 1400

// analyses, the data the stores' benchmarks share.
func Synthetic(n int) ([]*kroniek.Article, []*kroniek.Analysis) {
	arts := SyntheticArticles(0, n)
	return arts, SyntheticAnalyses(arts)
}

// benchWords is a small Dutch vocabulary for synthetic articles.
var benchWords = strings.Fields(`de het een en van in op met voor door naar over tegen na bij
	president regering oppositie demonstranten demonstraties politie verkiezingen verkiezing uitslag
	stemmen minister ministers sancties lening miljard miljoen euro dollar hoofdstad straat week
	onderhandelen onderhandelingen gesprek leiders land landen grens leger soldaten vrede oorlog
	kroniek verklaring zei schreef volgens bronnen nieuws krant televisie Minsk Moskou Brussel
	Loekasjenko Poetin Tichanovskaja Europese Unie Rusland Belarus Oekraïne Kiev Warschau Litouwen`)

// SyntheticArticles returns n articles numbered from first, with about
// 450 words of text each (dpgmedia articles average about that).
func SyntheticArticles(first, n int) []*kroniek.Article {
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

// SyntheticEntities and SyntheticStories are the numbers of entities
// (E0…) the synthetic analyses mention and of stories (S0…) the synthetic
// corpus links articles to.
const (
	SyntheticEntities = 50
	SyntheticStories  = 40
)

// SyntheticAnalyses returns an analysis per article with 20 mentions, 2
// quotes, 3 amounts, 3 times and 2 events, spread over its text.
func SyntheticAnalyses(arts []*kroniek.Article) []*kroniek.Analysis {
	ans := make([]*kroniek.Analysis, len(arts))
	for i, a := range arts {
		an := &kroniek.Analysis{Article: a.ID}
		n := 0
		// next returns the next span of about size bytes, on rune boundaries.
		next := func(size int) (int, int, string) {
			start := (n * 37) % max(1, len(a.Text)-size)
			n++
			for start > 0 && !utf8.RuneStart(a.Text[start]) {
				start--
			}
			end := min(len(a.Text), start+size)
			for end < len(a.Text) && !utf8.RuneStart(a.Text[end]) {
				end++
			}
			return start, end, a.Text[start:end]
		}
		for k := 0; k < 20; k++ {
			s, e, text := next(6)
			an.Mentions = append(an.Mentions, kroniek.Mention{Article: a.ID, Start: s, End: e,
				Text: text, Type: kroniek.PER, Local: fmt.Sprintf("L%d", k%5),
				Entity: fmt.Sprintf("E%d", (i+k)%SyntheticEntities)})
		}
		for k := 0; k < 2; k++ {
			s, e, text := next(40)
			an.Quotes = append(an.Quotes, kroniek.Quote{Article: a.ID, Start: s, End: e, Text: text,
				Kind: kroniek.QuoteDirect, Speaker: fmt.Sprintf("E%d", i%SyntheticEntities), Cue: "zei"})
			s, e, text = next(60)
			an.Events = append(an.Events, kroniek.Event{Article: a.ID, Start: s, End: e,
				Type: kroniek.EventTypes[(i+k)%16], Actor: []string{fmt.Sprintf("E%d", i%SyntheticEntities)},
				Recipient: []string{fmt.Sprintf("E%d", (i+1)%SyntheticEntities)}, Date: a.Published, Text: text, Confidence: 0.9, Shown: true})
		}
		for k := 0; k < 3; k++ {
			s, e, text := next(10)
			an.Amounts = append(an.Amounts, kroniek.Amount{Article: a.ID, Start: s, End: e, Text: text,
				Value: float64(k * 1000), Unit: "EUR"})
			s, e, text = next(10)
			an.Times = append(an.Times, kroniek.TimeRef{Article: a.ID, Start: s, End: e, Text: text,
				Value: a.Published})
		}
		ans[i] = an
	}
	return ans
}

// SyntheticCorpus returns a corpus for synthetic articles: the entities
// their analyses mention, and every article linked to one of the stories.
// It holds no analyses.
func SyntheticCorpus(arts []*kroniek.Article) *kroniek.Corpus {
	c := &kroniek.Corpus{}
	for i := range SyntheticEntities {
		id := "E" + strconv.Itoa(i)
		c.Entities = append(c.Entities, &kroniek.Entity{ID: id, Name: "Entiteit " + strconv.Itoa(i),
			Type: kroniek.PER, Aliases: []string{id}, Count: 560})
	}
	for i, a := range arts {
		c.Links = append(c.Links, kroniek.ArticleLink{Article: a.ID, Story: "S" + strconv.Itoa(i%SyntheticStories)})
	}
	for i := range SyntheticStories {
		c.Stories = append(c.Stories, &kroniek.Story{ID: "S" + strconv.Itoa(i), Title: "Verhaal",
			Start: "2019-01-01", End: "2019-12-31"})
	}
	return c
}

// DPGMediaArticles reads the dpgmedia2019 articles from ../shared, or
// skips the test or benchmark when they are absent.
func DPGMediaArticles(tb testing.TB) []*kroniek.Article {
	tb.Helper()
	path := filepath.Join(shared.Dir(tb), "corpus", "dpgmedia2019", "dpgMedia2019-articles-byarticle-all.jsonl")
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("../shared not found: %v", err)
	}
	defer f.Close()
	var arts []*kroniek.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		var rec struct {
			ID          json.Number `json:"id"`
			Title, Text string
			Published   string `json:"published_at"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatalf("read %s line %d: %v", path, n, err)
		}
		arts = append(arts, &kroniek.Article{ID: "dpg-" + rec.ID.String(), Source: fmt.Sprintf("%s:%d", path, n),
			Title: rec.Title, Text: rec.Text, Body: rec.Text, Lang: "nl", Outlet: "dpg",
			Published: rec.Published})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return arts
}
