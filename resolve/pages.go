package resolve

import (
	"strings"

	"github.com/kroniek/kroniek/nl"
)

// pageWords name a page of a paper; the capital letter and number after
// one is the page ("Pagina V15", "zie pag. B4"), not a name.
var pageWords = setOf("pagina", "pag", "blz", "bladzijde")

// dropPageNumbers drops a name of one capital letter and one to three
// digits of no knowledge-base entry that follows a word for a page: a
// weather column ends "Morgen zon. Pagina V15", a teaser "zie pagina
// B4". A road ("de A2") or a knowledge-base entry stays: only the page
// word before it decides.
func dropPageNumbers(doc *nl.Doc, cs []cand) []cand {
	out := cs[:0]
	for _, c := range cs {
		if c.entry == nil && pageCode(c.text(doc)) && afterPageWord(doc, c.start) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// pageCode reports whether t is one capital letter A-Z and one to three
// digits: "V15", "B4".
func pageCode(t string) bool {
	return len(t) >= 2 && len(t) <= 4 && t[0] >= 'A' && t[0] <= 'Z' && digits(t[1:])
}

// afterPageWord reports whether the token before the one at off is a
// word for a page, with or without its abbreviating full stop.
func afterPageWord(doc *nl.Doc, off int) bool {
	ti := tokenIndex(doc, off)
	if ti < 1 || doc.Tokens[ti].Start != off {
		return false
	}
	j := ti - 1
	if doc.Tokens[j].Text == "." && j > 0 {
		j--
	}
	return pageWords[strings.ToLower(strings.TrimSuffix(doc.Tokens[j].Text, "."))]
}
