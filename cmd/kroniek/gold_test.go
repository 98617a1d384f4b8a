package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
	"golang.org/x/text/unicode/norm"
)

// goldRun is the analysis of the development gold's 30 articles
// (../shared/gold/dpg-dev.json), made once per test run for every floor
// test that scores against the gold.
var goldRun struct {
	once sync.Once
	gold []byte          // the gold file
	doc  *kroniek.Export // the export of its articles, analysed as `kroniek analyze` does
	err  string
}

// goldExport reads the gold file into gold and returns the export of its
// articles; it skips under -short and runs the test in parallel. Only
// the gold's articles are analysed, not the whole corpus: the figures agree
// with a whole-corpus export within a point (docs/bench/). It skips without
// ../shared.
func goldExport(t *testing.T, gold any) *kroniek.Export {
	t.Helper()
	shared.Long(t, "analyses the 30 gold articles")
	t.Parallel()
	goldPath := shared.Path(t, "gold", "dpg-dev.json")
	corpus := shared.Path(t, "corpus", "dpgmedia2019", "dpgMedia2019-articles-byarticle-all.jsonl")
	goldRun.once.Do(func() { goldRun.gold, goldRun.doc, goldRun.err = analyseGold(t, goldPath, corpus) })
	if goldRun.err != "" {
		t.Fatal(goldRun.err)
	}
	if err := json.Unmarshal(goldRun.gold, gold); err != nil {
		t.Fatal(err)
	}
	return goldRun.doc
}

// analyseGold writes the gold's articles to a JSONL of their own, analyses
// it into a fresh store and exports it.
func analyseGold(t *testing.T, goldPath, corpus string) ([]byte, *kroniek.Export, string) {
	raw, err := os.ReadFile(goldPath)
	if err != nil {
		return nil, nil, err.Error()
	}
	var gold struct {
		Docs map[string]json.RawMessage `json:"docs"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		return nil, nil, "read gold: " + err.Error()
	}
	f, err := os.Open(corpus)
	if err != nil {
		return nil, nil, err.Error()
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var a struct {
			ID json.Number `json:"id"`
		}
		if json.Unmarshal(sc.Bytes(), &a) == nil {
			if _, ok := gold.Docs[a.ID.String()]; ok {
				lines = append(lines, sc.Text())
			}
		}
	}
	if len(lines) != len(gold.Docs) {
		return nil, nil, fmt.Sprintf("the corpus holds %d of the gold's %d articles", len(lines), len(gold.Docs))
	}
	dir, err := os.MkdirTemp("", "kroniek-gold-")
	if err != nil {
		return nil, nil, err.Error()
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "gold.jsonl")
	if err := os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		return nil, nil, err.Error()
	}
	db := filepath.Join(dir, "k.db")
	if _, errs, code := run(t, "analyze", "-q", "--db", db, in); code != 0 {
		return nil, nil, "analyze: " + errs
	}
	out, errs, code := run(t, "export", "--db", db)
	if code != 0 {
		return nil, nil, "export: " + errs
	}
	var doc kroniek.Export
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		return nil, nil, "read export: " + err.Error()
	}
	return raw, &doc, ""
}

var goldSpaces = regexp.MustCompile(`\s+`)

// goldNorm is score.py's norm: NFC, curly apostrophes straightened, one
// space, lower case.
func goldNorm(s string) string {
	s = norm.NFC.String(s)
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'").Replace(s)
	return strings.ToLower(strings.TrimSpace(goldSpaces.ReplaceAllString(s, " ")))
}
