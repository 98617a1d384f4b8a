package nl

import (
	"bytes"
	"slices"
	"testing"
)

// tinyTreebank returns a few invented sentences, repeated, with UD trees.
func tinyTreebank() ([]TreeSentence, []bool) {
	mk := func(words []string, pos []POS, heads []int, rels []string) TreeSentence {
		lem := make([]string, len(words))
		for i, w := range words {
			lem[i] = lowerWord(w)
		}
		return TreeSentence{Words: words, Lemmas: lem, POS: pos, Feats: make([]Feats, len(words)), Heads: heads, Rels: rels}
	}
	base := []TreeSentence{
		mk([]string{"Jan", "ziet", "de", "hond", "."}, []POS{PROPN, VERB, DET, NOUN, PUNCT},
			[]int{1, -1, 3, 1, 1}, []string{"nsubj", "root", "det", "obj", "punct"}),
		mk([]string{"De", "hond", "blaft", "in", "de", "tuin", "."}, []POS{DET, NOUN, VERB, ADP, DET, NOUN, PUNCT},
			[]int{1, 2, -1, 5, 5, 2, 2}, []string{"det", "nsubj", "root", "case", "det", "obl", "punct"}),
		mk([]string{"Piet", "zegt", "dat", "Jan", "slaapt", "."}, []POS{PROPN, VERB, SCONJ, PROPN, VERB, PUNCT},
			[]int{1, -1, 4, 4, 1, 1}, []string{"nsubj", "root", "mark", "nsubj", "ccomp", "punct"}),
	}
	var train []TreeSentence
	var morph []bool
	for range 8 {
		for _, s := range base {
			train = append(train, s)
			morph = append(morph, true)
		}
	}
	// one sentence unlike the others, which a parser trained on the
	// other fold has not seen
	train = append(train, mk([]string{"Gisteren", "gaf", "de", "oude", "man", "het", "kind", "een", "boek", "."},
		[]POS{ADV, VERB, DET, ADJ, NOUN, DET, NOUN, DET, NOUN, PUNCT},
		[]int{1, -1, 4, 4, 1, 6, 1, 8, 1, 1}, []string{"advmod", "root", "det", "amod", "nsubj", "det", "iobj", "det", "obj", "punct"}))
	morph = append(morph, true)
	return train, morph
}

func tinyOptions() SyntaxTrainOptions {
	return SyntaxTrainOptions{TagEpochs: 2, ParseEpochs: 2, LabelEpochs: 2, LemmaEpochs: 1,
		TagBits: 10, ParseBits: 12, LabelBits: 10, LemmaBits: 10}
}

// TestPredictedTrees checks that the labeller's jackknifed trees keep
// words and tags, and keep a gold relation exactly where the predicted
// head is the gold head.
func TestPredictedTrees(t *testing.T) {
	train, _ := tinyTreebank()
	o := tinyOptions()
	o.defaults()
	o.LabelFolds, o.LabelFoldEpochs = 2, 2
	pos := make([][]POS, len(train))
	for i := range train {
		pos[i] = train[i].POS
	}
	got := predictedTrees(train, pos, nil, o, func(string, ...any) {})
	if len(got) != len(train) {
		t.Fatalf("%d trees for %d sentences", len(got), len(train))
	}
	wrong := 0
	for i, s := range got {
		if !slices.Equal(s.Words, train[i].Words) || len(s.Heads) != len(s.Words) || len(s.Rels) != len(s.Words) {
			t.Fatalf("tree %d: %v %v %v", i, s.Words, s.Heads, s.Rels)
		}
		for d, h := range s.Heads {
			if h != train[i].Heads[d] {
				wrong++
			}
			if want := h == train[i].Heads[d]; want != (s.Rels[d] != "") || (want && s.Rels[d] != train[i].Rels[d]) {
				t.Errorf("tree %d word %d: head %d (gold %d), relation %q (gold %q)", i, d, h, train[i].Heads[d], s.Rels[d], train[i].Rels[d])
			}
		}
	}
	if wrong == 0 {
		t.Errorf("no predicted head is wrong: the test sees only one case")
	}
}

// TestReuse checks that a model trained with Reuse keeps the reused
// model's tags and heads (only the labeller is trained), through a
// written and read model file.
func TestReuse(t *testing.T) {
	train, morph := tinyTreebank()
	first, err := TrainSyntax(train, morph, tinyOptions())
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := first.Write(&buf); err != nil {
		t.Fatal(err)
	}
	read, err := ReadSyntaxModel(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	o := tinyOptions()
	o.Reuse, o.LabelFolds, o.LabelEpochs = read, 2, 3
	second, err := TrainSyntax(train, morph, o)
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"Jan", "ziet", "de", "tuin", "."}
	a, b := first.Syntax().AnalyzeWords(words), second.Syntax().AnalyzeWords(words)
	if !slices.Equal(a.Heads, b.Heads) || !slices.Equal(a.POS, b.POS) {
		t.Errorf("reused parser: heads %v tags %v, first model %v %v", b.Heads, b.POS, a.Heads, a.POS)
	}
	if b.Rels[0] != "nsubj" || b.Rels[1] != "root" {
		t.Errorf("relations %v", b.Rels)
	}
}
