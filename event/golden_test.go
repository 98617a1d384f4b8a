package event

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek/internal/shared"
)

// TestGolden codes testdata/NAME.txt (entity marks as in labelled.tsv) and
// compares the events with NAME.golden.json; -update rewrites the golden file.
func TestGolden(t *testing.T) {
	shared.Golden(t, "testdata/*.txt", func(t *testing.T, _ string, src []byte) any {
		text, ms, ls := annotate(string(src))
		doc := parseDoc(t, text)
		evs := Extract(doc, ms, ls, nil, "2024-03-12")
		for _, e := range evs {
			if text[e.Start:e.End] != e.Text || !strings.Contains(e.Text, text[e.TriggerStart:e.TriggerEnd]) {
				t.Errorf("offsets do not point at the evidence: %+v", e)
			}
		}
		return evs
	})
}
