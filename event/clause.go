package event

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek/nl"
)

// Clause kinds.
const (
	clauseMain  = iota // main clause: subject before or after the finite verb
	clauseSub          // subordinate clause: verb-final, subject after the opener
	clauseRel          // relative clause: the antecedent may be the subject
	clauseOm           // om … te: the subject is the main clause's
	clauseCoord        // en/of/maar + clause: the subject may be elided
)

// word is one token of a sentence as the extractor sees it.
type word struct {
	nl.Token
	low     string // lowercased text
	mention int    // index into the sorted mentions, or -1
}

// clause is a run of a sentence's words (parentheses left out).
type clause struct {
	kind   int
	opener string // the subordinator, relative pronoun or conjunction
	words  []int  // indexes into the sentence's words
	// inverted is set when the clause starts with its finite verb after a
	// fronted subordinate clause ("…, weigerde Loekasjenko …").
	inverted bool
	// inherited is set when the subject comes from a previous clause.
	inherited bool
	// beforeDat is set when a dat-clause follows (toegeven dat …).
	beforeDat bool
	// checked counts the words already searched for a finite verb, and
	// finite records whether one was found, so that a long list of
	// commas costs linear time.
	checked int
	finite  bool
	// nextOpener is the opener of the clause that follows, if any.
	nextOpener string
}

// isQuoteOrDash reports whether a punctuation token ends a clause.
func isClauseBreak(t string) bool {
	switch t {
	case ";", ":", "–", "—", "―", "…", "-":
		return true
	}
	r, _ := utf8.DecodeRuneInString(t)
	return nl.IsQuoteMark(r) || strings.ContainsRune("\"“”„‘’‚«»", r)
}

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// splitClauses cuts a sentence into clauses at semicolons, colons, dashes
// and quote marks, before subordinators and relative pronouns, before
// coordinated clauses and after a fronted subordinate clause.
func (x *extractor) splitClauses(ws []word) []clause {
	var out []clause
	cur := clause{kind: clauseMain}
	flush := func(next clause) {
		if len(cur.words) > 0 {
			out = append(out, cur)
		}
		cur = next
	}
	depth := 0
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		switch w.Text {
		case "(", "[":
			depth++
			continue
		case ")", "]":
			if depth > 0 {
				depth--
			}
			continue
		}
		if depth > 0 {
			continue
		}
		if w.Kind == nl.Punct {
			if isClauseBreak(w.Text) {
				flush(clause{kind: clauseMain})
				continue
			}
			if w.Text == "," {
				if next := x.nextWord(ws, i); next >= 0 {
					nw := ws[next].low
					switch {
					case x.lx.is("sub", nw) || nw == "dat":
						flush(clause{kind: clauseSub, opener: nw})
						continue
					case nw == "die" || nw == "wat" || nw == "welke" || nw == "wie":
						flush(clause{kind: clauseRel, opener: nw})
						continue
					case x.lx.is("coord", nw):
						flush(clause{kind: clauseCoord, opener: nw})
						continue
					case cur.kind == clauseSub && x.finite(nw):
						flush(clause{kind: clauseMain, inverted: true})
						continue
					case x.reportingTail(ws, i):
						flush(clause{kind: clauseMain, inverted: true})
						continue
					case cur.kind == clauseMain && x.clauseFinite(ws, &cur) && x.newMainClause(ws, i):
						flush(clause{kind: clauseMain})
						continue
					case (cur.kind == clauseRel || cur.kind == clauseSub && (cur.opener == "dat" || cur.opener == "die")) && x.clauseFinite(ws, &cur) && !x.finiteBefore(ws, i):
						// "erkent Kosovo, dat …, nog altijd niet": back to the main clause
						if m := lastMain(out); m >= 0 {
							out = append(out, cur)
							cur = out[m]
							out = append(out[:m], out[m+1:]...)
							continue
						}
					}
				}
			}
			cur.words = append(cur.words, i)
			continue
		}
		if len(cur.words) > 0 && w.Kind == nl.Word {
			switch {
			case x.lx.is("sub", w.low) && (!weakSub[w.low] || x.startsPhrase(ws, i)):
				flush(clause{kind: clauseSub, opener: w.low})
			case w.low == "dat" && x.complementiser(ws, i):
				flush(clause{kind: clauseSub, opener: w.low})
			case w.low == "maar" || w.low == "want":
				flush(clause{kind: clauseCoord, opener: w.low})
			case (w.low == "en" || w.low == "of") && x.startsClause(ws, i):
				flush(clause{kind: clauseCoord, opener: w.low})
			case w.low == "om" && x.omTe(ws, i):
				flush(clause{kind: clauseOm, opener: w.low})
			}
		} else if len(cur.words) == 0 && w.Kind == nl.Word && x.lx.is("sub", w.low) && (!weakSub[w.low] || x.commaLater(ws, i)) {
			// a subordinator opening the sentence or a clause after a colon
			cur.kind, cur.opener = clauseSub, w.low
		}
		cur.words = append(cur.words, i)
	}
	flush(clause{})
	return out
}

// weakSub lists subordinators that are also adverbs or prepositions; they
// open a clause only after a comma or at the start of a sentence.
var weakSub = map[string]bool{"als": true, "nu": true, "toen": true, "zoals": true}

func (x *extractor) nextWord(ws []word, i int) int {
	for j := i + 1; j < len(ws); j++ {
		if ws[j].Kind == nl.Word {
			return j
		}
		if ws[j].Text != "(" && ws[j].Text != ")" {
			return -1
		}
	}
	return -1
}

// finite reports whether w is a finite verb the lexicon knows.
func (x *extractor) finite(w string) bool {
	if x.lx.is("aux", w) {
		return true
	}
	for _, f := range x.lx.forms[w] {
		if f.Kind&formFinite != 0 && f.Kind&formInf == 0 {
			return true
		}
	}
	return false
}

// complementiser reports whether "dat" at i introduces a clause rather than
// being a determiner ("dat land") or a fronted pronoun.
func (x *extractor) complementiser(ws []word, i int) bool {
	j := x.nextWord(ws, i)
	if j < 0 {
		return false
	}
	n := ws[j]
	if n.mention >= 0 || x.lx.is("pron", n.low) || n.low == "er" || n.low == "het" || n.low == "we" || n.low == "wij" || n.low == "u" || n.low == "men" {
		return true
	}
	if x.lx.is("det", n.low) && n.low != "dat" || x.lx.is("sub", n.low) || capitalised(n.Text) {
		return true
	}
	_, grp := x.lx.group(n.low)
	return grp
}

// startsClause reports whether en/of at i coordinates a clause: a finite
// verb follows at once.
func (x *extractor) startsClause(ws []word, i int) bool {
	j := x.nextWord(ws, i)
	return j >= 0 && ws[j].mention < 0 && x.finite(ws[j].low) && !x.lx.is("prep", ws[j].low)
}

// omTe reports whether "om" at i opens an om … te clause.
func (x *extractor) omTe(ws []word, i int) bool {
	for j := i + 1; j < len(ws) && j < i+12; j++ {
		if ws[j].Text == "," || isClauseBreak(ws[j].Text) {
			return false
		}
		if ws[j].low == "te" {
			return true
		}
	}
	return false
}

// commaLater reports whether a comma follows word i in the sentence: a
// sentence-initial "als" or "toen" opens a clause only then.
func (x *extractor) commaLater(ws []word, i int) bool {
	for j := i + 1; j < len(ws); j++ {
		if ws[j].Text == "," {
			return true
		}
	}
	return false
}

// clauseFinite is hasFinite over a clause being built, looking only at the
// words added since it last looked.
func (x *extractor) clauseFinite(ws []word, c *clause) bool {
	if !c.finite && c.checked < len(c.words) {
		c.finite = x.hasFinite(ws, c.words[c.checked:])
		c.checked = len(c.words)
	}
	return c.finite
}

// hasFinite reports whether the words hold a finite verb.
func (x *extractor) hasFinite(ws []word, idx []int) bool {
	for _, i := range idx {
		if ws[i].mention < 0 && x.finite(ws[i].low) {
			return true
		}
	}
	return false
}

// newMainClause reports whether the comma at i starts a second main
// clause: a subject (determiner, name, pronoun or group) followed by a
// finite verb before the next comma ("…, de politie is verdwenen").
func (x *extractor) newMainClause(ws []word, i int) bool {
	j := x.nextWord(ws, i)
	if j < 0 {
		return false
	}
	n := ws[j]
	_, grp := x.lx.group(n.low)
	if !(n.mention >= 0 || x.lx.is("pron", n.low) || grp || x.lx.is("det", n.low) && n.low != "dat" && n.low != "die") {
		return false
	}
	for k := j + 1; k < len(ws) && ws[k].Text != ","; k++ {
		if x.lx.is("prep", ws[k].low) && k == j+1 {
			return false
		}
		if ws[k].mention < 0 && x.finite(ws[k].low) {
			return true
		}
	}
	return false
}

// startsPhrase reports whether a subject-like phrase follows word i: a
// determiner, name, pronoun or group.
func (x *extractor) startsPhrase(ws []word, i int) bool {
	j := x.nextWord(ws, i)
	if j < 0 || j != i+1 {
		return false
	}
	n := ws[j]
	_, grp := x.lx.group(n.low)
	return n.mention >= 0 || x.lx.is("pron", n.low) || grp || n.low == "er" || x.lx.is("det", n.low) && n.low != "dat" && n.low != "die"
}

// finiteBefore reports whether a finite verb follows word i before the
// next comma or clause break.
func (x *extractor) finiteBefore(ws []word, i int) bool {
	for k := i + 1; k < len(ws) && ws[k].Text != "," && !isClauseBreak(ws[k].Text); k++ {
		if ws[k].mention < 0 && x.finite(ws[k].low) {
			return true
		}
	}
	return false
}

// lastMain is the index of the last main clause in cs, or -1.
func lastMain(cs []clause) int {
	for i := len(cs) - 1; i >= 0; i-- {
		if cs[i].kind == clauseMain {
			return i
		}
	}
	return -1
}

// reportingTail reports whether the comma at i opens a short inverted
// reporting clause that ends the sentence ("…, zei hij." "…, schreef Michel.").
func (x *extractor) reportingTail(ws []word, i int) bool {
	j := x.nextWord(ws, i)
	if j < 0 || j+1 >= len(ws) || capitalised(ws[j].Text) || x.lx.is("prep", ws[j].low) || x.lx.is("det", ws[j].low) {
		return false
	}
	n := ws[j+1]
	if !(x.lx.is("subjpron", n.low) && n.low != "het" || n.mention >= 0) {
		return false
	}
	if len(nl.Lex().Lookup(nl.ClassSpeechVerb, ws[j].low)) == 0 {
		return false // ", diende Erdogan van repliek": no reporting verb
	}
	words := 0
	for k := j; k < len(ws); k++ {
		if ws[k].Kind == nl.Word {
			words++
		}
	}
	return words <= 6
}
