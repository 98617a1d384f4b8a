package amount

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
	"unicode"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/clean"
	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

// goldAmount is a figure of the hand-labelled development gold of
// ../shared/gold (GUIDELINES.md).
type goldAmount struct {
	Doc    string  `json:"doc"`
	Text   string  `json:"text"`
	Value  float64 `json:"value"`
	Unit   *string `json:"unit"`
	Object string  `json:"object"`
}

// TestGoldFloors scores Extract on the 30 gold articles the way
// ../shared/gold/score.py --part amounts scores the whole-corpus export: a
// gold figure is found by the first extracted figure of its article with
// the same value (and unit, when the gold gives one); its object is right
// when the last word of the gold object occurs in the extracted object.
// Only the gold articles are analysed, cleaned, parsed and annotated as
// the pipeline does; the figures agree with the export's (docs/bench/amount.md). The
// floors sit a few points below what was measured.
func TestGoldFloors(t *testing.T) {
	var g struct {
		Docs    map[string]json.RawMessage `json:"docs"`
		Amounts []goldAmount               `json:"amounts"`
	}
	shared.Gold(t, &g)
	got := goldArticles(t, g.Docs)
	same := func(w goldAmount, a kroniek.Amount) bool {
		return math.Abs(a.Value-w.Value) < 1e-6*math.Max(1, math.Abs(w.Value)) &&
			(w.Unit == nil || *w.Unit == "" || strings.EqualFold(a.Unit, *w.Unit))
	}
	found, withObject, objectRight := 0, 0, 0
	for _, w := range g.Amounts {
		for _, a := range got[w.Doc] {
			if !same(w, a) {
				continue
			}
			found++
			if o := strings.Fields(norm(w.Object)); len(o) > 0 {
				withObject++
				if strings.Contains(norm(a.Object), o[len(o)-1]) {
					objectRight++
				}
			}
			break
		}
	}
	right, total := 0, 0
	for doc, as := range got {
		for _, a := range as {
			total++
			for _, w := range g.Amounts {
				if w.Doc == doc && same(w, a) {
					right++
					break
				}
			}
		}
	}
	recall, precision, object := shared.Ratio(found, len(g.Amounts)), shared.Ratio(right, total), shared.Ratio(objectRight, withObject)
	t.Logf("amounts on the gold: found %d/%d (%.0f%%), object right %d/%d, precision %d/%d (%.0f%%)",
		found, len(g.Amounts), 100*recall, objectRight, withObject, right, total, 100*precision)
	if recall < 0.94 || precision < 0.95 || object < 0.76 {
		t.Errorf("found %.3f, precision %.3f, object %.3f: below the floors 0.94, 0.95 and 0.76", recall, precision, object)
	}
}

// goldArticles extracts the figures of the gold's articles from the
// dpgmedia2019 corpus, cleaned and parsed as the pipeline does.
func goldArticles(t *testing.T, docs map[string]json.RawMessage) map[string][]kroniek.Amount {
	syntax := shared.Must(t, nl.LoadSyntax)
	out := map[string][]kroniek.Amount{}
	for _, a := range shared.Corpus(t) {
		if _, ok := docs[a.ID]; !ok {
			continue
		}
		res := clean.Clean(a.Text)
		doc := nl.Parse(res.Text, nl.Options{Lang: "nl", Headings: res.Headings})
		syntax.Annotate(doc) // as the pipeline does before amount runs
		out[a.ID] = append([]kroniek.Amount{}, Extract(doc)...)
	}
	if len(out) != len(docs) {
		t.Fatalf("%d of the %d gold articles found in the corpus", len(out), len(docs))
	}
	return out
}

// norm lower-cases s, straightens quote marks and collapses white space,
// as score.py does.
func norm(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '’' || r == '‘' {
			return '\''
		}
		return unicode.ToLower(r)
	}, s)
	return strings.Join(strings.Fields(s), " ")
}
