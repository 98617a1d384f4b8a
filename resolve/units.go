package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek/amount"
	"github.com/kroniek/kroniek/nl"
)

// dropUnits drops a name of no knowledge-base entry that is a unit of
// measure (alone or heading a compound) right after a number: the tagger
// reads a capitalised unit as a name, "de 3,5 Ghz-band", "de 700 en 2100
// Mhz-banden". The number decides: a hospital "GHZ" with no number
// before it stays.
func dropUnits(doc *nl.Doc, cs []cand) []cand {
	out := cs[:0]
	for _, c := range cs {
		if c.entry == nil && unitWord(c.text(doc)) && afterNumber(doc, c.start) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// unitWord reports whether t, or its part before a hyphen, is a unit
// the figures lexicon knows: "Ghz", "Mhz-band".
func unitWord(t string) bool {
	head, _, _ := strings.Cut(t, "-")
	return !strings.Contains(head, " ") && amount.IsUnit(strings.ToLower(head))
}

// afterNumber reports whether the token before the one at off opens
// with a digit: "3,5", "2100".
func afterNumber(doc *nl.Doc, off int) bool {
	ti := tokenIndex(doc, off)
	if ti < 1 || doc.Tokens[ti].Start != off {
		return false
	}
	r, _ := utf8.DecodeRuneInString(doc.Tokens[ti-1].Text)
	return unicode.IsDigit(r)
}
