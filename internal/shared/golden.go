package shared

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files (in kb: the generated data) instead of comparing with them")

// Update reports whether the test binary runs with -update: golden files
// are then written instead of compared with.
func Update() bool { return *update }

// Golden runs fn on every file matching pattern (a glob relative to the
// package, as "testdata/*.txt"), each in a subtest named after the file
// without its extension, and compares what fn returns with NAME.golden.json
// beside the input: fn's []byte as it is, anything else as indented JSON,
// with a final newline. With -update it writes the golden file instead
// (go printer's convention). It fails when pattern matches no file and
// returns the number of inputs.
func Golden(t *testing.T, pattern string, fn func(t *testing.T, name string, in []byte) any) int {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs match %s (%v)", pattern, err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		t.Run(name, func(t *testing.T) {
			t.Helper()
			in, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := fn(t, name, in)
			if t.Failed() {
				return
			}
			GoldenFile(t, filepath.Join(filepath.Dir(f), name+".golden.json"), got)
		})
	}
	return len(files)
}

// GoldenFile compares got (a []byte, or a value written as indented JSON)
// and a final newline with the golden file at path, or writes it there with
// -update. A difference fails the test naming the first line that differs.
func GoldenFile(t *testing.T, path string, got any) {
	t.Helper()
	if err := golden(path, got, *update); err != nil {
		t.Error(err)
	}
}

// golden compares got with the golden file at path, or writes it there.
func golden(path string, got any, write bool) error {
	b, ok := got.([]byte)
	if !ok {
		var err error
		if b, err = json.MarshalIndent(got, "", "  "); err != nil {
			return fmt.Errorf("golden %s: %w", path, err)
		}
	}
	if !bytes.HasSuffix(b, []byte("\n")) {
		b = append(b, '\n')
	}
	if write {
		return os.WriteFile(path, b, 0o644)
	}
	want, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("%w (go test -update writes it)", err)
	}
	if !bytes.Equal(b, want) {
		return fmt.Errorf("output differs from %s (go test -update rewrites it; review the diff):\n%s", path, firstDiff(string(want), string(b)))
	}
	return nil
}

// firstDiff says where got first differs from want, line by line.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	line := func(ls []string, i int) string {
		if i < len(ls) {
			return fmt.Sprintf("%q", ls[i])
		}
		return "(end of file)"
	}
	for i := 0; i < max(len(w), len(g)); i++ {
		if i >= len(w) || i >= len(g) || w[i] != g[i] {
			return fmt.Sprintf("line %d:\n want %s\n  got %s", i+1, line(w, i), line(g, i))
		}
	}
	return "(no line differs)"
}
