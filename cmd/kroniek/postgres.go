package main

import (
	"context"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/postgres"
)

// openPostgres opens the PostgreSQL store at dsn and applies pending
// migrations. A server that is down or restarting is retried with
// backoff for up to the store's RetryFor (2 minutes), so a worker may be
// started before the database.
func openPostgres(dsn string) (kroniek.Store, error) {
	s, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		return nil, err
	}
	return s, nil
}
