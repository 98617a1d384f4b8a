package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/story"
)

// TestStoriesAndStory lists the seeds' story and shows it, as text and
// JSON, through the real wiring (issue 7).
func TestStoriesAndStory(t *testing.T) {
	t.Parallel()
	_, db := analyzeSeeds(t)
	out := mustRun(t, "stories", "--db", db)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "ID ") {
		t.Fatalf("stories listed %d lines, want a header and 1 story:\n%s", len(lines), out)
	}
	id := strings.Fields(lines[1])[0]

	out, errs, code := run(t, "stories", "--db", db, "--json")
	var list []*kroniek.Story
	if code != 0 || json.Unmarshal([]byte(out), &list) != nil || len(list) != 1 || list[0].ID != id {
		t.Fatalf("stories --json: exit %d, %s\n%s", code, errs, out)
	}

	out = mustRun(t, "story", id, "--db", db, "--json")
	var s kroniek.Story
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatal(err)
	}
	// The timeline ends with Sotsji on 2020-09-14 and starts no earlier
	// than the election of 2020-08-09. The seeds name the election only
	// inside sentences that lean on the one before ("Het blijkt ook uit
	// Poetins opmerking dat de verkiezingen van 9 augustus …"), which the
	// timeline leaves out since session 21; an entry made from the dated
	// noun phrase itself, as DESIGN.md draws it, does not exist yet.
	if n := len(s.Timeline); n == 0 || s.Timeline[0].Date < "2020-08-09" || s.Timeline[n-1].Date != "2020-09-14" ||
		!strings.Contains(s.Timeline[n-1].Text, "Sotsji") {
		t.Errorf("timeline should run from 2020-08-09 or later to Sotsji on 2020-09-14: %+v", s.Timeline)
	}
	// The seeds name no outlet: never a file name or an article id as an
	// outlet; the sources are compared article by article, so the naming
	// comparison (Wit-Rusland vs Belarus) is not lost.
	n := 0
	for _, src := range s.Sources {
		if src.Outlet != "" || len(src.Articles) != 1 {
			t.Errorf("seeds' source %+v: want no outlet and one article", src)
		}
		n += len(src.Articles)
	}
	if len(s.Outlets) != 0 || n != 5 {
		t.Errorf("seeds' sources: outlets %q, %d articles in %d sources; want no named outlet and 5 articles", s.Outlets, n, len(s.Sources))
	}
	spellings := map[string]bool{}
	for _, nm := range story.Namings(s.Sources) {
		if nm.Entity == "Wit-Rusland" || nm.Entity == "Belarus" {
			for _, sp := range nm.Spellings {
				spellings[sp.Text] = true
			}
		}
	}
	if !spellings["Belarus"] || !spellings["Wit-Rusland"] {
		t.Errorf("seeds' naming: spellings %v, want Belarus and Wit-Rusland compared", spellings)
	}

	out, errs, code = run(t, "story", "--db", db, id)
	if code != 0 {
		t.Fatalf("story exit %d: %s", code, errs)
	}
	for _, want := range []string{s.Title, "5 articles · 5 sources", "Articles [1]", "Timeline", "Summary"} {
		if !strings.Contains(out, want) {
			t.Errorf("story report lacks %q:\n%s", want, out)
		}
	}

	if _, errs, code = run(t, "story", "--db", db, "s-00000000"); code == 0 || !strings.Contains(errs, "not found") {
		t.Errorf("unknown story: exit %d, %q", code, errs)
	}
	if _, _, code = run(t, "story", "--db", db); code != exitUsage {
		t.Errorf("story without id: exit %d, want %d", code, exitUsage)
	}
}

// TestStoriesHidesSingles: `kroniek stories` lists the stories told by two
// articles or more, as the web page does, says how many one-article
// stories it left out, and --all lists them (text and JSON).
func TestStoriesHidesSingles(t *testing.T) {
	t.Parallel()
	one := filepath.Join(t.TempDir(), "los.jsonl")
	if err := os.WriteFile(one, []byte(`{"id":"x1","title":"Los bericht","text":"De gemeenteraad van Zwolle stemde dinsdag in met het plan voor een nieuwe brug over de IJssel."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "k.db")
	if _, errs, code := run(t, "analyze", "-q", "--db", db, seedsDir(t), one); code != 0 {
		t.Fatalf("analyze: exit %d: %s", code, errs)
	}
	out := mustRun(t, "stories", "--db", db)
	if strings.Contains(out, "Los bericht") || !strings.Contains(out, "(1 one-article story not listed; --all lists them)") {
		t.Errorf("stories:\n%s", out)
	}
	if out := mustRun(t, "stories", "--all", "--db", db); !strings.Contains(out, "Los bericht") || strings.Contains(out, "not listed") {
		t.Errorf("stories --all:\n%s", out)
	}
	for _, tc := range []struct {
		args []string
		want int
	}{{[]string{"--json"}, 1}, {[]string{"--json", "--all"}, 2}, {[]string{"--json", "--all", "-n", "1"}, 1}} {
		var list []*kroniek.Story
		if err := json.Unmarshal([]byte(mustRun(t, append([]string{"stories", "--db", db}, tc.args...)...)), &list); err != nil || len(list) != tc.want {
			t.Errorf("stories %v: %d stories (%v), want %d", tc.args, len(list), err, tc.want)
		}
	}
}

// TestSearchCommand: `kroniek search` finds what the web page's search
// finds (a name finds every spelling of its entity), prints the matched
// words in «», keeps to -n, and --json is the API's result.
func TestSearchCommand(t *testing.T) {
	t.Parallel()
	_, db := analyzeSeeds(t)
	out := mustRun(t, "search", "--db", db, "Sotsji")
	if !strings.Contains(out, "004_62fcb3cfc53ec9e0") || !strings.Contains(out, "«Sotsji»") || !strings.HasSuffix(out, "1 of 1 article\n") {
		t.Errorf("search Sotsji:\n%s", out)
	}
	if out := mustRun(t, "search", "-n", "2", "Loekasjenko", "--db", db); !strings.Contains(out, "every spelling of") || !strings.HasSuffix(out, "2 of 5 articles (-n 5 lists them all)\n") {
		t.Errorf("search Loekasjenko -n 2:\n%s", out)
	}
	var res kroniek.SearchResult
	if err := json.Unmarshal([]byte(mustRun(t, "search", "--json", "--db", db, "Sotsji")), &res); err != nil || res.Total != 1 || len(res.Hits) != 1 {
		t.Errorf("search --json: %+v (%v)", res, err)
	}
	if _, errs, code := run(t, "search", "--db", db); code != exitUsage || !strings.Contains(errs, "usage: kroniek search") {
		t.Errorf("search without words: exit %d, %s", code, errs)
	}
}
