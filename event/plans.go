package event

import (
	"strings"

	"github.com/kroniek/kroniek/nl"
)

// Plans and borrowed times: a meeting announced in the present tense, or
// one the parse hangs on a time still to come, has not taken place yet; it
// is coded but made hypothetical so that it is not shown as a deed done.
// A time that belongs to a noun of the clause (de top van vanavond) is not
// the deed's date.

// presentGaan reports whether the trigger of a meeting is led by a present
// form of gaan with no date of its own ("De minister gaat met de gemeenten
// om tafel", "Wij gaan in gesprek met de buurt", invented after real
// sentences): Dutch news announces a meeting to come so, while one that
// took place is told in the past (ging … om tafel) or dated (gaat vandaag
// … in gesprek). A gaan after te is an infinitive, left to its governor.
func (x *extractor) presentGaan(s *sentenceCtx, c *clause, t trigger) bool {
	for _, p := range t.pos {
		wi := c.words[p]
		if w := s.words[wi].low; w != "gaat" && w != "gaan" {
			continue
		}
		if wi > 0 && s.words[wi-1].low == "te" {
			continue
		}
		return true
	}
	return false
}

// futureHead reports whether the parse hangs noun trigger t on a time
// still to come, or on a verb that has one: `"We hebben morgen een gesprek
// met X", zegt Y` (invented after a real sentence) is parsed with the noun
// under "morgen" and the quote's clause cut off from it, so the clause's
// own words do not show the time. The walk goes up from the noun to the
// first verb and looks at the words on the way and that verb's own
// dependents.
func (x *extractor) futureHead(s *sentenceCtx, c *clause, t trigger) bool {
	d := x.doc
	if !t.noun || d == nil || !d.Parsed(s.index) {
		return false
	}
	base := s.sent.First
	inSent := func(i int) bool { return i >= base && i < base+len(s.words) }
	h := d.Tokens[base+c.words[t.pos[0]]].Head
	for n := 0; inSent(h) && n < 4; n++ {
		if x.lx.is("futuretime", s.words[h-base].low) {
			return true
		}
		if tk := d.Tokens[h]; tk.POS == nl.VERB || tk.POS == nl.AUX {
			for p := range s.words {
				if d.Tokens[base+p].Head == h && d.Tokens[base+p].POS == nl.ADV && x.lx.is("futuretime", s.words[p].low) {
					return true
				}
			}
			return false
		}
		h = d.Tokens[h].Head
	}
	return false
}

// vanNounTime reports whether the time at sentence word first follows
// "van" after a noun that is no clause-level phrase of its own: an object
// or subject ("veroordeelde de rellen van zaterdag", invented), or a noun
// inside another noun's phrase ("In de aanloop naar de EU-top van
// vanavond heeft X gevraagd", after a real sentence). Such a time dates
// that noun, whatever the parse hangs it on. A noun whose preposition
// opens a phrase of the clause ("In de krant van 8 april pleit X", "werd
// voor de Vierdaagse van 2017 opgepakt") places the deed itself, and a
// time noun (de nacht van zaterdag) is part of the time.
func (x *extractor) vanNounTime(s *sentenceCtx, c *clause, first int) bool {
	n := first - 2
	if n < 0 || s.words[first-1].low != "van" || n == c.head {
		return false
	}
	if tk := x.token(s, n); tk.POS != nl.NOUN && tk.POS != nl.PROPN || timeNouns[s.words[n].low] || x.temporal(s, n) {
		return false
	}
	// back over the noun phrase to the word before it
	p := n - 1
	for p >= 0 {
		tk := x.token(s, p)
		if tk.POS != nl.DET && tk.POS != nl.ADJ && tk.POS != nl.NUM && tk.POS != nl.PROPN && !capitalised(s.words[p].Text) {
			break
		}
		p--
	}
	if p < 0 || x.token(s, p).POS != nl.ADP {
		return p >= 0 // no preposition: an object or a subject after the verb
	}
	// the parse tells a noun's modifier (nmod) from a phrase of the
	// clause; without it a preposition right after a noun opens that
	// noun's modifier
	if d := x.doc; d != nil && d.Parsed(s.index) {
		if h := d.Tokens[s.sent.First+p].Head; h >= 0 {
			return strings.HasPrefix(d.Tokens[h].Rel, "nmod")
		}
	}
	return p > 0 && x.token(s, p-1).POS == nl.NOUN
}
