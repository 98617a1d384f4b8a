package event

import "testing"

// TestSession21bTussenPhrase checks that a verb+noun phrase ("kwam er een
// akkoord") takes its parties from the tussen-phrase after its noun, as a
// meeting noun does: the first acts, the others are its counterparts;
// invented sentences.
func TestSession21bTussenPhrase(t *testing.T) {
	checkCases(t, []shownCase{
		{"In maart kwam er een akkoord tussen [Jan Vos] en [Piet Smit].", "AGREE", "Jan Vos", "Piet Smit"},
		{"Vorige week kwam er een akkoord tussen de [VVD|ORG], de [PvdA|ORG] en de [SP|ORG].", "AGREE", "VVD", "PvdA, SP"},
	})
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
