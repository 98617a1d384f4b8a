package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"sort"
	"sync"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/sqlstore"
	sqlite "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

var _ kroniek.Store = (*Store)(nil)

// Store is a kroniek.Store in one SQLite file. Writes go through a single
// connection; reads use a small pool of read-only connections, which WAL
// lets run beside the writer. Across processes, writers take turns by
// Lock. The reading methods are the shared SQL bodies of sqlstore.
type Store struct {
	queries
	path     string
	db       *sql.DB // the one writer connection
	rdb      *sql.DB // readers; == db for in-memory and read-only stores
	readOnly bool
	memLock  sync.Mutex // the writer lock of an in-memory store

	// Now returns the time stamped on changed rows; tests may replace it.
	Now func() time.Time
}

// Open opens (creating if needed) the store at path and applies pending
// migrations under ctx. The path ":memory:" gives a private in-memory store. Every
// error names the file.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, kroniek.Errorf(kroniek.EINVALID, "sqlite: empty database path")
	}
	s := newStore(path, false)
	memory := path == ":memory:"

	db, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	s.db, s.rdb = db, db

	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, openError(path, err)
	}
	if !memory {
		rdb, err := sql.Open("sqlite", dsn(path, true))
		if err != nil {
			db.Close()
			return nil, fmt.Errorf("open sqlite readers %s: %w", path, err)
		}
		rdb.SetMaxOpenConns(4)
		rdb.SetMaxIdleConns(2)
		rdb.SetConnMaxIdleTime(time.Minute)
		s.rdb = rdb
	}
	return s, nil
}

// queries are the shared SQL bodies, embedded in Store.
type queries = sqlstore.Queries

func newStore(path string, readOnly bool) *Store {
	s := &Store{path: path, Now: time.Now, readOnly: readOnly}
	s.queries = sqlstore.New(runner{s}, dialect)
	return s
}

// OpenReadOnly opens an existing store for reading only: nothing is
// created, migrated or written, so a store on a read-only file or in a
// read-only folder can be read. A missing file is ENOTFOUND and a file
// that is not a SQLite database (an empty one included) EINVALID; both
// name the file. Write methods fail.
func OpenReadOnly(ctx context.Context, path string) (*Store, error) {
	if path == "" || path == ":memory:" {
		return nil, kroniek.Errorf(kroniek.EINVALID, "sqlite: no database file to open read-only")
	}
	if err := checkDatabaseFile(path); err != nil {
		return nil, err
	}
	s := newStore(path, true)
	var last error
	// mode=ro needs the WAL's shared-memory file, which a read-only folder
	// cannot hold; immutable=1 reads the file as it is, which is right
	// there, as no writer can change it.
	for _, extra := range []string{"mode=ro", "mode=ro&immutable=1"} {
		db, err := sql.Open("sqlite", "file:"+path+"?"+extra+"&_pragma=busy_timeout(10000)&_pragma=query_only(1)")
		if err != nil {
			return nil, fmt.Errorf("open sqlite %s: %w", path, err)
		}
		db.SetMaxOpenConns(4)
		if last = checkSchema(ctx, db); last == nil {
			s.db, s.rdb = db, db
			if err := s.legacyReads(ctx); err != nil {
				return nil, err
			}
			return s, nil
		}
		db.Close()
		if kroniek.ErrorCode(last) != kroniek.EINTERNAL {
			break
		}
	}
	return nil, openError(path, last)
}

// legacyReads makes a read-only store written before the speaker index
// (quote_speakers) find a speaker's quotes by their JSON, as the kroniek
// that wrote it did, instead of failing on the missing table.
func (s *Store) legacyReads(ctx context.Context) error {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'quote_speakers'`).Scan(&n); err != nil {
		s.db.Close()
		return openError(s.path, err)
	}
	if n == 0 {
		s.queries = sqlstore.New(runner{s}, legacyDialect)
	}
	return nil
}

// checkDatabaseFile tells why path cannot be a store to read: missing,
// not a regular file, or without SQLite's header (an empty file too).
func checkDatabaseFile(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return kroniek.Errorf(kroniek.ENOTFOUND, "no store at %s", path)
	} else if err != nil {
		return fmt.Errorf("open sqlite %s: %w", path, err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil {
		return fmt.Errorf("open sqlite %s: %w", path, err)
	} else if !fi.Mode().IsRegular() {
		return kroniek.Errorf(kroniek.EINVALID, "%s is not a store: not a regular file", path)
	} else if fi.Size() == 0 {
		return kroniek.Errorf(kroniek.EINVALID, "%s is not a store: the file is empty", path)
	}
	head := make([]byte, 16)
	if _, err := io.ReadFull(f, head); err != nil || string(head) != "SQLite format 3\x00" {
		return kroniek.Errorf(kroniek.EINVALID, "%s is not a store: not a SQLite database", path)
	}
	return nil
}

// checkSchema fails unless db holds kroniek's tables.
func checkSchema(ctx context.Context, db *sql.DB) error {
	var n int
	err := db.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('articles', 'migrations')`).Scan(&n)
	if err != nil {
		return err
	}
	if n < 2 {
		return kroniek.Errorf(kroniek.EINVALID, "not a kroniek store: no articles table")
	}
	return nil
}

// openError names the file in an error of opening it, with a hint for
// the usual causes.
func openError(path string, err error) error {
	var e *kroniek.Error
	if errors.As(err, &e) {
		return kroniek.Errorf(e.Code, "%s: %s", path, e.Message)
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_CANTOPEN:
			return fmt.Errorf("open sqlite %s: cannot open or create the file (does its folder exist, and may kroniek write there?): %w", path, err)
		case sqlite3.SQLITE_READONLY:
			return fmt.Errorf("open sqlite %s: the file or its folder is read-only (read it with export, stories or serve): %w", path, err)
		case sqlite3.SQLITE_NOTADB:
			return fmt.Errorf("open sqlite %s: the file is not a SQLite database: %w", path, err)
		}
	}
	return fmt.Errorf("open sqlite %s: %w", path, err)
}

// dsn builds the modernc.org/sqlite data source name: every connection
// gets the same pragmas; writers take the write lock when a transaction
// begins so two writers never deadlock on a lock upgrade.
func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	if path != ":memory:" {
		q.Add("_pragma", "journal_mode(WAL)")
	}
	if readOnly {
		q.Add("_pragma", "query_only(1)")
	} else {
		q.Set("_txlock", "immediate")
	}
	return "file:" + path + "?" + q.Encode()
}

// Close updates the query planner's statistics where SQLite thinks it
// worthwhile (PRAGMA optimize, as SQLite advises before closing) and
// closes the database connections.
func (s *Store) Close() error {
	var err error
	if !s.readOnly {
		_, err = s.db.Exec(`PRAGMA optimize`)
	}
	if s.rdb != s.db {
		if e := s.rdb.Close(); e != nil && err == nil {
			err = e
		}
	}
	if e := s.db.Close(); e != nil && err == nil {
		err = e
	}
	if err != nil {
		return fmt.Errorf("close sqlite %s: %w", s.path, err)
	}
	return nil
}

// DB returns the writer connection pool, for tools and tests.
func (s *Store) DB() *sql.DB { return s.db }

// IntegrityCheck runs SQLite's integrity check and the FTS5 index check and
// returns an error describing the first problems found.
func (s *Store) IntegrityCheck(ctx context.Context) error {
	rows, err := s.rdb.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return fmt.Errorf("integrity check: %w", err)
	}
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			rows.Close()
			return fmt.Errorf("integrity check: %w", err)
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Close(); err != nil {
		return fmt.Errorf("integrity check: %w", err)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("integrity check: %w", err)
	}
	if len(problems) > 0 {
		return fmt.Errorf("integrity check: %d problems, first: %s", len(problems), problems[0])
	}
	// The FTS5 check writes nothing but is a command on the table, so it
	// runs on the writer connection.
	if _, err := s.db.ExecContext(ctx, `INSERT INTO search (search, rank) VALUES ('integrity-check', 0)`); err != nil {
		return fmt.Errorf("search index integrity check: %w", err)
	}
	return nil
}

// migrate applies the embedded migrations not yet recorded in the
// migrations table, each in its own transaction, in name order.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS migrations (
		name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("create migrations table: %w", err)
	}
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return fmt.Errorf("list migrations: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := s.migrateFile(ctx, name); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) migrateFile(ctx context.Context, name string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate %s: %w", name, err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM migrations WHERE name = ?`, name).Scan(&n); err != nil {
		return fmt.Errorf("migrate %s: %w", name, err)
	} else if n > 0 {
		return nil
	}
	buf, err := fs.ReadFile(migrationFS, name)
	if err != nil {
		return fmt.Errorf("migrate %s: %w", name, err)
	}
	if _, err := tx.ExecContext(ctx, string(buf)); err != nil {
		return fmt.Errorf("migrate %s: %w", name, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO migrations (name, applied_at) VALUES (?, ?)`,
		name, s.Now().UTC().Format(time.RFC3339)); err != nil {
		return fmt.Errorf("migrate %s: %w", name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrate %s: %w", name, err)
	}
	return nil
}

// write runs fn in a write transaction and commits it.
func (s *Store) write(ctx context.Context, op string, fn func(tx *Tx) error) error {
	if s.readOnly {
		return kroniek.Errorf(kroniek.EINVALID, "%s: the store %s is open read-only", op, s.path)
	}
	return s.named(inTx(ctx, op, s.db, nil, true, fn))
}

// read runs fn in a read-only transaction, so that every query it makes
// sees the same snapshot.
func (s *Store) read(ctx context.Context, op string, fn func(tx *Tx) error) error {
	return s.named(inTx(ctx, op, s.rdb, &sql.TxOptions{ReadOnly: s.rdb != s.db}, false, fn))
}

// named puts the file's name in an error that is not about the data
// (not found, invalid): internal, busy and disk-full errors, so a user
// with several stores knows which one failed.
func (s *Store) named(err error) error {
	var e *kroniek.Error
	switch kroniek.ErrorCode(err) {
	case "":
		return nil
	case kroniek.EINTERNAL:
		return fmt.Errorf("sqlite %s: %w", s.path, err)
	case kroniek.ECONFLICT, kroniek.ETOOLARGE:
		errors.As(err, &e)
		return fmt.Errorf("%w (%w)", kroniek.Errorf(e.Code, "store %s: %s", s.path, e.Message), err)
	}
	return err
}

// inTx runs fn in a transaction of db, committing it when commit is set
// and fn succeeds, rolling it back otherwise.
func inTx(ctx context.Context, op string, db *sql.DB, opts *sql.TxOptions, commit bool, fn func(tx *Tx) error) error {
	stx, err := db.BeginTx(ctx, opts)
	if err != nil {
		return fmt.Errorf("%s: begin: %w", op, mapError(err))
	}
	tx := newTx(stx)
	defer tx.Rollback()
	defer tx.close()
	if err := fn(tx); err != nil {
		return wrap(op, err)
	}
	if !commit {
		return nil
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("%s: commit: %w", op, mapError(err))
	}
	return nil
}

// wrap adds the operation to internal errors and passes application
// errors through unchanged, so their messages stay user-facing.
func wrap(op string, err error) error { return sqlstore.Wrap(op, err, mapError) }

// mapError turns the driver errors an application can act on into
// kroniek errors, by result code.
func mapError(err error) error {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return err
	}
	switch se.Code() {
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return sqlstore.Mapped(kroniek.ECONFLICT, "the database is busy; try again", err)
	case sqlite3.SQLITE_FULL:
		return sqlstore.Mapped(kroniek.ETOOLARGE, "the database or disk is full", err)
	}
	return err
}

// isConstraint reports whether err is a constraint violation of the given
// extended code (or any constraint when code is 0).
func isConstraint(err error, code int) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	if code == 0 {
		return se.Code()&0xff == sqlite3.SQLITE_CONSTRAINT
	}
	return se.Code() == code
}
