package story

import (
	"fmt"
	"testing"

	"github.com/kroniek/kroniek/internal/shared"
)

// repeatDocs returns the dpgmedia corpus n times with new ids; each copy is
// shifted by shiftDays days so that copies form new stories (a longer
// stream), or lands on the same days when shiftDays is 0.
func repeatDocs(b *testing.B, n, shiftDays int) []ClusterDoc {
	articles := loadDPG(b)
	var docs []ClusterDoc
	for k := 0; k < n; k++ {
		for _, a := range articles {
			lo, hi := DateSpan(a.Published)
			docs = append(docs, ClusterDoc{ID: fmt.Sprintf("%s-%d", a.ID, k), Date: lo + k*shiftDays,
				DateEnd: hi + k*shiftDays, Lang: a.Lang, Title: a.Title, Text: a.Text})
		}
	}
	return docs
}

func BenchmarkCluster(b *testing.B) {
	for _, shift := range []int{60, 0} {
		for _, n := range []int{1, 2, 4, 8} {
			docs := repeatDocs(b, n, shift)
			b.Run(fmt.Sprintf("x%d/shift%d", n, shift), func(b *testing.B) {
				shared.Loop(b, func() { Cluster(docs, Options{}) })
				b.ReportMetric(float64(len(docs)), "articles")
			})
		}
	}
}

func BenchmarkDedup(b *testing.B) {
	for _, n := range []int{1, 8} {
		cd := repeatDocs(b, n, 0)
		docs := make([]DupDoc, len(cd))
		for i, d := range cd {
			docs[i] = DupDoc{ID: d.ID, Date: d.Date, Text: d.Text}
		}
		b.Run(fmt.Sprintf("x%d", n), func(b *testing.B) {
			shared.Loop(b, func() { Dedup(docs, Options{}) })
		})
	}
}

// BenchmarkBuild is the whole story stage on the 1,438 articles: duplicates,
// clustering and every story's view (without analyses).
func BenchmarkBuild(b *testing.B) {
	articles := loadDPG(b)
	shared.Loop(b, func() {
		forgetLink() // each run links afresh
		Build(articles, nil, nil, Options{})
	})
}

// BenchmarkBuildAgain is Build on the same input once more, as the
// pipeline's build after completing year-less dates: the linking is
// reused, the views are built again.
func BenchmarkBuildAgain(b *testing.B) {
	articles := loadDPG(b)
	Build(articles, nil, nil, Options{})
	shared.Loop(b, func() { Build(articles, nil, nil, Options{}) })
}

// forgetLink empties the memo of linkMemo.
func forgetLink() {
	lastLink.Lock()
	lastLink.l = linked{}
	lastLink.Unlock()
}

// BenchmarkLink is duplicates plus clustering on the 1,438 articles.
func BenchmarkLink(b *testing.B) {
	articles := loadDPG(b)
	shared.Loop(b, func() { link(articles, nil, Options{}) })
}
