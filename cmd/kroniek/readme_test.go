package main

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/pipeline"
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

// readmeOutput finds the README's block under "## What you get": the
// whole report of `analyze ../shared/corpus/seeds` on a new store.
var readmeOutput = regexp.MustCompile("(?s)## What you get\n.*?```\n(.*?)```\n")

// TestReadmeOutput keeps the README's promise that its block is "the whole
// output" of `go run ./cmd/kroniek analyze ../shared/corpus/seeds` on a new
// store: the report of the seeds run equals it. When an extractor changes
// the output on purpose, `go test ./cmd/kroniek -run TestReadmeOutput
// -update` writes the new report into the README (read the diff).
func TestReadmeOutput(t *testing.T) {
	t.Parallel()
	doc, db := analyzeSeeds(t) // skips without ../shared
	store, err := openStore(db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	ids := make([]string, len(doc.Articles))
	for i, a := range doc.Articles {
		ids[i] = a.ID
	}
	rep, err := reportDoc(context.Background(), store, ids)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	writeReport(&b, rep, pipeline.Result{IngestResult: kroniek.IngestResult{New: len(ids)}})
	path := filepath.Join(shared.Root(t), "README.md")
	readme, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := readmeOutput.FindSubmatchIndex(readme)
	if m == nil {
		t.Fatal("README.md has no report block under ## What you get")
	}
	got, want := b.String(), string(readme[m[2]:m[3]])
	if got == want {
		return
	}
	if shared.Update() {
		out := append(append(append([]byte(nil), readme[:m[2]]...), got...), readme[m[3]:]...)
		if err := os.WriteFile(path, out, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < max(len(gl), len(wl)); i++ {
		g, w := "", ""
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			t.Errorf("README's output block differs from the seeds report from line %d:\n README: %q\n report: %q\n(go test ./cmd/kroniek -run TestReadmeOutput -update writes the report into README.md)", i+1, w, g)
			break
		}
	}
}

// TestStoreFilesIgnored: the files a store leaves beside itself after the
// README's first command (kroniek.db, its WAL, its lock) are ignored by
// git: a new user's `git status` stays clean.
func TestStoreFilesIgnored(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile(filepath.Join(shared.Root(t), ".gitignore"))
	if err != nil {
		t.Fatal(err)
	}
	var patterns []string
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			patterns = append(patterns, l)
		}
	}
	for _, f := range []string{"kroniek.db", "kroniek.db-wal", "kroniek.db-shm", "kroniek.db.lock"} {
		ignored := false
		for _, p := range patterns {
			if ok, _ := filepath.Match(strings.TrimPrefix(p, "/"), f); ok {
				ignored = true
			}
		}
		if !ignored {
			t.Errorf("%s is not in .gitignore", f)
		}
	}
}
