package nl

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kroniek/kroniek/internal/fuzzcheck"
	"github.com/kroniek/kroniek/internal/shared"
)

// FuzzParse checks that any text, in Dutch or another language and with
// any of its first 16 lines as headings, parses into tokens and sentences whose
// offsets hold: on rune boundaries, tokens strictly increasing and
// non-overlapping, every token in exactly one sentence, sentences inside
// their paragraphs, and the same Doc every time.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b), uint8(0), uint16(1))
		if strings.HasPrefix(filepath.Base(p), "english") {
			f.Add(string(b), uint8(2), uint16(0))
		}
	}
	f.Add("Loekasjenko’s zo’n video’s ’s avonds d’r Wit-Rusland o.a. bijv. J.P. 200.000 1,3 pic.twitter.com/eRbdLfuI1W @VoicesBelarus EU-top", uint8(1), uint16(0))
	f.Add("Eerste alinea. Nog een zin.\n\nAchter gesloten deuren\n\nTweede alinea.", uint8(0), uint16(2))
	f.Add("Kop één\nKop twee\nTekst loopt door. En meer.\nKop drie\n\nSlot.", uint8(0), uint16(0b1011))
	for _, s := range hostileSeeds() {
		f.Add(s, uint8(0), uint16(0))
		f.Add(s, uint8(2), uint16(0))
	}
	langs := []string{"nl", "", "en", "ru", "und"}
	f.Fuzz(func(t *testing.T, text string, li uint8, headings uint16) {
		opts := Options{Lang: langs[int(li)%len(langs)], Headings: headingLines(text, headings)}
		doc := Parse(text, opts)
		checkParse(t, text, opts, doc)
		if again := Parse(text, opts); !reflect.DeepEqual(doc, again) {
			t.Fatalf("Parse is not deterministic on %q", text)
		}
	})
}

// hostileSeeds are the shared hostile texts and those that try the
// tokeniser: lone quote marks and apostrophes, deep quoting, runs of
// punctuation and abbreviations.
func hostileSeeds() []string {
	return append(shared.Hostile(),
		"„", "”", "\"", "'", "’", "‘Dat", "Hij zei: „", "” zei hij.", "«»", "‹ ›",
		"'s", "’t", "'Poetin'", "Loekasjenko’", "’Loekasjenko", "d'r' 'n' 's-Hertogenbosch'",
		strings.Repeat("[„", 5000)+"zei hij"+strings.Repeat("”]", 5000),
		"...... ?!?! …… . . . .",
		"J.P. Balkenende e.a. enz. etc. 14.00 uur op 2020-09-14 of 14/9.",
	)
}

// headingLines returns the byte ranges of the non-blank lines of text
// whose bit is set in mask (bit 0 for the first), trimmed of spaces, as
// cleaning gives headings.
func headingLines(text string, mask uint16) [][2]int {
	var out [][2]int
	n := 0
	for start := 0; start <= len(text) && n < 16; {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		s, e := start, end
		for s < e && (text[s] == ' ' || text[s] == '\t' || text[s] == '\r') {
			s++
		}
		for e > s && (text[e-1] == ' ' || text[e-1] == '\t' || text[e-1] == '\r') {
			e--
		}
		if s < e {
			if mask&(1<<n) != 0 {
				out = append(out, [2]int{s, e})
			}
			n++
		}
		start = end + 1
	}
	return out
}

// runeBounds marks where a span may start and end (see fuzzcheck).
func runeBounds(s string) []bool { return fuzzcheck.RuneBounds(s) }

// checkSpan fails unless start:end is a span of text on rune boundaries.
func checkSpan(t *testing.T, text string, bounds []bool, what string, start, end int) {
	if start < 0 || end > len(text) || start > end || !bounds[start] || !bounds[end] {
		t.Helper()
		t.Fatalf("%s: bad span %d:%d in text of %d bytes %q", what, start, end, len(text), text)
	}
}

// checkParse checks every offset promise of a parsed Doc. It is checkDoc
// of nl_test.go made strict (paragraphs, headings, token kinds, Tokens as
// a sub-slice) and fit for invalid UTF-8, whose stray bytes are runes.
func checkParse(t *testing.T, text string, opts Options, doc *Doc) {
	t.Helper()
	if doc == nil {
		t.Fatal("Parse returned nil")
	}
	if doc.Text != text || doc.Lang != opts.Lang {
		t.Fatalf("doc text/lang %q/%q, want %q/%q", doc.Text, doc.Lang, text, opts.Lang)
	}
	bounds := runeBounds(text)
	prev := 0
	for i, tok := range doc.Tokens {
		checkSpan(t, text, bounds, "token", tok.Start, tok.End)
		if tok.Start >= tok.End || tok.Start < prev {
			t.Fatalf("token %d %q at %d:%d empty or overlaps the previous one (end %d)", i, tok.Text, tok.Start, tok.End, prev)
		}
		if tok.Text != text[tok.Start:tok.End] {
			t.Fatalf("token %d text %q != %q", i, tok.Text, text[tok.Start:tok.End])
		}
		if tok.Kind < Word || tok.Kind > URL {
			t.Fatalf("token %d %q has kind %d", i, tok.Text, tok.Kind)
		}
		prev = tok.End
	}
	prevEnd := 0
	for i, p := range doc.Paragraphs {
		checkSpan(t, text, bounds, "paragraph", p[0], p[1])
		if p[0] >= p[1] || p[0] < prevEnd {
			t.Fatalf("paragraph %d %v empty or overlaps the previous one (end %d)", i, p, prevEnd)
		}
		prevEnd = p[1]
	}
	next, para := 0, 0
	for i, s := range doc.Sentences {
		n := len(s.Tokens)
		if n == 0 || s.First != next || s.First+n > len(doc.Tokens) {
			t.Fatalf("sentence %d: First %d with %d tokens, want First %d of %d tokens", i, s.First, n, next, len(doc.Tokens))
		}
		if !reflect.DeepEqual(s.Tokens, doc.Tokens[s.First:s.First+n]) {
			t.Fatalf("sentence %d: Tokens is not Doc.Tokens[%d:%d]", i, s.First, s.First+n)
		}
		if s.Start != s.Tokens[0].Start || s.End != s.Tokens[n-1].End {
			t.Fatalf("sentence %d span %d:%d does not match its tokens %d:%d", i, s.Start, s.End, s.Tokens[0].Start, s.Tokens[n-1].End)
		}
		if s.Paragraph < para || s.Paragraph >= len(doc.Paragraphs) {
			t.Fatalf("sentence %d in paragraph %d (previous %d, %d paragraphs)", i, s.Paragraph, para, len(doc.Paragraphs))
		}
		if p := doc.Paragraphs[s.Paragraph]; s.Start < p[0] || s.End > p[1] {
			t.Fatalf("sentence %d %d:%d crosses its paragraph %v", i, s.Start, s.End, p)
		}
		if s.Heading && !inside(opts.Headings, s.Start, s.End) {
			t.Fatalf("heading sentence %d %d:%d is not inside a heading %v", i, s.Start, s.End, opts.Headings)
		}
		// A heading is its own sentence: a sentence is a heading exactly
		// when its tokens lie in a heading.
		for _, tok := range s.Tokens {
			if in := inside(opts.Headings, tok.Start, tok.End); in != s.Heading {
				t.Fatalf("sentence %d (heading %v) has token %q at %d:%d, in a heading %v: %v", i, s.Heading, tok.Text, tok.Start, tok.End, opts.Headings, in)
			}
		}
		next, para = s.First+n, s.Paragraph
	}
	if next != len(doc.Tokens) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(doc.Tokens))
	}
}

func inside(spans [][2]int, start, end int) bool {
	for _, h := range spans {
		if h[0] <= start && end <= h[1] {
			return true
		}
	}
	return false
}

// FuzzAnnotate checks that annotating any text never panics, gives every
// token of a parsed sentence a head inside its sentence (or -1) and a
// relation, and that the accessors stay inside the document.
func FuzzAnnotate(f *testing.F) {
	s, err := LoadSyntax()
	if err != nil || s.m == nil {
		f.Skip("no embedded syntax model")
	}
	f.Add("De man die Anne Faber verkrachtte, is opgepakt door de politie.")
	f.Add(",, Wij gaan niet '' , zei hij . . . ( ) ( ( ) 12 % € @ #")
	f.Add("The quick brown fox jumps over the lazy dog; Der Hund bellt.")
	for _, x := range hostileSeeds() {
		f.Add(x)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := Parse(text, Options{Lang: "nl"})
		s.Annotate(d)
		for si, sent := range d.Sentences {
			if !d.Parsed(si) {
				t.Fatalf("sentence %d not parsed", si)
			}
			end := sent.First + len(sent.Tokens)
			roots := 0
			for i := sent.First; i < end; i++ {
				tk := d.Tokens[i]
				if tk.Head == -1 {
					roots++
				} else if tk.Head < sent.First || tk.Head >= end || tk.Head == i {
					t.Fatalf("token %d head %d outside sentence [%d,%d)", i, tk.Head, sent.First, end)
				}
				if tk.Rel == "" || tk.POS == 0 {
					t.Fatalf("token %d has no relation or POS", i)
				}
				if i-sent.First > 200 {
					continue // the accessors are checked on the first 200 tokens
				}
				d.Subject(i)
				d.Objects(i)
				d.Clause(i)
				d.NounHead(i)
				d.Tense(i)
				if f, l := d.Span(i); f < sent.First || l >= end {
					t.Fatalf("span of %d outside its sentence", i)
				}
			}
			if roots != 1 {
				t.Fatalf("sentence %d has %d roots", si, roots)
			}
		}
	})
}
