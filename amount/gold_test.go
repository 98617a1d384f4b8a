package amount

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
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

// goldSet is a hand-labelled gold file in the schema of
// ../shared/gold/dpg-dev.json.
type goldSet struct {
	Docs    map[string]json.RawMessage `json:"docs"`
	Amounts []goldAmount               `json:"amounts"`
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
	var g goldSet
	shared.Gold(t, &g)
	goldFloors(t, "the gold", g, 0.94, 0.95, 0.78)
}

// TestGoldFloorsDev2 scores Extract as TestGoldFloors does on the 20
// articles of the second development gold, docs/devgold/dpg-dev2.json
// (labelled blind in session 7; measured there 83/86, 57/83, 79/82; on
// the gold articles alone 84/86, 61/84, 80/81 in session 12, when
// durations read what a passive or a participle says lasts).
func TestGoldFloorsDev2(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "docs", "devgold", "dpg-dev2.json"))
	if err != nil {
		t.Skipf("no second development gold: %v", err)
	}
	var g goldSet
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatalf("read dpg-dev2.json: %v", err)
	}
	goldFloors(t, "dev2", g, 0.92, 0.92, 0.70)
}

// TestGoldFloorsDev3 scores Extract as TestGoldFloors does on the 20
// articles of the third development gold, docs/devgold/dpg-dev3.json
// (labelled blind in session 8; measured 129/140, 71/129, 126/143, and
// 135/140, 75/135, 133/143 after its second shift).
func TestGoldFloorsDev3(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "docs", "devgold", "dpg-dev3.json"))
	if err != nil {
		t.Skipf("no third development gold: %v", err)
	}
	var g goldSet
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatalf("read dpg-dev3.json: %v", err)
	}
	goldFloors(t, "dev3", g, 0.93, 0.90, 0.55)
}

// TestGoldFloorsDev4 scores Extract as TestGoldFloors does on the 20
// articles of the fourth development gold, docs/devgold/dpg-dev4.json
// (labelled blind in session 9; measured on the export 90/98, 47/90,
// 89/103 at its landing, 91/98, 47/91, 90/104 after the second shift and
// 95/98, 52/95, 94/104 at session 10's checkpoint; 94/98, 52/94, 91/99
// on the gold articles alone at its end; 94/98, 53/94, 91/98 in session
// 15, when a sum's "naar" of a flow verb says where it goes).
func TestGoldFloorsDev4(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "docs", "devgold", "dpg-dev4.json"))
	if err != nil {
		t.Skipf("no fourth development gold: %v", err)
	}
	var g goldSet
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatalf("read dpg-dev4.json: %v", err)
	}
	goldFloors(t, "dev4", g, 0.93, 0.89, 0.58)
}

// TestGoldFloorsDev5 scores Extract as TestGoldFloors does on the 20
// articles of the fifth development gold, docs/devgold/dpg-dev5.json
// (labelled blind in session 10 and kept from the engineers until its
// checkpoint; measured on the export 82/89, 49/82, 82/102 at its landing,
// and 83/89, 50/83, 81/95 on the gold articles alone at session 10's end;
// 84/89, 51/84, 82/89 in session 11, when idioms with één and numbers in
// names stopped being figures; 84/89, 56/84, 82/88 in session 12; 84/89,
// 58/84, 82/88 in session 15).
func TestGoldFloorsDev5(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "docs", "devgold", "dpg-dev5.json"))
	if err != nil {
		t.Skipf("no fifth development gold: %v", err)
	}
	var g goldSet
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatalf("read dpg-dev5.json: %v", err)
	}
	goldFloors(t, "dev5", g, 0.90, 0.88, 0.68)
}

// TestGoldFloorsDev6 scores Extract as TestGoldFloors does on the 20
// articles of the sixth development gold, docs/devgold/dpg-dev6.json
// (labelled blind in session 11 and kept from the engineers until its
// checkpoint; measured on the export 86/90, 48/86, 85/89 at its landing
// and 88/90, 51/88, 87/90 at session 11's end; 88/90, 54/88, 85/88 on
// the gold articles alone in session 12).
func TestGoldFloorsDev6(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "docs", "devgold", "dpg-dev6.json"))
	if err != nil {
		t.Skipf("no sixth development gold: %v", err)
	}
	var g goldSet
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatalf("read dpg-dev6.json: %v", err)
	}
	goldFloors(t, "dev6", g, 0.93, 0.92, 0.61)
}

// TestGoldFloorsDev7 scores Extract as TestGoldFloors does on the 20
// articles of the seventh development gold, docs/devgold/dpg-dev7.json
// (labelled blind in session 12; measured on the export 80/89, 42/80,
// 79/92 at session 13's start and 82/89, 45/82, 81/92 at its end, after
// the parse's size owners and tons with the scale in the value; 82/89,
// 46/82, 81/91 in session 15; 82/89, 50/82, 81/91 in session 17, with
// the purposes of sums, "meer subsidie dan N euro" and temperatures).
func TestGoldFloorsDev7(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "docs", "devgold", "dpg-dev7.json"))
	if err != nil {
		t.Skipf("no seventh development gold: %v", err)
	}
	var g goldSet
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatalf("read dpg-dev7.json: %v", err)
	}
	goldFloors(t, "dev7", g, 0.90, 0.86, 0.59)
}

// goldFloors scores the figures of the gold's articles as score.py does
// and fails below the floors of found, precision and object right.
func goldFloors(t *testing.T, name string, g goldSet, minFound, minPrecision, minObject float64) {
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
	t.Logf("amounts on %s: found %d/%d (%.0f%%), object right %d/%d, precision %d/%d (%.0f%%)",
		name, found, len(g.Amounts), 100*recall, objectRight, withObject, right, total, 100*precision)
	if recall < minFound || precision < minPrecision || object < minObject {
		t.Errorf("found %.3f, precision %.3f, object %.3f: below the floors %.2f, %.2f and %.2f", recall, precision, object, minFound, minPrecision, minObject)
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
