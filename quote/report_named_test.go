package quote

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestNamedAs checks that what a named subject calls something ("noemt
// het een …", "omschreef het als …", "die … als … bestempelden", "ziet
// het als …") is
// reported, object and predicate, and that naming with no predicate or
// by the writer is not.
func TestNamedAs(t *testing.T) {
	for _, tc := range []struct{ text, quote, local string }{
		{"Piet Smit noemt het nieuwe plan zelf een gemiste kans.",
			"het nieuwe plan zelf een gemiste kans", "L1"},
		{"Piet Smit omschreef de avond als rommelig, traag en saai.",
			"de avond als rommelig, traag en saai", "L1"},
		{"Piet Smit vindt de nieuwe regels voor de markt onhaalbaar.",
			"de nieuwe regels voor de markt onhaalbaar", "L1"},
		{"De rechter achtte Piet Smit wel schuldig en legde hem een boete op.",
			"Piet Smit wel schuldig", ""},
		{"Piet Smit vindt het plan een gemiste kans; geen wonder, want hij verdient eraan.",
			"het plan een gemiste kans", "L1"},
		// a view verb with "als"
		{"Piet Smit ziet de nieuwe brug als een dure vergissing.",
			"de nieuwe brug als een dure vergissing", "L1"},
		{"Piet Smit beschouwt het plan als een gemiste kans.",
			"het plan als een gemiste kans", "L1"},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Piet Smit"}})
		qs := Extract(doc, ms, locals)
		checkOffsets(t, doc, qs)
		found := false
		for _, q := range qs {
			if q.Text == tc.quote && q.Kind == kroniek.QuoteIndirect {
				found = true
				if q.SpeakerLocal != tc.local {
					t.Errorf("%q: speaker %q (%q), want %q", tc.quote, q.SpeakerLocal, q.SpeakerText, tc.local)
				}
			}
		}
		if !found {
			t.Errorf("%q: no indirect quotation %q in %+v", tc.text, tc.quote, qs)
		}
	}
	for _, text := range []string{
		"Piet Smit noemt in zijn boek drie namen.",
		"Vroeger noemden we dat een schande.",
		"Piet Smit kwam binnen. Men noemt hem een harde werker.",
		"Piet Smit noemt zich sinds kort vegetariër.",
		"Piet Smit noemt een paar schrijvers, en schrijven is nu juist een vak.",
		"Uit de peiling blijkt weinig. 60 procent vindt de nieuwe ketel te duur.",
		"Piet Smit vindt het belangrijk dat iedereen op tijd komt.",
		"Piet Smit ziet de nieuwe wijk elk jaar verder groeien.",
		"Piet Smit zag zijn buurman als eerste over de streep komen.",
		"Het blijft de vraag of Piet Smit zijn buurman als een goede opvolger ziet.",
		"Piet Smit ziet de oude trainer als zijn grote voorbeeld.",
	} {
		doc := annotated(t, text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Piet Smit"}})
		for _, q := range Extract(doc, ms, locals) {
			if q.Kind == kroniek.QuoteIndirect && !strings.HasPrefix(q.Text, "iedereen") {
				t.Errorf("%q: reported: %+v", text, q)
			}
		}
	}
}
