package timex

import (
	"testing"
	"time"

	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

// TestInferPublishedCorpus hides the publication day of the dpgmedia2019
// articles and infers it from their text, without and with the month as
// hint. Only answered articles count for accuracy.
func TestInferPublishedCorpus(t *testing.T) {
	shared.Long(t, "infers the day of every corpus article")
	arts := shared.Corpus(t)
	docs := make([]*nl.Doc, len(arts))
	for i, a := range arts {
		docs[i] = nl.Parse(a.Text, nl.Options{Lang: "nl"})
	}
	for _, withHint := range []bool{false, true} {
		var answered, exact, near int
		for i, a := range arts {
			truth, err := time.Parse("2006-01-02", a.Published[:min(10, len(a.Published))])
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
				withHint, len(arts), answered, 100*shared.Ratio(answered, len(arts)), shared.Ratio(exact, answered), shared.Ratio(near, answered))
		}
		if withHint && (answered < 30 || shared.Ratio(near, answered) < 0.35) {
			t.Errorf("hint=%v: %d answered, within-a-day accuracy %.3f below floors 30 and 0.35", withHint, answered, shared.Ratio(near, answered))
		}
	}
}
