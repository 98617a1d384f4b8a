package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestStatusMissingStore: status on a missing store says so plainly (no
// internal error format) and exits 3 without talking of inputs.
func TestStatusMissingStore(t *testing.T) {
	t.Parallel()
	out, errs, code := run(t, "status", "--db", filepath.Join(t.TempDir(), "none.db"))
	if code != exitSomeBad || strings.Contains(out+errs, "code=") || strings.Contains(out+errs, "inputs") ||
		!strings.Contains(out, "no store at") {
		t.Errorf("status on a missing store: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// TestProblemTextOnePath: a file that cannot be opened names its path once.
func TestProblemTextOnePath(t *testing.T) {
	t.Parallel()
	_, err := os.Stat("no/such/file.txt")
	pr := kroniek.Problem{Location: "no/such/file.txt", Err: fmt.Errorf("open: %w", err), Message: "open: " + err.Error()}
	if got := problemText(pr); got != "no/such/file.txt: no such file or directory" {
		t.Errorf("problemText = %q", got)
	}
}

// TestPluralCounts: counts of one are singular.
func TestPluralCounts(t *testing.T) {
	t.Parallel()
	if got := plural(1, "story", "stories") + " · " + plural(1, "problem", "problems"); got != "1 story · 1 problem" {
		t.Errorf("plural = %q", got)
	}
}

// TestReportSmallForms: one date for a one-month span, an inferred date
// marked, no empty Outlets/Languages lines over no articles.
func TestReportSmallForms(t *testing.T) {
	t.Parallel()
	if got := span("2020-08", "2020-08"); got != "2020-08" {
		t.Errorf("span = %q", got)
	}
	if got := span("2020-08-09", "2020-09-14"); got != "2020-08-09 … 2020-09-14" {
		t.Errorf("span = %q", got)
	}
	d := "2020-09-15"
	if got := describe(kroniek.ExportArticle{ID: "a", Published: &d, PublishedInferred: true, Title: "T"}); got != "unknown outlet · 2020-09-15 (inferred) · T" {
		t.Errorf("describe = %q", got)
	}
	var b strings.Builder
	writeCounts(&b, "Outlets", nil, func(a kroniek.ExportArticle) string { return a.Outlet })
	if b.Len() != 0 {
		t.Errorf("counts of no articles printed %q", b.String())
	}
	var st strings.Builder
	s := &kroniek.Story{ID: "s", Title: "T", Articles: []string{"a"}, Start: "2020-08", End: "2020-08"}
	writeStory(&st, s, &kroniek.Export{Articles: []kroniek.ExportArticle{{ID: "a"}}}, nil, nil)
	if out := st.String(); !strings.HasPrefix(out, "Story: T\n") || strings.Contains(out, "2020-08 … 2020-08") {
		t.Errorf("story output:\n%s", out)
	}
}
