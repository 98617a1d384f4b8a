package main

import (
	"math/rand/v2"
	"os"
	"testing"

	"github.com/kroniek/kroniek/nl"
)

// TestParseNewsSample writes the parses of 30 random dpgmedia sentences
// (5–40 words, a fixed seed) to the CoNLL-U file named by NEWS_SAMPLE,
// for reading by hand (docs/bench/nl.md: parse errors on real news).
func TestParseNewsSample(t *testing.T) {
	out := os.Getenv("NEWS_SAMPLE")
	if out == "" {
		t.Skip("NEWS_SAMPLE not set (a tool for error analysis, not a check)")
	}
	sents, err := readSelfText("../../../shared/corpus/dpgmedia2019/dpgMedia2019-articles-byarticle-all.jsonl")
	if err != nil {
		t.Skipf("no dpgmedia corpus: %v", err)
	}
	syn, err := nl.LoadSyntax()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(2026, 14))
	var pick []nl.TreeSentence
	for len(pick) < 30 {
		ws := sents[rng.IntN(len(sents))]
		if len(ws) < 5 || len(ws) > 40 {
			continue
		}
		pick = append(pick, syn.AnalyzeWords(ws))
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := nl.WriteCoNLLU(f, pick); err != nil {
		t.Fatal(err)
	}
}
