package quote

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestMismatchedCloseMarks checks that a quotation its attribution
// follows ends at the closing mark before the attribution even when that
// mark is of the other family ("A', zegt X" after an opening ",,"; the
// doubled close of two apostrophes after an opening "'", whatever
// follows it) or
// also closes a quotation inside it ('A 'b', zegt X, 'c'): the
// attribution is never shown as quoted words, and apostrophes in words
// still close nothing.
func TestMismatchedCloseMarks(t *testing.T) {
	for _, tc := range []struct{ text, shown string }{
		{"Piet is tevreden. 'Het is niet zozeer een kwestie van 'je bent vrouw dus je stemt links', zegt Piet, 'maar je werkt in de publieke sector.' Dat is alles.",
			"Het is niet zozeer een kwestie van 'je bent vrouw dus je stemt links … maar je werkt in de publieke sector."},
		{"Piet is tevreden. \"Je kijkt op zo'n avond vooral naar je eigen partij', zegt Piet. \"Dit is een enorme opsteker.\"",
			"Je kijkt op zo'n avond vooral naar je eigen partij"},
		{"Piet is boos. 'Het is onbegrijpelijk dat niemand pleit voor een pardon'', stelt Piet. Zo'n pardon bespaart veel. ,,Een pardon levert geld op.''",
			"Het is onbegrijpelijk dat niemand pleit voor een pardon"},
		{"Piet is tevreden. 'Ik zag zo'n auto's van m'n buren', zegt Piet, 'en 's avonds ook.'",
			"Ik zag zo'n auto's van m'n buren … en 's avonds ook."},
		// a doubled close after a single opening, with no speech verb after it
		{"De dijk is klaar. 'De fietsers staan er al in de rij. Het park groeit zo hard dat we achterlopen'', lacht Piet. Zijn bedrijf bouwde twee bruggen.",
			"De fietsers staan er al in de rij. Het park groeit zo hard dat we achterlopen"},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Piet"}})
		qs := Extract(doc, ms, locals)
		checkOffsets(t, doc, qs)
		var got []string
		found := false
		for _, q := range qs {
			got = append(got, q.Kind+": "+q.Shown())
			if q.Kind == kroniek.QuoteDirect && (strings.Contains(q.Shown(), "zegt") || strings.Contains(q.Shown(), "stelt")) {
				t.Errorf("%q: attribution shown as quoted: %q", tc.text, q.Shown())
			}
			found = found || q.Kind == kroniek.QuoteDirect && q.Shown() == tc.shown
		}
		if !found {
			t.Errorf("%q: want direct %q, got %s", tc.text, tc.shown, strings.Join(got, " | "))
		}
	}
}
