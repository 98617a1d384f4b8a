package kb

import (
	"bytes"
	"os"
	"testing"

	"github.com/kroniek/kroniek/internal/shared"
)

// TestGeneratedUpToDate checks that the embedded table is what
// `kroniek gen kb` makes of ../shared today; -update rewrites it (the same
// as running the command).
func TestGeneratedUpToDate(t *testing.T) {
	es, err := Generate(shared.Dir(t))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteEntries(&buf, es); err != nil {
		t.Fatal(err)
	}
	if shared.Update() {
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
