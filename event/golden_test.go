package event

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden codes testdata/NAME.txt (entity marks as in labelled.tsv) and
// compares the events with NAME.golden.json; -update rewrites the golden file.
func TestGolden(t *testing.T) {
	paths, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatal("no golden inputs in testdata")
	}
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text, ms, ls := annotate(string(src))
		doc := parseDoc(t, text)
		evs := Extract(doc, ms, ls, nil, "2024-03-12")
		for _, e := range evs {
			if text[e.Start:e.End] != e.Text || !strings.Contains(e.Text, text[e.TriggerStart:e.TriggerEnd]) {
				t.Errorf("%s: offsets do not point at the evidence: %+v", p, e)
			}
		}
		got, err := json.MarshalIndent(evs, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, '\n')
		golden := strings.TrimSuffix(p, ".txt") + ".golden.json"
		if *update {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -run Golden -update)", err)
		}
		if string(got) != string(want) {
			t.Errorf("%s: events differ from %s (run go test -run Golden -update and review the diff)", p, golden)
		}
	}
}
