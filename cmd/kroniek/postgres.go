package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/postgres"
)

// openPostgres opens the PostgreSQL store at dsn and applies pending
// migrations. A server that is down or restarting is retried with
// backoff for up to the store's RetryFor (2 minutes), so a worker may be
// started before the database; an interrupt stops the waiting.
func openPostgres(dsn string) (kroniek.Store, error) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	s, err := postgres.Open(ctx, dsn)
	if err != nil {
		return nil, err
	}
	return s, nil
}
