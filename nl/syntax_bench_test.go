package nl

import (
	"os"
	"testing"

	"github.com/kroniek/kroniek/internal/shared"
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
	f, err := os.Open(shared.Path(b, "data", "ud_dutch", "UD_Dutch-Alpino", "nl_alpino-ud-dev.conllu"))
	if err != nil {
		b.Fatal(err)
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
	cpu := shared.Loop(b, func() {
		for _, s := range sents {
			syn.AnalyzeWords(s.Words)
		}
	})
	shared.Throughput(b, words, "words", cpu)
}

// corpusDocs returns the first n dpgmedia articles as parsed docs, or
// skips.
func corpusDocs(b *testing.B, n int) []*Doc {
	var docs []*Doc
	for _, a := range shared.Corpus(b) {
		if len(docs) == n {
			break
		}
		if a.Text != "" {
			docs = append(docs, Parse(a.Text, Options{Lang: "nl"}))
		}
	}
	return docs
}

// BenchmarkAnnotateCorpus annotates dpgmedia articles (tag and parse
// everything) and reports tokens/s; BenchmarkTagCorpus only tags (Lazy).
func BenchmarkAnnotateCorpus(b *testing.B) { benchCorpus(b, false) }

func BenchmarkTagCorpus(b *testing.B) { benchCorpus(b, true) }

func benchCorpus(b *testing.B, lazy bool) {
	syn := loadTestSyntax(b)
	s := *syn
	s.Lazy = lazy
	docs := corpusDocs(b, 300)
	toks := 0
	for _, d := range docs {
		toks += len(d.Tokens)
	}
	cpu := shared.Loop(b, func() {
		for _, d := range docs {
			s.Annotate(d)
		}
	})
	shared.Throughput(b, toks, "tokens", cpu)
}

// BenchmarkLoadSyntax reads the embedded models (what every command
// that analyses pays once at start).
func BenchmarkLoadSyntax(b *testing.B) {
	if _, err := modelFS.Open(modelFile); err != nil {
		b.Skip("no syntax model")
	}
	b.ReportAllocs()
	shared.Loop(b, func() {
		if _, err := loadModels(); err != nil {
			b.Fatal(err)
		}
	})
}
