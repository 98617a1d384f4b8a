package event

import "testing"

// TestSession19cRelativeCoordination checks that a relative pronoun with a
// plural verb after a coordination of names stands for every name, and
// for the last name alone when its verb is singular; invented sentences.
func TestSession19cRelativeCoordination(t *testing.T) {
	_, evs := eventsOfType(t, "Later ook de economen van [CBS|ORG] en [DNB|ORG], die de plannen van [Karel Dorp] als onjuist bestempelden.", "ACCUSE")
	for _, e := range evs {
		if e.ActorText != "CBS, DNB" {
			t.Errorf("ACCUSE by %q, want CBS, DNB (die with a plural verb stands for both)", e.ActorText)
		}
	}
	_, evs = eventsOfType(t, "Later ook de economen van [CBS|ORG] en [DNB|ORG], die de plannen van [Karel Dorp] als onjuist bestempelde.", "ACCUSE")
	for _, e := range evs {
		if e.ActorText == "CBS, DNB" {
			t.Errorf("ACCUSE by %q, want one side (a singular verb agrees with one name)", e.ActorText)
		}
	}
}

// TestSession19cRecipientPhraseCut checks that a side given by text stops
// before an aan-phrase the parse hung on it (where the people went), but
// keeps such a phrase after a noun that governs it; invented sentences.
func TestSession19cRecipientPhraseCut(t *testing.T) {
	_, evs := eventsOfType(t, "Gisteren werd bekend dat de rebellen enkele Belgische strijders aan [Turkije|LOC] hebben uitgeleverd.", "COERCE")
	for _, e := range evs {
		if e.RecipientText != "enkele Belgische strijders" {
			t.Errorf("COERCE of %q, want enkele Belgische strijders (aan Turkije is where they went)", e.RecipientText)
		}
	}
	if governsPrep["strijders"] || !governsPrep["gebrek"] {
		t.Errorf("governsPrep: strijders %v gebrek %v, want false, true", governsPrep["strijders"], governsPrep["gebrek"])
	}
}
