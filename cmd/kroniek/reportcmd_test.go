package main

import (
	"strings"
	"testing"
)

// TestReportIsAnalyzesChronicle: `kroniek report` prints what `kroniek
// analyze` printed for the same store, without the line that says what
// the run stored, and it reads nothing: the store's articles are what
// they were.
func TestReportIsAnalyzesChronicle(t *testing.T) {
	seeds := seedsDir(t)
	_, db := analyzeSeeds(t)
	again, errs, code := run(t, "analyze", "-q", "--db", db, seeds)
	if code != 0 {
		t.Fatalf("analyze again: exit %d: %s", code, errs)
	}
	head, rest, _ := strings.Cut(again, "\n")
	counts, rest, _ := strings.Cut(rest, "\n")
	if !strings.Contains(counts, "unchanged") {
		t.Fatalf("analyze's second line is %q, want the counts", counts)
	}
	want := head + "\n" + rest
	got, errs, code := run(t, "report", "--db", db)
	if code != 0 {
		t.Fatalf("report: exit %d: %s", code, errs)
	}
	if got != want {
		t.Errorf("report differs from analyze's chronicle:\n--- report\n%.800s\n--- analyze without its counts\n%.800s", got, want)
	}
	if !strings.Contains(got, "Story: ") {
		t.Errorf("report shows no story:\n%.400s", got)
	}
}
