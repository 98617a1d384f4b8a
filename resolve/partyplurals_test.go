package resolve

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek/nl"
)

// TestDropPartyMembers checks that a capitalised member noun of a party
// goes and a name beside it stays. Made-up text.
func TestDropPartyMembers(t *testing.T) {
	text := "Oud-minister Hendriks, een bekend Tory, sprak met de Republikein Jan Vos."
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	var cs []cand
	for _, w := range []string{"Hendriks", "Tory", "Republikein Jan Vos"} {
		i := strings.Index(text, w)
		cs = append(cs, cand{start: i, end: i + len(w), typ: "PER"})
	}
	var got []string
	for _, c := range dropPartyMembers(doc, cs) {
		got = append(got, c.text(doc))
	}
	if strings.Join(got, ",") != "Hendriks,Republikein Jan Vos" {
		t.Errorf("kept %v, want Hendriks and Republikein Jan Vos", got)
	}
}
