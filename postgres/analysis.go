package postgres

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/kroniek/kroniek"
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
	return s.write(ctx, "put analyses", func(tx *Tx) error {
		var b batch
		if err := queueAnalyses(ctx, tx, &b, rows); err != nil {
			return err
		}
		return b.run(ctx, tx)
	})
}

// analysisRow is an analysis with its JSON and the JSON's hash.
type analysisRow struct {
	an         *kroniek.Analysis
	data, hash string
}

// newAnalysisRows checks and encodes analyses.
func newAnalysisRows(analyses []*kroniek.Analysis) ([]analysisRow, error) {
	rows := make([]analysisRow, 0, len(analyses))
	for _, an := range analyses {
		if an == nil || an.Article == "" {
			return nil, kroniek.Errorf(kroniek.EINVALID, "analysis without article id")
		}
		data, err := jsonText(an)
		if err != nil {
			return nil, err
		}
		sum := sha256.Sum256([]byte(data))
		rows = append(rows, analysisRow{an: an, data: data, hash: hex.EncodeToString(sum[:])})
	}
	return rows, nil
}

// queueAnalyses queues the analyses that differ from the stored ones.
func queueAnalyses(ctx context.Context, tx *Tx, b *batch, rows []analysisRow) error {
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
	for _, r := range rows {
		if stored[r.an.Article] == r.hash {
			continue
		}
		if err := queueAnalysis(b, r); err != nil {
			return err
		}
		stored[r.an.Article] = r.hash
	}
	return nil
}

// notFoundArticle maps a foreign key violation of an analysis row to
// ENOTFOUND.
func notFoundArticle(id string) func(error) error {
	return func(err error) error {
		if pgCode(err) == "23503" { // foreign_key_violation
			return kroniek.Errorf(kroniek.ENOTFOUND, "analysis of article %q: article not found", id)
		}
		return nil
	}
}

// queueAnalysis queues the statements replacing one article's analysis
// and its mention, quote, amount, time and event rows.
func queueAnalysis(b *batch, r analysisRow) error {
	an := r.an
	id := an.Article
	b.queue("analysis "+id, notFoundArticle(id), `INSERT INTO analyses (article, data, data_hash)
		VALUES ($1, $2::jsonb, $3) ON CONFLICT (article) DO UPDATE SET data = excluded.data,
		data_hash = excluded.data_hash`, id, r.data, r.hash)
	for _, table := range []string{"mentions", "quotes", "amounts", "times", "events"} {
		b.queue("analysis "+id+": clear "+table, nil, `DELETE FROM `+table+` WHERE article = $1`, id)
	}
	what := "analysis " + id + ": insert "
	for i, m := range an.Mentions {
		b.queue(what+"mention", nil, `INSERT INTO mentions (article, seq, start, "end", text, type, local, entity, kb, role)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
			id, i, m.Start, m.End, m.Text, m.Type, m.Local, m.Entity, m.KB, m.Role)
	}
	for i, q := range an.Quotes {
		q.Article = id
		data, err := jsonText(q)
		if err != nil {
			return err
		}
		b.queue(what+"quote", nil, `INSERT INTO quotes (article, seq, start, "end", speaker, kind, data)
			VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`, id, i, q.Start, q.End, q.Speaker, q.Kind, data)
	}
	for i, a := range an.Amounts {
		a.Article = id
		data, err := jsonText(a)
		if err != nil {
			return err
		}
		b.queue(what+"amount", nil, `INSERT INTO amounts (article, seq, start, "end", unit, value, data)
			VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`, id, i, a.Start, a.End, a.Unit, a.Value, data)
	}
	for i, t := range an.Times {
		t.Article = id
		data, err := jsonText(t)
		if err != nil {
			return err
		}
		b.queue(what+"time", nil, `INSERT INTO times (article, seq, start, "end", value, data)
			VALUES ($1, $2, $3, $4, $5, $6::jsonb)`, id, i, t.Start, t.End, t.Value, data)
	}
	for i, e := range an.Events {
		e.Article = id
		// The export contract shows lists, never null.
		if e.Actor == nil {
			e.Actor = []string{}
		}
		if e.Recipient == nil {
			e.Recipient = []string{}
		}
		data, err := jsonText(e)
		if err != nil {
			return err
		}
		b.queue(what+"event", nil, `INSERT INTO events (article, seq, start, type, mode, date, actor, recipient, event_id, data)
			VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10::jsonb)`, id, i, e.Start, e.Type, e.Mode, e.Date,
			jsonStrings(e.Actor), jsonStrings(e.Recipient), e.ID, data)
	}
	return nil
}

// Analysis returns one article's analysis, or ENOTFOUND.
func (s *Store) Analysis(ctx context.Context, articleID string) (*kroniek.Analysis, error) {
	var an *kroniek.Analysis
	err := s.read(ctx, "analysis", func(tx *Tx) error {
		list, err := findAnalyses(ctx, tx, []string{articleID})
		if err != nil {
			return err
		} else if len(list) == 0 {
			return kroniek.Errorf(kroniek.ENOTFOUND, "analysis of article %q not found", articleID)
		}
		an = list[0]
		return nil
	})
	return an, err
}

// Analyses returns the analyses of the given articles (all when ids is
// nil) in publication order; articles without an analysis are left out.
func (s *Store) Analyses(ctx context.Context, ids []string) ([]*kroniek.Analysis, error) {
	var list []*kroniek.Analysis
	err := s.read(ctx, "analyses", func(tx *Tx) error {
		var err error
		list, err = findAnalyses(ctx, tx, ids)
		return err
	})
	return list, err
}

// findAnalyses reads analyses in publication order of their articles.
func findAnalyses(ctx context.Context, tx *Tx, ids []string) ([]*kroniek.Analysis, error) {
	q := `SELECT x.data FROM analyses x JOIN articles a ON a.id = x.article`
	var args []any
	if ids != nil {
		q += ` WHERE x.article = ANY($1)`
		args = append(args, ids)
	}
	q += ` ORDER BY ` + orderArticles
	list := []*kroniek.Analysis{}
	err := scanJSON(ctx, tx, q, args, func(data []byte) error {
		var an kroniek.Analysis
		if err := json.Unmarshal(data, &an); err != nil {
			return fmt.Errorf("decode analysis: %w", err)
		}
		list = append(list, &an)
		return nil
	})
	return list, err
}

// Quotes returns the quotes matching f in publication order of their
// articles, then by position, and the total count before paging.
func (s *Store) Quotes(ctx context.Context, f kroniek.QuoteFilter) ([]kroniek.Quote, int, error) {
	limit, offset, err := page(f.Page)
	if err != nil {
		return nil, 0, err
	}
	var w where
	w.eq("x.article", f.Article)
	w.eq("x.speaker", f.Speaker)
	w.eq("a.story", f.Story)
	w.eq("x.kind", f.Kind)
	return pageJSON[kroniek.Quote](ctx, s, "quotes", "quotes", w, limit, offset)
}

// Events returns the events matching f in publication order of their
// articles, then by position, and the total count before paging.
func (s *Store) Events(ctx context.Context, f kroniek.EventFilter) ([]kroniek.Event, int, error) {
	limit, offset, err := page(f.Page)
	if err != nil {
		return nil, 0, err
	}
	var w where
	w.eq("x.article", f.Article)
	w.eq("a.story", f.Story)
	w.eq("x.type", f.Type)
	if f.Actor != "" {
		w.add("x.actor @> jsonb_build_array(?::text)", f.Actor)
	}
	if f.Recipient != "" {
		w.add("x.recipient @> jsonb_build_array(?::text)", f.Recipient)
	}
	if err := w.dateRange("x.date", f.From, f.To); err != nil {
		return nil, 0, err
	}
	return pageJSON[kroniek.Event](ctx, s, "events", "events", w, limit, offset)
}

// pageJSON counts the rows of table x (joined to its articles a) matching
// w and decodes the data column of one page of them, in publication order
// then position.
func pageJSON[T any](ctx context.Context, s *Store, op, table string, w where, limit, offset int) ([]T, int, error) {
	var list []T
	var n int
	err := s.read(ctx, op, func(tx *Tx) error {
		list = []T{}
		w := where{conds: w.conds, args: append([]any{}, w.args...)}
		from := ` FROM ` + table + ` x JOIN articles a ON a.id = x.article` + w.sql()
		var err error
		if n, err = count(ctx, tx, `SELECT COUNT(*)`+from, w.args...); err != nil {
			return err
		}
		q := `SELECT x.data` + from + ` ORDER BY ` + orderArticles + `, x.start, x.seq LIMIT ` +
			w.arg(limit) + ` OFFSET ` + w.arg(offset)
		return scanJSON(ctx, tx, q, w.args, decodeAppend(&list))
	})
	if err != nil {
		return nil, 0, err
	}
	return list, n, nil
}
