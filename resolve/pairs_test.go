package resolve

import (
	"slices"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
)

// TestPairs scores the labelled spelling pairs in testdata/pairs.tsv:
// each pair is two one-sentence articles, resolved together; precision
// and recall are over the pairs that should and should not merge.
func TestPairs(t *testing.T) { scorePairs(t, "testdata/pairs.tsv", 60, 0.97, 0.93) }

// TestPairsHeldOut scores the pairs written after the rules.
func TestPairsHeldOut(t *testing.T) { scorePairs(t, "testdata/pairs_heldout.tsv", 30, 0.95, 0.80) }

// scorePairs measures precision and recall of joining over a pairs file of
// at least minPairs pairs and fails below the floors.
func scorePairs(t *testing.T, path string, minPairs int, pFloor, rFloor float64) {
	t.Helper()
	k := loadKB(t)
	var tp, fp, fn, tn int
	for _, row := range shared.Labelled(t, path, minPairs) {
		fs := row.Cols
		if len(fs) != 3 {
			t.Fatalf("%s: want two spellings and 0 or 1", row.Pos)
		}
		want := fs[2] == "1"
		arts := []*kroniek.Article{
			{ID: "a", Lang: "nl", Text: fs[0] + "."},
			{ID: "b", Lang: "nl", Text: fs[1] + "."},
		}
		ans := analyse(t, k, arts)
		Corpus(arts, ans)
		got := false
		for _, ma := range ans[0].Mentions {
			for _, mb := range ans[1].Mentions {
				if ma.Entity != "" && ma.Entity == mb.Entity {
					got = true
				}
			}
		}
		switch {
		case want && got:
			tp++
		case want && !got:
			fn++
			t.Logf("missed: %s = %s", fs[0], fs[1])
		case !want && got:
			fp++
			t.Logf("wrongly merged: %s ≠ %s", fs[0], fs[1])
		default:
			tn++
		}
	}
	p, r := shared.Ratio(tp, tp+fp), shared.Ratio(tp, tp+fn)
	t.Logf("%s: %d pairs (merge %d, keep apart %d); precision %.3f recall %.3f", path, tp+fp+fn+tn, tp+fn, fp+tn, p, r)
	shared.Floor(t, "precision", p, pFloor)
	shared.Floor(t, "recall", r, rFloor)
}

// A last name alone joins a full name only when no other person in the
// corpus has that last name; an initial and a last name (a signature,
// j.vermaning) never bridge two people with different first names, and
// join the one person when there is one (made-up names).
func TestLastNameAmbiguous(t *testing.T) {
	k := loadKB(t)
	var arts []*kroniek.Article
	for i, text := range []string{
		"Charles Michel sprak met Macron.",
		"Louis Michel was eerder minister.",
		"Volgens Michel is dat onzin.",
		"Jacobus Vermaning sprak dinsdag.",
		"Jorinde Vermaning sprak woensdag.",
		"Een column van vandaag. j.vermaning",
		"Teunis Ossewaarde schreef het.",
		"Een column van gisteren. t.ossewaarde",
		"Minister Eduard Tammeling sprak. Volgens minister Tammeling is het goed.",
		"Minister Eduard Tammeling vertrok.",
		"Ook Renske Tammeling reed mee.",
		"Het is niet goed, zegt minister Tammeling.",
		"Het is goed, zegt burgemeester Tammeling.",
	} {
		arts = append(arts, &kroniek.Article{ID: string(rune('a' + i)), Lang: "nl", Text: text})
	}
	ans := analyse(t, k, arts)
	es := Corpus(arts, ans)
	for _, e := range byAlias(es, "Michel") {
		for _, a := range e.Aliases {
			if a == "Charles Michel" || a == "Louis Michel" {
				t.Errorf("ambiguous Michel joined %s", a)
			}
		}
	}
	if c, l := byAlias(es, "Charles Michel"), byAlias(es, "Louis Michel"); len(c) != 1 || len(l) != 1 || c[0] == l[0] {
		t.Errorf("Charles and Louis Michel should be two entities")
	}
	if a, b := byAlias(es, "Jacobus Vermaning"), byAlias(es, "Jorinde Vermaning"); len(a) != 1 || len(b) != 1 || a[0] == b[0] {
		t.Errorf("two people with one family name joined through j.vermaning")
	}
	// a lone name with a role joins the person of that role, never the
	// other one's namesake with another role
	if e, lone := byAlias(es, "Eduard Tammeling"), byAlias(es, "Tammeling"); len(e) != 1 || len(lone) != 2 || !slices.Contains(lone, e[0]) {
		t.Errorf("minister Tammeling and burgemeester Tammeling: %d entities called Tammeling, want Eduard's and another", len(lone))
	}
	if o := byAlias(es, "Teunis Ossewaarde"); len(o) != 1 || o[0].Name != "Teunis Ossewaarde" || !slices.Contains(o[0].Aliases, "T. Ossewaarde") && !slices.Contains(o[0].Aliases, "t.ossewaarde") {
		t.Errorf("t.ossewaarde is not joined to Teunis Ossewaarde: %+v", o)
	}
}
