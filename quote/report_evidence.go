package quote

import (
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// evidenceSources are the nouns of a study or its figures whose finding
// "Uit … blijkt dat" reports: "Uit onderzoek van RTL Nieuws blijkt dat
// …", "Uit cijfers van het CBS bleek dat …".
var evidenceSources = map[string]bool{
	"onderzoek": true, "studie": true, "rapport": true, "peiling": true, "enquête": true, "cijfers": true,
	"analyse": true, "gegevens": true, "data": true, "rondgang": true, "onderzoeken": true, "studies": true,
	"rapportage": true, "evaluatie": true, "berekeningen": true, "metingen": true, "inventarisatie": true,
}

// evidenceFrames finds what a study shows: "Uit onderzoek van X blijkt
// dat …" (or "komt naar voren dat") opening its sentence. The source's name inside the phrase (a
// body or person of the article) speaks; without one nobody the
// sentence names does (the gold's null speaker).
func (x *extractor) evidenceFrames(qs []kroniek.Quote) []kroniek.Quote {
	var out []kroniek.Quote
	for _, s := range x.doc.Sentences {
		toks := s.Tokens
		if s.Heading || len(toks) < 6 || toks[len(toks)-1].Text == "?" {
			continue
		}
		u := 0
		if w := strings.ToLower(toks[0].Text); w == "en" || w == "maar" || w == "ook" {
			u = 1
		}
		if !strings.EqualFold(toks[u].Text, "uit") || x.quoted(toks[u].Start) {
			continue
		}
		src, v := false, -1
		for k := u + 1; k < len(toks) && k <= u+12; k++ {
			lw := strings.ToLower(toks[k].Text)
			if evidenceSources[lw] || strings.HasSuffix(lw, "onderzoek") || strings.HasSuffix(lw, "cijfers") {
				src = true
			}
			if lw == "blijkt" || lw == "bleek" || lw == "blijken" || lw == "bleken" {
				v = k
				break
			}
			if comesForward(toks[k:]) {
				v = k + 2
				break
			}
			if toks[k].Kind == nl.Punct && toks[k].Text != "-" && toks[k].Text != "," {
				break
			}
		}
		if !src || v < 0 {
			continue
		}
		d := v + 1
		for d < len(toks) && d <= v+3 && (isSkipWord(strings.ToLower(toks[d].Text)) || strings.EqualFold(toks[d].Text, "echter") || toks[d].Text == ",") {
			d++
		}
		if d >= len(toks) || !strings.EqualFold(toks[d].Text, "dat") || quoteOver(qs, toks[d].Start, s.End) {
			continue
		}
		sp := &speaker{}
		for k := u + 1; k < v; k++ {
			if m, ok := x.mentionAt(toks[k].Start, toks[k].End); ok && m.Local != "" {
				sp = x.fromMention(m)
				break
			}
		}
		q, ok := x.clause(toks, d+1, s.End)
		if !ok || x.verbless(q) {
			continue
		}
		sp.speaks(&q)
		setCue(&q, strings.ToLower(toks[v].Text), toks[v])
		out = append(out, q)
	}
	return out
}

// comesForward reports whether toks open with "komt naar voren" (or
// "kwam", "komen", "kwamen"), which says of a finding what "blijkt"
// says: "Uit de enquête komt naar voren dat …".
func comesForward(toks []nl.Token) bool {
	if len(toks) < 3 || !strings.EqualFold(toks[1].Text, "naar") || !strings.EqualFold(toks[2].Text, "voren") {
		return false
	}
	switch strings.ToLower(toks[0].Text) {
	case "komt", "kwam", "komen", "kwamen":
		return true
	}
	return false
}
