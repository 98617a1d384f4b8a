package http

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestSpellingsQuery: a search for an entity's name finds its other
// spellings, but not a spelling that is only a word of a longer one (a
// given name, a head noun): "Rutte" must not find every Mark.
func TestSpellingsQuery(t *testing.T) {
	rutte := &kroniek.Entity{Name: "Mark Rutte", Type: kroniek.PER, Aliases: []string{"Mark", "Mark Rutte", "Rutte"}}
	eu := &kroniek.Entity{Name: "Europese Unie", Type: "ORG", Aliases: []string{"EU", "Europese Unie", "Unie"}}
	by := &kroniek.Entity{Name: "Wit-Rusland", Type: "LOC", Aliases: []string{"Belarus", "Wit-Rusland"}}
	for _, c := range []struct {
		e           *kroniek.Entity
		typed, want string
	}{
		{rutte, "Rutte", `"Mark Rutte" OR "Rutte"`},
		{rutte, "mark", `"Mark Rutte" OR "Mark" OR "Rutte"`},
		{eu, "EU", `"Europese Unie" OR "EU"`},
		{eu, "Unie", `"Europese Unie" OR "EU" OR "Unie"`},
		{by, "Belarus", `"Wit-Rusland" OR "Belarus"`},
	} {
		if got := spellingsQuery(c.e, c.typed); got != c.want {
			t.Errorf("%s typed %q: %s, want %s", c.e.Name, c.typed, got, c.want)
		}
	}
}

// TestDutchSentences: the Dutch page texts that were no sentences are
// ("…zoals de gebeurtenissen die noemen"; "…met een datum: analyseer
// artikelen met: …", two colons where the English has a full stop).
func TestDutchSentences(t *testing.T) {
	for key, want := range map[string]string{
		"generic_note": "Een groep zonder eigen naam, zoals de gebeurtenissen haar noemen.",
		"since_nodate": "Nog geen artikelen met een datum. Analyseer artikelen met: kroniek analyze PAD",
	} {
		if got := labels["nl"][key]; got != want {
			t.Errorf("%s in Dutch: %q, want %q", key, got, want)
		}
	}
}

// TestSnippetPhraseOneMark: neighbouring hits of a snippet are one mark.
func TestSnippetPhraseOneMark(t *testing.T) {
	for in, want := range map[string]string{
		"in \x02Den\x03 \x02Haag\x03 is": "in <mark>Den Haag</mark> is",
		"\x02Den\x03, \x02Haag\x03":      "<mark>Den</mark>, <mark>Haag</mark>",
		"a <b> \x02x\x03":                "a &lt;b&gt; <mark>x</mark>",
		"unbalanced \x02x":               "unbalanced x",
	} {
		if got := string(snippetHTML(in)); got != want {
			t.Errorf("snippetHTML(%q) = %q, want %q", in, got, want)
		}
	}
}
