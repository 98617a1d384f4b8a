package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestColonSpeaker checks that a quotation a speech verb before a colon
// introduces goes to the verb's subject when that describes someone the
// article does not name, also through a coordination of verbs.
func TestColonSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Op een filmpje is te zien hoe een man roept: 'Als je hem dood wil schieten, zeg dan paf!'",
			nil, nil, "Als je hem", kroniek.QuoteDirect, "een man"},
		{"Het was een stralende dag. Mijn kleine zoon fietste voorop, draaide zich naar mij om en riep uit zijn kleine volle borst: ,,God is overal!''",
			nil, nil, "God is overal", kroniek.QuoteDirect, "Mijn kleine zoon"},
		// the writer's own words: no speaker text
		{"Ik besluit met de woorden: \"Wie hakenkruizen op een muur kladdert, is ook tegen Joden.\"",
			nil, nil, "Wie hakenkruizen", kroniek.QuoteDirect, ""},
	})
}

// TestCueSubject checks that the indefinite subject of a speech verb
// after a quotation is the quotation's speaker text, also when it names
// no person noun ("een bron").
func TestCueSubject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{",,Sommige maanden verdienen ze honderd miljoen euro'', zegt een goed ingevoerde bron uit het criminele milieu.",
			nil, nil, "Sommige maanden", kroniek.QuoteDirect, "een goed ingevoerde bron uit het criminele milieu"},
		{"\"Als we genoeg van ons in het leger krijgen, zitten we goed\", suggereerde een van hen.",
			nil, nil, "Als we genoeg", kroniek.QuoteDirect, "een van hen"},
	})
}
