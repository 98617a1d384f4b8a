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
		// "scandeert", with the speaker the parse's object of the final verb
		{"Op beelden van Radio Noord is te zien hoe een jonge demonstrant scandeert: \"Weg met de koning, weg met de kroon.\"",
			nil, []string{"Radio Noord"}, "Weg met", kroniek.QuoteDirect, "een jonge demonstrant"},
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

// TestChantedIsNoSpeaker checks that the passive subject of a speech verb
// ("leuzen werden gescandeerd") is what was said: a later "zij" does not
// take it up as a speaker.
func TestChantedIsNoSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Tijdens de mars werden grimmige leuzen gescandeerd. Dit alles, waarschuwen zij, maakt de stad onrustig.",
			nil, nil, "maakt de stad", kroniek.QuoteIndirect, "zij"},
	})
}
