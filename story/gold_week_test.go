package story

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// goldWeek is testdata/gold-week.json: story and genre labels of every
// dpgmedia2019 article of 2019-03-04 .. 2019-03-09.
type goldWeek struct {
	TuneDays    []string `json:"tune_days"`
	HoldoutDays []string `json:"holdout_days"`
	Articles    map[string]struct {
		Story string `json:"story"`
		Sub   string `json:"sub"`
		Genre string `json:"genre"`
		Date  string `json:"date"`
	} `json:"articles"`
}

func loadGoldWeek(t testing.TB) goldWeek {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "gold-week.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g goldWeek
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("decode gold-week.json: %v", err)
	}
	return g
}

// weekLabels returns the story labels of the articles published on days.
func (g goldWeek) labels(days []string) map[string]string {
	in := map[string]bool{}
	for _, d := range days {
		in[d] = true
	}
	out := map[string]string{}
	for id, a := range g.Articles {
		if in[a.Date] {
			out[id] = a.Story
		}
	}
	return out
}

// Gold-week floors: a little below the B-cubed F1 measured on the tuning
// days and on the held-out days (docs/bench/story.md).
const (
	goldWeekTuneFloor    = 0.90
	goldWeekHoldoutFloor = 0.90
)

// TestBCubedGoldWeek scores clustering of all dpgmedia articles on the
// hand-labelled week, its tuning days and its held-out days apart.
func TestBCubedGoldWeek(t *testing.T) {
	t.Parallel()
	articles := loadDPG(t)
	g := loadGoldWeek(t)
	for _, part := range []struct {
		name  string
		days  []string
		floor float64
	}{{"tune", g.TuneDays, goldWeekTuneFloor}, {"holdout", g.HoldoutDays, goldWeekHoldoutFloor}} {
		labels := g.labels(part.days)
		p, r, f := evalClustering(t, articles, labels, Options{})
		single := map[string]string{}
		for id := range labels {
			single[id] = id
		}
		_, _, base := bcubed(labels, single)
		t.Logf("gold week %s (%d articles): P=%.3f R=%.3f F1=%.3f (every article alone: F1=%.3f)", part.name, len(labels), p, r, f, base)
		if f < part.floor {
			t.Errorf("gold week %s: B-cubed F1 %.3f below floor %.2f", part.name, f, part.floor)
		}
	}
}

// TestGenreGoldWeek scores the genre classifier on the labelled week: the
// share of articles whose genre is right, and the precision and recall of
// "kept out of clustering".
func TestGenreGoldWeek(t *testing.T) {
	articles := loadDPG(t)
	g := loadGoldWeek(t)
	docs := make([]GenreDoc, len(articles))
	for i, a := range articles {
		d, _ := DateSpan(a.Published)
		docs[i] = GenreDoc{Title: a.Title, Text: a.Text, Day: d}
	}
	genres := Genres(docs)
	right, n, tp, fp, fn := 0, 0, 0, 0, 0
	for i, a := range articles {
		gold, ok := g.Articles[a.ID]
		if !ok {
			continue
		}
		want := gold.Genre
		if want == "personalia" || want == "other" {
			want = GenreNews
		}
		n++
		if genres[i] == want {
			right++
		} else if testing.Verbose() {
			t.Logf("%s %q: genre %s, gold %s", a.ID, a.Title, genres[i], want)
		}
		out, wantOut := !Clustered(genres[i]), !Clustered(want)
		switch {
		case out && wantOut:
			tp++
		case out:
			fp++
		case wantOut:
			fn++
		}
	}
	acc := float64(right) / float64(n)
	p, r := float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn)
	t.Logf("genre on the gold week: %d/%d right (%.3f); kept out of clustering: P=%.3f R=%.3f", right, n, acc, p, r)
	if acc < 0.9 || p < 0.85 {
		t.Errorf("genre accuracy %.3f (floor 0.90), kept-out precision %.3f (floor 0.85)", acc, p)
	}
}
