package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"github.com/kroniek/kroniek/internal/searchtext"
	"github.com/kroniek/kroniek/internal/storeenc"
)

// Rows is a query's result: database/sql's and pgx's rows, adapted.
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close()
}

// Row is a one-row result; Scan returns sql.ErrNoRows when there is none.
type Row interface {
	Scan(dest ...any) error
}

// Tx is a transaction as the shared bodies use it. Queries are written
// with "?" placeholders; a PostgreSQL Tx rebinds them (Rebind).
type Tx interface {
	Exec(ctx context.Context, q string, args ...any) (int64, error)
	Query(ctx context.Context, q string, args ...any) (Rows, error)
	QueryRow(ctx context.Context, q string, args ...any) Row
}

// Runner runs a function in a read or a write transaction of a store,
// naming op in its errors. A store may run fn more than once (PostgreSQL
// retries transient errors), so fn must reset what it fills.
type Runner interface {
	Read(ctx context.Context, op string, fn func(Tx) error) error
	Write(ctx context.Context, op string, fn func(Tx) error) error
}

// Dialect is what differs in the SQL of the two stores.
type Dialect struct {
	// Least is the scalar minimum function: "min" or "least".
	Least string
	// Text is a text argument's placeholder where the type must be
	// known: "?" or "?::text".
	Text string
	// JSON is a JSON argument's placeholder: "?" or "?::jsonb".
	JSON string
	// JSONText follows a JSON column read as its text: "" or "::text".
	JSONText string
	// Collate follows a comparison of dates as bytes: "" or ` COLLATE "C"`.
	Collate string
	// In returns the condition "col is one of the list" and its one
	// argument.
	In func(col string, list []string) (string, any)
	// Holds returns the condition "the JSON array in col holds the text
	// argument".
	Holds func(col string) string
	// QuoteSpeaker returns the condition "the quote row x has the entity
	// id among its speakers" (first or co-speaker) and its arguments.
	QuoteSpeaker func(id string) (string, []any)
	// True returns the condition "the JSON object in col has true under
	// key".
	True func(col, key string) string
	// Str returns the text under key of the JSON object in col, "" when
	// it has none.
	Str func(col, key string) string
	// FullText is the full-text search of a query with words; ok is
	// false when nothing can match.
	FullText func(q searchtext.Query) (ft FullText, ok bool)
}

// Rebind turns the "?" placeholders of q into PostgreSQL's $1, $2, …,
// leaving quoted strings and identifiers alone.
func Rebind(q string) string {
	if strings.IndexByte(q, '?') < 0 {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 8)
	n := 0
	var quote byte
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '?':
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// Where collects SQL conditions and their arguments.
type Where struct {
	conds []string
	args  []any
}

// Add appends a condition with its arguments ("?" placeholders).
func (w *Where) Add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

// Eq adds "col = v" when v is not empty.
func (w *Where) Eq(col, v string) {
	if v != "" {
		w.Add(col+" = ?", v)
	}
}

// SQL returns " WHERE a AND b", or "" when there are no conditions.
func (w *Where) SQL() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// Args returns a copy of the arguments, with more appended.
func (w *Where) Args(more ...any) []any {
	return append(append(make([]any, 0, len(w.args)+len(more)), w.args...), more...)
}

// DateRange adds conditions keeping rows whose date column (YYYY,
// YYYY-MM or YYYY-MM-DD) overlaps [from, to], both inclusive and of any
// of those precisions. Rows without a date are left out when a bound is set.
func (w *Where) DateRange(d *Dialect, col, from, to string) error {
	if err := storeenc.CheckDates(from, to); err != nil {
		return err
	}
	// Compare on the common prefix: a month overlaps a day range when the
	// month of the bound is that month.
	cut := func(bound string) string {
		return fmt.Sprintf("substr(%[1]s, 1, %[3]s(length(%[1]s), %[2]d))", col, len(bound), d.Least)
	}
	bound := "substr(" + d.Text + ", 1, length(" + col + "))" + d.Collate
	if from != "" {
		w.Add(col+" != '' AND "+cut(from)+" >= "+bound, from)
	}
	if to != "" {
		w.Add(col+" != '' AND "+cut(to)+" <= "+bound, to)
	}
	return nil
}

// OrderArticles is publication order: unknown dates last, then by id.
const OrderArticles = `a.published = '', a.published, a.id`

// page returns " LIMIT ? OFFSET ?" and its arguments after args, or
// nothing more when limit < 0 (all rows).
func page(args []any, limit, offset int) (string, []any) {
	args = append([]any{}, args...)
	if limit < 0 {
		return "", args
	}
	return ` LIMIT ? OFFSET ?`, append(args, limit, offset)
}

// Count runs a COUNT(*) query.
func Count(ctx context.Context, tx Tx, q string, args ...any) (int, error) {
	var n int
	if err := tx.QueryRow(ctx, q, args...).Scan(&n); err != nil {
		return 0, err
	}
	return n, nil
}

// ScanJSON runs a query of one JSON column and passes each value to fn.
func ScanJSON(ctx context.Context, tx Tx, q string, args []any, fn func([]byte) error) error {
	rows, err := tx.Query(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	return storeenc.ScanJSON(rows, fn)
}

// SQLRows adapts database/sql's rows to Rows.
type SQLRows struct{ *sql.Rows }

// Close closes the rows; their error, if any, is in Err.
func (r SQLRows) Close() { r.Rows.Close() }

// IndexedSpeaker is Dialect.QuoteSpeaker by the quote_speakers table,
// which lists every speaker of a quote: "A en B zeggen" is found under
// B by the index, without reading any quote's JSON.
func IndexedSpeaker(id string) (string, []any) {
	return "(x.article, x.seq) IN (SELECT article, seq FROM quote_speakers WHERE entity = ?)", []any{id}
}
