package source

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestSameIDDifferentText reads two files with the same base name: both
// articles are kept, the second under an id of its own, with a warning.
func TestSameIDDifferentText(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"a", "b"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, sub, "nieuws.txt"), []byte("Tekst van map "+sub+"."), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// And an exact copy, which keeps its id: the same article twice.
	if err := os.WriteFile(filepath.Join(dir, "nieuws.txt"), []byte("Tekst van map a."), 0o644); err != nil {
		t.Fatal(err)
	}
	var ids []string
	var warnings int
	err := Read(context.Background(), []string{dir}, Options{}, func(a *kroniek.Article) error {
		ids = append(ids, a.ID)
		return nil
	}, func(p kroniek.Problem) {
		if p.Warning {
			warnings++
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	distinct := map[string]bool{}
	for _, id := range ids {
		distinct[id] = true
	}
	if len(ids) != 3 || len(distinct) != 2 || warnings != 1 {
		t.Errorf("ids %v, %d warnings; want 3 articles under 2 ids and 1 warning", ids, warnings)
	}
}
