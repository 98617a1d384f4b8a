package event

import (
	"testing"

	"github.com/kroniek/kroniek/internal/shared"
)

// TestLoad reads the embedded lexicon and checks inflections it derives.
func TestLoad(t *testing.T) {
	lx := shared.Must(t, Load)
	for _, c := range []struct {
		form, verb string
		kind       int
		joined     bool
	}{
		{"gaat", "gaan", formFinite, false},         // vowel doubled in the 3rd person
		{"ontmoet", "ontmoeten", formFinite, false}, // stem in t: 3rd person = stem
		{"riepen", "oproepen", formFinite, false},   // past plural, particle apart
		{"opgeroepen", "oproepen", formPart, true},  // participle with the particle
		{"oproepen", "oproepen", formInf, true},
		{"bel", "opbellen", formStem, false},
		{"staakten", "staken", formFinite, false}, // past plural from the singular
	} {
		found := false
		for _, f := range lx.forms[c.form] {
			if f.Verb.Inf == c.verb && f.Kind&c.kind != 0 && f.Joined == c.joined {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no %s form (kind %d, joined %v)", c.form, c.verb, c.kind, c.joined)
		}
	}
	for _, typ := range eventTypes {
		n := 0
		for _, v := range lx.verbs {
			for _, s := range v.Senses {
				if s.Type == typ {
					n++
				}
			}
			for _, p := range v.Phrases {
				if p.Sense.Type == typ {
					n++
				}
			}
		}
		if n < 3 {
			t.Errorf("%s: only %d verbs and expressions", typ, n)
		}
	}
}
