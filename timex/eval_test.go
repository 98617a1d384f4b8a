package timex

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

type labelled struct {
	line     int
	ref      Ref
	sentence string
	want     []kroniek.TimeRef
}

// parseLabelled reads a line of a labelled file: the reference date, the
// sentence, then its time expressions as text|value|kind|granularity,
// " ; " between them.
func parseLabelled(t *testing.T, row shared.Row) labelled {
	t.Helper()
	if len(row.Cols) < 2 {
		t.Fatalf("%s: want reference and sentence", row.Pos)
	}
	l := labelled{line: row.Line, ref: RefFromPublished(strings.Trim(row.Cols[0], "-")), sentence: row.Cols[1]}
	for _, f := range row.Items(t, 2, 4) {
		l.want = append(l.want, kroniek.TimeRef{Text: f[0], Value: f[1], Kind: f[2], Granularity: f[3]})
	}
	return l
}

// Scores on testdata/timex.tsv (sentences written for this test with
// reference dates, traps included). A span counts when its text matches;
// a value when text, value and kind all match. Floors sit just below the
// measured figures.
func TestLabelled(t *testing.T) {
	evaluate(t, "testdata/timex.tsv", 80, 0.95, 0.95, 0.93, 0.93)
}

// TestHeldOut scores testdata/timex_heldout.tsv, written after the rules
// and never tuned on.
func TestHeldOut(t *testing.T) {
	evaluate(t, "testdata/timex_heldout.tsv", 10, 0.95, 0.95, 0.90, 0.88)
}

func evaluate(t *testing.T, path string, least int, pFloor, rFloor, vpFloor, vrFloor float64) {
	rows := shared.Labelled(t, path, least)
	var spanTP, valueTP, got, want int
	for _, row := range rows {
		l := parseLabelled(t, row)
		doc := nl.Parse(l.sentence, nl.Options{Lang: "nl"})
		// The labelled sets hold dates, durations and habitual times.
		found := append(Extract(doc, l.ref), Durations(doc, l.ref)...)
		got += len(found)
		want += len(l.want)
		spanTP += shared.MatchItems(t, l.line, l.sentence, found, l.want,
			func(g, w kroniek.TimeRef) bool { return g.Text == w.Text },
			func(g kroniek.TimeRef) string { return fmt.Sprintf("%q = %q", g.Text, g.Value) },
			func(g, w kroniek.TimeRef) {
				if g.Value == w.Value && g.Kind == w.Kind && g.Granularity == w.Granularity {
					valueTP++
				} else {
					t.Logf("line %d: %q = %q %s %s, want %q %s %s", l.line, g.Text, g.Value, g.Kind, g.Granularity, w.Value, w.Kind, w.Granularity)
				}
			})
	}
	p, r := shared.Ratio(spanTP, got), shared.Ratio(spanTP, want)
	vp, vr := shared.Ratio(valueTP, got), shared.Ratio(valueTP, want)
	t.Logf("%s: %d sentences, %d expected, %d found; spans P=%.3f R=%.3f; values P=%.3f R=%.3f F1=%.3f",
		path, len(rows), want, got, p, r, vp, vr, 2*vp*vr/max(vp+vr, 1e-9))
	shared.Floor(t, "span precision", p, pFloor)
	shared.Floor(t, "span recall", r, rFloor)
	shared.Floor(t, "value precision", vp, vpFloor)
	shared.Floor(t, "value recall", vr, vrFloor)
}

// TestHeldOut2 scores a second held-out set, written when the rules were
// final and never tuned on.
func TestHeldOut2(t *testing.T) {
	evaluate(t, "testdata/timex_heldout2.tsv", 10, 0.95, 0.95, 0.95, 0.95)
}
