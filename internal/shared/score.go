package shared

import (
	"strings"
	"testing"
)

// Ratio is a/b, or 1 when b is 0 (nothing to find, nothing wrong).
func Ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Floor fails the test when the figure got, named name, is below min.
func Floor(tb testing.TB, name string, got, min float64) {
	tb.Helper()
	if got < min {
		tb.Errorf("%s %.3f below floor %.2f", name, got, min)
	}
}

// Items splits column col of the row into its " ; "-separated items, each
// of n "|"-separated fields, passing over empty items; a wrong field count
// fails the test.
func (r Row) Items(tb testing.TB, col, n int) [][]string {
	tb.Helper()
	var out [][]string
	for _, item := range strings.Split(r.Col(col), " ; ") {
		if strings.TrimSpace(item) == "" {
			continue
		}
		f := strings.Split(item, "|")
		if len(f) != n {
			tb.Fatalf("%s: want %d fields in %q", r.Pos, n, item)
		}
		out = append(out, f)
	}
	return out
}
