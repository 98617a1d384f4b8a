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

// nestedReports finds the reports a quoted speaker passes on: inside a
// direct quotation, "Omstanders zeiden dat ze was beschoten" reports what
// the bystanders said, so the clause is an indirect quote of theirs, not
// of the one quoted. Only a subject that is no pronoun and can speak (a
// pronoun inside a quotation points into the speaker's own story) and a
// speech verb with "dat" right after it; opinions ("Veel mensen denken
// dat …") and denials ("niet gezegd dat") report nothing said; a report
// found already is not found twice. qs are the quotations found so far.
func (x *extractor) nestedReports(qs []kroniek.Quote) []kroniek.Quote {
	var out []kroniek.Quote
	for _, outer := range qs {
		if outer.Kind != kroniek.QuoteDirect {
			continue
		}
		for k := x.tokenAt(outer.Start); k >= 0 && k < len(x.doc.Tokens) && x.doc.Tokens[k].End <= outer.End; k++ {
			if q, ok := x.nestedReport(outer, k); ok && !slices.ContainsFunc(qs, func(o kroniek.Quote) bool { return o.Kind == q.Kind && o.Start == q.Start }) {
				out = append(out, q)
			}
		}
	}
	return out
}

// nestedReport reads the speech verb at token k inside the direct
// quotation outer as a report of its own ("… zeiden dat …"), its clause
// ending with the sentence or the quotation.
func (x *extractor) nestedReport(outer kroniek.Quote, k int) (kroniek.Quote, bool) {
	d := x.doc
	si := d.SentenceOf(k)
	if si < 0 || d.Tokens[k].Kind != nl.Word || !x.verbAt(d.Tokens[k]) {
		return kroniek.Quote{}, false
	}
	s := d.Sentences[si]
	toks := s.Tokens
	i := k - s.First
	cueText, _, n := matchCue(toks[i:])
	if n != 1 || cueText != strings.ToLower(toks[i].Text) || opinion(cueText) || i+1 >= len(toks) || !strings.EqualFold(toks[i+1].Text, "dat") || negatedBefore(toks[clauseStart(toks, i):i]) {
		return kroniek.Quote{}, false
	}
	// "Als regeringen zeggen dat …", "De inspectie moet vaststellen dat
	// …": a condition or a duty, nobody said it; "zeggen dat niet te
	// kunnen": "dat" is the object, no clause follows.
	if d.Modal(k) != "" || conditional(toks[clauseStart(toks, i)].Text) || d.Tokens[k+1].POS != nl.SCONJ {
		return kroniek.Quote{}, false
	}
	sub := d.Subject(k)
	if sub < 0 || sub >= k || d.Tokens[sub].Start < outer.Start || d.Tokens[sub].POS == nl.PRON {
		return kroniek.Quote{}, false
	}
	sp := x.nestedSubject(sub)
	if sp.start < outer.Start || sp.local == outer.SpeakerLocal && sp.local != "" || !x.mayReport(sp) {
		return kroniek.Quote{}, false
	}
	// The clause stops where the quotation does.
	last := len(toks)
	for last > i+2 && toks[last-1].End > outer.End {
		last--
	}
	if opener := strings.ToLower(toks[clauseStart(toks, i)].Text); opener == "toen" || relativeWords[opener] || nl.Lex().Is(nl.ClassSubordinator, opener) {
		last = x.mainResumes(toks, i+2, last)
	}
	q, ok := x.clause(toks[:last], i+2, outer.End)
	if !ok || q.End > outer.End {
		return kroniek.Quote{}, false
	}
	sp.speaks(&q)
	setCue(&q, cueText, toks[i])
	return q, true
}

// nestedSubject is the speaker the subject token sub names inside a
// quotation: the person or body of its mention, else its words from the
// phrase's start to the noun ("Omstanders", "de buren").
func (x *extractor) nestedSubject(sub int) *speaker {
	t := x.doc.Tokens[sub]
	if m, ok := x.mentionAt(t.Start, t.End); ok && m.Local != "" {
		return x.fromMention(m)
	}
	// "minister Els Smit zei dat …": the parse's head is the title, the
	// person follows in the phrase.
	first, last := x.doc.Span(sub)
	if m, ok := x.mentionWithin(x.doc.Tokens[sub+1:max(last+1, sub+1)], last-sub); ok && m.Local != "" {
		return x.fromMention(m)
	}
	start := x.doc.Tokens[max(first, 0)].Start
	return &speaker{text: x.doc.Text[start:t.End], start: start, end: t.End}
}

// conditional reports whether w opens a condition ("als", "indien",
// "wanneer"): a report in it is supposed, not made.
func conditional(w string) bool {
	switch strings.ToLower(w) {
	case "als", "indien", "wanneer", "mocht", "stel":
		return true
	}
	return false
}

// mainResumes returns where a report made in a subordinate clause ends
// (toks[from:last] is what it reports): at a comma after the report's
// own finite verb that a finite verb follows, where the main clause goes
// on ("Toen X zei dat de brug te oud was, werd hij …"). Else last.
func (x *extractor) mainResumes(toks []nl.Token, from, last int) int {
	finite := false
	for k := from; k+1 < last; k++ {
		if toks[k].Text == "," && finite && x.finiteAt(toks, k+1) {
			return k
		}
		finite = finite || x.finiteAt(toks, k)
	}
	return last
}
