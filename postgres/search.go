package postgres

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/searchtext"
	"github.com/kroniek/kroniek/internal/storeenc"
)

// Search weights for ts_rank_cd, in the order {D, C, B, A}: title terms
// are weighted A, text terms D, and a title term counts three times a
// text term, as in the SQLite store.
const rankWeights = `'{0.333333, 0.333333, 0.333333, 1.0}'`

// rankNormalization divides the rank by 1 + log(document length), so
// long articles do not win on length alone.
const rankNormalization = 1

// tsvector limits (PostgreSQL's MAXSTRLEN, MAXENTRYPOS, MAXNUMPOS and
// MAXSTRPOS, kept under).
const (
	maxLexemeBytes  = 2046
	maxPosition     = 16383
	maxPositions    = 256
	maxVectorLexLen = 1 << 19
)

// quoteLexeme quotes a term as a tsvector or tsquery lexeme: inside single
// quotes only the quote and the backslash are special, each escaped.
func quoteLexeme(b *strings.Builder, term string) {
	b.WriteByte('\'')
	for i := 0; i < len(term); i++ {
		if c := term[i]; c == '\'' || c == '\\' {
			b.WriteByte(c)
		}
		b.WriteByte(term[i])
	}
	b.WriteByte('\'')
}

// usableTerm reports whether a term can be a lexeme.
func usableTerm(t string) bool {
	return t != "" && len(t) <= maxLexemeBytes && strings.IndexByte(t, 0) < 0
}

// tsvectorText renders the terms of an article's title (weight A) and
// text (weight D) as a tsvector literal with positions, the terms being
// kroniek's own (nl.Terms) so the server's parser never splits them.
// Title and text positions are one apart, so no phrase spans both.
func tsvectorText(title, text []string) string {
	type lexeme struct {
		pos   []string
		count int
	}
	lex := map[string]*lexeme{}
	var order []string
	size := 0
	pos := 0
	add := func(terms []string, weight string) {
		for _, t := range terms {
			pos = min(pos+1, maxPosition)
			if !usableTerm(t) {
				continue
			}
			l := lex[t]
			if l == nil {
				if size+len(t) > maxVectorLexLen {
					continue
				}
				size += len(t)
				l = &lexeme{}
				lex[t] = l
				order = append(order, t)
			}
			if l.count < maxPositions {
				l.pos = append(l.pos, strconv.Itoa(pos)+weight)
				l.count++
			}
		}
	}
	add(title, "A")
	pos++
	add(text, "")
	var b strings.Builder
	for i, t := range order {
		if i > 0 {
			b.WriteByte(' ')
		}
		quoteLexeme(&b, t)
		b.WriteByte(':')
		b.WriteString(strings.Join(lex[t].pos, ","))
	}
	return b.String()
}

// tsqueryText renders a parsed query as a tsquery literal: words AND-ed,
// each word's alternatives OR-ed, an alternative's terms a phrase (<->),
// a prefix term as 'term':*, and each word of q.Not as & !(…). Every term
// is quoted, so no user text is tsquery syntax. It returns "" when a word
// has no usable term (nothing can match).
func tsqueryText(q searchtext.Query) string {
	var b strings.Builder
	for i, alts := range q.Words {
		if i > 0 {
			b.WriteString(" & ")
		}
		if !writeAlternatives(&b, alts) {
			return ""
		}
	}
	if len(q.Words) == 0 {
		return "" // a query of only NOT words lists everything
	}
	for _, alts := range q.Not {
		var nb strings.Builder
		if writeAlternatives(&nb, alts) {
			b.WriteString(" & !")
			b.WriteString(nb.String())
		}
	}
	return b.String()
}

// writeAlternatives writes one word's alternatives, OR-ed, in
// parentheses; it reports false when none has a usable term.
func writeAlternatives(b *strings.Builder, alts [][]string) bool {
	b.WriteByte('(')
	n := 0
	for _, terms := range alts {
		ok := true
		for _, t := range terms {
			t, _ = searchtext.Prefix(t)
			ok = ok && usableTerm(t)
		}
		if !ok {
			continue
		}
		if n > 0 {
			b.WriteString(" | ")
		}
		n++
		b.WriteByte('(')
		for k, t := range terms {
			if k > 0 {
				b.WriteString(" <-> ")
			}
			t, prefix := searchtext.Prefix(t)
			quoteLexeme(b, t)
			if prefix {
				b.WriteString(":*")
			}
		}
		b.WriteByte(')')
	}
	b.WriteByte(')')
	return n > 0
}

// Search runs a ranked full-text query (ts_rank_cd over the article's own
// search terms, title weighted) with filters and returns a page of hits
// with snippets, the total, and facets over all hits: outlet, lang,
// story, entity (top 10) and event (type). Without query terms it lists
// the matching articles, newest first.
func (s *Store) Search(ctx context.Context, sq kroniek.SearchQuery) (*kroniek.SearchResult, error) {
	limit, offset, err := storeenc.Page(sq.Page)
	if err != nil {
		return nil, err
	}
	// The database holds valid UTF-8 without NUL only: such text in a
	// query is replaced, and such a filter value matches nothing.
	q := searchtext.ParseQuery(strings.ToValidUTF8(strings.ReplaceAll(sq.Text, "\x00", " "), "\uFFFD"), sq.Lang)
	storable := true
	for _, v := range []string{sq.Lang, sq.Outlet, sq.Story, sq.Entity, sq.Event, sq.From, sq.To} {
		storable = storable && utf8.ValidString(v) && strings.IndexByte(v, 0) < 0
	}
	var w where
	from := ` FROM articles a`
	score := `0.0::float8`
	order := `a.published DESC, a.id`
	none := q.None || !storable
	if len(q.Words) > 0 {
		tsq := tsqueryText(q)
		none = none || tsq == ""
		p := w.arg(tsq)
		from = ` FROM search_docs d JOIN articles a ON a.id = d.article`
		score = fmt.Sprintf(`ts_rank_cd(%s, d.terms, %s::tsquery, %d)::float8`, rankWeights, p, rankNormalization)
		order = `score DESC, a.published DESC, a.id`
		w.conds = append(w.conds, `d.terms @@ `+p+`::tsquery`)
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
	var res *kroniek.SearchResult
	newResult := func() {
		res = &kroniek.SearchResult{Hits: []kroniek.SearchHit{}, Facets: map[string][]kroniek.FacetCount{}}
	}
	if none {
		newResult()
		res.Facets = searchtext.NoFacets()
		return res, nil
	}
	err = s.read(ctx, "search", func(tx *Tx) error {
		newResult()
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
	rows, err := tx.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	var h kroniek.SearchHit
	var hits []kroniek.SearchHit
	_, err = pgx.ForEachRow(rows, []any{&h.Article, &h.Outlet, &h.Lang, &h.Story, &h.Score}, func() error {
		hits = append(hits, h)
		return nil
	})
	return hits, err
}

// fillHits adds title, date and snippet to a page of hits.
func fillHits(ctx context.Context, tx *Tx, hits []kroniek.SearchHit, terms map[string]bool) error {
	for i := range hits {
		h := &hits[i]
		var text string
		if err := tx.QueryRow(ctx, `SELECT title, published, text FROM articles WHERE id = $1`,
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
		err := tx.QueryRow(ctx, `SELECT title FROM stories WHERE id = $1`, id).Scan(&title)
		if errors.Is(err, pgx.ErrNoRows) {
			return "", nil
		}
		return title, err
	})
	if err != nil {
		return err
	}
	facets[kroniek.FacetEntity], err = facetQuery(ctx, tx, `SELECT m.entity, COALESCE(e.name, ''), COUNT(DISTINCT m.article) AS n
		FROM mentions m LEFT JOIN entities e ON e.id = m.entity
		WHERE m.entity != '' AND m.article = ANY($1)
		GROUP BY m.entity, e.name ORDER BY n DESC, m.entity LIMIT $2`, ids, searchtext.FacetSize)
	if err != nil {
		return fmt.Errorf("entity facet: %w", err)
	}
	facets[kroniek.FacetEvent], err = facetQuery(ctx, tx, `SELECT x.type, '', COUNT(DISTINCT x.article) AS n
		FROM events x WHERE x.type != '' AND x.article = ANY($1)
		GROUP BY x.type ORDER BY n DESC, x.type LIMIT $2`, ids, len(kroniek.EventTypes)+8)
	if err != nil {
		return fmt.Errorf("event facet: %w", err)
	}
	return nil
}

// facetQuery reads (value, label, count) rows.
func facetQuery(ctx context.Context, tx *Tx, q string, args ...any) ([]kroniek.FacetCount, error) {
	rows, err := tx.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return storeenc.ScanFacets(rows)
}
