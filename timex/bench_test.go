package timex

import (
	"regexp"
	"testing"
	"unicode/utf8"

	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

// BenchmarkTimex extracts the time expressions of every dpgmedia2019
// article (parsed beforehand) against its own publication day; bytes are
// article text bytes.
func BenchmarkTimex(b *testing.B) {
	arts := shared.Corpus(b)
	docs := make([]*nl.Doc, len(arts))
	refs := make([]Ref, len(arts))
	var size int64
	for i, a := range arts {
		docs[i] = nl.Parse(a.Text, nl.Options{Lang: "nl"})
		refs[i] = RefFromPublished(a.Published[:min(10, len(a.Published))])
		size += int64(len(a.Text))
	}
	b.SetBytes(size)
	n := 0
	shared.Loop(b, func() {
		n = 0
		for i, d := range docs {
			n += len(Extract(d, refs[i]))
		}
	})
	b.ReportMetric(float64(n)/float64(len(docs)), "timexes/article")
}

// BenchmarkInferPublished infers the day of every dpgmedia2019 article
// with its month as hint.
func BenchmarkInferPublished(b *testing.B) {
	arts := shared.Corpus(b)
	docs := make([]*nl.Doc, len(arts))
	var size int64
	for i, a := range arts {
		docs[i] = nl.Parse(a.Text, nl.Options{Lang: "nl"})
		size += int64(len(a.Text))
	}
	b.SetBytes(size)
	shared.Loop(b, func() {
		for i, d := range docs {
			InferPublished(d, nil, arts[i].Published[:7])
		}
	})
}

// TestCorpusOffsets checks on every dpgmedia2019 article that each time
// expression's offsets give its text on rune boundaries and that values
// have the documented shapes.
func TestCorpusOffsets(t *testing.T) {
	shared.Long(t, "checks every corpus article")
	shape := regexp.MustCompile(`^(|\d{4}|\d{3}X|\d{2}XX|\d{4}-\d{2}|XXXX-\d{2}|\d{4}-\d{2}-\d{2}|XXXX-\d{2}-\d{2}|\d{4}-W\d{2}|\d{4}-W\d{2}-WE|XXXX-WXX-\d|\d{4}-(SP|SU|FA|WI))$`)
	for i, a := range shared.Corpus(t) {
		d := nl.Parse(a.Text, nl.Options{Lang: "nl"})
		for _, x := range Extract(d, RefFromPublished(a.Published[:min(10, len(a.Published))])) {
			if x.Start < 0 || x.End > len(d.Text) || x.Start >= x.End || d.Text[x.Start:x.End] != x.Text {
				t.Fatalf("article %d: bad span %d:%d %q", i, x.Start, x.End, x.Text)
			}
			if !utf8.RuneStart(d.Text[x.Start]) || x.End < len(d.Text) && !utf8.RuneStart(d.Text[x.End]) {
				t.Fatalf("article %d: %q not on rune boundaries", i, x.Text)
			}
			if !shape.MatchString(x.Value) {
				t.Errorf("article %d: %q has value %q", i, x.Text, x.Value)
			}
		}
	}
}
