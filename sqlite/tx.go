package sqlite

import (
	"context"
	"database/sql"

	"github.com/kroniek/kroniek/nl"
)

// Tx is a transaction whose ExecContext and QueryRowContext reuse one
// prepared statement per query text, so batches parse their SQL once.
// It also memoises search terms per word for the batch.
type Tx struct {
	*sql.Tx
	stmts map[string]*sql.Stmt
	terms map[string]map[string][]string // lang -> word -> terms
	nterm int
}

func newTx(tx *sql.Tx) *Tx {
	return &Tx{Tx: tx, stmts: map[string]*sql.Stmt{}, terms: map[string]map[string][]string{}}
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

// maxTermCache bounds the memo of word terms.
const maxTermCache = 1 << 17

// searchTerms returns nl.Terms(text, lang). Dutch text is tokenised once
// and each distinct word normalised once per transaction: stemming is the
// cost of indexing, and words repeat.
func (tx *Tx) searchTerms(text, lang string) []string {
	if lang != "" && lang != "nl" {
		return nl.Terms(text, lang)
	}
	toks := nl.Tokenize(text, 0, len(text), nil)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.Kind != nl.Word && t.Kind != nl.Number {
			continue
		}
		out = append(out, tx.wordTerms(t.Text, lang)...)
	}
	return out
}

// wordTerms returns nl.Terms of one token's text, memoised.
func (tx *Tx) wordTerms(word, lang string) []string {
	if lang == "" {
		lang = "nl"
	}
	m := tx.terms[lang]
	if ts, ok := m[word]; ok {
		return ts
	}
	if m == nil || tx.nterm >= maxTermCache {
		if tx.nterm >= maxTermCache {
			clear(tx.terms)
			tx.nterm = 0
		}
		m = map[string][]string{}
		tx.terms[lang] = m
	}
	ts := nl.Terms(word, lang)
	m[word] = ts
	tx.nterm++
	return ts
}
