package amount

import (
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// tallyNouns are the objects of an election result that say what is
// counted but not whose: the votes or seats of a party or candidate.
var tallyNouns = map[string]bool{"stemmen": true, "zetels": true}

// tallyVerbs have the holder of votes or seats as their subject: "de
// partij haalde 32 zetels", "de kandidaat kreeg 20 procent van de
// stemmen", "het CDA verloor drie zetels", "de Kamer telt 150 zetels".
// Not verbs of giving or costing, whose subject is the cause ("de affaire
// kostte de partij vijf zetels").
var tallyVerbs = map[string]bool{
	"krijgen": true, "halen": true, "behalen": true, "winnen": true, "verliezen": true, "scoren": true,
	"hebben": true, "houden": true, "behouden": true, "bezetten": true, "veroveren": true, "binnenhalen": true,
	"inleveren": true, "verwerven": true, "vergaren": true, "ontvangen": true, "kwijtraken": true, "tellen": true,
	"staan": true, "komen": true, "uitkomen": true, "eindigen": true, "blijven": true, "steken": true,
}

// tallyOwners adds whose votes or seats a figure counts to an object that
// names only the votes or seats (tallyNouns), from the parse: the noun
// or name subject of the figure's verb when that verb has the holder as
// subject (tallyVerbs) or the figure is its complement with "met" ("Oud-
// premier Jansen lijkt uitgeschakeld met 16 procent van de stemmen" →
// "stemmen Oud-premier Jansen", "De VVD haalde 32 zetels" → "zetels
// VVD"). A pronoun subject says nothing and is left ("Hij kreeg 30
// procent van de stemmen" keeps "stemmen").
func (x *scanner) tallyOwners(as []kroniek.Amount) {
	if !x.parsed() {
		return
	}
	for i := range as {
		a := &as[i]
		if !tallyNouns[a.Object] || a.ObjectEnd == 0 {
			continue
		}
		start, end := x.tokensOf(*a)
		if start < 0 {
			continue
		}
		if sp, ok := x.tallyHolder(start, end); ok {
			a.Object = a.Object + " " + sp.text
			a.ObjectStart, a.ObjectEnd = min(a.ObjectStart, sp.start), max(a.ObjectEnd, sp.end)
		}
	}
}

// tallyHolder finds the holder of the votes or seats a figure on
// sentence tokens [start, end) counts (see tallyOwners).
func (x *scanner) tallyHolder(start, end int) (span, bool) {
	d := x.doc
	u := x.figureHead(start, end)
	if u < 0 {
		return span{}, false
	}
	if r := d.Tokens[u].Rel; (r == "nummod" || r == "det") && d.Tokens[u].Head >= 0 {
		u = d.Tokens[u].Head // 32 zetels: the counted noun stands in the clause
	}
	r := d.Tokens[u].Rel
	v := d.Tokens[u].Head
	if v < 0 || d.Tokens[v].POS != nl.VERB {
		return span{}, false
	}
	with := strings.HasPrefix(r, "obl") && x.firstCase(u) == "met"
	if !with && (r != "obj" && !(strings.HasPrefix(r, "obl") && x.firstCase(u) == "op") || !tallyVerbs[d.Tokens[v].Lemma]) {
		return span{}, false // (the object of a verb of having, or "staat op 20 zetels")
	}
	for _, p := range d.Dependents(v, "nsubj") {
		if a := d.Antecedent(p); d.Tokens[p].POS == nl.PRON && a >= 0 && a < p-2 {
			return span{}, false // een winst, in een parlement dat honderd zetels telt: a relative pronoun far from the noun it is read for
		}
	}
	s := x.controlled(v)
	if g := d.Tokens[v].Head; s < 0 && d.Tokens[v].Rel == "xcomp" && g >= 0 && len(d.Dependents(v, "nsubj")) == 0 {
		s = x.ownSubject(g) // Jansen lijkt uitgeschakeld met …: the subject of the verb the participle completes
	}
	if s < 0 || s == u || s >= x.first+start && s < x.first+end || x.setOff(s) {
		return span{}, false
	}
	if t := d.Tokens[s]; t.POS != nl.PROPN && t.POS != nl.NOUN || x.l.units[strings.ToLower(t.Text)] != "" {
		return span{}, false
	}
	for i := min(s, x.first+start) + 1; i < max(s, x.first+start); i++ {
		if w := d.Tokens[i].Text; w == ";" || w == ":" {
			return span{}, false // Het CDA is …; met drie zetels noteerde de SP …: another clause's subject
		}
	}
	sp := x.namePhrase(s)
	if n := s + 1; d.Tokens[s].POS == nl.NOUN && n < len(d.Tokens) && d.Tokens[n].POS == nl.PROPN && d.Tokens[n].Head == s && (d.Tokens[n].Rel == "flat" || d.Tokens[n].Rel == "appos") {
		name := x.namePhrase(n)
		sp = span{text: d.Text[d.Tokens[s].Start:name.end], start: d.Tokens[s].Start, end: name.end} // burgemeester Pieters: the title with the name
	}
	last := s
	for c := d.Dependents(last, "conj"); len(c) > 0 && c[len(c)-1] < x.first+start; c = d.Dependents(last, "conj") {
		last = c[len(c)-1] // (a list the parse chains: VVD under PvdA, CDA under VVD)
	}
	if last != s {
		tail := x.namePhrase(last)
		sp = span{text: d.Text[sp.start:tail.end], start: sp.start, end: tail.end} // PvdA, VVD en CDA haalden samen 55 zetels: all of them
	}
	if e := x.tokenAfter(sp.end); e >= 0 && (d.Tokens[e].Text == "," || d.Tokens[e].POS == nl.CCONJ) {
		return span{}, false // GroenLinks, SP en D66 haalden …, where the parse cuts the list: not one holder
	}
	return sp, sp.text != ""
}

// tokenAfter returns the doc token that starts at or after byte offset
// off, or -1.
func (x *scanner) tokenAfter(off int) int {
	for i := x.first; i < len(x.doc.Tokens); i++ {
		if x.doc.Tokens[i].Start >= off {
			return i
		}
	}
	return -1
}
