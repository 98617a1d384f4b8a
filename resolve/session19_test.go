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
