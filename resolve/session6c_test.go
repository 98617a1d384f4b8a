package resolve

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// TestQualifiedBodies checks the cues that keep one name of several
// referents apart across articles: a place adjective before it, a
// portfolio written as its ministry, an indefinite article before a lone
// name (made-up text).
func TestQualifiedBodies(t *testing.T) {
	for _, c := range []struct {
		before, want string
	}{
		{"volgens de Zwolse ", "Zwolse"},
		{"steun van het Japanse ", "Japanse"},
		{"volgens de Nederlandse ", ""},
		{"De ", ""},
		{"de grote ", ""},
	} {
		if got, _ := placeAdjectiveBefore(c.before); got != c.want {
			t.Errorf("placeAdjectiveBefore(%q) = %q, want %q", c.before, got, c.want)
		}
	}
	if !regionAdjective("Zwolse") || regionAdjective("Japanse") {
		t.Error("regionAdjective: Zwolse is a region's, Japanse a country's")
	}
	if !isPortfolio("ministerie van Defensie") || !isPortfolio("Justitie") || isPortfolio("ministerie van Velkamp") {
		t.Error("isPortfolio")
	}
	for in, want := range map[string]bool{"een echte ": true, "Een ": true, "een zwetende ": false, "de ": false, "een": false} {
		if got := indefiniteBefore(in); got != want {
			t.Errorf("indefiniteBefore(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestAcronymAfterPerson checks that an acronym in parentheses after a
// person's family name is a body, never the person (made-up names).
func TestAcronymAfterPerson(t *testing.T) {
	text := "Student Joris Velkamp stemt links. Velkamp (ZL): 'Wij willen meer.' Velkamp zweeg daarna."
	les, ms := localOf(t, text, "nl", true)
	p := entityOf(les, ms, "Joris Velkamp")
	zl := entityOf(les, ms, "ZL")
	if p == nil || p.Type != kroniek.PER {
		t.Fatalf("the person: %+v", p)
	}
	if zl == nil || zl == p || zl.Type == kroniek.PER {
		t.Errorf("ZL: %+v, the person %+v", zl, p)
	}
}

// TestMinistryCountry checks that "het Japanse ministerie van Defensie"
// is no Dutch ministry in the corpus (made-up text).
func TestMinistryCountry(t *testing.T) {
	arts := []*kroniek.Article{
		{ID: "a", Lang: "nl", Text: "Minister Velkamp van Defensie sprak in Den Haag. Het ministerie van Defensie zweeg."},
		{ID: "b", Lang: "nl", Text: "Daarna werd volgens het Japanse ministerie van Defensie niets meer van hem vernomen."},
	}
	es := Corpus(arts, analyseWith(t, loadKB(t), arts, capTag))
	var nl, jp *kroniek.Entity
	for _, e := range es {
		for _, m := range e.Mentions {
			if m.Text == "ministerie van Defensie" && m.Article == "a" {
				nl = e
			}
			if m.Text == "ministerie van Defensie" && m.Article == "b" {
				jp = e
			}
		}
	}
	if nl == nil || jp == nil || nl == jp || jp.Country != "JP" {
		t.Errorf("Dutch %+v, Japanese %+v", nl, jp)
	}
}

// TestParticleNames checks that a person the tagger split at a foreign
// particle is one name again, and that a Dutch particle joins nothing
// (made-up names).
func TestParticleNames(t *testing.T) {
	text := "Met Samira al Velkamp en Joris van Stedin."
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	at := func(s string) cand {
		i := strings.Index(text, s)
		return cand{start: i, end: i + len(s), typ: kroniek.PER}
	}
	cs := joinParticleNames(doc, []cand{at("Samira"), at("Velkamp"), at("Joris"), at("Stedin")}, nil)
	if len(cs) != 3 || cs[0].text(doc) != "Samira al Velkamp" || cs[1].text(doc) != "Joris" {
		for _, c := range cs {
			t.Log(c.text(doc))
		}
		t.Error("joinParticleNames")
	}
}
