package resolve

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/ner"
	"github.com/kroniek/kroniek/nl"
)

// readDPG reads the dpgmedia2019 corpus (1,438 Dutch articles).
func readDPG(b *testing.B) []*kroniek.Article {
	var out []*kroniek.Article
	for _, a := range shared.Corpus(b) {
		out = append(out, &kroniek.Article{ID: a.ID, Lang: "nl", Title: a.Title, Text: a.Text})
	}
	return out
}

// BenchmarkLocal measures resolve.Local over the dpgmedia corpus, on the
// ner tagger's mentions when its model loads (parsing and tagging done
// beforehand, outside the timer).
func BenchmarkLocal(b *testing.B) {
	k := loadKB(b)
	arts := readDPG(b)
	tag := benchTag(b)
	docs := make([]*nl.Doc, len(arts))
	tags := make([][]kroniek.Mention, len(arts))
	for i, a := range arts {
		docs[i] = nl.Parse(a.Text, nl.Options{Lang: "nl"})
		tags[i] = tag(docs[i])
	}
	b.ResetTimer()
	mentions := 0
	for n := 0; n < b.N; n++ {
		for i := range docs {
			_, ms := Local(docs[i], tags[i], k)
			mentions += len(ms)
		}
	}
	s := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N*len(docs))/s, "articles/s")
	b.ReportMetric(float64(mentions)/s, "mentions/s")
}

// BenchmarkCorpus measures resolve.Corpus over the analyses of the whole
// dpgmedia corpus.
func BenchmarkCorpus(b *testing.B) {
	k := loadKB(b)
	arts := readDPG(b)
	ans := analyseWith(b, k, arts, benchTag(b))
	mentions := 0
	for _, a := range ans {
		mentions += len(a.Mentions)
	}
	b.ResetTimer()
	var es []*kroniek.Entity
	for n := 0; n < b.N; n++ {
		es = Corpus(arts, ans)
	}
	s := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N*len(arts))/s, "articles/s")
	b.ReportMetric(float64(b.N*mentions)/s, "mentions/s")
	b.ReportMetric(float64(len(es)), "entities")
	if testing.Verbose() {
		fmt.Fprintf(os.Stderr, "%d articles, %d mentions, %d entities\n", len(arts), mentions, len(es))
	}
}

// benchTag returns the ner tagger, or the capitals stand-in when its model
// cannot be loaded (said in the log, since the mention counts differ).
func benchTag(b *testing.B) tagFunc {
	tg, err := ner.Load()
	if err != nil {
		b.Logf("ner tagger not available (%v): tagging with capTag", err)
		return capTag
	}
	return tg.Tag
}

// cpuTime returns the CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkLocalBigText measures resolve.Local on one text of 1, 2, 4 and
// 8 MB (the dpgmedia articles run together, parsed and tagged outside the
// timer): time and allocations per MB stay flat when Local is linear.
//
//	go test ./resolve -run XXX -bench LocalBigText -benchtime 1x -benchmem
func BenchmarkLocalBigText(b *testing.B) {
	k := loadKB(b)
	arts := readDPG(b)
	tag := benchTag(b)
	var all strings.Builder
	for all.Len() < 8<<20 {
		for _, a := range arts {
			all.WriteString(a.Text)
			all.WriteString("\n\n")
		}
	}
	for _, mb := range []int{1, 2, 4, 8} {
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			text := all.String()[:mb<<20]
			for !utf8.RuneStart(text[len(text)-1]) {
				text = text[:len(text)-1]
			}
			doc := nl.Parse(text, nl.Options{Lang: "nl"})
			tagged := tag(doc)
			runtime.GC()
			b.ResetTimer()
			cpu := cpuTime()
			var ms []kroniek.Mention
			for n := 0; n < b.N; n++ {
				_, ms = Local(doc, tagged, k)
			}
			s := b.Elapsed().Seconds()
			b.ReportMetric(float64(b.N*mb)/s, "MB/s")
			// the process's CPU time is what a busy machine does not inflate
			b.ReportMetric((cpuTime()-cpu).Seconds()/float64(b.N*mb), "cpu-s/MB")
			b.ReportMetric(float64(len(ms)), "mentions")
		})
	}
}
