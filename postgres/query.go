package postgres

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/kroniek/kroniek/internal/storeenc"
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

// dateRange adds conditions keeping rows whose date column (YYYY,
// YYYY-MM or YYYY-MM-DD) overlaps [from, to], both inclusive and of any
// of those precisions. Rows without a date are left out when a bound is set.
func (w *where) dateRange(col, from, to string) error {
	if err := storeenc.CheckDates(from, to); err != nil {
		return err
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

// scanJSON runs a query of one JSON column and passes each value to fn.
func scanJSON(ctx context.Context, tx *Tx, q string, args []any, fn func([]byte) error) error {
	rows, err := tx.Query(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	return storeenc.ScanJSON(rows, fn)
}
