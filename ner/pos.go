package ner

import (
	"strings"
	"sync"

	"github.com/kroniek/kroniek/nl"
)

// syntax is kroniek's own part-of-speech tagger, loaded when a model that
// reads parts of speech first tags words that come without them.
var syntax = sync.OnceValues(func() (*nl.Syntax, error) {
	s, err := nl.LoadSyntax()
	if err != nil {
		return nil, err
	}
	lazy := *s
	lazy.Lazy = true // tag only: the parse is not needed
	return &lazy, nil
})

// tagPOS returns the words of a document whose sentences end at ends as
// tokens with the parts of speech and lemmas nl's tagger gives them, what
// Tag reads from an annotated nl.Doc. It returns nil when the tagger
// cannot be loaded.
func tagPOS(words []string, ends []int) []nl.Token {
	syn, err := syntax()
	if err != nil || len(words) == 0 {
		return nil
	}
	var b strings.Builder
	doc := &nl.Doc{Lang: "nl", Tokens: make([]nl.Token, len(words))}
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		doc.Tokens[i] = nl.Token{Start: b.Len(), End: b.Len() + len(w), Text: w}
		b.WriteString(w)
	}
	doc.Text = b.String()
	a := 0
	for _, e := range ends {
		if e > a {
			doc.Sentences = append(doc.Sentences, nl.Sentence{Start: doc.Tokens[a].Start, End: doc.Tokens[e-1].End, First: a, Tokens: doc.Tokens[a:e]})
		}
		a = e
	}
	syn.Annotate(doc)
	return doc.Tokens
}

// posClass is the feature value of a part of speech: the UPOS tag, with
// AUX read as VERB (parsing may turn one into the other after tagging).
func posClass(p nl.POS) uint8 {
	if p == nl.AUX {
		p = nl.VERB
	}
	return uint8(p)
}
