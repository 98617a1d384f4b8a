package resolve

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// invented returns a text of n short sentences, each naming one person,
// and the tagger-like mentions of those names.
func invented(n int) (*nl.Doc, []kroniek.Mention) {
	var b strings.Builder
	var ms []kroniek.Mention
	for i := range n {
		fmt.Fprintf(&b, "Gisteren sprak wethouder ")
		name := fmt.Sprintf("Jan Pietersen%c", 'a'+rune(i%26))
		ms = append(ms, kroniek.Mention{Start: b.Len(), End: b.Len() + len(name), Text: name, Type: kroniek.PER})
		fmt.Fprintf(&b, "%s met de bewoners van wijk %d over hun zorgen. ", name, i)
	}
	return nl.Parse(b.String(), nl.Options{Lang: "nl"}), ms
}

// TestSplitEachAllocs checks that splitEach and dropLongSpans size their
// result once: a call that splits nothing allocates one array, not one
// per doubling of a grown one; and that nothing in still gives nil.
func TestSplitEachAllocs(t *testing.T) {
	doc, ms := invented(60)
	keep := func(kroniek.Mention, string) []kroniek.Mention { return nil }
	if got := splitEach(doc, ms, keep); len(got) != len(ms) {
		t.Fatalf("splitEach kept %d of %d mentions", len(got), len(ms))
	}
	if n := testing.AllocsPerRun(20, func() { splitEach(doc, ms, keep) }); n > 1 {
		t.Errorf("splitEach allocates %.0f times for 60 mentions kept whole, want 1", n)
	}
	if n := testing.AllocsPerRun(20, func() { dropLongSpans(ms) }); n > 1 {
		t.Errorf("dropLongSpans allocates %.0f times for 60 short mentions, want 1", n)
	}
	if got := splitEach(doc, nil, keep); got != nil {
		t.Errorf("splitEach of no mentions = %v, want nil", got)
	}
	if got := dropLongSpans(nil); got != nil {
		t.Errorf("dropLongSpans(nil) = %v, want nil", got)
	}
}

// TestWordSetsAllocs checks that the word sets are sized from the text
// before they are filled, instead of growing through every doubling.
func TestWordSetsAllocs(t *testing.T) {
	doc, _ := invented(60)
	n := testing.AllocsPerRun(10, func() {
		lower, _, _ := wordSets(doc)
		lower("bewoners")
	})
	if n > 24 {
		t.Errorf("building the word sets of a 60-sentence text allocates %.0f times, want at most 24 (28 with maps grown from empty)", n)
	}
}
