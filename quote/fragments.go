package quote

import (
	"strings"

	"github.com/kroniek/kroniek"
)

// attributedFragments makes quotations of the terms of qs that someone is
// said to utter: a few quoted words inside a report with a speaker ("De
// strafzaak is er 'niet direct duidelijker op geworden', zei X": the
// words are X's; fragmentSpeaker reads those a speech verb's ccomp holds,
// this those of a report after its clause, carried on or "volgens").
// One word stays a term (the golds' convention), and so does a phrase
// that opens with a capital inside its sentence or stands in parentheses
// (a name or a title: 'Modest Fashion', 'FCK FVD'; a translation).
func (x *extractor) attributedFragments(qs []kroniek.Quote) {
	for k := range qs {
		q := &qs[k]
		if q.Kind != kroniek.QuoteTerm || !x.fragmentLike(*q) {
			continue
		}
		if r, ok := reportOver(qs, *q); ok {
			q.Kind = kroniek.QuoteDirect
			q.SpeakerLocal, q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = r.SpeakerLocal, r.SpeakerText, r.SpeakerStart, r.SpeakerEnd
			q.Cue, q.CueStart, q.CueEnd = r.Cue, r.CueStart, r.CueEnd
		}
	}
}

// fragmentLike reports whether the term q may be someone's words: two
// words or more, lower case unless it opens its sentence, not in
// parentheses, not a title the narration names.
func (x *extractor) fragmentLike(q kroniek.Quote) bool {
	words := strings.Fields(q.Text)
	if len(words) < 2 {
		return false
	}
	i := x.tokenAt(q.Start)
	if i <= 0 || i >= len(x.doc.Tokens) {
		return false
	}
	open := i - 1 // the opening mark
	if open > 0 && x.doc.Tokens[open-1].Text == "(" {
		return false
	}
	if isCapitalised(words[0]) {
		si := x.sentenceAt(q.Start)
		if si < 0 || x.doc.Sentences[si].Start < x.doc.Tokens[open].Start && !endsSentence(x.doc.Text[x.doc.Sentences[si].Start:x.doc.Tokens[open].Start]) {
			return false
		}
	}
	return !isName(q.Text) && !x.afterWorkNoun(x.doc.Tokens[open].Start)
}

// reportOver returns the report of qs with a speaker whose text holds the
// term q; not a view ("raakt ervan overtuigd dat … 'die slang' …": the
// words of those the view is about).
func reportOver(qs []kroniek.Quote, q kroniek.Quote) (kroniek.Quote, bool) {
	for _, r := range qs {
		if r.Kind != kroniek.QuoteIndirect || r.SpeakerLocal == "" && r.SpeakerText == "" || stance(strings.ToLower(r.Cue)) {
			continue
		}
		if r.Start <= q.Start && q.End <= r.End {
			return r, true
		}
	}
	return kroniek.Quote{}, false
}

// stance reports whether a report's cue tells a view rather than speech:
// an opinion verb ("vindt", "denkt") or a stance predicate ("is ervan
// overtuigd", "is bang"), not a wish ("wil dat").
func stance(cue string) bool {
	return opinion(cue) || predicates[cue] && !strings.HasPrefix(cue, "wil")
}

// dropMarkedTwins leaves out a report whose clause is a direct quotation
// of the same speaker word for word ("X zei dat 'Q'": the direct quote Q
// and the report Q are one quote, kept as the direct one; the report may
// hold the marks, up to three bytes each side).
func dropMarkedTwins(qs []kroniek.Quote) []kroniek.Quote {
	twin := func(r kroniek.Quote) bool {
		if r.Kind != kroniek.QuoteIndirect {
			return false
		}
		for _, d := range qs {
			if d.Kind == kroniek.QuoteDirect && d.Start <= r.Start+3 && r.End <= d.End+3 && d.SpeakerLocal == r.SpeakerLocal && d.SpeakerText == r.SpeakerText && normText(d.Text) == normText(r.Text) {
				return true
			}
		}
		return false
	}
	var drop []bool
	for _, r := range qs {
		drop = append(drop, twin(r))
	}
	out := qs[:0]
	for k, q := range qs {
		if !drop[k] {
			out = append(out, q)
		}
	}
	return out
}
