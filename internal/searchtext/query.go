package searchtext

import (
	"strings"

	"github.com/kroniek/kroniek/nl"
)

// MaxQueryWords bounds the number of words a query keeps.
const MaxQueryWords = 32

// Query is a user's query text as search terms: every word must match
// (Words are AND-ed); a word matches when one of its alternatives does
// (OR-ed); an alternative is a phrase of one or more terms in order.
type Query struct {
	Words [][][]string
	// Terms is every term the query looks for, for snippets.
	Terms map[string]bool
	// None is set when the text has words but none searchable (only stop
	// words or punctuation): nothing matches.
	None bool
}

// ParseQuery turns user text into terms: each word becomes its Dutch and
// language-neutral normalisations, or only that of lang when lang is
// given. A word that is a stop word in a language dropping them is left
// out. No character of the text is syntax: the stores quote every term.
func ParseQuery(text, lang string) Query {
	q := Query{Terms: map[string]bool{}}
	langs := []string{"nl", "und"}
	if lang != "" {
		langs = []string{lang}
	}
	for _, tok := range nl.Tokenize(text, 0, len(text), nil) {
		if tok.Kind != nl.Word && tok.Kind != nl.Number {
			continue
		}
		if len(q.Words) == MaxQueryWords {
			break
		}
		var alts [][]string
		seen := map[string]bool{}
		stop := false
		for _, l := range langs {
			terms := nl.Terms(tok.Text, l)
			if len(terms) == 0 {
				stop = true
				break
			}
			phrase := strings.Join(terms, " ")
			if !seen[phrase] {
				seen[phrase] = true
				alts = append(alts, terms)
			}
			for _, t := range terms {
				q.Terms[t] = true
			}
		}
		if stop || len(alts) == 0 {
			continue
		}
		q.Words = append(q.Words, alts)
	}
	q.None = len(q.Words) == 0 && strings.TrimSpace(text) != ""
	return q
}
