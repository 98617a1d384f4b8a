package quote

import (
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// addressedReports finds what an interviewer says the interviewee said:
// "U zegt dat de regels niet werken.", "De regels werken niet,
// concludeert u." In an interview "u" is the one interviewed, so the
// clause is their words, told back to them; the interviewee (if the
// article shows who) speaks. An interview is an article laid out as one
// (isInterview) or a sentence that a quotation answers ("…, concludeert
// u. 'Ja, …'"); elsewhere "u" is the reader. Not in questions ("Meent u
// dat?") and not inside quotations, where "u" is someone the speaker
// addresses. qs are the quotations found so far; a clause one of them
// covers is left.
func (x *extractor) addressedReports(qs []kroniek.Quote) []kroniek.Quote {
	var out []kroniek.Quote
	for k, s := range x.doc.Sentences {
		toks := s.Tokens
		if s.Heading || len(toks) < 5 || toks[len(toks)-1].Text == "?" || x.quoted(s.Start) || quoteOver(qs, s.Start, s.End) {
			continue
		}
		if !x.isInterview() && !(k+1 < len(x.doc.Sentences) && x.opensWithQuote(x.doc.Sentences[k+1])) {
			continue
		}
		if q, ok := x.addressedDat(toks, s.End); ok {
			out = append(out, q)
		} else if q, ok := x.addressedTrailing(toks); ok {
			out = append(out, q)
		}
	}
	return out
}

// addressedDat reads "U zegt dat …" at the opening of a sentence: "u", a
// speech verb of the lexicon and "dat" right after it.
func (x *extractor) addressedDat(toks []nl.Token, end int) (kroniek.Quote, bool) {
	if !strings.EqualFold(toks[0].Text, "u") {
		return kroniek.Quote{}, false
	}
	cue, _, n := matchCue(toks[1:])
	if n == 0 || 1+n >= len(toks) || !strings.EqualFold(toks[1+n].Text, "dat") || opinion(strings.ToLower(toks[1].Text)) {
		return kroniek.Quote{}, false
	}
	q, ok := x.clause(toks, 2+n, end)
	if !ok || x.verbless(q) {
		return kroniek.Quote{}, false
	}
	x.addressee(toks[0]).speaks(&q)
	setCue(&q, cue, toks[1])
	return q, true
}

// addressedTrailing reads "…, concludeert u." at the end of a sentence:
// a comma, a speech verb of the lexicon and "u" as its last words; the
// clause before the comma is what was said.
func (x *extractor) addressedTrailing(toks []nl.Token) (kroniek.Quote, bool) {
	n := len(toks)
	if n < 5 || toks[n-1].Text != "." || !strings.EqualFold(toks[n-2].Text, "u") || toks[n-4].Text != "," {
		return kroniek.Quote{}, false
	}
	cue, _, m := matchCue(toks[n-3 : n-2])
	if m == 0 {
		return kroniek.Quote{}, false
	}
	start, end := toks[0].Start, toks[n-5].End
	q := kroniek.Quote{Start: start, End: end, Text: x.doc.Text[start:end], Kind: kroniek.QuoteIndirect}
	if x.verbless(q) {
		return kroniek.Quote{}, false
	}
	x.addressee(toks[n-2]).speaks(&q)
	setCue(&q, cue, toks[n-3])
	return q, true
}

// addressee is the interviewee "u" at t stands for: the interviewee's key
// with the pronoun's words and offsets, or no speaker when the article
// does not show who (a bare "u" would be carried on to the answers).
func (x *extractor) addressee(t nl.Token) *speaker {
	l := x.interviewee()
	if l == "" {
		return &speaker{}
	}
	return &speaker{local: l, text: t.Text, start: t.Start, end: t.End}
}

// opensWithQuote reports whether sentence s opens with a quotation mark:
// an answer in an interview.
func (x *extractor) opensWithQuote(s nl.Sentence) bool {
	return len(s.Tokens) > 0 && isQuoteTok(s.Tokens[0])
}
