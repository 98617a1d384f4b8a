// This file joins a body's name to the cause after "tegen" or "voor"
// when the tagger cut the name at the small word.

package resolve

import (
	"strings"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// causeGaps are the words between a body's word and the cause it stands
// for or against.
var causeGaps = setOf(" tegen ", " voor ")

// joinCauseNames makes one name of a body's one word, "tegen" or "voor"
// and one capitalised word the lexicons know as a common noun, which the
// tagger made names of their own: "de Coalitie tegen Kindereenzaamheid",
// "het Fonds voor Zeldzaamheid". A common noun is capitalised inside a
// sentence only as a word of a name, so the three words are one name. A
// name after the small word is its own ("Ajax tegen Feyenoord": a match),
// and so is a word the knowledge base links or a role's.
func joinCauseNames(doc *nl.Doc, cs []cand) []cand {
	out := cs[:0]
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		if i+1 < len(cs) && causeBody(doc, c) && c.end <= cs[i+1].start && causeGaps[doc.Text[c.end:cs[i+1].start]] && causeNoun(doc, cs[i+1]) {
			c.end, c.ofJoined = cs[i+1].end, true
			i++
		}
		out = append(out, c)
	}
	return out
}

// causeBody reports whether c can open such a name: one word, unlinked,
// no role's, that the tagger or a class noun made a body or a thing.
func causeBody(doc *nl.Doc, c cand) bool {
	t := c.text(doc)
	return c.entry == nil && c.role == "" && !strings.ContainsAny(t, " -") && startsUpper(t) && strings.ToUpper(t) != t &&
		(c.typ == kroniek.ORG || c.typ == kroniek.MISC || classOf(t) == kroniek.ORG)
}

// causeNoun reports whether q is one capitalised word, unlinked and no
// role's, that the lexicons know as a common word (Kindereenzaamheid),
// not a name (Feyenoord).
func causeNoun(doc *nl.Doc, q cand) bool {
	w := q.text(doc)
	return q.entry == nil && q.role == "" && !strings.ContainsAny(w, " -") && upperCount(w) == 1 && startsUpper(w) &&
		!startsSentence(doc, q.start) && (doc.CommonWord(w) || commonTail(doc, w))
}

// commonTail reports whether w ends in a common word of six letters or
// more after a head of four or more: Kinderarmoede (kinder+armoede),
// whose linking -er the lexicons' compound check does not take. Names
// rarely end so (Feyenoord, Amsterdam do not).
func commonTail(doc *nl.Doc, w string) bool {
	lw := strings.ToLower(w)
	for k := 4; k+6 <= len(lw); k++ {
		if utf8.RuneStart(lw[k]) && doc.CommonWord(lw[k:]) {
			return true
		}
	}
	return false
}
