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
// particle is one name again, that a Dutch particle joins a person only
// to a family name the tagger took for a person or a place, never to a
// body ("Joris van Stedin", Stedin's Joris) nor a church, and that it
// joins no family name of the article's other person to anything
// (made-up names).
func TestParticleNames(t *testing.T) {
	text := "Met Samira al Velkamp en Joris van Stedin, Wessel van de Dorrestein, Pieter van de Velkampkerk en Tjeerd Brons. Brons van Hoorneveld."
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	at := func(s, typ string) cand { return candAt(text, s, typ) }
	cs := joinParticleNames(doc, []cand{at("Samira", kroniek.PER), at("Velkamp", kroniek.PER), at("Joris", kroniek.PER), at("Stedin", kroniek.ORG),
		at("Wessel", kroniek.ORG), at("Dorrestein", kroniek.LOC), at("Pieter", kroniek.PER), at("Velkampkerk", kroniek.LOC),
		at("Tjeerd Brons", kroniek.PER), {start: strings.LastIndex(text, "Brons"), end: strings.LastIndex(text, "Brons") + len("Brons"), typ: kroniek.PER},
		at("Hoorneveld", kroniek.LOC)}, nil)
	var got []string
	for _, c := range cs {
		got = append(got, c.text(doc)+"/"+c.typ)
	}
	want := "Samira al Velkamp/PER, Joris/PER, Stedin/ORG, Wessel van de Dorrestein/PER, Pieter/PER, Velkampkerk/LOC, Tjeerd Brons/PER, Brons/PER, Hoorneveld/LOC"
	if strings.Join(got, ", ") != want {
		t.Errorf("joinParticleNames:\n got %s\nwant %s", strings.Join(got, ", "), want)
	}
}
