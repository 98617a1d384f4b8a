package resolve

import (
	"strings"
	"testing"
)

// TestSession7bKinds checks the kinds of the judged audit of seed 10702
// and of the second dev gold on made-up text: a letter's signature run
// into a place and the next heading, a person glued to the body he speaks
// for, a heading verb in capitals, a spelling variant and its acronym, a
// leak and a scheme, and an organisation after its trade noun.
func TestSession7bKinds(t *testing.T) {
	got := strings.Join(localNames(t, "Dat vind ik nu echt 'Hollandse toestanden'. Pieter Velkamp De Dwarsdijk En wat dan nog? "+
		"Het water komt hoger. Meneer Jansink van de Bovag zegt dat het beter kan. "+
		"Anna Kwast, Velden. "+
		"De Verenigde Gereformeerde Kerken (VGK) vergaderen. De Verenigd Gereformeerde Kerken zijn klein. Het bestuur van de VGK zwijgt. "+
		"De Velkom Papers en de Velkom Laundromat kwamen aan het licht. "+
		"Het geld ging naar projectontwikkelaar Kwastra. Organisator Pieter Drent lacht."), ", ")
	for _, want := range []string{"Pieter Velkamp/PER", "De Dwarsdijk/LOC", "Jansink/PER", "Bovag/ORG", "De Verenigde Gereformeerde Kerken/ORG",
		"Velkom Papers/MISC", "Velkom Laundromat/MISC", "Kwastra/ORG", "Pieter Drent/PER"} {
		if !strings.Contains(", "+got+", ", ", "+want+", ") {
			t.Errorf("want %s in %s", want, got)
		}
	}
	for _, bad := range []string{"Velkamp De", "van de Bovag", "VGK/", "Verenigd Gereformeerde Kerken/"} {
		if strings.Contains(got, bad) {
			t.Errorf("%s in %s", bad, got)
		}
	}
}

// TestSignedRunKeepsNames checks that a name of three words the sentence
// goes on after is no signature: Gabriel García Márquez schreef.
func TestSignedRunKeepsNames(t *testing.T) {
	got := strings.Join(localNames(t, "Het boek is bekend. Gabriel García Márquez schreef het in 1967. André F. Troost schreef terug."), ", ")
	for _, bad := range []string{"Márquez/LOC", "Troost/LOC", "Gabriel García/"} {
		if strings.Contains(got, bad) {
			t.Errorf("%s in %s", bad, got)
		}
	}
}

// TestSession7bTypes checks English head nouns, "het Rijk" and a street
// after the sentence's article on made-up text.
func TestSession7bTypes(t *testing.T) {
	got := strings.Join(localNames(t, "Het vliegveld Velden Airport gaat open. Het geld komt van het Rijk. De Velkampkade, bij het station, is dicht. "+
		"Het geld ging naar de Velkom Foundation. Ze keken Sex and the City. De rechtbank van Breda oordeelde. Het Nederlands Velkommuseum opent. Politie Oost-Nederland kreeg een melding. Ze zaten in buurthuis De Velkamp en in koffiehuis Kwaf. Het is genoeg. J. Drentel Dwarsveen"), ", ")
	for _, want := range []string{"Velden Airport/LOC", "Rijk/ORG", "Velkampkade/LOC", "Velkom Foundation/ORG", "rechtbank van Breda/ORG", "Nederlands Velkommuseum/ORG", "Politie Oost-Nederland/ORG", "De Velkamp/LOC", "Kwaf/ORG", "J. Drentel/PER", "Dwarsveen/LOC"} {
		if !strings.Contains(", "+got+", ", ", "+want+", ") {
			t.Errorf("want %s in %s", want, got)
		}
	}
	for _, bad := range []string{"De Velkampkade", "Sex and the City/LOC"} {
		if strings.Contains(got, bad) {
			t.Errorf("%s in %s", bad, got)
		}
	}
}
