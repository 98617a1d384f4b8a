package event

import "testing"

// TestSession6bKinds checks the readings of session 6's second shift on
// invented sentences (the words now read the parse event asked for, so
// these also run as the pipeline runs them).
func TestSession6bKinds(t *testing.T) {
	checkCases(t, []shownCase{
		// a bare participle joined to a passive is passive too
		{"Op 3 mei 2016 werd de 15-jarige [Anna Smit|PER] door haar buurjongen [Kees Vos|PER] in een bos verkracht en gedood.", "ASSAULT", "Kees Vos", "Anna Smit"},
		// what happened "zonder dat" did not happen
		{"Ik ben [Piet Kamp|PER] een keer tegengekomen bij de familie van [Jan Smit|PER] zonder dat we hadden afgesproken.", "AGREE", "", ""},
		// "op z'n minst" opens a phrase: op is no particle of sluiten
		{"De [VS|ORG] wil inspecteurs naar [Iran|LOC] sturen, een belangrijk complex sluiten, of op z'n minst een plan maken voor ontwapening.", "COERCE", "", ""},
		// names coordinated inside a noun's flat phrase are all the side
		{"Coalitiepartijen [GroenLinks|ORG] en [SP|ORG] eisen dat staatssecretaris [Jan Smit|PER] (Asiel) verantwoording aflegt in de Kamer.", "REQUEST", "GroenLinks, SP", "Jan Smit"},
		// a bare title coordinated with the role noun before a name is the
		// same person
		{"[Historicus|PER] en [BBC|ORG]-presentator [Jan Smit|PER] roemt [Anna de Vries|PER] om haar werk.", "SUPPORT", "Jan Smit", "Anna de Vries"},
		// the subject of a terwijl-clause the parse joined to the main verb
		// is not the main clause's
		{"Terwijl [Brussel|LOC] zijn relatie met [Peking|LOC] aan het aftasten is, doet de [Balkan|LOC] al volop zaken met [China|LOC].", "COOPERATE", "Balkan", "China"},
		// the aan-phrase of uitleveren is the destination, not the one extradited
		{"[Nederland|LOC] levert [Jan Smit|PER] uit aan [Duitsland|LOC].", "COERCE", "Nederland", "Jan Smit"},
		// a conjunction the recogniser read as a name (Indien = India) is no side
		{"[Indien|LOC] gewenst hebben we nog veel meer kandidaten: u vraagt, wij draaien!", "REQUEST", "", ""},
		// support by a counted number of people is manpower
		{"De [politie Utrecht|ORG] heeft een [Team Opsporing|ORG] opgericht met tien rechercheurs die, ondersteund door pakweg dertig agenten, de branden gaan onderzoeken.", "SUPPORT", "", ""},
		// keeping someone company is no arrest
		{"Tijdens een werkbezoek aan [Parijs|LOC] hielden [Jan Smit|PER] en twee andere fractievoorzitters de aan slapeloosheid lijdende [Piet Kamp|PER] beurtelings gezelschap aan de bar.", "COERCE", "", ""},
	})
}

// TestRelativeModal checks that a modal of a relative clause after the
// trigger (waarmee … kunnen worden gepleegd) leaves the event factual.
func TestRelativeModal(t *testing.T) {
	text, ms, ls := annotate("In een woning in de Dorpsstraat heeft de [politie|ORG] een grote hoeveelheid spullen in beslag genomen waarmee inbraken kunnen worden gepleegd.")
	for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
		if e.Type == "COERCE" && e.Hypothetical {
			t.Errorf("%s %q is hypothetical: the modal is the relative clause's", e.Type, e.Trigger)
		}
	}
}
