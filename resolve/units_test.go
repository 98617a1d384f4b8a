package resolve

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek/nl"
)

// TestDropUnits checks that a capitalised unit after a number goes and
// that the same letters with no number before them stay. Made-up text.
func TestDropUnits(t *testing.T) {
	text := "De chip draait op 4,2 Ghz. Het 60 Mhz-kanaal is vol. Zij werkt bij het MHZ in Delft."
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	var cs []cand
	for _, w := range []string{"Ghz", "Mhz-kanaal", "MHZ"} {
		i := strings.Index(text, w)
		cs = append(cs, cand{start: i, end: i + len(w), typ: "MISC"})
	}
	var got []string
	for _, c := range dropUnits(doc, cs) {
		got = append(got, c.text(doc))
	}
	if strings.Join(got, ",") != "MHZ" {
		t.Errorf("kept %v, want only MHZ", got)
	}
}
