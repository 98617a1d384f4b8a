package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/searchtext"
	"github.com/kroniek/kroniek/internal/storeenc"
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

// ftsString quotes s as an FTS5 string: inside double quotes only the
// double quote itself is special, and it is escaped by doubling.
func ftsString(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// Search runs a ranked full-text query (bm25, title weighted) with
// filters and returns a page of hits with snippets, the total, and facets
// over all hits: outlet, lang, story, entity (top 10) and event (type).
// Without query terms it lists the matching articles, newest first.
func (s *Store) Search(ctx context.Context, sq kroniek.SearchQuery) (*kroniek.SearchResult, error) {
	limit, offset, err := storeenc.Page(sq.Page)
	if err != nil {
		return nil, err
	}
	q := searchtext.ParseQuery(sq.Text, sq.Lang)
	match := ftsMatch(q)
	res := &kroniek.SearchResult{Hits: []kroniek.SearchHit{}, Facets: map[string][]kroniek.FacetCount{}}
	var w where
	from := ` FROM articles a`
	score := `0.0`
	order := `a.published DESC, a.id`
	if match != "" {
		from = ` FROM search JOIN search_docs d ON d.doc = search.rowid JOIN articles a ON a.id = d.article`
		score = fmt.Sprintf(`-bm25(search, %g, %g)`, titleWeight, textWeight)
		order = `score DESC, a.published DESC, a.id`
		w.add(`search MATCH ?`, match)
	}
	w.eq("a.outlet", sq.Outlet)
	w.eq("a.lang", sq.Lang)
	w.eq("a.story", sq.Story)
	if sq.Entity != "" {
		w.add("EXISTS (SELECT 1 FROM mentions m WHERE m.article = a.id AND m.entity = ?)", sq.Entity)
	}
	if sq.Event != "" {
		w.add("EXISTS (SELECT 1 FROM events x WHERE x.article = a.id AND x.type = ?)", sq.Event)
	}
	if err := w.dateRange("a.published", sq.From, sq.To); err != nil {
		return nil, err
	}
	if q.None {
		res.Facets = searchtext.NoFacets()
		return res, nil
	}
	err = s.read(ctx, "search", func(tx *Tx) error {
		all, err := searchHits(ctx, tx, `SELECT a.id, a.outlet, a.lang, a.story, `+score+` AS score`+
			from+w.sql()+` ORDER BY `+order, w.args)
		if err != nil {
			return err
		}
		res.Total = len(all)
		if offset < len(all) {
			pg := all[offset:min(len(all), offset+limit)]
			if err := fillHits(ctx, tx, pg, q.Terms); err != nil {
				return err
			}
			res.Hits = pg
		}
		return searchFacets(ctx, tx, all, res.Facets)
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

// searchHits reads every hit's id, facet values and score, ranked.
func searchHits(ctx context.Context, tx *Tx, q string, args []any) ([]kroniek.SearchHit, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var hits []kroniek.SearchHit
	for rows.Next() {
		var h kroniek.SearchHit
		if err := rows.Scan(&h.Article, &h.Outlet, &h.Lang, &h.Story, &h.Score); err != nil {
			return nil, err
		}
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

// fillHits adds title, date and snippet to a page of hits.
func fillHits(ctx context.Context, tx *Tx, hits []kroniek.SearchHit, terms map[string]bool) error {
	for i := range hits {
		h := &hits[i]
		var text string
		if err := tx.QueryRowContext(ctx, `SELECT title, published, text FROM articles WHERE id = ?`,
			h.Article).Scan(&h.Title, &h.Published, &text); err != nil {
			return fmt.Errorf("hit %s: %w", h.Article, err)
		}
		lang := h.Lang
		h.Snippet = searchtext.Snippet(text, lang, terms, func(w string) []string { return tx.memo.Word(w, lang) })
	}
	return nil
}

// searchFacets counts the hits per outlet, language, story, entity and
// event type.
func searchFacets(ctx context.Context, tx *Tx, hits []kroniek.SearchHit, facets map[string][]kroniek.FacetCount) error {
	ids, err := searchtext.HitFacets(hits, facets, func(id string) (string, error) {
		var title string
		err := tx.QueryRowContext(ctx, `SELECT title FROM stories WHERE id = ?`, id).Scan(&title)
		if errors.Is(err, sql.ErrNoRows) {
			return "", nil
		}
		return title, err
	})
	if err != nil {
		return err
	}
	idList := storeenc.JSONStrings(ids)
	facets[kroniek.FacetEntity], err = facetQuery(ctx, tx, `SELECT m.entity, COALESCE(e.name, ''), COUNT(DISTINCT m.article) AS n
		FROM mentions m LEFT JOIN entities e ON e.id = m.entity
		WHERE m.entity != '' AND `+inJSON("m.article")+`
		GROUP BY m.entity ORDER BY n DESC, m.entity LIMIT ?`, idList, searchtext.FacetSize)
	if err != nil {
		return fmt.Errorf("entity facet: %w", err)
	}
	facets[kroniek.FacetEvent], err = facetQuery(ctx, tx, `SELECT x.type, '', COUNT(DISTINCT x.article) AS n
		FROM events x WHERE x.type != '' AND `+inJSON("x.article")+`
		GROUP BY x.type ORDER BY n DESC, x.type LIMIT ?`, idList, len(kroniek.EventTypes)+8)
	if err != nil {
		return fmt.Errorf("event facet: %w", err)
	}
	return nil
}

// facetQuery reads (value, label, count) rows.
func facetQuery(ctx context.Context, tx *Tx, q string, args ...any) ([]kroniek.FacetCount, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return storeenc.ScanFacets(rows)
}
