package quote

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

// TestPluralChain checks that a plural pronoun follows a chain of plural
// pronouns back to the group named before, and stays unresolved when a
// name stands in between.
func TestPluralChain(t *testing.T) {
	syn := shared.Must(t, nl.LoadSyntax)
	for _, tc := range []struct{ text, quote, speaker string }{
		{"De driehonderd verpleegkundigen van het ziekenhuis in Utrecht hebben al aangekondigd te zullen staken. Zij zijn boos op de directie, want zij eisen dat er meer personeel komt op elke afdeling.",
			"er meer personeel komt op elke afdeling", "De driehonderd verpleegkundigen"},
		{"De verpleegkundigen hebben aangekondigd te zullen staken. Directeur Jan de Vries reageerde kort. Zij eisen dat er meer personeel komt op elke afdeling.",
			"er meer personeel komt op elke afdeling", "Zij"},
	} {
		doc := nl.Parse(tc.text, nl.Options{Lang: "nl"})
		syn.Annotate(doc)
		found := false
		for _, q := range Extract(doc, nil, nil) {
			if q.Text == tc.quote {
				found = true
				if !strings.HasPrefix(q.SpeakerText, tc.speaker) {
					t.Errorf("%q: speaker %q, want %q", tc.quote, q.SpeakerText, tc.speaker)
				}
			}
		}
		if !found {
			t.Errorf("%q: not found", tc.quote)
		}
	}
}
