package nl

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkSyntax tags, lemmatises and parses the sentences of a UD file
// (the UD Alpino dev set when ../shared is present) and reports words/s.
func BenchmarkSyntax(b *testing.B) {
	syn, err := LoadSyntax()
	if p := os.Getenv("SYNTAX_MODEL"); p != "" {
		f, _ := os.Open(p)
		syn, err = ReadSyntax(f)
		f.Close()
	}
	if err != nil || syn.m == nil {
		b.Skip("no syntax model")
	}
	f, err := os.Open(filepath.Join("..", "..", "shared", "data", "ud_dutch", "UD_Dutch-Alpino", "nl_alpino-ud-dev.conllu"))
	if err != nil {
		b.Skip("no UD data (../shared absent)")
	}
	sents, err := ReadCoNLLU(f)
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	words := 0
	for _, s := range sents {
		words += len(s.Words)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			syn.AnalyzeWords(s.Words)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
