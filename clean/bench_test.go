package clean

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// dpgTexts loads the article texts of the dpgmedia2019 corpus.
func dpgTexts(b *testing.B) ([]string, int64) {
	path := filepath.Join(sharedDir(b), "corpus", "dpgmedia2019", "dpgMedia2019-articles-byarticle-all.jsonl")
	f, err := os.Open(path)
	if err != nil {
		b.Skip("dpgmedia corpus not found: " + err.Error())
	}
	defer f.Close()
	var texts []string
	var n int64
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var a struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &a) == nil {
			texts = append(texts, a.Text)
			n += int64(len(a.Text))
		}
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
	files, _ := filepath.Glob(filepath.Join(sharedDir(b), "corpus", "seeds", "*.txt"))
	var texts []string
	var n int64
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		n += int64(len(data))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Clean(t)
		}
	}
}
