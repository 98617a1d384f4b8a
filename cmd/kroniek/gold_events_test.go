package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
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

// TestGoldEventFloor analyses the 30 articles of the development gold
// (not the whole corpus: the figures agree within a point, see
// docs/bench/event.md) and scores the events shown by default as
// ../shared/gold/score.py --part events does: an event matches a gold
// event of its article and type when, where the gold names an actor or
// target, one of its entities carries that gold entity's forms. The floors
// sit a few points below the measured figures. Session 9 measured 27/130,
// precision 27/34 (79 %): the precision floor went from 0.80 to 0.76 when
// a killing with a named victim and no named killer came to be shown (a
// right event the gold labels with the killer it names elsewhere).
// Session 12 measured 27/130, 27/35 (77 %): a suspicion in the passive is
// now shown ("Laura Kovesi wordt verdacht gemaakt"), which the gold labels
// with the prosecutor it names elsewhere.
func TestGoldEventFloor(t *testing.T) {
	var gold goldEvents
	doc := goldExport(t, &gold)
	found, good, shown := scoreGoldEvents(doc, &gold)
	n := len(gold.Events)
	recall, precision := float64(found)/float64(n), float64(good)/float64(max(shown, 1))
	t.Logf("events shown: found %d/%d (%.0f%%); precision %d/%d (%.0f%%)", found, n, 100*recall, good, shown, 100*precision)
	if recall < 0.18 || precision < 0.76 {
		t.Errorf("events below floor: recall %.2f (floor 0.18), precision %.2f (floor 0.76)", recall, precision)
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

// TestEventsDevGoldsFloor analyses the articles of the seven blind
// development golds (docs/devgold/dpg-dev2..dpg-dev8.json, 20 articles
// each), each gold on its own, and scores their shown events as
// TestGoldEventFloor does. The floors are on the sums over the seven, a
// little under what session 13's second shift measured on the
// whole-corpus export (found 42/528, precision 38/68; dev2..dev7 alone
// 41/456, 37/62); session 15's second events shift measured 44/528,
// precision 40/70, and raised the found floor to 42; session 16's events
// shift measured 45/528, precision 41/70, and raised it to 43; session
// 17's measured 46/528, precision 42/68, and raised it to 44.
func TestEventsDevGoldsFloor(t *testing.T) {
	shared.Long(t, "analyses the 140 articles of the seven development golds")
	t.Parallel()
	corpus := shared.Path(t, "corpus", "dpgmedia2019", "dpgMedia2019-articles-byarticle-all.jsonl")
	var found, good, shown, n int
	for d := 2; d <= 8; d++ {
		path := filepath.Join("..", "..", "docs", "devgold", fmt.Sprintf("dpg-dev%d.json", d))
		raw, doc, msg := analyseGold(t, path, corpus)
		if msg != "" {
			t.Fatal(msg)
		}
		var gold goldEvents
		if err := json.Unmarshal(raw, &gold); err != nil {
			t.Fatal(err)
		}
		f, g, s := scoreGoldEvents(doc, &gold)
		t.Logf("dev%d: events found %d/%d; precision %d/%d", d, f, len(gold.Events), g, s)
		found, good, shown, n = found+f, good+g, shown+s, n+len(gold.Events)
	}
	t.Logf("dev2-dev8: events found %d/%d; precision %d/%d", found, n, good, shown)
	if found < 44 || float64(good)/float64(max(shown, 1)) < 0.54 {
		t.Errorf("events over dev2-dev8 below floor: found %d/%d (floor 44), precision %d/%d (floor 0.54)", found, n, good, shown)
	}
}
