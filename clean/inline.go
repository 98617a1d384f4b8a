package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentenceStarters are Dutch words that open a sentence and are written
// lowercase inside one: capitalised after another capitalised word, with
// a lowercase word after them, they show that the word before is a
// subheading run into the text ("… in Londen. Labour Hoe de keuzes …").
var sentenceStarters = wordSet(`De Het Een In Op Maar Ook Dat Die Dit Deze Er Wat Hoe Zo Volgens Toch
Als Nu Want En Wie Waar Waarom Wanneer Hij Zij Ze We Wij Ik Je Jij Bij Met Voor Na Om Door Tot Uit
Aan Over Onder Sinds Tijdens Daar Dan Al Niet Geen Veel Bovendien Daarom Zelfs Omdat Hoewel Terwijl
Toen Eerst Daarna Inmiddels Intussen Tegelijk Vooral Juist Ondanks Zonder Tegen Sommige Alle Vorige
Volgende Vanaf Hier Ondertussen Opvallend Daarnaast Daarmee Daardoor Daarbij Daarvoor Daarin Daarop
Niemand Iedereen Zoals Nadat Gisteren Vandaag Uiteindelijk Vervolgens Vanuit Verder Bijvoorbeeld
Tegelijkertijd Zowel Helaas Gelukkig Wellicht Behalve Vanwege Dankzij Desondanks Sindsdien Onlangs
Meestal`)

// notHeadings are capitalised words that open sentences themselves and so
// never stand alone as a subheading before one.
var notHeadings = wordSet(`Ja Nee Oké Dus Alleen Wel Niet Nog Toen Zo Ook Maar En Of Want Dan Nu Hier Daar Soms
Misschien Eerst Later Daarna Zeker Vooral Kortom Immers Echter Welnu Tja Nou Goed`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// inlineHeadings finds one-word subheadings that run on in a line of
// text, as in bodies flattened to one line: a capitalised word after a
// sentence end, followed by a capitalised sentence starter and a
// lowercase word ("…aldus de gewezen vicepremier. Petitie Een petitie
// die …"). A list number before the word ("2. Vliegen Je moet …") belongs
// to the heading. It returns the headings' byte ranges in text, in order.
func inlineHeadings(text string) [][2]int {
	var out [][2]int
	for _, k := range sentenceGaps(text) {
		// A capital (or any non-ASCII letter) after the space.
		c := text[k+1]
		if c < 'A' || c > 'Z' && c < 0xc0 {
			continue
		}
		i := k + 1
		end := oneWordHeading(text, i)
		if end == 0 && !afterInitial(text[:i-1]) {
			end = runOnHeading(text, i)
		}
		if end == 0 || !afterSentenceEnd(text[:i-1]) {
			continue
		}
		start := i
		if n := listNumber(text[:i-1]); n > 0 && afterSentenceEnd(text[:i-1-n]) {
			start = i - n
		}
		out = append(out, [2]int{start, end})
	}
	return out
}

// oneWordHeading returns the end of a one-word heading at text[i:]: a
// heading word, then a capitalised sentence starter and a lowercase word
// or a number; 0 if there is none.
func oneWordHeading(text string, i int) int {
	// The word after the candidate must be capitalised (every sentence
	// starter is ASCII): this leaves out nearly every sentence before any
	// word is looked at.
	e := strings.IndexByte(text[i:min(len(text), i+maxHeadingWord)], ' ')
	if e < 0 || i+e+1 >= len(text) || text[i+e+1] < 'A' || text[i+e+1] > 'Z' {
		return 0
	}
	w := wordAt(text, i)
	if len(w) != e || !isHeadingWord(w) {
		return 0
	}
	x := wordAt(text, i+len(w)+1)
	if !sentenceStarters[x] {
		return 0
	}
	y := i + len(w) + 1 + len(x)
	if y+1 >= len(text) || text[y] != ' ' {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(text[y+1:]); !unicode.IsLower(r) && !unicode.IsDigit(r) {
		return 0
	}
	return i + len(w)
}

// maxHeadingWords is the most words a heading of several words run into
// the text may have.
const maxHeadingWords = 8

// headingOpeners are the sentence starters a heading of several words may
// open with ("Het aankoopbeleid Het huidige aankoopbeleid …").
var headingOpeners = wordSet(`De Het Een`)

// runOnHeading returns the end of a heading of two to maxHeadingWords
// words at text[i:] that runs on into the next sentence: a capitalised
// first word that opens no sentence itself, words without punctuation,
// the last no short lowercase word, then a capitalised sentence starter
// and a lowercase word ("… aldus Korver. Vijf agenten De toentertijd
// 42-jarige …"). Inside a sentence a capitalised starter before a
// lowercase word does not occur; 0 if there is none.
func runOnHeading(text string, i int) int {
	w := wordAt(text, i)
	if w == "" || notHeadings[w] || sentenceStarters[w] && !headingOpeners[w] {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return 0
	}
	end := i + len(w)
	for n := 1; n <= maxHeadingWords && end+1 < len(text) && text[end] == ' '; n++ {
		j := end + 1
		x := wordAt(text, j)
		if x == "" {
			return 0
		}
		if n >= 2 && sentenceStarters[x] && j+len(x)+1 < len(text) && text[j+len(x)] == ' ' {
			if r, _ := utf8.DecodeRuneInString(text[j+len(x)+1:]); unicode.IsLower(r) {
				if last := text[strings.LastIndexByte(text[:end], ' ')+1 : end]; len(last) <= 3 && strings.ToLower(last) == last {
					return 0
				}
				return end
			}
		}
		end = j + len(x)
	}
	return 0
}

// endBytes are the bytes a sentence end may end in: . ! ? " ' and the last
// bytes of ’ and ” (and of » and ›; afterSentenceEnd looks closer).
const endBytes = ".!?\"'\x99\x9d\xbb\xba"

// sentenceGaps returns, in order, the offsets of the spaces in text that
// follow a byte of endBytes and have a byte after them: one fast byte
// search per end byte rather than a look at every byte.
func sentenceGaps(text string) []int {
	gaps := make([]int, 0, len(text)/64)
	for b := 0; b < len(endBytes); b++ {
		for i := 0; ; {
			j := strings.IndexByte(text[i:], endBytes[b])
			if j < 0 {
				break
			}
			i += j + 1
			if i+1 < len(text) && text[i] == ' ' {
				gaps = append(gaps, i)
			}
		}
	}
	slices.Sort(gaps)
	return gaps
}

// maxHeadingWord is the longest one-word heading looked for, in bytes.
const maxHeadingWord = 40

// wordAt returns the word of letters (and inner hyphens) at text[i:] that
// ends at a space or the end of text, or "".
func wordAt(text string, i int) string {
	j := i
	for j < len(text) && text[j] != ' ' {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) && (r != '-' || j == i) {
			return ""
		}
		j += n
	}
	if j == i || text[j-1] == '-' {
		return ""
	}
	return text[i:j]
}

// isHeadingWord tells whether w may be a one-word subheading: capitalised,
// two letters or more, and no word that opens sentences by itself.
func isHeadingWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && utf8.RuneCountInString(w) >= 2 && !notHeadings[w] && !sentenceStarters[w]
}

// afterSentenceEnd tells whether s (the text before a space) ends a
// sentence: a full stop, question or exclamation mark, or a closing quote.
func afterSentenceEnd(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?", r) || isCloseQuote(r)
}

// afterInitial tells whether s ends in an initial ("H."), which seldom
// ends a sentence before a heading of several words: "H. Bakker
// Zuidwolde" is a name and a place.
func afterInitial(s string) bool {
	n := len(s)
	return n >= 2 && s[n-1] == '.' && s[n-2] >= 'A' && s[n-2] <= 'Z' && (n == 2 || s[n-3] == ' ')
}

// listNumber returns the length of a list number ("2.", "12.") that ends
// s after a space, or 0.
func listNumber(s string) int {
	if !strings.HasSuffix(s, ".") {
		return 0
	}
	k := len(s) - 1
	for k > 0 && s[k-1] >= '0' && s[k-1] <= '9' {
		k--
	}
	if n := len(s) - k; n < 2 || n > 3 || k < 2 || s[k-1] != ' ' {
		return 0
	}
	return len(s) - k + 1 // with the space before it
}

// addInline merges inline headings into the line headings hs, leaving out
// any inside a line heading; both are in text order.
func addInline(hs, inline [][2]int) [][2]int {
	if len(inline) == 0 {
		return hs
	}
	out := make([][2]int, 0, len(hs)+len(inline))
	i := 0
	for _, h := range inline {
		for i < len(hs) && hs[i][1] <= h[0] {
			out = append(out, hs[i])
			i++
		}
		if i < len(hs) && hs[i][0] < h[1] {
			continue
		}
		out = append(out, h)
	}
	return append(out, hs[i:]...)
}
