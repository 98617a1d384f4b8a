package quote

import (
	"sort"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// indirect finds reported speech: "X zei dat …", "Poetins opmerking dat
// …", "Volgens X …". The clause is the quote's text. direct holds the
// quotations found by their marks; reported speech inside them is not
// reported again.
func (x *extractor) indirect(direct []kroniek.Quote) []kroniek.Quote {
	var out []kroniek.Quote
	// direct is in text order and its quotations do not nest.
	inside := func(off int) bool {
		i := sort.Search(len(direct), func(i int) bool { return direct[i].End > off })
		return i < len(direct) && direct[i].Start <= off
	}
	for _, s := range x.doc.Sentences {
		if s.Heading || len(s.Tokens) < 4 {
			continue
		}
		toks := s.Tokens
		done := false
		for i := 0; i < len(toks) && !done; i++ {
			t := toks[i]
			if inside(t.Start) || t.Kind != nl.Word {
				continue
			}
			lw := strings.ToLower(t.Text)
			if lw == "volgens" {
				if q, ok := x.volgensClause(s, i, inside); ok {
					out = append(out, q)
					done = true
				}
				continue
			}

			cueText, _, n := matchCue(toks[i:])
			isNoun := cueNouns[lw]
			if n == 0 && !isNoun {
				continue
			}
			d := datAfter(toks, i+1)
			if d < 0 || inside(toks[d].Start) {
				continue
			}
			var sp *speaker
			if isNoun {
				sp = x.possessor(toks, i)
				cueText = lw
			} else {
				sp = x.subject(toks[:d], i, i+n)
			}
			if !sp.found() {
				continue
			}
			q, ok := x.clause(toks, d+1, s.End)
			if !ok {
				continue
			}
			q.SpeakerLocal, q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = sp.local, sp.text, sp.start, sp.end
			q.Cue, q.CueStart, q.CueEnd = cueText, t.Start, t.End
			out = append(out, q)
			done = true
		}
	}
	return out
}

// datAfter returns the index of the complementiser "dat" that opens the
// reported clause within ten tokens after from, or -1.
func datAfter(toks []nl.Token, from int) int {
	for k := from; k < len(toks) && k < from+10; k++ {
		t := toks[k]
		if t.Kind == nl.Punct && (t.Text == ":" || t.Text == "." || isQuoteTok(t)) {
			return -1
		}
		if strings.ToLower(t.Text) == "dat" {
			return k
		}
	}
	return -1
}

// clause returns the reported clause from toks[from] to the sentence end,
// without final punctuation, as an indirect quote.
func (x *extractor) clause(toks []nl.Token, from, end int) (kroniek.Quote, bool) {
	if from >= len(toks) {
		return kroniek.Quote{}, false
	}
	last := len(toks) - 1
	for last > from && toks[last].Kind == nl.Punct {
		last--
	}
	if last-from < 2 {
		return kroniek.Quote{}, false
	}
	start, stop := toks[from].Start, toks[last].End
	return kroniek.Quote{Start: start, End: stop, Text: x.doc.Text[start:stop], Kind: kroniek.QuoteIndirect}, true
}

// volgensClause turns "Volgens X <clause>" (or "<clause>, volgens X") into
// an indirect quote when the sentence has no quotation of its own.
func (x *extractor) volgensClause(s nl.Sentence, i int, inside func(int) bool) (kroniek.Quote, bool) {
	toks := s.Tokens
	for _, t := range toks {
		if isQuoteTok(t) {
			return kroniek.Quote{}, false // the direct quotation carries it
		}
	}
	sp := x.npAfter(toks[i+1:], toks[i].Start)
	if !sp.found() {
		return kroniek.Quote{}, false
	}
	// "volgens X" reports the sentence when it opens it or closes it; in
	// the middle ("Tichanovskaja, winnaar volgens de demonstranten, schreef")
	// it qualifies a phrase only.
	opens := i == 0 || (i == 1 && toks[0].Kind == nl.Punct)
	if !opens {
		k := i + 1
		for k < len(toks) && toks[k].End <= sp.end {
			k++
		}
		for k < len(toks) && toks[k].Kind == nl.Punct && toks[k].Text != "," {
			k++
		}
		if k < len(toks) {
			return kroniek.Quote{}, false
		}
	}
	// The clause is the sentence without "volgens X".
	after := i + 1
	for after < len(toks) && toks[after].End <= sp.end {
		after++
	}
	var q kroniek.Quote
	var ok bool
	if i == 0 || (i == 1 && toks[0].Kind == nl.Punct) {
		for after < len(toks) && toks[after].Text == "," {
			after++
		}
		q, ok = x.clause(toks, after, s.End)
	} else {
		stop := i
		for stop > 0 && toks[stop-1].Kind == nl.Punct {
			stop--
		}
		if stop < 3 {
			return kroniek.Quote{}, false
		}
		start, end := toks[0].Start, toks[stop-1].End
		q, ok = kroniek.Quote{Start: start, End: end, Text: x.doc.Text[start:end], Kind: kroniek.QuoteIndirect}, true
	}
	if !ok || inside(q.Start) {
		return kroniek.Quote{}, false
	}
	q.SpeakerLocal, q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = sp.local, sp.text, sp.start, sp.end
	q.Cue, q.CueStart, q.CueEnd = "volgens", toks[i].Start, toks[i].End
	return q, true
}
