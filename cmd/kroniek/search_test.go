package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/sqlitetest"
	"github.com/kroniek/kroniek/sqlite"
)

// TestSearchPhraseOneMark: a phrase's words are one mark in a snippet,
// «Theresa May», as on the web page, not «Theresa» «May» (user trial 14).
func TestSearchPhraseOneMark(t *testing.T) {
	res := &kroniek.SearchResult{Total: 1, Hits: []kroniek.SearchHit{{
		Article: "a1", Title: "May in Brussel", Published: "2019-03-25", Outlet: "ad",
		Snippet: "De positie van \x02Theresa\x03 \x02May\x03 hangt aan een zijden draad; \x02May\x03 zwijgt.",
	}}}
	var b bytes.Buffer
	writeSearch(&b, res, nil)
	out := b.String()
	if !strings.Contains(out, "van «Theresa May» hangt") || !strings.Contains(out, "draad; «May» zwijgt") {
		t.Errorf("snippet marks:\n%s", out)
	}
}

// TestSearchUntitledHit: a hit on an article without a title (a seed) is
// printed with the first line of its text, as the web page links it, not
// with an empty title (user trial 14).
func TestSearchUntitledHit(t *testing.T) {
	ctx := context.Background()
	store := sqlitetest.Open(t)
	a := &kroniek.Article{ID: "seed1", Source: "seed1.txt", Published: "2020-09", Lang: "nl",
		Text: "Poetin ontving Loekasjenko maandag in Sotsji.\nDe rest van het verhaal."}
	if _, err := store.PutArticles(ctx, []*kroniek.Article{a}); err != nil {
		t.Fatal(err)
	}
	res := &kroniek.SearchResult{Total: 1, Hits: []kroniek.SearchHit{{Article: "seed1", Published: "2020-09", Snippet: "in \x02Sotsji\x03."}}}
	if err := titleUntitled(ctx, store, res); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	writeSearch(&b, res, nil)
	if first, _, _ := strings.Cut(b.String(), "\n"); !strings.HasSuffix(first, "seed1  Poetin ontving Loekasjenko maandag in Sotsji.") {
		t.Errorf("untitled hit printed as %q", first)
	}
}

// TestSearchCopyFolded: a hit with a copy folded into it (another
// outlet's print the search found too) names the copy under it, and the
// count says how many articles the lines stand for (user trial 14 listed
// the copy as a second hit).
func TestSearchCopyFolded(t *testing.T) {
	res := &kroniek.SearchResult{Total: 5, Hits: []kroniek.SearchHit{
		{Article: "a1", Title: "May in Brussel", Published: "2019-03-25", Outlet: "ad", Copies: []string{"a9"}},
		{Article: "a2", Title: "May in Parijs", Published: "2019-04-09", Outlet: "vk"},
	}}
	var b bytes.Buffer
	writeSearch(&b, res, nil)
	if out := b.String(); !strings.Contains(out, "+ 1 copy: a9\n") || !strings.HasSuffix(out, "3 of 5 articles (-n 5 lists them all)\n") {
		t.Errorf("want the copy a9 under its hit and \"3 of 5 articles\" with how to list them all:\n%s", out)
	}
}

// TestSearchRefusesBadDates: kroniek search refuses a date that is no
// date of the calendar, and a from after its to, with a usage error, as
// the web page does; it found nothing and said "0 of 0 articles" (user
// trial 16). Words too common to search say so, as on the web page, and
// no words and no filter is a usage error (it listed every article).
func TestSearchRefusesBadDates(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "k.db")
	store, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	a := &kroniek.Article{ID: "a1", Source: "a1.txt", Published: "2019-04-02", Lang: "nl", Title: "Brexit", Text: "De brexit is uitgesteld."}
	if _, err := store.PutArticles(ctx, []*kroniek.Article{a}); err != nil {
		t.Fatal(err)
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--from", "2019-13-01", "brexit"}, 2, `date "2019-13-01"`},
		{[]string{"brexit", "--from", "2019-04-10", "--to", "2019-04-01"}, 2, "from 2019-04-10 is after to 2019-04-01"},
		{[]string{"--from", "2019-04", "brexit"}, 0, "1 of 1 article"},
		{[]string{"de"}, 0, "are not searched"},
		{[]string{""}, 2, "nothing to search for"},
		{[]string{" ", "--from", "2019-04"}, 0, "1 of 1 article"},
	} {
		var out, errb bytes.Buffer
		m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}
		code := m.Run(ctx, append([]string{"search", "--db", db}, c.args...))
		if code != c.code || !strings.Contains(out.String()+errb.String(), c.want) {
			t.Errorf("search %v: exit %d, want %d and %q:\n%s%s", c.args, code, c.code, c.want, out.String(), errb.String())
		}
	}
}

// TestSearchNoOutlet: kroniek search counts the hits by outlet, those
// that name none as "none", which --outlet takes (in any case) to find
// them alone; a hit of no outlet reads "no outlet", not "unknown" as if
// that were an outlet's name (user trial 16: the outlet facet left them
// out, 10 of 16 "Theresa May" hits, and they could not be chosen).
func TestSearchNoOutlet(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "k.db")
	store, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	arts := []*kroniek.Article{
		{ID: "a1", Source: "a1.txt", Outlet: "vk", Published: "2019-04-02", Lang: "nl", Title: "Brexit uitgesteld", Text: "De brexit is uitgesteld."},
		{ID: "a2", Source: "a2.txt", Published: "2019-04-03", Lang: "nl", Title: "Brexit weer uitgesteld", Text: "De brexit is weer uitgesteld."},
	}
	if _, err := store.PutArticles(ctx, arts); err != nil {
		t.Fatal(err)
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) (int, string, string) {
		var out, errb bytes.Buffer
		m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}
		code := m.Run(ctx, append([]string{"search", "--db", db}, args...))
		return code, out.String(), errb.String()
	}
	code, out, errs := run("brexit")
	if code != 0 || !strings.Contains(out, "2 of 2 articles\n  outlets (--outlet): vk 1 · none 1\n") ||
		!strings.Contains(out, "2019-04-03  no outlet      a2") || strings.Contains(out, "unknown") {
		t.Errorf("search brexit: exit %d, %q\n%s", code, errs, out)
	}
	for _, name := range []string{"none", "NONE"} {
		code, out, errs = run("--outlet", name, "brexit")
		if code != 0 || !strings.Contains(out, " a2  ") || strings.Contains(out, " a1  ") || !strings.HasSuffix(out, "1 of 1 article\n") {
			t.Errorf("search --outlet %s brexit: exit %d, %q\n%s", name, code, errs, out)
		}
	}
}

// TestSearchNoWord: a query of marks only ("\"", "-") holds no word, and
// kroniek search says so, not that its words are too common to search,
// which it still says of "de het" (user check 20).
func TestSearchNoWord(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "k.db")
	store, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	a := &kroniek.Article{ID: "a1", Source: "a1.txt", Published: "2021-06-01", Lang: "nl", Title: "Brug dicht", Text: "De brug is een week dicht."}
	if _, err := store.PutArticles(ctx, []*kroniek.Article{a}); err != nil {
		t.Fatal(err)
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{
		`"`:      "nothing searched: the query holds no word",
		"-":      "nothing searched: the query holds no word",
		"de het": "nothing searched: words as common as these",
	} {
		var out, errb bytes.Buffer
		m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}
		if code := m.Run(ctx, []string{"search", "--db", db, "--", q}); code != 0 || !strings.Contains(out.String(), want) {
			t.Errorf("search %q: exit %d, %q\n%s; want %q", q, code, errb.String(), out.String(), want)
		}
	}
}
