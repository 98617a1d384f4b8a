package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/pipeline"
)

// bigText returns about size bytes of real Dutch news text: dpgmedia
// articles joined with blank lines, as one oversized article would be.
func bigText(t testing.TB, size int) string {
	t.Helper()
	f, err := os.Open(shared.Path(t, "corpus", "dpgmedia2019", "dpgMedia2019-articles-byarticle-all.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var a struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &a) == nil && a.Text != "" {
			texts = append(texts, a.Text)
		}
	}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(texts[i%len(texts)])
		b.WriteString("\n\n")
	}
	return b.String()[:size]
}

// stageTimes runs every stage of the pipeline on one article of text and
// returns the CPU time of each, in pipeline order.
func stageTimes(t testing.TB, s pipeline.Stages, text string) ([]string, []time.Duration) {
	t.Helper()
	var names []string
	var times []time.Duration
	// Collect garbage between stages, not during them, so that each stage
	// pays for its own work only, not for a collection its predecessors'
	// garbage triggered.
	// The time is the process's CPU time, which other processes on a busy
	// machine do not inflate as they do wall time.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	runtime.GC()
	at := cpuTime()
	lap := func(name string) {
		names, times = append(names, name), append(times, cpuTime()-at)
		runtime.GC()
		at = cpuTime()
	}
	a := &kroniek.Article{ID: "big", Body: text, Lang: "nl", Published: "2019-03-01"}
	cleaned, removed, hs := s.Clean(a.Body)
	a.Text, a.Removed = cleaned, removed
	for _, h := range hs {
		a.Headings = append(a.Headings, kroniek.Span{Start: h[0], End: h[1]})
	}
	lap("clean")
	s.Detect(a.Text)
	lap("lang")
	doc := pipeline.Parse(a)
	lap("parse")
	tagged := s.Tag(doc)
	lap("ner")
	an := &kroniek.Analysis{Article: a.ID}
	an.Locals, an.Mentions = s.Local(doc, tagged)
	lap("resolve.Local")
	an.Times = s.Times(doc, a.Published)
	lap("timex")
	an.Amounts = s.Amounts(doc)
	lap("amount")
	an.Quotes = s.Quotes(doc, an.Mentions, an.Locals)
	lap("quote")
	an.Events = s.Events(doc, an.Mentions, an.Locals, an.Times, an.Quotes, a.Published)
	lap("event")
	for i := range an.Mentions {
		an.Mentions[i].Article = a.ID
	}
	articles, analyses := []*kroniek.Article{a}, []*kroniek.Analysis{an}
	ents := s.Resolve(articles, analyses)
	lap("resolve.Corpus")
	s.MergeEvents(analyses)
	lap("event.Merge")
	s.Stories(articles, analyses, ents)
	lap("story")
	return names, times
}

// TestOneBigTextLinear runs every stage on one text of 128 KB and of
// 512 KB and fails when a stage takes more than 8 times longer on the text
// four times as long (linear is 4; quadratic 16), unless it is a known
// one (knownSuperlinear), which is logged. It measures the process's CPU
// time, so it never runs in parallel with other tests, and is skipped in
// -short mode. KRONIEK_BIGTEXT_MB
// (e.g. "1,2,4,8,16") prints a table for larger texts instead; that is
// the benchmark in docs/reliability.md.
func TestOneBigTextLinear(t *testing.T) {
	shared.Long(t, "analyses big texts (seconds of CPU)")
	stages, err := newStages()
	if err != nil {
		t.Fatal(err)
	}
	if v := os.Getenv("KRONIEK_BIGTEXT_MB"); v != "" {
		for _, f := range strings.Split(v, ",") {
			mb, err := strconv.ParseFloat(f, 64)
			if err != nil {
				t.Fatalf("KRONIEK_BIGTEXT_MB: %v", err)
			}
			text := bigText(t, int(mb*(1<<20)))
			runtime.GC()
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			names, times := stageTimes(t, stages, text)
			var after runtime.MemStats
			runtime.ReadMemStats(&after)
			var row strings.Builder
			var total time.Duration
			for i, n := range names {
				fmt.Fprintf(&row, " %s %.2fs", n, times[i].Seconds())
				total += times[i]
			}
			t.Logf("%g MB: total %.1fs CPU, allocated %d MB;%s", mb, total.Seconds(), (after.TotalAlloc-before.TotalAlloc)>>20, row.String())
		}
		return
	}
	small, big := 128<<10, 512<<10
	smallText, bigText := bigText(t, small), bigText(t, big)
	// Warm up caches and lazily built tables on a small text first; take
	// the fastest of two runs, so that a busy machine does not fail it.
	stageTimes(t, stages, smallText[:8<<10])
	names, ts := fastest(t, stages, smallText)
	_, tb := fastest(t, stages, bigText)
	// A stage is superlinear when four times the text costs more than eight
	// times the CPU. A loaded machine (caches shared with other processes)
	// can inflate one measurement, so a stage that looks superlinear is
	// measured again, up to three more rounds, keeping each size's fastest
	// time: only a stage that stays superlinear in every round fails. A
	// quadratic stage costs sixteen times as much and fails every round.
	suspect := func(i int) bool { return tb[i] >= 50*time.Millisecond && tb[i] > 8*ts[i] }
	for round := 0; round < 3; round++ {
		again := false
		for i := range names {
			if _, known := knownSuperlinear[names[i]]; suspect(i) && !known {
				again = true
			}
		}
		if !again {
			break
		}
		_, ts2 := fastest(t, stages, smallText)
		_, tb2 := fastest(t, stages, bigText)
		for i := range names {
			ts[i], tb[i] = min(ts[i], ts2[i]), min(tb[i], tb2[i])
		}
	}
	for i, n := range names {
		t.Logf("%-15s 128 KB %8v   512 KB %8v", n, ts[i].Round(time.Millisecond), tb[i].Round(time.Millisecond))
		// Below 50 ms a stage's time is noise on a shared machine.
		if !suspect(i) {
			continue
		}
		if owner, ok := knownSuperlinear[n]; ok {
			t.Logf("%s: superlinear (%v on 128 KB, %v on 512 KB), known and reported to %s", n, ts[i], tb[i], owner)
			continue
		}
		t.Errorf("%s: %v on 128 KB, %v on 512 KB: superlinear", n, ts[i], tb[i])
	}
}

// knownSuperlinear are the stages still superlinear in one text, with
// whom they were reported to (docs/bench/dataloss.md has the profile);
// remove a stage once it is fixed, so that the test guards it.
var knownSuperlinear = map[string]string{
	// 128 → 512 KB costs ner 7–12× (session 18: 73 → 552 ms at the
	// session's start as at its end; two of the session's four CI runs failed on it),
	// while 1 → 8 MB costs it 9×: the small text is anomalously cheap, not
	// the big one dear. Reported to the NER owner (issue 16).
	"ner": "issue 16 (docs/bench/dataloss.md, session 18)",
}

// fastest runs stageTimes twice and keeps each stage's fastest time.
func fastest(t testing.TB, s pipeline.Stages, text string) ([]string, []time.Duration) {
	names, best := stageTimes(t, s, text)
	for i := 0; i < 1; i++ {
		_, ts := stageTimes(t, s, text)
		for j := range best {
			best[j] = min(best[j], ts[j])
		}
	}
	return names, best
}
