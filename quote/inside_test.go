package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestReportedInside checks what a quoted speaker reports another said:
// the report is found, a negated cue reports nothing, and a cue in a
// clause of its own reports up to the comma before the main clause.
func TestReportedInside(t *testing.T) {
	for _, tc := range []struct{ text, quote, not string }{
		{"Jan de Wit is blij. \"Piet Smit heeft toegezegd dat de school open blijft. Dat is goed nieuws.\"",
			"de school open blijft", ""},
		{"Jan de Wit is boos. \"Ik stop omdat Piet Smit niet heeft toegezegd dat de school open blijft.\"",
			"", "de school open blijft"},
		{"Jan de Wit is blij. \"De boete is te hoog, maar nu Piet Smit heeft toegezegd dat de boete niet doorgaat, trekken we onze vragen in.\"",
			"de boete niet doorgaat", "de boete niet doorgaat, trekken we onze vragen in"},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Jan de Wit", "Piet Smit"}})
		qs := Extract(doc, ms, locals)
		checkOffsets(t, doc, qs)
		found := tc.quote == ""
		for _, q := range qs {
			if q.Kind != kroniek.QuoteIndirect {
				continue
			}
			if q.Text == tc.quote {
				found = true
			}
			if tc.not != "" && q.Text == tc.not {
				t.Errorf("%q: reported %q", tc.text, q.Text)
			}
		}
		if !found {
			t.Errorf("%q: no report %q in %+v", tc.text, tc.quote, qs)
		}
	}
}
