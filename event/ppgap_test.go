package event

import (
	"strings"
	"testing"
)

// TestPrepPhraseInGappedClause: a clause's words need not stand in text
// order or side by side (the parse may lend it a word of another clause);
// the text of a trigger's prepositional phrase must stop where they stop
// being contiguous instead of slicing the text backwards (a panic that
// cost a dpgmedia article its analysis with "doen afstand van").
func TestPrepPhraseInGappedClause(t *testing.T) {
	lx, err := readLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if err := lx.addPhrase(strings.Fields("doen afstand RETREAT resign van -")); err != nil {
		t.Fatal(err)
	}
	text := "Landen kunnen een claim indienen, maar het museum doet niet uit eigen beweging afstand van wat juridisch of moreel geen deel zou moeten uitmaken van de collectie."
	doc := parseDoc(t, text)
	lx.Extract(doc, nil, nil, nil, "2019-03-08")
}
