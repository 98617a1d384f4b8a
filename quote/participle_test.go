package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestParticipleSubject checks that a name the parse makes the subject of
// a participle clause in its apposition ("X, … en niet betrokken bij …,
// vindt dat …") speaks the report of the verb after it.
func TestParticipleSubject(t *testing.T) {
	for _, tc := range []struct{ text, quote string }{
		{"Het kabinet heeft een plan. Anneke de Vries, hoogleraar en niet betrokken bij de proef, vindt dat de studie het verband overtuigend laat zien.", "de studie het verband overtuigend laat zien"},
		{"Het kabinet heeft een plan. Anneke de Vries, econoom en niet betrokken bij de proef, vindt dat de cijfers van de bank kloppen.", "de cijfers van de bank kloppen"},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Anneke de Vries"}})
		found := false
		for _, q := range Extract(doc, ms, locals) {
			if q.Text == tc.quote && q.Kind == kroniek.QuoteIndirect {
				found = true
				if q.SpeakerLocal != "L1" {
					t.Errorf("%q: speaker %q (%q), want L1", tc.text, q.SpeakerLocal, q.SpeakerText)
				}
			}
		}
		if !found {
			t.Errorf("%q: no report %q", tc.text, tc.quote)
		}
	}
}

// TestFloatingQuantifier checks that "beiden" or "allebei" after the
// auxiliary, which the parse may give the verb as a second subject, does
// not hide the names that speak.
func TestFloatingQuantifier(t *testing.T) {
	text := "Het kabinet heeft een plan. Piet de Vries en Jan Smit hebben beiden verklaard niet samen in een bestuur te willen werken."
	doc := annotated(t, text)
	ms, locals := fakeEntities(doc, labelled{People: []string{"Piet de Vries", "Jan Smit"}})
	found := false
	for _, q := range Extract(doc, ms, locals) {
		if q.Text == "niet samen in een bestuur te willen werken" && q.Kind == kroniek.QuoteIndirect {
			found = true
			if q.SpeakerLocal != "L1" {
				t.Errorf("speaker %q (%q), want L1", q.SpeakerLocal, q.SpeakerText)
			}
		}
	}
	if !found {
		t.Errorf("%q: no report", text)
	}
}
