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
			return x.describedPeople(st, true)
		}
	}
	return nil
}

// describedPeople returns the words of the noun phrase headed by noun i,
// up to its first comma or clause ("een man", "Mijn kleine zoon", "een
// groep vrouwen"), when its head or a noun in it names people (or
// whatever it names, when onlyPeople is false: the subject of a speech verb
// speaks); nil otherwise or for a phrase of more than eight words.
func (x *extractor) describedPeople(i int, onlyPeople bool) *speaker {
	d := x.doc
	first, last := d.Span(i)
	if first < 0 || first > i {
		return nil
	}
	end := i
	for k := i + 1; k <= last; k++ {
		t := d.Tokens[k]
		if t.Kind == nl.Punct || strings.HasPrefix(t.Rel, "acl") || t.Rel == "conj" || t.Rel == "cc" || x.quoted(t.Start) || t.POS == nl.PRON && nl.Lex().Is(nl.ClassRelative, strings.ToLower(t.Text)) {
			break // "een andere lezer die vindt …": up to the relative clause
		}
		end = k
	}
	if end-first >= 8 {
		return nil
	}
	who := !onlyPeople
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

// cueSubject returns the words of the subject of the speech verb c that
// follows a quotation when they start with no definite article ("«Q»,
// zegt een goed ingevoerde bron uit het criminele milieu", "«Q», schrijft
// een andere lezer die …", "«Q», vindt opa"): whoever the verb's subject
// describes speaks, named or not. nil for a pronoun ("zei ik") or
// "er … een", or when the parse gives the verb no subject after it.
func (x *extractor) cueSubject(c *speaker) *speaker {
	d := x.doc
	v := x.tokenAt(c.cueStart)
	if !x.parsed(v) || v >= len(d.Tokens) || d.Tokens[v].Start != c.cueStart {
		return nil
	}
	st := x.subjectTok(v)
	if st < 0 {
		st = x.indefiniteAfterVerb(v) // the quotation hung on the verb as its subject
	}
	if st <= v || x.quoted(d.Tokens[st].Start) {
		return nil
	}
	lw := strings.ToLower(d.Tokens[st].Text)
	if st > v+1 && strings.EqualFold(d.Tokens[v+1].Text, "er") {
		return nil // "vraagt er wel eens een": someone, no description
	}
	switch {
	case d.Tokens[st].POS == nl.NOUN:
		return x.describedPeople(st, false)
	case (lw == "een" || lw == "één") && st+2 < len(d.Tokens) && strings.EqualFold(d.Tokens[st+1].Text, "van"):
		// "een van hen", "een van de agenten"
		_, last := d.Span(st)
		end := st + 2
		for k := st + 3; k <= last && k < st+6 && d.Tokens[k].Kind != nl.Punct && !strings.HasPrefix(d.Tokens[k].Rel, "acl"); k++ {
			end = k
		}
		return &speaker{text: d.Text[d.Tokens[st].Start:d.Tokens[end].End], start: d.Tokens[st].Start, end: d.Tokens[end].End}
	}
	return nil
}

// indefiniteAfterVerb returns the head noun of an indefinite phrase that
// follows the verb v right away ("zegt een goed ingevoerde bron"), when
// the parse gave the verb no subject; -1 otherwise.
func (x *extractor) indefiniteAfterVerb(v int) int {
	d := x.doc
	if v+1 >= len(d.Tokens) || !strings.EqualFold(d.Tokens[v+1].Text, "een") {
		return -1
	}
	for k := v + 2; k < len(d.Tokens) && k <= v+5; k++ {
		switch d.Tokens[k].POS {
		case nl.NOUN:
			return k
		case nl.ADJ, nl.ADV, nl.VERB:
			continue // "goed ingevoerde"
		}
		return -1
	}
	return -1
}
