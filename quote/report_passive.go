package quote

import (
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// viewParticiples are the participles of a passive view: "wordt gezien
// als", "werd beschouwd als".
var viewParticiples = map[string]bool{"gezien": true, "beschouwd": true}

// passiveViews finds a view a main clause gives in the passive: "Bosbouw
// wordt gezien als een van de effectiefste methoden …", "Plots wordt X
// beschouwd als premierskandidaat", "GroenLinks wordt door de meeste
// Nederlanders gezien als 'winnaar' …". The devgold conventions label
// such passives indirect, the whole sentence the reported clause; the
// agent after "door" speaks, else nobody the sentence names. The
// passive auxiliary is finite: "wil niet worden gezien als …" is a wish,
// "zal worden gezien als" a forecast.
func (x *extractor) passiveViews(qs []kroniek.Quote) []kroniek.Quote {
	var out []kroniek.Quote
	d := x.doc
	for _, s := range d.Sentences {
		toks := s.Tokens
		if s.Heading || len(toks) < 5 || toks[len(toks)-1].Text == "?" || quoteOver(qs, s.Start, s.End) {
			continue
		}
		for k := 1; k+1 < len(toks); k++ {
			p := x.tokenIndex(toks[k])
			if !viewParticiples[strings.ToLower(toks[k].Text)] || !strings.EqualFold(toks[k+1].Text, "als") || !x.parsed(p) || d.Tokens[p].Head >= 0 || x.quoted(toks[k].Start) {
				continue
			}
			if !x.finitePassive(p) {
				break
			}
			// "…, en zelfs het ontbreken van een man wordt beschouwd als
			// …", "werd jarenlang gezien als zelfmoord, maar het OM ging
			// uit van moord": the view is its own conjunct.
			from := 0
			for j := k - 1; j > 0; j-- {
				if toks[j-1].Text == "," && isCoordinator(toks[j].Text) {
					from = j + 1
					break
				}
			}
			q, ok := x.clause(toks, from, s.End)
			if !ok || x.verbless(q) {
				break
			}
			for j := k + 2; j+1 < len(toks) && toks[j].Start < q.End; j++ {
				if toks[j].Text == "," && isCoordinator(toks[j+1].Text) && x.verbIn(toks[j+1:min(len(toks), j+8)]) {
					q.End = toks[j-1].End
					q.Text = d.Text[q.Start:q.End]
					break
				}
			}
			x.trimHeading(&q)
			if q.Start > toks[k].Start {
				break
			}
			sp := &speaker{}
			for _, c := range d.Children(p) {
				if d.Tokens[c].Rel == "obl:agent" {
					sp = x.phrase(c) // "door de meeste Nederlanders"
				}
			}
			sp.speaks(&q)
			setCue(&q, strings.ToLower(toks[k].Text), toks[k])
			out = append(out, q)
			break
		}
	}
	return out
}

// finitePassive reports whether the participle p has a finite form of
// "worden" as its passive auxiliary.
func (x *extractor) finitePassive(p int) bool {
	d := x.doc
	for _, c := range d.Children(p) {
		if t := d.Tokens[c]; strings.HasPrefix(t.Rel, "aux") && t.Lemma == "worden" && t.Feats.Has(nl.FeatFin) {
			return true
		}
	}
	return false
}
