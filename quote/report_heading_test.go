package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestRunInHeadings checks that a subheading run into the sentence after
// it (in capitals, or one to three words before "De", "Uit", …) hides
// neither the report's speaker nor the "Uit" that opens a finding.
func TestRunInHeadings(t *testing.T) {
	for _, tc := range []struct{ name, text, quote string }{
		{"a heading before a wish", "Het verkeer op de dijk neemt toe. Veiligheid De Zeeuwse wethouder zou graag zien dat de provincie een fietspad aanlegt.",
			"de provincie een fietspad aanlegt"},
		{"two heading words before a subject", "Het is onrustig in de fabrieken. Hoge prijzen De vakbonden zeggen dat de lonen dit jaar stijgen.",
			"de lonen dit jaar stijgen"},
		{"a heading in capitals before a finding", "Het aantal zaken groeit. 80 LEGE PANDEN Uit onderzoek van Piet Smit blijkt dat in 2017 ruim 80 winkels leeg stonden.",
			"in 2017 ruim 80 winkels leeg stonden"},
	} {
		wantKind(t, tc.name, tc.text, tc.quote, kroniek.QuoteIndirect)
	}
}
