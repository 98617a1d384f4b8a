package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kroniek/kroniek/internal/shared"
)

// TestReadmeMap keeps the README's map of the folders ("| folder | what it
// does |") true: every top-level folder of the repository is in it, and
// every folder it names exists.
func TestReadmeMap(t *testing.T) {
	t.Parallel()
	root := shared.Root(t)
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, table, ok := strings.Cut(string(readme), "| folder | what it does |")
	if !ok {
		t.Fatal("README.md has no table | folder | what it does |")
	}
	if end := strings.Index(table, "\n\n"); end >= 0 {
		table = table[:end]
	}
	named := map[string]bool{}
	for _, row := range strings.Split(table, "\n") {
		first, _, _ := strings.Cut(strings.TrimPrefix(row, "| "), " |")
		for _, m := range regexp.MustCompile("`([^`]+)/`").FindAllStringSubmatch(first, -1) {
			named[strings.Split(m[1], "/")[0]] = true
		}
	}
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	ignored := map[string]bool{"artifacts": true, ".git": true} // local output; git
	for _, e := range entries {
		if !e.IsDir() || ignored[e.Name()] {
			continue
		}
		if !named[e.Name()] {
			t.Errorf("folder %s/ is not in the README's map", e.Name())
		}
		delete(named, e.Name())
	}
	for n := range named {
		t.Errorf("the README's map names %s/, which does not exist", n)
	}
}
