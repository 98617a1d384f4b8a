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
