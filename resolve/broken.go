// This file mends names whose last word a line break cut after a hyphen
// and a space, as the paper's layout left it in the text.

package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek/nl"
)

// brokenTails widens a name whose last word goes on after "- " in lower
// case with letters no Dutch word is made of: "Michael Mat- thews",
// "de traditie Mebuug- buugan". The tail is the rest of the word a line
// break cut, so it is part of the name. A tail that is a word of its own
// ("GroenLinks- leider", "Tubantia- app", a compound of the name printed
// across the break) or a function word ("Noord- en Zuid-Holland") leaves
// the name alone. The name is compared by the word made whole where the
// article also prints it whole (Matthews), else by the hyphenated word
// (Mebuug-buugan). Offsets stay those of the printed text. A name the
// knowledge base knows is whole already ("Tubantia- app" is a compound),
// and a headline has no line breaks ("Smollett- gate" is a compound
// written so). It needs the lexicons of an annotated document; without
// them it does nothing.
func brokenTails(doc *nl.Doc, cs []cand, words func(string) bool, title bool) {
	if title || doc.Lang != "" && doc.Lang != "nl" || !doc.CommonWord("woord") {
		return // not annotated: no lexicon to tell a tail from a word
	}
	for i := range cs {
		c := &cs[i]
		end, ok := brokenTail(doc, c.end)
		if !ok || c.broken || c.spaced || c.entry != nil {
			continue
		}
		t := c.text(doc)
		last := t[strings.LastIndexByte(t, ' ')+1:]
		tail := doc.Text[c.end+2 : end]
		c.end = end
		if words != nil && words(last+tail) {
			c.broken = true
		} else {
			c.spaced = true
		}
	}
}

// brokenTail returns the end of the rest of a word cut at a line break
// right after offset end: "- " and a run of lower-case letters that is
// neither a word of the lexicons nor a function word, up to a letter's
// end. The letter before end must be a lower-case one (Mat- thews; an
// acronym's "AZG- jeeps" is a compound).
func brokenTail(doc *nl.Doc, end int) (int, bool) {
	if end < 1 || !strings.HasPrefix(doc.Text[end:], "- ") {
		return 0, false
	}
	if r, _ := utf8.DecodeLastRuneInString(doc.Text[:end]); !unicode.IsLower(r) {
		return 0, false
	}
	j := end + 2
	for j < len(doc.Text) {
		r, n := utf8.DecodeRuneInString(doc.Text[j:])
		if !unicode.IsLower(r) {
			break
		}
		j += n
	}
	if j-(end+2) < 2 {
		return 0, false
	}
	if j < len(doc.Text) {
		if r, _ := utf8.DecodeRuneInString(doc.Text[j:]); unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' {
			return 0, false
		}
	}
	tail := doc.Text[end+2 : j]
	if nl.IsStopword(tail) || doc.CommonWord(tail) {
		return 0, false
	}
	return j, true
}
