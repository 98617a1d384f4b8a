// This file reads the notation of sports results.

package resolve

import (
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
