package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/storeenc"
	sqlite3 "modernc.org/sqlite/lib"
)

// PutAnalyses stores per-article extraction results, replacing the earlier
// analysis and its normalised rows for the same articles, in one
// transaction. The articles must be stored first (else ENOTFOUND).
func (s *Store) PutAnalyses(ctx context.Context, analyses []*kroniek.Analysis) error {
	return s.write(ctx, "put analyses", func(tx *Tx) error {
		for _, an := range analyses {
			if err := putAnalysis(ctx, tx, an); err != nil {
				return err
			}
		}
		if len(analyses) == 0 {
			return nil
		}
		return bumpData(ctx, tx)
	})
}

// putAnalysis replaces one article's analysis and its mention, quote,
// amount, time and event rows.
func putAnalysis(ctx context.Context, tx *Tx, an *kroniek.Analysis) error {
	if an == nil || an.Article == "" {
		return kroniek.Errorf(kroniek.EINVALID, "analysis without article id")
	}
	id := an.Article
	data, err := storeenc.JSONText(an)
	if err != nil {
		return err
	}
	// An equal analysis has equal rows: rewriting nothing keeps a corpus
	// rebuild over a large store cheap.
	var old string
	err = tx.QueryRowContext(ctx, `SELECT data FROM analyses WHERE article = ?`, id).Scan(&old)
	if err == nil && old == data {
		return nil
	} else if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("analysis %s: %w", id, err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO analyses (article, data) VALUES (?, ?)
		ON CONFLICT (article) DO UPDATE SET data = excluded.data`, id, data)
	if isConstraint(err, sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY) {
		return kroniek.Errorf(kroniek.ENOTFOUND, "analysis of article %q: article not found", id)
	} else if err != nil {
		return fmt.Errorf("analysis %s: %w", id, err)
	}
	for _, table := range []string{"mentions", "quotes", "amounts", "times", "events"} {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE article = ?`, id); err != nil {
			return fmt.Errorf("analysis %s: clear %s: %w", id, table, err)
		}
	}
	ins := func(what string, q string, args ...any) error {
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return fmt.Errorf("analysis %s: insert %s: %w", id, what, err)
		}
		return nil
	}
	for i, m := range an.Mentions {
		if err := ins("mention", `INSERT INTO mentions (article, seq, start, "end", text, type, local, entity, kb, role)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, i, m.Start, m.End, m.Text, m.Type, m.Local, m.Entity, m.KB, m.Role); err != nil {
			return err
		}
	}
	// insJSON inserts a row whose last column is v as JSON.
	insJSON := func(what, q string, v any, args ...any) error {
		data, err := storeenc.JSONText(v)
		if err != nil {
			return err
		}
		return ins(what, q, append(args, data)...)
	}
	for i, q := range an.Quotes {
		q.Article = id
		if err := insJSON("quote", `INSERT INTO quotes (article, seq, start, "end", speaker, kind, data)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, q, id, i, q.Start, q.End, q.Speaker, q.Kind); err != nil {
			return err
		}
	}
	for i, a := range an.Amounts {
		a.Article = id
		if err := insJSON("amount", `INSERT INTO amounts (article, seq, start, "end", unit, value, data)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, a, id, i, a.Start, a.End, a.Unit, a.Value); err != nil {
			return err
		}
	}
	for i, t := range an.Times {
		t.Article = id
		if err := insJSON("time", `INSERT INTO times (article, seq, start, "end", value, data)
			VALUES (?, ?, ?, ?, ?, ?)`, t, id, i, t.Start, t.End, t.Value); err != nil {
			return err
		}
	}
	for i, e := range an.Events {
		e.Article = id
		storeenc.EventLists(&e)
		if err := insJSON("event", `INSERT INTO events (article, seq, start, type, mode, date, actor, recipient, event_id, data)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, e, id, i, e.Start, e.Type, e.Mode, e.Date,
			storeenc.JSONStrings(e.Actor), storeenc.JSONStrings(e.Recipient), e.ID); err != nil {
			return err
		}
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
		q += ` WHERE ` + inJSON("x.article")
		args = append(args, storeenc.JSONStrings(ids))
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
	limit, offset, err := storeenc.Page(f.Page)
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
	limit, offset, err := storeenc.Page(f.Page)
	if err != nil {
		return nil, 0, err
	}
	var w where
	w.eq("x.article", f.Article)
	w.eq("a.story", f.Story)
	w.eq("x.type", f.Type)
	if f.Actor != "" {
		w.add("EXISTS (SELECT 1 FROM json_each(x.actor) WHERE value = ?)", f.Actor)
	}
	if f.Recipient != "" {
		w.add("EXISTS (SELECT 1 FROM json_each(x.recipient) WHERE value = ?)", f.Recipient)
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
	from := ` FROM ` + table + ` x JOIN articles a ON a.id = x.article` + w.sql()
	list := []T{}
	var n int
	err := s.read(ctx, op, func(tx *Tx) error {
		var err error
		if n, err = count(ctx, tx, `SELECT COUNT(*)`+from, w.args...); err != nil {
			return err
		}
		q := `SELECT x.data` + from + ` ORDER BY ` + orderArticles + `, x.start, x.seq LIMIT ? OFFSET ?`
		return scanJSON(ctx, tx, q, append(append([]any{}, w.args...), limit, offset), storeenc.DecodeAppend(&list))
	})
	if err != nil {
		return nil, 0, err
	}
	return list, n, nil
}

// scanJSON runs a query of one JSON column and passes each value to fn.
func scanJSON(ctx context.Context, tx *Tx, q string, args []any, fn func([]byte) error) error {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	return storeenc.ScanJSON(rows, fn)
}
