package amount

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kroniek/kroniek/nl"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden extracts the figures of testdata/golden/NAME.txt and compares
// them with NAME.golden.json (go test ./amount -run Golden -update).
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/golden/*.txt")
	if len(files) == 0 {
		t.Fatal("no golden inputs")
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := json.MarshalIndent(Extract(nl.Parse(string(text), nl.Options{Lang: "nl"})), "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		golden := strings.TrimSuffix(f, ".txt") + ".golden.json"
		if *update {
			if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run with -update)", err)
		}
		if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
			t.Errorf("%s differs from %s:\n%s", f, golden, got)
		}
	}
}
