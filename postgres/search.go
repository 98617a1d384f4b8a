package postgres

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kroniek/kroniek/internal/searchtext"
	"github.com/kroniek/kroniek/internal/sqlstore"
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

// tsSearch is PostgreSQL's full-text search: the articles' tsvector of
// kroniek's own terms, ranked by ts_rank_cd with the title weighted. A
// query with a word of no usable term matches nothing.
func tsSearch(q searchtext.Query) (sqlstore.FullText, bool) {
	tsq := tsqueryText(q)
	return sqlstore.FullText{
		From:      ` FROM search_docs d JOIN articles a ON a.id = d.article`,
		Score:     fmt.Sprintf(`ts_rank_cd(%s, d.terms, ?::tsquery, %d)::float8`, rankWeights, rankNormalization),
		ScoreArgs: []any{tsq},
		Cond:      `d.terms @@ ?::tsquery`,
		CondArgs:  []any{tsq},
	}, tsq != ""
}
