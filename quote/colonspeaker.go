package quote

import (
	"strings"

	"github.com/kroniek/kroniek/nl"
)

// colonSpeaker returns who speaks a quotation that a finite speech verb
// before a colon introduces when attribute found no one ("hoe een man
// scandeert: «Q»", "Mijn kleine zoon … riep uit zijn kleine volle borst:
// «Q»"): the verb's subject by the parse, as the person or body it names,
// the person a third-person pronoun resolves to, or the words of a
// description of people. nil for a first-person subject (the writer), an
// unresolved pronoun or a subject that names no one.
func (x *extractor) colonSpeaker(s span) *speaker {
	v := x.speechVerbBefore(s)
	if v < 0 {
		return nil
	}
	d := x.doc
	st := x.subjectTok(v)
	if h := d.Tokens[v].Head; st < 0 && h >= 0 && len(d.Dependents(v, "cc")) > 0 {
		st = x.subjectTok(h) // "fietste voorop, draaide zich om en riep …:": the first verb's subject
	}
	if st < 0 || st >= len(d.Tokens) || x.quoted(d.Tokens[st].Start) {
		return nil
	}
	t := d.Tokens[st]
	lw := strings.ToLower(t.Text)
	switch t.POS {
	case nl.PRON:
		if lw != "hij" && lw != "zij" && lw != "ze" {
			return nil
		}
		if sp := x.pronoun(t); sp.found() && sp.local != "" {
			return sp
		}
		return nil
	case nl.NOUN, nl.PROPN:
		if sp := x.phrase(st); sp.found() {
			return sp
		}
		if t.POS == nl.NOUN {
			return x.describedPeople(st)
		}
	}
	return nil
}

// describedPeople returns the words of the noun phrase headed by noun i,
// up to its first comma or clause ("een man", "Mijn kleine zoon", "een
// groep vrouwen"), when its head or a noun in it names people; nil
// otherwise or for a phrase of more than six words.
func (x *extractor) describedPeople(i int) *speaker {
	d := x.doc
	first, last := d.Span(i)
	if first < 0 || first > i {
		return nil
	}
	end := i
	for k := i + 1; k <= last; k++ {
		t := d.Tokens[k]
		if t.Kind == nl.Punct || strings.HasPrefix(t.Rel, "acl") || t.Rel == "conj" || t.Rel == "cc" || x.quoted(t.Start) {
			break
		}
		end = k
	}
	if end-first >= 6 {
		return nil
	}
	who := false
	for k := first; k <= end; k++ {
		if d.Tokens[k].POS != nl.NOUN {
			continue
		}
		lw := strings.ToLower(d.Tokens[k].Text)
		who = who || personNoun(lw) || isRoleNoun(lw) || doerNoun(lw) || people(lw) || wordGender(lw) != genderUnknown
	}
	if !who {
		return nil
	}
	return &speaker{text: d.Text[d.Tokens[first].Start:d.Tokens[end].End], start: d.Tokens[first].Start, end: d.Tokens[end].End}
}
