package nl

import "testing"

// TestUnaccentedAllocs checks that unaccented strips stress marks with a
// Replacer built once (one built per word allocated its tables each time).
func TestUnaccentedAllocs(t *testing.T) {
	if w, ok := unaccented("vóór"); !ok || w != "voor" {
		t.Fatalf("unaccented(vóór) = %q, %v", w, ok)
	}
	if n := testing.AllocsPerRun(100, func() { unaccented("méér") }); n > 5 {
		t.Errorf("unaccented allocates %.0f times a call, want at most 5 (14 with a Replacer per call)", n)
	}
}
