package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/nl"
)

// domains are the web domains a name of a site or paper may carry:
// "AD.nl", "Stadszaken.nl".
var domains = []string{".nl", ".be", ".com", ".org", ".eu", ".net", ".de", ".fr", ".co.uk"}

// extendSpans widens mentions to what the text shows is part of the
// name: a web domain right after it (AD.nl), an ordinal right before a
// school or other body ("5e Montessorischool"), a capitalised weekday or
// month after a first name ("Jolanda Zondag": Dutch writes weekdays in
// lower case, so a capital one inside a sentence is a family name), and
// a word broken at the end of a line ("Oppen-heimer") that the article
// also writes whole.
func extendSpans(doc *nl.Doc, cs []cand, k *kb.KB) {
	for i := range cs {
		c := &cs[i]
		rest := doc.Text[c.end:]
		for _, d := range domains {
			if len(rest) > len(d) && strings.EqualFold(rest[:len(d)], d) || len(rest) == len(d) && strings.EqualFold(rest, d) {
				if after := rest[len(d):]; after == "" || !startsLetter(after) {
					c.end += len(d)
					if c.typ == "" || c.typ == kroniek.PER || c.typ == kroniek.LOC {
						c.typ = kroniek.ORG
					}
					if k != nil && c.entry == nil {
						for _, e := range k.Lookup(c.text(doc)) {
							if e.Kind == kb.KindOrg {
								c.entry = e
								break
							}
						}
					}
				}
				break
			}
		}
		if ws := strings.Fields(c.text(doc)); c.typ == kroniek.ORG || classOf(ws[len(ws)-1]) == kroniek.ORG {
			if ti := tokenIndex(doc, c.start); ti > 0 {
				p := doc.Tokens[ti-1]
				if ordinalToken(p.Text) && strings.TrimSpace(doc.Text[p.End:c.start]) == "" && c.start-p.End <= 1 {
					c.start = p.Start
					c.entry = nil // "7e Montessorischool" is not the one the name alone may be
				}
			}
		}
		if c.typ == kroniek.PER && !strings.Contains(c.text(doc), " ") {
			if ti := tokenIndex(doc, c.end-1); ti >= 0 && ti+1 < len(doc.Tokens) {
				n := doc.Tokens[ti+1]
				lw := strings.ToLower(n.Text)
				if n.Start == c.end+1 && doc.Text[c.end] == ' ' && n.Text != lw && (nl.Lex().Is(nl.ClassWeekday, lw) || nl.Lex().Is(nl.ClassMonth, lw)) &&
					!startsSentence(doc, n.Start) && firstNameLike(c.text(doc)) {
					c.end = n.End
				}
			}
		}
	}
}

// startsLetter reports whether s begins with a letter or digit.
func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// ordinalToken reports whether a token is an ordinal written in digits:
// 5e, 7de, 21ste.
func ordinalToken(s string) bool {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 {
		return false
	}
	switch s[i:] {
	case "e", "de", "ste":
		return true
	}
	return false
}
