package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/ner"
	"github.com/kroniek/kroniek/nl"
	"github.com/kroniek/kroniek/resolve"
)

// BenchmarkExtract measures quote extraction on the dpgmedia corpus, with
// entities from the real tagger and resolver prepared outside the timer,
// and reports how many quotes it finds and how many have a speaker.
func BenchmarkExtract(b *testing.B) {
	tagger := shared.Must(b, ner.Load)
	k := shared.Must(b, kb.Load)
	type prepared struct {
		doc      *nl.Doc
		mentions []kroniek.Mention
		locals   []kroniek.LocalEntity
	}
	var docs []prepared
	size := 0
	for _, a := range shared.Corpus(b) {
		if a.Text == "" {
			continue
		}
		doc := nl.Parse(a.Text, nl.Options{Lang: "nl"})
		locals, mentions := resolve.Local(doc, tagger.Tag(doc), k)
		docs = append(docs, prepared{doc, mentions, locals})
		size += len(a.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	var quotes, direct, speaker, term int
	for i := 0; i < b.N; i++ {
		quotes, direct, speaker, term = 0, 0, 0, 0
		for _, p := range docs {
			for _, q := range Extract(p.doc, p.mentions, p.locals) {
				quotes++
				switch q.Kind {
				case kroniek.QuoteTerm:
					term++
					continue
				case kroniek.QuoteDirect:
					direct++
				}
				if q.SpeakerLocal != "" {
					speaker++
				}
			}
		}
	}
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(quotes), "quotes")
	b.ReportMetric(float64(direct), "direct")
	b.ReportMetric(float64(term), "terms")
	b.ReportMetric(float64(speaker)/float64(max(quotes-term, 1))*100, "%speaker")
}
