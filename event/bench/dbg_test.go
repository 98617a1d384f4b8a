package bench

import (
	"fmt"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/event"
	"github.com/kroniek/kroniek/resolve"
)

func BenchmarkDbgMerged(b *testing.B) {
	arts := prepare(b)
	analyses := make([]*kroniek.Analysis, len(arts))
	articles := make([]*kroniek.Article, len(arts))
	for i, a := range arts {
		evs := event.Extract(a.doc, a.mentions, a.locals, a.times, a.article.Published)
		for j := range evs {
			evs[j].Article = a.article.ID
		}
		analyses[i] = &kroniek.Analysis{Article: a.article.ID, Locals: a.locals, Mentions: a.mentions, Times: a.times, Events: evs}
		articles[i] = a.article
	}
	ents := resolve.Corpus(articles, analyses)
	name := map[string]string{}
	for _, e := range ents {
		name[e.ID] = e.Name
	}
	event.Merge(analyses)
	shown := map[string]int{}
	for _, an := range analyses {
		for _, e := range an.Events {
			if len(e.Sources) > 1 && shown[e.ID] < 2 {
				shown[e.ID]++
				var a, r []string
				for _, x := range e.Actor {
					a = append(a, name[x]+"|"+x)
				}
				for _, x := range e.Recipient {
					r = append(r, name[x]+"|"+x)
				}
				fmt.Printf("%s %s %v -> %v [%s|%s] %s %v | %.90s\n", e.ID[:8], e.Type, a, r, e.ActorText, e.RecipientText, e.Date, e.Sources, e.Text)
			}
		}
	}
}
