package resolve

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// TestOrgByEvidence checks that a one-word name typed PER becomes ORG
// only with signs of a body and none of a person (made-up names).
func TestOrgByEvidence(t *testing.T) {
	cases := []struct {
		text, name, want string
	}{
		{"Het bedrijf Zorvax groeit. Volgens Zorvax, een energiebedrijfje uit Delft, stijgen de prijzen.", "Zorvax", kroniek.ORG},
		{"Bij werknemers van Quirel is onrust. De Quirel-medewerkers kregen een brief.", "Quirel", kroniek.ORG},
		{"Zo werkt het door mij bestuurde Plendo samen met huisartsen.", "Plendo", kroniek.ORG},
		{"Energiebedrijf Vattenfall (voorheen Brumo) bouwt laadpalen.", "Brumo", kroniek.ORG},
		{"De boot is eigendom van het Belgische Trelmo, dat het had gekocht.", "Trelmo", kroniek.ORG},
		{"Trevor Kalmo was er ook. Bij de klanten van Kalmo is onrust.", "Kalmo", kroniek.PER},          // a given name before it
		{"Volgens de directie van Dorrik is er niets aan de hand, zegt Dorrik.", "Dorrik", kroniek.PER}, // speech verb
		{"De 18-jarige Zenna mag de troon niet erven.", "Zenna", kroniek.PER},
		{"Het is Zenna niet toegestaan.", "Zenna", kroniek.PER},
		// an outlet of it, even when it speaks
		{"In een winkel van Brekfo brak brand uit. Dat laat Hans ten Molder van Brekfo weten.", "Brekfo", kroniek.ORG},
		// an apposition after a class noun with an indefinite article
		{"Er zijn afspraken gemaakt met een andere netbeheerder in de regio, Wostel. Die wil niet.", "Wostel", kroniek.ORG},
		{"Dat zei de woordvoerder van het ziekenhuis, Wostel. Hij wil niet.", "Wostel", kroniek.PER},
		// the class noun before one mention types the others
		{"Het gaat om netbeheerder Tanvo. Tanvo beheert het net. Volgens Tanvo klopt het.", "Tanvo", kroniek.ORG},
	}
	for _, c := range cases {
		doc := nl.Parse(c.text, nl.Options{Lang: "nl"})
		var cs []cand
		for i := strings.Index(c.text, c.name); i >= 0; {
			if !strings.HasPrefix(c.text[i+len(c.name):], "-") {
				cs = append(cs, cand{start: i, end: i + len(c.name), typ: kroniek.PER})
			}
			j := strings.Index(c.text[i+1:], c.name)
			if j < 0 {
				break
			}
			i += 1 + j
		}
		if strings.Contains(c.text, "Vattenfall") {
			i := strings.Index(c.text, "Vattenfall")
			cs = append([]cand{{start: i, end: i + len("Vattenfall"), typ: kroniek.ORG, classTyped: true}}, cs...)
		}
		if strings.Contains(c.text, "Trevor Kalmo") {
			cs[0].end = cs[0].start + len("Kalmo")
			cs = append([]cand{{start: 0, end: len("Trevor Kalmo"), typ: kroniek.PER}}, cs[1:]...)
		}
		if strings.Contains(c.text, "netbeheerder Tanvo") {
			cs[0].typ, cs[0].classTyped = kroniek.ORG, true
		}
		orgByEvidence(doc, cs)
		for _, x := range cs {
			if x.text(doc) == c.name && x.typ != c.want {
				t.Errorf("%q: %s typed %s, want %s", c.text, c.name, x.typ, c.want)
			}
		}
	}
}

// TestTitledPerson checks the title before a name the tagger typed as a
// place or a body.
func TestTitledPerson(t *testing.T) {
	cases := []struct {
		prev, name string
		want       bool
	}{
		{"XYZ-directeur", "Eveline Aendekerk", true},
		{"woordvoerder", "Anna de Kerk", true},
		{"zangeres", "Melodi", true},
		{"directeur", "Ajax", false}, // a body after a title is left alone
		{"Directeur", "Eveline Aendekerk", false},
		{"stad", "Anna Paulowna", false},
	}
	for _, c := range cases {
		if got := titledPerson(c.prev, c.name); got != c.want {
			t.Errorf("titledPerson(%q, %q) = %v, want %v", c.prev, c.name, got, c.want)
		}
	}
}

// TestFamilyCompound checks family names made of a place noun.
func TestFamilyCompound(t *testing.T) {
	for name, want := range map[string]bool{
		"Bert Wagendorp": true, "Rick Karsdorp": true,
		"Maria Magdalenakerk": false, "Albert Cuypmarkt": false, "Anna Dorp": false, "Berlijn Wagendorp": false,
	} {
		if got := familyCompound(strings.Fields(name)); got != want {
			t.Errorf("familyCompound(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestArtistAndSlashNames checks names after an artist's title and
// compass words with a slash (made-up names).
func TestArtistAndSlashNames(t *testing.T) {
	text := "Het optreden van de zanger Brel Quast was kort. De Noord/Zuidlijn reed."
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	lower, _, _ := wordSets(doc)
	i := strings.Index(text, "Noord")
	cs := []cand{{start: i, end: i + len("Noord"), typ: kroniek.LOC}, {start: i + len("Noord/"), end: i + len("Noord/Zuidlijn"), typ: kroniek.LOC}}
	cs = joinSlashed(doc, artistNames(doc, cs, lower))
	var got []string
	for _, c := range cs {
		got = append(got, c.text(doc)+"/"+c.typ)
	}
	if strings.Join(got, " ") != "Brel Quast/PER Noord/Zuidlijn/LOC" {
		t.Errorf("artist and slash names: %v", got)
	}
	text = "Het bestuur van AKP/MHP zweeg."
	doc = nl.Parse(text, nl.Options{Lang: "nl"})
	i = strings.Index(text, "AKP")
	cs = joinSlashed(doc, []cand{{start: i, end: i + 3, typ: kroniek.ORG}, {start: i + 4, end: i + 7, typ: kroniek.ORG}})
	if len(cs) != 2 {
		t.Errorf("AKP/MHP joined: %d mentions", len(cs))
	}
}

// TestLocalNameShapes runs Local on one-sentence texts with the tagger's
// mentions given and checks the names it makes of them (made-up names
// and laws): official names that go on in lower case, a heading's noun
// before a family name, a venue named after a place, a name after "geen
// enkele" (no referent), coordinated
// compounds, a title before a street, a demonym that is part
// of a name, an acronym before a full stop, a body's last word alone, a
// family name with "van 't", a demonym of a place ending in a vowel, a
// person glued to a club, a street named after a person, relatives.
func TestLocalNameShapes(t *testing.T) {
	k := loadKB(t)
	cases := []struct {
		text   string
		tagged []string // "text/TYPE", found left to right
		want   []string // mention texts
	}{
		{"De Kamer spreekt over de Wet gladde paden en bruggen (Wgpb).", []string{"Kamer/ORG", "Wet/MISC"}, []string{"Kamer", "Wet gladde paden en bruggen"}},
		{"Voor hen geldt de Wet op de lange wandeling. Die wet is oud.", []string{"Wet/MISC"}, []string{"Wet op de lange wandeling"}},
		{"Het bleek dat de Commissie straatnamen oost (Cso) niets vond.", []string{"Commissie/ORG"}, []string{"Commissie straatnamen oost"}},
		{"Daarna zal de Commissie reageren.", []string{"Commissie/ORG"}, []string{"Commissie"}},
		{"Het besluit ligt bij de Visserij- en Havendienst van de stad.", []string{"Visserij-/MISC", "Havendienst/PER"}, []string{"Visserij- en Havendienst"}},
		// accounts on a name are a common noun (commonHeads); the name
		// before the hyphen stays
		{"Er zijn Twitter- en Zorbaccounts genoeg.", []string{"Zorbaccounts/PER"}, []string{"Twitter"}},
		{"Op de hoek met de Prinses Ameliastraat bestaan plannen.", []string{"Prinses Ameliastraat/PER"}, []string{"Prinses Ameliastraat"}},
		{"Dat bleek voor de Europese Verkiezingen van mei.", []string{"Europese Verkiezingen/MISC"}, []string{"Europese Verkiezingen"}},
		{"Het bedrijf zit sinds kort in de VS. Daar groeit het.", []string{"VS./LOC"}, []string{"VS"}},
		{"Het Planbureau voor de Wegen rekent het na.", []string{"Planbureau/MISC", "Wegen/MISC"}, []string{"Planbureau voor de Wegen"}},
		{"De Tralenbeweging groeit. Overal zijn Tralenisten actief.", []string{"Tralenbeweging/ORG", "Tralenisten/LOC"}, []string{"Tralenbeweging", "Tralenisten"}},
		{"Quorba won. Daarna staken Quorbafans vuurwerk af.", []string{"Quorba/ORG", "Quorbafans/PER"}, []string{"Quorba", "Quorba"}},
		{"Mark Quelder won. Steunpilaar Quelder denkt na.", []string{"Mark Quelder/PER", "Steunpilaar Quelder/PER"}, []string{"Mark Quelder", "Quelder"}},
		{"We sliepen in Hotel Parijs in Rotterdam.", []string{"Hotel/ORG", "Parijs/LOC", "Rotterdam/LOC"}, []string{"Hotel Parijs", "Rotterdam"}},
		{"Lof voor premier Quelder Het is ongelofelijk.", []string{"Quelder Het/PER"}, []string{"Quelder"}},
		{"Zij vroeg het aan Tom van der Meer.", []string{"Tom van der Meer/PER"}, []string{"Tom van der Meer"}},
		{"Volgens de Algemene Kwel- en Veiligheidsdienst klopt het.", []string{"Algemene Kwel/MISC", "Veiligheidsdienst/PER"}, []string{"Algemene Kwel- en Veiligheidsdienst"}},
		{"Waarom heeft geen enkele Quelder de dolk gehanteerd?", []string{"Quelder/PER"}, nil},
		{"In 2010 verloor Leefbaar Zorbstad de verkiezingen.", []string{"Leefbaar/ORG", "Zorbstad/LOC"}, []string{"Leefbaar Zorbstad"}},
		{"De Rijnlandse Commissie zweeg. Later zei de Commissie dat het klopt.", []string{"Rijnlandse Commissie/ORG", "Commissie/ORG"}, []string{"Rijnlandse Commissie", "Commissie"}},
		{"Dat zegt advocaat Joris van 't Quelder. Van 't Quelder lacht.", []string{"Joris/PER", "Quelder/PER", "Quelder/PER"}, []string{"Joris van 't Quelder", "Van 't Quelder"}},
		{"Een Zorbedeër vond het goed, zei de Zorbedeër.", []string{"Zorbedeër/ORG", "Zorbedeër/ORG"}, nil},
		{"Toen zette invaller Tim Quelder Zorbix op voorsprong. Quelder lachte. Zorbix won.", []string{"Tim Quelder Zorbix/PER", "Quelder/PER", "Zorbix/ORG"}, []string{"Tim Quelder", "Zorbix", "Quelder", "Zorbix"}},
		{"Tom Quelder zweeg. Ook de zussen Quelder zwegen.", []string{"Tom Quelder/PER", "Quelder/PER"}, []string{"Tom Quelder", "Quelder"}},
		{"Het ligt aan het Jonas Tom Quelderplein in de stad.", []string{"Jonas/MISC", "Tom Quelderplein/LOC"}, []string{"Jonas Tom Quelderplein"}},
	}
	for _, c := range cases {
		doc := nl.Parse(c.text, nl.Options{Lang: "nl"})
		var tagged []kroniek.Mention
		at := 0
		for _, tg := range c.tagged {
			i := strings.LastIndexByte(tg, '/')
			s := strings.Index(c.text[at:], tg[:i]) + at
			tagged = append(tagged, kroniek.Mention{Start: s, End: s + i, Text: tg[:i], Type: tg[i+1:]})
			at = s + i
		}
		ents, ms := Local(doc, tagged, k)
		var got []string
		for _, m := range ms {
			got = append(got, m.Text)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: mentions %q, want %q", c.text, got, c.want)
		}
		if (strings.Contains(c.text, "Commissie dat") || strings.Contains(c.text, "Tralenisten")) && (len(ents) != 1 || ents[0].Type != kroniek.ORG) {
			t.Errorf("%q: entities %v, want one body", c.text, ents)
		}
		if strings.Contains(c.text, "zussen") && len(ents) != 2 {
			t.Errorf("%q: entities %v, want the person and the sisters apart", c.text, ents)
		}
		if strings.Contains(c.text, "Joris") && len(ents) != 1 {
			t.Errorf("%q: entities %v, want one person", c.text, ents)
		}
	}
}
