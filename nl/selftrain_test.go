package nl

import (
	"slices"
	"testing"
)

// TestReversed checks that a reversed sentence keeps its tree (heads
// renumbered, the root still the root) and that reversing twice gives
// the sentence back.
func TestReversed(t *testing.T) {
	s := TreeSentence{Words: []string{"Jan", "riep", "op", "."}, POS: []POS{PROPN, VERB, ADP, PUNCT},
		Heads: []int{1, -1, 1, 1}, Rels: []string{"nsubj", "root", "compound:prt", "punct"}}
	r := reversed(s)
	if want := []int{2, 2, -1, 2}; !slices.Equal(r.Heads, want) {
		t.Errorf("heads %v, want %v", r.Heads, want)
	}
	if r.Words[0] != "." || r.Rels[3] != "nsubj" || r.POS[2] != VERB {
		t.Errorf("reversed %v %v %v", r.Words, r.Rels, r.POS)
	}
	b := reversed(r)
	if !slices.Equal(b.Heads, s.Heads) || !slices.Equal(b.Words, s.Words) || !slices.Equal(b.Rels, s.Rels) {
		t.Errorf("twice reversed: %v %v", b.Words, b.Heads)
	}
}

// TestAgreedParses checks that a model agrees with itself on a sentence
// read forwards and, reversed, backwards only where the trees match; with
// the same model both ways the filter keeps sentences whose parse is
// symmetric and drops those outside the length bounds.
func TestAgreedParses(t *testing.T) {
	s := loadTestSyntax(t)
	short := []string{"Ja", "."}
	long := make([]string, selfMaxWords+1)
	for i := range long {
		long[i] = "en"
	}
	if got := agreedParses(s, s, [][]string{short, long}, 0); len(got) != 0 {
		t.Errorf("kept %d sentences outside %d-%d words", len(got), selfMinWords, selfMaxWords)
	}
	sent := []string{"De", "man", "zegt", "dat", "hij", "het", "wist", "."}
	for _, p := range agreedParses(s, s, [][]string{sent}, 0) {
		if !slices.Equal(p.Words, sent) {
			t.Errorf("agreed parse of other words: %v", p.Words)
		}
		if slices.Contains(p.Heads, unknownHead) {
			t.Errorf("complete agreement asked, unknown heads given: %v", p.Heads)
		}
	}
	// with a share, a sentence is kept with the disagreeing heads unknown
	got := agreedParses(s, s, [][]string{sent}, 0.01)
	if len(got) != 1 {
		t.Fatalf("partial agreement kept %d sentences, want 1", len(got))
	}
	for i, h := range got[0].Heads {
		if h != unknownHead && (h < -1 || h >= len(sent) || h == i) {
			t.Errorf("word %d: head %d", i, h)
		}
	}
}
