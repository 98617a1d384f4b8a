package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestPluralPastQuotedPhrase: a plural pronoun takes up the coordinated
// subject of the sentence before when that sentence only quotes a phrase
// (no finite verb inside the marks); a quoted clause there still stops the
// chain.
func TestPluralPastQuotedPhrase(t *testing.T) {
	for _, tc := range []struct {
		text, quote, speaker string
	}{
		{"Jan Kolder en Piet Smeenk, die als bemiddelaars het akkoord sloten, toonden zich vorig jaar al geschrokken van de 'weerstand, blokkades en aversie' in de raad. Ze adviseerden de verhoudingen te normaliseren.",
			"de verhoudingen", "Jan Kolder"},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Jan Kolder", "Piet Smeenk"}})
		qs := Extract(doc, ms, locals)
		checkOffsets(t, doc, qs)
		_, sp, ok := speakerOf(qs, locals, tc.quote)
		if !ok || sp != tc.speaker {
			t.Errorf("%q: want %q by %q, got %v %q", tc.text, tc.quote, tc.speaker, ok, sp)
		}
	}
}

// TestPluralDoersInEur: a plural doer in -eur ("chauffeurs") is people a
// plural pronoun after it may take up; "beurs" is no plural.
func TestPluralDoersInEur(t *testing.T) {
	doc := annotated(t, "De chauffeurs zochten samenwerking om het bedrijf tot maatregelen te dwingen. Zij vinden dat zij te veel geld moeten afdragen.")
	qs := Extract(doc, nil, nil)
	checkOffsets(t, doc, qs)
	found := false
	for _, q := range qs {
		if q.Kind == kroniek.QuoteIndirect && q.SpeakerText == "De chauffeurs" {
			found = true
		}
	}
	if !found {
		t.Errorf("want the report by \"De chauffeurs\", got %+v", qs)
	}
	if !people("inspecteurs") || people("jaarbeurs") {
		t.Errorf("people: inspecteurs %v, jaarbeurs %v", people("inspecteurs"), people("jaarbeurs"))
	}
}
