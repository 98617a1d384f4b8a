package resolve

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// TestContextsKeepSameNamesApart checks that a one-word name two articles
// share stays two entities when one article's context says a person ("het
// zusje van Lumo") and the other's a body ("filmtheater Lumo"), and still
// joins when the contexts agree or say nothing. Made-up text; without the
// contextsDisagree guard the child and the cinema join (checked).
func TestContextsKeepSameNamesApart(t *testing.T) {
	es := annotatedCorpus(t,
		"Op 3 maart is Noor geboren. Ze is het zusje van Lumo. Opa en oma zijn blij.",
		"De prijzen werden in filmtheater Lumo in Zwolle uitgereikt. Het filmtheater Lumo bestaat veertig jaar.",
		"De film draait vanaf morgen in filmtheater Lumo in Zwolle.",
	)
	ids := map[string]string{}
	for _, e := range es {
		for _, m := range e.Mentions {
			if m.Text == "Lumo" {
				ids[m.Article] = e.ID
			}
		}
	}
	if ids["a0"] == "" || ids["a0"] == ids["a1"] {
		t.Errorf("the child Lumo joined the cinema Lumo (or is no mention): %v", ids)
	}
	if ids["a1"] == "" || ids["a1"] != ids["a2"] {
		t.Errorf("the cinema Lumo of two articles did not join: %v", ids)
	}
}

// TestContextKind checks the kinds contextKind reads around mentions.
func TestContextKind(t *testing.T) {
	for _, c := range []struct {
		text, name, want string
	}{
		{"Ze is het zusje van Lumo.", "Lumo", kroniek.PER},
		{"Gisteren sprak meneer Lumo de raad toe.", "Lumo", kroniek.PER},
		{"Lumo (7) won de tekenwedstrijd.", "Lumo", kroniek.PER},
		{"De prijs werd in filmtheater Lumo uitgereikt.", "Lumo", kroniek.ORG},
		{"Het festival Lumo trok veel bezoekers.", "Lumo", kroniek.MISC},
		{"Ze woont al jaren in Lumo.", "Lumo", kroniek.LOC},
		{"Lumo wint de prijs.", "Lumo", ""},
		{"De man van Lumo kwam niet.", "Lumo", ""},
		{"Ze is het zusje van Lumo. Het filmtheater Lumo is dicht.", "Lumo", ""},
	} {
		var ms []kroniek.Mention
		for off := 0; strings.Contains(c.text[off:], c.name); {
			i := off + strings.Index(c.text[off:], c.name)
			ms = append(ms, kroniek.Mention{Start: i, End: i + len(c.name), Text: c.name})
			off = i + len(c.name)
		}
		if got := contextKind(c.text, ms); got != c.want {
			t.Errorf("%q: contextKind = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestSession20bClassHeads checks the class nouns this session added and
// that a body's name stops before its chairman's full name: "coffeeshop X"
// is a business, a compound of "beraad" a body, of "referendum" a vote.
// Made-up text.
func TestSession20bClassHeads(t *testing.T) {
	es := annotatedCorpus(t,
		"Een explosief ontplofte voor coffeeshop Oase in de nacht.",
		"De partijen lazen de voorstellen van het Zorgberaad van Jan Smeulders, maar vonden ze te mager.",
		"Forum werd in 2016 opgericht rond het Tolreferendum en groeide snel.",
	)
	want := map[string]string{"Oase": kroniek.ORG, "Zorgberaad": kroniek.ORG, "Jan Smeulders": kroniek.PER, "Tolreferendum": kroniek.MISC}
	got := map[string]string{}
	for _, e := range es {
		for _, m := range e.Mentions {
			got[m.Text] = e.Type
		}
	}
	for name, typ := range want {
		if got[name] != typ {
			t.Errorf("%s: type %q, want %q (mentions %v)", name, got[name], typ, got)
		}
	}
}

// TestRelativeOf checks that a relative and "van" before a name say a
// person, and that a firm's "dochter" or "moeder" does not. Made-up text.
func TestRelativeOf(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"Ze is het zusje van Lumo.", "Lumo", true},
		{"Hij is de weduwnaar van Lumo.", "Lumo", true},
		{"Het bedrijf is een dochter van Lumo.", "Lumo", false},
		{"Het is de moeder van Lumo.", "Lumo", false},
		{"Ze woont in het huis van Lumo.", "Lumo", false},
	} {
		doc := nl.Parse(c.text, nl.Options{Lang: "nl"})
		ti := -1
		for i, tok := range doc.Tokens {
			if tok.Text == c.name {
				ti = i
			}
		}
		if got := relativeOf(doc, ti); got != c.want {
			t.Errorf("%q: relativeOf = %v, want %v", c.text, got, c.want)
		}
	}
	es := annotatedCorpus(t, "Op 3 maart is Noor geboren. Ze is het zusje van Lumo. Opa en oma zijn blij.")
	for _, e := range es {
		if e.Name == "Lumo" && e.Type != kroniek.PER {
			t.Errorf("the sister's Lumo typed %s, want PER", e.Type)
		}
	}
}

// TestClassNounOverTaggersBody checks that a class noun before one mention
// outweighs one tagger's body elsewhere ("het festival Lumolux" is a
// festival) but not five ("het merk Voltra" beside a firm named five
// times). Made-up text.
func TestClassNounOverTaggersBody(t *testing.T) {
	es := annotatedCorpus(t,
		"Facebook heeft een advertentie van het festival Lumolux tegengehouden. Lumolux trekt veel bezoekers.",
		"Het merk Voltra is populair. Voltra verkoopt veel. Voltra groeit. Voltra opent een fabriek. Voltra heeft winst.",
	)
	want := map[string]string{"Lumolux": kroniek.MISC, "Voltra": kroniek.ORG}
	for _, e := range es {
		if w, ok := want[e.Name]; ok && e.Type != w {
			t.Errorf("%s typed %s, want %s", e.Name, e.Type, w)
		}
		delete(want, e.Name)
	}
	if len(want) > 0 {
		t.Errorf("no entity for %v", want)
	}
}
