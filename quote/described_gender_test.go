package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestOnlyOfGender checks that a bare "de man" is the one man the article
// named just before, and stays a description when it named two or
// brought in an unnamed one.
func TestOnlyOfGender(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"De zaak is nooit opgelost. Daarom begon Jan Smit zelf een onderzoek. Via Facebook had de man laten weten dat hij met vrienden wilde gaan graven bij de oude boerderij.",
			[]string{"Jan Smit"}, nil, "hij met vrienden", kroniek.QuoteIndirect, "Jan Smit"},
		// two men: which one is not said
		{"De zaak is nooit opgelost. Daarom begon Jan Smit met Piet de Vries een onderzoek. Via Facebook had de man laten weten dat hij met vrienden wilde gaan graven bij de oude boerderij.",
			[]string{"Jan Smit", "Piet de Vries"}, nil, "hij met vrienden", kroniek.QuoteIndirect, "de man"},
		// an unnamed man brought in before
		{"Een man liep langs de boerderij. Daarom begon Jan Smit zelf een onderzoek. Via Facebook had de man laten weten dat hij met vrienden wilde gaan graven bij de oude boerderij.",
			[]string{"Jan Smit"}, nil, "hij met vrienden", kroniek.QuoteIndirect, "de man"},
	})
}
