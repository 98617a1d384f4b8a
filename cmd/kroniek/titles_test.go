package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/pipeline"
)

// titleArticles are made-up articles whose titles quote, count, date and
// report what their texts say in other words (or not at all).
func titleArticles() []*kroniek.Article {
	return []*kroniek.Article{
		{ID: "t1", Title: "Jansen: 'Wij eisen 300 miljoen euro van de provincie'", Published: "2019-03-12", Lang: "nl",
			Body: "Burgemeester Piet Jansen van Zwolle wil geld van de provincie Overijssel. De stad heeft een tekort op de begroting. \"We kunnen niet anders,\" zei Jansen dinsdag in de gemeenteraad."},
		{ID: "t2", Title: "Politie arresteert 12 betogers in Utrecht op 16 maart", Published: "2019-03-18", Lang: "nl",
			Body: "In Utrecht zijn bij een betoging tegen de klimaatplannen twaalf mensen opgepakt. De demonstranten blokkeerden een weg in het centrum."},
		{ID: "t3", Title: "'Verbied vuurwerk in de binnenstad'", Published: "2019-01-07", Lang: "nl",
			Body: "Wethouder Karin de Vries wil vuurwerk in de binnenstad verbieden. \"Verbied vuurwerk in de binnenstad, dat is het enige dat helpt,\" zei De Vries maandag. Ze wil de regel volgend jaar invoeren."},
		{ID: "t4", Title: "'Zet meer agenten op straat'", Published: "2019-02-04", Lang: "nl",
			Body: "De gemeente moet in de nacht meer toezicht houden, zegt burgemeester Anna Bakker van Deventer. Ze vraagt de minister om geld."},
	}
}

// TestTitleItems: the pipeline reads the title as well as the text. Every
// kind of item is found in a title, with Field "title" and offsets into
// the title (Title[start:end] is its text); a title time resolves against
// the article's date; a headline quote without a speaker before a colon
// takes the speaker of the same words in the text, else the speaker of
// the text's lead; and the items of the
// text are byte for byte those of the article analysed without a title.
func TestTitleItems(t *testing.T) {
	t.Parallel()
	p, err := newPipeline()
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, a := range titleArticles() {
		bare := *a
		bare.Title = ""
		p.Prepare(a)
		p.Prepare(&bare)
		an, without := p.Analyze(a), p.Analyze(&bare)
		in := func(kind, field string, start, end int, text string) bool {
			t.Helper()
			if field == "" {
				return false
			}
			if field != kroniek.FieldTitle || start < 0 || start > end || end > len(a.Title) || a.Title[start:end] != text {
				t.Errorf("%s: %s of the title at %d:%d %q (field %q): not the title's words", a.ID, kind, start, end, text, field)
			}
			kinds[kind]++
			return true
		}
		var qs []kroniek.Quote
		for _, x := range an.Quotes {
			if !in("quote", x.Field, x.Start, x.End, x.Text) {
				qs = append(qs, x)
			}
		}
		var as []kroniek.Amount
		for _, x := range an.Amounts {
			if !in("amount", x.Field, x.Start, x.End, x.Text) {
				as = append(as, x)
			}
		}
		var ts []kroniek.TimeRef
		for _, x := range an.Times {
			if !in("time", x.Field, x.Start, x.End, x.Text) {
				ts = append(ts, x)
			} else if a.ID == "t2" && x.Value != "2019-03-16" {
				t.Errorf("%s: title time %q = %q, want 2019-03-16", a.ID, x.Text, x.Value)
			}
		}
		var es []kroniek.Event
		for _, x := range an.Events {
			if !in("event", x.Field, x.Start, x.End, x.Text) {
				es = append(es, x)
			}
		}
		same := func(kind string, got, want any) {
			t.Helper()
			g, _ := json.Marshal(got)
			w, _ := json.Marshal(want)
			if string(g) != string(w) {
				t.Errorf("%s: %s of the text change with the title:\n got %s\nwant %s", a.ID, kind, g, w)
			}
		}
		same("quotes", qs, without.Quotes)
		same("amounts", as, without.Amounts)
		same("times", ts, without.Times)
		same("events", es, without.Events)
		speaker := map[string]string{"t1": "Jansen", "t3": "Karin de Vries", "t4": "Anna Bakker"}[a.ID]
		for _, q := range an.Quotes {
			if q.Field != kroniek.FieldTitle || q.Kind != kroniek.QuoteDirect {
				continue
			}
			name := ""
			for _, le := range an.Locals {
				if le.Key == q.SpeakerLocal {
					name = le.Name
				}
			}
			if !strings.Contains(name, speaker) {
				t.Errorf("%s: headline quote %q: speaker %q (%s), want %s", a.ID, q.Text, name, q.SpeakerLocal, speaker)
			}
		}
	}
	for _, k := range []string{"quote", "amount", "time", "event"} {
		if kinds[k] == 0 {
			t.Errorf("no %s found in any title", k)
		}
	}
}

// TestTitleRepeatsShownOnce: an item of a title that repeats one of the
// text is kept in the analysis but left out where items are shown.
func TestTitleRepeatsShownOnce(t *testing.T) {
	t.Parallel()
	p, err := newPipeline()
	if err != nil {
		t.Fatal(err)
	}
	a := titleArticles()[1] // 12 betogers in the title, twaalf mensen in the text
	p.Prepare(a)
	an := p.Analyze(a)
	stages, err := newStages()
	if err != nil {
		t.Fatal(err)
	}
	pipeline.Corpus(stages, []*kroniek.Article{a}, []*kroniek.Analysis{an})
	title := 0
	for _, x := range an.Amounts {
		if x.Field == kroniek.FieldTitle && x.Value == 12 {
			title++
		}
	}
	if title != 1 {
		t.Fatalf("title figure 12: %d in the analysis, want 1 (kept as evidence)", title)
	}
	for _, x := range kroniek.WithoutTitleRepeats(an.Amounts) {
		if x.Field == kroniek.FieldTitle && x.Value == 12 {
			t.Errorf("title figure %q repeats the text's and is still shown", x.Text)
		}
	}
}

// TestReportCitesTitle: the report lists a headline's quote under Said
// with the title as its evidence, and a quote the text repeats once.
func TestReportCitesTitle(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := `{"id": "r1", "title": "Jansen: 'Wij eisen 300 miljoen euro van de provincie'", "text": "Burgemeester Piet Jansen van Zwolle wil geld van de provincie Overijssel. De stad heeft een tekort op de begroting. \"We kunnen niet anders,\" zei Jansen dinsdag in de gemeenteraad.", "published_at": "2019-03-12"}
{"id": "r2", "title": "Jansen: 'We kunnen niet anders'", "text": "Burgemeester Piet Jansen van Zwolle vraagt de provincie Overijssel opnieuw om geld voor de begroting. \"We kunnen niet anders,\" zei Jansen woensdag.", "published_at": "2019-03-13"}
`
	path := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}
	if code := m.Run(context.Background(), []string{"analyze", "-q", "--db", filepath.Join(dir, "k.db"), path}); code != 0 {
		t.Fatalf("analyze exit %d: %s", code, errb.String())
	}
	report := out.String()
	if !regexp.MustCompile(`“Wij eisen 300 miljoen euro van de provincie” +\[\d\] \(title\)`).MatchString(report) {
		t.Errorf("report does not cite the headline's quote with its title:\n%s", report)
	}
	if n := strings.Count(report, "“We kunnen niet anders”"); n != 1 {
		t.Errorf("report shows the quote the texts and a title repeat %d times, want once:\n%s", n, report)
	}
}
