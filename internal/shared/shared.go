package shared

import (
	"os"
	"path/filepath"
	"testing"
)

// Root returns the repository root: the nearest directory above the
// working directory that holds go.mod.
func Root(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("go.mod not found above the working directory")
		}
		dir = parent
	}
}

// Dir returns ../shared beside the repository, or skips the test or
// benchmark with a message when it is absent.
func Dir(tb testing.TB) string {
	tb.Helper()
	dir := filepath.Join(Root(tb), "..", "shared")
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("../shared not found beside the repository (%s): test skipped", dir)
	}
	return dir
}

// Path returns a path inside ../shared, skipping when it is absent.
func Path(tb testing.TB, elem ...string) string {
	tb.Helper()
	p := filepath.Join(append([]string{Dir(tb)}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("%s not found: test skipped", p)
	}
	return p
}

// Long skips the test under -short, saying what it would have done (as
// "reads the whole corpus").
func Long(tb testing.TB, what string) {
	tb.Helper()
	if testing.Short() {
		tb.Skipf("-short: skipped, it %s", what)
	}
}

// Must returns what load gives (ner.Load, kb.Load, nl.LoadSyntax …) and
// fails the test when it gives an error.
func Must[T any](tb testing.TB, load func() (T, error)) T {
	tb.Helper()
	v, err := load()
	if err != nil {
		tb.Fatalf("load: %v", err)
	}
	return v
}
