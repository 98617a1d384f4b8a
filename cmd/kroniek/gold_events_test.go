package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
	"golang.org/x/text/unicode/norm"
)

// goldEvents is the part of ../shared/gold/dpg-dev.json the event floor
// reads.
type goldEvents struct {
	Docs     map[string]json.RawMessage `json:"docs"`
	Entities []struct {
		Key   string   `json:"key"`
		Forms []string `json:"forms"`
	} `json:"entities"`
	Events []struct {
		Doc    string   `json:"doc"`
		Type   string   `json:"type"`
		Actor  []string `json:"actor"`
		Target []string `json:"target"`
	} `json:"events"`
}

var spaceRE = regexp.MustCompile(`\s+`)

// goldNorm is score.py's norm: NFC, curly apostrophes straightened,
// whitespace collapsed, lower case.
func goldNorm(s string) string {
	s = norm.NFC.String(s)
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'").Replace(s)
	return strings.ToLower(strings.TrimSpace(spaceRE.ReplaceAllString(s, " ")))
}

// TestGoldEventFloor analyses the 30 articles of the development gold
// (not the whole corpus: the figures agree within a point, see
// docs/bench/event.md) and scores the events shown by default as
// ../shared/gold/score.py --part events does: an event matches a gold
// event of its article and type when, where the gold names an actor or
// target, one of its entities carries that gold entity's forms. The floors
// sit a few points below the measured figures.
func TestGoldEventFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses 30 articles: skipped with -short")
	}
	goldPath := shared.Path(t, "gold", "dpg-dev.json")
	corpus := shared.Path(t, "corpus", "dpgmedia2019", "dpgMedia2019-articles-byarticle-all.jsonl")
	data, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var gold goldEvents
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	// the gold's articles, as a JSONL input of their own
	in := filepath.Join(t.TempDir(), "gold.jsonl")
	f, err := os.Open(corpus)
	if err != nil {
		t.Fatal(err)
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
		t.Fatalf("found %d of the gold's %d articles in the corpus", len(lines), len(gold.Docs))
	}
	if err := os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "k.db")
	if _, errs, code := run(t, "analyze", "-q", "--db", db, in); code != 0 {
		t.Fatalf("analyze exit %d: %s", code, errs)
	}
	out, errs, code := run(t, "export", "--db", db)
	if code != 0 {
		t.Fatalf("export exit %d: %s", code, errs)
	}
	var doc kroniek.Export
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	found, good, shown := scoreGoldEvents(&doc, &gold)
	n := len(gold.Events)
	recall, precision := float64(found)/float64(n), float64(good)/float64(max(shown, 1))
	t.Logf("events shown: found %d/%d (%.0f%%); precision %d/%d (%.0f%%)", found, n, 100*recall, good, shown, 100*precision)
	if recall < 0.08 || precision < 0.65 {
		t.Errorf("events below floor: recall %.2f (floor 0.08), precision %.2f (floor 0.65)", recall, precision)
	}
}

// scoreGoldEvents is score.py's score_events over the shown events.
func scoreGoldEvents(doc *kroniek.Export, gold *goldEvents) (found, good, shown int) {
	textOf := map[string]string{}
	for _, a := range doc.Articles {
		textOf[a.ID] = a.Text
	}
	formKeys := map[string]map[string]bool{} // normalised form -> gold keys
	for _, g := range gold.Entities {
		for _, f := range g.Forms {
			nf := goldNorm(f)
			if formKeys[nf] == nil {
				formKeys[nf] = map[string]bool{}
			}
			formKeys[nf][g.Key] = true
		}
	}
	ents := map[string]*kroniek.Entity{}
	for _, e := range doc.Entities {
		ents[e.ID] = e
	}
	// keyOf is gold_key_of: the gold key whose forms the entity's mentions
	// in the article (else anywhere) and its name carry most; ties go to
	// the gold's first entity.
	keyOf := func(id, article string) string {
		e := ents[id]
		if e == nil {
			return ""
		}
		var forms []string
		for _, m := range e.Mentions {
			if m.Article == article {
				forms = append(forms, goldNorm(m.Text))
			}
		}
		if len(forms) == 0 {
			for _, m := range e.Mentions {
				forms = append(forms, goldNorm(m.Text))
			}
		}
		forms = append(forms, goldNorm(e.Name))
		best, score := "", 0
		for _, g := range gold.Entities {
			n := 0
			for _, f := range forms {
				for _, gf := range g.Forms {
					if goldNorm(gf) == f {
						n++
						break
					}
				}
			}
			if n > score {
				best, score = g.Key, n
			}
		}
		return best
	}
	var evs []kroniek.Event
	for _, e := range doc.Events {
		if _, ok := gold.Docs[e.Article]; ok && e.Shown {
			evs = append(evs, e)
		}
	}
	matches := func(gi int, e kroniek.Event) bool {
		g := gold.Events[gi]
		if e.Article != g.Doc || strings.ToUpper(e.Type) != g.Type {
			return false
		}
		side := func(ids, want []string) bool {
			if len(want) == 0 {
				return true
			}
			for _, id := range ids {
				k := keyOf(id, e.Article)
				for _, w := range want {
					if k != "" && k == w {
						return true
					}
				}
			}
			return false
		}
		return side(e.Actor, g.Actor) && side(e.Recipient, g.Target)
	}
	for gi := range gold.Events {
		for _, e := range evs {
			if matches(gi, e) {
				found++
				break
			}
		}
	}
	for _, e := range evs {
		for gi := range gold.Events {
			if matches(gi, e) {
				good++
				break
			}
		}
	}
	return found, good, len(evs)
}
