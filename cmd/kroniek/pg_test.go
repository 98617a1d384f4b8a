package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// pgTestDSN returns a DSN of KRONIEK_PG_DSN's database whose connections
// use a new schema, dropped when the test ends; it skips the test when
// the variable is not set.
func pgTestDSN(t *testing.T) string {
	t.Helper()
	dsn := os.Getenv("KRONIEK_PG_DSN")
	if dsn == "" {
		t.Skip("KRONIEK_PG_DSN not set: no PostgreSQL to test against (.ci/run starts one)")
	}
	schema := fmt.Sprintf("kroniek_cmd_%d_%d", os.Getpid(), time.Now().UnixNano())
	ctx := context.Background()
	c, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	if _, err := c.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(ctx, dsn)
		if err != nil {
			t.Error(err)
			return
		}
		defer c.Close(ctx)
		if _, err := c.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Error(err)
		}
	})
	// search_path is a run-time parameter pgx sends when connecting.
	if u, err := url.Parse(dsn); err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql") {
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
		return u.String()
	}
	return dsn + " search_path=" + schema
}

// TestPostgresExport analyses the seeds into PostgreSQL and into SQLite:
// the two exports are byte for byte the same, and a second run into
// PostgreSQL changes nothing.
func TestPostgresExport(t *testing.T) {
	dsn := pgTestDSN(t)
	seeds := seedsDir(t)
	db := filepath.Join(t.TempDir(), "k.db")
	for _, store := range []string{dsn, db, dsn} {
		if _, errs, code := run(t, "analyze", "-q", "--db", store, seeds); code != 0 {
			t.Fatalf("analyze exit %d: %s", code, errs)
		}
	}
	pgOut, errs, code := run(t, "export", "--db", dsn)
	if code != 0 {
		t.Fatalf("export from postgres: exit %d: %s", code, errs)
	}
	sqOut, errs, code := run(t, "export", "--db", db)
	if code != 0 {
		t.Fatalf("export from sqlite: exit %d: %s", code, errs)
	}
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

// TestPostgresServe serves the API from PostgreSQL (serve --pg).
func TestPostgresServe(t *testing.T) {
	dsn := pgTestDSN(t)
	if _, errs, code := run(t, "analyze", "-q", "--db", dsn, seedsDir(t)); code != 0 {
		t.Fatalf("analyze exit %d: %s", code, errs)
	}
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
	if code, body := get("/api/search?q=Loekasjenko"); code != 200 || !strings.Contains(body, "\\u0002") && !strings.Contains(body, "\x02") {
		t.Errorf("search: %d %.300s", code, body)
	}
	if code, body := get("/api/stories"); code != 200 || !strings.Contains(body, "Loekasjenko") {
		t.Errorf("stories: %d %.300s", code, body)
	}
}
