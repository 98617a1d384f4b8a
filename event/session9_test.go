package event

import "testing"

// TestSession9Content checks demands whose content is a thing or a clause
// (invented sentences): the object of eisen or bepleiten and the om- or
// dat-clause after "ervoor" or after eisen are what is asked, so the
// event needs no recipient; a sentence demanded names a defendant the
// clause does not, and a dat-clause naming a party gives that party.
func TestSession9Content(t *testing.T) {
	checkCases(t, []shownCase{
		{"Het bedrijf [Acme|ORG] eiste een nieuwe stemming.", "REQUEST", "Acme", ""},
		{"[Piet Bakker] bepleitte een verbod op vuurwerk.", "REQUEST", "Piet Bakker", ""},
		{"[Piet Bakker] eiste toen dat de bezuinigingen op de huurtoeslag worden teruggedraaid.", "REQUEST", "Piet Bakker", ""},
		{"[Piet Bakker] pleit ervoor om zwaar werk minder zwaar te maken.", "REQUEST", "Piet Bakker", ""},
		{"Het [Openbaar Ministerie|ORG] eiste een celstraf van negen maanden.", "REQUEST", "", ""},
		{"[Piet Bakker] eiste dat [Jan Smit] aftreedt.", "REQUEST", "Piet Bakker", "Jan Smit"},
	})
}
