package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/searchtext"
	"github.com/kroniek/kroniek/internal/sqlstore"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

var _ kroniek.Store = (*Store)(nil)

// migrationLock is the pg_advisory_xact_lock key under which migrations
// run, so that workers starting together apply each migration once.
const migrationLock int64 = 0x6b726f6e69656b01 // "kroniek" + 1

// corpusLock serialises PutCorpus calls, which replace whole tables.
const corpusLock int64 = 0x6b726f6e69656b02

// Store is a kroniek.Store in a PostgreSQL database, through a pgx
// connection pool. Every public method runs in one transaction and retries
// it on transient errors (connection lost, server restarting,
// serialization failure, deadlock) with capped exponential backoff. The
// reading methods are the shared SQL bodies of sqlstore.
type Store struct {
	queries
	pool *pgxpool.Pool

	// Now returns the time stamped on changed rows; tests may replace it.
	Now func() time.Time
	// RetryFor bounds how long a method keeps retrying transient errors
	// (the context bounds it too). Default 2 minutes.
	RetryFor time.Duration
	// RetryBase and RetryMax are the first and the largest pause between
	// attempts. Defaults 50 ms and 2 s.
	RetryBase, RetryMax time.Duration
	// OnRetry, when set, is called before each pause with the transient
	// error that caused it (for logs and tests).
	OnRetry func(err error, pause time.Duration)
}

// Open connects to the database at dsn (a postgres:// URL or key=value
// string) and applies pending migrations.
func Open(ctx context.Context, dsn string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, kroniek.Errorf(kroniek.EINVALID, "postgres: %v", err)
	}
	return OpenConfig(ctx, cfg)
}

// OpenConfig is Open with a pool configuration, for callers that set
// pool sizes or an AfterConnect hook (tests set search_path there).
func OpenConfig(ctx context.Context, cfg *pgxpool.Config) (*Store, error) {
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	s := &Store{pool: pool, Now: time.Now, RetryFor: 2 * time.Minute,
		RetryBase: 50 * time.Millisecond, RetryMax: 2 * time.Second}
	s.queries = sqlstore.New(runner{s}, dialect)
	if err := s.retry(ctx, s.migrate); err != nil {
		pool.Close()
		return nil, wrap("open postgres: migrate", err)
	}
	return s, nil
}

// Close closes the connection pool.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// Pool returns the connection pool, for tools and tests.
func (s *Store) Pool() *pgxpool.Pool { return s.pool }

// migrate applies the embedded migrations not yet recorded in the
// migrations table, in name order, in one transaction holding an advisory
// lock: a second process starting at the same time waits, then finds
// them applied.
func (s *Store) migrate(ctx context.Context) error {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return fmt.Errorf("list migrations: %w", err)
	}
	sort.Strings(names)
	return s.inTx(ctx, pgx.TxOptions{}, func(tx *Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, migrationLock); err != nil {
			return fmt.Errorf("lock migrations: %w", err)
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS migrations (
			name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)`); err != nil {
			return fmt.Errorf("create migrations table: %w", err)
		}
		rows, err := tx.Query(ctx, `SELECT name FROM migrations`)
		if err != nil {
			return fmt.Errorf("read migrations: %w", err)
		}
		applied, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			return fmt.Errorf("read migrations: %w", err)
		}
		done := map[string]bool{}
		for _, n := range applied {
			done[n] = true
		}
		for _, name := range names {
			if done[name] {
				continue
			}
			buf, err := fs.ReadFile(migrationFS, name)
			if err != nil {
				return fmt.Errorf("migrate %s: %w", name, err)
			}
			if _, err := tx.Exec(ctx, string(buf)); err != nil {
				return fmt.Errorf("migrate %s: %w", name, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO migrations (name, applied_at) VALUES ($1, $2)`,
				name, s.Now().UTC()); err != nil {
				return fmt.Errorf("migrate %s: %w", name, err)
			}
		}
		return nil
	})
}

// Tx is a transaction with a memo of search terms for the batch.
type Tx struct {
	pgx.Tx
	memo *searchtext.Memo
}

// inTx runs fn in a transaction and commits it.
func (s *Store) inTx(ctx context.Context, opts pgx.TxOptions, fn func(tx *Tx) error) error {
	ptx, err := s.pool.BeginTx(ctx, opts)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	tx := &Tx{Tx: ptx, memo: searchtext.NewMemo()}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// write runs fn in a read-write transaction, retried on transient errors.
func (s *Store) write(ctx context.Context, op string, fn func(tx *Tx) error) error {
	err := s.retry(ctx, func(ctx context.Context) error {
		return s.inTx(ctx, pgx.TxOptions{}, fn)
	})
	return wrap(op, err)
}

// read runs fn in a read-only repeatable-read transaction, so that every
// query it makes sees the same snapshot; retried on transient errors.
func (s *Store) read(ctx context.Context, op string, fn func(tx *Tx) error) error {
	err := s.retry(ctx, func(ctx context.Context) error {
		return s.inTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, fn)
	})
	return wrap(op, err)
}

// wrap adds the operation to internal errors and passes application
// errors through unchanged, so their messages stay user-facing.
func wrap(op string, err error) error { return sqlstore.Wrap(op, err, mapError) }

// mapError turns the server errors an application can act on into
// kroniek errors, by SQLSTATE.
func mapError(err error) error {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return err
	}
	switch {
	case pe.Code == "53100": // disk_full
		return sqlstore.Mapped(kroniek.ETOOLARGE, "the database disk is full", err)
	case pe.Code == "54000": // program_limit_exceeded
		return sqlstore.Mapped(kroniek.ETOOLARGE, "a value exceeds a database limit", err)
	case pe.Code == "22021" || pe.Code == "22P05": // bytes not valid in the encoding (NUL)
		return sqlstore.Mapped(kroniek.EINVALID, "text the database cannot store", err)
	case transient(err):
		return sqlstore.Mapped(kroniek.ECONFLICT, "the database is busy or unreachable; try again", err)
	}
	return err
}

// pgCode returns err's SQLSTATE, or "".
func pgCode(err error) string {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return pe.Code
	}
	return ""
}
