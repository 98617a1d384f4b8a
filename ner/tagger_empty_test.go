package ner

import (
	"testing"

	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

// TestTagEmpty tags documents without tokens: nothing, and no panic.
func TestTagEmpty(t *testing.T) {
	tg := shared.Must(t, Load)
	for _, text := range []string{"", " ", "\n\n", "..."} {
		if ms := tg.Tag(nl.Parse(text, nl.Options{})); len(ms) != 0 && text != "..." {
			t.Errorf("%q: mentions %v", text, ms)
		}
	}
	if got := tg.TagWords(nil); len(got) != 0 {
		t.Errorf("TagWords(nil) = %v", got)
	}
}
