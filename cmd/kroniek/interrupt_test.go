package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/sqlite"
)

// repeatedCorpus writes n articles to a JSONL file in a new directory:
// the dpgmedia articles over and over, each copy with a new id, its text
// cut to its sentences in the first maxText bytes so that analysing n
// articles stays affordable. It is generated, never committed.
func repeatedCorpus(t *testing.T, n, maxText int) string {
	t.Helper()
	f, err := os.Open(shared.Path(t, "corpus", "dpgmedia2019", "dpgMedia2019-articles-byarticle-all.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var originals []map[string]any
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var a map[string]any
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.UseNumber() // ids are numbers: keep their digits
		if err := dec.Decode(&a); err != nil {
			t.Fatal(err)
		}
		if s, _ := a["text"].(string); s != "" {
			originals = append(originals, a)
		}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for i := 0; i < n; i++ {
		a := map[string]any{}
		for k, v := range originals[i%len(originals)] {
			a[k] = v
		}
		a["id"] = fmt.Sprintf("r%d-%v", i/len(originals), a["id"])
		if s := a["text"].(string); len(s) > maxText {
			// End at a sentence's end, as a short article would.
			if cut := strings.LastIndex(s[:maxText], ". "); cut > 0 {
				a["text"] = s[:cut+1]
			} else if cut := strings.Index(s, ". "); cut > 0 {
				a["text"] = s[:cut+1]
			}
		}
		if err := enc.Encode(a); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "big.jsonl")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// countRows counts the rows of a table of a store being written, or -1.
func countRows(db, table string) int {
	s, err := sqlite.OpenReadOnly(context.Background(), db)
	if err != nil {
		return -1
	}
	defer s.Close()
	var n int
	if err := s.DB().QueryRow(`SELECT COUNT(*) FROM ` + table).Scan(&n); err != nil {
		return -1
	}
	return n
}

// TestInterruptedRebuild reproduces the loss of an interrupted final
// rebuild above the batch size: `analyze` of more articles than one batch
// stores them batch by batch and rebuilds entities and stories at the end.
// The first run is killed (SIGKILL) during that rebuild; the reruns are
// interrupted at random points of theirs, by SIGKILL or SIGINT; the last
// rerun must finish the rebuild, and the store must then export exactly
// what a clean run exports. Without a generation mark, the reruns found
// nothing changed and left the store without entities and stories.
//
// The batch is made small (--batch 40) so that 150 generated articles
// cross it three times: the same code path as 5,300 articles over the
// default 5,000, in seconds. The kill points are drawn from the measured
// length of a forced rebuild of the same store, so they land in the
// rebuild whatever the speed of the machine.
func TestInterruptedRebuild(t *testing.T) {
	shared.Long(t, "kills rebuilds at random points")
	t.Parallel()
	const batch = 40
	n := 3*batch + 30
	input := repeatedCorpus(t, n, 400)
	bin := buildBinary(t)
	dir := t.TempDir()
	clean := filepath.Join(dir, "clean.db")
	analyze := []string{"analyze", "-q", "--batch", fmt.Sprint(batch)}
	mustRun(t, append(analyze, "--db", clean, input)...)
	want := exportOf(t, clean)
	// How long the rebuild of this store takes, and a process that starts
	// and rebuilds it.
	start := time.Now()
	mustRun(t, "rebuild", "-q", "--db", clean)
	rebuildOnly := time.Since(start)
	start = time.Now()
	if out, err := exec.Command(bin, "rebuild", "-q", "--db", clean).CombinedOutput(); err != nil {
		t.Fatalf("rebuild: %v\n%s", err, out)
	}
	rebuild := time.Since(start)
	t.Logf("a forced rebuild of %d articles takes %v, %v in a new process", n, rebuildOnly.Round(time.Millisecond), rebuild.Round(time.Millisecond))

	seed := uint64(20)
	if v := os.Getenv("KRONIEK_CRASH_SEED"); v != "" {
		if _, err := fmt.Sscan(v, &seed); err != nil {
			t.Fatalf("KRONIEK_CRASH_SEED: %v", err)
		}
	}
	t.Logf("random seed %d (set KRONIEK_CRASH_SEED to change)", seed)
	rng := rand.New(rand.NewPCG(seed, 20))
	var db string

	// The first run: killed at a random point of its final rebuild, which
	// begins once every analysis is stored. A kill that comes after the
	// rebuild proves nothing: then the run is made again on a new store,
	// with half the delay.
	for attempt := 0; ; attempt++ {
		if attempt == 4 {
			t.Fatal("four first runs all finished their rebuild before the kill")
		}
		db = filepath.Join(dir, fmt.Sprintf("crash%d.db", attempt))
		cmd := exec.Command(bin, append(analyze, "--db", db, input)...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		for killed := false; !killed; {
			select {
			case err := <-done:
				t.Fatalf("the first run ended before its rebuild could be interrupted (%v)", err)
			case <-time.After(5 * time.Millisecond):
			}
			if countRows(db, "analyses") >= n-10 { // empty articles have none
				delay := time.Duration(rng.Int64N(int64(rebuildOnly))) >> attempt
				time.Sleep(delay)
				_ = cmd.Process.Signal(syscall.SIGKILL)
				<-done
				killed = true
				t.Logf("first run killed %v after its last batch", delay.Round(time.Millisecond))
			}
		}
		if g := checkStore(t, db); g.Stale() {
			// The batches left their rows to the rebuild that was killed:
			// the reruns must write them.
			if pending, all := countRows(db, "rows_pending"), countRows(db, "analyses"); pending != all {
				t.Errorf("killed in the rebuild with %d of %d analyses without rows; want all", pending, all)
			}
			break // killed in the rebuild
		}
		t.Logf("the first run had finished its rebuild: again")
	}

	// Reruns interrupted at random points of the rebuild they resume.
	for i := 0; i < 3; i++ {
		sig := []syscall.Signal{syscall.SIGKILL, syscall.SIGINT}[rng.IntN(2)]
		delay := time.Duration(rng.Int64N(int64(rebuild * 3 / 2)))
		t.Logf("rerun %d: %s", i, runInterrupted(t, bin, append(analyze, "--db", db, input), delay, sig))
	}

	mustRun(t, append(analyze, "--db", db, input)...)
	if g := checkStore(t, db); g.Stale() {
		t.Errorf("after the final run: generation %+v; want up to date", g)
	}
	if got := exportOf(t, db); !bytes.Equal(got, want) {
		t.Error("the store after interrupted rebuilds differs from a clean run")
		diffHint(t, got, want)
	}
}

// TestKilledAnalyzeKeepsBatches kills (SIGKILL) an `analyze` of 750
// articles (one and a half default batches) with the default --batch as soon as its first analyses are in the store,
// and checks that they were stored before the last article was analysed
// (a run killed after ten minutes keeps about ten minutes of work), that
// the rerun analyses only the rest, and that its export equals a clean
// run's. With the old default batch of 5,000 articles the whole input
// was one transaction: the first analyses appeared all at once, with the
// stories, and a kill before that kept nothing.
func TestKilledAnalyzeKeepsBatches(t *testing.T) {
	shared.Long(t, "kills an analyze of one and a half batches")
	t.Parallel()
	const n = 750 // fixed, not from batchSize: a larger default fails here
	input := repeatedCorpus(t, n, 300)
	bin := buildBinary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "killed.db")
	cmd := exec.Command(bin, "analyze", "-q", "--db", db, input)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	kept := 0
	for kept <= 0 {
		select {
		case err := <-done:
			t.Fatalf("analyze ended (%v) before any analysis was stored", err)
		case <-time.After(5 * time.Millisecond):
		}
		kept = countRows(db, "analyses")
	}
	_ = cmd.Process.Signal(syscall.SIGKILL)
	<-done
	kept = countRows(db, "analyses")
	t.Logf("killed with %d of %d analyses stored", kept, n)
	// The batches leave their rows to the corpus write, which the kill
	// came before: the rerun writes them (checkStore).
	if pending := countRows(db, "rows_pending"); pending != kept {
		t.Errorf("killed before the corpus write with %d of %d stored analyses without rows; want all", pending, kept)
	}
	if kept >= n-10 { // a few empty articles have no analysis
		t.Fatalf("the first analyses stored were %d of %d: the work was not stored batch by batch", kept, n)
	}
	checkStore(t, db)

	out, err := exec.Command(bin, "analyze", "--db", db, input).CombinedOutput()
	if err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	var analysed int
	if i := bytes.Index(out, []byte(" unchanged, ")); i < 0 {
		t.Fatalf("rerun says no counts: %s", out)
	} else if _, err := fmt.Sscanf(string(out[i+len(" unchanged, "):]), "%d analysed", &analysed); err != nil {
		t.Fatalf("rerun counts: %v: %s", err, out)
	}
	if analysed > n-kept {
		t.Errorf("the rerun analysed %d articles; %d of %d were stored: want at most %d", analysed, kept, n, n-kept)
	}
	clean := filepath.Join(dir, "clean.db")
	mustRun(t, "analyze", "-q", "--db", clean, input)
	if got, want := exportOf(t, db), exportOf(t, clean); !bytes.Equal(got, want) {
		t.Error("the store after a kill and a rerun differs from a clean run")
		diffHint(t, got, want)
	}
}
