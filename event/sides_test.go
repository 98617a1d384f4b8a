package event

import "testing"

// Invented texts: a demonstrative after "en" and the object pronoun
// "hem" resolve to the side named before; complaint and lawsuit frames.
func TestDemonstrativeAndObjectPronoun(t *testing.T) {
	cases := []struct {
		src, typ, actor, recip string
	}{
		{"Onderweg belde [Jan Smit|PER] zijn broer. Zijn broer belde de [politie|ORG] en die hield hem aan.", "COERCE", "politie", "Jan Smit"},
		{"[Karel de Vries|PER] wil verder. Zijn oud-collega [Anne Bos|PER] heeft hem aangeklaagd wegens smaad.", "ACCUSE", "Anne Bos", "Karel de Vries"},
		{"[Greenpeace|ORG] doet aangifte tegen [Shell|ORG] wegens vervuiling.", "ACCUSE", "Greenpeace", "Shell"},
		{"[Acme|ORG] spande een kort geding aan tegen [Globex|ORG].", "ACCUSE", "Acme", "Globex"},
		{"[Airbus|ORG] klaagt over de steun van [Boeing|ORG].", "ACCUSE", "Airbus", "Boeing"},
	}
	for _, c := range cases {
		text, ms, ls := annotate(c.src)
		evs := Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12")
		found := false
		for _, e := range evs {
			if e.Type == c.typ && e.ActorText == c.actor && e.RecipientText == c.recip {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %s %s → %s in %+v", text, c.typ, c.actor, c.recip, evs)
		}
	}
}
