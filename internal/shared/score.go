package shared

import (
	"slices"
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

// MatchItems compares what an extractor found in one labelled line with
// what the line wants. Every (found, wanted) pair that same accepts is
// passed to pair and counted; a found item that matches nothing is logged
// as unexpected, and a wanted one that no found item matches as missed,
// each written by show.
func MatchItems[T any](tb testing.TB, line int, sentence string, found, want []T, same func(f, w T) bool, show func(T) string, pair func(f, w T)) int {
	tb.Helper()
	n := 0
	for _, f := range found {
		hit := false
		for _, w := range want {
			if same(f, w) {
				hit = true
				n++
				pair(f, w)
			}
		}
		if !hit {
			tb.Logf("line %d: unexpected %s in %q", line, show(f), sentence)
		}
	}
	for _, w := range want {
		if !slices.ContainsFunc(found, func(f T) bool { return same(f, w) }) {
			tb.Logf("line %d: missed %s", line, show(w))
		}
	}
	return n
}
