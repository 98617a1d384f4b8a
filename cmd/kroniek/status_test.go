package main

import (
	"path/filepath"
	"strings"
	"testing"
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
