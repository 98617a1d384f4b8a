// This file reads the notation of sports results.

package resolve

import (
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// resultTeams types the team in a rider's or athlete's brackets in a
// results list: "2. Koval (Spa/Mov)", "Pieters (Ned/Jum) 8.23.50". The
// word after the slash is the team's short name, a body, whatever the
// tagger or the knowledge base made of it (Bar, Sun, Lot); the country's
// code before the slash is left as it is. The brackets must follow a
// capitalised name right away, and the country's code is two or three
// letters.
func resultTeams(doc *nl.Doc, cs []cand) {
	for i := range cs {
		c := &cs[i]
		ti := tokenIndex(doc, c.start)
		if ti < 4 || doc.Tokens[ti].End != c.end || ti+1 >= len(doc.Tokens) || doc.Tokens[ti+1].Text != ")" {
			continue
		}
		slash, code, open, name := doc.Tokens[ti-1], doc.Tokens[ti-2], doc.Tokens[ti-3], doc.Tokens[ti-4]
		if slash.Text != "/" || open.Text != "(" || !countryCode(code.Text) || !startsUpper(name.Text) || name.Kind != nl.Word {
			continue
		}
		if slash.Start != code.End || c.start != slash.End || code.Start != open.End {
			continue // printed as one: "(Ita/Bar)"
		}
		c.typ, c.classTyped = kroniek.ORG, true
		c.entry, c.fromKB, c.metonym, c.standsFor = nil, false, false, ""
	}
}

// countryCode reports whether w has the shape of a country's code in a
// results list: two or three letters, capitalised (Ned, Ita, GB, ZA).
func countryCode(w string) bool {
	if n := len(w); n < 2 || n > 3 || !startsUpper(w) {
		return false
	}
	for _, r := range w {
		if (r < 'A' || r > 'Z') && (r < 'a' || r > 'z') {
			return false
		}
	}
	return true
}

// resultAthletes types a name right before a country's code in brackets
// in a results list as a person: "9. Formolo (Ita/Bar)", "Pel- lowski
// (Tsj) - Maria (Dui) 6-4 6-3". The brackets hold the code and a team or
// a seed after a slash, or the code alone with a match's " - " before the
// name or after the brackets. Knowledge-base links and roles keep their
// type.
func resultAthletes(doc *nl.Doc, cs []cand) {
	for i := range cs {
		c := &cs[i]
		if c.entry != nil || c.role != "" || c.typ == kroniek.PER {
			continue
		}
		rest, ok := strings.CutPrefix(doc.Text[c.end:], " (")
		if !ok {
			continue
		}
		inner, after, ok := strings.Cut(rest, ")")
		if !ok {
			continue
		}
		code, seed, slashed := strings.Cut(inner, "/")
		if !countryCode(code) || slashed && (seed == "" || strings.ContainsAny(seed, " ()")) {
			continue
		}
		if !slashed && !strings.HasPrefix(after, " - ") && !strings.HasSuffix(doc.Text[:c.start], " - ") {
			continue
		}
		c.typ, c.classTyped = kroniek.PER, true
	}
}
