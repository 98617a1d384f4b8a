package event

import (
	"strings"
	"testing"
)

// sideCase is an invented text and the event it must give: type, actor
// text (contained) and recipient text ("" for any).
type sideCase struct{ src, typ, actor, recip string }

// checkSides extracts each case's text and wants an event of its type
// and sides that is neither hypothetical nor negated.
func checkSides(t *testing.T, cases map[string]sideCase) {
	t.Helper()
	for name, c := range cases {
		text, ms, ls := annotate(c.src)
		found := false
		for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
			if e.Type == c.typ && strings.Contains(e.ActorText, c.actor) && (c.recip == "" || e.RecipientText == c.recip) && !e.Hypothetical && !e.Negated {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %q: no %s %s → %s", name, text, c.typ, c.actor, c.recip)
		}
	}
}

// Invented texts: a demonstrative after "en" and the object pronouns
// "hem", "haar" resolve to the side named before; complaint and lawsuit
// frames; a name between commas after a role; a perfect te-infinitive
// under an accusation; "onder wie"; verbs added by PLOVER's definitions.
func TestSides(t *testing.T) {
	checkSides(t, map[string]sideCase{
		"en die":      {"Onderweg belde [Jan Smit|PER] zijn broer. Zijn broer belde de [politie|ORG] en die hield hem aan.", "COERCE", "politie", "Jan Smit"},
		"hem":         {"[Karel de Vries|PER] wil verder. Zijn oud-collega [Anne Bos|PER] heeft hem aangeklaagd wegens smaad.", "ACCUSE", "Anne Bos", "Karel de Vries"},
		"aangifte":    {"[Greenpeace|ORG] doet aangifte tegen [Shell|ORG] wegens vervuiling.", "ACCUSE", "Greenpeace", "Shell"},
		"kort geding": {"[Acme|ORG] spande een kort geding aan tegen [Globex|ORG].", "ACCUSE", "Acme", "Globex"},
		"klagen":      {"[Airbus|ORG] klaagt over de steun van [Boeing|ORG].", "ACCUSE", "Airbus", "Boeing"},
	})
}
