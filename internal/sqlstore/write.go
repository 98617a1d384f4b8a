package sqlstore

import (
	"context"
	"errors"
	"fmt"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/storeenc"
)

// Ingest runs put in a write transaction of run ("put articles") and
// raises the data generation when it stored a new or changed article.
// (Ingest and Change are functions, not methods, so that a store
// embedding Queries does not export them.)
func Ingest(ctx context.Context, run Runner, put func(Tx) (kroniek.IngestResult, error)) (kroniek.IngestResult, error) {
	var res kroniek.IngestResult
	err := Change(ctx, run, "put articles", func(tx Tx) (bool, error) {
		var err error
		res, err = put(tx)
		return res.New+res.Updated > 0, err
	})
	if err != nil {
		return kroniek.IngestResult{}, err
	}
	return res, nil
}

// Change runs put in a write transaction of run and raises the data
// generation when put reports a change to articles or analyses.
func Change(ctx context.Context, run Runner, op string, put func(Tx) (bool, error)) error {
	return run.Write(ctx, op, func(tx Tx) error {
		changed, err := put(tx)
		if err != nil || !changed {
			return err
		}
		return BumpData(ctx, tx)
	})
}

// Wrap adds the operation to internal errors, mapped by the driver's
// mapError, and passes application errors through unchanged, so their
// messages stay user-facing.
func Wrap(op string, err error, mapError func(error) error) error {
	if err == nil {
		return nil
	}
	var e *kroniek.Error
	if errors.As(err, &e) {
		return err
	}
	return fmt.Errorf("%s: %w", op, mapError(err))
}

// Mapped is a driver error err as an application error of code with a
// user-facing message; errors.As still finds the driver's error.
func Mapped(code, message string, err error) error {
	return fmt.Errorf("%w (%w)", kroniek.Errorf(code, "%s", message), err)
}

// StoredInputs returns the input fingerprint of the stored articles of
// ids (of every stored article when ids is nil).
func StoredInputs(ctx context.Context, tx Tx, d *Dialect, ids []string) (map[string]string, error) {
	var w Where
	if ids != nil {
		w.Add(d.In("id", ids))
	}
	rows, err := tx.Query(ctx, `SELECT id, lang, text, headings`+d.JSONText+` FROM articles`+w.SQL(), w.args...)
	if err != nil {
		return nil, fmt.Errorf("read article inputs: %w", err)
	}
	defer rows.Close()
	out := make(map[string]string)
	for rows.Next() {
		var id, lang, text, headings string
		if err := rows.Scan(&id, &lang, &text, &headings); err != nil {
			return nil, fmt.Errorf("read article inputs: %w", err)
		}
		out[id] = storeenc.InputOf(lang, text, []byte(headings))
	}
	return out, rows.Err()
}
