package postgres

import (
	"context"
	"database/sql"
	"errors"

	"github.com/jackc/pgx/v5"

	"github.com/kroniek/kroniek/internal/sqlstore"
)

// queries are the shared SQL bodies, embedded in Store.
type queries = sqlstore.Queries

// shared returns tx as the shared SQL bodies use it: their "?"
// placeholders become $n.
func (tx *Tx) shared() sqlstore.Tx { return sharedTx{tx} }

// native returns the Tx of a shared transaction this store began.
func native(tx sqlstore.Tx) *Tx { return tx.(sharedTx).tx }

// sharedTx adapts Tx to sqlstore.Tx.
type sharedTx struct{ tx *Tx }

func (t sharedTx) Exec(ctx context.Context, q string, args ...any) (int64, error) {
	tag, err := t.tx.Exec(ctx, sqlstore.Rebind(q), args...)
	return tag.RowsAffected(), err
}

func (t sharedTx) Query(ctx context.Context, q string, args ...any) (sqlstore.Rows, error) {
	return t.tx.Query(ctx, sqlstore.Rebind(q), args...)
}

func (t sharedTx) QueryRow(ctx context.Context, q string, args ...any) sqlstore.Row {
	return sharedRow{t.tx.QueryRow(ctx, sqlstore.Rebind(q), args...)}
}

// sharedRow reports pgx's no rows as sql.ErrNoRows.
type sharedRow struct{ row pgx.Row }

func (r sharedRow) Scan(dest ...any) error {
	err := r.row.Scan(dest...)
	if errors.Is(err, pgx.ErrNoRows) {
		return sql.ErrNoRows
	}
	return err
}

// runner runs the shared bodies in the store's transactions, retried on
// transient errors.
type runner struct{ s *Store }

func (r runner) Read(ctx context.Context, op string, fn func(sqlstore.Tx) error) error {
	return r.s.read(ctx, op, func(tx *Tx) error { return fn(tx.shared()) })
}

func (r runner) Write(ctx context.Context, op string, fn func(sqlstore.Tx) error) error {
	return r.s.write(ctx, op, func(tx *Tx) error { return fn(tx.shared()) })
}
