package event

import "testing"

// TestSession18BareObject checks that a verb that needs an object takes
// one without a determiner (a bare plural or mass noun, a number before
// a noun), and that an amount is no such object; invented sentences.
func TestSession18BareObject(t *testing.T) {
	checkShown(t, "[Fietsersbond|ORG] bepleit nu maatregelen tegen het parkeren van fietsen op de stoep.", "REQUEST", "Fietsersbond", "", true)
	_, evs := eventsOfType(t, "Op 3 mei schoot [Karel V.] twee voorbijgangers dood.", "ASSAULT")
	for _, e := range evs {
		if e.ActorText != "Karel V." {
			t.Errorf("actor %q, want Karel V.", e.ActorText)
		}
	}
	text, ms, ls := annotate("[Piet Jansen] vroeg er 300 euro per week voor.")
	for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
		if e.Type == "REQUEST" {
			t.Errorf("%q: REQUEST %q, want none (an amount asked as a price)", text, e.Trigger)
		}
	}
}
