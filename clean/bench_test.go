package clean

import (
	"testing"

	"github.com/kroniek/kroniek/internal/shared"
)

// dpgTexts loads the article texts of the dpgmedia2019 corpus.
func dpgTexts(b *testing.B) ([]string, int64) {
	var texts []string
	var n int64
	for _, a := range shared.Corpus(b) {
		texts = append(texts, a.Text)
		n += int64(len(a.Text))
	}
	return texts, n
}

// BenchmarkClean cleans every article of the dpgmedia2019 corpus per
// iteration; MB/s is of article text.
func BenchmarkClean(b *testing.B) {
	texts, n := dpgTexts(b)
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			Clean(t)
		}
	}
}

// BenchmarkCleanSeeds cleans the five seeds, which have paragraphs,
// captions, related blocks and an embed.
func BenchmarkCleanSeeds(b *testing.B) {
	var texts []string
	var n int64
	for _, s := range shared.Seeds(b) {
		texts = append(texts, s.Raw)
		n += int64(len(s.Raw))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Clean(t)
		}
	}
}
