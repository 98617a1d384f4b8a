package event

import "testing"

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
