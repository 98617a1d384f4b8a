package sqlite

import (
	"context"
	"database/sql"

	"github.com/kroniek/kroniek/internal/searchtext"
	"github.com/kroniek/kroniek/internal/sqlstore"
)

// Tx is a transaction whose ExecContext and QueryRowContext reuse one
// prepared statement per query text, so batches parse their SQL once.
// It also memoises search terms per word for the batch.
type Tx struct {
	*sql.Tx
	stmts map[string]*sql.Stmt
	memo  *searchtext.Memo
}

func newTx(tx *sql.Tx) *Tx {
	return &Tx{Tx: tx, stmts: map[string]*sql.Stmt{}, memo: searchtext.NewMemo()}
}

// prepare returns the transaction's prepared statement for q.
func (tx *Tx) prepare(ctx context.Context, q string) (*sql.Stmt, error) {
	if st := tx.stmts[q]; st != nil {
		return st, nil
	}
	st, err := tx.Tx.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	tx.stmts[q] = st
	return st, nil
}

// ExecContext executes q with a prepared statement. Cancellation is
// checked before each statement rather than watched during it: the
// driver would start a goroutine per statement to watch ctx, which costs
// more than the short statements of a batch.
func (tx *Tx) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	st, err := tx.prepare(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(context.WithoutCancel(ctx), args...)
}

// QueryRowContext runs q with a prepared statement; errors surface on
// Scan. Cancellation is handled as in ExecContext.
func (tx *Tx) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	st, err := tx.prepare(ctx, q)
	if err != nil || ctx.Err() != nil {
		// Let sql.Tx report the error through Row.Scan.
		return tx.Tx.QueryRowContext(ctx, q, args...)
	}
	return st.QueryRowContext(context.WithoutCancel(ctx), args...)
}

// close releases the prepared statements.
func (tx *Tx) close() {
	for _, st := range tx.stmts {
		st.Close()
	}
	clear(tx.stmts)
}

// shared returns tx as the shared SQL bodies use it.
func (tx *Tx) shared() sqlstore.Tx { return sharedTx{tx} }

// native returns the Tx of a shared transaction this store began.
func native(tx sqlstore.Tx) *Tx { return tx.(sharedTx).tx }

// sharedTx adapts Tx to sqlstore.Tx.
type sharedTx struct{ tx *Tx }

func (t sharedTx) Exec(ctx context.Context, q string, args ...any) (int64, error) {
	res, err := t.tx.ExecContext(ctx, q, args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func (t sharedTx) Query(ctx context.Context, q string, args ...any) (sqlstore.Rows, error) {
	rows, err := t.tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	return sqlstore.SQLRows{Rows: rows}, nil
}

func (t sharedTx) QueryRow(ctx context.Context, q string, args ...any) sqlstore.Row {
	return t.tx.QueryRowContext(ctx, q, args...)
}

// runner runs the shared bodies in the store's transactions.
type runner struct{ s *Store }

func (r runner) Read(ctx context.Context, op string, fn func(sqlstore.Tx) error) error {
	return r.s.read(ctx, op, func(tx *Tx) error { return fn(tx.shared()) })
}

func (r runner) Write(ctx context.Context, op string, fn func(sqlstore.Tx) error) error {
	return r.s.write(ctx, op, func(tx *Tx) error { return fn(tx.shared()) })
}
