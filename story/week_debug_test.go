package story

import (
	"fmt"
	"os"
	"sort"
	"testing"
)

// TestDebugWeekErrors prints the predicted stories that mix gold-week labels (STORY_DEBUG=1).
func TestDebugWeekErrors(t *testing.T) {
	if os.Getenv("STORY_DEBUG") == "" {
		t.Skip()
	}
	articles := loadDPG(t)
	g := loadGoldWeek(t)
	links, _ := link(articles, nil, Options{})
	title := map[string]string{}
	for _, a := range articles {
		title[a.ID] = a.Title
	}
	pred := map[string][]string{}
	for _, l := range links {
		pred[l.Story] = append(pred[l.Story], l.Article)
	}
	var keys []string
	for k := range pred {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		m := pred[k]
		in := 0
		labs := map[string]bool{}
		for _, id := range m {
			if a, ok := g.Articles[id]; ok {
				in++
				labs[a.Story] = true
			}
		}
		if in == 0 || len(m) < 2 {
			continue
		}
		if len(labs) == 1 && len(m) == in {
			continue
		}
		fmt.Printf("== %s size %d (week %d, labels %d)\n", k, len(m), in, len(labs))
		for _, id := range m {
			fmt.Printf("   %s %-22s %.70s\n", id, g.Articles[id].Story, title[id])
		}
	}
}

// TestDebugWeekGrid scores a small option grid on the gold week's tuning days (STORY_DEBUG=1).
func TestDebugWeekGrid(t *testing.T) {
	if os.Getenv("STORY_DEBUG") == "" {
		t.Skip()
	}
	articles := loadDPG(t)
	g := loadGoldWeek(t)
	tune := g.labels(g.TuneDays)
	old := loadLabels(t)
	for _, th := range []float64{0.11, 0.13, 0.15} {
		for _, ms := range []int{4, 6} {
			for _, mt := range []float64{0.08, 0.1} {
				o := Options{Threshold: th, MinShared: ms, MinTextSim: mt}
				_, _, f := evalClustering(t, articles, tune, o)
				_, _, f2 := evalClustering(t, articles, old, o)
				fmt.Printf("th=%.2f minshared=%d mintext=%.2f tune F1=%.3f old250 F1=%.3f\n", th, ms, mt, f, f2)
			}
		}
	}
}

// TestDebugCross prints name-key cosines of the cross-language articles with the seeds (STORY_DEBUG=1).
func TestDebugCross(t *testing.T) {
	if os.Getenv("STORY_DEBUG") == "" {
		t.Skip()
	}
	seeds := loadSeeds(t)
	extra := crossLangArticles(t)
	var nl centroid
	for _, s := range seeds {
		v := nameVec(s.Title + "\n" + s.Text)
		nl.add(v)
	}
	for _, x := range extra {
		v := nameVec(x.Title + "\n" + x.Text)
		c, n := nl.cosShared(v)
		fmt.Println(x.ID, c, n)
		for _, s := range seeds {
			var one centroid
			one.add(nameVec(s.Title + "\n" + s.Text))
			c, n := one.cosShared(v)
			fmt.Println("  ", s.ID, c, n)
		}
	}
	fmt.Println(nameKeys(extra[0].Text))
}

// debugVocab interns the name keys of TestDebugCross.
var debugVocab = vocab{}

// nameVec is the name-key vector of text in debugVocab.
func nameVec(text string) sparse {
	c := map[int32]int{}
	for _, k := range nameKeys(text) {
		c[debugVocab.id(k)]++
	}
	idf := make([]float64, len(debugVocab)+1)
	for s, id := range debugVocab {
		idf[id] = nameIDF(s)
	}
	return vectorize(c, idf, 60)
}

// TestDebugDigests prints the items of every dpgmedia digest (STORY_DEBUG=1).
func TestDebugDigests(t *testing.T) {
	if os.Getenv("STORY_DEBUG") == "" {
		t.Skip()
	}
	articles := loadDPG(t)
	docs := make([]GenreDoc, len(articles))
	for i, a := range articles {
		d, _ := DateSpan(a.Published)
		docs[i] = GenreDoc{Title: a.Title, Text: a.Text, Day: d}
	}
	g := Genres(docs)
	o := Options{}.withDefaults()
	for i, a := range articles {
		if g[i] != GenreDigest {
			continue
		}
		fmt.Println("==", a.ID, a.Title)
		for _, it := range splitDigest(a.Text, "nl", o.Terms) {
			fmt.Printf("   [%s] %.60s\n", it.Title, a.Text[it.Start:it.End])
		}
	}
}
