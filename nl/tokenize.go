package nl

import (
	"bufio"
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed data/abbreviations.txt
var abbreviationData string

// abbreviations holds lowercase Dutch abbreviations without their final
// period; titles never end a sentence, enders may.
var (
	abbreviations = loadWordList(abbreviationData)
	enderAbbrevs  = setOf("enz", "etc", "e.a", "e.d", "e.v", "e.v.a", "jl")
)

func loadWordList(data string) map[string]bool {
	m := make(map[string]bool)
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		m[line] = true
	}
	return m
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// IsApostrophe reports whether r is used as an apostrophe in Dutch text.
func IsApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '`' }

// IsQuoteToken reports whether a token's text is a quotation mark: one of
// IsQuoteMark's runes, or the doubled marks of Dutch newspapers: two
// commas (an opening mark, never a comma) and two apostrophes (a closing
// mark).
func IsQuoteToken(s string) bool {
	if s == ",," || s == "''" {
		return true
	}
	r, size := utf8.DecodeRuneInString(s)
	return size == len(s) && IsQuoteMark(r)
}

// IsQuoteMark reports whether r can open or close a quotation.
func IsQuoteMark(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '„', '‘', '’', '‚', '«', '»', '‹', '›', '‟', '‛':
		return true
	}
	return false
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}
func isDigit(r rune) bool { return r >= '0' && r <= '9' }
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return isLetter(r)
}
func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// runeAt decodes the rune at byte offset i of s (RuneError, 0 at the end).
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeBefore decodes the rune ending at byte offset i of s.
func runeBefore(s string, i int) rune {
	if i <= 0 {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// Tokenize splits text[start:end] into tokens with byte offsets into text,
// using the Dutch rules: apostrophe words and hyphenated compounds stay
// whole, abbreviations and initials keep their periods, Dutch numbers
// (200.000, 1,3) are one token, URLs and handles are one token.
func Tokenize(text string, start, end int, dst []Token) []Token {
	i := start
	for i < end {
		r, size := runeAt(text, i)
		switch {
		case r == ' ' || r == '\n' || unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff':
			i += size
		case isURLStart(text, i, end):
			j := scanURL(text, i, end)
			dst = append(dst, Token{Start: i, End: j, Text: text[i:j], Kind: URL})
			i = j
		case isDigit(r):
			j, kind := scanNumber(text, i, end)
			dst = append(dst, Token{Start: i, End: j, Text: text[i:j], Kind: kind})
			i = j
		case isLetter(r):
			j := scanWord(text, i, end)
			dst = append(dst, Token{Start: i, End: j, Text: text[i:j], Kind: Word})
			i = j
		case r == ',' && isDoubleCommaOpen(text, i, end):
			// ,,Dit is een gevoelig punt.'': the opening quotation mark of
			// Dutch newspapers.
			dst = append(dst, Token{Start: i, End: i + 2, Text: text[i : i+2], Kind: Punct})
			i += 2
		case r == '\'' && i+1 < end && text[i+1] == '\'':
			// punt.'': the closing mark that goes with ,,.
			dst = append(dst, Token{Start: i, End: i + 2, Text: text[i : i+2], Kind: Punct})
			i += 2
		case IsApostrophe(r) && isElidedArticle(text, i, end):
			// ’s avonds, 't, 'n: an elided article is a word.
			j := i + size
			_, s2 := runeAt(text, j)
			j += s2
			dst = append(dst, Token{Start: i, End: j, Text: text[i:j], Kind: Word})
			i = j
		case r == '.' && strings.HasPrefix(text[i:min(end, i+3)], "..."):
			j := i + 3
			for j < end && text[j] == '.' {
				j++
			}
			dst = append(dst, Token{Start: i, End: j, Text: text[i:j], Kind: Punct})
			i = j
		case unicode.IsPunct(r):
			dst = append(dst, Token{Start: i, End: i + size, Text: text[i : i+size], Kind: Punct})
			i += size
		default:
			// Symbols, emoji and anything else: one token per rune, but keep
			// a run of the same emoji-like symbols with joiners together.
			j := i + size
			for j < end {
				r2, s2 := runeAt(text, j)
				if r2 == '\u200d' || r2 == '\ufe0f' || unicode.Is(unicode.Sk, r2) || (r2 >= 0x1F3FB && r2 <= 0x1F3FF) {
					j += s2
					continue
				}
				break
			}
			dst = append(dst, Token{Start: i, End: j, Text: text[i:j], Kind: Symbol})
			i = j
		}
	}
	return dst
}

// isDoubleCommaOpen reports whether the comma at i starts ",," opening a
// quotation: two commas with something other than space after them.
func isDoubleCommaOpen(text string, i, end int) bool {
	if i+2 >= end || text[i+1] != ',' || text[i+2] == ',' {
		return false
	}
	r, _ := runeAt(text, i+2)
	return !unicode.IsSpace(r)
}

// isElidedArticle reports whether the apostrophe at i starts ’s, ’t or ’n
// used as a word (’s avonds, ’s-Hertogenbosch, 't is).
func isElidedArticle(text string, i, end int) bool {
	if i > 0 {
		if p := runeBefore(text, i); isWordRune(p) {
			return false
		}
	}
	_, size := runeAt(text, i)
	j := i + size
	if j >= end {
		return false
	}
	c := text[j]
	if c != 's' && c != 't' && c != 'n' {
		return false
	}
	if j+1 >= end {
		return true
	}
	n, _ := runeAt(text, j+1)
	return unicode.IsSpace(n) || isHyphen(n)
}

// scanWord scans letters and digits with inner hyphens and apostrophes,
// plus a final period for abbreviations and initials.
func scanWord(text string, i, end int) int {
	j := i
	for j < end {
		r, size := runeAt(text, j)
		if isWordRune(r) {
			j += size
			continue
		}
		if (isHyphen(r) || IsApostrophe(r)) && j+size < end {
			n, _ := runeAt(text, j+size)
			if isWordRune(n) {
				j += size
				continue
			}
			// "olie- en gasbedrijven": a hanging hyphen belongs to the word.
			if isHyphen(r) && (unicode.IsSpace(n) || n == ',') {
				if k := j + size; k < end && isWordBefore(text, k) {
					j += size
				}
				break
			}
		}
		if r == '.' && j+1 <= end {
			if k, ok := abbreviationEnd(text, i, j, end); ok {
				j = k
			}
		}
		break
	}
	return j
}

// isWordBefore reports whether a conjunction follows a hanging hyphen at k.
func isWordBefore(text string, k int) bool {
	rest := strings.TrimLeft(text[k:min(len(text), k+6)], " ")
	return strings.HasPrefix(rest, "en ") || strings.HasPrefix(rest, "of ") || strings.HasPrefix(rest, "tot ")
}

// abbreviationEnd decides whether the period at dot ends an abbreviation
// or initial that starts at i; it returns the offset after the last period.
func abbreviationEnd(text string, i, dot, end int) (int, bool) {
	// Extend over dotted letter groups: o.a., i.p.v., J.P., d.w.z.
	j := dot + 1
	for j+1 < end {
		r, size := runeAt(text, j)
		if !isLetter(r) || j+size >= end || text[j+size] != '.' {
			break
		}
		// Only single letters between periods.
		j += size + 1
	}
	word := text[i:dot]
	full := strings.ToLower(strings.TrimSuffix(text[i:j], "."))
	if j > dot+1 {
		// A dotted group like o.a. or J.P.
		return j, true
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		if unicode.IsUpper(r) {
			return j, true // an initial
		}
	}
	if abbreviations[full] && !acronym(word) {
		return j, true
	}
	return dot, false
}

// acronym reports whether word is written in capitals only and has two
// letters or more: ING, NOS, VVD are names, not the abbreviations ing.,
// nos., vvd. that the lowercase list holds, so their period can end a
// sentence.
func acronym(word string) bool {
	n := 0
	for _, r := range word {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// isURLStart reports whether a URL, e-mail-less handle or hashtag starts at i.
func isURLStart(text string, i, end int) bool {
	rest := text[i:min(end, i+16)]
	if strings.HasPrefix(rest, "http://") || strings.HasPrefix(rest, "https://") || strings.HasPrefix(rest, "www.") || strings.HasPrefix(rest, "pic.twitter.com") {
		return true
	}
	if (text[i] == '@' || text[i] == '#') && i+1 < end {
		if i > 0 && isWordRune(runeBefore(text, i)) {
			return false
		}
		r, _ := runeAt(text, i+1)
		return isWordRune(r) || r == '_'
	}
	return false
}

func scanURL(text string, i, end int) int {
	j := i
	if text[i] == '@' || text[i] == '#' {
		j++
		for j < end {
			r, size := runeAt(text, j)
			if !isWordRune(r) && r != '_' {
				break
			}
			j += size
		}
		return j
	}
	for j < end {
		r, size := runeAt(text, j)
		if unicode.IsSpace(r) || r == '"' || r == '<' || r == '>' || r == '”' || r == '’' {
			break
		}
		j += size
	}
	// Trailing punctuation is not part of the URL.
	for j > i {
		r := runeBefore(text, j)
		if strings.ContainsRune(".,;:!?)]'", r) {
			j -= utf8.RuneLen(r)
			continue
		}
		break
	}
	return j
}

// scanNumber scans digits with Dutch and English group and decimal
// separators (200.000, 1,3, 1.300.000,50, 14.00, 2020-09-14, 14/9), and
// digit-letter mixes (3e, 21ste, G7 is scanned as a word).
func scanNumber(text string, i, end int) (int, Kind) {
	j := i
	for j < end && isDigit(rune(text[j])) {
		j++
	}
	for j+1 < end {
		c := text[j]
		if (c == '.' || c == ',' || c == ':' || c == '/' || c == '-') && isDigit(rune(text[j+1])) {
			k := j + 1
			for k < end && isDigit(rune(text[k])) {
				k++
			}
			j = k
			continue
		}
		break
	}
	kind := Number
	// Letters glued to a number: 3e, 21ste, 10km, 5G: one word token.
	if j < end {
		if r, _ := runeAt(text, j); isLetter(r) {
			j = scanWord(text, j, end)
			kind = Word
		}
	}
	return j, kind
}
