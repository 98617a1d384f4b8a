package resolve

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// A capitalised preposition opening a sentence run on from a lost
// subheading is no part of the one-word name after it; a particle that
// begins a family name (Van Dalen), an event named with a preposition
// and a given name that is also a function word (Dan) stay whole.
func TestRunInPrepositionBeforeName(t *testing.T) {
	text := "Pieter Jansen trad af. Derde keer In Jansens kabinet dreigen ministers op te stappen. " +
		"Bas van Dalen bleef. Later sprak Van Dalen. Het feest heette tijdens Naar Buiten druk. " +
		"Toen sprak directeur Dan Visser kort."
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	tag := func(s, typ string) kroniek.Mention {
		i := strings.Index(text, s)
		return kroniek.Mention{Start: i, End: i + len(s), Text: s, Type: typ}
	}
	tags := []kroniek.Mention{
		tag("Pieter Jansen", kroniek.PER), tag("In Jansen", kroniek.PER),
		tag("Bas van Dalen", kroniek.PER), tag("Van Dalen", kroniek.PER),
		tag("Naar Buiten", kroniek.MISC), tag("Dan Visser", kroniek.PER),
	}
	les, ms := Local(doc, tags, loadKB(t))
	seen := map[string]bool{}
	for _, m := range ms {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("mention %q has offsets %d:%d", m.Text, m.Start, m.End)
		}
		seen[m.Text] = true
	}
	if seen["In Jansen"] || !seen["Jansen"] {
		t.Errorf("the run-in preposition stays glued to the name: %v", ms)
	}
	if p, j := entityOf(les, ms, "Pieter Jansen"), entityOf(les, ms, "Jansen"); p == nil || j == nil || p.Key != j.Key {
		t.Errorf("Jansen should join Pieter Jansen: %+v %+v", p, j)
	}
	if !seen["Van Dalen"] || !seen["Naar Buiten"] || !seen["Dan Visser"] {
		t.Errorf("a particle's name, an event or a given name lost its first word: %v", ms)
	}
}
