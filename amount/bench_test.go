package amount

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

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
	for b.Loop() {
		n = 0
		for _, d := range docs {
			n += len(Extract(d))
		}
	}
	b.ReportMetric(float64(n)/float64(len(docs)), "amounts/article")
}
