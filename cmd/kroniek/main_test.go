package main

import (
	"context"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/kroniek/kroniek/internal/shared"
)

// asCLI is set in the environment of the processes the tests start: a
// test binary that finds it, and no -test.* flag (the fuzzing engine
// starts its workers with those), runs as the kroniek command itself. The
// tests that kill, interrupt or race real processes so need no `go build`:
// the test binary holds the same package main.
const asCLI = "KRONIEK_TEST_AS_CLI"

// runAsCLI reports whether this test binary was started as kroniek.
func runAsCLI() bool {
	if os.Getenv(asCLI) != "1" {
		return false
	}
	for _, a := range os.Args[1:] {
		if strings.HasPrefix(a, "-test.") {
			return false
		}
	}
	return true
}

// TestMain runs the test binary as kroniek when asked to (see asCLI), and
// otherwise runs the tests and removes the shared reference stores.
func TestMain(m *testing.M) {
	if runAsCLI() {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		code := NewMain().Run(ctx, os.Args[1:])
		stop()
		os.Exit(code)
	}
	// Every process the tests start inherits it; only this binary reads it.
	os.Setenv(asCLI, "1")
	code := m.Run()
	refs.mu.Lock()
	if refs.dir != "" {
		os.RemoveAll(refs.dir)
	}
	refs.mu.Unlock()
	if seedsRun.dir != "" {
		os.RemoveAll(seedsRun.dir)
	}
	os.Exit(code)
}

// buildBinary returns the path of a program that runs as kroniek: this
// test binary (see asCLI).
func buildBinary(t *testing.T) string {
	t.Helper()
	bin, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

// refs holds the reference runs the fault tests compare against, made
// once per test run: a folder of the seeds and the first n dpgmedia
// articles, and the store a single-process `analyze` made of it.
var refs struct {
	mu  sync.Mutex
	dir string
	byN map[int]*reference
}

type reference struct {
	once      sync.Once
	input, db string
	took      time.Duration // the single-process analysis
	err       string
}

// refArticles is how many dpgmedia articles the fault tests run on, and
// refTotal the articles stored then (with the five seeds): enough for
// several batches of a few articles and a story or two.
const (
	refArticles = 60
	refTotal    = refArticles + 5
)

// referenceTook is how long the reference run of n articles took (0
// before it ran).
func referenceTook(n int) time.Duration {
	refs.mu.Lock()
	defer refs.mu.Unlock()
	if r := refs.byN[n]; r != nil {
		return r.took
	}
	return 0
}

// faultRun starts a fault test: it skips under -short (saying what the
// test does) and runs in parallel, and it returns the input and the store
// of the reference run of refArticles articles, and the program to start
// as kroniek.
func faultRun(t *testing.T, what string) (input, ref, bin string) {
	t.Helper()
	shared.Long(t, what)
	t.Parallel()
	input, ref = referenceRun(t, refArticles)
	return input, ref, buildBinary(t)
}

// referenceRun returns the input folder of corpusSample(n) and the SQLite
// store a clean single-process `analyze -q` made of it, shared by every
// test that asks for the same n. The caller must not write to either.
func referenceRun(t *testing.T, n int) (input, db string) {
	t.Helper()
	refs.mu.Lock()
	if refs.byN == nil {
		refs.byN = map[int]*reference{}
	}
	if refs.dir == "" {
		d, err := os.MkdirTemp("", "kroniek-ref-")
		if err != nil {
			refs.mu.Unlock()
			t.Fatal(err)
		}
		refs.dir = d
	}
	r := refs.byN[n]
	if r == nil {
		r = &reference{}
		refs.byN[n] = r
	}
	dir := refs.dir
	refs.mu.Unlock()
	shared.Dir(t) // skips here, not inside the Once, without ../shared
	r.once.Do(func() {
		r.input = corpusSampleIn(t, filepath.Join(dir, "in", strconv.Itoa(n)), n)
		r.db = filepath.Join(dir, strconv.Itoa(n)+".db")
		start := time.Now()
		defer func() { r.took = time.Since(start) }()
		if _, errs, code := run(t, "analyze", "-q", "--db", r.db, r.input); code != 0 {
			r.err = errs
		}
	})
	if r.err != "" {
		t.Fatalf("reference analyze of %d articles: %s", n, r.err)
	}
	if r.input == "" {
		t.Fatal("reference run failed in another test")
	}
	return r.input, r.db
}
