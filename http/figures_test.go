package http

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestSourceLabelUnknown: an article of no known outlet and no date is
// labelled "unknown" (one source), never by its id.
func TestSourceLabelUnknown(t *testing.T) {
	if got := sourceLabel(labels["en"], &kroniek.Article{ID: "000_b05e1234"}); got != "unknown" {
		t.Errorf("sourceLabel = %q", got)
	}
}
