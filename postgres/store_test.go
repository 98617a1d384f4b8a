package postgres_test

import (
	"context"
	"fmt"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/postgres"
	"github.com/kroniek/kroniek/storetest"
)

// schemaSeq numbers the test schemas of this process.
var schemaSeq atomic.Int64

// openTest opens a store in a new schema of the database KRONIEK_PG_DSN
// names, dropped when the test ends; it skips the test when the variable
// is not set.
func openTest(t testing.TB) *postgres.Store {
	t.Helper()
	dsn := os.Getenv("KRONIEK_PG_DSN")
	if dsn == "" {
		t.Skip("KRONIEK_PG_DSN not set: no PostgreSQL to test against (.ci/run starts one)")
	}
	schema := fmt.Sprintf("kroniek_test_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e6, schemaSeq.Add(1))
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	admin, err := pgx.ConnectConfig(ctx, cfg.ConnConfig.Copy())
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	if _, err := admin.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatal(err)
	}
	cfg.AfterConnect = func(ctx context.Context, c *pgx.Conn) error {
		_, err := c.Exec(ctx, `SET search_path TO `+schema)
		return err
	}
	s, err := postgres.OpenConfig(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		s.Close()
		c, err := pgx.ConnectConfig(context.Background(), cfg.ConnConfig.Copy())
		if err != nil {
			t.Error(err)
			return
		}
		defer c.Close(context.Background())
		if _, err := c.Exec(context.Background(), `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Error(err)
		}
	})
	return s
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) kroniek.Store { return openTest(t) })
}
