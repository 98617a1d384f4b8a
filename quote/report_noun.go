package quote

import (
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// stanceNouns are nouns of what someone fears, expects, concludes or
// tells whose content a copula or "bestaan" gives as a dat-clause: "De
// vrees is dat …", "Een andere angst is dat …", "zijn conclusie was dat
// …", "De angst bestaat dat …". Not nouns of a fact or a judgement the
// writer makes ("Het probleem is dat", "Feit is dat", "De kans is groot
// dat").
var stanceNouns = map[string]bool{
	"vrees": true, "angst": true, "verwachting": true, "conclusie": true, "boodschap": true,
	"hoop": true, "overtuiging": true, "redenering": true, "verwijt": true,
	"schatting": true, "vermoeden": true, "veronderstelling": true, "klacht": true,
}

// frameCopulas link a stance noun to its dat-clause.
var frameCopulas = map[string]bool{"is": true, "was": true, "bestaat": true, "bestond": true, "leeft": true, "heerst": true}

// nounFrames finds reports a stance noun carries: "De vrees is dat …",
// "Zijn boodschap was dat …", "De conclusie van de onderzoekers is dat
// …". The noun opens its clause after an article, a possessive or an
// adjective; a possessor ("zijn", "van X") speaks, otherwise nobody the
// sentence names does (the gold's null or anonymous speaker). qs are the
// quotations found so far; a clause one of them already covers is left.
func (x *extractor) nounFrames(qs []kroniek.Quote) []kroniek.Quote {
	var out []kroniek.Quote
	for _, s := range x.doc.Sentences {
		toks := s.Tokens
		if s.Heading || len(toks) < 6 || toks[len(toks)-1].Text == "?" {
			continue
		}
		if q, ok := x.nounAfter(toks, qs); ok {
			out = append(out, q)
			continue
		}
		for i := 1; i+2 < len(toks); i++ {
			lw := strings.ToLower(toks[i].Text)
			if !stanceNouns[lw] || x.quoted(toks[i].Start) || !x.frameOpens(toks, i) {
				continue
			}
			c := i + 1
			if strings.EqualFold(toks[c].Text, "van") {
				for c < len(toks) && c <= i+5 && !frameCopulas[strings.ToLower(toks[c].Text)] && toks[c].Kind == nl.Word {
					c++
				}
			}
			if c+1 >= len(toks) || !frameCopulas[strings.ToLower(toks[c].Text)] {
				continue
			}
			d := c + 1
			for d < len(toks) && d <= c+2 && isSkipWord(strings.ToLower(toks[d].Text)) {
				d++
			}
			if d >= len(toks) || !strings.EqualFold(toks[d].Text, "dat") || quoteOver(qs, toks[d].Start, s.End) {
				continue
			}
			sp := x.possessor(toks, i)
			if sp == nil {
				sp = &speaker{}
			}
			if sp.found() && (strings.EqualFold(sp.text, "men") || firstPerson(sp.text)) {
				continue
			}
			q, ok := x.clause(toks, d+1, s.End)
			if !ok || x.verbless(q) {
				continue
			}
			sp.speaks(&q)
			setCue(&q, lw, toks[i])
			out = append(out, q)
			break
		}
	}
	return out
}

// frameOpens reports whether the stance noun at toks[i] opens its clause
// with an article or possessive, perhaps with an adjective between ("De
// vrees", "Een andere angst", "Zijn boodschap"): the sentence's subject,
// not a noun inside another phrase ("uit vrees dat").
func (x *extractor) frameOpens(toks []nl.Token, i int) bool {
	k := i - 1
	if k > 0 && (toks[k].POS == nl.ADJ || isAdjective(toks[k].Text)) {
		k--
	}
	if !isDeterminer(toks, k) && !strings.EqualFold(toks[k].Text, "onze") {
		if m, ok := x.mentionAt(toks[k].Start, toks[k].End); !ok || m.End != toks[k].End {
			return false
		}
	}
	if k == 0 {
		return true
	}
	switch p := toks[k-1]; {
	case p.Text == "." || p.Text == ":" || p.Text == ";":
		return true
	case strings.EqualFold(p.Text, "en") || strings.EqualFold(p.Text, "maar"):
		return true
	}
	return false
}

// nounAfter finds a stance noun that ends its sentence and claims what
// stands before its comma: "Die dure filters zijn alleen door hen op te
// brengen, is de vrees.", "…, is de vrees van de omwonenden.", "…, was
// de gedachte." The comma is the last in the sentence, a copula and an
// article or possessive follow it, and nothing after the noun holds a
// verb. qs are the quotations found so far.
func (x *extractor) nounAfter(toks []nl.Token, qs []kroniek.Quote) (kroniek.Quote, bool) {
	last := len(toks) - 1
	if toks[last].Text != "." {
		return kroniek.Quote{}, false
	}
	c := -1
	for k := last - 1; k > 0; k-- {
		if toks[k].Text == "," {
			c = k
			break
		}
		if x.verbTok(toks[k]) && !frameCopulas[strings.ToLower(toks[k].Text)] || isQuoteTok(toks[k]) {
			return kroniek.Quote{}, false
		}
	}
	if c < 3 || c+3 >= last {
		return kroniek.Quote{}, false
	}
	k := c + 1
	if strings.EqualFold(toks[k].Text, "zo") {
		k++
	}
	if !frameCopulas[strings.ToLower(toks[k].Text)] || !isDeterminer(toks, k+1) {
		return kroniek.Quote{}, false
	}
	n := k + 2
	if n < last && !stanceNouns[strings.ToLower(toks[n].Text)] && n+1 < last {
		n++ // "is de algemene verwachting"
	}
	if n >= last || !stanceNouns[strings.ToLower(toks[n].Text)] {
		return kroniek.Quote{}, false
	}
	start, end := toks[0].Start, toks[c-1].End
	if x.quoted(start) || quoteOver(qs, start, end) {
		return kroniek.Quote{}, false
	}
	sp := x.possessor(toks, n)
	if sp == nil {
		sp = &speaker{}
	}
	q := kroniek.Quote{Start: start, End: end, Text: x.doc.Text[start:end], Kind: kroniek.QuoteIndirect}
	if x.verbless(q) {
		return kroniek.Quote{}, false
	}
	sp.speaks(&q)
	setCue(&q, strings.ToLower(toks[n].Text), toks[n])
	return q, true
}
