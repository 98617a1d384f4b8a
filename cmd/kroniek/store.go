package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/pipeline"
	"github.com/kroniek/kroniek/sqlite"
)

// defaultDB is the SQLite file used when --db is not given.
const defaultDB = "kroniek.db"

// openStore opens the store a --db value names: a PostgreSQL DSN
// (postgres:// or postgresql://) or a SQLite file path. An interrupt
// (Ctrl-C, SIGTERM) while it opens, migrates or waits for the server
// stops it.
func openStore(dsn string) (kroniek.Store, error) {
	return openStoreCtx(context.Background(), dsn)
}

// openStoreCtx is openStore under ctx: a PostgreSQL server that is down is
// waited for until ctx ends (or the store's retry time passes).
func openStoreCtx(ctx context.Context, dsn string) (kroniek.Store, error) {
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	if isPostgres(dsn) {
		return openPostgres(ctx, dsn)
	}
	return sqlite.Open(ctx, dsn)
}

// openPipeline opens the store a --db value names (openStore) and the
// pipeline that analyses into it: what every writing command starts with.
func openPipeline(dsn string) (kroniek.Store, *pipeline.Pipeline, error) {
	store, err := openStore(dsn)
	if err != nil {
		return nil, nil, err
	}
	p, err := newPipeline()
	if err != nil {
		store.Close()
		return nil, nil, err
	}
	return store, p, nil
}

// openExisting opens a store that must already exist, for reading: the
// read-only commands (export, serve, stories, load) never create an empty
// SQLite file from a mistyped --db, never turn another file (an empty one
// included) into a database, and read a store on a read-only file or
// folder; they attempt no migration.
//
// A PostgreSQL server that is down is waited for until ctx ends.
func openExisting(ctx context.Context, dsn string) (kroniek.Store, error) {
	if isPostgres(dsn) || dsn == ":memory:" {
		return openStoreCtx(ctx, dsn)
	}
	s, err := sqlite.OpenReadOnly(context.Background(), dsn)
	if kroniek.ErrorCode(err) == kroniek.ENOTFOUND {
		return nil, kroniek.Errorf(kroniek.ENOTFOUND, "no store at %s: analyse some articles into it first (kroniek analyze --db %s PATH)", dsn, dsn)
	}
	return s, err
}

// isPostgres reports whether a --db value is a PostgreSQL DSN.
func isPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// lockStore takes the store's writer lock, saying on stderr that it
// waits when another process holds it.
func lockStore(ctx context.Context, m *Main, store kroniek.Store, db string) (func() error, error) {
	return store.Lock(ctx, func(holder string) {
		fmt.Fprintf(m.Stderr, "kroniek: store busy: waiting for %s to finish writing %s\n", holder, db)
	})
}

// warnStale says on stderr when a store's entities and stories are behind
// its articles, which the read-only commands show as they are.
func warnStale(ctx context.Context, m *Main, store kroniek.Store, db string) {
	if g, err := store.Generation(ctx); err == nil && g.Stale() {
		fmt.Fprintf(m.Stderr, "kroniek: warning: the entities and stories of %s are behind its articles (an interrupted run?); `kroniek rebuild --db %s` brings them up to date\n", db, db)
	}
}

// storeFlag declares the store flags of a command on fs: --db (a SQLite
// file or a postgres:// DSN) and --pg (a PostgreSQL DSN, the same as --db
// postgres://…). Both set the returned store name; the last one given wins.
func storeFlag(fs *flag.FlagSet) *string {
	dsn := new(string)
	fs.StringVar(dsn, "db", defaultDB, "store: SQLite file or postgres:// DSN")
	fs.Func("pg", "PostgreSQL DSN (the same as --db postgres://…)", func(v string) error {
		if !isPostgres(v) {
			return fmt.Errorf("want a postgres:// or postgresql:// DSN")
		}
		*dsn = v
		return nil
	})
	return dsn
}
