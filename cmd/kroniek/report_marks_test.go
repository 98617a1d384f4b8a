package main

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestTimelineMarksSurviveClip: a long planned item keeps its "(planned)"
// mark (and a non-fact its kind) in the report's timeline line; the text,
// not the mark, is clipped.
func TestTimelineMarksSurviveClip(t *testing.T) {
	long := strings.Repeat("De oppositievoorman riep de Venezolanen op om massaal de straat op te gaan. ", 3)
	for _, c := range []struct {
		item kroniek.TimelineItem
		want string
	}{
		{kroniek.TimelineItem{Text: long, Plan: true}, " (planned)"},
		{kroniek.TimelineItem{Text: long, Kind: "deadline", Plan: true}, " (deadline) (planned)"},
		{kroniek.TimelineItem{Text: "Kort.", Plan: true}, "Kort. (planned)"},
	} {
		got := clipMarked(c.item, 90)
		if !strings.HasSuffix(got, c.want) || len([]rune(got)) > 90 {
			t.Errorf("clipMarked(%.30q…) = %q; want ≤ 90 runes ending in %q", c.item.Text, got, c.want)
		}
	}
}
