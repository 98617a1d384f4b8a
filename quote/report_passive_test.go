package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestPassiveViews checks that a main clause's passive view ("wordt
// gezien als", "werd beschouwd als") is an indirect quote of the whole
// sentence, its agent after "door" the speaker, and that a wish or a
// forecast ("wil niet worden gezien als") is none; the view is its
// own conjunct.
func TestPassiveViews(t *testing.T) {
	for _, tc := range []struct {
		text, want, speaker string
	}{
		{"Bosbouw wordt gezien als een van de effectiefste methoden om CO2 uit de lucht te halen.",
			"Bosbouw wordt gezien als een van de effectiefste methoden om CO2 uit de lucht te halen", ""},
		{"Plots wordt de minister beschouwd als premierskandidaat.",
			"Plots wordt de minister beschouwd als premierskandidaat", ""},
		{"De partij wordt door de meeste kiezers gezien als winnaar van de verkiezingen.",
			"De partij wordt door de meeste kiezers gezien als winnaar van de verkiezingen", "de meeste kiezers"},
		{"De EU wil niet worden gezien als de boosdoener in dit conflict.", "", ""},
		{"Haar dood werd jarenlang gezien als zelfmoord, maar het OM ging na onderzoek uit van moord.",
			"Haar dood werd jarenlang gezien als zelfmoord", ""},
		{"Dat wordt steeds moeilijker te aanvaarden, en zelfs het ontbreken van een man wordt beschouwd als een medische indicatie.",
			"zelfs het ontbreken van een man wordt beschouwd als een medische indicatie", ""},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{})
		qs := Extract(doc, ms, locals)
		checkOffsets(t, doc, qs)
		var got *kroniek.Quote
		for k := range qs {
			if qs[k].Kind == kroniek.QuoteIndirect {
				got = &qs[k]
			}
		}
		switch {
		case tc.want == "" && got != nil:
			t.Errorf("%q: unexpected report %q", tc.text, got.Text)
		case tc.want != "" && got == nil:
			t.Errorf("%q: no report in %v", tc.text, qs)
		case got != nil && (got.Text != tc.want || got.SpeakerText != tc.speaker):
			t.Errorf("%q: report %q by %q, want %q by %q", tc.text, got.Text, got.SpeakerText, tc.want, tc.speaker)
		}
	}
}
