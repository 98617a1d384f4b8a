package quote

import (
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// notCompared takes the speaker from a quotation when its speaker is only a
// name the writer compares someone with:
// "Anders dan de PVV zal het samenwerken door 'punten te pakken …'",
// "À la Pim Fortuyn zagen zij juist een politicus 'die …'", "Net als het
// kabinet denken wij dat …". The one compared with is not who speaks: the
// cue verb's subject does, or without a cue the main clause's subject when
// it names a person; else the quotation stays without a speaker rather
// than with a wrong one.
func (x *extractor) notCompared(q *kroniek.Quote) {
	if q.SpeakerText == "" {
		return
	}
	m, ok := x.mentionAt(q.SpeakerStart, q.SpeakerEnd)
	if !ok || m.Start != q.SpeakerStart || !x.comparedWith(m) {
		return
	}
	var sp *speaker
	if q.Cue != "" {
		// "Net als het kabinet denken wij dat …": the cue verb's own subject.
		if v := x.tokenAt(q.CueStart); v < len(x.doc.Tokens) && x.doc.Tokens[v].Start == q.CueStart && x.parsed(v) {
			sp = x.parsedSubject(v)
			if (!sp.found() || sp.start == m.Start) && v+1 < len(x.doc.Tokens) && nominative[strings.ToLower(x.doc.Tokens[v+1].Text)] {
				// the parse took the compared name for the subject: a
				// nominative pronoun right after the finite verb is it
				t := x.doc.Tokens[v+1]
				sp = &speaker{text: t.Text, start: t.Start, end: t.End}
				if lw := strings.ToLower(t.Text); lw == "hij" || lw == "zij" || lw == "ze" {
					sp = x.pronoun(t)
				}
			}
		}
	} else {
		sp = x.mainSubject(x.doc.Sentences[x.sentenceAt(m.Start)])
		if sp.found() && (sp.local == "" || !x.personSpeaker(sp)) {
			sp = nil
		}
	}
	q.SpeakerLocal, q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = "", "", 0, 0
	if sp.found() && sp.start != m.Start && !x.comparedWithAt(sp.start) {
		sp.speaks(q)
	}
}

// comparedWith reports whether mention m is the standard of a comparison:
// after "à la", "evenals", "net als" or "zo als", or after "dan" that
// follows a comparative ("anders dan", "meer dan", "groter dan"), with at
// most an article or adjectives between.
func (x *extractor) comparedWith(m kroniek.Mention) bool {
	return x.comparedWithAt(m.Start)
}

func (x *extractor) comparedWithAt(offset int) bool {
	d := x.doc
	i := x.tokenAt(offset)
	j := i - 1
	for j >= 0 && i-j <= 3 && (isArticle(d.Tokens, j) || x.parsed(j) && d.Tokens[j].POS == nl.ADJ) {
		j--
	}
	if j < 1 {
		return false
	}
	w, before := strings.ToLower(d.Tokens[j].Text), strings.ToLower(d.Tokens[j-1].Text)
	switch {
	case w == "evenals", w == "la" && before == "à":
		return true
	case w == "als":
		return before == "net" || before == "zo"
	case w == "dan":
		return comparatives[before] || len(before) > 4 && strings.HasSuffix(before, "er") && x.parsed(j-1) && (d.Tokens[j-1].POS == nl.ADJ || d.Tokens[j-1].POS == nl.ADV)
	}
	return false
}

// nominative are the subject forms of the personal pronouns.
var nominative = map[string]bool{"ik": true, "jij": true, "je": true, "hij": true, "zij": true, "ze": true, "wij": true, "we": true, "jullie": true, "u": true}

// comparatives are the irregular comparatives before "dan".
var comparatives = map[string]bool{"anders": true, "meer": true, "minder": true, "eerder": true, "liever": true, "beter": true}
