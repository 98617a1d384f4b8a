package story

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/kroniek/kroniek"
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
	var gs []string
	for g := range byGold {
		gs = append(gs, g)
	}
	sort.Strings(gs)
	for _, g := range gs {
		ids := byGold[g]
		if len(ids) < 2 {
			continue
		}
		sort.Slice(ids, func(i, j int) bool { return pred[ids[i]] < pred[ids[j]] })
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
	sort.SliceStable(stories, func(i, j int) bool { return len(stories[i].Articles) > len(stories[j].Articles) })
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
