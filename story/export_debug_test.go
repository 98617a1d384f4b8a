package story

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
)

// analysesFromExport rebuilds articles, analyses and entities from an
// export document, so the story view can be studied on a pipeline run
// without running the pipeline.
func analysesFromExport(doc *kroniek.Export) ([]*kroniek.Article, []*kroniek.Analysis, []*kroniek.Entity) {
	var articles []*kroniek.Article
	by := map[string]*kroniek.Analysis{}
	var analyses []*kroniek.Analysis
	for _, ea := range doc.Articles {
		a := &kroniek.Article{ID: ea.ID, Source: ea.Source, URL: ea.URL, Outlet: ea.Outlet, Title: ea.Title,
			Lang: ea.Lang, Text: ea.Text, Headings: ea.Headings}
		if ea.Published != nil {
			a.Published = *ea.Published
		}
		articles = append(articles, a)
		an := &kroniek.Analysis{Article: a.ID}
		by[a.ID] = an
		analyses = append(analyses, an)
	}
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			if an := by[m.Article]; an != nil {
				m.Entity = e.ID
				an.Mentions = append(an.Mentions, m)
			}
		}
	}
	for _, q := range doc.Quotes {
		if an := by[q.Article]; an != nil {
			an.Quotes = append(an.Quotes, q)
		}
	}
	for _, x := range doc.Amounts {
		if an := by[x.Article]; an != nil {
			an.Amounts = append(an.Amounts, x)
		}
	}
	for _, x := range doc.Times {
		if an := by[x.Article]; an != nil {
			an.Times = append(an.Times, x)
		}
	}
	for _, x := range doc.Events {
		if an := by[x.Article]; an != nil {
			an.Events = append(an.Events, x)
		}
	}
	for _, an := range analyses {
		sort.SliceStable(an.Mentions, func(i, j int) bool { return an.Mentions[i].Start < an.Mentions[j].Start })
	}
	return articles, analyses, doc.Entities
}

// TestDebugExport prints the largest multi-outlet stories built from an
// export document: STORY_EXPORT=export.json (from `kroniek export`).
// Outlets missing in the export are taken from the dpgmedia labels.
func TestDebugExport(t *testing.T) {
	path := os.Getenv("STORY_EXPORT")
	if path == "" {
		t.Skip("set STORY_EXPORT to an export document")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc kroniek.Export
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	articles, analyses, entities := analysesFromExport(&doc)
	outlet := shared.Publishers(t)
	for _, a := range articles {
		if a.Outlet == "" {
			a.Outlet = outlet[a.ID]
		}
	}
	_, stories := Build(articles, analyses, entities, Options{})
	sort.SliceStable(stories, func(i, j int) bool { return len(stories[i].Outlets) > len(stories[j].Outlets) })
	for _, s := range stories[:min(6, len(stories))] {
		WriteReport(os.Stdout, s)
		fmt.Println()
	}
}
