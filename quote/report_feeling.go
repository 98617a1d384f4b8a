package quote

import (
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// feelingNouns are the nouns of "het gevoel/idee hebben dat", "de indruk
// hebben dat": what someone holds, which the devgold conventions label
// indirect ("hebben het gevoel dat").
var feelingNouns = map[string]bool{"gevoel": true, "idee": true, "indruk": true}

// feelingFrames finds "X heeft het gevoel dat …", "X had het idee dat
// …", "X, die de indruk heeft dat …": the clause after "dat" is X's view
// when X is someone who may report (not the writer, not "men") and the
// verb is not negated; and hearsay "Er gaan geruchten dat …", reported by
// nobody the sentence names.
func (x *extractor) feelingFrames(qs []kroniek.Quote) []kroniek.Quote {
	var out []kroniek.Quote
	d := x.doc
	for si, s := range d.Sentences {
		toks := s.Tokens
		if s.Heading || len(toks) < 6 || toks[len(toks)-1].Text == "?" || !d.Parsed(si) {
			continue
		}
		for k := 2; k+1 < len(toks); k++ {
			lw := strings.ToLower(toks[k].Text)
			if !strings.EqualFold(toks[k+1].Text, "dat") || x.quoted(toks[k].Start) || quoteOver(qs, toks[k+1].Start, s.End) {
				continue
			}
			var sp *speaker
			switch {
			case lw == "geruchten" && x.hearsayOpening(toks[:k]):
				sp = &speaker{}
			case feelingNouns[lw] && (strings.EqualFold(toks[k-1].Text, "het") || strings.EqualFold(toks[k-1].Text, "de")):
				n := x.tokenIndex(toks[k])
				v := d.Tokens[n].Head
				if d.Tokens[n].Rel != "obj" || v < s.First || v >= s.First+len(toks) || d.Tokens[v].Lemma != "hebben" && d.Tokens[v].Lemma != "krijgen" || d.Negated(v) || negatedBetween(toks, v-s.First, k) {
					continue
				}
				sp = x.subject(toks[:k+1], v-s.First, v-s.First+1)
				if !sp.found() || strings.EqualFold(sp.text, "men") || firstPerson(sp.text) || !x.mayReport(sp) {
					continue
				}
			default:
				continue
			}
			q, ok := x.clause(toks, k+2, s.End)
			if !ok || x.verbless(q) {
				continue
			}
			sp.speaks(&q)
			setCue(&q, lw, toks[k])
			out = append(out, q)
			break
		}
	}
	return out
}

// hearsayOpening reports whether toks are "Er gaan/gingen (al) (hardnekkige)"
// before "geruchten": rumours nobody is named for.
func (x *extractor) hearsayOpening(toks []nl.Token) bool {
	if len(toks) < 2 || !strings.EqualFold(toks[0].Text, "er") {
		return false
	}
	switch strings.ToLower(toks[1].Text) {
	case "gaan", "gingen", "doen", "deden", "circuleren", "circuleerden":
	default:
		return false
	}
	for _, t := range toks[2:] {
		if t.Kind != nl.Word || x.verbTok(t) {
			return false
		}
	}
	return true
}

// negatedBetween reports whether "niet", "nooit" or "geen" stands between
// toks[i] and toks[j] ("heeft niet het gevoel dat"), the parse hanging it
// on the noun.
func negatedBetween(toks []nl.Token, i, j int) bool {
	for k := min(i, j) + 1; k < max(i, j); k++ {
		switch strings.ToLower(toks[k].Text) {
		case "niet", "nooit", "geen":
			return true
		}
	}
	return false
}
