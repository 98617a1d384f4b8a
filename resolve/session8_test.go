package resolve

import (
	"strings"
	"testing"
)

// TestSession8Cuts checks names the tagger cut from longer names on
// made-up text: a family name broken at "ter", a firm named after its
// founder broken at "de", a body's acronym cut from its noun, and a
// place without the article it opens with. A body after "de" stays an
// object and "Van 't" a family name.
func TestSession8Cuts(t *testing.T) {
	got := strings.Join(localNames(t, "Dat schat Pieter Velkamp ter Dwarsdijk, bedrijfsadviseur. Velkamp ter Dwarsdijk lacht. "+
		"Hij blijft tot 1 juli aan. Jan de Velkom Logistics is met 27 vestigingen actief. "+
		"Volgens Linda Zeegers van de KW-raad is het goed. "+
		"Ze woont in 't Velde en werkt in Elburg. Gisteren gaf Peter de VVD een brief. De opvolger van Van 't Hoff kwam."), ", ")
	for _, want := range []string{"Pieter Velkamp ter Dwarsdijk/PER", "Jan de Velkom Logistics/ORG", "KW-raad/ORG", "'t Velde/LOC", "VVD/ORG", "Van 't Hoff/PER"} {
		if !strings.Contains(", "+got+", ", ", "+want+", ") {
			t.Errorf("want %s in %s", want, got)
		}
	}
	for _, bad := range []string{"Dwarsdijk/", "KW/", "Peter de VVD"} {
		if strings.Contains(", "+got, ", "+bad) {
			t.Errorf("%s in %s", bad, got)
		}
	}
}
