package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestAskedReport checks that the clause of a report the writer asks
// about, running into the question mark, is no quote, while the same
// report told as a statement is one.
func TestAskedReport(t *testing.T) {
	for _, tc := range []struct {
		text, quote string
		want        bool
	}{
		{"Bedoelt Piet Smit soms de buren die zeggen: wij weten alles beter?", "wij weten alles beter", false},
		{"Of dat Piet Smit de wethouder vraagt wat die van het plan vindt?", "wat die van het plan vindt", false},
		{"Piet Smit zegt dat de buren alles beter weten.", "de buren alles beter weten", true},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Piet Smit"}})
		qs := Extract(doc, ms, locals)
		checkOffsets(t, doc, qs)
		kind, _, ok := speakerOf(qs, locals, tc.quote)
		if got := ok && kind == kroniek.QuoteIndirect; got != tc.want {
			t.Errorf("%q: quote %q found %v, want %v (%v)", tc.text, tc.quote, got, tc.want, qs)
		}
	}
}
