package resolve

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestSession19bTitles checks that titles of the clergy, the army, the
// courts, the universities, sport, business and nobility before a name
// give the mention its role, as "minister" and "bisschop" do.
func TestSession19bTitles(t *testing.T) {
	cases := []struct{ text, name, role string }{
		{"De kerk was vol, zegt aartsbisschop Willem Hoekstra.", "Willem Hoekstra", "aartsbisschop"},
		{"De dienst werd geleid door rabbijn Samuel Kleinman.", "Samuel Kleinman", "rabbijn"},
		{"Volgens majoor Pieter Verbeek was de oefening geslaagd.", "Pieter Verbeek", "majoor"},
		{"Het vonnis werd voorgelezen door kantonrechter Ingrid Hofstra.", "Ingrid Hofstra", "kantonrechter"},
		{"De opening werd verricht door rector Marga Dijkhuis.", "Marga Dijkhuis", "rector"},
		{"Gisteren won schaatser Bart Wolters de tien kilometer.", "Bart Wolters", "schaatser"},
		{"Het bedrijf werd gekocht door zakenman Henk Blokland.", "Henk Blokland", "zakenman"},
		{"Het kasteel is van barones Clara van Heemskerck.", "Clara van Heemskerck", "barones"},
	}
	for _, c := range cases {
		es := annotatedCorpus(t, c.text)
		e := oneEntity(t, es, c.name)
		if e == nil {
			continue
		}
		if e.Type != kroniek.PER {
			t.Errorf("%s typed %s, want PER", c.name, e.Type)
		}
		if len(e.Mentions) == 0 || e.Mentions[0].Role != c.role {
			t.Errorf("%s: mentions %+v, want role %q", c.name, e.Mentions, c.role)
		}
	}
}

// TestSession19bCouncilNotPerson checks that "Gedeputeerde Staten", the
// provincial executive, stays a body: gedeputeerde is a role noun but no
// title before a name, so Staten is no person.
func TestSession19bCouncilNotPerson(t *testing.T) {
	es := annotatedCorpus(t, "Het plan ligt nu bij Gedeputeerde Staten van Drenthe, die volgende week besluiten.")
	for _, e := range es {
		if e.Type == kroniek.PER {
			t.Errorf("%s typed PER (mentions %+v)", e.Name, e.Mentions)
		}
	}
}

// TestSession19bGangCompound checks that a gang named after a car make
// is its own body: "de Opel-bende" is no mention of Opel, which another
// article's car joins.
func TestSession19bGangCompound(t *testing.T) {
	es := annotatedCorpus(t,
		"De politie pakte twee leden van de Opel-bende op. De Opel-bende blies al tien geldautomaten op. Een Opel stond klaar.",
		"Een Opel is tegen een lantaarnpaal gereden.",
	)
	gang := oneEntity(t, es, "Opel-bende")
	if gang != nil && gang.Type != kroniek.ORG {
		t.Errorf("Opel-bende typed %s, want ORG", gang.Type)
	}
	for _, e := range byAlias(es, "Opel") {
		for _, m := range e.Mentions {
			if m.Text != "Opel" {
				t.Errorf("%q joined %s", m.Text, e.Name)
			}
			if m.Article == "a0" && m.Start < 60 {
				t.Errorf("Opel of the gang's compound at %d joined %s", m.Start, e.Name)
			}
		}
	}
}

// TestSession19bGluedAcronym checks that an acronym opening a compound
// after a name of several words is cut from that name, while a name of
// two words and a heading's glued "De" keep theirs.
func TestSession19bGluedAcronym(t *testing.T) {
	cases := map[string]string{
		"Peilbureau Noordkaap SGP": "Peilbureau Noordkaap",
		"Brabantse SP":             "Brabantse SP",
		"Krant De RMS":             "Krant De RMS",
		"Jan van der Berg":         "Jan van der Berg",
		"Stichting Open Data KNMI": "Stichting Open Data",
	}
	for in, want := range cases {
		if got := in[:gluedAcronym(in)]; got != want {
			t.Errorf("gluedAcronym(%q) keeps %q, want %q", in, got, want)
		}
	}
}

// TestSession19bBarracks checks that a barracks named after a soldier
// keeps his rank: "de Sergeant Bakkerkazerne" is a place, not a person
// Bakkerkazerne with the role sergeant.
func TestSession19bBarracks(t *testing.T) {
	es := annotatedCorpus(t, "Een helikopter landde gisteren op het terrein van de Sergeant Bakkerkazerne bij Ede.")
	for _, e := range es {
		if e.Type == kroniek.PER {
			t.Errorf("%s typed PER (mentions %+v)", e.Name, e.Mentions)
		}
	}
}
