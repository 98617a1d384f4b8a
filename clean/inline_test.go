package clean

import (
	"reflect"
	"testing"
)

// TestInlineHeadings checks that subheadings run into a one-line body are
// marked, and that names and sentence starts are not.
func TestInlineHeadings(t *testing.T) {
	for _, c := range []struct {
		body string
		want []string
	}{
		{"De mars trok door Londen. Oppositie Hoe de keuzes uitvallen, is onzeker. 'Wij gaan door', aldus de oud-minister. Petitie Een petitie die oproept tot stoppen, kreeg steun.",
			[]string{"Oppositie", "Petitie"}},
		{"Het gemiddelde is 31 procent. 2. Vliegen Je moet het de partij nageven. 3. Vlees Een van de soorten.", []string{"2. Vliegen", "3. Vlees"}},
		{`"Dat wil je niet." Tekstkarren De beheerder van de weg denkt mee.`, []string{"Tekstkarren"}},
		{"Het kon niet anders? Chaos Nu is het drie jaar later.", []string{"Chaos"}},
		// Names and sentence starts: no heading.
		{"Het kan beter. Volgens De Vries is het belangrijk. Minister De Jonge wil meer. Presidentskandidaat Al Gore deed dat.", nil},
		{"Zo ging het. Dus De Telegraaf schreef. Nee Het was anders. Toen Er kwam niemand.", nil},
		{"Het regent. Trump zei dat het niet kon. Labour wil een nieuwe stemming.", nil},
		{"Het regent. Storm", nil},
		{"Het regent. Storm De", nil},
		{"Zij sprak met Jan. Pieter De", nil},
		// Headings of several words, and sentence-opening adverbs.
		{"Dat is geen toeval. Vijf agenten De toentertijd 42-jarige man vluchtte. Het aankoopbeleid Het huidige beleid faalt. Waardevol Sindsdien gaat het goed.",
			[]string{"Vijf agenten", "Het aankoopbeleid", "Waardevol"}},
		{"Ze werd gekozen. 2. Laat de inspectie scholen beoordelen Dit is een eis van de bond.", []string{"2. Laat de inspectie scholen beoordelen"}},
		// A sentence, a name in it, a title ending in a short word, more
		// than eight words, a starter capitalised before a name: no heading.
		{"Het regent. Dat blijkt uit Het Parool. Het regent. Ride or Die bracht een plaat uit. Het regent. Zij las het boek van Jan De Vries.", nil},
		{"Zo is het. H. Bakker Zuidwolde Zelf initiatief De gemeente moet iets doen.", nil},
		{"Het regent. Een twee drie vier vijf zes zeven acht negen De man liep.", nil},
		{"Het regent. Minister Hugo de Jonge zei dat. Volgens De Jonge is het zo. Dus Het Parool schreef.", nil},
	} {
		res := Clean(c.body)
		checkInvariants(t, c.body, res)
		var got []string
		for _, h := range res.Headings {
			got = append(got, res.Text[h[0]:h[1]])
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: headings %q, want %q", c.body, got, c.want)
		}
	}
}

// TestAddInline checks that inline headings are merged in order and left
// out inside a line heading.
func TestAddInline(t *testing.T) {
	got := addInline([][2]int{{10, 20}, {50, 60}}, [][2]int{{0, 5}, {12, 15}, {30, 35}, {70, 75}})
	want := [][2]int{{0, 5}, {10, 20}, {30, 35}, {50, 60}, {70, 75}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("addInline = %v, want %v", got, want)
	}
}
