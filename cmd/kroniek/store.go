package main

import (
	"os"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/sqlite"
)

// defaultDB is the SQLite file used when --db is not given.
const defaultDB = "kroniek.db"

// openStore opens the store a --db value names: a PostgreSQL DSN
// (postgres:// or postgresql://) or a SQLite file path.
func openStore(dsn string) (kroniek.Store, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return openPostgres(dsn)
	}
	return sqlite.Open(dsn)
}

// openExisting opens a store that must already exist: the read-only
// commands (export, serve, stories, load) never create an empty SQLite
// file from a mistyped --db.
func openExisting(dsn string) (kroniek.Store, error) {
	if !strings.HasPrefix(dsn, "postgres://") && !strings.HasPrefix(dsn, "postgresql://") && dsn != ":memory:" {
		if _, err := os.Stat(dsn); err != nil {
			return nil, kroniek.Errorf(kroniek.ENOTFOUND, "no store at %s: analyse some articles into it first (kroniek analyze --db %s PATH)", dsn, dsn)
		}
	}
	return openStore(dsn)
}
