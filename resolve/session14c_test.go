package resolve

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/nl"
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

// TestSession14cForeignTwins checks that a Dutch body the knowledge base
// knows becomes a foreign twin after a country's adjective or before
// "van" and a country, and stays Dutch otherwise.
func TestSession14cForeignTwins(t *testing.T) {
	k := loadKB(t)
	for _, x := range []struct{ text, name, want string }{
		{"Volgens het Italiaanse Openbaar Ministerie is hij schuldig.", "Openbaar Ministerie", "IT"},
		{"Hij is voorzitter van de Eerste Kamer van Algerije.", "Eerste Kamer", "DZ"},
		{"Volgens het Openbaar Ministerie is hij schuldig.", "Openbaar Ministerie", "NL"},
		{"De Eerste Kamer van Nederland stemt.", "Eerste Kamer", "NL"},
	} {
		doc := nl.Parse(x.text, nl.Options{Lang: "nl"})
		matches := k.Match(doc)
		i := strings.Index(x.text, x.name)
		var e *kb.Entry
		for _, m := range matches {
			if m.Start == i {
				e = m.Entries[0]
			}
		}
		if e == nil {
			t.Fatalf("%q: no knowledge-base match for %q", x.text, x.name)
		}
		cs := []cand{{start: i, end: i + len(x.name), typ: kroniek.ORG, entry: e, fromKB: true}}
		foreignTwins(doc, cs, matches)
		if cs[0].entry.Country != x.want {
			t.Errorf("%q: entry %s (%s), want country %s", x.text, cs[0].entry.ID, cs[0].entry.Country, x.want)
		}
	}
}
