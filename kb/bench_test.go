package kb

import (
	"testing"

	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

// BenchmarkMatch measures (*KB).Match over the dpgmedia corpus.
func BenchmarkMatch(b *testing.B) {
	k := shared.Must(b, Load)
	var docs []*nl.Doc
	tokens := 0
	for _, a := range shared.Corpus(b) {
		d := nl.Parse(a.Text, nl.Options{Lang: "nl"})
		tokens += len(d.Tokens)
		docs = append(docs, d)
	}
	b.ResetTimer()
	matches := 0
	for n := 0; n < b.N; n++ {
		for _, d := range docs {
			matches += len(k.Match(d))
		}
	}
	s := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N*tokens)/s, "tokens/s")
	b.ReportMetric(float64(b.N*len(docs))/s, "articles/s")
}

// BenchmarkLoad measures building the knowledge base from its embedded
// data (done once per process by Load).
func BenchmarkLoad(b *testing.B) {
	raw, err := dataFS.ReadFile("data/kb.json.gz")
	if err != nil {
		b.Fatal(err)
	}
	for n := 0; n < b.N; n++ {
		gen, err := decodeEntries(raw)
		if err != nil {
			b.Fatal(err)
		}
		lex, err := readLexicon(lexiconFS)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := New(lex.merge(gen)); err != nil {
			b.Fatal(err)
		}
	}
}
