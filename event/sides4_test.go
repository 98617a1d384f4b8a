package event

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// Invented texts for the fourth shift's mechanisms: the speaker of a
// quote is its ik/we, object pronouns, a name between commas after a
// role, a perfect te-infinitive under an accusation, "onder wie", two
// pronoun subjects, and verbs added by PLOVER's definitions.
func TestSidesFourthShift(t *testing.T) {
	cases := []struct {
		name, src, typ, actor, recip string
	}{
		{"object haar", "[Anna Vos|PER] kwam in opspraak. [Justitie|ORG] verdenkt haar van fraude.", "ACCUSE", "Justitie", "Anna Vos"},
		{"name between commas", "De leider van de partij van de Groene Vogels, [Piet Hein|PER], eist een onderzoek naar de stembussen.", "REQUEST", "Piet Hein", ""},
		{"perfect te-infinitive", "[Rusland|LOC] verweet [Oekraïne|LOC] een aanval te hebben uitgevoerd.", "ACCUSE", "Rusland", "Oekraïne"},
		{"onder wie", "Europarlementariërs springen voor [Maria Kovac|PER] in de bres, onder wie [Judith Smit|PER].", "SUPPORT", "Judith Smit", "Maria Kovac"},
		{"verdenken", "[De politie|ORG] verdenkt [Jan Smit|PER] van diefstal.", "ACCUSE", "De politie", "Jan Smit"},
		{"complimenteren", "[Jan Smit|PER] complimenteerde [Karel Bos|PER] met de uitslag.", "SUPPORT", "Jan Smit", "Karel Bos"},
	}
	for _, c := range cases {
		text, ms, ls := annotate(c.src)
		evs := Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12")
		found := false
		for _, e := range evs {
			if e.Type == c.typ && strings.Contains(e.ActorText, c.actor) && (c.recip == "" || e.RecipientText == c.recip) && !e.Hypothetical && !e.Negated {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %q: no %s %s → %s in %+v", c.name, text, c.typ, c.actor, c.recip, evs)
		}
	}
}

// TestQuoteSpeakerSide: "we" inside a quote is its speaker; outside any
// quote (a columnist's "ik") it is nobody.
func TestQuoteSpeakerSide(t *testing.T) {
	text, ms, ls := annotate(`"We steunen het plan van minister [Ferd Kamp|PER]", zegt voorzitter [Jan Bakker|PER].`)
	start := strings.Index(text, "We")
	end := strings.Index(text, `",`)
	q := kroniek.Quote{Start: start, End: end, Text: text[start:end], SpeakerLocal: ms[1].Local, SpeakerText: "Jan Bakker"}
	doc := parseDoc(t, text)
	evs := ExtractQuoted(doc, ms, ls, nil, []kroniek.Quote{q}, "2024-03-12")
	ok := false
	for _, e := range evs {
		if e.Type == "SUPPORT" && len(e.ActorLocal) == 1 && e.ActorLocal[0] == ms[1].Local {
			ok = true
		}
	}
	if !ok {
		t.Errorf("we in a quote: want SUPPORT by the speaker, got %+v", evs)
	}
	for _, e := range Extract(doc, ms, ls, nil, "2024-03-12") {
		if len(e.ActorLocal) > 0 && e.ActorLocal[0] == ms[1].Local {
			t.Errorf("without quotes, we became %s: %+v", e.ActorText, e)
		}
	}
}

// TestDemandContentAndSharedNegation: the dat-clause of "eist" is no
// report; a bare conjunct shares "geen" with its head.
func TestDemandContentAndSharedNegation(t *testing.T) {
	for _, c := range []struct{ src, typ string }{
		{"[Piet Hein|PER] eist dat [Justitie|ORG] de vrouw vervolgt.", "ACCUSE"},
		{"Die [SS|ORG]-soldaten hebben zelf geen mensen doodgeschoten of gemarteld.", "ASSAULT"},
	} {
		text, ms, ls := annotate(c.src)
		n := 0
		for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
			if e.Type != c.typ {
				continue
			}
			n++
			if !e.Hypothetical && !e.Negated {
				t.Errorf("%q: %s %s neither hypothetical nor negated", text, e.Type, e.Trigger)
			}
		}
		if n == 0 {
			t.Errorf("%q: no %s event to check", text, c.typ)
		}
	}
}
