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
	out, errs, code := run(t, "status", "--db", filepath.Join(t.TempDir(), "none.db"))
	if code != exitSomeBad || strings.Contains(out+errs, "code=") || strings.Contains(out+errs, "inputs") ||
		!strings.Contains(out, "no store at") {
		t.Errorf("status on a missing store: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// TestProblemTextOnePath: a file that cannot be opened names its path once.
func TestProblemTextOnePath(t *testing.T) {
	_, err := os.Stat("no/such/file.txt")
	pr := kroniek.Problem{Location: "no/such/file.txt", Err: fmt.Errorf("open: %w", err), Message: "open: " + err.Error()}
	if got := problemText(pr); got != "no/such/file.txt: no such file or directory" {
		t.Errorf("problemText = %q", got)
	}
}

// TestPluralCounts: counts of one are singular.
func TestPluralCounts(t *testing.T) {
	if got := plural(1, "story", "stories") + " · " + plural(1, "problem", "problems"); got != "1 story · 1 problem" {
		t.Errorf("plural = %q", got)
	}
}
