package event

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestDemandByMoeten: someone saying that a named party must act makes a
// REQUEST from the one who says it (a volgens-phrase, the subject of the
// opinion or speech verb whose dat-clause it is, the quote's speaker) to
// that party; a past necessity, an epistemic or passive moeten, a
// negation, a condition or a consequence, a pronoun subject and a clause
// without a named speaker make none. (Invented sentences.)
func TestDemandByMoeten(t *testing.T) {
	for _, c := range []struct{ src, actor, recip string }{
		{"Volgens [Sjoerdsma|PER] moet minister [Stef Blok] nu de ambassadeur om uitleg vragen.", "Sjoerdsma", "Stef Blok"},
		{"[Jetten] vindt dat [VVD|ORG] en [CDA|ORG] ook het eerlijke verhaal moeten vertellen.", "Jetten", "VVD, CDA"},
		{"[Jansen] zegt dat [Ajax|ORG] de schuld moet betalen.", "Jansen", "Ajax"},
		{"[Jansen] vindt dat [Rutte] zou moeten aftreden.", "Jansen", "Rutte"},
		{"[Jansen] vindt dat [Ajax|ORG] de schuld moest betalen.", "", ""},
		{"[Jansen] zegt dat [Rutte] het zou hebben moeten weten.", "", ""},
		{"[Jansen] zegt dat [Rutte] van de fraude moet hebben geweten.", "", ""},
		{"Volgens [Jansen] moeten de stemmen worden herteld.", "", ""},
		{"[Jansen] vindt dat [Ajax|ORG] de schuld niet moet betalen.", "", ""},
		{"Als het misgaat, vindt [Jansen] dat [Ajax|ORG] de schuld moet betalen.", "", ""},
		{"Dan moet [Ajax|ORG] de schuld betalen, waarschuwde [Jansen].", "", ""},
		{"[Jansen] vindt dat hij de schuld moet betalen.", "", ""},
		{"[Ajax|ORG] moet de schuld betalen.", "", ""},
	} {
		text, ms, ls := annotate(c.src)
		var got []kroniek.Event
		for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2019-03-20") {
			if e.Type == "REQUEST" && text[e.TriggerStart:e.TriggerStart+3] == "moe" {
				got = append(got, e)
			}
		}
		switch {
		case c.actor == "" && len(got) > 0:
			t.Errorf("%q: demand %q %q → %q, want none", c.src, got[0].Trigger, got[0].ActorText, got[0].RecipientText)
		case c.actor != "" && len(got) != 1:
			t.Errorf("%q: %d demands, want 1", c.src, len(got))
		case c.actor != "" && (got[0].ActorText != c.actor || got[0].RecipientText != c.recip):
			t.Errorf("%q: demand %q → %q, want %q → %q", c.src, got[0].ActorText, got[0].RecipientText, c.actor, c.recip)
		case c.actor != "" && !got[0].Shown:
			t.Errorf("%q: demand not shown (%.2f)", c.src, got[0].Confidence)
		}
	}
}

// TestDemandSpeakerByName: a demand whose speaker the quote layer read
// through a pronoun (Hij vindt dat …) shows the speaker's name, not "Hij".
func TestDemandSpeakerByName(t *testing.T) {
	text, ms, ls := annotate("[Wiersma] is boos. Hij vindt dat [Koolmees] meer geld moet geven.")
	at := strings.Index(text, "Hij")
	q := kroniek.Quote{Start: strings.Index(text, "dat Koolmees"), End: len(text) - 1, Kind: "indirect",
		SpeakerLocal: ls[0].Key, SpeakerText: "Hij", SpeakerStart: at, SpeakerEnd: at + 3}
	q.Text = text[q.Start:q.End]
	n := 0
	for _, e := range ExtractQuoted(parseDoc(t, text), ms, ls, nil, []kroniek.Quote{q}, "2019-03-20") {
		if e.Type == "REQUEST" && strings.HasPrefix(e.Trigger, "moet") {
			n++
			if e.ActorText != "Wiersma" || e.RecipientText != "Koolmees" {
				t.Errorf("demand %q → %q, want Wiersma → Koolmees", e.ActorText, e.RecipientText)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d demands, want 1", n)
	}
}
