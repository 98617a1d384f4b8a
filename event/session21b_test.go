package event

import "testing"

// TestSession21bTussenPhrase checks that a verb+noun phrase ("kwam er een
// akkoord") takes its parties from the tussen-phrase after its noun, all
// of them as the actor of the reciprocal event, as PLOVER codes
// reciprocal events (no recipient); invented sentences.
func TestSession21bTussenPhrase(t *testing.T) {
	for _, c := range []struct{ src, actor string }{
		{"In maart kwam er een akkoord tussen [Jan Vos] en [Piet Smit].", "Jan Vos, Piet Smit"},
		{"Vorige week kwam er een akkoord tussen de [VVD|ORG], de [PvdA|ORG] en de [SP|ORG].", "VVD, PvdA, SP"},
	} {
		_, evs := eventsOfType(t, c.src, "AGREE")
		for _, e := range evs {
			if e.ActorText != c.actor || e.RecipientText != "" {
				t.Errorf("%q: AGREE %q → %q, want %q and no recipient", c.src, e.ActorText, e.RecipientText, c.actor)
			}
		}
	}
}

// TestSession21bRefusedAid checks that giving or promising no aid is a
// refusal (REJECT), while giving it stays AID; invented sentences.
func TestSession21bRefusedAid(t *testing.T) {
	checkCases(t, []shownCase{
		{"Minister [Karel Bos] geeft geen extra geld aan de provincie [Gelderland|LOC].", "REJECT", "Karel Bos", "Gelderland"},
		{"Minister [Karel Bos] geeft extra geld aan de provincie [Gelderland|LOC].", "AID", "Karel Bos", "Gelderland"},
	})
	eventsOfType(t, "Hoewel de [Rijksoverheid|ORG] geen financiële steun heeft toegezegd, was ze wel bereid te helpen.", "REJECT")
}

// TestSession21bPronominalNegation checks that a negator between "er" and
// its split preposition negates the clause, though the parse hangs it on
// er: not cooperating is a REJECT; invented sentences.
func TestSession21bPronominalNegation(t *testing.T) {
	for _, src := range []string{
		"[Frankrijk|LOC] werkt er niet aan mee.",
		"[Frankrijk|LOC] werkt er vooralsnog niet aan mee.",
	} {
		eventsOfType(t, src, "REJECT")
	}
}
