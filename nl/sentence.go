package nl

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// Parse tokenises text and splits it into paragraphs and sentences. Dutch
// (Lang "nl" or "") gets Dutch rules; other languages the generic Unicode
// (UAX#29) word and sentence segmentation. Offsets are bytes into text.
func Parse(text string, opts Options) *Doc {
	doc := &Doc{Text: text, Lang: opts.Lang}
	doc.Paragraphs = paragraphs(text)
	doc.Tokens = make([]Token, 0, len(text)/5)
	dutch := opts.Lang == "" || opts.Lang == "nl"
	h := 0 // next heading
	for pi, p := range doc.Paragraphs {
		// Cut the paragraph at headings: each heading is its own sentence.
		start := p[0]
		for start < p[1] {
			for h < len(opts.Headings) && opts.Headings[h][1] <= start {
				h++
			}
			if h < len(opts.Headings) && opts.Headings[h][0] <= start && opts.Headings[h][1] > start {
				hd := opts.Headings[h]
				e := min(hd[1], p[1])
				doc.addSentence(start, e, pi, true, dutch)
				start = skipSpace(text, e, p[1])
				continue
			}
			stop := p[1]
			if h < len(opts.Headings) && opts.Headings[h][0] < stop {
				stop = opts.Headings[h][0]
			}
			doc.splitRange(start, stop, pi, dutch)
			start = skipSpace(text, stop, p[1])
		}
	}
	// A sentence's Tokens were cut from doc.Tokens as it stood; when a
	// later paragraph outgrew that array, append moved the tokens, and the
	// earlier sentences still point at the old copy, which tagging and
	// parsing (they write doc.Tokens) never reach. Point every sentence
	// into the final array.
	for i := range doc.Sentences {
		s := &doc.Sentences[i]
		end := s.First + len(s.Tokens)
		s.Tokens = doc.Tokens[s.First:end:end]
	}
	return doc
}

func skipSpace(text string, i, end int) int {
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// paragraphs returns the byte ranges of blank-line separated paragraphs,
// trimmed of surrounding space.
func paragraphs(text string) [][2]int {
	var out [][2]int
	i := 0
	for i < len(text) {
		i = skipSpace(text, i, len(text))
		if i >= len(text) {
			break
		}
		j := i
		for j < len(text) {
			nl := strings.IndexByte(text[j:], '\n')
			if nl < 0 {
				j = len(text)
				break
			}
			k := j + nl + 1
			// A blank line (only spaces) ends the paragraph.
			m := k
			for m < len(text) && (text[m] == ' ' || text[m] == '\t' || text[m] == '\r') {
				m++
			}
			if m >= len(text) || text[m] == '\n' {
				j = j + nl
				break
			}
			j = k
		}
		e := j
		for e > i && unicode.IsSpace(runeBefore(text, e)) {
			e -= utf8.RuneLen(runeBefore(text, e))
		}
		out = append(out, [2]int{i, e})
		i = j
	}
	return out
}

// addSentence tokenises [start, end) as one sentence.
func (d *Doc) addSentence(start, end, para int, heading, dutch bool) {
	first := len(d.Tokens)
	if dutch {
		d.Tokens = Tokenize(d.Text, start, end, d.Tokens)
	} else {
		d.Tokens = tokenizeGeneric(d.Text, start, end, d.Tokens)
	}
	if len(d.Tokens) == first {
		return
	}
	d.appendSentence(first, len(d.Tokens), para, heading)
}

func (d *Doc) appendSentence(first, last, para int, heading bool) {
	d.Sentences = append(d.Sentences, Sentence{
		Start: d.Tokens[first].Start, End: d.Tokens[last-1].End, First: first,
		Tokens: d.Tokens[first:last:last], Heading: heading, Paragraph: para,
	})
}

// splitRange tokenises [start, end) and splits it into sentences.
func (d *Doc) splitRange(start, end, para int, dutch bool) {
	if !dutch {
		d.splitGeneric(start, end, para)
		return
	}
	first := len(d.Tokens)
	d.Tokens = Tokenize(d.Text, start, end, d.Tokens)
	toks := d.Tokens[first:]
	s := 0
	for i := 0; i < len(toks); i++ {
		if !d.endsSentence(toks, i) {
			continue
		}
		// Closing quotes and brackets stay with the sentence they close.
		j := i + 1
		for j < len(toks) && isCloser(toks[j]) && toks[j].Start == toks[j-1].End {
			j++
		}
		d.appendSentence(first+s, first+j, para, false)
		s = j
		i = j - 1
	}
	if s < len(toks) {
		d.appendSentence(first+s, first+len(toks), para, false)
	}
}

// endsSentence reports whether a sentence may end after toks[i].
func (d *Doc) endsSentence(toks []Token, i int) bool {
	t := toks[i]
	// A line break inside a paragraph ends a sentence when the line does
	// not wrap mid-sentence: the next line starts on its own.
	if i+1 < len(toks) && strings.Contains(d.Text[t.End:toks[i+1].Start], "\n") {
		if isTerminal(t) || (!continuesLine(toks[i+1]) && lineLen(d.Text, t.End) < 60) {
			return true
		}
	}
	switch {
	case isTerminal(t):
	case t.Kind == Word && strings.HasSuffix(t.Text, ".") && enderAbbrevs[strings.ToLower(strings.TrimSuffix(t.Text, "."))]:
	default:
		return false
	}
	j := i + 1
	for j < len(toks) && isCloser(toks[j]) && toks[j].Start == toks[j-1].End {
		j++
	}
	if j >= len(toks) {
		return true
	}
	next := toks[j]
	if t.Text == ":" {
		return false
	}
	// A quote closed by ”, followed by a comma or a lowercase word, goes on.
	r, _ := utf8.DecodeRuneInString(next.Text)
	switch {
	case unicode.IsUpper(r), isDigit(r):
		return true
	case next.Kind == Punct && (IsQuoteToken(next.Text) || r == '(' || r == '[' || r == '-' || r == '–' || r == '—'):
		return true
	case next.Kind == URL || next.Kind == Symbol:
		return true
	case next.Kind == Word && IsApostrophe(r):
		return true // ’s Avonds, 't Is: an elided article opens the sentence
	}
	return false
}

// lineLen returns the length of the line that ends at or after offset i.
func lineLen(text string, i int) int {
	s := strings.LastIndexByte(text[:i], '\n') + 1
	return i - s
}

func continuesLine(t Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLower(r)
}

func isTerminal(t Token) bool {
	if t.Kind != Punct {
		return false
	}
	switch t.Text {
	case ".", "!", "?", "…", "?!", "!?":
		return true
	}
	return strings.HasPrefix(t.Text, "...")
}

// isCloser reports whether t closes a quote or bracket after a terminal.
func isCloser(t Token) bool {
	if t.Kind != Punct {
		return false
	}
	switch t.Text {
	case "”", "’", "\"", "'", "''", "»", "›", ")", "]":
		return true
	}
	return false
}

// splitGeneric splits non-Dutch text with UAX#29 sentence boundaries.
func (d *Doc) splitGeneric(start, end, para int) {
	rest := d.Text[start:end]
	off := start
	state := -1
	for len(rest) > 0 {
		var sent string
		sent, rest, state = uniseg.FirstSentenceInString(rest, state)
		first := len(d.Tokens)
		d.Tokens = tokenizeGeneric(d.Text, off, off+len(sent), d.Tokens)
		if len(d.Tokens) > first {
			if n := len(d.Sentences); n > 0 && d.Sentences[n-1].Paragraph == para && !d.Sentences[n-1].Heading && endsInTitle(d.Tokens[:first]) {
				// "Mr. Smith": UAX#29 does not know titles; join them.
				prev := d.Sentences[n-1]
				d.Sentences = d.Sentences[:n-1]
				first = prev.First
			}
			d.appendSentence(first, len(d.Tokens), para, false)
		}
		off += len(sent)
	}
}

// tokenizeGeneric uses UAX#29 word boundaries, dropping spaces.
func tokenizeGeneric(text string, start, end int, dst []Token) []Token {
	rest := text[start:end]
	off := start
	state := -1
	for len(rest) > 0 {
		var w string
		w, rest, state = uniseg.FirstWordInString(rest, state)
		r, _ := utf8.DecodeRuneInString(w)
		kind := Word
		switch {
		case unicode.IsSpace(r):
			off += len(w)
			continue
		case isDigit(r):
			kind = Number
		case unicode.IsPunct(r):
			kind = Punct
		case !isLetter(r):
			kind = Symbol
		}
		dst = append(dst, Token{Start: off, End: off + len(w), Text: w, Kind: kind})
		off += len(w)
	}
	return dst
}

// genericTitles are titles that UAX#29 takes for sentence ends.
var genericTitles = setOf("mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "hr", "fr", "mme", "m", "jr", "sr", "nr")

// endsInTitle reports whether toks end with a title or an initial and its period.
func endsInTitle(toks []Token) bool {
	n := len(toks)
	if n < 2 || toks[n-1].Text != "." || toks[n-2].End != toks[n-1].Start {
		return false
	}
	w := toks[n-2].Text
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return genericTitles[strings.ToLower(w)]
}
