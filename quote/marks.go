package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek/nl"
)

// span is one quotation found by its marks: [open, close] are the byte
// offsets of the marks, inner the quoted text between them.
type span struct {
	open, close          int // offsets of the opening and closing marks
	innerStart, innerEnd int
	closeEnd             int // offset after the closing mark
	para                 int
	cont                 bool // continues an unclosed quote of the previous paragraph
}

// family groups marks that pair with each other.
type family uint8

const (
	double family = iota + 1
	single
	guillemet
)

// mark is a quote character that may open or close a quotation.
type mark struct {
	pos, size int
	r         rune
	fam       family
	canOpen   bool
	canClose  bool
}

// findSpans returns the quotations of doc in text order. Apostrophes
// (Loekasjenko’s, zo’n, ’s avonds) never open or close a quotation. A
// quotation left open at the end of a paragraph continues when the next
// paragraph opens with a mark of the same family (the Dutch convention);
// otherwise it is dropped as unbalanced.
func findSpans(doc *nl.Doc) []span {
	var out []span
	contNext := make(map[int]bool) // paragraph starts that continue a quotation
	for pi, p := range doc.Paragraphs {
		marks := scanMarks(doc.Text, p[0], p[1])
		open := -1        // index into marks of the open quotation
		var nested []mark // marks opened inside it: ,,Hij zei 'ja' tegen mij''
		for i, m := range marks {
			if open < 0 {
				if m.canOpen {
					open, nested = i, nested[:0]
				}
				continue
			}
			o := marks[open]
			if n := len(nested); n > 0 && m.canClose && closes(nested[n-1], m) {
				if n == 1 && nested[0].fam == o.fam && attributedAfter(doc, m.pos+m.size) {
					// 'A 'b', zegt X, 'c': one mark closed the quotation
					// inside and the quotation, the attribution follows.
					out = append(out, span{
						open: o.pos, close: m.pos, innerStart: o.pos + o.size, innerEnd: m.pos,
						closeEnd: m.pos + m.size, para: pi,
					})
					open, nested = -1, nested[:0]
					continue
				}
				nested = nested[:n-1]
				continue
			}
			if m.canClose && !m.canOpen && m.fam != o.fam && len(nested) == 0 && (attributedAfter(doc, m.pos+m.size) || strayDoubled(o, m)) {
				// "A', zegt X: a closing mark of the other family, an
				// attribution after it, closes the quotation; so does the
				// doubled close after a plain single opening (strayDoubled).
				out = append(out, span{
					open: o.pos, close: m.pos, innerStart: o.pos + o.size, innerEnd: m.pos,
					closeEnd: m.pos + m.size, para: pi,
				})
				open = -1
				continue
			}
			if m.canOpen && !m.canClose && (m.r == dcomma || afterTerminal(doc.Text, p[0], m.pos)) {
				// ,,A. ,,B'' or 'A. 'B': an opening mark after a finished
				// sentence starts a new quotation; the one before ran to
				// the end of a paragraph the text lost. Close it there;
				// the new one continues it.
				if end := trimSpaceBefore(doc.Text, o.pos+o.size, m.pos); end > o.pos+o.size {
					out = append(out, span{
						open: o.pos, close: end, innerStart: o.pos + o.size, innerEnd: end, closeEnd: end, para: pi,
					})
				}
				contNext[m.pos] = true
				open, nested = i, nested[:0]
				continue
			}
			if m.canClose && closes(o, m) {
				out = append(out, span{
					open: o.pos, close: m.pos, innerStart: o.pos + o.size, innerEnd: m.pos,
					closeEnd: m.pos + m.size, para: pi,
				})
				open = -1
				continue
			}
			if m.canOpen && !m.canClose {
				nested = append(nested, m) // a quotation inside the quotation
			}
		}
		if open >= 0 {
			// Unclosed: continue into the next paragraph if it opens with
			// the same family.
			o := marks[open]
			if pi+1 < len(doc.Paragraphs) {
				np := doc.Paragraphs[pi+1]
				if r, _ := utf8.DecodeRuneInString(doc.Text[np[0]:]); isQuoteRune(r) && markFamily(r) == o.fam {
					out = append(out, span{
						open: o.pos, close: p[1], innerStart: o.pos + o.size, innerEnd: p[1], closeEnd: p[1], para: pi,
					})
					contNext[np[0]] = true
				}
			}
		}
	}
	// Mark quotations that open a paragraph continuing an unclosed one.
	for i := range out {
		out[i].cont = contNext[out[i].open]
	}
	return out
}

// attributedAfter reports whether an attribution follows a closing mark
// that ends at end: a comma right after it, then a speech verb as the
// first or second word (", zegt X", ", zo stelt X").
func attributedAfter(doc *nl.Doc, end int) bool {
	i := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Start >= end })
	toks := doc.Tokens[i:]
	if len(toks) < 2 || toks[0].Text != "," || strings.TrimSpace(doc.Text[end:toks[0].Start]) != "" {
		return false
	}
	for j := 1; j <= 2 && j < len(toks); j++ {
		if _, _, n := matchCue(toks[j:]); n > 0 {
			return true
		}
		if toks[j].Kind != nl.Word {
			break
		}
	}
	return false
}

// strayDoubled reports whether m, the doubled closing mark (two
// apostrophes) of Dutch papers, ends a quotation that a plain single
// mark o opened: a slip of the keyboard (a quotation that opens with
// one apostrophe and ends with two before ", lacht ze"). Nothing else closes such a quotation, so
// without this it would run on to the end of its paragraph.
func strayDoubled(o, m mark) bool {
	return o.r == '\'' && m.r == dapos
}

// dcomma and dapos stand for the doubled marks of Dutch newspapers: ",,"
// opens a quotation (like „) and "”" closes it (like ”).
const (
	dcomma rune = -2
	dapos  rune = -3
)

func isQuoteRune(r rune) bool { return markFamily(r) != 0 }

// isQuoteTok reports whether a token is a quotation mark, the doubled
// ones included.
func isQuoteTok(t nl.Token) bool { return t.Kind == nl.Punct && nl.IsQuoteToken(t.Text) }

// afterTerminal reports whether the text before pos (after from) ends a
// sentence: "punt. 'Er", "vandaag? ,,Nee".
func afterTerminal(text string, from, pos int) bool {
	end := trimSpaceBefore(text, from, pos)
	if end == pos || end == from {
		return end == from
	}
	r, _ := utf8.DecodeLastRuneInString(text[:end])
	return r == '.' || r == '?' || r == '!' || r == '…'
}

// trimSpaceBefore returns end moved back over spaces, not before from.
func trimSpaceBefore(text string, from, end int) int {
	for end > from {
		r, size := utf8.DecodeLastRuneInString(text[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return end
}

func markFamily(r rune) family {
	switch r {
	case '"', '“', '”', '„', '‟', dcomma, dapos:
		return double
	case '\'', '‘', '’', '‚', '‛':
		return single
	case '«', '»', '‹', '›':
		return guillemet
	}
	return 0
}

// closes reports whether m closes the quotation opened by o.
func closes(o, m mark) bool {
	if o.fam != m.fam {
		return false
	}
	switch o.r {
	case '„', dcomma:
		return m.r == '”' || m.r == '“' || m.r == '"' || m.r == dapos
	case '‚':
		return m.r == '’' || m.r == '‘' || m.r == '\''
	case '«':
		return m.r == '»'
	case '»':
		return m.r == '«'
	case '‹':
		return m.r == '›'
	case '›':
		return m.r == '‹'
	}
	return true
}

// scanMarks finds the quote marks of text[start:end] that can open or
// close a quotation, leaving out apostrophes.
func scanMarks(text string, start, end int) []mark {
	var out []mark
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == ',' && i+2 < end && text[i+1] == ',' && text[i+2] != ',' && !unicode.IsSpace(rune(text[i+2])) {
			out = append(out, mark{pos: i, size: 2, r: dcomma, fam: double, canOpen: true})
			i += 2
			continue
		}
		if r == '\'' && i+1 < end && text[i+1] == '\'' {
			prev := rune(' ')
			if i > start {
				prev, _ = utf8.DecodeLastRuneInString(text[start:i])
			}
			next := rune(' ')
			if i+2 < end {
				next, _ = utf8.DecodeRuneInString(text[i+2:])
			}
			m := mark{pos: i, size: 2, r: dapos, fam: double}
			m.canClose = !unicode.IsSpace(prev)
			m.canOpen = !m.canClose && !unicode.IsSpace(next) // ''Q'' in some papers
			out = append(out, m)
			i += 2
			continue
		}
		fam := markFamily(r)
		if fam == 0 {
			i += size
			continue
		}
		prev := rune(' ')
		if i > start {
			prev, _ = utf8.DecodeLastRuneInString(text[start:i])
		}
		next := rune(' ')
		if i+size < end {
			next, _ = utf8.DecodeRuneInString(text[i+size:])
		}
		m := mark{pos: i, size: size, r: r, fam: fam}
		leftFlank := !unicode.IsSpace(next) && next != utf8.RuneError // can open: something follows
		rightFlank := !unicode.IsSpace(prev)                          // can close: something precedes
		afterOpenCtx := unicode.IsSpace(prev) || isOpenPunct(prev) || i == start
		beforeCloseCtx := unicode.IsSpace(next) || unicode.IsPunct(next) || i+size >= end
		switch r {
		case '“':
			m.canOpen, m.canClose = leftFlank, rightFlank && beforeCloseCtx // closes „…“
		case '„', '‚':
			m.canOpen = leftFlank
		case '”':
			m.canClose = rightFlank
			m.canOpen = afterOpenCtx && leftFlank && !beforeCloseCtx // ”…” style
		case '‘':
			m.canOpen, m.canClose = leftFlank && afterOpenCtx, rightFlank && beforeCloseCtx
		case '’', '\'', '‛':
			if isApostrophe(text, start, end, i, size, prev, next) {
				i += size
				continue
			}
			m.canOpen = afterOpenCtx && leftFlank
			m.canClose = rightFlank && beforeCloseCtx
		case '"':
			m.canOpen = afterOpenCtx && leftFlank
			m.canClose = rightFlank && beforeCloseCtx
		default: // guillemets
			m.canOpen = leftFlank && (afterOpenCtx || r == '»' || r == '«')
			m.canClose = rightFlank
		}
		if (r == '\'' || r == '"' || r == '’' || r == '”') && unicode.IsSpace(prev) && (next == ',' || next == '.' || next == ';') {
			m.canOpen, m.canClose = false, true // "zeg je paf ', riep ze": a stray space before the closing mark
		}
		if m.canOpen || m.canClose {
			out = append(out, m)
		}
		i += size
	}
	return out
}

func isOpenPunct(r rune) bool {
	return r == '(' || r == '[' || r == '—' || r == '–' || r == '-' || r == ':' || markFamily(r) != 0
}

// isApostrophe reports whether the single mark at i is an apostrophe: a
// letter on both sides (Loekasjenko’s, zo’n, d’r), an elided article
// (’s avonds, ’t, ’n, pak ’m), or a plural/possessive after a vowel or s that is
// not closing a quotation opened earlier (handled by the caller's pairing).
func isApostrophe(text string, start, end, i, size int, prev, next rune) bool {
	letterBefore := unicode.IsLetter(prev) || unicode.IsDigit(prev)
	letterAfter := unicode.IsLetter(next) || unicode.IsDigit(next)
	if letterBefore && letterAfter {
		return true
	}
	if !letterBefore && (next == 's' || next == 't' || next == 'n' || next == 'm') {
		// ’s avonds, ’t, ’n: the letter is followed by a space or hyphen.
		j := i + size + 1
		if j >= end {
			return true
		}
		r, _ := utf8.DecodeRuneInString(text[j:])
		return unicode.IsSpace(r) || r == '-'
	}
	// '80, ’20: elided century.
	if !letterBefore && unicode.IsDigit(next) {
		j := i + size
		digits := 0
		for j < end && text[j] >= '0' && text[j] <= '9' {
			j++
			digits++
		}
		if digits == 2 && (j >= end || !unicode.IsDigit(rune(text[j]))) {
			return true
		}
	}
	return false
}

// strayCloseEnd returns end less a quotation mark that ends text[start:end]
// without a mark of its family before it in the span: a reported clause
// whose quoted part opened before the span ("zei dat 'uit de onderzoeken
// bleek dat …'", the span from "uit"). Else end.
func strayCloseEnd(text string, start, end int) int {
	ms := scanMarks(text, start, end)
	if len(ms) == 0 {
		return end
	}
	last := ms[len(ms)-1]
	if last.pos+last.size != end {
		return end
	}
	for _, m := range ms[:len(ms)-1] {
		if m.fam == last.fam {
			return end
		}
	}
	end = last.pos
	for end > start && strings.ContainsRune(" \n", rune(text[end-1])) {
		end--
	}
	return end
}
