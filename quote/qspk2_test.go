package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestSecondSubjectIsObject checks that a name the parse makes a second
// subject after a main clause's verb ("Piet Smit, …, prijst Bos") yields
// a later "hem" to the subject before the verb.
func TestSecondSubjectIsObject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Karel Smit, indertijd door CDA-leider Bos binnengehaald als staatssecretaris (1990-1994), prijst Bos om zijn inzet. Dat is volgens hem nooit veranderd.",
			[]string{"Karel Smit", "Bos"}, nil, "Dat is", kroniek.QuoteIndirect, "Karel Smit"},
		// the object parsed as one: unchanged
		{"Oud-minister Karel Smit prijst partijleider Jan de Wit om zijn inzet. Dat is volgens hem nooit veranderd.",
			[]string{"Karel Smit", "Jan de Wit"}, nil, "Dat is", kroniek.QuoteIndirect, "Karel Smit"},
	})
}
