package quote

import (
	"strings"

	"github.com/kroniek/kroniek/nl"
)

// parsedSubject returns the speaker that the dependency parse gives as the
// subject of the speech verb at token v (nl.Doc.Subject: nsubj, the agent
// of a passive, the subject of the clause an xcomp or conj belongs to), or
// nil when the sentence is not parsed, the verb has no subject, or the
// subject lies inside a quotation. The subject's phrase (nl.Doc.Span)
// gives the name, pronoun or description it is.
func (x *extractor) parsedSubject(v int) *speaker {
	d := x.doc
	if v < 0 || v >= len(d.Tokens) || !d.Parsed(d.SentenceOf(v)) {
		return nil
	}
	s := d.Subject(v)
	if s < 0 || x.quoted(d.Tokens[s].Start) {
		return nil
	}
	t := d.Tokens[s]
	first, last := d.Span(s)
	if m, ok := x.mentionAt(t.Start, t.End); ok {
		if m.Start <= t.Start && m.End >= t.End || first < 0 {
			return x.fromMention(m)
		}
		// "Ajax-aanvoerder Matthijs de Ligt": the name in the head only
		// modifies a title; the person follows in the phrase.
		if p, ok := x.mentionWithin(d.Tokens[s+1:last+1], last-s); ok {
			return x.fromMention(p)
		}
		return x.fromMention(m)
	}
	lw := strings.ToLower(t.Text)
	if isPronoun(lw) {
		return x.pronoun(t)
	}
	if lw == "men" {
		return &speaker{text: t.Text, start: t.Start, end: t.End} // "zegt men": nobody in particular
	}
	if t.Kind != nl.Word || isFunctionWord(t.Text) || isArticle(d.Tokens, s) {
		return nil // "het", "een": no phrase that names a speaker
	}
	if first < 0 || last < first || last-first > 12 {
		return nil
	}
	phrase := d.Tokens[first : last+1]
	// A person named in the phrase: "minister Blok", "de burgemeester van
	// Utrecht, Sharon Dijksma".
	if m, ok := x.mentionWithin(phrase, len(phrase)); ok {
		return x.fromMention(m)
	}
	// "Studentenorganisatie ISO": a body named right after its kind.
	if s+1 <= last {
		if m, ok := x.mentionAt(d.Tokens[s+1].Start, d.Tokens[s+1].End); ok && m.Local != "" {
			return x.fromMention(m)
		}
	}
	if isRoleNoun(lw) || isDeterminer(phrase, 0) {
		return x.description(phrase, s-first)
	}
	return nil
}

// tokenIndex returns the index in doc.Tokens of the token starting at
// offset start.
func (x *extractor) tokenIndex(t nl.Token) int {
	i := x.tokenAt(t.Start)
	if i < len(x.doc.Tokens) && x.doc.Tokens[i].Start == t.Start {
		return i
	}
	return -1
}
