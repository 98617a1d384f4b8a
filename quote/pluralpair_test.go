package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestPluralPair checks that "de bonden" after "de vakbonden FNV en CNV"
// is the first of them, and that a plural the pair was not called by
// stays as it is.
func TestPluralPair(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"De vakbonden FNV en CNV zijn boos over het loonbod. Volgens de bonden is het bod van de werkgevers een belediging.",
			nil, []string{"FNV", "CNV"}, "is het bod", kroniek.QuoteIndirect, "FNV"},
		{"Werkgeversorganisaties Fenix en Zuidwerk zijn tevreden. De werkgevers zeggen dat de lonen genoeg stijgen.",
			nil, []string{"Werkgeversorganisaties Fenix", "Zuidwerk"}, "de lonen", kroniek.QuoteIndirect, "Werkgeversorganisaties Fenix"},
		{"De partijen Fenix en Zuidwerk zijn boos over het loonbod. Volgens de bonden is het bod van de werkgevers een belediging.",
			nil, []string{"Fenix", "Zuidwerk"}, "is het bod", kroniek.QuoteIndirect, "de bonden"},
	})
}
