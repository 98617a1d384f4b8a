package resolve

import (
	"slices"
	"strings"
	"testing"

	"github.com/kroniek/kroniek/nl"
)

// localAliases returns the article's local entities as "name/TYPE:
// alias|alias" for text (made-up texts; the ner tagger when it loads).
func localAliases(t *testing.T, text string) []string {
	t.Helper()
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	locals, ms := Local(doc, nerTag(t)(doc), loadKB(t))
	forms := map[string][]string{}
	for _, m := range ms {
		if !slices.Contains(forms[m.Local], m.Text) {
			forms[m.Local] = append(forms[m.Local], m.Text)
		}
	}
	var out []string
	for _, l := range locals {
		out = append(out, l.Name+"/"+l.Type+": "+strings.Join(forms[l.Key], "|"))
	}
	return out
}

// TestSession12BracketLongForms checks that the capitalised words an
// acronym in brackets spells are one body's name the acronym joins, and
// that a name running into the words from before stays (made-up text).
func TestSession12BracketLongForms(t *testing.T) {
	got := strings.Join(localAliases(t, "Het rapport van de Vereniging van Zorbelse Toezichthouders in de Quorbzorg (VZTQ) kwam dinsdag. "+
		"De VZTQ wil meer geld. Ook de Quorbel Professional Golf Association (QPGA) reageerde."), ", ")
	for _, want := range []string{"Vereniging van Zorbelse Toezichthouders in de Quorbzorg/ORG", "VZTQ", "Quorbel Professional Golf Association/ORG", "QPGA"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %s in %s", want, got)
		}
	}
	if strings.Contains(got, ", Quorbzorg/") || strings.Contains(got, ", Quorbel/") || strings.Contains(got, ", VZTQ/") || strings.Contains(got, ", QPGA/") {
		t.Errorf("a piece of a long form or its acronym stands alone: %s", got)
	}
}
