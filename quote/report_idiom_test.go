package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestIdiomCue checks that a speech verb in an idiom of telling or doing
// reports nothing ("zegt genoeg", "vinden … terug", "stelt …
// beschikbaar", "stelt zich tot doel", "schrijft voor dat", a run-in
// infinitive heading), and
// that the same verbs still report a clause or an infinitive.
func TestIdiomCue(t *testing.T) {
	for _, tc := range []struct{ text, not string }{
		{"Piet Smit zweeg over het plan. Maar dat de wethouder het plan heeft ingetrokken, zegt genoeg.", "Maar dat de wethouder het plan heeft ingetrokken"},
		{"Piet Smit won de verkiezingen. Vaak vinden kiezers dat terug in een sterke leider die de crisis aanpakt.", "terug in een sterke leider die de crisis aanpakt"},
		{"Piet Smit leidt de bank. De bank stelde er vorig jaar veel te weinig geld voor beschikbaar.", "er vorig jaar veel te weinig geld voor beschikbaar"},
		{"Piet Smit speelt golf. Hij stelt zich tot doel ooit een marathon onder de drie uur te lopen.", "zich tot doel ooit een marathon onder de drie uur te lopen"},
		{"Piet Smit beheert de tunnel. De wetgeving schrijft voor dat in elke tunnel eens in de vier jaar een oefening plaatsvindt.", "in elke tunnel eens in de vier jaar een oefening plaatsvindt"},
		{"De boeren zijn boos. ,,Het is druk'', zegt Piet Smit. Uitleggen Piet Smit probeert het zijn klanten telkens weer uit te leggen, maar dat lukt niet.", "probeert het zijn klanten telkens weer uit te leggen, maar dat lukt niet"},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Piet Smit"}})
		for _, q := range Extract(doc, ms, locals) {
			if q.Text == tc.not && q.Kind != kroniek.QuoteTerm {
				t.Errorf("%q: reported: %+v", tc.text, q)
			}
		}
	}
	for _, tc := range []struct{ text, quote string }{
		{"De muur is beklad. Piet Smit zegt niets te weten van de bekladding van de muur.", "niets te weten van de bekladding van de muur"},
		{"Piet Smit woont in Spanje. Hij vindt dat hij terug moet naar zijn geboortestad.", "hij terug moet naar zijn geboortestad"},
		{"Piet Smit is columnist. Hij schrijft voor de krant dat de tunnel te vaak dicht is.", "de tunnel te vaak dicht is"},
		{"Piet Smit is bezorgd. Hij stelt dat de bank niet in staat is de schuld te betalen.", "de bank niet in staat is de schuld te betalen"},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Piet Smit"}})
		found := false
		for _, q := range Extract(doc, ms, locals) {
			found = found || q.Text == tc.quote && q.Kind == kroniek.QuoteIndirect
		}
		if !found {
			t.Errorf("%q: no report %q", tc.text, tc.quote)
		}
	}
}
