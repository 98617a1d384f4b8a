package nl

import "testing"

// TestUnaccentedAllocs checks that unaccented strips stress marks with a
// Replacer built once (one built per word allocated its tables each time).
func TestUnaccentedAllocs(t *testing.T) {
	if w, ok := unaccented("vóór"); !ok || w != "voor" {
		t.Fatalf("unaccented(vóór) = %q, %v", w, ok)
	}
	if n := testing.AllocsPerRun(100, func() { unaccented("méér") }); n > 5 {
		t.Errorf("unaccented allocates %.0f times a call, want at most 5 (14 with a Replacer per call)", n)
	}
}

// TestStrandedPrepsAllocs checks that strandedPreps counts dependents in
// the sentence buffer's own arrays: a buffer used before allocates
// nothing (two arrays per parsed sentence before).
func TestStrandedPrepsAllocs(t *testing.T) {
	labels := []string{"advmod", "case", "compound:prt", "root"}
	s := &Syntax{m: &models{parse: parser{labels: labels, caseRl: 1}, lem: lemmatizer{prtVerbs: map[string]bool{}}}}
	// de kinderen lachten er hard om .
	b := &sentBuf{words: []string{"de", "kinderen", "lachten", "er", "hard", "om", "."},
		pos:   []POS{DET, NOUN, VERB, ADV, ADJ, ADP, PUNCT},
		heads: []int{1, 2, -1, 2, 2, 2, 2},
		rels:  []int{0, 0, 3, 0, 0, 2, 0}}
	lemma := func(h int) string { return b.words[h] }
	s.strandedPreps(b, lemma)
	if b.heads[5] != 3 || labels[b.rels[5]] != "case" {
		t.Fatalf("om: head %d %s, want 3 case", b.heads[5], labels[b.rels[5]])
	}
	if n := testing.AllocsPerRun(20, func() { s.strandedPreps(b, lemma) }); n > 0 {
		t.Errorf("strandedPreps allocates %.0f times a sentence with a used buffer, want 0", n)
	}
}
