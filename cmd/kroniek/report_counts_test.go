package main

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestStoryCountsCopiesAndSources counts a story's copies from its Copies
// list (they are never in Articles) and its sources as named outlets plus
// one "unknown" source for all articles without an outlet.
func TestStoryCountsCopiesAndSources(t *testing.T) {
	s := &kroniek.Story{Articles: []string{"a", "b", "c", "d"}, Copies: []string{"e", "f"}}
	byID := map[string]kroniek.ExportArticle{
		"a": {ID: "a", Outlet: "AD"},
		"b": {ID: "b", Outlet: "Trouw"},
		"c": {ID: "c"},
		"d": {ID: "d"},
		"e": {ID: "e", Outlet: "BD"},
		"f": {ID: "f", Outlet: "AD"},
	}
	n, copies, sources := storyCounts(s, byID)
	if n != 4 || copies != 2 || sources != 3 {
		t.Errorf("storyCounts = %d articles, %d copies, %d sources; want 4, 2, 3", n, copies, sources)
	}
	if got := countLine(n, copies, sources); got != "4 articles (+2 copies) · 3 sources" {
		t.Errorf("countLine = %q", got)
	}
}
