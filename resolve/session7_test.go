package resolve

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek/nl"
)

// localNames runs Local with the project's tagger on a made-up text and
// returns "name/TYPE" of every local entity.
func localNames(t *testing.T, text string) []string {
	t.Helper()
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	locals, _ := Local(doc, nerTag(t)(doc), loadKB(t))
	var out []string
	for _, l := range locals {
		out = append(out, l.Name+"/"+l.Type)
	}
	return out
}

// TestMunicipalities checks that a municipality of the knowledge base is a
// place, also where the tagger reads a person, and that a family name
// written like a municipality stays a person (made-up text).
func TestMunicipalities(t *testing.T) {
	got := strings.Join(localNames(t, "De gemeenteraad besprak het plan. Renkum wil meer woningen bouwen. "+
		"Predikant Thomas van Aalten en Fenna van Veldhoven kwamen uit Oegstgeest. Volgens Van Veldhoven is het goed. PVV'er Alexander van Hattem houdt de moed erin."), ", ")
	for _, want := range []string{"Renkum/LOC", "Oegstgeest/LOC", "Thomas van Aalten/PER", "Fenna van Veldhoven/PER", "Alexander van Hattem/PER"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %s in %s", want, got)
		}
	}
	for _, bad := range []string{"Aalten/LOC", "Veldhoven/LOC", "Hattem/LOC"} {
		if strings.Contains(got, bad) {
			t.Errorf("%s in %s", bad, got)
		}
	}
}

// TestCapsHeading checks that a subheading in capitals is no part of the
// name after it, and that an acronym stays (made-up text).
func TestCapsHeading(t *testing.T) {
	lower := func(w string) bool { return w == "de" || w == "baby" || w == "ed" }
	for _, c := range []struct{ in, want string }{
		{"DE DEMOCRATEN Adam Schiff", "Adam Schiff"},
		{"BABY JARRAH Ali", "Ali"},
		{"RTL Nieuws", "RTL Nieuws"},
		{"ED", "ED"},
		{"DE DEMOCRATEN", ""},
	} {
		if got := c.in[skipCapsHeading(c.in, 0, len(c.in), lower):]; got != c.want {
			t.Errorf("skipCapsHeading(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestPlaceNouns checks class nouns of places before and opening a name
// (made-up text).
func TestPlaceNouns(t *testing.T) {
	got := strings.Join(localNames(t, "De file staat tussen knooppunt Velkamp en de stad. Wat achter Jachtslot Wolderheide gebeurt, is natuurbeheer. "+
		"De Britse branchegenoot Round Velden kocht de huizen."), ", ")
	for _, want := range []string{"Velkamp/LOC", "Jachtslot Wolderheide/LOC", "Round Velden/ORG"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %s in %s", want, got)
		}
	}
}

// TestKnownLists checks that names in a row that together are a body of
// the knowledge base are one name (made-up text).
func TestKnownLists(t *testing.T) {
	got := ", " + strings.Join(localNames(t, "Het gaat om minister van Economische Zaken en Klimaat Karel Velkamp. Het ministerie van Landbouw, Natuur en Voedselkwaliteit zweeg."), ", ") + ","
	for _, want := range []string{"Economische Zaken en Klimaat/ORG", "ministerie van Landbouw, Natuur en Voedselkwaliteit/ORG"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %s in %s", want, got)
		}
	}
	if strings.Contains(got, ", Klimaat/") || strings.Contains(got, ", Natuur/") {
		t.Errorf("a part of a ministry's name stands alone: %s", got)
	}
}

// TestPersonsInLists checks that a company's one-word name between two
// persons of a list is a person (made-up text apart from the KB name).
func TestPersonsInLists(t *testing.T) {
	got := strings.Join(localNames(t, "Hij adviseerde de presidenten Nixon, Ford, Reagan en Clinton."), ", ")
	if !strings.Contains(got, "Ford/PER") {
		t.Errorf("want Ford/PER in %s", got)
	}
	if got := strings.Join(localNames(t, "Een fabriek van Ford sloot."), ", "); !strings.Contains(got, "Ford/ORG") {
		t.Errorf("want Ford/ORG in %s", got)
	}
}

// TestTradeNoun checks that a capitalised noun of a trade is cut from the
// company's name after it (made-up names).
func TestTradeNoun(t *testing.T) {
	ins := []string{"Telecomfabrikant Velkom", "Touroperator Kras", "Winkel van Sinkel", "Warmtebedrijf Velden WBV", "Velkom"}
	var got []string
	for _, in := range ins {
		got = append(got, in[skipTradeNoun(in, 0, len(in)):])
	}
	if want := "Velkom|Kras|Winkel van Sinkel|Warmtebedrijf Velden WBV|Velkom"; strings.Join(got, "|") != want {
		t.Errorf("skipTradeNoun: %s, want %s", strings.Join(got, "|"), want)
	}
}

// TestStreetsOfPersons checks streets named after a person and a place
// with a compass word (made-up names).
func TestStreetsOfPersons(t *testing.T) {
	got := strings.Join(localNames(t, "Hij werkt aan de Johan de Veltlaan. Op Velkampeiland Noord komen huizen."), ", ")
	for _, want := range []string{"Johan de Veltlaan/LOC", "Velkampeiland Noord/LOC"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %s in %s", want, got)
		}
	}
}
