package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/fuzzcheck"
	"github.com/kroniek/kroniek/pipeline"
)

// FuzzAnalyze runs a fuzzed article through the wiring of `kroniek
// analyze` (newPipeline and newStages: Prepare, Analyze, and the corpus
// stages over that one article), without a store, and checks that every
// offset of the analysis lies in the article's Text on rune boundaries
// with the Text it promises, that Prepare is idempotent and Analyze pure
// (the same article gives the same analysis), that every local and global
// key refers to an entity that exists, and that the export document
// marshals to valid JSON that reads back.
func FuzzAnalyze(f *testing.F) {
	for _, dir := range []string{"../../clean/testdata", "../../nl/testdata", "../../event/testdata"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(string(b), "", uint8(0), uint8(0))
			}
		}
	}
	seed := "Minsk, 14 september 2020\n\nDe Wit-Russische president Aleksandr Loekasjenko ontmoette maandag in Sotsji de Russische president Vladimir Poetin. " +
		"Poetin beloofde een lening van 1,5 miljard dollar. „We zullen Wit-Rusland niet in de steek laten”, zei Poetin.\n\n" +
		"Achter gesloten deuren\n\nVolgens de oppositie arresteerde de politie zondag ruim 400 demonstranten. Oppositieleider Tichanovskaja veroordeelde het geweld."
	f.Add(seed, "Loekasjenko bij Poetin in Sotsji", uint8(0), uint8(0))
	f.Add(seed, "", uint8(1), uint8(1))
	f.Add("Belarusian President Alexander Lukashenko met Vladimir Putin in Sochi on Monday. Putin promised a loan of 1.5 billion dollars.", "Lukashenko meets Putin", uint8(0), uint8(2))
	for _, s := range []string{
		"", "„", "’", "Lees ook:\n\nTitel\n\nLead.\n\r\n\r",
		"\xff\xfe De premier \xc3\x28 zei: „ja\xe2\x82”.\xed\xa0\x80 Mark Rutte",
		strings.Repeat("(", 10000) + "Mark Rutte zei: „ja”" + strings.Repeat(")", 10000),
		"Rusland eiste 4" + strings.Repeat("0", 400) + " euro en 99999999999999999999999999999999 procent, 1e308 dollar en 0,0000000000000000000001 roebel.",
		"قال الرئيس \u202Eإن\u202C «السلام» قريب. \u200Fשלום\u200F עכשיו. Poetin zei „nee”.",
		"Zelensky\u0301j veroordeelde Ме\u0301дведев e\u0301e\u0301n keer op 14 septe\u0301mber.",
		"Poetin\x00zei\x00: „ja\x00”. Mark\x00Rutte\x00 op 1\x002 mei",
		"👨‍👩‍👧‍👦 Rutte 👍🏽 zei: „🏳️‍🌈” #Rutte @MarkRutte pic.twitter.com/abc 14 september 2020",
	} {
		f.Add(s, "", uint8(1), uint8(0))
		f.Add(s, s, uint8(0), uint8(1))
	}
	p, err := newPipeline()
	if err != nil {
		f.Fatal(err)
	}
	stages, err := newStages()
	if err != nil {
		f.Fatal(err)
	}
	langs := []string{"", "nl", "en"}
	dates := []string{"", "2020-09-14", "2020-09"}
	f.Fuzz(func(t *testing.T, body, title string, li, di uint8) {
		a := &kroniek.Article{
			Source: "fuzz", Outlet: "fuzz", Title: title, Body: body,
			Lang: langs[int(li)%len(langs)], Published: dates[int(di)%len(dates)],
		}
		p.Prepare(a)
		if a.ID == "" || a.Lang == "" {
			t.Fatalf("prepared article without id or language: %+v", a)
		}
		for _, r := range a.Removed {
			if r.Start < 0 || r.Start > r.End || r.End > len(body) || body[r.Start:r.End] != r.Text {
				t.Fatalf("removed %+v is not in the body", r)
			}
		}
		sp := newSpans(t, a.Text)
		for _, h := range a.Headings {
			sp.check("heading", h.Start, h.End, "")
		}
		prepared := *a
		if p.Prepare(&prepared); !reflect.DeepEqual(&prepared, a) {
			t.Fatalf("Prepare is not idempotent on %q", body)
		}
		an := p.Analyze(a)
		if again := p.Analyze(&prepared); !reflect.DeepEqual(an, again) || !reflect.DeepEqual(&prepared, a) {
			t.Fatalf("Analyze is not pure on %q", body)
		}
		if an.Article != a.ID || an.Version != p.Version() {
			t.Fatalf("analysis of %q stamped %q version %q", a.ID, an.Article, an.Version)
		}
		c := pipeline.Corpus(stages, []*kroniek.Article{a}, []*kroniek.Analysis{an})
		checkAnalysis(t, sp, a, an, c)
		for _, l := range c.Links {
			if l.Article == a.ID {
				a.DuplicateOf, a.Similarity, a.Story = l.DuplicateOf, l.Similarity, l.Story
			}
		}
		doc := &kroniek.Export{
			Articles: []kroniek.ExportArticle{kroniek.NewExportArticle(a)}, Entities: c.Entities,
			Quotes: an.Quotes, Amounts: an.Amounts, Times: an.Times, Events: an.Events, Stories: c.Stories,
		}
		out, err := json.Marshal(doc)
		if err != nil || !json.Valid(out) {
			t.Fatalf("export of %q does not marshal: %v", body, err)
		}
		var back kroniek.Export
		if err := json.Unmarshal(out, &back); err != nil || len(back.Articles) != 1 {
			t.Fatalf("export of %q does not read back: %v", body, err)
		}
	})
}

// spans checks offsets into one text.
type spans struct {
	t      *testing.T
	text   string
	bounds []bool // rune boundaries: utf8.RuneStart, or each stray byte of invalid UTF-8
}

func newSpans(t *testing.T, text string) spans {
	return spans{t: t, text: text, bounds: fuzzcheck.RuneBounds(text)}
}

// check fails unless start:end lies in the text on rune boundaries and,
// when want is given, spans exactly want.
func (s spans) check(what string, start, end int, want string) {
	s.t.Helper()
	if start < 0 || start > end || end > len(s.text) || !s.bounds[start] || !s.bounds[end] {
		s.t.Fatalf("%s %q: bad span %d:%d in %d bytes of %q", what, want, start, end, len(s.text), s.text)
	}
	if want != "" && s.text[start:end] != want {
		s.t.Fatalf("%s %q: span %d:%d holds %q", what, want, start, end, s.text[start:end])
	}
}

// checkAnalysis checks every offset and key of one article's analysis
// after the corpus stages ran over it.
func checkAnalysis(t *testing.T, sp spans, a *kroniek.Article, an *kroniek.Analysis, c *kroniek.Corpus) {
	t.Helper()
	locals := map[string]bool{}
	for _, l := range an.Locals {
		locals[l.Key] = true
	}
	// an item of the title has offsets into the title
	title := newSpans(t, a.Title)
	of := func(field string) spans {
		if field == kroniek.FieldTitle {
			return title
		}
		return sp
	}
	in := func(m kroniek.Mention) spans { return of(m.Field) }
	entities := map[string]bool{}
	for _, e := range c.Entities {
		entities[e.ID] = true
		for _, m := range e.Mentions {
			in(m).check("entity mention", m.Start, m.End, m.Text)
		}
	}
	known := func(what, local, global string) {
		t.Helper()
		if local != "" && !locals[local] && !strings.HasPrefix(local, "generic:") {
			t.Fatalf("%s refers to local %q, no entity of the article", what, local)
		}
		if global != "" && !entities[global] && !strings.HasPrefix(global, "generic:") {
			t.Fatalf("%s refers to entity %q, not in the corpus", what, global)
		}
	}
	for _, m := range an.Mentions {
		in(m).check("mention", m.Start, m.End, m.Text)
		if m.Article != a.ID || m.Local == "" {
			t.Fatalf("mention %+v without article or local key", m)
		}
		known("mention "+m.Text, m.Local, m.Entity)
		if m.Entity == "" {
			t.Fatalf("mention %+v left without an entity by the corpus stages", m)
		}
	}
	for _, q := range an.Quotes {
		sp := of(q.Field)
		sp.check("quote", q.Start, q.End, q.Text)
		if q.SpeakerText != "" {
			sp.check("speaker", q.SpeakerStart, q.SpeakerEnd, q.SpeakerText)
		}
		if q.CueStart != 0 || q.CueEnd != 0 {
			sp.check("cue", q.CueStart, q.CueEnd, "")
		}
		known("quote speaker", q.SpeakerLocal, q.Speaker)
		if q.SpeakerLocal != "" && q.Speaker == "" {
			t.Fatalf("quote %q: speaker %s left unresolved", q.Text, q.SpeakerLocal)
		}
	}
	for _, x := range an.Amounts {
		sp := of(x.Field)
		sp.check("amount", x.Start, x.End, x.Text)
		if x.ObjectStart != 0 || x.ObjectEnd != 0 {
			sp.check("amount object", x.ObjectStart, x.ObjectEnd, "")
		}
	}
	for _, x := range an.Times {
		sp := of(x.Field)
		sp.check("time", x.Start, x.End, x.Text)
	}
	for _, e := range an.Events {
		sp := of(e.Field)
		sp.check("event", e.Start, e.End, e.Text)
		if e.TriggerStart < e.Start || e.TriggerEnd > e.End {
			t.Fatalf("event trigger %q %d:%d outside its sentence %d:%d", e.Trigger, e.TriggerStart, e.TriggerEnd, e.Start, e.End)
		}
		sp.check("event trigger", e.TriggerStart, e.TriggerEnd, "")
		for _, k := range append(append([]string(nil), e.ActorLocal...), e.RecipientLocal...) {
			known("event "+e.Type, k, "")
		}
		for _, g := range append(append([]string(nil), e.Actor...), e.Recipient...) {
			known("event "+e.Type, "", g)
		}
		if e.ID == "" {
			t.Fatalf("event %+v not merged", e)
		}
	}
	for _, s := range c.Stories {
		for _, x := range s.Figures {
			if x.Article == a.ID {
				sp.check("story figure", x.Start, x.End, x.Text)
			}
		}
	}
}
