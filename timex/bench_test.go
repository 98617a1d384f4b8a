package timex

import (
	"testing"

	"github.com/kroniek/kroniek/nl"
)

// BenchmarkTimex extracts the time expressions of every dpgmedia2019
// article (parsed beforehand) against its own publication day; bytes are
// article text bytes.
func BenchmarkTimex(b *testing.B) {
	arts := readCorpus(b)
	docs := make([]*nl.Doc, len(arts))
	refs := make([]Ref, len(arts))
	var size int64
	for i, a := range arts {
		docs[i] = nl.Parse(a.Text, nl.Options{Lang: "nl"})
		refs[i] = RefFromPublished(a.PublishedAt[:min(10, len(a.PublishedAt))])
		size += int64(len(a.Text))
	}
	b.SetBytes(size)
	b.ResetTimer()
	n := 0
	for b.Loop() {
		n = 0
		for i, d := range docs {
			n += len(Extract(d, refs[i]))
		}
	}
	b.ReportMetric(float64(n)/float64(len(docs)), "timexes/article")
}

// BenchmarkInferPublished infers the day of every dpgmedia2019 article
// with its month as hint.
func BenchmarkInferPublished(b *testing.B) {
	arts := readCorpus(b)
	docs := make([]*nl.Doc, len(arts))
	var size int64
	for i, a := range arts {
		docs[i] = nl.Parse(a.Text, nl.Options{Lang: "nl"})
		size += int64(len(a.Text))
	}
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		for i, d := range docs {
			InferPublished(d, nil, arts[i].PublishedAt[:7])
		}
	}
}
