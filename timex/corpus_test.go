package timex

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/kroniek/kroniek/nl"
)

type dpgArticle struct {
	ID          json.Number `json:"id"`
	Title       string      `json:"title"`
	Text        string      `json:"text"`
	PublishedAt string      `json:"published_at"`
}

// readCorpus reads the dpgmedia2019 articles from ../shared, or skips.
func readCorpus(tb testing.TB) []dpgArticle {
	tb.Helper()
	path := filepath.Join(sharedDir(tb), "corpus", "dpgmedia2019", "dpgMedia2019-articles-byarticle-all.jsonl")
	f, err := os.Open(path)
	if err != nil {
		tb.Skip("../shared not found: ", err)
	}
	defer f.Close()
	var out []dpgArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 8<<20)
	for sc.Scan() {
		var a dpgArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatalf("read jsonl: %v", err)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// TestInferPublishedCorpus hides the publication day of the dpgmedia2019
// articles and infers it from their text, without and with the month as
// hint. Only answered articles count for accuracy.
func TestInferPublishedCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus evaluation")
	}
	arts := readCorpus(t)
	docs := make([]*nl.Doc, len(arts))
	for i, a := range arts {
		docs[i] = nl.Parse(a.Text, nl.Options{Lang: "nl"})
	}
	for _, withHint := range []bool{false, true} {
		var answered, exact, near int
		for i, a := range arts {
			truth, err := time.Parse("2006-01-02", a.PublishedAt[:min(10, len(a.PublishedAt))])
			if err != nil {
				continue
			}
			hint := ""
			if withHint {
				hint = truth.Format("2006-01")
			}
			d, _, ok := InferPublished(docs[i], nil, hint)
			if !ok {
				continue
			}
			answered++
			got, _ := time.Parse("2006-01-02", d)
			diff := got.Sub(truth).Hours() / 24
			if diff == 0 {
				exact++
			}
			if diff >= -1 && diff <= 1 {
				near++
			}
		}
		if answered == 0 {
			t.Logf("hint=%v: %d articles, none answered", withHint, len(arts))
		} else {
			t.Logf("hint=%v: %d articles, answered %d (%.1f%%), exact %.3f, within a day %.3f",
				withHint, len(arts), answered, 100*ratio(answered, len(arts)), ratio(exact, answered), ratio(near, answered))
		}
		if withHint && (answered < 30 || ratio(near, answered) < 0.35) {
			t.Errorf("hint=%v: %d answered, within-a-day accuracy %.3f below floors 30 and 0.35", withHint, answered, ratio(near, answered))
		}
	}
}
