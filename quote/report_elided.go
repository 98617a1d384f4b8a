package quote

import (
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// subjectOrElided returns the subject of the cue at toks[i:j] (subject,
// on toks[:d]), or else the speaker of a report earlier in the same
// sentence when the cue's clause is a verb phrase coordinated to that
// report's with its subject left out (a subject found inside that report's
// clause is none) ("X erkent dat …, maar blijft van
// mening dat …", "X zegt dat … en denkt dat …"). from is the sentence's
// start, reported the reports found so far.
func (x *extractor) subjectOrElided(toks []nl.Token, d, i, j, from int, reported []kroniek.Quote) *speaker {
	sp := x.subject(toks[:d], i, j)
	if sp.found() && !subjectInReport(sp, from, reported) {
		return sp
	}
	k := i - 1
	for k >= 0 && i-k <= 4 && toks[k].Kind == nl.Word && !isCoordinator(toks[k].Text) {
		k--
	}
	if k < 0 || !strings.EqualFold(toks[k].Text, "maar") && !strings.EqualFold(toks[k].Text, "en") {
		return sp
	}
	for n := len(reported) - 1; n >= 0; n-- {
		r := reported[n]
		if r.Start < from {
			break
		}
		if r.End <= toks[k].Start && (r.SpeakerLocal != "" || r.SpeakerText != "") && r.Cue != "volgens" {
			return &speaker{local: r.SpeakerLocal, text: r.SpeakerText, start: r.SpeakerStart, end: r.SpeakerEnd}
		}
	}
	return sp
}

// subjectInReport reports whether the phrase sp stands inside the clause of
// a report of the sentence starting at from: words said, not the subject
// of a verb after them ("X zegt dat de regels … en denkt dat …").
func subjectInReport(sp *speaker, from int, reported []kroniek.Quote) bool {
	for n := len(reported) - 1; n >= 0 && reported[n].Start >= from; n-- {
		if r := reported[n]; r.Start <= sp.start && sp.start < r.End {
			return true
		}
	}
	return false
}
