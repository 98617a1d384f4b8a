package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestExportFormats checks every export format on the analysed seeds.
func TestExportFormats(t *testing.T) {
	t.Parallel()
	doc, db := analyzeSeeds(t)

	out := mustRun(t, "export", "--db", db)
	var full kroniek.Export
	if err := json.Unmarshal([]byte(out), &full); err != nil {
		t.Fatalf("export json: %v", err)
	}
	if len(full.Articles) != len(doc.Articles) || len(full.Entities) != len(doc.Entities) || len(full.Stories) != len(doc.Stories) {
		t.Errorf("export differs from analyze --json: %d/%d articles, %d/%d entities, %d/%d stories",
			len(full.Articles), len(doc.Articles), len(full.Entities), len(doc.Entities), len(full.Stories), len(doc.Stories))
	}

	out = mustRun(t, "export", "--db", db, "--format", "jsonl")
	kinds := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var line struct {
			Kind string          `json:"kind"`
			Data json.RawMessage `json:"data"`
		}
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatalf("jsonl line: %v", err)
		}
		kinds[line.Kind]++
	}
	if kinds["article"] != 5 || kinds["story"] != len(full.Stories) || kinds["entity"] != len(full.Entities) {
		t.Errorf("jsonl kinds %v", kinds)
	}

	out = mustRun(t, "export", "--db", db, "--format", "events-csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("events csv: %v", err)
	}
	if len(rows) < 2 {
		t.Fatalf("events csv has %d rows", len(rows))
	}
	header := strings.Join(rows[0], ",")
	for _, col := range []string{"date", "actor", "type", "recipient", "sources", "evidence"} {
		if !strings.Contains(header, col) {
			t.Errorf("events csv header %q lacks %s", header, col)
		}
	}
	// The seeds are files: no URL, so first_source_url is empty (it held
	// the file's path).
	urls := map[string]bool{"": true}
	for _, a := range full.Articles {
		urls[a.URL] = true
	}
	col := slices.Index(rows[0], "first_source_url")
	for _, row := range rows[1:] {
		if col < 0 || !urls[row[col]] {
			t.Errorf("events csv first_source_url %q (column %d) is no article's URL", row[col], col)
			break
		}
	}

	out, _, code := run(t, "export", "--db", db, "--format", "plover")
	if code != 0 || !json.Valid([]byte(strings.TrimSpace(out))) && !strings.HasPrefix(strings.TrimSpace(out), "{") {
		t.Errorf("plover export: %d, %.200s", code, out)
	}
	if !strings.Contains(out, "CONSULT") {
		t.Error("plover export has no CONSULT event")
	}

	if _, _, code = run(t, "export", "--db", db, "--format", "xml"); code != exitUsage {
		t.Errorf("unknown format: exit %d, want %d", code, exitUsage)
	}
}
