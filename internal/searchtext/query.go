package searchtext

import (
	"strings"
	"unicode"

	"github.com/kroniek/kroniek/nl"
)

// MaxQueryWords bounds the number of words a query keeps.
const MaxQueryWords = 32

// Query is a user's query text as search terms: every word must match
// (Words are AND-ed); a word matches when one of its alternatives does
// (OR-ed); an alternative is a phrase of one or more terms in order, and
// when its last term ends in "*" that term is a prefix. No article may
// match any word of Not.
type Query struct {
	Words [][][]string
	Not   [][][]string
	// Terms is every term the query looks for.
	Terms map[string]bool
	// Phrases is every alternative the query looks for (not those of
	// Not), for snippets: a snippet marks a word only inside one of them.
	Phrases [][]string
	// None is set when the text has words but none searchable (only stop
	// words or punctuation): nothing matches.
	None bool
	// NoWord is set, with None, when the text holds no letter or digit
	// at all ("\"", "-"): a page then says the query has no word, not
	// that its words are too common.
	NoWord bool
}

// Prefix reports whether a term of an alternative is a prefix ("loekas*")
// and returns it without the mark.
func Prefix(term string) (string, bool) {
	if strings.HasSuffix(term, "*") {
		return strings.TrimSuffix(term, "*"), true
	}
	return term, false
}

// chunk is one piece of query syntax: a word or a quoted phrase, maybe
// negated, maybe a prefix, maybe OR-ed with the chunk before it.
type chunk struct {
	text   string
	phrase bool
	not    bool
	or     bool
	prefix bool
}

// chunks splits query text on the syntax search engines share: "a phrase"
// in double quotes, OR between two words or phrases, NOT or a leading -
// before one, and a trailing * for a prefix. OF and NIET are OR and NOT
// in Dutch (in capitals, as OR and NOT; in lower case they are words).
func chunks(text string) []chunk {
	var out []chunk
	pendingOr, pendingNot := false, false
	for i := 0; i < len(text); {
		if c := text[i]; c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			i++
			continue
		}
		c := chunk{or: pendingOr, not: pendingNot}
		if text[i] == '-' && i+1 < len(text) && text[i+1] != ' ' {
			c.not = true
			i++
		}
		if text[i] == '"' {
			end := strings.IndexByte(text[i+1:], '"')
			if end < 0 {
				end = len(text) - i - 1
			}
			c.text, c.phrase = text[i+1:i+1+end], true
			i += end + 2
		} else {
			end := strings.IndexAny(text[i:], " \t\n\r")
			if end < 0 {
				end = len(text) - i
			}
			c.text = text[i : i+end]
			i += end
			switch c.text {
			case "OR", "OF", "|":
				pendingOr = len(out) > 0
				continue
			case "NOT", "NIET":
				pendingNot = true
				continue
			}
			if strings.HasSuffix(c.text, "*") {
				c.text, c.prefix = strings.TrimRight(c.text, "*"), true
			}
		}
		pendingOr, pendingNot = false, false
		if c.or && c.not {
			c.or = false // "a OR NOT b" is not supported: b is left out
		}
		out = append(out, c)
	}
	return out
}

// ParseQuery turns user text into terms: each word becomes its Dutch and
// language-neutral normalisations, or only that of lang when lang is
// given. A word that is a stop word in a language dropping them is left
// out, and so is a phrase of such words only. It reads "phrases", OR (OF), NOT (NIET, or -word) and prefix*; no other
// character of the text is syntax, and the stores quote every term.
func ParseQuery(text, lang string) Query {
	q := Query{Terms: map[string]bool{}}
	langs := []string{"nl", "und"}
	if lang != "" {
		langs = []string{lang}
	}
	for _, c := range chunks(text) {
		var words [][][]string
		toks := nl.Tokenize(c.text, 0, len(c.text), nil)
		var kept []nl.Token
		for _, tok := range toks {
			if tok.Kind == nl.Word || tok.Kind == nl.Number {
				kept = append(kept, tok)
			}
		}
		if c.phrase {
			// One word: the phrase's terms in order, per language. A
			// phrase of stop words only (of a language dropping them) is
			// left out, as each of its words would be.
			var alts [][]string
			seen := map[string]bool{}
			stop := false
			for _, l := range langs {
				var terms []string
				for _, tok := range kept {
					terms = append(terms, nl.Terms(tok.Text, l)...)
				}
				stop = stop || len(terms) == 0 && len(kept) > 0
				if len(terms) == 0 || seen[strings.Join(terms, " ")] {
					continue
				}
				seen[strings.Join(terms, " ")] = true
				alts = append(alts, terms)
			}
			if len(alts) > 0 && !stop {
				words = append(words, alts)
			}
		} else {
			for k, tok := range kept {
				prefix := c.prefix && k == len(kept)-1
				var alts [][]string
				seen := map[string]bool{}
				stop := false
				for _, l := range langs {
					if prefix {
						l = "und" // a prefix is folded, never stemmed
					}
					terms := nl.Terms(tok.Text, l)
					if len(terms) == 0 {
						stop = !prefix
						break
					}
					if prefix {
						terms[len(terms)-1] += "*"
					}
					phrase := strings.Join(terms, " ")
					if !seen[phrase] {
						seen[phrase] = true
						alts = append(alts, terms)
					}
				}
				if stop || len(alts) == 0 {
					continue
				}
				words = append(words, alts)
			}
		}
		if len(words) == 0 {
			continue
		}
		for _, alts := range words {
			for _, terms := range alts {
				for _, t := range terms {
					t, _ = Prefix(t)
					if !c.not {
						q.Terms[t] = true
					}
				}
			}
		}
		if !c.not {
			for _, alts := range words {
				q.Phrases = append(q.Phrases, alts...)
			}
		}
		switch {
		case c.not:
			q.Not = append(q.Not, words...)
		case c.or && len(q.Words) > 0:
			// OR joins the previous word and this chunk's first word.
			last := len(q.Words) - 1
			q.Words[last] = append(q.Words[last], words[0]...)
			q.Words = append(q.Words, words[1:]...)
		default:
			q.Words = append(q.Words, words...)
		}
		if len(q.Words) > MaxQueryWords {
			q.Words = q.Words[:MaxQueryWords]
		}
		if len(q.Not) > MaxQueryWords {
			q.Not = q.Not[:MaxQueryWords]
		}
	}
	q.None = len(q.Words) == 0 && strings.TrimSpace(text) != "" && len(q.Not) == 0
	q.NoWord = q.None && !strings.ContainsFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	return q
}
