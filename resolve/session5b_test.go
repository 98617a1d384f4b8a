package resolve

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestLocalMembersAndShips checks that a member noun (X'ers) is no name
// but names its body, that a ship after "het schip" and a team named by
// its head noun are typed by the noun (made-up names).
func TestLocalMembersAndShips(t *testing.T) {
	text := "De Zwolse Trimbo-ploeg kwam aan. Volgens twee KRV'ers is het schip Morla Vento gezonken. " +
		"Het Gezamenlijk Zoek Team (GZT) onderzoekt het. Het GZT zegt niets."
	les, ms := localOf(t, text, "nl", true)
	for _, m := range ms {
		if m.Text == "KRV'ers" {
			t.Errorf("member noun %q is a mention", m.Text)
		}
	}
	if e := entityOf(les, ms, "Morla Vento"); e == nil || e.Type != kroniek.MISC {
		t.Errorf("the ship Morla Vento: %+v", e)
	}
	if e := entityOf(les, ms, "Gezamenlijk Zoek Team"); e == nil || e.Type != kroniek.ORG {
		t.Errorf("Gezamenlijk Zoek Team: %+v", e)
	}
}

// TestKnownAcronymOfCompound checks that a known acronym a one-word
// compound introduces is that compound's, not the knowledge base's.
func TestKnownAcronymOfCompound(t *testing.T) {
	text := "De Bouwbegeleidingscommissie (BBC) vergaderde. De BBC wil meer geld. Later meldde de BBC uit Londen iets anders."
	les, ms := localOf(t, text, "nl", true)
	e := entityOf(les, ms, "BBC")
	if e == nil || e.KB != "" || e != entityOf(les, ms, "Bouwbegeleidingscommissie") {
		t.Errorf("BBC after Bouwbegeleidingscommissie: %+v", e)
	}
	if e != nil && e.Type != kroniek.ORG {
		t.Errorf("Bouwbegeleidingscommissie typed %s", e.Type)
	}
}

// TestCompoundSpells checks acronyms spelt through a one-word compound.
func TestCompoundSpells(t *testing.T) {
	cases := []struct {
		acr, name string
		want      bool
	}{
		{"BBC", "Bouwbegeleidingscommissie", true},
		{"BBC", "Gemeenteraad", false},
		{"AIVD", "Algemene Inlichtingen- en Veiligheidsdiensten", false}, // several words: initials only
		{"VC", "Verkeerscentrale", true},
		{"VC", "Vc", false},
	}
	for _, c := range cases {
		if got := compoundSpells(c.acr, c.name); got != c.want {
			t.Errorf("compoundSpells(%q, %q) = %v", c.acr, c.name, got)
		}
	}
}
