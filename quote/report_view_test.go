package quote

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestInTheEyesOf checks that "in de ogen van X" or "in zijn ogen" right
// after a main clause's finite verb reports the clause as X's view, and
// that a relative clause, a literal eye and an unnamed "wereld" do not.
func TestInTheEyesOf(t *testing.T) {
	for _, tc := range []struct{ text, quote, local string }{
		{"Piet Smit sprak de raad toe. Het nieuwe stadhuis is in de ogen van Smit een dure vergissing.",
			"Het nieuwe stadhuis is in de ogen van Smit een dure vergissing", "L1"},
		{"Piet Smit sprak de raad toe. De gemeente loopt in zijn ogen ver achter op de bewoners.",
			"De gemeente loopt in zijn ogen ver achter op de bewoners", ""},
		{"Piet Smit sprak de raad toe. In de visie van Smit moet de gemeente de bewoners eerst horen.",
			"In de visie van Smit moet de gemeente de bewoners eerst horen", "L1"},
		{"Piet Smit sprak de raad toe. Een voorstel om de markt te verhuizen, is in de ogen van Smit een 'dure grap'.",
			"Een voorstel om de markt te verhuizen, is in de ogen van Smit een 'dure grap'", "L1"},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Piet Smit"}})
		qs := Extract(doc, ms, locals)
		checkOffsets(t, doc, qs)
		found := false
		for _, q := range qs {
			if q.Text == tc.quote && q.Kind == kroniek.QuoteIndirect {
				found = true
				if tc.local != "" && q.SpeakerLocal != tc.local {
					t.Errorf("%q: speaker %q (%q), want %q", tc.quote, q.SpeakerLocal, q.SpeakerText, tc.local)
				}
			}
		}
		if !found {
			t.Errorf("%q: no indirect quotation %q in %+v", tc.text, tc.quote, qs)
		}
	}
	for _, text := range []string{
		"Piet Smit kwam binnen. De agent wreef per ongeluk zand in zijn ogen.",
		"Piet Smit kwam binnen. Hij schrok van de blik in haar ogen.",
		"Piet Smit kwam binnen. Het land, dat in de ogen van Smit te klein is, groeit snel.",
		"Piet Smit kwam binnen. Het land is in de ogen van de wereld een klein land.",
		"Piet Smit kwam binnen. In zijn ogen kwam zand toen hij fietste.",
		"Piet Smit kwam binnen. Hij keek in haar ogen en zag angst.",
	} {
		doc := annotated(t, text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Piet Smit"}})
		for _, q := range Extract(doc, ms, locals) {
			if strings.HasPrefix(q.Cue, "in ") {
				t.Errorf("%q: reported: %+v", text, q)
			}
		}
	}
}
