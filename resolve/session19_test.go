package resolve

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestSession19PartyPlural checks that "de Conservatieven" of an article
// about Britain is the British Conservative Party, named as the party is
// elsewhere in the article, while conservatives of a Dutch church, in an
// article naming nothing British, are no mention of that party.
func TestSession19PartyPlural(t *testing.T) {
	es := annotatedCorpus(t,
		"Premier May zoekt steun in Londen. De Conservatieve Partij is verdeeld. Veel Conservatieven willen een harde brexit.",
		"Conservatieven en vrijzinnigen binnen de Gereformeerde Kerk in Kampen botsen over het ambt.",
	)
	party := oneEntity(t, es, "Conservatieve Partij", "Conservatieven")
	if party == nil {
		return
	}
	for _, m := range party.Mentions {
		if m.Article == "a1" {
			t.Errorf("%q of the church article joined %s (%s)", m.Text, party.Name, party.ID)
		}
	}
}

// TestSession19SpaceStation checks that a space station named after its
// class noun is a place, as one works outside it and flies to it.
func TestSession19SpaceStation(t *testing.T) {
	es := annotatedCorpus(t, "De capsule koppelde gisteren aan het ruimtestation KSO.")
	if e := oneEntity(t, es, "KSO"); e != nil && e.Type != kroniek.LOC {
		t.Errorf("KSO typed %s, want LOC", e.Type)
	}
}

// TestSession19InfrastructurePortfolio checks that "Infrastructuur" in
// brackets after a minister is the ministry of Infrastructure and Water
// Management, one entity with its full name in another article, while
// an alderman's "(Infrastructuur)" stays no mention.
func TestSession19InfrastructurePortfolio(t *testing.T) {
	es := annotatedCorpus(t,
		"Minister Karin Bloemhof (Infrastructuur) wil minder vrachtwagens op de dijk.",
		"Het ministerie van Infrastructuur en Waterstaat betaalt de nieuwe sluis.",
		"Wethouder Ans Kramer (Infrastructuur) wil een nieuwe brug.",
	)
	if e := oneEntity(t, es, "Infrastructuur", "Infrastructuur en Waterstaat"); e != nil {
		if e.Type != kroniek.ORG {
			t.Errorf("Infrastructuur typed %s, want ORG", e.Type)
		}
		for _, m := range e.Mentions {
			if m.Article == "a2" {
				t.Errorf("the alderman's portfolio %q joined %s", m.Text, e.Name)
			}
		}
	}
}

// TestSession19Days checks that a name ending in a compound of dag is a
// day, not the body the tagger may take it for, while a parliament
// ending in dag stays no day and a family name Dag stays a person's.
func TestSession19Days(t *testing.T) {
	es := annotatedCorpus(t,
		"Op de Landelijke Fietsdag gaan duizenden kinderen op pad. De Landelijke Fietsdag bestaat tien jaar.",
		"Het debat in de Bondsdag duurde tot na middernacht.",
		"Volgens Meryem Dag van de bewonersvereniging is het plein te donker.",
	)
	if e := oneEntity(t, es, "Landelijke Fietsdag"); e != nil && e.Type != kroniek.MISC {
		t.Errorf("Landelijke Fietsdag typed %s, want MISC", e.Type)
	}
	if e := oneEntity(t, es, "Bondsdag"); e != nil && e.Type == kroniek.MISC {
		t.Errorf("Bondsdag typed %s, want no day", e.Type)
	}
	if e := oneEntity(t, es, "Meryem Dag"); e != nil && e.Type != kroniek.PER {
		t.Errorf("Meryem Dag typed %s, want PER", e.Type)
	}
}

// TestSession19PartyByPlural checks that a leaning's plural, capitalised
// mid-sentence, is typed as a party, alone or after De.
func TestSession19PartyByPlural(t *testing.T) {
	es := annotatedCorpus(t,
		"Bij de verkiezingen in Beieren wonnen de CSU, de SPD en de Groenen zetels.",
		"Een woordvoerder van De Groenen in het parlement wilde niet reageren op de kritiek.",
	)
	for _, name := range []string{"Groenen", "De Groenen"} {
		got := byAlias(es, name)
		if len(got) == 0 {
			t.Errorf("no entity %q", name)
		}
		for _, e := range got {
			if e.Type != kroniek.ORG {
				t.Errorf("%s typed %s, want ORG", name, e.Type)
			}
		}
	}
}

// TestSession19Complexes checks that a name after a compound of complex
// (sportcomplex, appartementencomplex) is a place, like a wooncomplex.
func TestSession19Complexes(t *testing.T) {
	es := annotatedCorpus(t,
		"De hockeyclub traint voortaan op sportcomplex Ravensweide in het noorden van de stad.",
		"Appartementencomplex Lindenhaven werd vorig jaar opgeleverd. Bewoners van Lindenhaven klagen over lawaai.",
	)
	for _, name := range []string{"Ravensweide", "Lindenhaven"} {
		if e := oneEntity(t, es, name); e != nil && e.Type != kroniek.LOC {
			t.Errorf("%s typed %s, want LOC", name, e.Type)
		}
	}
}
