package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/kroniek/kroniek/internal/storeenc"
)

// where collects SQL conditions and their arguments.
type where struct {
	conds []string
	args  []any
}

// add appends a condition with its arguments.
func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
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
		return fmt.Sprintf("substr(%[1]s, 1, min(length(%[1]s), %[2]d))", col, len(bound))
	}
	if from != "" {
		w.add(col+" != '' AND "+cut(from)+" >= substr(?, 1, length("+col+"))", from)
	}
	if to != "" {
		w.add(col+" != '' AND "+cut(to)+" <= substr(?, 1, length("+col+"))", to)
	}
	return nil
}

// orderArticles is publication order: unknown dates last, then by id.
const orderArticles = `a.published = '', a.published, a.id`

// count runs a COUNT(*) query.
func count(ctx context.Context, tx *Tx, query string, args ...any) (int, error) {
	var n int
	if err := tx.QueryRowContext(ctx, query, args...).Scan(&n); err != nil {
		return 0, err
	}
	return n, nil
}

// inJSON returns a condition "col IN (the JSON array argument)".
func inJSON(col string) string {
	return col + " IN (SELECT value FROM json_each(?))"
}
