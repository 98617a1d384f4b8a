package quote

import "testing"

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
