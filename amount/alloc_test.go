package amount

import (
	"testing"

	"github.com/kroniek/kroniek/nl"
)

// TestLowersOnce checks that Extract lowercases each sentence's words
// once for its two passes (the names of numbers, then the figures), not
// once per pass: the allocations of a short text stay at what one pass
// of lowers costs.
func TestLowersOnce(t *testing.T) {
	doc := nl.Parse("De Gemeente Betaalde 300 Euro. Er Kwamen 12 Mensen Op Af.", nl.Options{Lang: "nl"})
	if got := len(Extract(doc)); got == 0 {
		t.Fatal("no figures")
	}
	n := testing.AllocsPerRun(50, func() { Extract(doc) })
	if n > 58 {
		t.Errorf("Extract allocates %.0f times, want at most 58 (55 with one pass of lowers, 65 with two)", n)
	}
}
