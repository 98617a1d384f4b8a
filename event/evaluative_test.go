package event

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// judged extracts the events of src (names marked as annotate reads them)
// with one direct quote: the text between ,, and ” said by speaker, and
// returns the shown ACCUSE events.
func judged(t *testing.T, src, speaker string) []kroniek.Event {
	t.Helper()
	text, ms, ls := annotate(src)
	qs, qe := strings.Index(text, ",,")+2, strings.Index(text, "''")
	q := kroniek.Quote{Start: qs, End: qe, Text: text[qs:qe], Kind: kroniek.QuoteDirect}
	for _, m := range ms {
		if m.Text == speaker && m.Start > qe {
			q.SpeakerLocal, q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = m.Local, m.Text, m.Start, m.End
		}
	}
	if q.SpeakerLocal == "" {
		t.Fatalf("%q: no speaker %s", text, speaker)
	}
	var out []kroniek.Event
	for _, e := range ExtractQuoted(parseDoc(t, text), ms, ls, nil, []kroniek.Quote{q}, "2024-03-12") {
		if e.Type == "ACCUSE" && e.Shown {
			out = append(out, e)
		}
	}
	return out
}

func TestEvaluations(t *testing.T) {
	for _, c := range []struct{ src, speaker, recip string }{
		{",,[Baudet] is een demagoog'', zegt [Kroes].", "Kroes", "Baudet"},
		{",,Het besluit van [Shell|ORG] is onbegrijpelijk'', zegt [Jansen].", "Jansen", "Shell"},
		{",,Het plan van [Rutte] is een farce'', zei [Klaver].", "Klaver", "Rutte"},
		{",,[Baudet] is een goed spreker, maar wel een demagoog'', zegt [Kroes].", "Kroes", "Baudet"},
		{",,Het is schandalig dat [Shell|ORG] de boete nog altijd niet betaalt'', zegt [Jansen].", "Jansen", "Shell"},
		{",,[Shell|ORG] schrapt honderd banen in Pernis. Dat is onacceptabel'', zegt [Jansen].", "Jansen", "Shell"},
		{",,[Gözübüyük] is de slechtste scheidsrechter van de wereld'', zei [Sloetski].", "Sloetski", "Gözübüyük"},
		// no named side judged, a negated or hypothetical judgement: none
		{",,De politie schrapt honderd banen in Pernis. Dat is onacceptabel'', zegt [Jansen].", "Jansen", ""},
		{",,Het is schandalig dat er zo weinig agenten zijn'', zegt [Jansen].", "Jansen", ""},
		{",,Een brexit zonder akkoord is onacceptabel'', zegt [May].", "May", ""},
		{",,[Baudet] is geen demagoog'', zegt [Kroes].", "Kroes", ""},
		{",,[Baudet] is niet arrogant'', zegt [Kroes].", "Kroes", ""},
		{",,Als [Shell|ORG] dat doet, is dat onacceptabel'', zegt [Jansen].", "Jansen", ""},
	} {
		evs := judged(t, c.src, c.speaker)
		switch {
		case c.recip == "" && len(evs) > 0:
			t.Errorf("%q: ACCUSE %s → %s shown, want none", c.src, evs[0].ActorText, evs[0].RecipientText)
		case c.recip != "" && len(evs) == 0:
			t.Errorf("%q: no ACCUSE shown", c.src)
		case c.recip != "" && (evs[0].ActorText != c.speaker || evs[0].RecipientText != c.recip || evs[0].Mode != "disapprove"):
			t.Errorf("%q: %s %s → %s, want disapprove %s → %s", c.src, evs[0].Mode, evs[0].ActorText, evs[0].RecipientText, c.speaker, c.recip)
		}
	}
}

func TestEvaluationsNaming(t *testing.T) {
	checkCases(t, []shownCase{
		{"Premier [Rutte] noemde de uitlatingen van [Baudet] 'totaal onacceptabel'.", "ACCUSE", "Rutte", "Baudet"},
		// the threats against X are no deed of X's; a judgement of a
		// state of affairs names no side
		{"Premier [Rutte] noemde de bedreigingen tegen [Baudet] onacceptabel.", "ACCUSE", "", ""},
		{"[Rutte] noemde het onacceptabel dat de treinen niet reden.", "ACCUSE", "", ""},
		{"[Rutte] noemde de uitlatingen van [Baudet] niet onacceptabel.", "ACCUSE", "", ""},
	})
}

func TestCriticismVerbsAndRelativeOwner(t *testing.T) {
	checkCases(t, []shownCase{
		// zich ergeren/storen aan: disapproval; the thing's owner is the
		// named subject of its relative clause
		{"[Trump] stoort zich aan de hoge heffingen die [India] toepast.", "ACCUSE", "Trump", "India"},
		{"[Shell|ORG] ergert zich aan de plannen die [Rutte] dinsdag presenteerde.", "ACCUSE", "Shell", "Rutte"},
		// not: the pronoun is the relative clause's subject
		{"[Trump] stoort zich aan de heffingen die [India] raken.", "ACCUSE", "", ""},
		// storen without zich aan: to disturb
		{"De werkzaamheden storen [Jansen] al weken.", "ACCUSE", "", ""},
	})
}
