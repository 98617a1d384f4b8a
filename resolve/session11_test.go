package resolve

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// TestSession11Shares checks that a share of a people ("een kwart van de
// Britten") is no mention of the country, while the people as the
// country's actor still is (made-up text).
func TestSession11Shares(t *testing.T) {
	got := strings.Join(localNames(t, "Ruim driekwart van de Britten vindt het goed. Zo'n 40 procent van de Fransen twijfelt. "+
		"De Britten verlaten de EU op 29 maart."), ", ")
	if strings.Contains(got, "Fransen") {
		t.Errorf("a share of the French is a mention of France: %s", got)
	}
	if !strings.Contains(got, "Britten/LOC") {
		t.Errorf("want the British as the country's actor in %s", got)
	}
	doc := "Ruim driekwart van de Britten vindt het goed."
	if got := strings.Join(localNames(t, doc), ", "); strings.Contains(got, "Britten") {
		t.Errorf("%q: a share of the British is a mention of the country: %s", doc, got)
	}
}

// TestSession11CommonCompounds checks that a compound of a name and a
// common noun (a page, a debate, fans) is no name, and that the name
// alone and a given name ending so stay (made-up text).
func TestSession11CommonCompounds(t *testing.T) {
	got := strings.Join(localNames(t, "Op de Zorbagrampagina van Stefan Quelder stond het. Het Zorbagramdebat duurde lang. "+
		"De Quorbafans juichten. Zorbagram zweeg."), ", ")
	for _, bad := range []string{"Zorbagrampagina", "Zorbagramdebat", "Quorbafans"} {
		if strings.Contains(got, bad) {
			t.Errorf("%s in %s", bad, got)
		}
	}
	if !strings.Contains(got, "Stefan Quelder/PER") {
		t.Errorf("want Stefan Quelder/PER in %s", got)
	}
	for w, want := range map[string]bool{"Facebookpagina": true, "Juventusfan": true, "Kamermeerderheid": true, "Stefan": false, "Fan": false, "Stuk": false, "Twentekanaal": false} {
		if commonCompound(w) != want {
			t.Errorf("commonCompound(%q) = %v, want %v", w, !want, want)
		}
	}
}

// TestSession11ModelShortForms checks that a model named by a number and
// a given name is no person, and that the given name alone joins the
// model, unless a person of that name is in the article (made-up text).
func TestSession11ModelShortForms(t *testing.T) {
	got := strings.Join(localNames(t, "Wat misging er met de 737 Max? Zo werd in 2011 de Max geboren. De Max bleek onveilig."), ", ")
	if !strings.Contains(got, "737 Max/MISC") || strings.Contains(got, "Max/PER") || strings.Count(got, "Max") != 1 {
		t.Errorf("want one model 737 Max/MISC, no person Max: %s", got)
	}
	got = strings.Join(localNames(t, "CALC ziet af van 75 vliegtuigen van het type 737 Max. De eis volgt later."), ", ")
	if !strings.Contains(got, "737 Max/MISC") || strings.Contains(got, "Max/LOC") {
		t.Errorf("want the model 737 Max/MISC, no place Max: %s", got)
	}
	got = strings.Join(localNames(t, "De Boeing 737 Max staat aan de grond. Max Quelder vloog er nooit mee. Max lacht."), ", ")
	if !strings.Contains(got, "Max Quelder/PER") {
		t.Errorf("want the person Max Quelder in %s", got)
	}
}

// TestSession11ClassVotes checks that a class noun before one mention
// types the entity over the tagger's thing and a person's shape
// elsewhere, that "vorige week" is no class noun before a person, that
// a plural class noun types the examples after it, and that a word
// coordinated with a known place after "in" is a place (made-up text).
func TestSession11ClassVotes(t *testing.T) {
	got := strings.Join(localNames(t, "Dat meldt het onderzoeksinstituut Zorbalis uit Leiden. Volgens Zorbalis gaat het goed. Zorbalis telt mee. "+
		"De modefolders van kledingbedrijf Pieter Quelder zijn bekend. Quelder zwijgt. "+
		"Denk stelde vorige week Jan Dorrestein voor. Dorrestein zei niets. "+
		"Nu modeketens als Zorbamark en Quorbix de markt hebben veroverd, lijdt de winkel. "+
		"Ouderen in Oss en Quorbeek kunnen een scan laten doen."), ", ")
	for _, want := range []string{"Zorbalis/ORG", "Pieter Quelder/ORG", "Jan Dorrestein/PER", "Zorbamark/ORG", "Quorbix/ORG", "Quorbeek/LOC"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %s in %s", want, got)
		}
	}
	for w, want := range map[string]string{"modeketens": "ORG", "supermarkten": "ORG", "week": "", "musea": ""} {
		if got := classOfNoun(w); got != want {
			t.Errorf("classOfNoun(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestSession11FamilyPlaceNames checks that a given name before a family
// name made of a place's name (-kerk, -wijk, -dorp) is a person, and that
// a street named after a person stays a place (made-up text).
func TestSession11FamilyPlaceNames(t *testing.T) {
	got := strings.Join(localNames(t, "Een dode soortgenoot. Matthijs van Zorbkerk heeft zojuist gevraagd of je dat mag zeggen. "+
		"Volgens Bianca van Dorrewijk klopt het. Het gebeurde aan de Jan van Zorbstraat."), ", ")
	for _, want := range []string{"Matthijs van Zorbkerk/PER", "Bianca van Dorrewijk/PER", "Jan van Zorbstraat/LOC"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %s in %s", want, got)
		}
	}
}

// TestSession11Signatures checks that a letter's place is cut from the
// heading of the next letter glued onto it, that a possessor the article
// never names alone stays in the name it owns, and that the examples of a
// class keep its type whatever their shape (made-up text).
func TestSession11Signatures(t *testing.T) {
	got := strings.Join(localNames(t, "Amsterdammers, zeg er wat van! Frans Quelder, Amsterdam Namenmonument (2) Een groepje activisten stond daar."), ", ")
	if !strings.Contains(got, "Amsterdam/LOC") || strings.Contains(got, "Namenmonument") {
		t.Errorf("want the signer's place without the heading: %s", got)
	}
	got = strings.Join(localNames(t, "Het warenhuis Zorbson's Bay sluit. Zorbson's Bay had vijftien filialen."), ", ")
	if !strings.Contains(got, "Zorbson's Bay/ORG") {
		t.Errorf("want Zorbson's Bay/ORG in %s", got)
	}
	got = strings.Join(localNames(t, "Andere ketens zoals Zorbamark, Bart Quelder en Quorbix werden verkocht. "+
		"De markt wordt beheerst door Klaas Dorrestein in Volendam en Quorbel in Zoutkamp."), ", ")
	for _, want := range []string{"Bart Quelder/ORG", "Quorbix/ORG", "Quorbel/ORG"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %s in %s", want, got)
		}
	}
	// a word coordinated with a known place after "in" is a place, unless
	// it has a place of its own after it
	k := loadKB(t)
	for text, want := range map[string]string{
		"Ouderen in Volendam en Quorbel kunnen een scan laten doen.":    kroniek.LOC,
		"Het gaat om Klaas in Volendam en Quorbel in Zoutkamp vandaag.": kroniek.PER,
	} {
		doc := nl.Parse(text, nl.Options{Lang: "nl"})
		v := candAt(text, "Volendam", kroniek.LOC)
		v.entry = k.Lookup("Volendam")[0]
		cs := []cand{v, candAt(text, "Quorbel", kroniek.PER)}
		typeByClass(doc, cs)
		if cs[1].typ != want {
			t.Errorf("%q: Quorbel %s, want %s", text, cs[1].typ, want)
		}
	}
	if !namedAlone("Hij kocht het van Tesla. Tesla's Model 3", "Tesla") || namedAlone("Jehovah's Getuigen en Jehovahs", "Jehovah") {
		t.Error("namedAlone")
	}
}

// TestSession11BodyHeads checks that a name after the noun of a body's
// head and "van" is the body, and that a city before a bank's name is
// part of it (made-up text).
func TestSession11BodyHeads(t *testing.T) {
	got := strings.Join(localNames(t, "Het geld kwam binnen bij de onbekende Amsterdam Quorbel Bank. Volgens Amsterdam Quorbel Bank loopt het onderzoek nog."), ", ")
	if !strings.Contains(got, "Amsterdam Quorbel Bank/ORG") || strings.Contains(got, "Amsterdam/LOC") {
		t.Errorf("want the bank Amsterdam Quorbel Bank, not the city, in %s", got)
	}
	text := "Hij is algemeen directeur van de Zorbiekunie sinds mei."
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	cs := []cand{candAt(text, "Zorbiekunie", kroniek.LOC)}
	employers(doc, cs)
	if cs[0].typ != kroniek.ORG || !cs[0].classTyped {
		t.Errorf("%q: Zorbiekunie %s, want ORG", text, cs[0].typ)
	}
	text = "Zij is woordvoerder van Quelder."
	doc = nl.Parse(text, nl.Options{Lang: "nl"})
	cs = []cand{candAt(text, "Quelder", kroniek.PER)}
	employers(doc, cs)
	if cs[0].typ != kroniek.PER {
		t.Errorf("%q: Quelder %s, want PER", text, cs[0].typ)
	}
}

// TestSession11PersonNouns checks that an inhabitant's or a trade's noun
// glued before a given name is cut off the name, and that a given name
// ending so stays (made-up text).
func TestSession11PersonNouns(t *testing.T) {
	got := strings.Join(localNames(t, "Ook Zorbenaar Pieter Quelder van Dorrestein vindt het niks. Golfer Joost Quorbel won. Volgens Walter Zorbink klopt het."), ", ")
	for _, want := range []string{"Pieter Quelder van Dorrestein/PER", "Joost Quorbel/PER", "Walter Zorbink/PER"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %s in %s", want, got)
		}
	}
	if strings.Contains(got, "Zorbenaar") || strings.Contains(got, "Golfer") {
		t.Errorf("a person's noun in a name: %s", got)
	}
}

// TestSession11KnownChains checks that shops, companies and groups the
// knowledge base now lists are bodies whatever the tagger says, and that
// a known name keeps a class's list going (made-up text but for the
// knowledge base's names).
func TestSession11KnownChains(t *testing.T) {
	got := strings.Join(localNames(t, "Dat zegt Aedes, de koepel van corporaties. Hans Anders opent een winkel naast Uniqlo. "+
		"Andere ketens zoals Hunkemöller, Bart Quelder en Quorbix werden verkocht."), ", ")
	for _, want := range []string{"Aedes/ORG", "Hans Anders/ORG", "Uniqlo/ORG", "Hunkemöller/ORG", "Bart Quelder/ORG", "Quorbix/ORG"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %s in %s", want, got)
		}
	}
}

// TestSession11ForeignTopic checks that a text with no Dutch signal is
// about the foreign country it names most, when that one leads clearly,
// and that a Dutch signal or a close second keeps the Netherlands.
func TestSession11ForeignTopic(t *testing.T) {
	for _, tc := range []struct {
		count map[string]int
		want  string
	}{
		{map[string]int{"GB": 11, "US": 8, "RU": 7, "PL": 1}, "GB"},
		{map[string]int{"GB": 11, "US": 8, "RU": 7, "NL": 1}, "NL"},
		{map[string]int{"GB": 9, "US": 8, "RU": 3}, "NL"},
		{map[string]int{"GB": 2}, "NL"},
	} {
		if got := foreignTopic(tc.count, 3); got != tc.want {
			t.Errorf("foreignTopic(%v) = %s, want %s", tc.count, got, tc.want)
		}
	}
}
