package bench

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/kroniek/kroniek/event"
)

func BenchmarkDbgSample(b *testing.B) {
	arts := prepare(b)
	r := rand.New(rand.NewSource(7))
	type item struct{ line string }
	var all []string
	for _, a := range arts {
		for _, e := range event.Extract(a.doc, a.mentions, a.locals, a.times, a.article.Published) {
			all = append(all, fmt.Sprintf("%s/%s [%s] -> [%s] trig=%q neg=%v hyp=%v\n   %.220s", e.Type, e.Mode, e.ActorText, e.RecipientText, e.Trigger, e.Negated, e.Hypothetical, e.Text))
		}
	}
	r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	for i, l := range all[:50] {
		fmt.Println(i+1, l)
	}
}
