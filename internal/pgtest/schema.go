package pgtest

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// seq numbers the schemas of this process.
var seq atomic.Int64

// DSN returns KRONIEK_PG_DSN, or skips the test when it is not set.
func DSN(tb testing.TB) string {
	tb.Helper()
	dsn := os.Getenv("KRONIEK_PG_DSN")
	if dsn == "" {
		tb.Skip("KRONIEK_PG_DSN not set: no PostgreSQL to test against (.ci/run starts one)")
	}
	return dsn
}

// Schema creates a new schema in the database dsn names, dropped with
// everything in it when the test ends, and returns its name.
func Schema(tb testing.TB, dsn string) string {
	tb.Helper()
	name := fmt.Sprintf("kroniek_test_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9, seq.Add(1))
	if err := execSQL(dsn, `CREATE SCHEMA `+name); err != nil {
		tb.Fatalf("create schema: %v", err)
	}
	tb.Cleanup(func() {
		if err := execSQL(dsn, `DROP SCHEMA `+name+` CASCADE`); err != nil {
			tb.Errorf("drop schema: %v", err)
		}
	})
	return name
}

// execSQL runs one statement on a connection of its own.
func execSQL(dsn, q string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return err
	}
	defer c.Close(ctx)
	_, err = c.Exec(ctx, q)
	return err
}

// Config returns a pool configuration whose connections use a new schema
// of KRONIEK_PG_DSN's database (search_path set in AfterConnect); it skips
// the test without KRONIEK_PG_DSN.
func Config(tb testing.TB) *pgxpool.Config {
	tb.Helper()
	dsn := DSN(tb)
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		tb.Fatal(err)
	}
	schema := Schema(tb, dsn)
	cfg.AfterConnect = func(ctx context.Context, c *pgx.Conn) error {
		_, err := c.Exec(ctx, `SET search_path TO `+schema)
		return err
	}
	return cfg
}

// SchemaDSN returns a DSN of KRONIEK_PG_DSN's database whose connections
// use a new schema (search_path is a run-time parameter pgx sends when
// connecting), for code that takes a DSN; it skips the test without
// KRONIEK_PG_DSN.
func SchemaDSN(tb testing.TB) string {
	tb.Helper()
	dsn := DSN(tb)
	return WithSchema(dsn, Schema(tb, dsn))
}

// WithSchema returns dsn with search_path set to schema.
func WithSchema(dsn, schema string) string {
	if u, err := url.Parse(dsn); err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql") {
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
		return u.String()
	}
	return dsn + " search_path=" + schema
}
