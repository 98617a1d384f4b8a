package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// Search weights: a term in the title counts three times one in the text.
const (
	titleWeight = 3.0
	textWeight  = 1.0
	// maxQueryWords bounds the size of the FTS expression a query makes.
	maxQueryWords = 32
	// snippetBytes is the approximate length of a snippet.
	snippetBytes = 240
	// entityFacetSize is the number of entities in the entity facet.
	entityFacetSize = 10
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
	title := strings.Join(tx.searchTerms(a.Title, a.Lang), " ")
	text := strings.Join(tx.searchTerms(a.Text, a.Lang), " ")
	if _, err := tx.ExecContext(ctx, `INSERT INTO search (rowid, title, text) VALUES (?, ?, ?)`,
		doc, title, text); err != nil {
		return fmt.Errorf("index article %s: %w", a.ID, err)
	}
	return nil
}

// searchQuery is a user's query text turned into an FTS5 expression.
type searchQuery struct {
	match string          // FTS5 MATCH expression; "" matches everything
	terms map[string]bool // every search term the query looks for
	// none is set when the text has no searchable word (only stop words
	// or punctuation): nothing matches.
	none bool
}

// parseQuery turns user text into a safe FTS5 expression: every word
// becomes its search terms (Dutch stem and folded word, or only the
// normalisation of lang when given), each quoted as an FTS5 string, OR-ed
// per word and AND-ed over words. No user character reaches FTS5 syntax
// unquoted, so no text can cause a syntax error or change the query.
func parseQuery(text, lang string) searchQuery {
	q := searchQuery{terms: map[string]bool{}}
	langs := []string{"nl", "und"}
	if lang != "" {
		langs = []string{lang}
	}
	var groups []string
	for _, tok := range nl.Tokenize(text, 0, len(text), nil) {
		if tok.Kind != nl.Word && tok.Kind != nl.Number {
			continue
		}
		if len(groups) == maxQueryWords {
			break
		}
		var alts []string
		seen := map[string]bool{}
		stop := false
		for _, l := range langs {
			terms := nl.Terms(tok.Text, l)
			if len(terms) == 0 {
				// A stop word in a language that drops them: the word
				// carries no meaning for search.
				stop = true
				break
			}
			phrase := strings.Join(terms, " ")
			if !seen[phrase] {
				seen[phrase] = true
				alts = append(alts, ftsString(phrase))
			}
			for _, t := range terms {
				q.terms[t] = true
			}
		}
		if stop || len(alts) == 0 {
			continue
		}
		if len(alts) == 1 {
			groups = append(groups, alts[0])
		} else {
			groups = append(groups, "("+strings.Join(alts, " OR ")+")")
		}
	}
	q.match = strings.Join(groups, " AND ")
	q.none = q.match == "" && strings.TrimSpace(text) != ""
	return q
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
	limit, offset, err := page(sq.Page)
	if err != nil {
		return nil, err
	}
	q := parseQuery(sq.Text, sq.Lang)
	res := &kroniek.SearchResult{Hits: []kroniek.SearchHit{}, Facets: map[string][]kroniek.FacetCount{}}
	var w where
	from := ` FROM articles a`
	score := `0.0`
	order := `a.published DESC, a.id`
	if q.match != "" {
		from = ` FROM search JOIN search_docs d ON d.doc = search.rowid JOIN articles a ON a.id = d.article`
		score = fmt.Sprintf(`-bm25(search, %g, %g)`, titleWeight, textWeight)
		order = `score DESC, a.published DESC, a.id`
		w.add(`search MATCH ?`, q.match)
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
	if q.none {
		for _, name := range []string{"outlet", "lang", "story", "entity", "event"} {
			res.Facets[name] = []kroniek.FacetCount{}
		}
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
			if err := fillHits(ctx, tx, pg, q.terms); err != nil {
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
		h.Snippet = snippet(text, lang, terms, func(w string) []string { return tx.wordTerms(w, lang) })
	}
	return nil
}

// searchFacets counts the hits per outlet, language, story, entity and
// event type.
func searchFacets(ctx context.Context, tx *Tx, hits []kroniek.SearchHit, facets map[string][]kroniek.FacetCount) error {
	outlets, langs, stories := map[string]int{}, map[string]int{}, map[string]int{}
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.Article
		outlets[h.Outlet]++
		langs[h.Lang]++
		stories[h.Story]++
	}
	facets["outlet"] = topCounts(outlets, 0)
	facets["lang"] = topCounts(langs, 0)
	facets["story"] = topCounts(stories, entityFacetSize)
	for i, f := range facets["story"] {
		var title string
		err := tx.QueryRowContext(ctx, `SELECT title FROM stories WHERE id = ?`, f.Value).Scan(&title)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("story facet: %w", err)
		}
		facets["story"][i].Label = title
	}
	idList := jsonStrings(ids)
	var err error
	facets["entity"], err = facetQuery(ctx, tx, `SELECT m.entity, COALESCE(e.name, ''), COUNT(DISTINCT m.article) AS n
		FROM mentions m LEFT JOIN entities e ON e.id = m.entity
		WHERE m.entity != '' AND `+inJSON("m.article")+`
		GROUP BY m.entity ORDER BY n DESC, m.entity LIMIT ?`, idList, entityFacetSize)
	if err != nil {
		return fmt.Errorf("entity facet: %w", err)
	}
	facets["event"], err = facetQuery(ctx, tx, `SELECT x.type, '', COUNT(DISTINCT x.article) AS n
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
	list := []kroniek.FacetCount{}
	for rows.Next() {
		var f kroniek.FacetCount
		if err := rows.Scan(&f.Value, &f.Label, &f.Count); err != nil {
			return nil, err
		}
		list = append(list, f)
	}
	return list, rows.Err()
}

// topCounts returns the non-empty values by count, then value; at most n
// when n > 0.
func topCounts(m map[string]int, n int) []kroniek.FacetCount {
	list := []kroniek.FacetCount{}
	for v, c := range m {
		if v != "" {
			list = append(list, kroniek.FacetCount{Value: v, Count: c})
		}
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Value < list[j].Value
	})
	if n > 0 && len(list) > n {
		list = list[:n]
	}
	return list
}

// snippet returns about snippetBytes of text around the first word whose
// search terms are among terms, with every matching word in it between
// \x02 and \x03, and "…" where text was cut. The words are normalised as
// the index normalised them (termsOf gives a word's terms), so a stem found
// in the index maps back to the original words.
func snippet(text, lang string, terms map[string]bool, termsOf func(string) []string) string {
	var toks []nl.Token
	if lang == "" || lang == "nl" {
		toks = nl.Tokenize(text, 0, len(text), nil)
	} else {
		toks = nl.Parse(text, nl.Options{Lang: lang}).Tokens
	}
	words := make([]nl.Token, 0, len(toks))
	for _, t := range toks {
		if t.Kind == nl.Word || t.Kind == nl.Number {
			words = append(words, t)
		}
	}
	// A term keeps the first three letters of its folded word (stemming
	// only changes endings), so most words are ruled out without stemming.
	prefixes := map[string]bool{}
	for term := range terms {
		prefixes[term[:min(3, len(term))]] = true
	}
	matches := func(t nl.Token) bool {
		if !mayMatch(t.Text, prefixes) {
			return false
		}
		for _, term := range termsOf(t.Text) {
			if terms[term] {
				return true
			}
		}
		return false
	}
	first := -1
	if len(terms) > 0 {
		for i, t := range words {
			if matches(t) {
				first = i
				break
			}
		}
	}
	if len(words) == 0 {
		return ""
	}
	// Start a few words before the first match, end at a word boundary
	// about snippetBytes later.
	lo := 0
	if first > 0 {
		lo = max(0, first-6)
		for lo < first && words[first].Start-words[lo].Start > snippetBytes/3 {
			lo++
		}
	}
	start := words[lo].Start
	hi := lo
	for hi+1 < len(words) && words[hi+1].End-start <= snippetBytes {
		hi++
	}
	end := words[hi].End
	// Keep punctuation right after the last word.
	for _, t := range toks {
		if t.Start == end && t.Kind == nl.Punct {
			end = t.End
			break
		}
	}
	var b strings.Builder
	if start > 0 {
		b.WriteString("… ")
	}
	pos := start
	for i := lo; i <= hi; i++ {
		t := words[i]
		if first >= 0 && i >= first && matches(t) {
			b.WriteString(oneLine(text[pos:t.Start]))
			b.WriteString("\x02" + t.Text + "\x03")
			pos = t.End
		}
	}
	b.WriteString(oneLine(text[pos:end]))
	if end < len(strings.TrimRight(text, " \n\t")) {
		b.WriteString(" …")
	}
	return b.String()
}

// mayMatch reports whether word's folded form starts like one of the term
// prefixes (a term's first three bytes, or all of a shorter term).
func mayMatch(word string, prefixes map[string]bool) bool {
	var buf [3]byte
	n := 0
	for n < len(word) && n < 3 {
		c := word[n]
		if c >= 0x80 {
			// Not ASCII: fold properly.
			f := nl.Fold(word)
			for k := 1; k <= min(3, len(f)); k++ {
				if prefixes[f[:k]] {
					return true
				}
			}
			return false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	for k := 1; k <= n; k++ {
		if prefixes[string(buf[:k])] {
			return true
		}
	}
	return false
}

// oneLine replaces runs of white space that hold a line break or tab with
// one space.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		switch r {
		case ' ', '\n', '\r', '\t':
			if !space {
				b.WriteByte(' ')
			}
			space = true
		default:
			b.WriteRune(r)
			space = false
		}
	}
	return b.String()
}
