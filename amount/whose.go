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

// businessNouns are money measures of a company, party or household
// that say what is measured but not whose: "boekte een winst van 18
// miljard", "leed een verlies van 2 miljoen".
var businessNouns = map[string]bool{"winst": true, "verlies": true, "omzet": true, "nettowinst": true, "brutowinst": true, "nettoverlies": true, "jaarwinst": true, "bedrijfswinst": true, "schuld": true, "schulden": true}

// holdVerbs have the holder of a business measure as their subject and
// the measure as their object: "Shell boekte een winst van 18 miljard".
var holdVerbs = map[string]bool{
	"boeken": true, "maken": true, "draaien": true, "hebben": true, "halen": true, "behalen": true, "lijden": true,
	"noteren": true, "rapporteren": true, "realiseren": true, "melden": true, "kennen": true, "leiden": true, "opbouwen": true,
}

// tallyOwners adds to an object that names only votes or seats
// (tallyNouns), or only a profit, loss or turnover (businessNouns), whose
// they are, from the parse: the noun or name subject of the figure's
// verb when that verb has the holder as subject (tallyVerbs, holdVerbs)
// or the figure is its complement with "met" ("Oud-premier Jansen lijkt
// uitgeschakeld met 16 procent van de stemmen" → "stemmen Oud-premier
// Jansen", "De VVD haalde 32 zetels" → "zetels VVD", "De bank boekte een
// winst van 3 miljard euro" → "winst bank"). A pronoun subject says
// nothing and is left ("Hij kreeg 30 procent van de stemmen" keeps
// "stemmen").
func (x *scanner) tallyOwners(as []kroniek.Amount) {
	if !x.parsed() {
		return
	}
	for i := range as {
		a := &as[i]
		if !tallyNouns[a.Object] && !businessNouns[a.Object] || a.ObjectEnd == 0 {
			continue
		}
		start, end := x.tokensOf(*a)
		if start < 0 {
			continue
		}
		holder := x.tallyHolder
		if !tallyNouns[a.Object] {
			holder = func(start, end int) (span, bool) { return x.businessHolder(*a, start, end) }
		}
		sp, ok := holder(start, end)
		if ok {
			a.Object = a.Object + " " + sp.text
			a.ObjectStart, a.ObjectEnd = min(a.ObjectStart, sp.start), max(a.ObjectEnd, sp.end)
		}
	}
}

// businessHolder finds whose profit, loss, turnover or debt a sum is
// when its object is only that word (businessNouns) and the word is the
// object of a verb of having or booking (holdVerbs): that verb's noun or
// name subject ("Het concern boekte een winst van 18 miljard euro" →
// "winst concern").
func (x *scanner) businessHolder(a kroniek.Amount, start, end int) (span, bool) {
	d := x.doc
	o := -1
	for i := x.first; i < len(d.Tokens) && d.SentenceOf(i) == x.si; i++ {
		if d.Tokens[i].Start == a.ObjectStart && d.Tokens[i].End == a.ObjectEnd {
			o = i
		}
	}
	if o < 0 || d.Tokens[o].POS != nl.NOUN || d.Tokens[o].Rel != "obj" {
		return span{}, false
	}
	v := d.Tokens[o].Head
	if v < 0 || d.Tokens[v].POS != nl.VERB || !holdVerbs[d.Tokens[v].Lemma] {
		return span{}, false
	}
	return x.holder(v, o, start, end)
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
	return x.holder(v, u, start, end)
}

// holder is the noun or name subject of verb v that holds what doc
// token u (in the clause of the figure on sentence tokens [start, end))
// names, as a span (see tallyOwners).
func (x *scanner) holder(v, u, start, end int) (span, bool) {
	d := x.doc
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
