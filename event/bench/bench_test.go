package bench

import (
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/event"
	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/ner"
	"github.com/kroniek/kroniek/nl"
	"github.com/kroniek/kroniek/resolve"
	"github.com/kroniek/kroniek/timex"
)

// prepared is an article with everything Extract needs.
type prepared struct {
	article  *kroniek.Article
	doc      *nl.Doc
	mentions []kroniek.Mention
	locals   []kroniek.LocalEntity
	times    []kroniek.TimeRef
}

func prepare(b *testing.B) []prepared {
	outlet := shared.Publishers(b)
	tagger := shared.Must(b, ner.Load)
	k := shared.Must(b, kb.Load)
	var out []prepared
	for _, a := range shared.Corpus(b) {
		art := &kroniek.Article{ID: a.ID, Text: a.Text, Published: a.Published, Lang: "nl", Outlet: outlet[a.ID]}
		doc := nl.Parse(a.Text, nl.Options{Lang: "nl"})
		locals, mentions := resolve.Local(doc, tagger.Tag(doc), k)
		for i := range mentions {
			mentions[i].Article = art.ID
		}
		times := timex.Extract(doc, timex.RefFromPublished(a.Published))
		out = append(out, prepared{article: art, doc: doc, mentions: mentions, locals: locals, times: times})
	}
	return out
}

// BenchmarkPipelineEvents times event.Extract on the dpgmedia2019 corpus
// with the project's tagger, resolution and time expressions (prepared
// outside the timer), then merges across articles and reports the share
// of events reported by more than one article and by more than one outlet.
func BenchmarkPipelineEvents(b *testing.B) {
	arts := prepare(b)
	analyses := make([]*kroniek.Analysis, len(arts))
	b.ResetTimer()
	events := 0
	for n := 0; n < b.N; n++ {
		events = 0
		for i, a := range arts {
			evs := event.Extract(a.doc, a.mentions, a.locals, a.times, a.article.Published)
			for j := range evs {
				evs[j].Article = a.article.ID
			}
			analyses[i] = &kroniek.Analysis{Article: a.article.ID, Locals: a.locals, Mentions: a.mentions, Times: a.times, Events: evs}
			events += len(evs)
		}
	}
	b.StopTimer()
	sec := b.Elapsed().Seconds() / float64(b.N)
	articles := make([]*kroniek.Article, len(arts))
	outlets := map[string]string{}
	for i, a := range arts {
		articles[i] = a.article
		outlets[a.article.ID] = a.article.Outlet
	}
	resolve.Corpus(articles, analyses)
	event.Merge(analyses)
	ids := map[string]bool{}
	multi, crossOutlet := map[string]bool{}, map[string]bool{}
	for _, an := range analyses {
		for _, e := range an.Events {
			ids[e.ID] = true
			if len(e.Sources) > 1 {
				multi[e.ID] = true
				seen := map[string]bool{}
				for _, s := range e.Sources {
					if o := outlets[s]; o != "" {
						seen[o] = true
					}
				}
				if len(seen) > 1 {
					crossOutlet[e.ID] = true
				}
			}
		}
	}
	b.ReportMetric(float64(events)/sec, "events/s")
	b.ReportMetric(float64(events)/float64(len(arts)), "events/article")
	b.ReportMetric(float64(len(ids)), "merged-events")
	b.ReportMetric(float64(len(multi))/float64(max(len(ids), 1)), "share-multi-article")
	b.ReportMetric(float64(len(crossOutlet))/float64(max(len(ids), 1)), "share-cross-outlet")
}
