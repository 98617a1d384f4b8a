package resolve

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestSession14cTypeByClub checks that a name with a club prefix or
// suffix and a place after "tegen" in a match report become clubs, and
// that a place after "tegen" outside a match report and a hyphenated
// name keep their type.
func TestSession14cTypeByClub(t *testing.T) {
	report := "De trainer zag na de wedstrijd een doelpunt te veel: 3-2. "
	for _, x := range []struct {
		text, name, typ, want string
	}{
		{"Hij verloor thuis van Bolton Wanderers met 1-2.", "Bolton Wanderers", kroniek.PER, kroniek.ORG},
		{"Supporters van FC Den Bosch zijn opgepakt.", "FC Den Bosch", kroniek.PER, kroniek.ORG},
		{report + "Woensdag speelt de ploeg thuis tegen Zwolde.", "Zwolde", kroniek.LOC, kroniek.ORG},
		{"Woensdag protesteren boeren tegen Zwolde.", "Zwolde", kroniek.LOC, kroniek.LOC},
		{"Een scheidsrechter van FC Utrecht-Feyenoord kwam.", "FC Utrecht-Feyenoord", kroniek.PER, kroniek.PER},
	} {
		doc := annotated(t, x.text)
		i := strings.Index(x.text, x.name)
		cs := []cand{{start: i, end: i + len(x.name), typ: x.typ}}
		typeByClub(doc, cs)
		if cs[0].typ != x.want {
			t.Errorf("%q in %q: type %s, want %s", x.name, x.text, cs[0].typ, x.want)
		}
	}
}
