package postgres

import (
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// errRetry asks for the transaction to be run again: a row it was about
// to insert appeared meanwhile.
var errRetry = errors.New("concurrent insert; retry")

// retry runs f until it succeeds, fails with a permanent error, the
// context ends or s.RetryFor has passed, pausing between attempts with
// exponential backoff (s.RetryBase doubling up to s.RetryMax, jittered).
func (s *Store) retry(ctx context.Context, f func(context.Context) error) error {
	deadline := time.Now().Add(s.RetryFor)
	delay := s.RetryBase
	for {
		err := f(ctx)
		if err == nil || !transient(err) || ctx.Err() != nil {
			return err
		}
		pause := delay/2 + rand.N(delay/2+1)
		if time.Now().Add(pause).After(deadline) {
			return err
		}
		if s.OnRetry != nil {
			s.OnRetry(err, pause)
		}
		t := time.NewTimer(pause)
		select {
		case <-ctx.Done():
			t.Stop()
			return err
		case <-t.C:
		}
		delay = min(2*delay, s.RetryMax)
	}
}

// transient reports whether err may go away when the transaction is run
// again: serialization failures and deadlocks, the server shutting down
// or starting, lost or refused connections. Errors are told apart by
// SQLSTATE and error type, never by message.
func transient(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	if errors.Is(err, errRetry) {
		return true
	}
	if code := pgCode(err); code != "" {
		switch code {
		case "40001", // serialization_failure
			"40P01", // deadlock_detected
			"57P01", // admin_shutdown
			"57P02", // crash_shutdown
			"57P03", // cannot_connect_now
			"53300": // too_many_connections
			return true
		}
		return strings.HasPrefix(code, "08") // connection_exception class
	}
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) || pgconn.SafeToRetry(err) {
		return true
	}
	if errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, syscall.EPIPE) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return true
	}
	var ne net.Error
	return errors.As(err, &ne)
}
