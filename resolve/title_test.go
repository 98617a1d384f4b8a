package resolve

import (
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/ner"
	"github.com/kroniek/kroniek/nl"
)

// TestTitleNames checks, on made-up titles, that a title's names join the
// entity of the text they name and that headline words are no names.
func TestTitleNames(t *testing.T) {
	k := loadKB(t)
	tagger, err := ner.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		title, text string
		want        map[string]string // title mention -> name of its entity ("" for a new one)
	}{
		{"Wiegel zoekt breed college. Interview",
			"Hans Wiegel wil een breed college in de provincie. Hij sprak gisteren met de partijen.",
			map[string]string{"Wiegel": "Hans Wiegel"}},
		{"Kritiek op Baudets plan. Column Marieke Jansen",
			"Thierry Baudet presenteerde dinsdag zijn plan. Baudet wil minder regels.",
			map[string]string{"Baudets": "Thierry Baudet", "Marieke Jansen": ""}},
		{"De Bilde is sceptisch over Chivu",
			"Gilles De Bilde ziet weinig in de komst van Cristian Chivu naar de club.",
			map[string]string{"De Bilde": "Gilles De Bilde", "Chivu": "Cristian Chivu"}},
		{"HET CIJFER VAN DE WEEK", "Het regent de hele dag in de stad.", map[string]string{}},
		// the columnist's signature runs the particles together
		{"Uitstel is beter. Gerrit van Dorrestein Commentaar", "Het kost duizenden banen. Dat is een goede reden. g.vandorrestein",
			map[string]string{"Gerrit van Dorrestein": "Gerrit van Dorrestein"}},
		// the column says the given name alone: the title's full name
		// is that person's (session 13)
		{"Ze zei 'meneer' tegen me. Hans van der Quorbeek: Schuim",
			"Mijn schoonvader zat aan tafel. ,,Eet je bord leeg'', zei hij tegen me. Hans knikte maar wat.",
			map[string]string{"Hans van der Quorbeek": "Hans van der Quorbeek"}},
	} {
		text := nl.Parse(tc.text, nl.Options{Lang: "nl"})
		locals, mentions := Local(text, tagger.Tag(text), k)
		title := nl.Parse(tc.title, nl.Options{Lang: "nl"})
		locals2, tms := Title(title, tagger.Tag(title), tc.text, locals, mentions, k, tagger.Common)
		name := map[string]string{}
		for _, le := range locals2 {
			name[le.Key] = le.Name
		}
		isNew := map[string]bool{}
		for _, le := range locals2[len(locals):] {
			isNew[le.Key] = true
		}
		got := map[string]string{}
		for _, m := range tms {
			if m.Field != kroniek.FieldTitle || tc.title[m.Start:m.End] != m.Text {
				t.Errorf("%q: mention %+v not of the title", tc.title, m)
			}
			if isNew[m.Local] {
				got[m.Text] = ""
			} else {
				got[m.Text] = name[m.Local]
			}
		}
		for w, e := range tc.want {
			if g, ok := got[w]; !ok || g != e {
				t.Errorf("%q: %q names %q (found %v), want %q", tc.title, w, g, ok, e)
			}
		}
		for w := range got {
			if _, ok := tc.want[w]; !ok {
				t.Errorf("%q: unexpected title name %q", tc.title, w)
			}
		}
	}
}

// TestTitleWithoutArticle checks that a title's one-word name finds the
// text's place or body written with De or Het before it.
func TestTitleWithoutArticle(t *testing.T) {
	ix := newTextIndex([]kroniek.LocalEntity{{Key: "L1", Name: "De Mortelhoeve", Type: kroniek.LOC}}, nil)
	if key, rule := ix.find(kroniek.LocalEntity{Name: "Mortelhoeve", Type: kroniek.PER}); key != "L1" || rule != "without the article of" {
		t.Errorf("Mortelhoeve found %q (%q), want L1 (De Mortelhoeve) without the article", key, rule)
	}
}
