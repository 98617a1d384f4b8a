package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/searchtext"
	"github.com/kroniek/kroniek/internal/sqlstore"
)

// Search weights: a term in the title counts three times one in the text.
const (
	titleWeight = 3.0
	textWeight  = 1.0
)

// indexArticle (re)writes the article's row in the search index: its title
// and text as search terms (nl.Terms: folded, and for Dutch stemmed and
// without stop words).
func indexArticle(ctx context.Context, tx *Tx, a *kroniek.Article) error {
	var doc int64
	err := tx.QueryRowContext(ctx, `SELECT doc FROM search_docs WHERE article = ?`, a.ID).Scan(&doc)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		res, err := tx.ExecContext(ctx, `INSERT INTO search_docs (article) VALUES (?)`, a.ID)
		if err != nil {
			return fmt.Errorf("index article %s: %w", a.ID, err)
		}
		if doc, err = res.LastInsertId(); err != nil {
			return fmt.Errorf("index article %s: %w", a.ID, err)
		}
	case err != nil:
		return fmt.Errorf("index article %s: %w", a.ID, err)
	default:
		if _, err := tx.ExecContext(ctx, `DELETE FROM search WHERE rowid = ?`, doc); err != nil {
			return fmt.Errorf("index article %s: %w", a.ID, err)
		}
	}
	title := strings.Join(tx.memo.Terms(a.Title, a.Lang), " ")
	text := strings.Join(tx.memo.Terms(a.Text, a.Lang), " ")
	if _, err := tx.ExecContext(ctx, `INSERT INTO search (rowid, title, text) VALUES (?, ?, ?)`,
		doc, title, text); err != nil {
		return fmt.Errorf("index article %s: %w", a.ID, err)
	}
	return nil
}

// ftsMatch renders a parsed query as an FTS5 MATCH expression: words
// AND-ed, each word's alternatives OR-ed, an alternative's terms one FTS5
// string (a phrase), followed by * when its last term is a prefix, and
// each word of q.Not as NOT (…). Every term is quoted, so no user
// character reaches FTS5 syntax unquoted and no text can cause a syntax
// error or change the query. It returns "" for a query without words
// (everything matches; FTS5 has no NOT without a word before it).
func ftsMatch(q searchtext.Query) string {
	groups := make([]string, 0, len(q.Words))
	for _, alts := range q.Words {
		groups = append(groups, ftsAlternatives(alts))
	}
	if len(groups) == 0 {
		return ""
	}
	match := strings.Join(groups, " AND ")
	for _, alts := range q.Not {
		match = "(" + match + ") NOT " + ftsAlternatives(alts)
	}
	return match
}

// ftsAlternatives renders one word's alternatives, OR-ed.
func ftsAlternatives(alts [][]string) string {
	quoted := make([]string, len(alts))
	for i, terms := range alts {
		plain := make([]string, len(terms))
		prefix := false
		for k, t := range terms {
			plain[k], prefix = searchtext.Prefix(t)
		}
		quoted[i] = ftsString(strings.Join(plain, " "))
		if prefix {
			quoted[i] += " *"
		}
	}
	if len(quoted) == 1 {
		return quoted[0]
	}
	return "(" + strings.Join(quoted, " OR ") + ")"
}

// ftsSearch is SQLite's full-text search: the FTS5 table, ranked by
// bm25 with the title weighted.
func ftsSearch(q searchtext.Query) (sqlstore.FullText, bool) {
	return sqlstore.FullText{
		From:     ` FROM search JOIN search_docs d ON d.doc = search.rowid JOIN articles a ON a.id = d.article`,
		Score:    fmt.Sprintf(`-bm25(search, %g, %g)`, titleWeight, textWeight),
		Cond:     `search MATCH ?`,
		CondArgs: []any{ftsMatch(q)},
	}, true
}

// ftsString quotes s as an FTS5 string: inside double quotes only the
// double quote itself is special, and it is escaped by doubling.
func ftsString(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}
