package quote

import (
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// nameAfterTitle gives a quote whose speaker phrase is one word standing
// right before a person's name to that person: the word is their title or
// where they live, not someone else. "Zwollenaar Kees Bos schreef een
// nieuw lied. 'Het gaat over mijn stad.'" is Kees Bos's, not
// "Zwollenaar"'s; "VVD-wethouder Bos", "SP-Tweede Kamerlid Kees Bos"
// (one role word may come between) likewise. The recogniser sometimes
// cuts such a word off the name and even calls it a person of its own.
func (x *extractor) nameAfterTitle(q *kroniek.Quote) {
	if q.SpeakerEnd <= q.SpeakerStart || q.SpeakerEnd > len(x.doc.Text) {
		return
	}
	if w := x.doc.Text[q.SpeakerStart:q.SpeakerEnd]; strings.ContainsAny(w, " \n") || len(x.tokensIn(q.SpeakerStart, q.SpeakerEnd)) > 3 {
		return // more than one word: "de wethouder van Zwolle"
	} else if lw := strings.ToLower(w); isPronoun(lw) || nl.IsStopword(lw) {
		return // "Toen verweet hij Bos …": the name is whom he addresses
	}
	m, ok := x.personRightAfter(q.SpeakerEnd)
	if !ok || m.Local == q.SpeakerLocal {
		return
	}
	q.SpeakerLocal, q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = m.Local, m.Text, m.Start, m.End
}

// personRightAfter returns the person mention that begins one space after
// offset, or after one more role word ("Kamerlid" in "SP-Tweede Kamerlid
// Kees Bos"), in the same sentence.
func (x *extractor) personRightAfter(offset int) (kroniek.Mention, bool) {
	at := offset + 1
	if at >= len(x.doc.Text) || x.doc.Text[offset] != ' ' {
		return kroniek.Mention{}, false
	}
	if i := x.tokenAt(at); i < len(x.doc.Tokens) && x.doc.Tokens[i].Start == at && isRoleNoun(strings.ToLower(x.doc.Tokens[i].Text)) {
		end := x.doc.Tokens[i].End
		if end < len(x.doc.Text) && x.doc.Text[end] == ' ' {
			at = end + 1
		}
	}
	i := x.mentionFrom(at)
	if i >= len(x.mentions) || x.mentions[i].Start != at || x.sentenceAt(at) != x.sentenceAt(offset-1) {
		return kroniek.Mention{}, false
	}
	m := x.mentions[i]
	if l, ok := x.locals[m.Local]; !ok || l.Type != kroniek.PER {
		return kroniek.Mention{}, false
	}
	return m, true
}
