package event

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
)

// labelled is one sentence of testdata/labelled.tsv.
type labelled struct {
	line                   int
	src, typ, actor, recip string
	neg, hyp               bool
}

func readLabelled(t *testing.T, name string) []labelled {
	t.Helper()
	var out []labelled
	for _, row := range shared.TSV(t, name) {
		c := row.Cols
		if len(c) != 5 {
			t.Fatalf("%s: want 5 columns, got %d", row.Pos, len(c))
		}
		l := labelled{line: row.Line, src: c[0], typ: c[1], actor: c[2], recip: c[3]}
		for _, fl := range strings.Split(c[4], ",") {
			switch fl {
			case "neg":
				l.neg = true
			case "hyp":
				l.hyp = true
			case "-":
			default:
				t.Fatalf("%s: unknown flag %q", row.Pos, fl)
			}
		}
		out = append(out, l)
	}
	return out
}

// score holds the counts of one event type.
type score struct{ tp, fp, fn int }

func (s score) precision() float64 {
	if s.tp+s.fp == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fp)
}

func (s score) recall() float64 {
	if s.tp+s.fn == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fn)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// sameSet compares expected names ("a|b", "-" none) with the keys found.
func sameSet(want string, got []string, keyOf map[string]string) bool {
	if want == "*" {
		return true
	}
	var w []string
	if want != "-" {
		for _, n := range strings.Split(want, "|") {
			if k, ok := keyOf[n]; ok {
				n = k
			}
			w = append(w, n)
		}
	}
	g := append([]string(nil), got...)
	sort.Strings(w)
	sort.Strings(g)
	return strings.Join(w, ",") == strings.Join(g, ",")
}

// evalLabelled runs the extractor over the labelled set and returns the
// scores per type and the argument and mode accuracy of found events.
func evalLabelled(t *testing.T, name string, verbose bool) (map[string]*score, int, int, int, int) {
	scores := map[string]*score{}
	for _, typ := range kroniek.EventTypes {
		scores[typ] = &score{}
	}
	found, argsOK, modesOK, total := 0, 0, 0, 0
	for _, l := range readLabelled(t, name) {
		text, ms, ls := annotate(l.src)
		keyOf := map[string]string{}
		for _, le := range ls {
			keyOf[le.Name] = le.Key
		}
		doc := parseDoc(t, text)
		evs := Extract(doc, ms, ls, nil, "2024-01-15")
		predicted := map[string]bool{}
		for _, e := range evs {
			predicted[e.Type] = true
		}
		if l.typ != "-" {
			total++
			if predicted[l.typ] {
				scores[l.typ].tp++
				found++
				var e kroniek.Event
				for _, x := range evs {
					if x.Type == l.typ {
						e = x
						break
					}
				}
				aok := sameSet(l.actor, e.ActorLocal, keyOf) && sameSet(l.recip, e.RecipientLocal, keyOf)
				mok := e.Negated == l.neg && e.Hypothetical == l.hyp
				if aok {
					argsOK++
				}
				if mok {
					modesOK++
				}
				if verbose && (!aok || !mok) {
					fmt.Printf("line %d: %s args=%v modes=%v: actor %v recip %v neg=%v hyp=%v\n   %s\n", l.line, l.typ, aok, mok, e.ActorLocal, e.RecipientLocal, e.Negated, e.Hypothetical, text)
				}
			} else {
				scores[l.typ].fn++
				if verbose {
					fmt.Printf("line %d: missed %s: %s\n", l.line, l.typ, text)
				}
			}
		}
		for typ := range predicted {
			if typ != l.typ {
				scores[typ].fp++
				if verbose {
					fmt.Printf("line %d: false %s (want %s): %s\n", l.line, typ, l.typ, text)
				}
			}
		}
	}
	return scores, found, argsOK, modesOK, total
}

// floors are per-type precision and recall floors, set a little below
// what docs/bench/event.md reports.
type floors struct {
	perType     map[string][2]float64
	microP      float64
	microR      float64
	args, modes float64
}

func checkSet(t *testing.T, name string, fl floors) {
	scores, found, argsOK, modesOK, total := evalLabelled(t, name, testing.Verbose())
	var tp, fp, fn int
	for _, typ := range kroniek.EventTypes {
		s := scores[typ]
		tp, fp, fn = tp+s.tp, fp+s.fp, fn+s.fn
		t.Logf("%-9s P=%.2f R=%.2f F1=%.2f (tp=%d fp=%d fn=%d)", typ, s.precision(), s.recall(), f1(s.precision(), s.recall()), s.tp, s.fp, s.fn)
		if f, ok := fl.perType[typ]; ok && (s.precision() < f[0] || s.recall() < f[1]) {
			t.Errorf("%s: P=%.2f R=%.2f below floor P>=%.2f R>=%.2f", typ, s.precision(), s.recall(), f[0], f[1])
		}
	}
	all := score{tp, fp, fn}
	t.Logf("micro     P=%.2f R=%.2f F1=%.2f over %d labelled events", all.precision(), all.recall(), f1(all.precision(), all.recall()), total)
	args, modes := float64(argsOK)/float64(max(found, 1)), float64(modesOK)/float64(max(found, 1))
	t.Logf("arguments correct in %d/%d found events (%.2f), modes in %d/%d (%.2f)", argsOK, found, args, modesOK, found, modes)
	if all.precision() < fl.microP || all.recall() < fl.microR {
		t.Errorf("micro P=%.2f R=%.2f below floor P>=%.2f R>=%.2f", all.precision(), all.recall(), fl.microP, fl.microR)
	}
	if args < fl.args || modes < fl.modes {
		t.Errorf("arguments %.2f, modes %.2f below floor %.2f, %.2f", args, modes, fl.args, fl.modes)
	}
}

// TestLabelled measures the set the lexicon and rules were tuned on.
func TestLabelled(t *testing.T) {
	per := map[string][2]float64{}
	for _, typ := range kroniek.EventTypes {
		per[typ] = [2]float64{0.85, 0.85}
	}
	checkSet(t, "testdata/labelled.tsv", floors{perType: per, microP: 0.95, microR: 0.93, args: 0.95, modes: 0.95})
}

// TestHeldOut measures the set written after tuning.
func TestHeldOut(t *testing.T) {
	per := map[string][2]float64{}
	for _, typ := range kroniek.EventTypes {
		per[typ] = [2]float64{0.75, 0.75} // four or five events a type
	}
	checkSet(t, "testdata/heldout.tsv", floors{perType: per, microP: 0.92, microR: 0.92, args: 0.92, modes: 0.92})
}

// TestBlind measures the set written after all tuning and never tuned on.
func TestBlind(t *testing.T) {
	per := map[string][2]float64{}
	for _, typ := range kroniek.EventTypes {
		per[typ] = [2]float64{0.65, 0.3} // three events a type
	}
	checkSet(t, "testdata/blind.tsv", floors{perType: per, microP: 0.95, microR: 0.88, args: 0.88, modes: 0.95})
}
