package story

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
)

func TestDebugClusters(t *testing.T) {
	if os.Getenv("STORY_DEBUG") == "" {
		t.Skip()
	}
	articles := loadDPG(t)
	labels := loadLabels(t)
	if name := os.Getenv("STORY_LABELS"); name != "" {
		labels = readLabels(t, name)
	}
	links, _ := link(articles, nil, Options{})
	title := map[string]string{}
	for _, a := range articles {
		title[a.ID] = a.Title
	}
	pred := map[string]string{}
	for _, l := range links {
		pred[l.Article] = l.Story
	}
	byGold := map[string][]string{}
	for id, g := range labels {
		byGold[g] = append(byGold[g], id)
	}
	gs := slices.Sorted(maps.Keys(byGold))
	for _, g := range gs {
		ids := byGold[g]
		if len(ids) < 2 {
			continue
		}
		slices.SortFunc(ids, func(a, b string) int { return strings.Compare(pred[a], pred[b]) })
		fmt.Println("==", g)
		inGold := map[string]bool{}
		for _, id := range ids {
			inGold[id] = true
		}
		for id, l := range labels {
			if l != g && pred[id] == pred[ids[0]] && !inGold[id] {
				fmt.Printf("  + %s %s %.60s (gold %s)\n", pred[id], id, title[id], l)
			}
		}
		for _, id := range ids {
			fmt.Printf("  %s %s %.60s\n", pred[id], id, title[id])
		}
	}
}

func TestDebugDups(t *testing.T) {
	if os.Getenv("STORY_DEBUG") == "" {
		t.Skip()
	}
	articles := loadDPG(t)
	title := map[string]string{}
	var docs []DupDoc
	for _, a := range articles {
		title[a.ID] = a.Title
		docs = append(docs, DupDoc{ID: a.ID, Date: day(a.Published), Text: a.Text})
	}
	for _, d := range Dedup(docs, Options{}) {
		fmt.Printf("%.2f %s %.40q <- %s %.40q\n", d.Similarity, d.Original, title[d.Original], d.Article, title[d.Article])
	}
}

func TestDebugSeedView(t *testing.T) {
	if os.Getenv("STORY_DEBUG") == "" {
		t.Skip()
	}
	_, stories := Build(loadSeeds(t), nil, nil, Options{})
	for _, s := range stories {
		fmt.Printf("%s %q %v %s..%s %v\n", s.ID, s.Title, s.Articles, s.Start, s.End, s.Outlets)
		for _, l := range s.Summary {
			fmt.Println("  *", l)
		}
	}
}

func TestDebugDPGView(t *testing.T) {
	if os.Getenv("STORY_DEBUG") == "" {
		t.Skip()
	}
	_, stories := Build(loadDPG(t), nil, nil, Options{})
	slices.SortStableFunc(stories, func(a, b *kroniek.Story) int { return len(b.Articles) - len(a.Articles) })
	sizes := map[int]int{}
	for _, s := range stories {
		sizes[len(s.Articles)]++
	}
	fmt.Println("stories", len(stories), "sizes", sizes)
	for _, s := range stories[:8] {
		WriteReport(os.Stdout, s)
		fmt.Println()
	}
}

// TestDebugEntityGrid measures B-cubed with resolved entities dumped from a
// pipeline run: STORY_ENTITIES=file.json maps article id -> entity ids.
func TestDebugEntityGrid(t *testing.T) {
	path := os.Getenv("STORY_ENTITIES")
	if path == "" {
		t.Skip()
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var ents map[string][]string
	if err := json.Unmarshal(b, &ents); err != nil {
		t.Fatal(err)
	}
	articles := loadDPG(t)
	labels := loadLabels(t)
	var analyses []*kroniek.Analysis
	for _, a := range articles {
		an := &kroniek.Analysis{Article: a.ID}
		for _, e := range ents[a.ID] {
			an.Mentions = append(an.Mentions, kroniek.Mention{Article: a.ID, Entity: e})
		}
		analyses = append(analyses, an)
	}
	byID := map[string]*kroniek.Analysis{}
	for _, an := range analyses {
		byID[an.Article] = an
	}
	for _, ew := range []float64{-1, 0.1, 0.2, 0.3, 0.4} {
		for _, nw := range []float64{-1, 0.2, 0.35} {
			for _, th := range []float64{0.12, 0.15, 0.18} {
				links, _ := link(articles, byID, Options{EntityWeight: ew, NameWeight: nw, Threshold: th})
				p, r, f := bcubed(labels, storyOf(links))
				fmt.Printf("entities=%.2f names=%.2f threshold=%.2f P=%.3f R=%.3f F1=%.3f\n", ew, nw, th, p, r, f)
			}
		}
	}
}

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
	file(by, doc.Quotes, func(x kroniek.Quote) string { return x.Article }, func(an *kroniek.Analysis, x kroniek.Quote) { an.Quotes = append(an.Quotes, x) })
	file(by, doc.Amounts, func(x kroniek.Amount) string { return x.Article }, func(an *kroniek.Analysis, x kroniek.Amount) { an.Amounts = append(an.Amounts, x) })
	file(by, doc.Times, func(x kroniek.TimeRef) string { return x.Article }, func(an *kroniek.Analysis, x kroniek.TimeRef) { an.Times = append(an.Times, x) })
	file(by, doc.Events, func(x kroniek.Event) string { return x.Article }, func(an *kroniek.Analysis, x kroniek.Event) { an.Events = append(an.Events, x) })
	for _, an := range analyses {
		slices.SortStableFunc(an.Mentions, func(a, b kroniek.Mention) int { return a.Start - b.Start })
	}
	return articles, analyses, doc.Entities
}

// file adds each item to the analysis of its article, if there is one.
func file[T any](by map[string]*kroniek.Analysis, items []T, article func(T) string, add func(*kroniek.Analysis, T)) {
	for _, x := range items {
		if an := by[article(x)]; an != nil {
			add(an, x)
		}
	}
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
	slices.SortStableFunc(stories, func(a, b *kroniek.Story) int { return len(b.Outlets) - len(a.Outlets) })
	for _, s := range stories[:min(6, len(stories))] {
		WriteReport(os.Stdout, s)
		fmt.Println()
	}
}
