package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestFeelingFrames checks that "X heeft het gevoel/idee dat …" reports
// the clause as X's and "Er gingen geruchten dat …" as nobody's, and that
// the writer's own feeling, a negated one and a question report nothing.
func TestFeelingFrames(t *testing.T) {
	for _, tc := range []struct {
		text, want, speaker string
	}{
		{"De inwoners van de stad hebben het gevoel dat de regering hen verwaarloost.",
			"de regering hen verwaarloost", "De inwoners"},
		{"De lijsttrekker heeft het idee dat hij in 2017 pech had.",
			"hij in 2017 pech had", "De lijsttrekker"},
		{"Er gingen geruchten dat het apparaat met oververhitting kampte.",
			"het apparaat met oververhitting kampte", ""},
		{"Ik heb het gevoel dat de regering ons verwaarloost.", "", ""},
		{"Piet Smit heeft niet het gevoel dat er aan zijn stoelpoten wordt gezaagd.", "", ""},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Piet Smit"}})
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
