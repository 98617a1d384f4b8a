package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/kroniek/kroniek"
)

// where collects SQL conditions and their arguments; arg returns the
// $n placeholder of a new argument.
type where struct {
	conds []string
	args  []any
}

// arg appends an argument and returns its placeholder.
func (w *where) arg(v any) string {
	w.args = append(w.args, v)
	return "$" + strconv.Itoa(len(w.args))
}

// add appends a condition; "?" in cond stands for the next argument.
func (w *where) add(cond string, args ...any) {
	var b strings.Builder
	for _, a := range args {
		i := strings.IndexByte(cond, '?')
		b.WriteString(cond[:i])
		b.WriteString(w.arg(a))
		cond = cond[i+1:]
	}
	b.WriteString(cond)
	w.conds = append(w.conds, b.String())
}

// eq adds "col = v" when v is not empty.
func (w *where) eq(col, v string) {
	if v != "" {
		w.add(col+" = ?", v)
	}
}

// sql returns " WHERE a AND b", or "" when there are no conditions.
func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

var dateRE = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// dateRange adds conditions keeping rows whose date column (YYYY,
// YYYY-MM or YYYY-MM-DD) overlaps [from, to], both inclusive and of any
// of those precisions. Rows without a date are left out when a bound is set.
func (w *where) dateRange(col, from, to string) error {
	for _, d := range []string{from, to} {
		if d != "" && !dateRE.MatchString(d) {
			return kroniek.Errorf(kroniek.EINVALID, "invalid date %q: want YYYY-MM-DD, YYYY-MM or YYYY", d)
		}
	}
	// Compare on the common prefix: a month overlaps a day range when the
	// month of the bound is that month.
	cut := func(bound string) string {
		return fmt.Sprintf("substr(%[1]s, 1, least(length(%[1]s), %[2]d))", col, len(bound))
	}
	if from != "" {
		w.add(col+" != '' AND "+cut(from)+" >= substr(?::text, 1, length("+col+")) COLLATE \"C\"", from)
	}
	if to != "" {
		w.add(col+" != '' AND "+cut(to)+" <= substr(?::text, 1, length("+col+")) COLLATE \"C\"", to)
	}
	return nil
}

// orderArticles is publication order: unknown dates last, then by id.
const orderArticles = `a.published = '', a.published, a.id`

// count runs a COUNT(*) query.
func count(ctx context.Context, tx *Tx, query string, args ...any) (int, error) {
	var n int
	if err := tx.QueryRow(ctx, query, args...).Scan(&n); err != nil {
		return 0, err
	}
	return n, nil
}

// jsonText marshals v for a jsonb column.
func jsonText(v any) (string, error) {
	buf, err := json.Marshal(v)
	if err != nil {
		return "", fmt.Errorf("marshal %T: %w", v, err)
	}
	return string(buf), nil
}

// jsonStrings encodes a string list as a JSON array, never null.
func jsonStrings(v []string) string {
	if v == nil {
		v = []string{}
	}
	buf, _ := json.Marshal(v) // a []string always marshals
	return string(buf)
}

// scanJSON runs a query of one JSON column and passes each value to fn.
func scanJSON(ctx context.Context, tx *Tx, q string, args []any, fn func([]byte) error) error {
	rows, err := tx.Query(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return err
		}
		if err := fn(data); err != nil {
			return err
		}
	}
	return rows.Err()
}

// decodeAppend returns a function appending each decoded JSON value to list.
func decodeAppend[T any](list *[]T) func([]byte) error {
	return func(data []byte) error {
		var v T
		if err := json.Unmarshal(data, &v); err != nil {
			return fmt.Errorf("decode %T: %w", v, err)
		}
		*list = append(*list, v)
		return nil
	}
}

// batchChunk is the number of statements sent in one round trip.
const batchChunk = 2000

// batch is a list of statements sent in pipelined chunks (pgx.Batch).
// Each statement carries the message its error is wrapped in, an optional
// mapping of server errors to application errors, and an optional error
// for when it changes no row.
type batch struct {
	items []batchItem
}

type batchItem struct {
	what  string
	q     string
	args  []any
	check func(error) error
	none  func() error
}

// queue adds a statement; check, when not nil, may turn its error into
// an application error.
func (b *batch) queue(what string, check func(error) error, q string, args ...any) {
	b.items = append(b.items, batchItem{what: what, q: q, args: args, check: check})
}

// ifNone sets the error of the last queued statement for when it changes
// no row.
func (b *batch) ifNone(fn func() error) { b.items[len(b.items)-1].none = fn }

// queueRow adds a statement that must change a row; when it changes none
// (an INSERT … ON CONFLICT DO NOTHING that met a row another transaction
// committed meanwhile), the transaction is retried.
func (b *batch) queueRow(what string, q string, args ...any) {
	b.queue(what, nil, q, args...)
	b.ifNone(func() error { return errRetry })
}

// run sends the statements and returns the first error, mapped.
func (b *batch) run(ctx context.Context, tx *Tx) error {
	for lo := 0; lo < len(b.items); lo += batchChunk {
		if err := runChunk(ctx, tx, b.items[lo:min(len(b.items), lo+batchChunk)]); err != nil {
			return err
		}
	}
	return nil
}

func runChunk(ctx context.Context, tx *Tx, items []batchItem) error {
	var pb pgx.Batch
	for _, it := range items {
		pb.Queue(it.q, it.args...)
	}
	br := tx.SendBatch(ctx, &pb)
	for _, it := range items {
		tag, err := br.Exec()
		if err == nil && it.none != nil && tag.RowsAffected() == 0 {
			br.Close()
			return it.none()
		}
		if err != nil {
			br.Close()
			if it.check != nil {
				if e := it.check(err); e != nil {
					return e
				}
			}
			return fmt.Errorf("%s: %w", it.what, err)
		}
	}
	if err := br.Close(); err != nil {
		return fmt.Errorf("batch: %w", err)
	}
	return nil
}
