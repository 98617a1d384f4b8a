package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/pipeline"
	"github.com/kroniek/kroniek/source"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// batchSize is how many articles are analysed and stored per transaction
// by default (--batch). An input of at most one batch is stored with its
// corpus in one go; a larger one batch by batch, then the corpus is
// rebuilt once. It is small so that a run killed midway (SIGKILL, a power
// cut) keeps all but the last batch's work, about a few seconds of it,
// and a rerun analyses only the rest; on the whole dpgmedia corpus (1,438
// articles, three batches) it costs about as much CPU as one transaction,
// and gives the same export (docs/bench/cli.md).
const batchSize = 500

// analyzeCommand ingests articles, analyses them into a store and prints
// the chronicle of the stories they tell.
var analyzeCommand = &command{
	summary:  "ingest articles, analyse them and print the chronicle",
	synopsis: "Usage: kroniek analyze [flags] PATH...\n\nPATH is a file, a directory, - for stdin, or a URL. Files are read by their extension:\n.txt (one article), .jsonl (one JSON object a line), .json (an array of them), .html, .xml/.rss/.atom\n(feeds), .warc; any of them gzipped (.gz). A file of none of these, named as PATH, is sniffed; in a\ndirectory it is skipped. CSV is read as --meta only.",
	store:    ownStore, nargs: anyArgs, flags: analyzeFlags,
}

// analyzeFlags declares the flags of `kroniek analyze` and returns its body.
func analyzeFlags(x *call) func(context.Context) error {
	c := &analysis{Main: x.Main}
	x.fs.BoolVar(&c.asJSON, "json", false, "print the export document (JSON) instead of the report")
	x.fs.BoolVar(&c.quiet, "q", false, "no progress bar")
	x.fs.Int64Var(&c.maxSize, "max-size", source.DefaultMaxSize, "largest input file in bytes")
	x.fs.IntVar(&c.batch, "batch", batchSize, "articles analysed and stored per transaction; a larger input is stored batch by batch, so that a killed run keeps the batches done, and its stories built once at the end")
	c.meta = addMetaFlags(x.fs, "JSONL or CSV file of metadata joined to articles by id (repeatable)")
	x.fs.BoolVar(&c.fetch, "fetch", false, "fetch the pages that feed items only link to (URLs given as PATH are always fetched)")
	x.fs.BoolVar(&c.serve, "serve", false, "then serve the chronicle over HTTP (see kroniek serve)")
	x.fs.StringVar(&c.addr, "addr", "127.0.0.1:8080", "address for --serve")
	return func(ctx context.Context) error { return c.run(ctx, x) }
}

// analysis is one run of `kroniek analyze`: its flags and the problems
// it met.
type analysis struct {
	Main *Main

	db       string
	asJSON   bool
	quiet    bool
	maxSize  int64
	batch    int
	meta     *metaFlags
	serve    bool
	addr     string
	fetch    bool
	problems []kroniek.Problem
}

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(s string) error { *l = append(*l, s); return nil }

// batchGC is the garbage collector's GOGC for analyze when the
// environment sets none: a batch run allocates much short-lived data over
// a live heap of up to about 200 MB on dpgmedia, and collecting at three
// times the live heap instead of twice marks about half as much (on
// dpgmedia 25 → 18 collections, 2.3 → 1.3 GB of live heap marked, peak
// RSS 470 → 730 MB; docs/benchmarks.md).
const batchGC = 200

// run runs `kroniek analyze`.
func (c *analysis) run(ctx context.Context, x *call) error {
	c.db = *x.db
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(batchGC))
	}
	if c.batch < 1 {
		return usageError{"--batch must be at least 1"}
	}
	if x.fs.NArg() == 0 {
		return usageError{"no input: give one or more files, directories, URLs or -"}
	}
	meta, err := c.meta.parse()

	if err != nil {
		return usageError{err.Error()}
	}
	if err := anyInput(x.args()); err != nil {
		return err // before the store is opened: no empty store for a mistyped path
	}
	store, p, err := x.openWrite()
	if err != nil {
		return err
	}
	// One writer at a time: a second analyze of the same store waits here.
	unlock, err := lockStore(ctx, c.Main, store, c.db)
	if err != nil {
		return err
	}
	defer unlock() // on an error; a second call does nothing

	opts := source.Options{MaxSize: c.maxSize, Meta: meta, Stdin: c.Main.Stdin,
		Stored: func(id string) *kroniek.Article {
			a, err := store.Article(ctx, id)
			if err != nil {
				return nil
			}
			return a
		}}
	if c.fetch {
		// One fetcher for the run, so the per-host delay holds across inputs.
		opts.Fetcher = source.NewFetcher(source.FetchOptions{MaxSize: c.maxSize})
	}
	res, err := c.ingest(ctx, store, p, x.args(), opts)
	if err != nil && ctx.Err() != nil {
		// Ctrl-C: the articles analysed so far are stored; the rest, and the
		// stories, are done by the next run.
		return fmt.Errorf("interrupted: %d articles analysed before the interrupt are kept in %s; run the same command again to go on", res.Analysed, c.db)
	}
	if err != nil {
		return err
	}
	// The writing is done: let other writers in (--serve only reads).
	if err := unlock(); err != nil {
		return err
	}

	if c.asJSON {
		doc, err := scopedExport(ctx, store, res.Articles)
		if err != nil {
			return err
		}
		doc.Problems = c.problems
		if err := writeJSON(c.Main.Stdout, doc); err != nil {
			return fmt.Errorf("write json: %w", err)
		}
	} else {
		doc, err := reportDoc(ctx, store, res.Articles)
		if err != nil {
			return err
		}
		writeReport(c.Main.Stdout, doc, res)
	}
	if !c.quiet {
		fmt.Fprintf(c.Main.Stderr, "kroniek: %d read, %d new, %d updated, %d unchanged, %d analysed, %s\n",
			len(res.Articles), res.New, res.Updated, res.Unchanged, res.Analysed, plural(countErrors(c.problems), "problem", "problems"))
		if ids := res.UpdatedIDs; len(ids) > 0 {
			// Which articles changed since the last run, so that a user
			// can look at them (the first ten).
			more := ""
			if len(ids) > 10 {
				ids, more = ids[:10], fmt.Sprintf(" and %d more", len(ids)-10)
			}
			fmt.Fprintf(c.Main.Stderr, "kroniek: updated: %s%s\n", strings.Join(ids, ", "), more)
		}
	}
	if c.serve {
		if err := serveStore(ctx, c.Main, store, c.addr); err != nil {
			return err
		}
	}
	if countErrors(c.problems) > 0 {
		return errSomeInputFailed
	}
	return nil
}

// countErrors counts the problems that lost input (not warnings).
func countErrors(ps []kroniek.Problem) int {
	n := 0
	for _, p := range ps {
		if !p.Warning {
			n++
		}
	}
	return n
}

// problemText is a problem as one line. A file that cannot be opened says
// its path once: "x.txt: no such file or directory", not "x.txt: open:
// stat x.txt: no such file or directory".
func problemText(pr kroniek.Problem) string {
	var pe *fs.PathError
	if errors.As(pr.Err, &pe) && pr.Location != "" && filepath.Clean(pe.Path) == filepath.Clean(pr.Location) {
		return pr.Location + ": " + pe.Err.Error()
	}
	return pr.Error()
}

// printProblem writes a problem of an input in the one form analyze,
// watch and submit use: kroniek: error: LOCATION: MESSAGE (or warning).
func printProblem(w io.Writer, pr kroniek.Problem) {
	kind := "error"
	if pr.Warning {
		kind = "warning"
	}
	fmt.Fprintf(w, "kroniek: %s: %s\n", kind, problemText(pr))
}

// storeFiles tells whether a path is one of the files of the SQLite store
// db (the database, its journals and its lock), which a walk of the
// folder that holds it would otherwise report as unknown formats.
func storeFiles(db string) func(path string) bool {
	abs, err := filepath.Abs(db)
	if err != nil || strings.Contains(db, "://") {
		return func(string) bool { return false }
	}
	return func(path string) bool {
		p, err := filepath.Abs(path)
		if err != nil {
			return false
		}
		for _, suffix := range []string{"", "-wal", "-shm", "-journal", ".lock"} {
			if p == abs+suffix {
				return true
			}
		}
		return false
	}
}

// ingest reads the inputs and adds them in batches, then rebuilds stories.
func (c *analysis) ingest(ctx context.Context, store kroniek.Store, p *pipeline.Pipeline, paths []string, opts source.Options) (pipeline.Result, error) {
	ownFile := storeFiles(c.db)
	report := func(pr kroniek.Problem) {
		if pr.Warning && ownFile(pr.Location) {
			return // the store inside a folder it reads ("kroniek analyze .") is no input
		}
		c.problems = append(c.problems, pr)
		printProblem(c.Main.Stderr, pr)
	}
	var articles []*kroniek.Article
	reading := c.progress(-1, "reading")
	emit := func(a *kroniek.Article) error {
		articles = append(articles, a)
		if reading != nil {
			_ = reading.Add(1)
		}
		return nil
	}
	err := source.Read(ctx, paths, opts, emit, report)
	if reading != nil {
		_ = reading.Clear()
		_ = reading.Close()
	}
	if err != nil {
		return pipeline.Result{}, err
	}

	// One step per article, and a last one for rebuilding the stories.
	bar := c.progress(len(articles)+1, "analysing")
	if bar != nil {
		analysed := 0
		p.Progress = func(int, int) {
			_ = bar.Add(1)
			if analysed++; analysed == len(articles) {
				bar.Describe("building stories")
			}
		}
		defer bar.Close()
	}
	return p.Batches(ctx, store, articles, c.batch, func(res pipeline.Result) {
		for _, pr := range res.Problems {
			report(pr)
		}
	})
}

// anyInput fails, before any store is opened, when none of the paths
// given can be read: each names nothing, or something that is neither a
// file nor a folder (a FIFO, a device). Standard input and URLs count as
// inputs; a bad path among good ones is reported by the read.
func anyInput(paths []string) error {
	var bad []string
	for _, p := range paths {
		if p == "-" || strings.Contains(p, "://") {
			return nil
		}
		info, err := os.Stat(p)
		switch {
		case err == nil && (info.IsDir() || info.Mode().IsRegular()):
			return nil
		case err == nil:
			bad = append(bad, p+" (not a regular file)")
		case errors.Is(err, fs.ErrNotExist):
			bad = append(bad, p+" (no such file or directory)")
		default:
			return nil // the read reports it with its cause
		}
	}
	return kroniek.Errorf(kroniek.ENOTFOUND, "nothing to read: %s; no store was opened", strings.Join(bad, ", "))
}

// progress returns a progress bar on stderr when it is a terminal and the
// work is large enough to take over a second (n -1: a spinner of unknown
// length); nil otherwise.
func (c *analysis) progress(n int, what string) *progressbar.ProgressBar {
	if c.quiet || n >= 0 && n < 200 {
		return nil
	}
	f, ok := c.Main.Stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return progressbar.NewOptions(n,
		progressbar.OptionSetWriter(f),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		progressbar.OptionThrottle(100_000_000),
		progressbar.OptionClearOnFinish(),
	)
}
