package main

import (
	"fmt"
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
	s, err := sqlite.Open(dsn)
	if err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", dsn, err)
	}
	return s, nil
}
