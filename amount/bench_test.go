package amount

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

// corpusDocs parses the dpgmedia2019 articles from ../shared, or skips.
func corpusDocs(tb testing.TB) ([]*nl.Doc, int64) {
	tb.Helper()
	var docs []*nl.Doc
	var size int64
	for _, a := range shared.Corpus(tb) {
		docs = append(docs, nl.Parse(a.Text, nl.Options{Lang: "nl"}))
		size += int64(len(a.Text))
	}
	return docs, size
}

// BenchmarkAmount extracts the figures of every dpgmedia2019 article
// (parsed beforehand); bytes are article text bytes.
func BenchmarkAmount(b *testing.B) {
	docs, size := corpusDocs(b)
	b.SetBytes(size)
	b.ReportAllocs()
	n := 0
	shared.Loop(b, func() {
		n = 0
		for _, d := range docs {
			n += len(Extract(d))
		}
	})
	b.ReportMetric(float64(n)/float64(len(docs)), "amounts/article")
}

// TestCorpusOffsets checks on every dpgmedia2019 article that each figure's
// offsets give its text on rune boundaries and that its object lies in it.
func TestCorpusOffsets(t *testing.T) {
	shared.Long(t, "checks every corpus article")
	docs, _ := corpusDocs(t)
	for i, d := range docs {
		for _, a := range Extract(d) {
			if a.Start < 0 || a.End > len(d.Text) || a.Start >= a.End || d.Text[a.Start:a.End] != a.Text {
				t.Fatalf("article %d: bad span %d:%d %q", i, a.Start, a.End, a.Text)
			}
			if !utf8.RuneStart(d.Text[a.Start]) || a.End < len(d.Text) && !utf8.RuneStart(d.Text[a.End]) {
				t.Fatalf("article %d: %q not on rune boundaries", i, a.Text)
			}
			if a.Object != "" && a.ObjectEnd > 0 && (a.ObjectStart < 0 || a.ObjectEnd > len(d.Text) || a.ObjectStart >= a.ObjectEnd || !evidenced(a.Object, d.Text[a.ObjectStart:a.ObjectEnd])) {
				t.Fatalf("article %d: object %q at %d:%d", i, a.Object, a.ObjectStart, a.ObjectEnd)
			}
		}
	}
}

// evidenced reports whether the text an object's offsets cover shows it:
// the object as written, or a word of it (a lemma by its first four
// letters: "zakendoen" for "zakendoet", "leeftijd spion" for "spion").
func evidenced(object, ev string) bool {
	if strings.EqualFold(object, ev) {
		return true
	}
	ev = strings.ToLower(ev)
	for _, w := range strings.Fields(strings.ToLower(object)) {
		if len(w) >= 4 && strings.Contains(ev, w[:4]) || strings.Contains(ev, w) && len(w) >= 2 {
			return true
		}
	}
	return false
}

func TestEvidenced(t *testing.T) {
	for _, c := range []struct {
		object, ev string
		want       bool
	}{
		{"zakendoen", "zakendoet", true},
		{"leeftijd spion", "spion", true},
		{"in het ziekenhuis liggen", "ligt al 100 dagen in het ziekenhuis", true},
		{"kinderen", "auto", false},
	} {
		if got := evidenced(c.object, c.ev); got != c.want {
			t.Errorf("evidenced(%q, %q) = %v", c.object, c.ev, got)
		}
	}
}
