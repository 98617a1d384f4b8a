package resolve

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden runs Local on texts written for kroniek (testdata/*.txt;
// files starting en_ are English and get no tagger, the others the
// capitals stand-in) and compares with NAME.golden.json.
func TestGolden(t *testing.T) {
	k := loadKB(t)
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatal("no golden texts")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			lang := "nl"
			if strings.HasPrefix(name, "en_") {
				lang = "en"
			}
			doc := nl.Parse(string(b), nl.Options{Lang: lang})
			var tagged []kroniek.Mention
			if lang == "nl" {
				tagged = capTag(doc)
			}
			les, ms := Local(doc, tagged, k)
			got, err := json.MarshalIndent(struct {
				Locals   []kroniek.LocalEntity `json:"locals"`
				Mentions []kroniek.Mention     `json:"mentions"`
			}{les, ms}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s; rerun with -update and review the diff", name, golden)
			}
		})
	}
}
