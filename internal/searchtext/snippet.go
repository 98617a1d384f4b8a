package searchtext

import (
	"slices"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/rank"
	"github.com/kroniek/kroniek/nl"
)

// SnippetBytes is the approximate length of a snippet.
const SnippetBytes = 240

// Snippet returns about SnippetBytes of text around the first place where
// one of the query's phrases occurs, with every word of every occurrence
// in it between \x02 and \x03, and "…" where text was cut. A phrase is a
// list of search terms in order (a last one ending in "*" is a prefix);
// the words are normalised as the index normalised them (termsOf gives a
// word's terms, none for a stop word), so "Den Haag" marks the two words
// together and never a lone "Haag".
func Snippet(text, lang string, phrases [][]string, termsOf func(string) []string) string {
	var toks []nl.Token
	if lang == "" || lang == "nl" {
		toks = nl.Tokenize(text, 0, len(text), nil)
	} else {
		toks = nl.Parse(text, nl.Options{Lang: lang}).Tokens
	}
	words := make([]nl.Token, 0, len(toks))
	for _, t := range toks {
		if t.Kind == nl.Word || t.Kind == nl.Number {
			words = append(words, t)
		}
	}
	marked := markPhrases(words, phrases, termsOf)
	first := slices.Index(marked, true)
	if len(words) == 0 {
		return ""
	}
	// Start a few words before the first match, end at a word boundary
	// about SnippetBytes later.
	lo := 0
	if first > 0 {
		lo = max(0, first-6)
		for lo < first && words[first].Start-words[lo].Start > SnippetBytes/3 {
			lo++
		}
	}
	start := words[lo].Start
	hi := lo
	for hi+1 < len(words) && words[hi+1].End-start <= SnippetBytes {
		hi++
	}
	end := words[hi].End
	// Keep punctuation right after the last word.
	for _, t := range toks {
		if t.Start == end && t.Kind == nl.Punct {
			end = t.End
			break
		}
	}
	var b strings.Builder
	if start > 0 {
		b.WriteString("… ")
	}
	pos := start
	for i := lo; i <= hi; i++ {
		t := words[i]
		if marked[i] {
			b.WriteString(oneLine(text[pos:t.Start]))
			b.WriteString("\x02" + t.Text + "\x03")
			pos = t.End
		}
	}
	b.WriteString(oneLine(text[pos:end]))
	if end < len(strings.TrimRight(text, " \n\t")) {
		b.WriteString(" …")
	}
	return b.String()
}

// markPhrases tells, per word, whether it lies in an occurrence of one of
// the phrases. The words' terms are read as one stream, as the index holds
// them: a word may give several terms or none. A word that cannot start
// like any term of the phrases is not stemmed at all: it only breaks the
// stream, unless termsOf gives it no terms (a stop word), which the
// prefix test tells from a few folded letters.
func markPhrases(words []nl.Token, phrases [][]string, termsOf func(string) []string) []bool {
	marked := make([]bool, len(words))
	if len(phrases) == 0 {
		return marked
	}
	// A term keeps the first three letters of its folded word (stemming
	// only changes endings), so most words are ruled out without stemming.
	prefixes := map[string]bool{}
	for _, p := range phrases {
		for _, term := range p {
			term, _ = Prefix(term)
			prefixes[term[:min(3, len(term))]] = true
		}
	}
	type termAt struct {
		term string
		word int
	}
	var stream []termAt
	for i, w := range words {
		ts := termsOf(w.Text)
		if len(ts) > 0 && !mayMatch(w.Text, prefixes) {
			stream = append(stream, termAt{"", i}) // matches no term
			continue
		}
		for _, t := range ts {
			stream = append(stream, termAt{t, i})
		}
	}
	same := func(term, want string) bool {
		if p, ok := Prefix(want); ok {
			return strings.HasPrefix(term, p)
		}
		return term == want
	}
	for k := range stream {
		for _, p := range phrases {
			if len(p) == 0 || k+len(p) > len(stream) {
				continue
			}
			n := 0
			for n < len(p) && same(stream[k+n].term, p[n]) {
				n++
			}
			if n == len(p) {
				for _, at := range stream[k : k+n] {
					marked[at.word] = true
				}
			}
		}
	}
	return marked
}

// mayMatch reports whether word's folded form starts like one of the term
// prefixes (a term's first three bytes, or all of a shorter term).
func mayMatch(word string, prefixes map[string]bool) bool {
	var buf [3]byte
	n := 0
	for n < len(word) && n < 3 {
		c := word[n]
		if c >= 0x80 {
			// Not ASCII: fold properly.
			f := nl.Fold(word)
			for k := 1; k <= min(3, len(f)); k++ {
				if prefixes[f[:k]] {
					return true
				}
			}
			return false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	for k := 1; k <= n; k++ {
		if prefixes[string(buf[:k])] {
			return true
		}
	}
	return false
}

// oneLine replaces runs of white space that hold a line break or tab with
// one space.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		switch r {
		case ' ', '\n', '\r', '\t':
			if !space {
				b.WriteByte(' ')
			}
			space = true
		default:
			b.WriteRune(r)
			space = false
		}
	}
	return b.String()
}

// TopCounts returns the non-empty values of m by count, then value; at
// most n when n > 0. It makes the facets both stores count in Go.
func TopCounts(m map[string]int, n int) []kroniek.FacetCount {
	list := []kroniek.FacetCount{}
	for _, v := range rank.ByCount(m) {
		if v != "" {
			list = append(list, kroniek.FacetCount{Value: v, Count: m[v]})
		}
	}
	if n > 0 && len(list) > n {
		list = list[:n]
	}
	return list
}
