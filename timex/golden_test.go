package timex

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kroniek/kroniek/nl"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden extracts the time expressions of testdata/golden/NAME.txt and compares
// them with NAME.golden.json (go test ./timex -run Golden -update).
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
		got, err := json.MarshalIndent(Extract(nl.Parse(string(text), nl.Options{Lang: "nl"}), goldenRef), "", "  ")
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

// goldenRef is the reference date of the golden texts: Tuesday 18 August 2020.
var goldenRef = Ref{Date: time.Date(2020, 8, 18, 0, 0, 0, 0, time.UTC), Gran: RefDay}
