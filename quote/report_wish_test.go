package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestWishes checks that a wish reports its dat-clause when stance
// adverbs or the inverted subject stand between "wil" and "dat", and that
// a relative "dat" after an object does not.
func TestWishes(t *testing.T) {
	for _, tc := range []struct{ name, text, quote string }{
		{"an adverb", "De bond wil graag dat de lonen dit jaar stijgen.", "de lonen dit jaar stijgen"},
		{"two words of an adverb", "De wethouder wil per se dat het zwembad open blijft.", "het zwembad open blijft"},
		{"the inverted subject", "Ook wil de raad dat de bibliotheek langer open is.", "de bibliotheek langer open is"},
		{"the inverted subject and adverbs", "Daarom willen de ouders absoluut niet dat de school sluit.", "de school sluit"},
	} {
		wantKind(t, tc.name, tc.text, tc.quote, kroniek.QuoteIndirect)
	}
	doc := annotated(t, "Piet Smit wil het boek dat hij gisteren las morgen teruggeven.")
	ms, locals := fakeEntities(doc, labelled{People: []string{"Piet Smit"}})
	for _, q := range Extract(doc, ms, locals) {
		if q.Kind == kroniek.QuoteIndirect {
			t.Errorf("a relative dat after the object: reported %+v", q)
		}
	}
}
