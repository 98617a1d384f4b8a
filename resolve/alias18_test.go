package resolve

import (
	"testing"

	"github.com/kroniek/kroniek/nl"
)

// TestIsraeliPlural checks the plural the news gives Israel's
// inhabitants, with or without the diaeresis: "de Israëli's" after the
// article names the country as "de Russen" does, on made-up text.
func TestIsraeliPlural(t *testing.T) {
	for _, text := range []string{"De Israëli's kozen gisteren een nieuw parlement.", "Volgens peilingen zijn de Israeli's verdeeld."} {
		doc := nl.Parse(text, nl.Options{Lang: "nl"})
		locals, ms := Local(doc, nerTag(t)(doc), loadKB(t))
		found := false
		for _, m := range ms {
			if i := localIndex(locals, m.Local); i >= 0 && locals[i].KB == "country:IL" {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no mention of country:IL in %v", text, ms)
		}
	}
}

