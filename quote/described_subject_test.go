package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestDescribedSubjectBeforePronoun checks that "hij" after a sentence
// opened by an unnamed man is that man, also when the sentence names a
// body ("de politie"), which no "hij" stands for; a named man before
// the description is not the speaker.
func TestDescribedSubjectBeforePronoun(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"De gebroeders Jansen voelen zich bedreigd door een buurman. Karel Jansen zag hem bij het huis. " +
			"De man zelf zegt dat hij het geld voor de broers bewaarde omdat hij voor de politie werkte. " +
			"Hij had het geld willen teruggeven. Zo wilde hij bewijzen dat de broers nog altijd handelen.",
			[]string{"Karel Jansen"}, []string{"politie"}, "de broers nog", kroniek.QuoteIndirect, "De man"},
	})
}
