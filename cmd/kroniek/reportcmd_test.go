package main

import (
	"context"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestReportIsAnalyzesChronicle: `kroniek report` prints what `kroniek
// analyze` printed for the same store, without the line that says what
// the run stored, and it reads nothing: the store's articles are what
// they were.
func TestReportIsAnalyzesChronicle(t *testing.T) {
	seeds := seedsDir(t)
	_, db := analyzeSeeds(t)
	again, errs, code := run(t, "analyze", "-q", "--db", db, seeds)
	if code != 0 {
		t.Fatalf("analyze again: exit %d: %s", code, errs)
	}
	head, rest, _ := strings.Cut(again, "\n")
	counts, rest, _ := strings.Cut(rest, "\n")
	if !strings.Contains(counts, "unchanged") {
		t.Fatalf("analyze's second line is %q, want the counts", counts)
	}
	want := head + "\n" + rest
	got, errs, code := run(t, "report", "--db", db)
	if code != 0 {
		t.Fatalf("report: exit %d: %s", code, errs)
	}
	if got != want {
		t.Errorf("report differs from analyze's chronicle:\n--- report\n%.800s\n--- analyze without its counts\n%.800s", got, want)
	}
	if !strings.Contains(got, "Story: ") {
		t.Errorf("report shows no story:\n%.400s", got)
	}
}

// TestReportActorsHaveMentions: the report's doc holds the mentions of
// the actors its stories name (a store's entity list leaves them out), so
// that an actor's other spelling is the one most mentions use (user
// trial 14: "EU (Europes Unie)", a typo of one article, in the dpgmedia
// report).
func TestReportActorsHaveMentions(t *testing.T) {
	_, db := analyzeSeeds(t)
	store := openTestStore(t, db)
	ctx := context.Background()
	arts, _, err := store.Articles(ctx, kroniek.ArticleFilter{Page: kroniek.Page{Limit: 10}})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	doc, err := reportDoc(ctx, store, ids)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*kroniek.Entity{}
	for _, e := range doc.Entities {
		byID[e.ID] = e
	}
	if len(doc.Stories) == 0 || len(doc.Stories[0].Actors) == 0 {
		t.Fatal("the seeds' report has no story with actors")
	}
	for _, a := range doc.Stories[0].Actors[:min(len(doc.Stories[0].Actors), reportActors)] {
		if e := byID[a.Entity]; e == nil || len(e.Mentions) == 0 {
			t.Errorf("actor %s (%s) has no mentions in the report's doc", a.Name, a.Entity)
		}
	}
}
