package postgres

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/sqlstore"
	"github.com/kroniek/kroniek/internal/storeenc"
)

// PutAnalyses stores per-article extraction results, replacing the earlier
// analysis and its normalised rows for the same articles, in one
// transaction. An analysis equal to the stored one is not rewritten. The
// articles must be stored first (else ENOTFOUND).
func (s *Store) PutAnalyses(ctx context.Context, analyses []*kroniek.Analysis) error {
	rows, err := newAnalysisRows(analyses)
	if err != nil {
		return wrap("put analyses", err)
	}
	extracted := make([]storeenc.Extraction, len(rows))
	for i, r := range rows {
		extracted[i] = storeenc.Extraction{Article: r.an.Article, Data: r.data}
	}
	return sqlstore.Change(ctx, runner{s}, "put analyses", func(tx sqlstore.Tx) (bool, error) {
		rows, extracted, err := freshRows(ctx, tx, rows, extracted)
		if err != nil {
			return false, err
		}
		if err := putAnalyses(ctx, native(tx), rows); err != nil {
			return false, err
		}
		return len(rows) > 0, putExtractions(ctx, native(tx), extracted)
	})
}

// freshRows leaves out the analyses (rows and their extractions) made from
// another text than the one stored for their article (storeenc.Fresh): a
// worker that read an article before another replaced its text must not
// store an analysis whose offsets point into a text the store no longer
// holds.
func freshRows(ctx context.Context, tx sqlstore.Tx, rows []analysisRow, extracted []storeenc.Extraction) ([]analysisRow, []storeenc.Extraction, error) {
	ids := make([]string, len(rows))
	analyses := make([]*kroniek.Analysis, len(rows))
	for i, r := range rows {
		ids[i], analyses[i] = r.an.Article, r.an
	}
	inputs, err := sqlstore.StoredInputs(ctx, tx, dialect, ids)
	if err != nil {
		return nil, nil, err
	}
	fresh := map[*kroniek.Analysis]bool{}
	for _, an := range storeenc.Fresh(analyses, inputs) {
		fresh[an] = true
	}
	var keptRows []analysisRow
	var keptExtracted []storeenc.Extraction
	for i, r := range rows {
		if fresh[r.an] {
			keptRows = append(keptRows, r)
			keptExtracted = append(keptExtracted, extracted[i])
		}
	}
	return keptRows, keptExtracted, nil
}

// putExtractions keeps each extraction as the extraction of its article's
// stored analysis: what a rebuild reads (see kroniek.Store.Extractions).
func putExtractions(ctx context.Context, tx *Tx, extracted []storeenc.Extraction) error {
	if len(extracted) == 0 {
		return nil
	}
	ids, data := make([]string, len(extracted)), make([]string, len(extracted))
	for i, x := range extracted {
		ids[i], data[i] = x.Article, x.Data
	}
	if _, err := tx.Exec(ctx, `UPDATE analyses x SET extracted = t.d::jsonb
		FROM unnest($1::text[], $2::text[]) AS t (a, d)
		WHERE x.article = t.a AND x.extracted IS DISTINCT FROM t.d::jsonb`, ids, data); err != nil {
		return fmt.Errorf("write extractions: %w", err)
	}
	return nil
}

// analysisRow is an analysis with its JSON and the JSON's hash.
type analysisRow struct {
	an         *kroniek.Analysis
	data, hash string
}

// newAnalysisRows checks and encodes analyses, in article order; of two
// analyses of one article the last counts.
func newAnalysisRows(analyses []*kroniek.Analysis) ([]analysisRow, error) {
	last := map[string]int{}
	for i, an := range analyses {
		if an == nil || an.Article == "" {
			return nil, kroniek.Errorf(kroniek.EINVALID, "analysis without article id")
		}
		last[an.Article] = i
	}
	rows := make([]analysisRow, 0, len(last))
	for i, an := range analyses {
		if last[an.Article] != i {
			continue
		}
		data, err := storeenc.JSONText(an)
		if err != nil {
			return nil, err
		}
		sum := sha256.Sum256([]byte(data))
		rows = append(rows, analysisRow{an: an, data: data, hash: hex.EncodeToString(sum[:])})
	}
	// Rows are written in article order, so concurrent writers lock them
	// in one order.
	slices.SortFunc(rows, func(a, b analysisRow) int { return strings.Compare(a.an.Article, b.an.Article) })
	return rows, nil
}

// putAnalyses replaces the analyses that differ from the stored ones,
// with one statement per table: the analyses, then their mention, quote,
// amount, time and event rows.
func putAnalyses(ctx context.Context, tx *Tx, rows []analysisRow) error {
	if len(rows) == 0 {
		return nil
	}
	ids := make([]string, len(rows))
	for i, r := range rows {
		ids[i] = r.an.Article
	}
	q, err := tx.Query(ctx, `SELECT article, data_hash FROM analyses WHERE article = ANY($1)`, ids)
	if err != nil {
		return fmt.Errorf("read analysis hashes: %w", err)
	}
	stored := map[string]string{}
	var id, h string
	if _, err := pgx.ForEachRow(q, []any{&id, &h}, func() error { stored[id] = h; return nil }); err != nil {
		return fmt.Errorf("read analysis hashes: %w", err)
	}
	var changed []analysisRow
	for _, r := range rows {
		if stored[r.an.Article] != r.hash {
			changed = append(changed, r)
		}
	}
	if len(changed) == 0 {
		return nil
	}
	ids = ids[:0]
	var data, hashes []string
	for _, r := range changed {
		ids = append(ids, r.an.Article)
		data = append(data, r.data)
		hashes = append(hashes, r.hash)
	}
	if err := articlesExist(ctx, tx, ids, "analysis of article %q: article not found"); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `INSERT INTO analyses (article, data, data_hash)
		SELECT a, d::jsonb, h FROM unnest($1::text[], $2::text[], $3::text[]) AS t (a, d, h)
		ON CONFLICT (article) DO UPDATE SET data = excluded.data, data_hash = excluded.data_hash`,
		ids, data, hashes); err != nil {
		return notFound(fmt.Errorf("write analyses: %w", err))
	}
	for _, table := range []string{"mentions", "quotes", "amounts", "times", "events"} {
		if _, err := tx.Exec(ctx, `DELETE FROM `+table+` WHERE article = ANY($1)`, ids); err != nil {
			return fmt.Errorf("clear %s: %w", table, err)
		}
	}
	return insertRows(ctx, tx, changed)
}

// articlesExist returns ENOTFOUND (with the message format and the first
// missing id) unless every article of ids is stored.
func articlesExist(ctx context.Context, tx *Tx, ids []string, format string) error {
	var missing string
	err := tx.QueryRow(ctx, `SELECT i FROM unnest($1::text[]) AS i
		WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = i) LIMIT 1`, ids).Scan(&missing)
	if err == nil {
		return kroniek.Errorf(kroniek.ENOTFOUND, format, missing)
	} else if !errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("check articles: %w", err)
	}
	return nil
}

// notFound maps a foreign key violation (an article that went away) to
// ENOTFOUND.
func notFound(err error) error {
	if pgCode(err) == "23503" { // foreign_key_violation
		return fmt.Errorf("%w (%w)", kroniek.Errorf(kroniek.ENOTFOUND, "article not found"), err)
	}
	return err
}

// columns collects the column arrays of one table's rows.
type columns struct {
	article         []string
	seq, start, end []int
	s               [8][]string // the table's text columns, in order
	value           []float64
	data            []string
}

// row is one item's row beyond its article and position.
type row struct {
	start, end int
	value      float64
	strs       []string // the text columns s[0], s[1], …
	data       any      // stored as JSON in the data column; nil for none
}

// addRows appends the row fn makes of each of items, which belong to
// article id, to c.
func addRows[T any](c *columns, id string, items []T, fn func(x T) row) error {
	for i, x := range items {
		r := fn(x)
		if r.data != nil {
			data, err := storeenc.JSONText(r.data)
			if err != nil {
				return err
			}
			c.data = append(c.data, data)
		}
		c.article, c.seq, c.start, c.end = append(c.article, id), append(c.seq, i), append(c.start, r.start), append(c.end, r.end)
		c.value = append(c.value, r.value)
		for j, v := range r.strs {
			c.s[j] = append(c.s[j], v)
		}
	}
	return nil
}

// speakerColumns collects the rows of quote_speakers: each quote under
// each of its speakers' entity ids, so that "A en B zeggen" is found by
// B's id as by A's (see migration 0007).
type speakerColumns struct {
	entity, article []string
	seq             []int
}

// add appends the speaker rows of quotes, which belong to article id.
func (c *speakerColumns) add(id string, quotes []kroniek.Quote) {
	for i, q := range quotes {
		for _, e := range q.SpeakerIDs() {
			c.entity, c.article, c.seq = append(c.entity, e), append(c.article, id), append(c.seq, i)
		}
	}
}

// insertRows inserts the mention, quote, amount, time and event rows of
// analyses, one statement per table.
func insertRows(ctx context.Context, tx *Tx, rows []analysisRow) error {
	var m, q, am, t, e columns
	var sp speakerColumns
	for _, r := range rows {
		id := r.an.Article
		sp.add(id, r.an.Quotes)
		err := errors.Join(
			addRows(&m, id, r.an.Mentions, func(x kroniek.Mention) row {
				return row{start: x.Start, end: x.End, strs: []string{x.Text, x.Type, x.Local, x.Entity, x.KB, x.Role, x.StandsFor, x.Field}}
			}),
			addRows(&q, id, r.an.Quotes, func(x kroniek.Quote) row {
				x.Article = id
				return row{start: x.Start, end: x.End, strs: []string{x.Speaker, x.Kind}, data: x}
			}),
			addRows(&am, id, r.an.Amounts, func(x kroniek.Amount) row {
				x.Article = id
				return row{start: x.Start, end: x.End, value: x.Value, strs: []string{x.Unit}, data: x}
			}),
			addRows(&t, id, r.an.Times, func(x kroniek.TimeRef) row {
				x.Article = id
				return row{start: x.Start, end: x.End, strs: []string{x.Value}, data: x}
			}),
			addRows(&e, id, r.an.Events, func(x kroniek.Event) row {
				x.Article = id
				storeenc.EventLists(&x)
				return row{start: x.Start, data: x, strs: []string{x.Type, x.Mode, x.Date,
					storeenc.JSONStrings(x.Actor), storeenc.JSONStrings(x.Recipient), x.ID}}
			}),
		)
		if err != nil {
			return err
		}
	}
	for _, st := range []struct {
		table string
		n     int
		q     string
		args  []any
	}{
		{"mentions", len(m.article), `INSERT INTO mentions (article, seq, start, "end", text, type, local, entity, kb, role, stands_for, field)
			SELECT * FROM unnest($1::text[], $2::int8[], $3::int8[], $4::int8[], $5::text[], $6::text[], $7::text[],
			$8::text[], $9::text[], $10::text[], $11::text[], $12::text[])`,
			[]any{m.article, m.seq, m.start, m.end, m.s[0], m.s[1], m.s[2], m.s[3], m.s[4], m.s[5], m.s[6], m.s[7]}},
		{"quotes", len(q.article), `INSERT INTO quotes (article, seq, start, "end", speaker, kind, data)
			SELECT a, s, b, e, sp, k, d::jsonb FROM unnest($1::text[], $2::int8[], $3::int8[], $4::int8[], $5::text[],
			$6::text[], $7::text[]) AS t (a, s, b, e, sp, k, d)`,
			[]any{q.article, q.seq, q.start, q.end, q.s[0], q.s[1], q.data}},
		{"quote speakers", len(sp.article), `INSERT INTO quote_speakers (entity, article, seq)
			SELECT * FROM unnest($1::text[], $2::text[], $3::int8[]) ON CONFLICT DO NOTHING`,
			[]any{sp.entity, sp.article, sp.seq}},
		{"amounts", len(am.article), `INSERT INTO amounts (article, seq, start, "end", unit, value, data)
			SELECT a, s, b, e, u, v, d::jsonb FROM unnest($1::text[], $2::int8[], $3::int8[], $4::int8[], $5::text[],
			$6::float8[], $7::text[]) AS t (a, s, b, e, u, v, d)`,
			[]any{am.article, am.seq, am.start, am.end, am.s[0], am.value, am.data}},
		{"times", len(t.article), `INSERT INTO times (article, seq, start, "end", value, data)
			SELECT a, s, b, e, v, d::jsonb FROM unnest($1::text[], $2::int8[], $3::int8[], $4::int8[], $5::text[],
			$6::text[]) AS t (a, s, b, e, v, d)`,
			[]any{t.article, t.seq, t.start, t.end, t.s[0], t.data}},
		{"events", len(e.article), `INSERT INTO events (article, seq, start, type, mode, date, actor, recipient, event_id, data)
			SELECT a, s, b, ty, mo, da, ac::jsonb, re::jsonb, ev, d::jsonb FROM unnest($1::text[], $2::int8[], $3::int8[],
			$4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
			AS t (a, s, b, ty, mo, da, ac, re, ev, d)`,
			[]any{e.article, e.seq, e.start, e.s[0], e.s[1], e.s[2], e.s[3], e.s[4], e.s[5], e.data}},
	} {
		if st.n == 0 {
			continue
		}
		if _, err := tx.Exec(ctx, st.q, st.args...); err != nil {
			return notFound(fmt.Errorf("insert %s: %w", st.table, err))
		}
	}
	return nil
}
