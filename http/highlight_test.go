package http

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestFigureTooltipValueFirst: a figure's tooltip reads as it is said,
// value first ("300 g voedsel per dag", not "g 300 voedsel per dag").
func TestFigureTooltipValueFirst(t *testing.T) {
	an := &kroniek.Analysis{Amounts: []kroniek.Amount{{Start: 0, End: 5, Value: 300, Unit: "g", Object: "voedsel per dag"}}}
	if got := string(highlight("300 g voedsel per dag.", nil, an, nil, "", labels["nl"])); !strings.Contains(got, `title="300 g voedsel per dag"`) {
		t.Errorf("figure tooltip: %s", got)
	}
}
