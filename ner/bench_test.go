//go:build unix

package ner

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/kroniek/kroniek/nl"
)

// corpusDocs parses the dpgmedia corpus with nl.Parse.
func corpusDocs(b *testing.B) ([]*nl.Doc, int) {
	b.Helper()
	shared := sharedDir(b)
	f, err := os.Open(filepath.Join(shared, "corpus", "dpgmedia2019", "dpgMedia2019-articles-byarticle-all.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var docs []*nl.Doc
	tokens := 0
	for sc.Scan() {
		var a struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		d := nl.Parse(a.Text, nl.Options{Lang: "nl"})
		docs = append(docs, d)
		tokens += len(d.Tokens)
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return docs, tokens
}

// BenchmarkTag tags the dpgmedia corpus (1,438 articles) on one core and
// reports tokens per second.
func BenchmarkTag(b *testing.B) {
	docs, tokens := corpusDocs(b)
	tg, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	cpu0 := cpuTime()
	mentions := 0
	for b.Loop() {
		for _, d := range docs {
			mentions += len(tg.Tag(d))
		}
	}
	cpu := cpuTime() - cpu0
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	if cpu > 0 {
		// On a shared machine wall time undercounts; CPU time tells
		// the throughput of one core.
		b.ReportMetric(float64(tokens)*float64(b.N)/cpu, "tokens/cpu-s")
	}
	b.ReportMetric(float64(mentions)/float64(b.N), "mentions")
}

// BenchmarkLoad measures loading the embedded model.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Read(bytesReader(embeddedModel)); err != nil {
			b.Fatal(err)
		}
	}
}

// cpuTime returns the process's user and system CPU time in seconds, or 0
// where it is not available.
func cpuTime() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
