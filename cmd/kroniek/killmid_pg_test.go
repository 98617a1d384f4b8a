package main

import (
	"bytes"
	"context"
	"os/exec"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/pgtest"
)

// TestWorkerKilledBetweenCommits: SIGKILL to a worker on PostgreSQL
// after it committed a batch's articles, while the write of their
// analyses waits for the table the test holds; then two workers at once.
// The batch must come back and be analysed: every article stored once with
// its analysis, the store equal to a single-process run.
func TestWorkerKilledBetweenCommits(t *testing.T) {
	input, ref, bin := faultRun(t, "kills a worker between the commits of a batch")
	dsn := pgtest.SchemaDSN(t)     // skips without KRONIEK_PG_DSN (scripts/pgtest.sh sets it)
	store := openTestStore(t, dsn) // creates the tables
	url := submitted(t, t.TempDir(), input).ClientURL()
	ctx, q := watchQueue(t, url)

	// Writes of analyses wait (EXCLUSIVE lets reads through, so the
	// worker reads what is stored and analyses its batch as usual).
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	tx, err := conn.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(ctx, `LOCK TABLE analyses IN EXCLUSIVE MODE`); err != nil {
		t.Fatal(err)
	}
	worker := func() (*exec.Cmd, *syncBuffer) {
		log := &syncBuffer{}
		cmd := exec.Command(bin, "worker", "--nats", url, "--pg", dsn, "--batch", "5", "--ack-wait", "3s", "--rebuild-delay", "1s")
		cmd.Stderr = log
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd, log
	}
	victim, victimLog := worker()
	stored := 0
	for ctx.Err() == nil {
		var waiting bool
		if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_locks WHERE relation = 'analyses'::regclass AND NOT granted)`).Scan(&waiting); err != nil {
			t.Fatal(err)
		}
		_, n, err := store.Articles(ctx, kroniek.ArticleFilter{Page: kroniek.Page{Limit: 1}})
		if err == nil && n > 0 && waiting {
			stored = n
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if stored == 0 {
		t.Fatalf("the worker never came to write analyses:\n%s", victimLog)
	}
	_ = victim.Process.Signal(syscall.SIGKILL)
	_ = victim.Wait()
	if err := tx.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
	if ans, err := store.Analyses(ctx, nil); err != nil || len(ans) != 0 {
		t.Fatalf("killed before its analyses: %d analyses stored (%v)", len(ans), err)
	}
	t.Logf("killed with %d articles committed and none of their analyses", stored)

	w1, log1 := worker()
	w2, log2 := worker()
	defer func() {
		for _, w := range []*exec.Cmd{w1, w2} {
			_ = w.Process.Signal(syscall.SIGKILL)
			_ = w.Wait()
		}
	}()
	for ctx.Err() == nil {
		g, err := store.Generation(ctx)
		a, r, qerr := q.Backlog(ctx)
		if err == nil && qerr == nil && !g.Stale() && g.Corpus > 0 && a == 0 && r == 0 {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if ctx.Err() != nil {
		t.Fatalf("the workers did not finish:\n%s\n%s", log1, log2)
	}
	for _, w := range []*exec.Cmd{w1, w2} {
		_ = w.Process.Signal(syscall.SIGTERM)
		_ = w.Wait()
	}
	articles, total, err := store.Articles(ctx, kroniek.ArticleFilter{Page: kroniek.Page{Limit: 500}})
	if err != nil || total != refTotal {
		t.Fatalf("stored %d articles (%v), want %d", total, err, refTotal)
	}
	ans, err := store.Analyses(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	analysed := map[string]bool{}
	for _, an := range ans {
		analysed[an.Article] = true
	}
	for _, a := range articles {
		if !analysed[a.ID] {
			t.Errorf("article %s is stored without its analysis", a.ID)
		}
	}
	if got, want := exportOf(t, dsn), exportOf(t, ref); !bytes.Equal(got, want) {
		t.Errorf("the store after the kill differs from a single-process run (%d vs %d bytes of export)", len(got), len(want))
		diffHint(t, got, want)
	}
}
