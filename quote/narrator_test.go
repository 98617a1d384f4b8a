package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestPronounAfterNarratorsPartner checks that "hij" after a sentence in
// which the narrator ("ik", "we") turns to someone after a preposition
// means that person, not one named further back; and that a third
// person's sentence keeps its subject.
func TestPronounAfterNarratorsPartner(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Piet Smit schreef het rapport over de brug. Gisteren belde ik met wethouder Jan de Vries. Hij zei dat het plan van tafel gaat.",
			[]string{"Piet Smit", "Jan de Vries"}, nil, "het plan", kroniek.QuoteIndirect, "Jan de Vries"},
		{"Voordat ik Piet Smit spreek, vraag ik een gesprek aan bij wethouder Jan de Vries. Hij laat weten dat hij geen tijd heeft.",
			[]string{"Piet Smit", "Jan de Vries"}, nil, "hij geen tijd", kroniek.QuoteIndirect, "Jan de Vries"},
		{"Piet Smit schreef het rapport over de brug. Gisteren belde hij met wethouder Jan de Vries. Hij zei dat het plan van tafel gaat.",
			[]string{"Piet Smit", "Jan de Vries"}, nil, "het plan", kroniek.QuoteIndirect, "Piet Smit"},
	})
}
