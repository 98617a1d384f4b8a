package quote

import (
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// hearsay finds sentences that report what is claimed by the reportative
// perfect, "zou … hebben/zijn" with a participle ("De man zou zaterdag een
// buurman hebben bedreigd.", "Via de rekeningen zou geld zijn
// witgewassen."): Dutch news marks a claim it does not vouch for so,
// whoever made it. The sentence is a main clause with no condition, no
// cue and no source of its own (reportative); a sentence a quotation or a
// report already covers, or one with quotation marks other than terms, is
// left. The
// speaker is left empty: the sentence does not say who claims it (a
// source before it carries on by carriedOn, which comes first).
func (x *extractor) hearsay(qs []kroniek.Quote) []kroniek.Quote {
	var out []kroniek.Quote
	for _, s := range x.doc.Sentences {
		if s.Heading || len(s.Tokens) < 5 || s.Tokens[len(s.Tokens)-1].Text == "?" || x.quoted(s.Start) || x.hasQuote(s) && !x.termsOnly(s, qs) || quoteOver(qs, s.Start, s.End) {
			continue
		}
		if !x.perfectZou(s.Tokens) || !x.reportative(s) || addressedTo(s.Tokens) {
			continue
		}
		end := len(s.Tokens)
		for end > 0 && isTerminal(s.Tokens[end-1]) {
			end--
		}
		start, stop := s.Tokens[0].Start, s.Tokens[end-1].End
		out = append(out, kroniek.Quote{Start: start, End: stop, Text: x.doc.Text[start:stop], Kind: kroniek.QuoteIndirect})
	}
	return out
}

// perfectZou reports whether toks hold "zou" or "zouden" followed by
// "hebben" or "zijn" and a participle or a modal's infinitive after it
// (a perfect: "zou … hebben gezegd", "zouden … zijn vertrokken", "zou …
// hebben willen waarschuwen"), not a copula ("zou … duur zijn") and not
// a possibility or a duty the writer weighs ("zou … kunnen zijn", "zou
// … aangelegd moeten zijn", "Het zou kunnen dat …").
func (x *extractor) perfectZou(toks []nl.Token) bool {
	z := -1
	for i, t := range toks {
		if lw := strings.ToLower(t.Text); lw == "zou" || lw == "zouden" {
			z = i
			break
		}
	}
	if z < 0 {
		return false
	}
	aux, part := false, false
	for _, t := range toks[z+1:] {
		lw := strings.ToLower(t.Text)
		if weighing[lw] {
			return false
		}
		pt, ok := x.parsedAt(t)
		switch {
		case (lw == "hebben" || lw == "zijn") && (!ok || pt.POS == nl.AUX):
			aux = true // not the possessive "zijn"
		case ok && pt.Feats.Has(nl.FeatPart) && (pt.POS == nl.VERB || pt.POS == nl.AUX):
			part = true // "gezegd hebben" or "hebben gezegd"
		case perfectModals[lw]:
			part = true
		}
	}
	return aux && part
}

// perfectModals are the infinitives that stand for a participle after a
// perfect's auxiliary ("zou hebben willen waarschuwen").
var perfectModals = map[string]bool{"willen": true, "laten": true, "proberen": true}

// weighing are the modals of a possibility or a duty: after "zou" the
// writer's weighing, not a claim reported.
var weighing = map[string]bool{"kunnen": true, "kan": true, "moeten": true, "moet": true, "mogen": true, "mag": true}

// addressedTo reports whether toks speak to the reader ("je", "jij",
// "u"): the writer's reasoning, not a claim reported.
func addressedTo(toks []nl.Token) bool {
	for _, t := range toks {
		switch strings.ToLower(t.Text) {
		case "je", "jij", "u":
			return true
		}
	}
	return false
}
