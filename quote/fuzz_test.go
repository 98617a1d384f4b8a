package quote

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/fuzzcheck"
	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

// FuzzExtract checks that any text, with its capitalised words as
// entities, gives quotes on rune boundaries whose Text is the quoted span,
// speaker spans that say the speaker's words, cue spans inside the text,
// speaker keys of existing local entities, quotes in text order, the same
// quotes every time, and inputs left as they were.
func FuzzExtract(f *testing.F) {
	for _, l := range append(loadLabelled(f, "labelled.jsonl"), loadLabelled(f, "heldout.jsonl")...) {
		f.Add(l.Text)
	}
	for _, s := range shared.Hostile() {
		f.Add(s)
		f.Add("„" + s + "”, zei Minister Hoekstra.") // the hostile text quoted
	}
	for _, s := range []string{
		"Loekasjenko’s aanhangers, zo’n honderd, keken ’s avonds video’s bij d’r oom. In de jaren ’90 en '80 was het anders.",
		"„", "”", "\"", "'", "’", "«", "»", "‘Dat", "Hij zei: „", "” zei Rutte.", "„Nee,” zei Rutte. „", "'Poetin' zei 'ja",
		"„Eerste alinea zonder einde\n\n„Tweede alinea.” zei Mark Rutte.",
		strings.Repeat("„(", 5000) + "Rutte zei" + strings.Repeat(")”", 5000),
		// Kept small: attribution takes time quadratic in the quotes of
		// one sentence (10,000 marks take seconds).
		strings.Repeat("“", 1000) + " zei Poetin.",
		"«قال الرئيس \u202Eإن\u202C السلام قريب» zei Abbas. \u200F„שלום\u200F”",
		"President Poetin zei dat de troepen zich terugtrekken. Volgens Loekasjenko is dat niet waar.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := nl.Parse(text, nl.Options{Lang: "nl"})
		ms, locals := capitalised(doc)
		ms0 := append([]kroniek.Mention(nil), ms...)
		locals0 := cloneLocals(locals)
		qs := Extract(doc, ms, locals)
		if !reflect.DeepEqual(ms, ms0) || !reflect.DeepEqual(locals, locals0) {
			t.Fatalf("Extract changed its input mentions or locals on %q", text)
		}
		checkQuotes(t, text, qs, locals)
		if again := Extract(doc, ms, locals); !reflect.DeepEqual(qs, again) {
			t.Fatalf("Extract not deterministic on %q:\n%+v\n%+v", text, qs, again)
		}
	})
}

// capitalised stands in for the tagger and resolve.Local: every run of
// capitalised words in a sentence is a mention, runs with the same text
// share a local entity, PER for two words or more, ORG for all capitals,
// LOC otherwise; a lowercase word before a person is its role.
func capitalised(doc *nl.Doc) ([]kroniek.Mention, []kroniek.LocalEntity) {
	var ms []kroniek.Mention
	var locals []kroniek.LocalEntity
	keys := map[string]int{}
	upper := func(t nl.Token) bool {
		r, _ := utf8.DecodeRuneInString(t.Text)
		return t.Kind == nl.Word && unicode.IsUpper(r)
	}
	for _, s := range doc.Sentences {
		toks := s.Tokens
		for i := 0; i < len(toks); i++ {
			if !upper(toks[i]) {
				continue
			}
			j := i + 1
			for j < len(toks) && upper(toks[j]) {
				j++
			}
			start, end := toks[i].Start, toks[j-1].End
			name := doc.Text[start:end]
			typ := kroniek.LOC
			switch {
			case j-i >= 2:
				typ = kroniek.PER
			case strings.ToUpper(name) == name:
				typ = kroniek.ORG
			}
			k, ok := keys[name]
			if !ok {
				k = len(locals)
				keys[name] = k
				locals = append(locals, kroniek.LocalEntity{Key: "L" + strconv.Itoa(k+1), Name: name, Type: typ})
			}
			m := kroniek.Mention{Start: start, End: end, Text: name, Type: typ, Local: locals[k].Key}
			if typ == kroniek.PER && i > 0 && toks[i-1].Kind == nl.Word && !upper(toks[i-1]) {
				m.Role = strings.ToLower(toks[i-1].Text)
				locals[k].Roles = append(locals[k].Roles, m.Role)
			}
			ms = append(ms, m)
			i = j - 1
		}
	}
	return ms, locals
}

func cloneLocals(ls []kroniek.LocalEntity) []kroniek.LocalEntity {
	out := append([]kroniek.LocalEntity(nil), ls...)
	for i := range out {
		out[i].Roles = append([]string(nil), out[i].Roles...)
		if ls[i].Roles == nil {
			out[i].Roles = nil
		}
	}
	return out
}

// checkQuotes checks the offset and key promises of Extract's quotes.
func checkQuotes(t *testing.T, text string, qs []kroniek.Quote, locals []kroniek.LocalEntity) {
	t.Helper()
	bounds := runeBounds(text)
	span := func(what string, i, start, end int) {
		if start < 0 || end > len(text) || start > end || !bounds[start] || !bounds[end] {
			t.Fatalf("quote %d %s: bad span %d:%d in %d bytes %q", i, what, start, end, len(text), text)
		}
	}
	keys := map[string]bool{}
	for _, l := range locals {
		keys[l.Key] = true
	}
	prev := 0
	for i, q := range qs {
		span("text", i, q.Start, q.End)
		if q.Text != text[q.Start:q.End] {
			t.Fatalf("quote %d text %q != %q", i, q.Text, text[q.Start:q.End])
		}
		if q.Start < prev {
			t.Fatalf("quote %d at %d before quote %d at %d", i, q.Start, i-1, prev)
		}
		prev = q.Start
		switch q.Kind {
		case kroniek.QuoteDirect, kroniek.QuoteTerm:
			// Text is the words without the marks (and without punctuation
			// the quotation opens with): an opening mark precedes it, with at
			// most punctuation and spaces between.
			if r := markBefore(text[:q.Start]); !nl.IsQuoteMark(r) {
				t.Fatalf("quote %d %q at %d: %q before it is no quote mark", i, q.Text, q.Start, r)
			}
		case kroniek.QuoteIndirect:
		default:
			t.Fatalf("quote %d kind %q", i, q.Kind)
		}
		if q.SpeakerLocal != "" && !keys[q.SpeakerLocal] {
			t.Fatalf("quote %d speaker %q is no local entity", i, q.SpeakerLocal)
		}
		if q.SpeakerText != "" {
			span("speaker", i, q.SpeakerStart, q.SpeakerEnd)
			if q.SpeakerText != text[q.SpeakerStart:q.SpeakerEnd] {
				t.Fatalf("quote %d speaker text %q != %q", i, q.SpeakerText, text[q.SpeakerStart:q.SpeakerEnd])
			}
		}
		if q.CueStart != 0 || q.CueEnd != 0 {
			span("cue", i, q.CueStart, q.CueEnd)
		}
		// gaps (the attribution inside the quote) lie in order inside the
		// span, do not overlap and leave some of the quote on each side
		last := q.Start
		for _, g := range q.Gaps {
			span("gap", i, g[0], g[1])
			if g[0] <= last || g[1] >= q.End || g[0] >= g[1] {
				t.Fatalf("quote %d %d:%d gap %v out of order, empty or not inside", i, q.Start, q.End, g)
			}
			last = g[1]
		}
		if q.Speaker != "" || q.Article != "" {
			t.Fatalf("quote %d has global fields set: %+v", i, q)
		}
	}
}

// runeBounds marks where a span may start and end (see fuzzcheck).
func runeBounds(s string) []bool { return fuzzcheck.RuneBounds(s) }

// markBefore returns the last rune of s that is a quote mark, a letter or a
// digit, passing over other punctuation and spaces; two commas are the
// opening mark the Dutch press writes for „ (",,Dat is goed”, zei hij").
func markBefore(s string) rune {
	for len(s) > 0 {
		if strings.HasSuffix(s, ",,") {
			return '„'
		}
		r, n := utf8.DecodeLastRuneInString(s)
		if nl.IsQuoteMark(r) || unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		s = s[:len(s)-n]
	}
	return utf8.RuneError
}
