package resolve

import "testing"

// TestRoadNumber checks the shapes of road numbers (made-up cases).
func TestRoadNumber(t *testing.T) {
	yes := []string{"A17", "N201", "A2", "E19"}
	no := []string{"A", "A017", "E1", "E403", "B12", "A17a", "N2010", "Ajax"}
	for _, s := range yes {
		if !roadNumber(s) {
			t.Errorf("roadNumber(%q) = false, want true", s)
		}
	}
	for _, s := range no {
		if roadNumber(s) {
			t.Errorf("roadNumber(%q) = true, want false", s)
		}
	}
}
