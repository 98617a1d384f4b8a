package quote

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

// TestGaps checks that an attribution inside what is said becomes the
// quote's gap: the text keeps the whole clause, Shown leaves it out.
func TestGaps(t *testing.T) {
	syn := shared.Must(t, nl.LoadSyntax)
	for _, tc := range []struct {
		text, kind, shown string
		people            []string
	}{
		// mid-sentence "volgens X"
		{"Het plan kost volgens Piet Smit veel te veel geld.", kroniek.QuoteIndirect, "Het plan kost … veel te veel geld", []string{"Piet Smit"}},
		{"De brug moet, volgens Piet Smit, volgend jaar worden vervangen.", kroniek.QuoteIndirect, "De brug moet … volgend jaar worden vervangen", []string{"Piet Smit"}},
		// a trailing "volgens X" is cut, not a gap
		{"De school is inmiddels te klein geworden volgens Piet Smit van de ouderraad.", kroniek.QuoteIndirect, "De school is inmiddels te klein geworden", []string{"Piet Smit"}},
		// an attribution inside a report
		{"De werkelijke schade, stelt Piet Smit, is veel groter.", kroniek.QuoteIndirect, "De werkelijke schade … is veel groter", []string{"Piet Smit"}},
		// a direct quotation its attribution interrupts
		{"\"Ik fiets liever over de dijk,\" zegt Anna, \"maar die is vaak dicht.\"", kroniek.QuoteDirect, "Ik fiets liever over de dijk … maar die is vaak dicht.", []string{"Anna"}},
	} {
		doc := nl.Parse(tc.text, nl.Options{Lang: "nl"})
		syn.Annotate(doc)
		ms, locals := fakeEntities(doc, labelled{People: tc.people})
		qs := Extract(doc, ms, locals)
		checkOffsets(t, doc, qs)
		var got []string
		found := false
		for _, q := range qs {
			got = append(got, q.Kind+": "+q.Shown())
			if q.Kind == tc.kind && q.Shown() == tc.shown {
				found = true
				for _, g := range q.Gaps {
					if g[0] <= q.Start || g[1] >= q.End {
						t.Errorf("%q: gap %v not inside [%d,%d)", tc.text, g, q.Start, q.End)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: want %s %q, got %s", tc.text, tc.kind, tc.shown, strings.Join(got, " | "))
		}
	}
	// Two main clauses are two quotations.
	text := "\"Dat het dorp groeit, is geen probleem,\" zegt Anna, \"dat ligt anders met de wegen.\""
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	syn.Annotate(doc)
	ms, locals := fakeEntities(doc, labelled{People: []string{"Anna"}})
	if qs := Extract(doc, ms, locals); len(qs) != 2 || len(qs[0].Gaps) > 0 {
		t.Errorf("%q: want two quotations without gaps, got %+v", text, qs)
	}
}
