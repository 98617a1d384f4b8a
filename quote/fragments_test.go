package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestAttributedFragments checks that a few quoted words someone is said
// to utter are a quotation of theirs, and that one word, a name in marks
// and a fragment nobody is reported to say stay terms.
func TestAttributedFragments(t *testing.T) {
	for _, tc := range []struct {
		text, quote, kind, local string
	}{
		// inside a report with a speaker
		{"De strafzaak is er 'niet direct duidelijker op geworden' na diverse verhoren, zei officier van justitie Piet Smit gisteren.",
			"niet direct duidelijker op geworden", kroniek.QuoteDirect, "L1"},
		// in the clause of a speech verb whose subject is a person (fragmentSpeaker)
		{"Kamerlid Piet Smit eiste meer waarborgen voor 'rechtszekerheid en proportionaliteit' in de wet.",
			"rechtszekerheid en proportionaliteit", kroniek.QuoteDirect, "L1"},
		// one word stays a term
		{"De strafzaak is er 'onduidelijk' door geworden, zei officier van justitie Piet Smit gisteren.",
			"onduidelijk", kroniek.QuoteTerm, ""},
		// a name in marks inside the report stays a term
		{"Piet Smit zegt dat de beweging van 'Modest Fashion' snel groeit.",
			"Modest Fashion", kroniek.QuoteTerm, ""},
		// inside a view, the words of those it is about
		{"Piet Smit raakt ervan overtuigd dat criminelen met 'die slang' en zijn broertje de vijand informeren.",
			"die slang", kroniek.QuoteTerm, ""},
		// a fragment in the writer's clause
		{"Piet Smit woont in een 'rustige buurt' aan de rand van de stad.",
			"rustige buurt", kroniek.QuoteTerm, ""},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Piet Smit"}})
		qs := Extract(doc, ms, locals)
		checkOffsets(t, doc, qs)
		found := false
		for _, q := range qs {
			if q.Text != tc.quote {
				continue
			}
			found = true
			if q.Kind != tc.kind || q.SpeakerLocal != tc.local {
				t.Errorf("%q: %q is %s by %q, want %s by %q", tc.text, tc.quote, q.Kind, q.SpeakerLocal, tc.kind, tc.local)
			}
		}
		if !found {
			t.Errorf("%q: no quotation %q in %+v", tc.text, tc.quote, qs)
		}
	}
}

// TestStrayCloseEnd checks that a reported clause loses a closing mark
// whose opening mark stands before it, and keeps a pair it holds.
func TestStrayCloseEnd(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"uit de onderzoeken bleek dat alles klopt'", "uit de onderzoeken bleek dat alles klopt"},
		{"het plan is 'onzin'", "het plan is 'onzin'"},
		{"ons personeel kan omgaan met lastpakken.\"", "ons personeel kan omgaan met lastpakken."},
		{"de auto's van zo'n bedrijf rijden", "de auto's van zo'n bedrijf rijden"},
	} {
		if got := tc.text[:strayCloseEnd(tc.text, 0, len(tc.text))]; got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestMarkedTwins checks that a report whose clause is a direct quotation
// word for word is read once, as the direct quotation.
func TestMarkedTwins(t *testing.T) {
	text := "Piet Smit zei dat 'de bal nu bij de staatssecretaris ligt'. Daarna ging hij weg."
	doc := annotated(t, text)
	ms, locals := fakeEntities(doc, labelled{People: []string{"Piet Smit"}})
	n := 0
	for _, q := range Extract(doc, ms, locals) {
		if normText(q.Text) == "de bal nu bij de staatssecretaris ligt" {
			n++
			if q.Kind != kroniek.QuoteDirect || q.SpeakerLocal != "L1" {
				t.Errorf("%q: %s by %q, want direct by L1", q.Text, q.Kind, q.SpeakerLocal)
			}
		}
	}
	if n != 1 {
		t.Errorf("%q: %d quotations of the clause, want 1", text, n)
	}
}
