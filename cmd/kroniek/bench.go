package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
	"github.com/kroniek/kroniek/pipeline"
	"github.com/kroniek/kroniek/source"
)

// benchCommand measures each stage's throughput and allocations on a
// corpus, then the whole pipeline's wall time and peak memory.
var benchCommand = &command{
	summary:  "measure each stage and the whole pipeline on a corpus",
	synopsis: "Usage: kroniek bench [flags] CORPUS...\n\nMeasure each stage and the whole pipeline on a corpus. CORPUS is a file or\ndirectory of articles, read as kroniek analyze reads its PATHs.",
	nargs:    [2]int{1, -1}, argsErr: "no corpus: give files or directories", flags: benchFlags,
}

// benchFlags declares the flags of `kroniek bench` and returns its body.
func benchFlags(x *call) func(context.Context) error {
	var o benchOptions
	x.fs.StringVar(&o.cpuprofile, "cpuprofile", "", "write a CPU profile of the whole-pipeline run (with --stages-only: of the stage runs) to this file")
	x.fs.StringVar(&o.memprofile, "memprofile", "", "write a heap profile after the whole-pipeline run")
	x.fs.Var(&o.meta, "meta", "metadata file joined by id (repeatable)")
	x.fs.Var(&o.metaMap, "meta-map", "rename a metadata field (repeatable)")
	x.fs.BoolVar(&o.stagesOnly, "stages-only", false, "skip the whole-pipeline run")
	x.fs.BoolVar(&o.separate, "separate", false, "store analyses, then rebuild (as workers do) instead of storing them with the corpus")
	x.fs.IntVar(&o.batch, "batch", batchSize, "articles per batch of the whole-pipeline run, as analyze --batch (0: one batch)")
	return func(ctx context.Context) error { return bench(ctx, x, &o) }
}

// benchOptions are the flags of `kroniek bench`.
type benchOptions struct {
	cpuprofile, memprofile string
	meta, metaMap          stringList
	stagesOnly, separate   bool
	batch                  int
}

// stageResult is one stage's measurement.
type stageResult struct {
	name    string
	elapsed time.Duration
	allocs  uint64
	bytes   uint64
}

// bench runs `kroniek bench`.
func bench(ctx context.Context, x *call, o *benchOptions) error {
	m, err := source.ParseMetaFlags(o.meta, "id", o.metaMap)
	if err != nil {
		return usageError{err.Error()}
	}
	var articles []*kroniek.Article
	t0 := time.Now()
	if err := source.Read(ctx, x.args(), source.Options{Meta: m, Stdin: x.Stdin},
		func(a *kroniek.Article) error { articles = append(articles, a); return nil },
		func(kroniek.Problem) {}); err != nil {
		return err
	}
	read := time.Since(t0)
	size := 0
	for _, a := range articles {
		size += len(a.Body) + len(a.Title)
	}
	s, err := newStages()
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(x.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(x.Stdout, "corpus: %d articles, %.1f MB; %d cores (GOMAXPROCS %d); %s/%s\n\n",
		len(articles), float64(size)/1e6, runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.GOOS, runtime.GOARCH)
	fmt.Fprintln(w, "stage\tarticles/s\tMB/s\tms\tallocs/article\tKB/article\t")
	line := func(r stageResult) {
		sec := r.elapsed.Seconds()
		fmt.Fprintf(w, "%s\t%.0f\t%.1f\t%.0f\t%.0f\t%.1f\t\n", r.name, float64(len(articles))/sec, float64(size)/1e6/sec,
			sec*1000, float64(r.allocs)/float64(len(articles)), float64(r.bytes)/1024/float64(len(articles)))
	}
	line(stageResult{name: "read", elapsed: read})
	if o.stagesOnly {
		stop, err := startCPUProfile(o.cpuprofile)
		if err != nil {
			return err
		}
		defer stop()
	}
	for _, r := range benchStages(s, articles) {
		line(r)
	}
	w.Flush()
	if o.stagesOnly {
		return nil
	}

	// The whole pipeline, all cores, into a fresh SQLite store.
	dir, err := os.MkdirTemp("", "kroniek-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	store, err := openStore(filepath.Join(dir, "bench.db"))
	if err != nil {
		return err
	}
	defer store.Close()
	fresh := make([]*kroniek.Article, len(articles))
	for i, a := range articles {
		b := *a
		b.Text, b.Removed, b.Headings, b.Lang = "", nil, nil, ""
		fresh[i] = &b
	}
	stop, err := startCPUProfile(o.cpuprofile)
	if err != nil {
		return err
	}
	defer stop()
	if os.Getenv("GOGC") == "" {
		// As analyze collects garbage.
		defer debug.SetGCPercent(debug.SetGCPercent(batchGC))
	}
	p := pipeline.New(s, analyzerVersion)
	var phases []phaseResult
	lastCPU := cpuTime()
	p.Phase = func(ph pipeline.PhaseTime) {
		if ph.Beside {
			// Its CPU time is counted in the phases it ran beside.
			phases = append(phases, phaseResult{ph.Name + " (beside the next)", ph.Elapsed, -1})
			return
		}
		c := cpuTime()
		phases = append(phases, phaseResult{ph.Name, ph.Elapsed, c - lastCPU})
		lastCPU = c
	}
	start := time.Now()
	startCPU := cpuTime()
	var res pipeline.Result
	if o.separate {
		if res, err = p.Add(ctx, store, fresh); err == nil {
			err = p.Rebuild(ctx, store)
		}
	} else {
		res, err = p.Batches(ctx, store, fresh, o.batch, nil)
	}
	if err != nil {
		return err
	}
	total := time.Since(start) + read
	totalCPU := cpuTime() - startCPU
	stop()
	if o.memprofile != "" {
		f, err := os.Create(o.memprofile)
		if err != nil {
			return err
		}
		runtime.GC()
		if err := pprof.WriteHeapProfile(f); err != nil {
			return err
		}
		f.Close()
	}
	fmt.Fprintf(x.Stdout, "\nwhole pipeline (read + analyse + store + rebuild, %d workers): %.2f s (%.0f articles/s); %d stored\n",
		runtime.GOMAXPROCS(0), total.Seconds(), float64(len(articles))/total.Seconds(), res.New)
	fmt.Fprintf(x.Stdout, "CPU (user+system, read excluded): %.2f s, %.2f cores busy on average\n\n",
		totalCPU.Seconds(), totalCPU.Seconds()/(total-read).Seconds())
	w = tabwriter.NewWriter(x.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "phase\twall ms\tCPU ms\tcores\t")
	for _, ph := range phases {
		if ph.cpu < 0 || ph.wall < 10*time.Millisecond {
			// Overlapped (CPU counted elsewhere), or too short to divide.
			cpu := "–"
			if ph.cpu >= 0 {
				cpu = fmt.Sprintf("%.0f", ph.cpu.Seconds()*1000)
			}
			fmt.Fprintf(w, "%s\t%.0f\t%s\t–\t\n", ph.name, ph.wall.Seconds()*1000, cpu)
			continue
		}
		fmt.Fprintf(w, "%s\t%.0f\t%.0f\t%.2f\t\n", ph.name, ph.wall.Seconds()*1000, ph.cpu.Seconds()*1000, ph.cpu.Seconds()/ph.wall.Seconds())
	}
	w.Flush()
	fmt.Fprintf(x.Stdout, "peak RSS: %.0f MB\n", peakRSS())
	return nil
}

// benchStages runs each stage over all articles on one goroutine.
func benchStages(s pipeline.Stages, articles []*kroniek.Article) []stageResult {
	n := len(articles)
	texts := make([]string, n)
	removed := make([][]kroniek.Removed, n)
	heads := make([][][2]int, n)
	langs := make([]string, n)
	docs := make([]*nl.Doc, n)
	tagged := make([][]kroniek.Mention, n)
	locals := make([][]kroniek.LocalEntity, n)
	mentions := make([][]kroniek.Mention, n)
	times := make([][]kroniek.TimeRef, n)
	ans := make([]*kroniek.Analysis, n)
	var out []stageResult
	measure := func(name string, f func(i int)) {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		start := time.Now()
		for i := 0; i < n; i++ {
			f(i)
		}
		el := time.Since(start)
		runtime.ReadMemStats(&after)
		out = append(out, stageResult{name, el, after.Mallocs - before.Mallocs, after.TotalAlloc - before.TotalAlloc})
	}
	measure("clean", func(i int) { texts[i], removed[i], heads[i] = s.Clean(articles[i].Body) })
	measure("language", func(i int) { langs[i], _ = s.Detect(articles[i].Title + "\n" + texts[i]) })
	measure("tokens+sentences", func(i int) { docs[i] = nl.Parse(texts[i], nl.Options{Lang: langs[i], Headings: heads[i]}) })
	// as the pipeline annotates: every token tagged, a sentence parsed
	// when an extractor first asks (that time counts in the extractor's stage)
	measure("syntax", func(i int) {
		if s.Annotate != nil {
			s.Annotate(docs[i])
		}
	})
	measure("ner", func(i int) { tagged[i] = s.Tag(docs[i]) })
	measure("entities (local)", func(i int) { locals[i], mentions[i] = s.Local(docs[i], tagged[i]) })
	measure("times", func(i int) { times[i] = s.Times(docs[i], articles[i].Published) })
	measure("amounts", func(i int) { _ = s.Amounts(docs[i]) })
	quotes := make([][]kroniek.Quote, n)
	measure("quotes", func(i int) { quotes[i] = s.Quotes(docs[i], mentions[i], locals[i]) })
	measure("events", func(i int) { _ = s.Events(docs[i], mentions[i], locals[i], times[i], quotes[i], articles[i].Published) })
	// Cross-document stages on full analyses.
	arts := make([]*kroniek.Article, n)
	p := pipeline.New(s, analyzerVersion)
	for i, a := range articles {
		b := *a
		b.Text, b.Removed, b.Headings, b.Lang = "", nil, nil, ""
		p.Prepare(&b)
		arts[i] = &b
		ans[i] = p.Analyze(&b)
	}
	var ents []*kroniek.Entity
	measureOnce := func(name string, f func()) {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		start := time.Now()
		f()
		el := time.Since(start)
		runtime.ReadMemStats(&after)
		out = append(out, stageResult{name, el, after.Mallocs - before.Mallocs, after.TotalAlloc - before.TotalAlloc})
	}
	measureOnce("resolve (corpus)", func() { ents = s.Resolve(arts, ans) })
	measureOnce("merge events", func() { s.MergeEvents(ans) })
	measureOnce("stories", func() { _, _ = s.Stories(arts, ans, ents) })
	return out
}

// startCPUProfile starts a CPU profile written to path, or does nothing
// when path is empty; stop ends it and may be called more than once.
func startCPUProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	stopped := false
	return func() {
		if !stopped {
			stopped = true
			pprof.StopCPUProfile()
			f.Close()
		}
	}, nil
}

// phaseResult is the wall and CPU time of one phase of the whole-pipeline
// run.
type phaseResult struct {
	name      string
	wall, cpu time.Duration
}

// cpuTime returns the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// peakRSS returns the process's peak resident set size in MB.
func peakRSS() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024 // Linux reports KB
}
