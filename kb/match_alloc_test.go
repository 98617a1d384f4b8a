package kb

import (
	"testing"

	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

// TestMatchReusesParts checks that Match splits a text into a reused
// array of parts: a text of lower-case words with no name allocates
// nothing once a first call has run (an array per call before).
func TestMatchReusesParts(t *testing.T) {
	k := shared.Must(t, Load)
	doc := nl.Parse("de buren zagen gisteren hoe de oude schuur achter het huis langzaam instortte", nl.Options{Lang: "nl"})
	if ms := k.Match(doc); len(ms) != 0 {
		t.Fatalf("matched %d names in a text without any", len(ms))
	}
	if n := testing.AllocsPerRun(20, func() { k.Match(doc) }); n > 0 {
		t.Errorf("Match allocates %.0f times a call on a text without names, want 0", n)
	}
}
