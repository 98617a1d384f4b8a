package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestTitle checks the headline's quotation: a colon lede is said by the
// name or the speaking noun before the colon, a headline in marks by the
// speaker of the lede that reports it, a headline ending with its
// attribution by the name or speaking noun after the verb, and quoted words inside the
// writer's headline or a label before a colon are no quotation.
func TestTitle(t *testing.T) {
	body := "Met een lagere snelheid vallen er minder slachtoffers, zegt Anna de Vries. Ze sprak in Den Haag."
	for _, tc := range []struct {
		title, text, kind, speaker string
		people                     []string
	}{
		{"Hoekstra: 'schokfonds' EU desnoods zonder Nederland", "'schokfonds' EU desnoods zonder Nederland", kroniek.QuoteIndirect, "Hoekstra", []string{"Hoekstra"}},
		{"Minister Hoekstra: 'Wij betalen niet mee'. Brussel", "Wij betalen niet mee", kroniek.QuoteDirect, "Hoekstra", []string{"Hoekstra"}},
		{"Transportsector: houd tunnel open", "houd tunnel open", kroniek.QuoteIndirect, "Transportsector", nil},
		{"'Maak 30 km de norm in bebouwde kom'", "Maak 30 km de norm in bebouwde kom", kroniek.QuoteDirect, "Anna de Vries", []string{"Anna de Vries"}},
		{"'Maak 30 km de norm'. Interview Piet Smit", "Maak 30 km de norm", kroniek.QuoteDirect, "Piet Smit", []string{"Piet Smit", "Anna de Vries"}},
		{"Boeven van 'La Casa de Papel' op pad bij carnaval", "", "", "", nil},
		{"'Nee' zeggen kun je leren", "", "", "", nil},
		{"Gezocht: beste leraar, lerares of conciërge", "", "", "", nil},
		{"Piet Smit: tussen jazz en kamermuziek", "", "", "", []string{"Piet Smit"}},
		{"Het dorp moet zijn school houden, vindt Piet Smit", "Het dorp moet zijn school houden", kroniek.QuoteIndirect, "Piet Smit", []string{"Piet Smit"}},
		{"De haven wordt te klein, zeggen bewoners", "De haven wordt te klein", kroniek.QuoteIndirect, "bewoners", nil},
		{"Het water stijgt snel, zegt het rapport", "", "", "", nil},
		{"De kerk moet open blijven, zeggen parochianen", "De kerk moet open blijven", kroniek.QuoteIndirect, "parochianen", nil},
		{"Het gas wordt duurder, zegt Piet Smit. energie", "Het gas wordt duurder", kroniek.QuoteIndirect, "Piet Smit", []string{"Piet Smit"}},
	} {
		title := annotated(t, tc.title)
		doc := annotated(t, body)
		l := labelled{People: tc.people}
		bms, locals := fakeEntities(doc, l)
		tms, _ := fakeEntities(title, l)
		qs := Title(title, tms, doc, bms, locals, Extract(doc, bms, locals))
		if tc.text == "" {
			if len(qs) > 0 {
				t.Errorf("%q: want no quotation, got %+v", tc.title, qs)
			}
			continue
		}
		if len(qs) != 1 {
			t.Errorf("%q: want one quotation, got %+v", tc.title, qs)
			continue
		}
		q := qs[0]
		name := q.SpeakerText
		for _, le := range locals {
			if le.Key == q.SpeakerLocal {
				name = le.Name
			}
		}
		if q.Text != tc.text || q.Kind != tc.kind || name != tc.speaker || tc.title[q.Start:q.End] != q.Text {
			t.Errorf("%q: got %q %s by %q, want %q %s by %q", tc.title, q.Text, q.Kind, name, tc.text, tc.kind, tc.speaker)
		}
	}
}

// TestTitleMainVoice checks that a headline in marks no quotation of the
// text repeats is the one person the text quotes most, not a voice among
// several.
func TestTitleMainVoice(t *testing.T) {
	one := "Het was een lange week in Tilburg. De columnist kreeg veel post. ,,Ik lees niet alles meer'', zegt Piet Smit. ,,Dat kan ook niet.'' Hij gaat door. ,,Stoppen doe ik niet'', zegt Smit."
	two := one + " ,,Hij heeft gelijk, dat weet iedereen'', zegt Jan Bos. ,,Het is een schande wat er gebeurt'', zegt Bos. ,,Hier moet de politie iets aan doen'', zegt Bos."
	for _, tc := range []struct {
		text, speaker string
	}{{one, "L1"}, {two, ""}} {
		title := annotated(t, "'Als ik zwijg, winnen de bedreigers'")
		doc := annotated(t, tc.text)
		l := labelled{People: []string{"Piet Smit", "Jan Bos"}}
		bms, locals := fakeEntities(doc, l)
		tms, _ := fakeEntities(title, l)
		qs := Title(title, tms, doc, bms, locals, Extract(doc, bms, locals))
		if len(qs) != 1 || qs[0].SpeakerLocal != tc.speaker {
			t.Errorf("%q: want one quotation of %q, got %+v", tc.text, tc.speaker, qs)
		}
	}
}
