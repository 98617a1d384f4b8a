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
// results list: two capitals or a capital and a lower-case letter or
// two (GB, ZA, Ned, Ita); not an acronym of three capitals (AVG, NHS).
func countryCode(w string) bool {
	if n := len(w); n < 2 || n > 3 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		lower := w[i] >= 'a' && w[i] <= 'z'
		if !lower && (len(w) == 3 || w[i] < 'A' || w[i] > 'Z') {
			return false
		}
	}
	return true
}

// resultAthletes types a name right before a country's code in brackets
// in a results list as a person: "9. Formolo (Ita/Bar)", "Pel- lowski
// (Tsj) - Maria (Dui) 6-4 6-3". The brackets hold the code and a team or
// a seed after a slash, or the code alone with a match's " - " before the
// name, after another's brackets, or after the brackets, before another
// name and its code. Knowledge-base links and roles keep their type.
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
		if !slashed && !strings.HasSuffix(doc.Text[:c.start], ") - ") && !(strings.HasPrefix(after, " - ") && codeAhead(after[len(" - "):])) {
			continue // "de Index (PMI) - een index …" is no match
		}
		c.typ, c.classTyped = kroniek.PER, true
	}
}

// codeAhead reports whether s opens with a name of one or two words and
// a country's code in brackets after it: "Maria (Dui) 6-4".
func codeAhead(s string) bool {
	i := strings.Index(s, " (")
	if i < 1 || i > 40 || strings.Count(s[:i], " ") > 1 || !startsUpper(s) {
		return false
	}
	inner, _, ok := strings.Cut(s[i+2:], ")")
	code, _, _ := strings.Cut(inner, "/")
	return ok && countryCode(code)
}
