package resolve

import (
	"fmt"
	"testing"

	"github.com/kroniek/kroniek"
)

// corpusOf analyses made-up one-line articles with the tagger and
// resolves them across the corpus.
func corpusOf(t *testing.T, texts ...string) ([]*kroniek.Article, []*kroniek.Analysis, []*kroniek.Entity) {
	t.Helper()
	var arts []*kroniek.Article
	for i, x := range texts {
		arts = append(arts, &kroniek.Article{ID: fmt.Sprint("a", i), Lang: "nl", Text: x})
	}
	ans := analyseWith(t, loadKB(t), arts, nerTag(t))
	return arts, ans, Corpus(arts, ans)
}

// TestSession17FiguresOfFaith checks that the knowledge base's figures of
// faith join every name the churches give them (Jezus van Nazaret in one
// article, Christus in it and in another) and are persons (Satan is no
// organisation); and that a foreign party is an organisation.
func TestSession17FiguresOfFaith(t *testing.T) {
	arts, ans, es := corpusOf(t,
		"Op de heuvel hangt Jezus van Nazaret aan het kruis. Het lijdensverhaal van Christus boeit de regisseur.",
		"De dominee preekte over Christus. Het kwaad was het werk van Satan, zei hij.",
		"Een senator van de Partido Popular stuurde een bericht.",
	)
	oneEntity(t, es, "Jezus van Nazaret", "Christus")
	for _, x := range []struct{ name, typ string }{{"Satan", kroniek.PER}, {"Partido Popular", kroniek.ORG}, {"Christus", kroniek.PER}} {
		id, _ := entityAt(arts, ans, x.name)
		for _, e := range es {
			if e.ID == id && e.Type != x.typ {
				t.Errorf("%s typed %s, want %s", x.name, e.Type, x.typ)
			}
		}
		if id == "" {
			t.Errorf("%s: no mention", x.name)
		}
	}
}
