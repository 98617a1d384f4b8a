package amount

import (
	"strings"

	"github.com/kroniek/kroniek/nl"
)

// graded reports a bare number on sentence tokens [start, end) that is a
// school mark: one to ten in digits right after the article "een" and
// closing its phrase ("beoordelen de cursus met een 7,5", "gaf de
// docent een 8 voor het verslag"). Dutch writes no article before a count
// that has no noun.
func (x *scanner) graded(start, end int) bool {
	if x.word(start-1) != "een" || end-start != 1 || x.toks[start].Kind != nl.Number {
		return false
	}
	if end >= len(x.toks) || x.toks[end].Kind == nl.Punct {
		return true
	}
	switch x.low[end] {
	case "als", "voor", "min", "plus":
		return true // een 6 als eindcijfer, een 8 min, een 7 voor inzet
	}
	return false
}

// markedVerbs give a mark to their object ("beoordelen de les met een 8")
// or indirect object ("gaf het college een 6").
var markedVerbs = map[string]string{"beoordelen": "obj", "waarderen": "obj", "belonen": "obj", "geven": "iobj"}

// grade names a school mark on sentence tokens [start, end): "cijfer",
// with what the clause's verb gives it to when the parse says so ("De
// leerlingen beoordelen de cursus met een 7,4" → cijfer cursus). The
// offsets point at that noun, or are zero for the bare mark.
func (x *scanner) grade(start, end int) span {
	sp := span{text: "cijfer"}
	if !x.parsed() {
		return sp
	}
	d := x.doc
	v := d.Clause(x.first + start)
	if v < 0 {
		return sp
	}
	rel, ok := markedVerbs[strings.ToLower(d.Tokens[v].Lemma)]
	if !ok {
		return sp
	}
	for _, o := range d.Dependents(v, rel) {
		if j := o - x.first; d.Tokens[o].POS == nl.NOUN && (j < start || j >= end) {
			n := x.nounPhrase(o)
			return span{text: "cijfer " + n.text, start: n.start, end: n.end}
		}
	}
	return sp
}
