package story

import (
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek/nl"
)

// words splits text into lowercased, diacritic-folded runs of letters and
// digits (nl.Fold); hyphens and apostrophes split words. It feeds the
// duplicate shingles, where stems and stop words would only blur copies.
func words(text string) []string {
	var out []string
	start := -1
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, nl.Fold(text[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, nl.Fold(text[start:]))
	}
	return out
}

// names returns the capitalised words of text that do not open a sentence,
// lowercased and folded: a cheap, language-independent signal of the names
// an article is about, used beside resolved entities.
func names(text string) []string {
	var out []string
	start := true // at the start of a sentence
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			switch r {
			case '.', '!', '?', '\n', ':', '"', '“', '‘', '\'':
				start = true
			}
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) && r2 != '-' {
				break
			}
			j += s2
		}
		if unicode.IsUpper(r) && !start && j-i > 1 {
			out = append(out, words(text[i:j])...)
		}
		start = false
		i = j
	}
	return out
}
