package main

import (
	"context"
	"fmt"
	"io"
	"net/url"
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
//
// The first connection is retried in silence inside postgres.Open, so a
// note after waitNote says what is awaited (the host, never the password).
func openPostgres(ctx context.Context, dsn string) (kroniek.Store, error) {
	note := time.AfterFunc(waitNote, func() {
		fmt.Fprintf(pgNotes, "kroniek: waiting for PostgreSQL at %s (retried for up to 2 minutes; Ctrl-C stops)\n", pgHost(dsn))
	})
	s, err := postgres.Open(ctx, dsn)
	note.Stop()
	if err != nil {
		return nil, err
	}
	s.OnRetry = func(err error, pause time.Duration) {
		fmt.Fprintf(pgNotes, "kroniek: postgres: %v; retrying in %v\n", err, pause.Round(time.Millisecond))
	}
	return s, nil
}

// pgNotes receives the notes of waiting for PostgreSQL (standard error;
// tests set it).
var pgNotes io.Writer = os.Stderr

// pgHost returns the host (and port) a PostgreSQL DSN names, or "the
// server" when it names none.
func pgHost(dsn string) string {
	if u, err := url.Parse(dsn); err == nil && u.Host != "" {
		return u.Host
	}
	return "the server"
}
