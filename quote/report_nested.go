package quote

import (
	"slices"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// nestedQuotes finds the quotations a quoted speaker quotes: inside a
// direct quotation, a speech verb at most a few words before a colon and
// a quote mark right after it ("… waarin werd gezegd: 'Ik heb niks meer
// te verliezen'", "Men dacht: "Wat heeft het nog voor zin?"") open an
// inner quotation up to the next quote mark inside the outer one (or the
// outer one's end). Its speaker is the inner verb's subject; a first
// person there ("zei ik:", "we dachten:") is the outer speaker, and a
// passive or "men" names nobody. A negated or possible saying ("je hoort
// mij niet roepen:", "dan kunnen ze zeggen:") quotes nobody. qs are the quotations found so far.
func (x *extractor) nestedQuotes(qs []kroniek.Quote) []kroniek.Quote {
	var out []kroniek.Quote
	for _, outer := range qs {
		if outer.Kind != kroniek.QuoteDirect {
			continue
		}
		first, last := x.tokenAt(outer.Start), x.tokenAt(outer.End)
		for k := first + 1; k+1 < last && k+1 < len(x.doc.Tokens); k++ {
			c := x.doc.Tokens[k]
			if c.Kind != nl.Punct || c.Text != ":" || !isQuoteTok(x.doc.Tokens[k+1]) || x.doc.Tokens[k+1].Start >= outer.End {
				continue
			}
			open := k + 1
			close := open + 1
			for close < last && close < len(x.doc.Tokens) && !isQuoteTok(x.doc.Tokens[close]) && x.doc.Tokens[close].End <= outer.End {
				close++
			}
			si := x.doc.SentenceOf(k)
			if si < 0 {
				continue
			}
			s := x.doc.Sentences[si]
			// The inner cue's clause, inside the outer quotation.
			from := max(first, s.First)
			toks := x.doc.Tokens[from:k]
			i, cueText, _, n := x.cueBeforeColon(x.doc.Tokens[from:k+1], k-from)
			if v := from + i; n == 0 || negatedBefore(toks[clauseStart(toks, i):]) || x.doc.Modal(v) == "kunnen" {
				continue // "Je hoort mij niet roepen: '…'", "Dan kunnen ze zeggen: '…'": nobody said it
			}
			end := close
			for end > open+1 && (isTerminal(x.doc.Tokens[end-1]) || x.doc.Tokens[end-1].Text == ",") {
				end--
			}
			if end-open-1 < 2 {
				continue // one word: a term, not what was said
			}
			start, stop := x.doc.Tokens[open+1].Start, min(x.doc.Tokens[end-1].End, outer.End)
			q := kroniek.Quote{Start: start, End: stop, Text: x.doc.Text[start:stop], Kind: kroniek.QuoteDirect}
			setCue(&q, cueText, toks[i])
			sp := x.subject(toks, i, i+n)
			switch {
			case slices.ContainsFunc(toks[clauseStart(toks, i):], func(t nl.Token) bool { return firstPersonSubject[strings.ToLower(t.Text)] }) || sp.found() && firstPerson(sp.text):
				q.SpeakerLocal, q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = outer.SpeakerLocal, outer.SpeakerText, outer.SpeakerStart, outer.SpeakerEnd
			case sp.found() && !strings.EqualFold(sp.text, "men") && x.mayReport(sp):
				sp.speaks(&q)
			}
			out = append(out, q)
			k = close
		}
	}
	return out
}

// firstPersonSubject are the first-person pronouns that may be a subject.
var firstPersonSubject = map[string]bool{"ik": true, "we": true, "wij": true}
