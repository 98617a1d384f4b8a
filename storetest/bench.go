package storetest

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// BenchSearch runs one sub-benchmark of s.Search per query, reporting the
// hits: the search benchmark of both stores.
func BenchSearch(b *testing.B, s kroniek.Store, queries ...string) {
	for _, q := range queries {
		b.Run("Search/"+strings.ReplaceAll(q, " ", "_"), func(b *testing.B) {
			var total int
			for b.Loop() {
				r, err := s.Search(b.Context(), kroniek.SearchQuery{Text: q})
				if err != nil {
					b.Fatal(err)
				}
				total = r.Total
			}
			b.ReportMetric(float64(total), "hits")
		})
	}
}
