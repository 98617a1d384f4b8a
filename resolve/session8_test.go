package resolve

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// TestSession8Cuts checks names the tagger cut from longer names on
// made-up text: a family name broken at "ter", a firm named after its
// founder broken at "de", a body's acronym cut from its noun, and a
// place without the article it opens with. A body after "de" stays an
// object and "Van 't" a family name.
func TestSession8Cuts(t *testing.T) {
	got := strings.Join(localNames(t, "Dat schat Pieter Velkamp ter Dwarsdijk, bedrijfsadviseur. Velkamp ter Dwarsdijk lacht. "+
		"Hij blijft tot 1 juli aan. Jan de Velkom Logistics is met 27 vestigingen actief. "+
		"Volgens Linda Zeegers van de KW-raad is het goed. "+
		"Ze woont in 't Velde en werkt in Elburg. Gisteren gaf Peter de VVD een brief. De opvolger van Van 't Hoff kwam."), ", ")
	for _, want := range []string{"Pieter Velkamp ter Dwarsdijk/PER", "Jan de Velkom Logistics/ORG", "KW-raad/ORG", "'t Velde/LOC", "VVD/ORG", "Van 't Hoff/PER"} {
		if !strings.Contains(", "+got+", ", ", "+want+", ") {
			t.Errorf("want %s in %s", want, got)
		}
	}
	for _, bad := range []string{"Dwarsdijk/", "KW/", "Peter de VVD"} {
		if strings.Contains(", "+got, ", "+bad) {
			t.Errorf("%s in %s", bad, got)
		}
	}
}

// TestSession8Adjacent checks names the tagger split with one space
// between them on made-up text: an unknown body's two halves, a law and
// the acronym after it, a body and the place of its branch; a letter's
// signature and its place stay two.
func TestSession8Adjacent(t *testing.T) {
	got := strings.Join(localNames(t, "Met een speciale Velkomwet AVG is een grondslag gemaakt, aldus de Chinese Passenger Car Association. "+
		"Het geld komt van het Waarborgfonds Sociale Woningbouw. Wim Velkamp Grijpskerke"), ", ")
	for _, want := range []string{"Velkomwet AVG/MISC", "Passenger Car Association/ORG", "Waarborgfonds Sociale Woningbouw/ORG", "Wim Velkamp/PER", "Grijpskerke/LOC"} {
		if !strings.Contains(", "+got+", ", ", "+want+", ") {
			t.Errorf("want %s in %s", want, got)
		}
	}
}

// TestSession8Apposition checks types from an apposition's class noun on
// made-up text; a role noun followed by a preposition says nothing.
func TestSession8Apposition(t *testing.T) {
	got := strings.Join(localNames(t, "Het geld ging naar Velkamo, de grootste oppositiepartij. Iedereen speelt Kwastnite, de game van het jaar. "+
		"Ze woont in Velkzicht, de Bredase volkswijk. Dat zegt Pieter Smollink, een acteur uit de tv-serie. "+
		"Van de 60-plussers zit 19 procent in de KWA, de regeling voor arbeidsongeschikten."), ", ")
	for _, want := range []string{"Velkamo/ORG", "Kwastnite/MISC", "Velkzicht/LOC", "Pieter Smollink/PER", "KWA/MISC"} {
		if !strings.Contains(", "+got+", ", ", "+want+", ") {
			t.Errorf("want %s in %s", want, got)
		}
	}
}

// TestSession8Bodies checks a country's inhabitants with the definite
// article (and in a list after it) as a mention of the country, not
// counted people nor a region's people, a party's name with "-partij" as
// the party, and a province's council typed a body, on made-up text.
func TestSession8Bodies(t *testing.T) {
	doc := nl.Parse("De Britten willen weg uit de EU. De Fransen en Duitsers ook. Zeven Russen zijn opgepakt. De Schotten stemden anders. De Wit-Russen protesteren. "+
		"De Fidesz-partij van Orbán verloor.", nl.Options{Lang: "nl"})
	locals, ms := Local(doc, nerTag(t)(doc), loadKB(t))
	kbOf := map[string]string{}
	for _, m := range ms {
		if i := localIndex(locals, m.Local); i >= 0 {
			kbOf[m.Text] = locals[i].KB
		}
	}
	for text, want := range map[string]string{"Britten": "country:GB", "Wit-Russen": "country:BY", "Duitsers": "country:DE", "Fidesz-partij": "org:fidesz"} {
		if kbOf[text] != want {
			t.Errorf("%s: knowledge-base link %q, want %s", text, kbOf[text], want)
		}
	}
	for _, text := range []string{"Russen", "Schotten"} {
		if _, ok := kbOf[text]; ok {
			t.Errorf("%s is a mention", text)
		}
	}
	got := strings.Join(localNames(t, "Provinciale Staten van Velkamp vergaderen; de Staten willen meer geld."), ", ")
	for _, want := range []string{"Staten/ORG"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %s in %s", want, got)
		}
	}
	if strings.Contains(got, "/LOC") {
		t.Errorf("a council typed a place: %s", got)
	}
}

func localIndex(ls []kroniek.LocalEntity, id string) int {
	for i, l := range ls {
		if l.Key == id {
			return i
		}
	}
	return -1
}

// TestSession8Members checks that the members of a body written as one
// word are no name (made-up text).
func TestSession8Members(t *testing.T) {
	got := strings.Join(localNames(t, "Tot onze verbazing poseerden de acht aanwezige Velkomleden gewillig. De Kwastleden stemden tegen."), ", ")
	if strings.Contains(got, "leden") {
		t.Errorf("members as a name: %s", got)
	}
}

// TestSession8Signatures checks letters' signatures run into their place
// and the next letter's heading on made-up text: the writer and the place
// are two names, the heading none.
func TestSession8Signatures(t *testing.T) {
	got := strings.Join(localNames(t, "Dat had ik van de redactie wel verwacht. Janny Velkamp Rijswijk Pieter Drent Wat was ik blij met de brief. "+
		"Zo'n dier verdient respect? Joop Kwastra Katwijk Schande, over vier eeuwen."), ", ")
	for _, want := range []string{"Janny Velkamp/PER", "Rijswijk/LOC", "Joop Kwastra/PER", "Katwijk/LOC"} {
		if !strings.Contains(", "+got+", ", ", "+want+", ") {
			t.Errorf("want %s in %s", want, got)
		}
	}
	if strings.Contains(got, "Schande") {
		t.Errorf("a heading glued: %s", got)
	}
}

// TestSession8Institutions checks bodies named with a lower-case head on
// made-up text: a court "in" its town, a ministry by its portfolio in
// lower case, the church as a body (not a church building), a university
// or diocese named after a place the tagger may take for a person, and
// the capitalised head the tagger takes alone.
func TestSession8Institutions(t *testing.T) {
	got := strings.Join(localNames(t, "De zaak diende voor de rechtbank in Velkhoven. Volgens het ministerie van economische zaken is dat goed. "+
		"De katholieke kerk zweeg. Ze trouwden in een katholieke kerk aan de Markt. Hij werkt aan de universiteit van Kwastrode. "+
		"Het bisdom Velkhoven-Kwastwijk reageerde. Ze studeerde aan de Hogeschool van Amsterdam (HvA) in de stad."), ", ")
	for _, want := range []string{"rechtbank in Velkhoven/ORG", "ministerie van economische zaken/ORG", "katholieke kerk/ORG", "universiteit van Kwastrode/ORG",
		"bisdom Velkhoven-Kwastwijk/ORG", "Hogeschool van Amsterdam/ORG"} {
		if !strings.Contains(", "+got+", ", ", "+want+", ") {
			t.Errorf("want %s in %s", want, got)
		}
	}
	if strings.Count(got, "kerk") != 1 {
		t.Errorf("a church building as the church: %s", got)
	}
}

// TestSession8RoleNouns checks that a capitalised role noun glued to a
// name is no part of it (made-up names).
func TestSession8RoleNouns(t *testing.T) {
	got := strings.Join(localNames(t, "Topschaker Van Velkamp won opnieuw. Syriëganger Pieter K. keert terug. Ober Mirko Kwast werd geslagen."), ", ")
	for _, bad := range []string{"Topschaker", "Syriëganger", "Ober"} {
		if strings.Contains(got, bad) {
			t.Errorf("%s glued to a name: %s", bad, got)
		}
	}
}

// TestSession8BracketAcronyms checks that an acronym in brackets after
// the words of a body it spells is a body, and that a party member's
// noun (VVD'er) is no mention of the party (made-up text).
func TestSession8BracketAcronyms(t *testing.T) {
	got := strings.Join(localNames(t, "Ze overlegt met de Velkamse vereniging obstetrie en gynaecologie (Vvog). Dat zegt KWP'er Jan Velkamp."), ", ")
	if !strings.Contains(", "+got+", ", ", Vvog/ORG, ") {
		t.Errorf("want Vvog/ORG in %s", got)
	}
	if strings.Contains(", "+got, ", KWP/") {
		t.Errorf("a member noun as the party: %s", got)
	}
}

// TestSession8ApposedClass checks that a class noun before a name set
// off by commas types the name (made-up text).
func TestSession8ApposedClass(t *testing.T) {
	got := strings.Join(localNames(t, "Het enige onafhankelijke peilbureau, Velkada, is door de regering bestempeld als vijand."), ", ")
	if !strings.Contains(got, "Velkada/ORG") {
		t.Errorf("want Velkada/ORG in %s", got)
	}
}
