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
	return s.putAnalyses(ctx, "put analyses", analyses, encodeAnalysis, putAnalysis)
}

// PutExtractions stores per-article extraction results as PutAnalyses
// does, but leaves their mention, quote, amount, time and event rows to
// the next PutCorpus, which writes them once, with their cross-document
// ids: until then those articles have none (their earlier rows go), and
// every PutCorpus writes the rows an analysis lacks. For a writer that
// rebuilds the corpus after its last batch (pipeline.Batches); a writer
// killed before that leaves the store stale, so the next run's rebuild
// writes them.
func (s *Store) PutExtractions(ctx context.Context, analyses []*kroniek.Analysis) error {
	return s.putAnalyses(ctx, "put extractions", analyses, encodeData, putAnalysisLater)
}

// putAnalyses stores analyses with put, encode encoding each ahead of the
// writer, and keeps each as its article's extraction.
func (s *Store) putAnalyses(ctx context.Context, op string, analyses []*kroniek.Analysis, encode func(*kroniek.Analysis) encodedAnalysis,
	put func(context.Context, *Tx, *kroniek.Analysis, encodedAnalysis) error) error {
	return sqlstore.Change(ctx, runner{s}, op, func(tx sqlstore.Tx) (bool, error) {
		analyses, err := freshAnalyses(ctx, tx, analyses)
		if err != nil {
			return false, err
		}
		next, stop := ahead(analyses, encode)
		defer stop()
		for _, an := range analyses {
			enc := next()
			if err := put(ctx, native(tx), an, enc); err != nil {
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
	// An equal analysis has equal rows: rewriting nothing keeps a corpus
	// rebuild over a large store cheap. One whose rows were left for the
	// corpus (PutExtractions) gets them now.
	if same, err := replaceAnalysis(ctx, tx, an, enc, true); err != nil || same {
		return err
	}
	if err := insertEarlyRows(ctx, tx, an, enc); err != nil {
		return err
	}
	return insertLateRows(ctx, tx, an, enc)
}

// insertRow runs one INSERT of a row of article id's analysis.
func insertRow(ctx context.Context, tx *Tx, id, what, q string, args ...any) error {
	if _, err := tx.ExecContext(ctx, q, args...); err != nil {
		return fmt.Errorf("analysis %s: insert %s: %w", id, what, err)
	}
	return nil
}

// insertEarlyRows inserts an's mention, quote and amount rows, what the
// corpus settles before its stories; enc holds the quotes' and amounts'
// JSON (partEarly).
func insertEarlyRows(ctx context.Context, tx *Tx, an *kroniek.Analysis, enc encodedAnalysis) error {
	id := an.Article
	for i, m := range an.Mentions {
		if err := insertRow(ctx, tx, id, "mention", `INSERT INTO mentions (article, seq, start, "end", text, type, local, entity, kb, role, stands_for, field)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, i, m.Start, m.End, m.Text, m.Type, m.Local, m.Entity, m.KB, m.Role, m.StandsFor, m.Field); err != nil {
			return err
		}
	}
	for i, q := range an.Quotes {
		if err := insertRow(ctx, tx, id, "quote", `INSERT INTO quotes (article, seq, start, "end", speaker, kind, data)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, id, i, q.Start, q.End, q.Speaker, q.Kind, enc.quotes[i]); err != nil {
			return err
		}
		if err := insertQuoteSpeakers(ctx, tx, id, i, q.SpeakerIDs()); err != nil {
			return err
		}
	}
	for i, a := range an.Amounts {
		if err := insertRow(ctx, tx, id, "amount", `INSERT INTO amounts (article, seq, start, "end", unit, value, data)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, id, i, a.Start, a.End, a.Unit, a.Value, enc.amounts[i]); err != nil {
			return err
		}
	}
	return nil
}

// insertQuoteSpeakers indexes quote seq of article id under each of its
// speakers' entity ids, so that "A en B zeggen" is found by B's id as by
// A's (see migration 0007). A quote naming one entity twice gets one row.
func insertQuoteSpeakers(ctx context.Context, tx *Tx, id string, seq int, speakers []string) error {
	for _, e := range speakers {
		if err := insertRow(ctx, tx, id, "quote speaker", `INSERT OR IGNORE INTO quote_speakers (entity, article, seq)
			VALUES (?, ?, ?)`, e, id, seq); err != nil {
			return err
		}
	}
	return nil
}

// insertLateRows inserts an's time and event rows, which the corpus's
// stories still change (years completed, copies' events merged); enc
// holds their JSON (partLate).
func insertLateRows(ctx context.Context, tx *Tx, an *kroniek.Analysis, enc encodedAnalysis) error {
	id := an.Article
	for i, t := range an.Times {
		if err := insertRow(ctx, tx, id, "time", `INSERT INTO times (article, seq, start, "end", value, data)
			VALUES (?, ?, ?, ?, ?, ?)`, id, i, t.Start, t.End, t.Value, enc.times[i]); err != nil {
			return err
		}
	}
	for i, e := range an.Events {
		if err := insertRow(ctx, tx, id, "event", `INSERT INTO events (article, seq, start, type, mode, date, actor, recipient, event_id, data)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, id, i, e.Start, e.Type, e.Mode, e.Date,
			storeenc.JSONStrings(e.Actor), storeenc.JSONStrings(e.Recipient), e.ID, enc.events[i]); err != nil {
			return err
		}
	}
	return nil
}

// putAnalysisLater replaces one article's analysis and lists it in
// rows_pending, removing the rows of the analysis it replaces; enc is
// encodeData(an). An equal analysis is left as it is, rows and all.
func putAnalysisLater(ctx context.Context, tx *Tx, an *kroniek.Analysis, enc encodedAnalysis) error {
	_, err := replaceAnalysis(ctx, tx, an, enc, false)
	return err
}

// replaceAnalysis stores enc.data as an's analysis and removes the rows of
// the one it replaces, unless the stored analysis is equal and, when
// withRows, has its rows (same). withRows: the caller writes the rows now,
// and an analysis listed in rows_pending is taken off; else it is listed.
func replaceAnalysis(ctx context.Context, tx *Tx, an *kroniek.Analysis, enc encodedAnalysis, withRows bool) (same bool, err error) {
	if an == nil || an.Article == "" {
		return false, kroniek.Errorf(kroniek.EINVALID, "analysis without article id")
	}
	if enc.err != nil {
		return false, enc.err
	}
	id := an.Article
	pending := false
	if withRows {
		if pending, err = rowsPending(ctx, tx, id); err != nil {
			return false, err
		}
	}
	// An analysis without rows is written whatever it holds: its old data
	// is not read.
	existed := pending
	if !pending {
		var old string
		err := tx.QueryRowContext(ctx, `SELECT data FROM analyses WHERE article = ?`, id).Scan(&old)
		if err == nil && old == enc.data {
			return true, nil
		} else if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return false, fmt.Errorf("analysis %s: %w", id, err)
		}
		existed = err == nil
	}
	if err := upsertAnalysis(ctx, tx, id, enc.data); err != nil {
		return false, err
	}
	if existed {
		// Also when pending: a kroniek from before rows_pending may have
		// written rows since.
		if err := clearRows(ctx, tx, id); err != nil {
			return false, err
		}
	}
	switch {
	case pending:
		err = rowsWritten(ctx, tx, id)
	case !withRows:
		if _, err = tx.ExecContext(ctx, `INSERT OR IGNORE INTO rows_pending (article) VALUES (?)`, id); err != nil {
			err = fmt.Errorf("analysis %s: rows pending: %w", id, err)
		}
	}
	return false, err
}

// rowsPending reports whether article id's analysis waits for its rows
// (listed in rows_pending by PutExtractions).
func rowsPending(ctx context.Context, tx *Tx, id string) (bool, error) {
	var pending bool
	if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM rows_pending WHERE article = ?)`, id).Scan(&pending); err != nil {
		return false, fmt.Errorf("analysis %s: %w", id, err)
	}
	return pending, nil
}

// rowsWritten takes article id's analysis off rows_pending.
func rowsWritten(ctx context.Context, tx *Tx, id string) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM rows_pending WHERE article = ?`, id); err != nil {
		return fmt.Errorf("analysis %s: rows pending: %w", id, err)
	}
	return nil
}

// upsertAnalysis stores data as article id's analysis.
func upsertAnalysis(ctx context.Context, tx *Tx, id, data string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO analyses (article, data) VALUES (?, ?)
		ON CONFLICT (article) DO UPDATE SET data = excluded.data`, id, data)
	if isConstraint(err, sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY) {
		return kroniek.Errorf(kroniek.ENOTFOUND, "analysis of article %q: article not found", id)
	} else if err != nil {
		return fmt.Errorf("analysis %s: %w", id, err)
	}
	return nil
}

// clearRows removes article id's mention, quote, amount, time and event
// rows.
func clearRows(ctx context.Context, tx *Tx, id string) error {
	for _, table := range []string{"mentions", "quotes", "amounts", "times", "events"} {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE article = ?`, id); err != nil {
			return fmt.Errorf("analysis %s: clear %s: %w", id, table, err)
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
