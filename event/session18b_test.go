package event

import "testing"

// TestSession18ApposedDescription checks that a definite description in
// apposition after a name ("Karel Bos, de man die …") stands for that
// name as a side, and only when the noun fits the name's type; invented
// sentences.
func TestSession18ApposedDescription(t *testing.T) {
	_, evs := eventsOfType(t, "De rechter sprak gisteren met [Karel Bos], de man die vorig jaar [Piet Smit] doodschoot.", "ASSAULT")
	for _, e := range evs {
		if e.ActorText != "Karel Bos" || e.RecipientText != "Piet Smit" {
			t.Errorf("ASSAULT %s → %s, want Karel Bos → Piet Smit", e.ActorText, e.RecipientText)
		}
	}
	_, evs = eventsOfType(t, "De rechter sprak gisteren met [Karel Bos], het bedrijf dat vorig jaar [Piet Smit] doodschoot.", "ASSAULT")
	for _, e := range evs {
		if e.ActorText == "Karel Bos" {
			t.Errorf("ASSAULT by %q, want not the person (het bedrijf is no person's noun)", e.ActorText)
		}
	}
	_, evs = eventsOfType(t, "De rechter sprak gisteren met [Karel Bos], een man die vorig jaar [Piet Smit] doodschoot.", "ASSAULT")
	for _, e := range evs {
		if e.ActorText != "Karel Bos" {
			t.Errorf("ASSAULT by %q, want Karel Bos", e.ActorText)
		}
	}
	_, evs = eventsOfType(t, "De rechter sprak met [Acme|ORG] en [Bolt|ORG], de partij die [Piet Smit] aanklaagde.", "ACCUSE")
	for _, e := range evs {
		if e.ActorText == "Bolt" {
			t.Errorf("ACCUSE by %q alone, want not the last of two conjoined names", e.ActorText)
		}
	}
}
