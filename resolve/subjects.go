package resolve

import (
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// personVerbs are verbs whose subject, in news prose, is a person and
// hardly ever a place or a thing: "X zegt", "X overleed", "X lachte".
var personVerbs = setOf("zeggen", "vertellen", "overlijden", "sterven", "lachen", "huilen",
	"glimlachen", "zuchten", "trouwen")

// typeBySubject types PER a name the tagger typed LOC or MISC that the
// parse makes the subject of a verb only people do ("Hincapie zegt",
// "Kapopoulos overleed"), when nothing marks a body or a place: no link,
// role or class noun, no article before it ("de Raad zegt"), not written
// in capitals (an acronym), and no other mention of the name in the
// article that is not such a subject (the type stays the tagger's then).
func typeBySubject(doc *nl.Doc, cs []cand) {
	if doc.Lang != "" && doc.Lang != "nl" {
		return
	}
	subj, other := map[string]bool{}, map[string]bool{}
	for i := range cs {
		c := &cs[i]
		name := c.text(doc)
		if personSubject(doc, c) {
			subj[name] = true
		} else {
			other[name] = true
		}
	}
	for i := range cs {
		c := &cs[i]
		if name := c.text(doc); subj[name] && !other[name] {
			c.typ = kroniek.PER
		}
	}
}

// personSubject reports whether c, an unlinked LOC or MISC name, is the
// subject of a person verb with nothing marking a body.
func personSubject(doc *nl.Doc, c *cand) bool {
	if c.entry != nil || c.role != "" || c.classTyped || c.typ != kroniek.LOC && c.typ != kroniek.MISC {
		return false
	}
	name := c.text(doc)
	if strings.ToUpper(name) == name || acronymLike(strings.Fields(name)[0]) || strings.Contains(name, "-") {
		return false // an acronym, a compound (VVD-Kamerleden, SP-Tweede)
	}
	for _, w := range strings.Fields(name) {
		if !startsUpper(w) && !nl.Lex().Is(nl.ClassParticle, strings.ToLower(w)) {
			return false
		}
	}
	first, last := tokenIndex(doc, c.start), tokenIndex(doc, c.end-1)
	if first < 0 || last < first {
		return false
	}
	if first > 0 {
		switch strings.ToLower(doc.Tokens[first-1].Text) {
		case "de", "het", "'t", "een":
			return false
		}
	}
	if s := doc.SentenceOf(first); s < 0 || !doc.Parsed(s) {
		return false
	}
	// the name's head: its one token whose head lies outside the name
	head := -1
	for k := first; k <= last; k++ {
		if h := doc.Tokens[k].Head; h < first || h > last {
			if head >= 0 {
				return false
			}
			head = k
		}
	}
	if head < 0 || doc.Tokens[head].Rel != "nsubj" {
		return false
	}
	v := doc.Tokens[head].Head
	if v < 0 || !personVerbs[doc.Tokens[v].Lemma] {
		return false
	}
	// a quotation between them: the name is inside the quote, the parse
	// took it for the speaker ("Dit is Montessori", zegt een vriend)
	lo, hi := min(head, v), max(head, v)
	for k := lo + 1; k < hi; k++ {
		if nl.IsQuoteToken(doc.Tokens[k].Text) {
			return false
		}
	}
	return true
}
