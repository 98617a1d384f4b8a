package amount

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/kroniek/kroniek/nl"
)

// corpusDocs parses the dpgmedia2019 articles from ../shared, or skips.
func corpusDocs(tb testing.TB) ([]*nl.Doc, int64) {
	tb.Helper()
	path := filepath.Join(sharedDir(tb), "corpus", "dpgmedia2019", "dpgMedia2019-articles-byarticle-all.jsonl")
	f, err := os.Open(path)
	if err != nil {
		tb.Skip("../shared not found: ", err)
	}
	defer f.Close()
	var docs []*nl.Doc
	var size int64
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 8<<20)
	for sc.Scan() {
		var a struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatalf("read jsonl: %v", err)
		}
		docs = append(docs, nl.Parse(a.Text, nl.Options{Lang: "nl"}))
		size += int64(len(a.Text))
	}
	return docs, size
}

// BenchmarkAmount extracts the figures of every dpgmedia2019 article
// (parsed beforehand); bytes are article text bytes.
func BenchmarkAmount(b *testing.B) {
	docs, size := corpusDocs(b)
	b.SetBytes(size)
	b.ResetTimer()
	n := 0
	cpu := cpuTime()
	for b.Loop() {
		n = 0
		for _, d := range docs {
			n += len(Extract(d))
		}
	}
	b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/1e6, "cpu-ms/op")
	b.ReportMetric(float64(n)/float64(len(docs)), "amounts/article")
}

// TestCorpusOffsets checks on every dpgmedia2019 article that each figure's
// offsets give its text on rune boundaries and that its object lies in it.
func TestCorpusOffsets(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus check")
	}
	docs, _ := corpusDocs(t)
	for i, d := range docs {
		for _, a := range Extract(d) {
			if a.Start < 0 || a.End > len(d.Text) || a.Start >= a.End || d.Text[a.Start:a.End] != a.Text {
				t.Fatalf("article %d: bad span %d:%d %q", i, a.Start, a.End, a.Text)
			}
			if !utf8.RuneStart(d.Text[a.Start]) || a.End < len(d.Text) && !utf8.RuneStart(d.Text[a.End]) {
				t.Fatalf("article %d: %q not on rune boundaries", i, a.Text)
			}
			if a.Object != "" && a.ObjectEnd > 0 && !strings.EqualFold(d.Text[a.ObjectStart:a.ObjectEnd], a.Object) {
				t.Fatalf("article %d: object %q at %d:%d", i, a.Object, a.ObjectStart, a.ObjectEnd)
			}
		}
	}
}

// cpuTime is the process's user and system CPU time: benchmarks report it
// per operation, as wall time means little on a shared machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
