package story

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestDatedFactOK checks the timeline's filters on sentences written for
// the test: vague counts, timetables, birth years and doubtful directions
// are kept off the timeline; plain dated developments stay.
func TestDatedFactOK(t *testing.T) {
	cases := []struct {
		sent, expr, value, pub string
		relative, want         bool
	}{
		{"De brand in de haven dik twee weken geleden was de grootste in jaren.", "twee weken geleden", "2019-03-20", "2019-04-03", true, false},
		{"Het museum opende drie maanden geleden zijn deuren.", "drie maanden geleden", "2019-01-03", "2019-04-03", true, false},
		{"De burgemeester opende gisteren de nieuwe brug.", "gisteren", "2019-04-02", "2019-04-03", true, true},
		{"Het café is open van woensdag tot en met zondag van 12.00 tot 23.00 uur.", "woensdag", "2019-04-03", "2019-04-03", true, false},
		{"De ronde is bedoeld voor kinderen die in 2003 zijn geboren.", "2003", "2003", "2019-04-03", false, false},
		{"Voor zaterdag hebben beide partijen demonstraties aangekondigd.", "zaterdag", "2019-03-30", "2019-04-03", true, false},
		{"De ruzie loopt maandag compleet uit de hand.", "maandag", "2019-04-08", "2019-04-03", true, false},
		{"De rechter doet maandag uitspraak in de zaak.", "maandag", "2019-04-08", "2019-04-03", true, true},
		{"De minister zal maandag het plan presenteren.", "maandag", "2019-04-08", "2019-04-03", true, true},
	}
	for _, c := range cases {
		at := strings.Index(c.sent, c.expr)
		tr := kroniek.TimeRef{Start: at, End: at + len(c.expr), Text: c.expr, Value: c.value, Relative: c.relative}
		if got := datedFactOK(c.sent, c.sent, tr, c.value, c.pub); got != c.want {
			t.Errorf("datedFactOK(%q) = %v, want %v", c.sent, got, c.want)
		}
	}
}

// TestCoreSupport checks that a story's core needs more members as it grows.
func TestCoreSupport(t *testing.T) {
	for n, want := range map[int]int{1: 1, 2: 1, 3: 2, 8: 2, 12: 3, 40: 10} {
		if got := coreSupport(n); got != want {
			t.Errorf("coreSupport(%d) = %d, want %d", n, got, want)
		}
	}
	var c centroid
	c.add(sparse{ids: []int32{1, 2, 3}, ws: []float64{1, 1, 1}})
	c.add(sparse{ids: []int32{1, 2, 4}, ws: []float64{1, 1, 1}})
	c.add(sparse{ids: []int32{1, 5, 6}, ws: []float64{1, 1, 1}})
	// Ids 1 and 2 are shared by two members or more; 3 and 4 by one.
	if got := c.coreShared(sparse{ids: []int32{1, 3, 4}}); got != 1 {
		t.Errorf("coreShared = %d, want 1 (one member's words are no core)", got)
	}
}
