package main

import (
	"context"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kroniek/kroniek/internal/natstest"
	knats "github.com/kroniek/kroniek/nats"
)

// TestStatusMissingStore: status on a missing store says so plainly (no
// internal error format) and exits 1 (as export does; 3 is for a batch
// with failed inputs) without talking of inputs.
func TestStatusMissingStore(t *testing.T) {
	t.Parallel()
	out, errs, code := run(t, "status", "--db", filepath.Join(t.TempDir(), "none.db"))
	if code != exitFailure || strings.Contains(out+errs, "code=") || strings.Contains(out+errs, "inputs") ||
		!strings.Contains(out, "no store at") {
		t.Errorf("status on a missing store: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// TestStatusPostgresDownTimeout: status on a PostgreSQL server that does
// not answer gives up after its --timeout and exits 1; it used to wait
// for the store's two minutes of retries.
func TestStatusPostgresDownTimeout(t *testing.T) {
	t.Parallel()
	dsn := "postgres://kroniek@" + deadAddr(t) + "/kroniek?sslmode=disable&connect_timeout=1"
	start := time.Now()
	out, errs, code := run(t, "status", "--timeout", "300ms", "--pg", dsn)
	if took := time.Since(start); code != exitFailure || took > 30*time.Second {
		t.Errorf("status on a dead PostgreSQL: exit %d after %v, want %d well within the store's 2-minute retries; stdout %q, stderr %q",
			code, took, exitFailure, out, errs)
	}
}

// TestWorkerNamesItsStore: a worker without --pg or --db is refused at
// once (exit 2) and creates no ./kroniek.db: it used to create that
// empty store before it reached NATS, and a later command found it.
func TestWorkerNamesItsStore(t *testing.T) {
	// Not parallel: it changes the working directory.
	dir := t.TempDir()
	t.Chdir(dir)
	_, errs, code := run(t, "worker", "--nats", "nats://127.0.0.1:1")
	if code != exitUsage || !strings.Contains(errs, "kroniek worker: which store? give --pg DSN") {
		t.Errorf("worker without a store: exit %d, want %d, stderr %q", code, exitUsage, errs)
	}
	if names, _ := filepath.Glob(filepath.Join(dir, "*")); len(names) > 0 {
		t.Errorf("worker without a store left %v", names)
	}
}

// deadAddr returns a local address nothing listens on.
func deadAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// TestWorkerWaitsForNATSAloud: a worker started before its NATS server
// says within seconds that it is waiting (it used to wait in silence for
// minutes), and a Ctrl-C during that wait stops it cleanly (exit 0), as
// it does once it runs, instead of failing with "context canceled".
func TestWorkerWaitsForNATSAloud(t *testing.T) {
	// Not parallel: it sets waitNote.
	addr := deadAddr(t)
	old := waitNote
	waitNote = 200 * time.Millisecond
	t.Cleanup(func() { waitNote = old })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	errb := &syncBuffer{}
	m := &Main{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: errb}
	done := make(chan int, 1)
	go func() {
		done <- m.Run(ctx, []string{"worker", "--nats", "nats://" + addr, "--db", filepath.Join(t.TempDir(), "w.db")})
	}()
	// The store and the models load first (seconds under load); then the
	// note must come within waitNote.
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(errb.String(), "waiting for NATS") && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	code := <-done
	if got := errb.String(); code != 0 || !strings.Contains(got, "waiting for NATS") || !strings.Contains(got, "nats://"+addr) ||
		strings.Contains(got, "context canceled") {
		t.Errorf("worker without NATS, then Ctrl-C: exit %d, stderr:\n%s", code, got)
	}
}

// TestPostgresWaitAloud: opening a PostgreSQL store whose server does not
// answer says within seconds that it waits, and for which host, without
// the password (serve --pg waited two minutes in silence).
func TestPostgresWaitAloud(t *testing.T) {
	// Not parallel: it sets waitNote and pgNotes.
	addr := deadAddr(t)
	oldWait, oldNotes := waitNote, pgNotes
	errb := &syncBuffer{}
	waitNote, pgNotes = 100*time.Millisecond, errb
	t.Cleanup(func() { waitNote, pgNotes = oldWait, oldNotes })
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := openPostgres(ctx, "postgres://kroniek:geheim@"+addr+"/kroniek")
		done <- err
	}()
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(errb.String(), "waiting for PostgreSQL") && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if err := <-done; err == nil {
		t.Error("opened a store on a port nothing listens on")
	}
	if got := errb.String(); !strings.Contains(got, "kroniek: waiting for PostgreSQL at "+addr+" (") || strings.Contains(got, "geheim") {
		t.Errorf("notes while waiting for PostgreSQL:\n%s", got)
	}
}

// TestStatusInFlightWithoutWorker: a worker killed between its write and
// its ack leaves its batch in flight; status must not read "current" as
// "nothing left to do", and says the batch waits for redelivery.
func TestStatusInFlightWithoutWorker(t *testing.T) {
	rep := statusReport{
		Queue: &knats.Status{Queue: "kroniek", Stream: "KRONIEK", InFlight: 3},
		Store: &storeStatus{Store: "k.db", Articles: 10, Derived: &derivedStatus{Data: 7, Corpus: 7, Current: true}},
	}
	rep.notePending()
	var b strings.Builder
	printStatus(&b, rep)
	out := b.String()
	for _, want := range []string{
		"3 articles in flight with no worker alive",
		"current for the articles stored so far (generation 7); 3 articles in the queue will change it",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("status lacks %q:\n%s", want, out)
		}
	}
	rep.Queue.InFlight = 0
	rep.notePending()
	b.Reset()
	printStatus(&b, rep)
	if out := b.String(); !strings.Contains(out, "current (generation 7)") || strings.Contains(out, "in flight with no worker") {
		t.Errorf("empty queue: %s", out)
	}
}

// TestSubmitProblemsSayErrorOrWarning: submit writes a bad input in the
// form analyze and watch use (kroniek: error: LOCATION: MESSAGE), goes on
// with the rest and exits 3.
func TestSubmitProblemsSayErrorOrWarning(t *testing.T) {
	dir := t.TempDir()
	good := `{"id":"a1","title":"Raad stemt in","text":"De gemeenteraad stemde dinsdag in met het plan voor de haven."}`
	in := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(in, []byte(good+"\n{kapot\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ns := natstest.Start(t, t.TempDir(), -1)
	t.Cleanup(ns.Shutdown)
	_, stderr, code := run(t, "submit", "--nats", ns.ClientURL(), in)
	if code != 3 || !strings.Contains(stderr, "kroniek: error: "+in+":2: ") || !strings.Contains(stderr, "submitted 1 article to queue") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
}

// TestDerivedBehindSaysHow: a store whose stories are behind its articles
// (a run killed during its rebuild) names every way to catch up, the
// next analyze of a SQLite store among them, not only a worker, which a
// one-machine store has none of (user trial 14).
func TestDerivedBehindSaysHow(t *testing.T) {
	s := (&derivedStatus{Data: 1, Corpus: 0}).String()
	for _, want := range []string{"behind", "kroniek analyze", "kroniek rebuild"} {
		if !strings.Contains(s, want) {
			t.Errorf("derived state %q does not say %q", s, want)
		}
	}
}
