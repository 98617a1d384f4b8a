package timex

import (
	"strings"
	"sync"
	"testing"

	"github.com/kroniek/kroniek/clean"
	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

// goldFile is the hand-labelled development gold of ../shared/gold: 30
// dpgmedia2019 articles with their time expressions (GUIDELINES.md).
type goldFile struct {
	Docs  map[string]struct{ Date string } `json:"docs"`
	Times []struct {
		Doc, Text, Value string
	} `json:"times"`
}

// TestGoldFloors scores Extract on the 30 gold articles the way
// ../shared/gold/score.py --part times scores the whole-corpus export (a
// gold value is found when a value of the same article starts with it;
// an extracted value is right when it starts with a gold value of its
// article). Only the gold articles are analysed, cleaned, parsed and
// annotated as the pipeline does; the figures agree with the export's
// (docs/bench/timex.md).
// The floors sit a few points below what was measured.
func TestGoldFloors(t *testing.T) {
	var g goldFile
	shared.Gold(t, &g)
	values := map[string][]string{} // doc -> extracted values
	for _, a := range shared.Corpus(t) {
		id := a.ID
		d, ok := g.Docs[id]
		if !ok {
			continue
		}
		res := clean.Clean(a.Text)
		doc := nl.Parse(res.Text, nl.Options{Lang: "nl", Headings: res.Headings})
		annotate(t, doc)
		values[id] = []string{}
		for _, x := range Extract(doc, RefFromPublished(d.Date)) {
			values[id] = append(values[id], x.Value)
		}
	}
	if len(values) != len(g.Docs) {
		t.Fatalf("%d of the %d gold articles found in the corpus", len(values), len(g.Docs))
	}
	found, right, total := 0, 0, 0
	for _, gt := range g.Times {
		for _, v := range values[gt.Doc] {
			if strings.HasPrefix(v, gt.Value) {
				found++
				break
			}
		}
	}
	for doc, vs := range values {
		for _, v := range vs {
			total++
			for _, gt := range g.Times {
				if gt.Doc == doc && strings.HasPrefix(v, gt.Value) {
					right++
					break
				}
			}
		}
	}
	recall, precision := shared.Ratio(found, len(g.Times)), shared.Ratio(right, total)
	t.Logf("times on the gold: found %d/%d (%.0f%%), precision %d/%d (%.0f%%)", found, len(g.Times), 100*recall, right, total, 100*precision)
	if recall < 0.93 || precision < 0.88 {
		t.Errorf("found %.3f, precision %.3f: below the floors 0.93 and 0.88", recall, precision)
	}
}

var (
	syntaxOnce sync.Once
	syntax     *nl.Syntax
	syntaxErr  error
)

// annotate adds parts of speech and the dependency parse to doc, as the
// pipeline does before timex runs.
func annotate(t testing.TB, doc *nl.Doc) {
	t.Helper()
	syntaxOnce.Do(func() { syntax, syntaxErr = nl.LoadSyntax() })
	if syntaxErr != nil {
		t.Fatal(syntaxErr)
	}
	syntax.Annotate(doc)
}
