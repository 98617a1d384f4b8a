package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/sqlstore"
	"github.com/kroniek/kroniek/internal/storeenc"
	sqlite3 "modernc.org/sqlite/lib"
)

// PutAnalyses stores per-article extraction results, replacing the earlier
// analysis and its normalised rows for the same articles, in one
// transaction. The articles must be stored first (else ENOTFOUND).
func (s *Store) PutAnalyses(ctx context.Context, analyses []*kroniek.Analysis) error {
	return sqlstore.Change(ctx, runner{s}, "put analyses", func(tx sqlstore.Tx) (bool, error) {
		analyses, err := freshAnalyses(ctx, tx, analyses)
		if err != nil {
			return false, err
		}
		next, stop := ahead(analyses, encodeAnalysis)
		defer stop()
		for _, an := range analyses {
			enc := next()
			if err := putAnalysis(ctx, native(tx), an, enc); err != nil {
				return false, err
			}
			if err := putExtraction(ctx, native(tx), an.Article, enc.data); err != nil {
				return false, err
			}
		}
		return len(analyses) > 0, nil
	})
}

// freshAnalyses leaves out of analyses those made from another text than
// the one stored for their article (storeenc.Fresh): a writer that read an
// article before another replaced its text must not store an analysis
// whose offsets point into a text the store no longer holds.
func freshAnalyses(ctx context.Context, tx sqlstore.Tx, analyses []*kroniek.Analysis) ([]*kroniek.Analysis, error) {
	ids := make([]string, 0, len(analyses))
	for _, an := range analyses {
		if an == nil || an.Article == "" {
			return nil, kroniek.Errorf(kroniek.EINVALID, "analysis without article id")
		}
		ids = append(ids, an.Article)
	}
	inputs, err := sqlstore.StoredInputs(ctx, tx, dialect, ids)
	if err != nil {
		return nil, err
	}
	return storeenc.Fresh(analyses, inputs), nil
}

// putAnalysis replaces one article's analysis and its mention, quote,
// amount, time and event rows; enc is encodeAnalysis(an).
func putAnalysis(ctx context.Context, tx *Tx, an *kroniek.Analysis, enc encodedAnalysis) error {
	if an == nil || an.Article == "" {
		return kroniek.Errorf(kroniek.EINVALID, "analysis without article id")
	}
	if enc.err != nil {
		return enc.err
	}
	id := an.Article
	data := enc.data
	// An equal analysis has equal rows: rewriting nothing keeps a corpus
	// rebuild over a large store cheap.
	var old string
	err := tx.QueryRowContext(ctx, `SELECT data FROM analyses WHERE article = ?`, id).Scan(&old)
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
		if err := ins("mention", `INSERT INTO mentions (article, seq, start, "end", text, type, local, entity, kb, role, stands_for, field)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, i, m.Start, m.End, m.Text, m.Type, m.Local, m.Entity, m.KB, m.Role, m.StandsFor, m.Field); err != nil {
			return err
		}
	}
	for i, q := range an.Quotes {
		if err := ins("quote", `INSERT INTO quotes (article, seq, start, "end", speaker, kind, data)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, id, i, q.Start, q.End, q.Speaker, q.Kind, enc.quotes[i]); err != nil {
			return err
		}
	}
	for i, a := range an.Amounts {
		if err := ins("amount", `INSERT INTO amounts (article, seq, start, "end", unit, value, data)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, id, i, a.Start, a.End, a.Unit, a.Value, enc.amounts[i]); err != nil {
			return err
		}
	}
	for i, t := range an.Times {
		if err := ins("time", `INSERT INTO times (article, seq, start, "end", value, data)
			VALUES (?, ?, ?, ?, ?, ?)`, id, i, t.Start, t.End, t.Value, enc.times[i]); err != nil {
			return err
		}
	}
	for i, e := range an.Events {
		if err := ins("event", `INSERT INTO events (article, seq, start, type, mode, date, actor, recipient, event_id, data)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, id, i, e.Start, e.Type, e.Mode, e.Date,
			storeenc.JSONStrings(e.Actor), storeenc.JSONStrings(e.Recipient), e.ID, enc.events[i]); err != nil {
			return err
		}
	}
	return nil
}

// putExtraction keeps data as the extraction of article id's stored
// analysis: what a rebuild reads (see kroniek.Store.Extractions).
func putExtraction(ctx context.Context, tx *Tx, id, data string) error {
	if _, err := tx.ExecContext(ctx, `UPDATE analyses SET extracted = ? WHERE article = ? AND extracted IS NOT ?`,
		data, id, data); err != nil {
		return fmt.Errorf("extraction %s: %w", id, err)
	}
	return nil
}
