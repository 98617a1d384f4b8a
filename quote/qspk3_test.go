package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestPronounMeansReporter checks that a pronoun in the sentence after a
// report stands for who reported, not for the person named inside the
// reported clause.
func TestPronounMeansReporter(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Kandidaat Piet Smit erkent dat zijn rivaal Karel de Wit in Utrecht een voorsprong heeft van 2500 stemmen, maar stelt dat er 21.000 stemmen ongeldig zijn. De uitslag zou, meent hij, nog kunnen omslaan.",
			[]string{"Piet Smit", "Karel de Wit"}, nil, "De uitslag", kroniek.QuoteIndirect, "Piet Smit"},
		// the name is the main clause's subject: unchanged
		{"Karel de Wit heeft in Utrecht een voorsprong van 2500 stemmen, erkent Piet Smit. De uitslag zou, meent hij, nog kunnen omslaan.",
			[]string{"Piet Smit", "Karel de Wit"}, nil, "De uitslag", kroniek.QuoteIndirect, "Piet Smit"},
	})
}
