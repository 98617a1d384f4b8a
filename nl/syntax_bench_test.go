package nl

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
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
	c0 := cpuTime()
	for b.Loop() {
		for _, s := range sents {
			syn.AnalyzeWords(s.Words)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(words)*float64(b.N)/(cpuTime()-c0).Seconds(), "words/cpu-s")
}

// corpusDocs returns the first n dpgmedia articles as parsed docs, or
// skips.
func corpusDocs(b *testing.B, n int) []*Doc {
	f, err := os.Open(filepath.Join("..", "..", "shared", "corpus", "dpgmedia2019", "dpgMedia2019-articles-byarticle-all.jsonl"))
	if err != nil {
		b.Skip("no corpus (../shared absent)")
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var docs []*Doc
	for sc.Scan() && len(docs) < n {
		var a struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &a) == nil && a.Text != "" {
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
	b.ResetTimer()
	c0 := cpuTime()
	for b.Loop() {
		for _, d := range docs {
			s.Annotate(d)
		}
	}
	b.ReportMetric(float64(toks)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(toks)*float64(b.N)/(cpuTime()-c0).Seconds(), "tokens/cpu-s")
}

// cpuTime returns the CPU time the process has used: on a shared
// machine tokens per CPU second is steadier than per wall second.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
