package quote

import "testing"

// TestWordGenderAllocs checks that wordGender takes the accents off a
// name with a Replacer built once, not one per call (a Replacer built per
// call allocates its lookup tables, tens of allocations a name).
func TestWordGenderAllocs(t *testing.T) {
	if g := wordGender("Sébas"); g != wordGender("Sebas") {
		t.Fatalf("wordGender(Sébas) = %v, want %v", g, wordGender("Sebas"))
	}
	if n := testing.AllocsPerRun(100, func() { wordGender("Sébastien") }); n > 6 {
		t.Errorf("wordGender allocates %.0f times a call, want at most 6 (17 with a Replacer per call)", n)
	}
}
