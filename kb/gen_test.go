package kb

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite kb/data/kb.json.gz from ../shared")

// sharedDir returns ../shared beside the repository root, or skips.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("../shared not found: no go.mod above the test")
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(shared); err != nil {
		t.Skip("../shared not found: " + err.Error())
	}
	return shared
}

// TestGeneratedUpToDate checks that the embedded table is what
// `kroniek gen kb` makes of ../shared today; -update rewrites it (the same
// as running the command).
func TestGeneratedUpToDate(t *testing.T) {
	es, err := Generate(sharedDir(t))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteEntries(&buf, es); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("data/kb.json.gz", buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	have, err := dataFS.ReadFile("data/kb.json.gz")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, buf.Bytes()) {
		t.Errorf("kb/data/kb.json.gz is stale: run `kroniek gen kb` (or go test ./kb -run Generated -update)")
	}
}
