package event

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// sideNames lists the entity names of an event side.
func sideNames(keys []string, ls []kroniek.LocalEntity) string {
	var out []string
	for _, k := range keys {
		for _, l := range ls {
			if l.Key == k {
				out = append(out, l.Name)
			}
		}
	}
	return strings.Join(out, ",")
}

// TestSession8Sides checks the readings added in session 8: a noun
// received (heeft een vermaning van Y gekregen: Y acts on the subject), a
// role phrase the article gives one person as the recipient of a verb
// that needs a named one, plural agreement nouns, and the members of an
// organisation standing for it.
func TestSession8Sides(t *testing.T) {
	cases := []struct {
		text, typ, actor, recip string
	}{
		{"En recent werd bekend dat ook de groene [Triodos Bank|ORG] een vermaning van [DNB|ORG] heeft gekregen.", "ACCUSE", "DNB", "Triodos Bank"},
		{"Eerder had [Fox] akkoorden gesloten met [Zwitserland|LOC] en [Chili|LOC].", "AGREE", "Fox", "Zwitserland,Chili"},
		{"Justitieminister [Ferd Grapperhaus] wil er niets van weten. Maar [Henk Krol] daagt de minister opnieuw uit om de maffia aan te pakken.", "REQUEST", "Henk Krol", "Ferd Grapperhaus"},
		{"Het bestuur van [La Scala|ORG] heeft de dirigent [Riccardo Muti] ontslagen.", "SANCTION", "La Scala", "Riccardo Muti"},
	}
	for _, c := range cases {
		text, ms, ls := annotate(c.text)
		found := false
		var got []string
		for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2019-03-12") {
			a, r := sideNames(e.ActorLocal, ls), sideNames(e.RecipientLocal, ls)
			got = append(got, e.Type+" "+a+" → "+r)
			if e.Type == c.typ && a == c.actor && r == c.recip {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: want %s %s → %s, got %v", c.text, c.typ, c.actor, c.recip, got)
		}
	}
}
