package event

import "testing"

// TestSession21cJointParties checks that a meeting or cooperation done
// together by coordinated parties has them all as its actor, no
// recipient, and is shown (PLOVER's reciprocal events), also for a frame
// that otherwise needs its met-phrase (bespreken, spreken); a one-sided
// meeting keeps its recipient, and a passive signing by several is no
// meeting of theirs. Invented sentences.
func TestSession21cJointParties(t *testing.T) {
	checkCases(t, []shownCase{
		{"[Jan Vos] en [Piet Smit] overleggen dinsdag over de begroting.", "CONSULT", "Jan Vos, Piet Smit", ""},
		{"[Jan Vos] en [Piet Smit] bespraken gisteren de begroting.", "CONSULT", "Jan Vos, Piet Smit", ""},
		{"[Jan Vos] en [Piet Smit] spraken elkaar gisteren in [Parijs|LOC].", "CONSULT", "Jan Vos, Piet Smit", ""},
		{"De [VVD|ORG] en de [PvdA|ORG] werkten jaren samen.", "COOPERATE", "VVD, PvdA", ""},
		{"[Jan Vos] overlegt dinsdag met [Piet Smit] over de begroting.", "CONSULT", "Jan Vos", "Piet Smit"},
		{"De brief is ondertekend door [Jan Vos] en [Piet Smit].", "AGREE", "", ""},
	})
	// one party alone, with no counterpart, is no meeting to show
	checkCases(t, []shownCase{
		{"[Jan Vos] bespreekt dinsdag de begroting.", "CONSULT", "", ""},
	})
}

// TestSession21cNounPossessor checks that an event noun whose phrase
// names no party takes the one its possessive pronoun stands for; without
// a fitting antecedent it gives no event. Invented sentences.
func TestSession21cNounPossessor(t *testing.T) {
	checkCases(t, []shownCase{
		{"[Jan Vos] en [Piet Smit] kwamen dinsdag naar [Parijs|LOC]. Hun ontmoeting duurde twee uur.", "CONSULT", "Jan Vos, Piet Smit", ""},
		{"De [VVD|ORG] en de [PvdA|ORG] zijn het oneens. Hun overleg liep dinsdag vast.", "CONSULT", "VVD, PvdA", ""},
	})
	text, ms, ls := annotate("Het regende dinsdag in [Parijs|LOC]. Hun ontmoeting duurde twee uur.")
	for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
		if e.Type == "CONSULT" {
			t.Errorf("%q: CONSULT %q → %q, want none (hun fits no one)", text, e.ActorText, e.RecipientText)
		}
	}
}

// TestSession21cHedgedDat checks that a dat-clause after a hedge word is a
// guess, not shown, while the same clause after a plain verb is; invented
// sentences.
func TestSession21cHedgedDat(t *testing.T) {
	checkCases(t, []shownCase{
		{"Wellicht zien we dat [Jan Vos] en [Piet Smit] samenwerken.", "COOPERATE", "", ""},
		{"Gisteren bleek dat [Jan Vos] en [Piet Smit] samenwerken.", "COOPERATE", "Jan Vos, Piet Smit", ""},
	})
}

// TestSession21cPassiveSigners checks that a passive signing by several
// (ondertekend door X en Y) is no agreement between them: no AGREE event
// at all; invented sentence.
func TestSession21cPassiveSigners(t *testing.T) {
	text, ms, ls := annotate("De verklaring is ondertekend door [Jan Vos] en [Piet Smit].")
	for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
		if e.Type == "AGREE" {
			t.Errorf("%q: AGREE %q → %q, want none", text, e.ActorText, e.RecipientText)
		}
	}
}
