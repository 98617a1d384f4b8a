package story

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
)

// loadLabels reads testdata/dpgmedia_labels.tsv: article id -> story label.
func loadLabels(t testing.TB) map[string]string {
	t.Helper()
	return readLabels(t, "dpgmedia_labels.tsv")
}

// readLabels reads a labels file of testdata: article id -> story label.
func readLabels(t testing.TB, name string) map[string]string {
	t.Helper()
	labels := map[string]string{}
	for _, row := range shared.TSV(t, filepath.Join("testdata", name)) {
		if len(row.Cols) != 2 {
			t.Fatalf("%s: want id and label", row.Pos)
		}
		labels[row.Cols[0]] = row.Cols[1]
	}
	return labels
}

// bcubed returns B-cubed precision, recall and F1 of predicted story ids
// against gold labels, over the items that have a gold label.
func bcubed(gold, pred map[string]string) (p, r, f float64) {
	goldSets := map[string][]string{}
	predSets := map[string][]string{}
	for id, g := range gold {
		goldSets[g] = append(goldSets[g], id)
		predSets[pred[id]] = append(predSets[pred[id]], id)
	}
	for id, g := range gold {
		ps := predSets[pred[id]]
		same := 0
		for _, o := range ps {
			if gold[o] == g {
				same++
			}
		}
		p += float64(same) / float64(len(ps))
		r += float64(same) / float64(len(goldSets[g]))
	}
	n := float64(len(gold))
	p, r = p/n, r/n
	return p, r, 2 * p * r / (p + r)
}

// heldOutFloor is a little below the F1 measured on the held-out day.
const heldOutFloor = 0.92

func evalClustering(t testing.TB, articles []*kroniek.Article, labels map[string]string, opts Options) (p, r, f float64) {
	links, _ := link(articles, nil, opts)
	pred := map[string]string{}
	for _, l := range links {
		pred[l.Article] = l.Story
		if l.Story == "" { // kept out of clustering: a story of its own
			pred[l.Article] = "none-" + l.Article
		}
	}
	for id := range labels {
		if _, ok := pred[id]; !ok {
			t.Fatalf("labelled article %s not in corpus", id)
		}
	}
	return bcubed(labels, pred)
}

func TestBCubedOnLabelledSample(t *testing.T) {
	t.Parallel()
	articles := loadDPG(t)
	labels := loadLabels(t)
	if len(labels) < 200 {
		t.Fatalf("only %d labelled articles", len(labels))
	}
	p, r, f := evalClustering(t, articles, labels, Options{})
	t.Logf("B-cubed over %d labelled articles: P=%.3f R=%.3f F1=%.3f", len(labels), p, r, f)
	if f < 0.80 {
		t.Errorf("B-cubed F1 %.3f below floor 0.80 (P=%.3f R=%.3f)", f, p, r)
	}
}

// TestBCubedHeldOut scores the defaults on a day labelled after they were
// chosen (2019-04-08), against the all-singletons baseline.
func TestBCubedHeldOut(t *testing.T) {
	t.Parallel()
	articles := loadDPG(t)
	labels := readLabels(t, "dpgmedia_heldout.tsv")
	p, r, f := evalClustering(t, articles, labels, Options{})
	single := map[string]string{}
	for id := range labels {
		single[id] = id
	}
	_, _, base := bcubed(labels, single)
	t.Logf("held-out B-cubed over %d articles: P=%.3f R=%.3f F1=%.3f (every article alone: F1=%.3f)", len(labels), p, r, f, base)
	if f < heldOutFloor {
		t.Errorf("held-out B-cubed F1 %.3f below floor %.2f (P=%.3f R=%.3f)", f, heldOutFloor, p, r)
	}
}

// TestGridSearch prints B-cubed figures over a grid of the clustering
// options; run it with STORY_GRID=1 to choose DefaultOptions.
func TestGridSearch(t *testing.T) {
	if os.Getenv("STORY_GRID") == "" {
		t.Skip("set STORY_GRID=1 to run the grid search")
	}
	articles := loadDPG(t)
	labels := loadLabels(t)
	for _, th := range []float64{0.12, 0.15, 0.18, 0.22, 0.26} {
		for _, shared := range []int{1, 4, 6, 8} {
			for _, names := range []float64{0.2, 0.35} {
				for _, merge := range []float64{0.3, -1} {
					opts := Options{Threshold: th, MinShared: shared, NameWeight: names, MergeThreshold: merge}
					p, r, f := evalClustering(t, articles, labels, opts)
					fmt.Printf("threshold=%.2f minshared=%d names=%.2f merge=%5.2f  P=%.3f R=%.3f F1=%.3f\n",
						th, shared, names, merge, p, r, f)
				}
			}
		}
	}
}
