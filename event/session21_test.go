package event

import "testing"

// TestSession21NounInE checks that a noun in -e the tagger reads as a noun
// ends its phrase, so that the verb after it stays a verb (it was read as
// the noun of "de [adjective] …"), while an adjective in -e before a
// verb form still makes that form a noun; invented sentences.
func TestSession21NounInE(t *testing.T) {
	for _, c := range []struct{ src, typ string }{
		{"[Piet Smit] zegt dat de gemeente weigert.", "REJECT"},
		{"Opvallend is dat de [CDA|ORG] de enquête steunt.", "SUPPORT"},
	} {
		eventsOfType(t, c.src, c.typ)
	}
	text, ms, ls := annotate("De hoge kosten van de verbouwing zijn een probleem voor [Piet Smit].")
	for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
		t.Errorf("%q: %s %q, want no event (kosten is a noun)", text, e.Type, e.Trigger)
	}
}

// TestSession21Resign checks that resigning from an office is CONCEDE
// (CAMEO 0831, accede to demands for change in leadership), not RETREAT;
// invented sentences.
func TestSession21Resign(t *testing.T) {
	for _, src := range []string{
		"Minister [Karel Dorp] trad gisteren af na het rapport.",
		"Wethouder [Anna Bos] is opgestapt.",
		"De voorzitter [Jan Vos] legde zijn functie neer.",
	} {
		eventsOfType(t, src, "CONCEDE")
	}
}

// TestSession21OfDat checks that the second of two alternatives, "of dat
// …", is no report even where the parse hangs it as a plain conjunct;
// invented sentences.
func TestSession21OfDat(t *testing.T) {
	checkCases(t, []shownCase{
		{"Het is niet duidelijk of de bank daarmee genoegen neemt of dat [Acme|ORG] nog een boete krijgt.", "SANCTION", "", ""},
	})
	_, evs := eventsOfType(t, "[Piet Smit] zegt dat [Acme|ORG] een boete krijgt.", "SANCTION")
	for _, e := range evs {
		if !e.Shown || e.RecipientText != "Acme" {
			t.Errorf("SANCTION → %q (shown %v), want Acme, shown", e.RecipientText, e.Shown)
		}
	}
}

// TestSession21AttributiveParticiple checks that a participle used as an
// adjective heads no clause of its own, so the sentence's event keeps the
// words the parse hung on it; invented sentence.
func TestSession21AttributiveParticiple(t *testing.T) {
	_, evs := eventsOfType(t, "De voor fraude veroordeelde [Karel Bos] zat eerder twee jaar ten onrechte vast voor een overval.", "SANCTION")
	for _, e := range evs {
		if e.RecipientText != "Karel Bos" {
			t.Errorf("SANCTION → %q, want Karel Bos", e.RecipientText)
		}
	}
}
