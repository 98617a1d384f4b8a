package resolve

import (
	"strings"
	"testing"
)

// TestSession10Headings checks that an intertitle or a noun glued before
// a person's name at a sentence's start is cut off it, and that a class
// noun, an assembly's adjective and a person's own full name keep their
// first word (made-up text).
func TestSession10Headings(t *testing.T) {
	got := strings.Join(localNames(t, "Het was druk in de hal. Rooklabyrint Pim Velkamp leidt het centrum sinds mei. Volgens Velkamp gaat het goed. "+
		"Stichting Anne Dorrestein helpt kinderen. Provinciale Staten vergaderen; de Staten willen meer geld. Jacobus Hoorneveld sprak dinsdag."), ", ")
	for _, want := range []string{"Pim Velkamp/PER", "Stichting Anne Dorrestein/ORG", "Provinciale Staten/ORG", "Jacobus Hoorneveld/PER"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %s in %s", want, got)
		}
	}
	for _, bad := range []string{"Rooklabyrint", "Staten/PER", "Staten/ORG, Staten"} {
		if strings.Contains(got, bad) {
			t.Errorf("%s in %s", bad, got)
		}
	}
}
