package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/postgres"
)

// openPostgres opens the PostgreSQL store at dsn and applies pending
// migrations. A server that is down or restarting is retried with
// backoff for up to the store's RetryFor (2 minutes), so a worker may be
// started before the database; cancelling ctx stops the waiting. Each
// retry of a transient error is reported on standard error.
func openPostgres(ctx context.Context, dsn string) (kroniek.Store, error) {
	s, err := postgres.Open(ctx, dsn)
	if err != nil {
		return nil, err
	}
	s.OnRetry = func(err error, pause time.Duration) {
		fmt.Fprintf(os.Stderr, "kroniek: postgres: %v; retrying in %v\n", err, pause.Round(time.Millisecond))
	}
	return s, nil
}
