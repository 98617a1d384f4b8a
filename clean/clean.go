package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
)

// Result is a cleaned article body.
type Result struct {
	// Text is the article prose: paragraphs separated by "\n\n", lines
	// within a paragraph by "\n", each line trimmed of surrounding white
	// space and otherwise byte-identical to the body.
	Text string
	// Removed lists what was taken out, in body order; Start and End are
	// byte offsets into the body given to Clean.
	Removed []kroniek.Removed
	// Headings are the byte ranges [start, end) in Text of subheadings.
	Headings [][2]int
}

// unit is one non-blank line of the body.
type unit struct {
	start, end int    // offsets of the trimmed line in the body
	para       bool   // a blank line (or the start) comes before it
	kind       string // removal kind, "" when kept
	cut        int    // when > 0, only body[start+cut:end] is removed
}

// Clean removes from an article body what is not article prose: photo
// captions, related-article blocks with their teasers, social-media
// embeds and share or subscribe lines. It records each removal with its
// kind and marks subheadings. Line endings are normalised to "\n".
func Clean(body string) Result {
	units := splitLines(body)
	for i := range units {
		u := &units[i]
		line := body[u.start:u.end]
		switch {
		case isEmbed(line):
			u.kind = kroniek.RemovedEmbed
		case isShare(line):
			u.kind = kroniek.RemovedOther
		default:
			if cut, ok := captionCut(line); ok {
				u.kind, u.cut = kroniek.RemovedCaption, cut
			}
		}
	}
	markRelated(body, units)
	var res Result
	if len(units) == 1 && units[0].kind == "" {
		// One kept line: the text is the trimmed body, without a copy.
		res = Result{Text: body[units[0].start:units[0].end]}
	} else {
		res = assemble(body, units)
	}
	res.Headings = addInline(res.Headings, inlineHeadings(res.Text))
	return res
}

// splitLines splits body into its non-blank lines, trimmed, noting which
// ones start a paragraph. "\r\n" and "\r" end lines like "\n".
func splitLines(body string) []unit {
	units := make([]unit, 0, strings.Count(body, "\n")/2+1)
	para := true
	for i := 0; i < len(body); {
		j := strings.IndexAny(body[i:], "\r\n")
		next := len(body)
		if j >= 0 {
			j += i
			next = j + 1
			if body[j] == '\r' && next < len(body) && body[next] == '\n' {
				next++
			}
		} else {
			j = len(body)
		}
		s, e := trimSpace(body, i, j)
		if s == e {
			para = true
		} else {
			units = append(units, unit{start: s, end: e, para: para})
			para = false
		}
		i = next
	}
	return units
}

// trimSpace narrows body[s:e] to exclude surrounding white space,
// including no-break spaces and a byte order mark.
func trimSpace(body string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(body[s:e])
		if !unicode.IsSpace(r) && r != '\ufeff' && r != '\u200b' {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(body[s:e])
		if !unicode.IsSpace(r) && r != '\ufeff' && r != '\u200b' {
			break
		}
		e -= n
	}
	return s, e
}

// assemble builds the Result from the classified lines.
func assemble(body string, units []unit) Result {
	var res Result
	var b strings.Builder
	b.Grow(len(body))
	type kept struct{ s, e int }
	var out []kept // kept lines as offsets in Text
	var paraStart []bool
	newPara := true
	var cur *kroniek.Removed
	flush := func() {
		if cur != nil {
			cur.Text = body[cur.Start:cur.End]
			res.Removed = append(res.Removed, *cur)
			cur = nil
		}
	}
	for _, u := range units {
		newPara = newPara || u.para
		if u.kind != "" {
			rs := u.start + u.cut
			// Removals run on within a paragraph; a related block runs on
			// across its teasers.
			if cur != nil && cur.Kind == u.kind && u.cut == 0 && (!u.para || u.kind == kroniek.RemovedRelated) {
				cur.End = u.end
			} else {
				flush()
				cur = &kroniek.Removed{Kind: u.kind, Start: rs, End: u.end}
			}
			if u.cut == 0 {
				continue
			}
		} else {
			flush()
		}
		e := u.end
		if u.cut > 0 {
			_, e = trimSpace(body, u.start, u.start+u.cut)
			if e == u.start {
				continue
			}
			flush() // a partly removed line ends its removal run
		}
		if len(out) > 0 {
			if newPara {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		s := b.Len()
		b.WriteString(body[u.start:e])
		out = append(out, kept{s, b.Len()})
		paraStart = append(paraStart, newPara || len(out) == 1)
		newPara = false
	}
	flush()
	res.Text = b.String()
	// A heading is a one-line paragraph between two others that looks
	// like a title.
	for i, k := range out {
		if i == 0 || i+1 >= len(out) || !paraStart[i] || !paraStart[i+1] {
			continue
		}
		if isHeading(res.Text[k.s:k.e]) {
			res.Headings = append(res.Headings, [2]int{k.s, k.e})
		}
	}
	return res
}

// isHeading tells whether a one-line paragraph looks like a subheading:
// short, starting with a capital or digit, and without final punctuation.
func isHeading(line string) bool {
	if len(line) > 100 || words(line) > 12 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !isOpenQuote(r) {
		return false
	}
	if endsInPunct(line) {
		return false
	}
	// Speech ("‘…’, zei Halsema") and long lines ending in a quote are
	// prose; quoted headings are short.
	for _, q := range []string{"’,", "”,", "\",", "’ zei", "” zei"} {
		if strings.Contains(line, q) {
			return false
		}
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	return !isCloseQuote(last) || words(line) <= 8
}

// endsInPunct tells whether line ends in sentence or clause punctuation,
// looking through closing quotes ("…zei hij.’" ends in punctuation,
// "‘Wij gaan door’" does not).
func endsInPunct(line string) bool {
	last, n := utf8.DecodeLastRuneInString(line)
	if isCloseQuote(last) && len(line) > n {
		prev, _ := utf8.DecodeLastRuneInString(line[:len(line)-n])
		return strings.ContainsRune(".!?…", prev)
	}
	return strings.ContainsRune(".,;:!?…", last)
}

// isOpenQuote tells whether r opens a quotation.
func isOpenQuote(r rune) bool { return strings.ContainsRune("\"'‘“„«‹", r) }

// isCloseQuote tells whether r closes a quotation.
func isCloseQuote(r rune) bool { return strings.ContainsRune("\"'’”»›", r) }

// words counts the space-separated words of s.
func words(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// sentences counts sentence ends in s (". ", "? ", "! " and the end).
func sentences(s string) int {
	n := 0
	for i := 0; i+1 < len(s); i++ {
		if (s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i+1] == ' ' {
			n++
		}
	}
	return n + 1
}
