package main

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/sqlite"
)

// TestCrashSafety kills `kroniek analyze` with SIGKILL at random points
// while it ingests, reruns it, and checks that the store then equals a
// clean run (the fault tests' shared reference run) and passes SQLite's
// integrity check. The kill points are drawn from the first four fifths of
// the clean run's length (in process; a new process starts up besides),
// so a run is killed before it ends, at any point of it, however fast the
// machine is.
func TestCrashSafety(t *testing.T) {
	input, clean, bin := faultRun(t, "kills analyze at random points")
	whole := referenceTook(refArticles) * 4 / 5
	// A fixed seed keeps CI reproducible; KRONIEK_CRASH_SEED explores others.
	seed := uint64(1)
	if v := os.Getenv("KRONIEK_CRASH_SEED"); v != "" {
		if _, err := fmt.Sscan(v, &seed); err != nil {
			t.Fatalf("KRONIEK_CRASH_SEED: %v", err)
		}
	}
	t.Logf("random seed %d (set KRONIEK_CRASH_SEED to change); a clean run takes %v", seed, whole.Round(time.Millisecond))
	rng := rand.New(rand.NewPCG(seed, 1))
	db := filepath.Join(t.TempDir(), "crash.db")
	for i := 0; i < 4; i++ {
		delay := time.Duration(rng.Int64N(int64(whole)))
		t.Logf("run %d: %s", i, runInterrupted(t, bin, []string{"analyze", "-q", "--db", db, input}, delay, syscall.SIGKILL))
	}
	mustRun(t, "analyze", "-q", "--db", db, input)
	checkStore(t, db)
	got, want := exportOf(t, db), exportOf(t, clean)
	if !bytes.Equal(got, want) {
		t.Error("the store after crashes differs from a clean run")
		diffHint(t, got, want)
	}
}

// runInterrupted runs bin with args and sends it sig after delay unless it
// has ended by then, and says which happened.
func runInterrupted(t *testing.T, bin string, args []string, delay time.Duration, sig syscall.Signal) string {
	t.Helper()
	cmd := exec.Command(bin, args...)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-time.After(delay):
		_ = cmd.Process.Signal(sig)
		return fmt.Sprintf("%v after %v (%v)", sig, delay.Round(time.Millisecond), <-done)
	case err := <-done:
		return fmt.Sprintf("finished before its %v at %v (%v)", sig, delay.Round(time.Millisecond), err)
	}
}

// checkStore runs SQLite's integrity check on the store db and returns
// its generation.
func checkStore(t *testing.T, db string) kroniek.Generation {
	t.Helper()
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.IntegrityCheck(context.Background()); err != nil {
		t.Errorf("integrity check: %v", err)
	}
	g, err := s.Generation(context.Background())
	if err != nil {
		t.Errorf("generation: %v", err)
	}
	// A batch's analyses leave their derived rows to the corpus write
	// (sqlite.Store.PutExtractions): an analysis marked so has none, and
	// once the corpus is built every analysis has its rows.
	var pending, orphans int
	q := `SELECT COUNT(*), COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM mentions WHERE article = x.article)
		OR EXISTS (SELECT 1 FROM quotes WHERE article = x.article) OR EXISTS (SELECT 1 FROM amounts WHERE article = x.article)
		OR EXISTS (SELECT 1 FROM times WHERE article = x.article) OR EXISTS (SELECT 1 FROM events WHERE article = x.article))
		FROM rows_pending x`
	if err := s.DB().QueryRow(q).Scan(&pending, &orphans); err != nil {
		t.Errorf("analyses without rows: %v", err)
	}
	if orphans > 0 {
		t.Errorf("%d analyses marked without rows have rows", orphans)
	}
	if pending > 0 && err == nil && !g.Stale() {
		t.Errorf("%d analyses without rows in a store whose corpus is built (%+v)", pending, g)
	}
	return g
}
