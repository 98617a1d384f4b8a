package amount

import (
	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// demonstratives a share's copula clause may have as subject, standing
// for a measure named before: "Nu is dat bijna 10 procent".
var measureDemonstratives = map[string]bool{"dat": true, "dit": true}

// referredShares gives a share without an object that a copula clause
// with a demonstrative subject states ("Nu is dat bijna 10 procent", "Dat
// is drie procent meer dan in 2010") the object of the nearest share
// before it, in its sentence or the sentence before in the same
// paragraph: the demonstrative stands for that measure ("In 1990 werd 5
// procent van het land bebouwd. Nu is dat bijna 10 procent" → land). out
// holds the figures so far; those of this sentence start at first. A
// nearer share without an object of its own stops the search.
func (x *scanner) referredShares(out []kroniek.Amount, first int) {
	from := x.toks[0].Start
	if s := x.si; s > 0 && x.doc.Sentences[s-1].Paragraph == x.doc.Sentences[s].Paragraph && len(x.doc.Sentences[s-1].Tokens) > 0 {
		from = x.doc.Sentences[s-1].Tokens[0].Start
	}
	for i := first; i < len(out); i++ {
		a := &out[i]
		if a.Unit != UnitPercent || a.Object != "" || !x.demonstrativeCopula(a.Start, a.End) {
			continue
		}
		for j := i - 1; j >= 0 && out[j].Start >= from; j-- {
			b := out[j]
			if b.Unit != UnitPercent && !(b.Unit == "" && b.Value < 1) {
				continue
			}
			if b.Object != "" && b.ObjectEnd > 0 {
				a.Object, a.ObjectStart, a.ObjectEnd = b.Object, b.ObjectStart, b.ObjectEnd
			}
			break
		}
	}
}

// demonstrativeCopula reports a figure on bytes [start, end) that is the
// predicate of a copula with "dat" or "dit" as subject, before it ("Dat
// is 0,5 procent") or after it ("Nu is dat bijna 10 procent", "was dat
// nog een op de twintig"), past at most three adverbs, and that closes
// its clause or is compared ("… procent meer dan …").
func (x *scanner) demonstrativeCopula(start, end int) bool {
	k, e := -1, -1
	for i, t := range x.toks {
		if t.Start == start {
			k = i
		}
		if t.End == end {
			e = i + 1
		}
	}
	if k < 0 || e < 0 {
		return false
	}
	switch w := x.word(e); {
	case e >= len(x.toks) || x.toks[e].Kind == nl.Punct, w == "meer", w == "minder":
	default:
		return false
	}
	j := k - 1
	for n := 0; n < 3 && j >= 0 && (x.l.pos[x.low[j]] == "ADV" || x.low[j] == "nog" || x.low[j] == "maar") && !measureDemonstratives[x.low[j]]; n++ {
		j--
	}
	if measureDemonstratives[x.word(j)] && copulaForms[x.word(j-1)] {
		return true // Nu is dat bijna 10 procent
	}
	return copulaForms[x.word(j)] && j == 1 && measureDemonstratives[x.low[0]] // Dat is 0,5 procent
}
