package nl

import "strings"

// POS is a universal part-of-speech tag (Universal Dependencies UPOS).
// The zero value means "not tagged".
type POS uint8

// The UPOS tags.
const (
	NOUN POS = iota + 1
	PROPN
	VERB
	AUX
	ADJ
	ADV
	ADP
	DET
	PRON
	NUM
	CCONJ
	SCONJ
	PUNCT
	SYM
	INTJ
	X
	numPOS // number of tags + 1
)

var posNames = [...]string{"", "NOUN", "PROPN", "VERB", "AUX", "ADJ", "ADV", "ADP", "DET", "PRON", "NUM", "CCONJ", "SCONJ", "PUNCT", "SYM", "INTJ", "X"}

// String returns the UPOS name ("NOUN"), or "" for an untagged token.
func (p POS) String() string {
	if int(p) < len(posNames) {
		return posNames[p]
	}
	return ""
}

// ParsePOS returns the tag named s ("NOUN"), or 0 if s names none.
func ParsePOS(s string) POS {
	for i, n := range posNames {
		if i > 0 && n == s {
			return POS(i)
		}
	}
	return 0
}

// Feats is a set of morphological features.
type Feats uint16

// The features. A finite verb has FeatFin and FeatPast or FeatPres; an
// infinitive FeatInf; a participle FeatPart (past participles also
// FeatPast, present participles FeatPres).
const (
	FeatFin Feats = 1 << iota
	FeatInf
	FeatPart
	FeatPast
	FeatPres
	FeatSing
	FeatPlur
	FeatPerson1
	FeatPerson2
	FeatPerson3
)

var featNames = [...]string{"Fin", "Inf", "Part", "Past", "Pres", "Sing", "Plur", "Person1", "Person2", "Person3"}

// Has reports whether every feature of g is in f.
func (f Feats) Has(g Feats) bool { return f&g == g }

// String lists the features, joined by "|" ("Fin|Past|Sing").
func (f Feats) String() string {
	var b strings.Builder
	for i, n := range featNames {
		if f&(1<<i) != 0 {
			if b.Len() > 0 {
				b.WriteByte('|')
			}
			b.WriteString(n)
		}
	}
	return b.String()
}

// Tense is the time reference of a clause as its verbs mark it.
type Tense uint8

// The tenses Doc.Tense tells apart.
const (
	TenseNone    Tense = iota // no finite verb, or not parsed
	TensePresent              // zegt, wordt opgepakt
	TensePast                 // zei, heeft gezegd, is opgepakt, werd opgepakt
	TenseFuture               // zal zeggen, gaat zeggen
)

// String returns "present", "past", "future" or "".
func (t Tense) String() string {
	switch t {
	case TensePresent:
		return "present"
	case TensePast:
		return "past"
	case TenseFuture:
		return "future"
	}
	return ""
}

// Oblique is an oblique dependent of a verb: the head of its noun phrase
// and its preposition (lowercased; "" if none, as in "vorige week").
type Oblique struct {
	Prep string
	Head int
}

// docSyntax is a Doc's annotation state.
type docSyntax struct {
	s      *Syntax
	lem    *lemmatizer // the models' lemmatiser, for CommonWord; nil without models
	parsed []bool      // per sentence
	// reps holds each token's tokRep from tagging, for lazy parsing
	reps []tokRep
	// tagged, when set (AnnotateOnDemand), tells the sentences tagged so
	// far; Parsed tags a sentence before parsing it
	tagged []bool
	// children index: first child and next sibling per token, built per
	// sentence on first navigation (deps.go)
	first, next []int32
	indexed     []bool
	// clause memoises Clause per token (deps.go)
	clause []int32
	// kept holds, per sentence, the annotation AnnotateOnDemand took over
	// for it (Syntax.Keep), until Parsed first asks for it; nil when none
	kept []*keptSentence
}

// Parsed reports whether sentence sent has heads and relations. If the
// document was annotated lazily (Syntax.Lazy), Parsed parses the sentence
// first; one annotated on demand (AnnotateOnDemand) is tagged first too.
func (d *Doc) Parsed(sent int) bool {
	if d.syn == nil || sent < 0 || sent >= len(d.syn.parsed) {
		return false
	}
	if !d.syn.parsed[sent] && d.syn.s != nil {
		if d.syn.tagged != nil && !d.syn.tagged[sent] {
			if d.takeKept(sent) {
				return true
			}
			d.syn.s.tagSentence(d, sent)
			d.syn.tagged[sent] = true
		}
		d.syn.s.parseSentence(d, sent)
	}
	return d.syn.parsed[sent]
}

// Annotated reports whether Annotate tagged the document (POS, Feats,
// Lemma set). Docs in other languages than Dutch are never annotated.
func (d *Doc) Annotated() bool { return d.syn != nil }
