package nl

import (
	"slices"
	"testing"
)

// "dat hij het boek wil lezen": boek hangs under lezen across wil, a
// crossing arc (UD Dutch's verb clusters).
func TestProjectivizeRoundTrip(t *testing.T) {
	words := []string{"dat", "hij", "het", "boek", "wil", "lezen"}
	heads := []int{4, 4, 3, 5, -1, 4}
	rels := []string{"mark", "nsubj", "det", "obj", "root", "xcomp"}
	if !crossing(heads, 3) || crossing(heads, 2) {
		t.Fatalf("crossing: want boek's arc only")
	}
	h, r, k := projectivize(heads, rels)
	if k != 1 || !slices.Equal(h, []int{4, 4, 3, 4, -1, 4}) || r[3] != "obj|xcomp" {
		t.Fatalf("projectivize = %v %v %d, want boek lifted to wil as obj|xcomp", h, r, k)
	}
	for d := range h {
		if crossing(h, d) {
			t.Fatalf("word %d still crosses in %v", d, h)
		}
	}
	if heads[3] != 5 || rels[3] != "obj" {
		t.Fatalf("projectivize changed its input")
	}

	labels := []string{"det", "mark", "nsubj", "obj", "obj|xcomp", "root", "xcomp"}
	ps := parser{labels: labels}
	ps.base, ps.want = liftTables(labels)
	b := &sentBuf{words: words, heads: slices.Clone(h), rels: make([]int, len(words))}
	for d, l := range r {
		b.rels[d] = slices.Index(labels, l)
	}
	ps.unlift(b)
	if !slices.Equal(b.heads, heads) {
		t.Errorf("unlift heads = %v, want %v", b.heads, heads)
	}
	for d, x := range b.rels {
		if labels[x] != rels[d] {
			t.Errorf("unlift relation of %q = %q, want %q", words[d], labels[x], rels[d])
		}
	}

	// no word with the lost relation under the head: the word stays, with
	// its base relation
	b = &sentBuf{words: words, heads: []int{4, 4, 3, 4, -1, 4}, rels: make([]int, len(words))}
	for d, l := range []string{"mark", "nsubj", "det", "obj|xcomp", "root", "obj"} {
		b.rels[d] = slices.Index(labels, l)
	}
	ps.unlift(b)
	if b.heads[3] != 4 || labels[b.rels[3]] != "obj" {
		t.Errorf("unlift without target: head %d %q, want 4 obj", b.heads[3], labels[b.rels[3]])
	}
}

func TestLiftTablesNone(t *testing.T) {
	if base, want := liftTables([]string{"obj", "root"}); base != nil || want != nil {
		t.Errorf("liftTables without lifted labels = %v %v, want nil", base, want)
	}
}

// A tree with unknown heads (self-training) is not changed; punctuation
// stays lifted without a lost relation.
func TestProjectivizeUnknownAndPunct(t *testing.T) {
	h := []int{unknownHead, -1, 1}
	if got, _, k := projectivize(h, []string{"", "root", "obj"}); k != 0 || !slices.Equal(got, h) {
		t.Errorf("projectivize with an unknown head = %v, %d", got, k)
	}
	// "a b c ,": the comma hangs under a across b, the root
	heads := []int{1, -1, 1, 0}
	rels := []string{"nsubj", "root", "obj", "punct"}
	got, r, k := projectivize(heads, rels)
	if k != 1 || got[3] != 1 || r[3] != "punct" {
		t.Errorf("projectivize = %v %v %d, want the comma under b as punct", got, r, k)
	}
}
