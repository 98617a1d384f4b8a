//go:build unix

package ner

import (
	"testing"

	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

// corpusDocs parses the dpgmedia corpus with nl.Parse and tags its parts
// of speech, as the pipeline does before it tags names.
func corpusDocs(b *testing.B) ([]*nl.Doc, int) {
	b.Helper()
	syn, err := syntax()
	if err != nil {
		b.Fatal(err)
	}
	var docs []*nl.Doc
	tokens := 0
	for _, a := range shared.Corpus(b) {
		d := nl.Parse(a.Text, nl.Options{Lang: "nl"})
		syn.Annotate(d)
		docs = append(docs, d)
		tokens += len(d.Tokens)
	}
	return docs, tokens
}

// BenchmarkTag tags the dpgmedia corpus (1,438 articles) on one core and
// reports tokens per second.
func BenchmarkTag(b *testing.B) {
	docs, tokens := corpusDocs(b)
	tg := shared.Must(b, Load)
	mentions := 0
	cpu := shared.Loop(b, func() {
		for _, d := range docs {
			mentions += len(tg.Tag(d))
		}
	})
	// On a shared machine wall time undercounts; CPU time tells the
	// throughput of one core.
	shared.Throughput(b, tokens, "tokens", cpu)
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
