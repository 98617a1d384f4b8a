package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/searchtext"
	"github.com/kroniek/kroniek/internal/storeenc"
)

// FullText is a dialect's full-text search of a query with words: the
// FROM clause joining articles a to the index, the score expression
// (higher is better) and its arguments, the condition and its arguments.
type FullText struct {
	From, Score, Cond   string
	ScoreArgs, CondArgs []any
}

// Search runs a ranked full-text query (the dialect's ranking, title
// weighted) with filters and returns a page of hits with snippets, the
// total, and facets over all hits: outlet, lang, story, entity (top 10)
// and event (type). Without query terms it lists the matching articles,
// newest first.
func (s *Queries) Search(ctx context.Context, sq kroniek.SearchQuery) (*kroniek.SearchResult, error) {
	limit, offset, err := storeenc.Page(sq.Page)
	if err != nil {
		return nil, err
	}
	// The stores hold valid UTF-8 without NUL only: such text in a query
	// is replaced, and such a filter value matches nothing.
	q := searchtext.ParseQuery(strings.ToValidUTF8(strings.ReplaceAll(sq.Text, "\x00", " "), "\uFFFD"), sq.Lang)
	none := q.None
	for _, v := range []string{sq.Lang, sq.Outlet, sq.Story, sq.Entity, sq.Event, sq.From, sq.To} {
		none = none || !utf8.ValidString(v) || strings.IndexByte(v, 0) >= 0
	}
	var w Where
	from := ` FROM articles a`
	score := `CAST(0 AS DOUBLE PRECISION)`
	var scoreArgs []any
	order := `a.published DESC, a.id`
	if len(q.Words) > 0 {
		ft, ok := s.dialect.FullText(q)
		none = none || !ok
		from, score, scoreArgs = ft.From, ft.Score, ft.ScoreArgs
		order = `score DESC, a.published DESC, a.id`
		w.Add(ft.Cond, ft.CondArgs...)
	}
	if len(q.Words) == 0 {
		// Only words to leave out ("-Guaidó", "NOT brexit"): every
		// article but those that hold one of them, newest first.
		for _, alts := range q.Not {
			ft, ok := s.dialect.FullText(searchtext.Query{Words: [][][]string{alts}})
			none = none || !ok
			w.Add(`a.id NOT IN (SELECT a.id`+ft.From+` WHERE `+ft.Cond+`)`, ft.CondArgs...)
		}
	}
	if sq.Outlet == kroniek.NoOutlet {
		w.Add("a.outlet = ''")
	} else {
		w.Eq("a.outlet", sq.Outlet)
	}
	w.Eq("a.lang", sq.Lang)
	w.Eq("a.story", sq.Story)
	if sq.Entity != "" {
		w.Add("EXISTS (SELECT 1 FROM mentions m WHERE m.article = a.id AND m.entity = ?)", sq.Entity)
	}
	if sq.Event != "" {
		w.Add("EXISTS (SELECT 1 FROM events x WHERE x.article = a.id AND x.type = ?)", sq.Event)
	}
	if err := w.DateRange(s.dialect, "a.published", sq.From, sq.To); err != nil {
		return nil, err
	}
	var res *kroniek.SearchResult
	newResult := func() {
		res = &kroniek.SearchResult{Hits: []kroniek.SearchHit{}, Facets: map[string][]kroniek.FacetCount{}}
	}
	if none {
		newResult()
		res.Facets = searchtext.NoFacets()
		return res, nil
	}
	err = s.run.Read(ctx, "search", func(tx Tx) error {
		newResult()
		all, err := searchHits(ctx, tx, `SELECT a.id, a.outlet, a.lang, a.story, `+score+` AS score`+
			from+w.SQL()+` ORDER BY `+order, append(append([]any{}, scoreArgs...), w.args...))
		if err != nil {
			return err
		}
		res.Total = len(all)
		if offset < len(all) {
			pg := all[offset:min(len(all), offset+limit)]
			if err := fillHits(ctx, tx, pg, q.Phrases); err != nil {
				return err
			}
			res.Hits = pg
		}
		return s.searchFacets(ctx, tx, all, res.Facets)
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

// searchHits reads every hit's id, facet values and score, ranked.
func searchHits(ctx context.Context, tx Tx, q string, args []any) ([]kroniek.SearchHit, error) {
	rows, err := tx.Query(ctx, q, args...)
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
func fillHits(ctx context.Context, tx Tx, hits []kroniek.SearchHit, phrases [][]string) error {
	memo := searchtext.NewMemo()
	for i := range hits {
		h := &hits[i]
		var text string
		if err := tx.QueryRow(ctx, `SELECT title, published, text FROM articles WHERE id = ?`,
			h.Article).Scan(&h.Title, &h.Published, &text); err != nil {
			return fmt.Errorf("hit %s: %w", h.Article, err)
		}
		lang := h.Lang
		h.Snippet = searchtext.Snippet(text, lang, phrases, func(w string) []string { return memo.Word(w, lang) })
	}
	return nil
}

// searchFacets counts the hits per outlet, language, story, entity and
// event type.
func (s *Queries) searchFacets(ctx context.Context, tx Tx, hits []kroniek.SearchHit, facets map[string][]kroniek.FacetCount) error {
	ids, err := searchtext.HitFacets(hits, facets, func(id string) (string, error) {
		var title string
		err := tx.QueryRow(ctx, `SELECT title FROM stories WHERE id = ?`, id).Scan(&title)
		if errors.Is(err, sql.ErrNoRows) {
			return "", nil
		}
		return title, err
	})
	if err != nil {
		return err
	}
	in, list := s.dialect.In("m.article", ids)
	facets[kroniek.FacetEntity], err = facetQuery(ctx, tx, `SELECT m.entity, COALESCE(e.name, ''), COUNT(DISTINCT m.article) AS n
		FROM mentions m LEFT JOIN entities e ON e.id = m.entity
		WHERE m.entity != '' AND `+in+`
		GROUP BY m.entity, e.name ORDER BY n DESC, m.entity LIMIT ?`, list, searchtext.FacetSize)
	if err != nil {
		return fmt.Errorf("entity facet: %w", err)
	}
	in, list = s.dialect.In("x.article", ids)
	facets[kroniek.FacetEvent], err = facetQuery(ctx, tx, `SELECT x.type, '', COUNT(DISTINCT x.article) AS n
		FROM events x WHERE x.type != '' AND `+in+`
		GROUP BY x.type ORDER BY n DESC, x.type LIMIT ?`, list, len(kroniek.EventTypes)+8)
	if err != nil {
		return fmt.Errorf("event facet: %w", err)
	}
	return nil
}

// facetQuery reads (value, label, count) rows.
func facetQuery(ctx context.Context, tx Tx, q string, args ...any) ([]kroniek.FacetCount, error) {
	rows, err := tx.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return storeenc.ScanFacets(rows)
}
