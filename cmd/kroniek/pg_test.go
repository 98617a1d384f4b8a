package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/pgtest"
)

// TestPostgresExport analyses the seeds into PostgreSQL and into SQLite:
// the two exports are byte for byte the same, and a second run into
// PostgreSQL changes nothing.
func TestPostgresExport(t *testing.T) {
	t.Parallel()
	dsn := pgtest.SchemaDSN(t)
	seeds := seedsDir(t)
	db := filepath.Join(t.TempDir(), "k.db")
	for _, store := range []string{dsn, db, dsn} {
		mustRun(t, "analyze", "-q", "--db", store, seeds)
	}
	pgOut := mustRun(t, "export", "--db", dsn)
	sqOut := mustRun(t, "export", "--db", db)
	if len(pgOut) < 1000 || pgOut != sqOut {
		t.Errorf("exports differ: postgres %d bytes, sqlite %d bytes", len(pgOut), len(sqOut))
		for i := range min(len(pgOut), len(sqOut)) {
			if pgOut[i] != sqOut[i] {
				t.Errorf("first difference at byte %d:\npostgres …%s…\nsqlite   …%s…", i,
					pgOut[max(0, i-80):min(len(pgOut), i+80)], sqOut[max(0, i-80):min(len(sqOut), i+80)])
				break
			}
		}
	}
}

// TestPostgresSearch runs the same queries on the seeds in both stores:
// the same articles, facets and snippets (the rank formulas differ: bm25
// and ts_rank_cd, so the order may).
func TestPostgresSearch(t *testing.T) {
	t.Parallel()
	dsn := pgtest.SchemaDSN(t)
	seeds := seedsDir(t)
	db := filepath.Join(t.TempDir(), "k.db")
	for _, store := range []string{dsn, db} {
		mustRun(t, "analyze", "-q", "--db", store, seeds)
	}
	pg := openTestStore(t, dsn)
	sq := openTestStore(t, db)
	for _, q := range []kroniek.SearchQuery{
		{Text: "Sotsji"}, {Text: "Loekasjenko"}, {Text: "demonstrant"}, {Text: "Poetin lening"},
		{Text: "Europese sancties"}, {Text: "de het"}, {Text: "Loekasjenko", From: "2020-09-01"},
		{Text: "vaderland", Lang: "nl"},
	} {
		a, err := pg.Search(t.Context(), q)
		if err != nil {
			t.Fatalf("postgres Search(%+v): %v", q, err)
		}
		b, err := sq.Search(t.Context(), q)
		if err != nil {
			t.Fatalf("sqlite Search(%+v): %v", q, err)
		}
		if (a.Total == 0) != (q.Text == "de het") {
			t.Errorf("Search(%+v): %d hits", q, a.Total)
		}
		snippets := func(r *kroniek.SearchResult) map[string]string {
			m := map[string]string{}
			for _, h := range r.Hits {
				m[h.Article] = h.Snippet
			}
			return m
		}
		if a.Total != b.Total || !reflect.DeepEqual(snippets(a), snippets(b)) || !reflect.DeepEqual(a.Facets, b.Facets) {
			t.Errorf("Search(%+v):\npostgres %d hits %q %v\nsqlite   %d hits %q %v", q,
				a.Total, snippets(a), a.Facets, b.Total, snippets(b), b.Facets)
		}
	}
}

// TestPostgresServe serves the API from PostgreSQL (serve --pg).
func TestPostgresServe(t *testing.T) {
	t.Parallel()
	dsn := pgtest.SchemaDSN(t)
	mustRun(t, "analyze", "-q", "--db", dsn, seedsDir(t))
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	var errb bytes.Buffer
	go func() {
		m := &Main{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &errb}
		done <- m.Run(ctx, []string{"serve", "--pg", dsn, "--addr", addr})
	}()
	defer func() {
		cancel()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Error("serve did not stop")
		}
	}()
	get := func(path string) (int, string) {
		for range 100 {
			resp, err := http.Get("http://" + addr + path)
			if err != nil {
				time.Sleep(50 * time.Millisecond)
				continue
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			return resp.StatusCode, string(body)
		}
		t.Fatalf("GET %s: server not up: %s", path, errb.String())
		return 0, ""
	}
	// A word, not a name: a name searches by its entity, without snippets.
	if code, body := get("/api/search?q=lening"); code != 200 || !strings.Contains(body, "\\u0002") && !strings.Contains(body, "\x02") {
		t.Errorf("search: %d %.300s", code, body)
	}
	if code, body := get("/api/search?q=Loekasjenko"); code != 200 || !strings.Contains(body, `"total": 5,`) {
		t.Errorf("search by name: %d %.300s", code, body)
	}
	if code, body := get("/api/stories"); code != 200 || !strings.Contains(body, "Loekasjenko") {
		t.Errorf("stories: %d %.300s", code, body)
	}
}

// TestPostgresRestartWorkers is issue 10's fault "PostgreSQL restarted
// during a run": two workers consume from JetStream into a private
// PostgreSQL cluster, which is stopped (fast shutdown), kept down for a
// second and started again mid-run. The workers retry and finish, and the
// store equals a single-process SQLite run on the same input.
func TestPostgresRestartWorkers(t *testing.T) {
	input, ref, bin := faultRun(t, "runs workers through faults")
	cluster := pgtest.NewCluster(t)
	url := submitted(t, t.TempDir(), input).ClientURL()
	dsn := cluster.DSN()
	var workers []*exec.Cmd
	var logs []*bytes.Buffer
	for range 2 {
		var log bytes.Buffer
		w := exec.Command(bin, "worker", "--nats", url, "--pg", dsn, "--batch", "5", "--ack-wait", "20s")
		w.Stderr = &log
		if err := w.Start(); err != nil {
			t.Fatal(err)
		}
		workers = append(workers, w)
		logs = append(logs, &log)
	}
	stop := func() {
		for _, w := range workers {
			_ = w.Process.Signal(syscall.SIGTERM)
			_ = w.Wait()
		}
		workers = nil
	}
	defer stop()

	ctx, q := watchQueue(t, url)
	waitPending(ctx, q, refTotal-15)
	cluster.Stop(t)
	time.Sleep(time.Second)
	cluster.Start(t)

	if !waitIdle(ctx, q) {
		t.Fatalf("workers did not finish after the restart:\n%s\n%s", logs[0], logs[1])
	}
	stop()
	if !strings.Contains(logs[0].String()+logs[1].String(), "retrying") {
		t.Errorf("no worker retried: the restart did not meet a write\n%s\n%s", logs[0], logs[1])
	}

	store, err := openStore(dsn)
	if err != nil {
		t.Fatal(err)
	}
	_, total, err := store.Articles(context.Background(), kroniek.ArticleFilter{})
	store.Close()
	if err != nil || total != refTotal {
		t.Errorf("stored %d articles (%v), want %d", total, err, refTotal)
	}
	if got, want := exportOf(t, dsn), exportOf(t, ref); !bytes.Equal(got, want) {
		t.Errorf("the store after a PostgreSQL restart differs from a single-process run\n%s\n%s", logs[0], logs[1])
		diffHint(t, got, want)
	}
}
