package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/natstest"
	"github.com/kroniek/kroniek/internal/shared"
	knats "github.com/kroniek/kroniek/nats"
	"github.com/nats-io/nats-server/v2/server"
)

// corpusSample writes the seeds and the first n dpgmedia articles into a
// directory and returns it, or skips without ../shared.
func corpusSample(t *testing.T, n int) string {
	t.Helper()
	return corpusSampleIn(t, t.TempDir(), n)
}

// corpusSampleIn is corpusSample into dir (created if needed).
func corpusSampleIn(t *testing.T, dir string, n int) string {
	t.Helper()
	sharedDir := shared.Dir(t)
	f, err := os.Open(shared.Path(t, "corpus", "dpgmedia2019", "dpgMedia2019-articles-byarticle-all.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for i := 0; i < n && sc.Scan(); i++ {
		b.Write(sc.Bytes())
		b.WriteByte('\n')
	}
	if err := os.WriteFile(filepath.Join(dir, "dpg.jsonl"), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	seeds, _ := filepath.Glob(filepath.Join(sharedDir, "corpus", "seeds", "*.txt"))
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(s)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// exportOf returns the export of a store with sources made relative, for
// comparing two stores.
func exportOf(t *testing.T, db string) []byte {
	t.Helper()
	store, err := openStore(db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	doc, err := store.Export(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(doc)
	return b
}

// TestWorkerKilledMidBatch submits articles to JetStream, kills a worker
// with SIGKILL while it works, finishes with two more workers, and checks
// that the store then equals a single-process run: every article stored
// once, the same entities and stories.
func TestWorkerKilledMidBatch(t *testing.T) {
	// The reference: one process, same input.
	input, ref, bin := faultRun(t, "runs workers through faults")
	url := submitted(t, t.TempDir(), input).ClientURL()
	db := filepath.Join(t.TempDir(), "scale.db")
	worker := func() *exec.Cmd {
		cmd := exec.Command(bin, "worker", "--nats", url, "--db", db, "--batch", "5", "--ack-wait", "3s")
		cmd.Stderr = &bytes.Buffer{}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	ctx, q := watchQueue(t, url)

	// Kill the first worker once it has stored some articles.
	victim := worker()
	waitPending(ctx, q, refTotal-15)
	if err := victim.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = victim.Wait()

	w1, w2 := worker(), worker()
	defer func() {
		for _, w := range []*exec.Cmd{w1, w2} {
			_ = w.Process.Signal(syscall.SIGTERM)
			_ = w.Wait()
		}
	}()
	if !waitIdle(ctx, q) {
		t.Fatalf("workers did not finish: %s\n%s", w1.Stderr, w2.Stderr)
	}
	for _, w := range []*exec.Cmd{w1, w2} {
		_ = w.Process.Signal(syscall.SIGTERM)
		_ = w.Wait()
	}

	store, err := openStore(db)
	if err != nil {
		t.Fatal(err)
	}
	all, total, err := store.Articles(context.Background(), kroniek.ArticleFilter{Page: kroniek.Page{Limit: 500}})
	store.Close()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, a := range all {
		if seen[a.ID] {
			t.Errorf("article %s stored twice", a.ID)
		}
		seen[a.ID] = true
	}
	if total != refTotal {
		t.Errorf("stored %d articles, want %d", total, refTotal)
	}
	got, want := exportOf(t, db), exportOf(t, ref)
	if !bytes.Equal(got, want) {
		t.Errorf("the store after the worker run differs from a single-process run (%d vs %d bytes of export)", len(got), len(want))
		diffHint(t, got, want)
	}
}

// TestNATSRestart restarts the NATS server while a worker consumes: the
// worker and the stream survive, and the store ends equal to a
// single-process run.
func TestNATSRestart(t *testing.T) {
	input, ref, bin := faultRun(t, "runs workers through faults")
	storeDir := t.TempDir()
	ns := submitted(t, storeDir, input)
	port, url := ns.Addr().(*net.TCPAddr).Port, ns.ClientURL()
	db := filepath.Join(t.TempDir(), "w.db")
	w := exec.Command(bin, "worker", "--nats", url, "--db", db, "--batch", "5", "--ack-wait", "3s")
	var werr bytes.Buffer
	w.Stderr = &werr
	if err := w.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = w.Process.Signal(syscall.SIGTERM); _ = w.Wait() }()
	ctx, q := watchQueue(t, url)
	waitPending(ctx, q, refTotal-10)
	// Restart the server on the same address and store.
	ns.Shutdown()
	ns.WaitForShutdown()
	time.Sleep(500 * time.Millisecond)
	ns = natstest.Start(t, storeDir, port)
	defer ns.Shutdown()
	if !waitIdle(ctx, q) {
		t.Fatalf("worker did not finish after the restart:\n%s", werr.String())
	}
	_ = w.Process.Signal(syscall.SIGTERM)
	_ = w.Wait()
	if got, want := exportOf(t, db), exportOf(t, ref); !bytes.Equal(got, want) {
		t.Error("the store after a NATS restart differs from a single-process run")
		diffHint(t, got, want)
	}
}

// submitted runs an embedded NATS server for the test, keeping its store
// in dir and shut down when the test ends, and submits input to it.
func submitted(t *testing.T, dir, input string) *server.Server {
	t.Helper()
	ns := natstest.Start(t, dir, -1)
	t.Cleanup(ns.Shutdown)
	mustRun(t, "submit", "--nats", ns.ClientURL(), input)
	return ns
}

// watchQueue opens the queue at url for a test to watch, under a deadline
// of three minutes.
func watchQueue(t *testing.T, url string) (context.Context, *knats.Queue) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	q, err := knats.Open(ctx, url, knats.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	return ctx, q
}

// waitPending waits until fewer than n articles wait in q: workers have
// taken some.
func waitPending(ctx context.Context, q *knats.Queue, n int) {
	for ctx.Err() == nil {
		if p, _ := q.Pending(ctx); p < n {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitIdle waits until no article or rebuild request has been queued for
// three polls in a row; false when ctx ended first.
func waitIdle(ctx context.Context, q *knats.Queue) bool {
	idle := 0
	for ctx.Err() == nil && idle < 3 {
		a, r, err := q.Backlog(ctx)
		if err == nil && a == 0 && r == 0 {
			idle++
		} else {
			idle = 0
		}
		time.Sleep(500 * time.Millisecond)
	}
	return ctx.Err() == nil
}

// diffHint logs the first differing part of two exports.
func diffHint(t *testing.T, got, want []byte) {
	t.Helper()
	n := min(len(got), len(want))
	for i := 0; i < n; i++ {
		if got[i] != want[i] {
			lo := max(0, i-200)
			t.Logf("first difference at byte %d:\n got …%s…\nwant …%s…", i, got[lo:min(len(got), i+200)], want[lo:min(len(want), i+200)])
			return
		}
	}
	t.Logf("one export is a prefix of the other")
}
