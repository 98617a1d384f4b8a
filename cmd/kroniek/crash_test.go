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

	"github.com/kroniek/kroniek/sqlite"
)

// TestCrashSafety kills `kroniek analyze` with SIGKILL at random points
// while it ingests, reruns it, and checks that the store then equals a
// clean run and passes SQLite's integrity check. The kill points are
// drawn from the length of the clean run (a process too), so they fall
// anywhere in it however fast the machine is.
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	t.Parallel()
	input := corpusSample(t, 80)
	bin := buildBinary(t)
	clean := filepath.Join(t.TempDir(), "clean.db")
	start := time.Now()
	if out, err := exec.Command(bin, "analyze", "-q", "--db", clean, input).CombinedOutput(); err != nil {
		t.Fatalf("clean run: %v %s", err, out)
	}
	whole := time.Since(start)
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
		cmd := exec.Command(bin, "analyze", "-q", "--db", db, input)
		var errb bytes.Buffer
		cmd.Stderr = &errb
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		delay := time.Duration(rng.Int64N(int64(whole)))
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-time.After(delay):
			_ = cmd.Process.Signal(syscall.SIGKILL)
			<-done
			t.Logf("run %d killed after %v", i, delay.Round(time.Millisecond))
		case err := <-done:
			t.Logf("run %d finished before its kill at %v (%v)", i, delay.Round(time.Millisecond), err)
		}
	}
	if _, errs, code := run(t, "analyze", "-q", "--db", db, input); code != 0 {
		t.Fatalf("final run: %d %s", code, errs)
	}
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.IntegrityCheck(context.Background()); err != nil {
		t.Errorf("integrity check: %v", err)
	}
	s.Close()
	got, want := exportOf(t, db), exportOf(t, clean)
	if !bytes.Equal(got, want) {
		t.Error("the store after crashes differs from a clean run")
		diffHint(t, got, want)
	}
}
