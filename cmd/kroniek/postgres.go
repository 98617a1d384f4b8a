package main

import "github.com/kroniek/kroniek"

// openPostgres opens the PostgreSQL store.
func openPostgres(dsn string) (kroniek.Store, error) {
	return nil, kroniek.Errorf(kroniek.ENOTIMPLEMENTED, "postgresql store is not built in yet")
}
