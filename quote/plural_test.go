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

// TestUnnamedDoer checks that a quotation standing on its own after a
// sentence that brings in an unnamed person is that person's.
func TestUnnamedDoer(t *testing.T) {
	syn := shared.Must(t, nl.LoadSyntax)
	for _, tc := range []struct{ text, speaker string }{
		{"De zaal is vol. Een van de medewerkers in de zaal staat op. \"Wij kunnen dat allemaal voor u regelen. Daar zijn wij voor.\" Het publiek lacht.", "Een van de medewerkers"},
		{"Het is wel eens voorgekomen dat een buurvrouw hem belde. \"Die klacht heb ik toen meteen opgelost.\"", ""},
	} {
		doc := nl.Parse(tc.text, nl.Options{Lang: "nl"})
		syn.Annotate(doc)
		qs := Extract(doc, nil, nil)
		if len(qs) != 1 || qs[0].SpeakerText != tc.speaker {
			t.Errorf("%q: got %+v, want one quotation by %q", tc.text, qs, tc.speaker)
		}
	}
}
