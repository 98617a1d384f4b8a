package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
)

// narratorsSentence reports whether the main clause of sentence si has
// the narrator for its subject ("vraag ik belet bij wethouder X", "we
// spraken met X"): such a sentence is about the one the narrator turns
// to, so a person after its preposition is who a "hij" after it means,
// rather than someone named further back ("Voordat ik Y spreek, vraag ik
// belet bij X. Hij stuurt een mail terug" is X). A column's "ik" can
// never be "hij" itself.
func (x *extractor) narratorsSentence(si int) bool {
	if si < 0 || si >= len(x.doc.Sentences) {
		return false
	}
	for _, t := range x.doc.Sentences[si].Tokens {
		r := x.tokenIndex(t)
		if !x.parsed(r) || x.doc.Tokens[r].Head >= 0 {
			continue
		}
		s := x.doc.Subject(r)
		if s < 0 || x.quoted(x.doc.Tokens[s].Start) {
			return false
		}
		switch strings.ToLower(x.doc.Tokens[s].Text) {
		case "ik", "we", "wij":
			return true
		}
		return false
	}
	return false
}

// firstPersonInside gives a quotation whose cue has "ik" or "we" for its
// subject, and stands inside another quotation's marks, the speaker of
// that other quotation: in ",,Hij wilde geld. 'Heb ik niet', riep ik.”"
// the "ik" is whoever speaks the outer words, not the writer. That
// speaker is the one of the last attributed quotation inside the outer
// marks before q. qs is in text order.
func (x *extractor) firstPersonInside(qs []kroniek.Quote) {
	for k := range qs {
		q := &qs[k]
		if q.SpeakerLocal != "" || q.SpeakerText != "" || q.CueEnd <= q.CueStart || !x.firstPersonCue(q) {
			continue
		}
		outer, ok := x.outerMarks(q)
		if !ok {
			continue
		}
		for j := k - 1; j >= 0 && qs[j].End > outer.innerStart; j-- {
			p := qs[j]
			if p.Kind == kroniek.QuoteDirect && p.Start >= outer.innerStart && p.End <= q.Start && (p.SpeakerLocal != "" || p.SpeakerText != "") {
				q.SpeakerLocal, q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = p.SpeakerLocal, p.SpeakerText, p.SpeakerStart, p.SpeakerEnd
				break
			}
		}
	}
}

// firstPersonCue reports whether the word right after q's cue, or right
// before it, is "ik", "we" or "wij" ("riep ik", "we dachten").
func (x *extractor) firstPersonCue(q *kroniek.Quote) bool {
	i := x.tokenAt(q.CueStart)
	for _, j := range []int{i - 1, x.tokenAt(q.CueEnd)} {
		if j >= 0 && j < len(x.doc.Tokens) && firstPersonSubject[strings.ToLower(x.doc.Tokens[j].Text)] {
			return true
		}
	}
	return false
}

// outerMarks returns the quotation whose marks hold q and its cue. The
// marks scan ends ",,Hij wilde geld. 'Heb ik niet', riep ik.”" before
// the inner opening mark (an opening mark after a finished sentence
// starts a new quotation), so the outer one is the span right before q's,
// left without a closing mark, of another family than q's, whose closing
// mark is the first quote mark after q's cue in the paragraph.
func (x *extractor) outerMarks(q *kroniek.Quote) (span, bool) {
	i := sort.Search(len(x.spans), func(i int) bool { return x.spans[i].innerEnd > q.Start })
	if i == 0 || i >= len(x.spans) || x.spans[i].innerStart > q.Start || !x.spans[i].cont {
		return span{}, false
	}
	s, p := x.spans[i], x.spans[i-1]
	fam := x.familyAt(p.open)
	if p.para != s.para || p.closeEnd != p.close || fam == x.familyAt(s.open) {
		return span{}, false
	}
	end := x.doc.Paragraphs[s.para][1]
	for j := x.tokenAt(q.CueEnd); j < len(x.doc.Tokens) && x.doc.Tokens[j].Start < end; j++ {
		if t := x.doc.Tokens[j]; isQuoteTok(t) {
			closing := t.Start > 0 && !unicode.IsSpace(rune(x.doc.Text[t.Start-1]))
			return p, closing && x.familyAt(t.Start) == fam
		}
	}
	return span{}, false
}

// familyAt returns the family of the quote mark at offset; the doubled
// ",," and "”" of Dutch newspapers are double marks.
func (x *extractor) familyAt(off int) family {
	if t := x.doc.Text[off:]; strings.HasPrefix(t, ",,") || strings.HasPrefix(t, "''") {
		return double
	}
	r, _ := utf8.DecodeRuneInString(x.doc.Text[off:])
	return markFamily(r)
}
