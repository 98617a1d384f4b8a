package sqlite

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/sqlstore"
	"github.com/kroniek/kroniek/internal/storeenc"
)

// PutCorpus replaces the entities, the stories and every article's links
// with c, and rewrites the analyses in c.Analyses (keeping c.Extracted as
// their extractions), in one transaction.
// Articles without a link in c.Links lose their links; a link to an
// article that is not stored is ENOTFOUND.
func (s *Store) PutCorpus(ctx context.Context, c *kroniek.Corpus) error {
	return s.write(ctx, "put corpus", func(tx *Tx) error {
		if c == nil {
			return kroniek.Errorf(kroniek.EINVALID, "nil corpus")
		}
		w, err := putCorpusEarly(ctx, tx, c)
		if err != nil {
			return err
		}
		return w.finish(ctx, tx, c)
	})
}

// BeginCorpus begins PutCorpus of a corpus whose entities, and whose
// analyses' mentions, quotes and amounts, are settled while the rest of
// it is still being built (the pipeline builds the stories after
// resolving entities and merging events): on a goroutine of its own, in
// the transaction PutCorpus would use, it writes the entities and those
// rows of every analysis waiting for its rows (PutExtractions), beside
// the caller's work. put completes the write with the finished corpus,
// which must hold the same entities and analyses, writes the rest
// (stories, links, the analyses themselves, their time and event rows)
// and commits: the store then holds what PutCorpus(done) writes, and
// until then nothing of it (a kill at any point leaves the store as
// before). Until put returns, the caller must not change the entities or
// the analyses' mentions, quotes and amounts. put must be called once;
// put(nil) rolls the write back and returns nil.
func (s *Store) BeginCorpus(ctx context.Context, c *kroniek.Corpus) (put func(done *kroniek.Corpus) error) {
	rest := make(chan *kroniek.Corpus, 1)
	result := make(chan error, 1)
	go func() {
		result <- s.write(ctx, "put corpus", func(tx *Tx) error {
			if c == nil {
				return kroniek.Errorf(kroniek.EINVALID, "nil corpus")
			}
			w, err := putCorpusEarly(ctx, tx, c)
			if earlyDone != nil {
				earlyDone()
			}
			if err != nil {
				return err
			}
			done := <-rest
			if done == nil {
				return errCorpusDropped
			}
			return w.finish(ctx, tx, done)
		})
	}()
	return func(done *kroniek.Corpus) error {
		rest <- done
		err := <-result
		if done == nil && (err == nil || errors.Is(err, errCorpusDropped)) {
			return nil
		}
		return err
	}
}

// earlyDone, when set (by tests), is called when BeginCorpus has written
// the early part.
var earlyDone func()

// errCorpusDropped rolls back a corpus write begun and not finished.
var errCorpusDropped = errors.New("corpus write dropped")

// corpusWrite is a corpus write under way: its early part (entities,
// and the mention, quote and amount rows of analyses waiting for their
// rows) done.
type corpusWrite struct {
	inputs map[string]string
	fresh  []*kroniek.Analysis
	// early[i] tells that fresh[i] was waiting for its rows and has its
	// early rows now; the rest of it is written with the rest.
	early []bool
}

// putCorpusEarly writes what of c is settled before its stories: the
// entities, and the mention, quote and amount rows of the analyses
// waiting for their rows (their old rows removed). It reads only
// c.Entities and c.Analyses.
func putCorpusEarly(ctx context.Context, tx *Tx, c *kroniek.Corpus) (*corpusWrite, error) {
	for _, q := range []string{`DELETE FROM entities`, `DELETE FROM stories`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return nil, fmt.Errorf("clear corpus: %w", err)
		}
	}
	nextEntity, stopEntities := ahead(c.Entities, encodeEntity)
	defer stopEntities()
	for _, e := range c.Entities {
		if err := insertEntity(ctx, tx, e, nextEntity()); err != nil {
			return nil, err
		}
	}
	inputs, err := sqlstore.StoredInputs(ctx, tx.shared(), dialect, nil)
	if err != nil {
		return nil, err
	}
	w := &corpusWrite{inputs: inputs, fresh: storeenc.Fresh(c.Analyses, inputs)}
	w.early = make([]bool, len(w.fresh))
	// An article given twice has its early rows written once: the second
	// is written as a whole with the rest, as PutCorpus always did.
	seen := make(map[string]bool, len(w.fresh))
	for i, an := range w.fresh {
		if an == nil || an.Article == "" || seen[an.Article] {
			continue
		}
		seen[an.Article] = true
		if w.early[i], err = rowsPending(ctx, tx, an.Article); err != nil {
			return nil, err
		}
	}
	early := make([]*kroniek.Analysis, 0, len(w.fresh))
	for i, an := range w.fresh {
		if w.early[i] {
			early = append(early, an)
		}
	}
	next, stop := ahead(early, func(an *kroniek.Analysis) encodedAnalysis { return encodeParts(an, partEarly) })
	defer stop()
	for _, an := range early {
		enc := next()
		if enc.err != nil {
			return nil, enc.err
		}
		// A kroniek from before rows_pending may have written rows since
		// the analysis was listed.
		if err := clearRows(ctx, tx, an.Article); err != nil {
			return nil, err
		}
		if err := insertEarlyRows(ctx, tx, an, enc); err != nil {
			return nil, err
		}
	}
	return w, nil
}

// finish writes the rest of corpus c (see putCorpusEarly): the stories,
// the links, the analyses with their time and event rows (with all their
// rows when they were not waiting for them), the extractions and the
// corpus's generation.
func (w *corpusWrite) finish(ctx context.Context, tx *Tx, c *kroniek.Corpus) error {
	for _, st := range c.Stories {
		if err := insertStory(ctx, tx, st); err != nil {
			return err
		}
	}
	if err := putLinks(ctx, tx, c.Links); err != nil {
		return err
	}
	order := make([]int, len(w.fresh))
	for i := range order {
		order[i] = i
	}
	nextAnalysis, stopAnalyses := ahead(order, func(i int) encodedAnalysis {
		if w.early[i] {
			return encodeParts(w.fresh[i], partData|partLate)
		}
		return encodeAnalysis(w.fresh[i])
	})
	defer stopAnalyses()
	for i, an := range w.fresh {
		enc := nextAnalysis()
		if !w.early[i] {
			if err := putAnalysis(ctx, tx, an, enc); err != nil {
				return err
			}
			continue
		}
		if enc.err != nil {
			return enc.err
		}
		if err := upsertAnalysis(ctx, tx, an.Article, enc.data); err != nil {
			return err
		}
		if err := rowsWritten(ctx, tx, an.Article); err != nil {
			return err
		}
		if err := insertLateRows(ctx, tx, an, enc); err != nil {
			return err
		}
	}
	extracted, err := storeenc.Extracted(c, w.inputs)
	if err != nil {
		return err
	}
	for _, x := range extracted {
		if err := putExtraction(ctx, tx, x.Article, x.Data); err != nil {
			return err
		}
	}
	return sqlstore.MarkCorpus(ctx, tx.shared(), c.Generation)
}

// putLinks makes links the articles' only links, writing only the rows
// whose links change (an article row holds its whole text).
func putLinks(ctx context.Context, tx *Tx, links []kroniek.ArticleLink) error {
	ids := make([]string, len(links))
	for i, l := range links {
		ids[i] = l.Article
	}
	if _, err := tx.ExecContext(ctx, `UPDATE articles SET duplicate_of = '', similarity = 0, story = ''
		WHERE (duplicate_of != '' OR similarity != 0 OR story != '')
		AND id NOT IN (SELECT value FROM json_each(?))`, storeenc.JSONStrings(ids)); err != nil {
		return fmt.Errorf("clear links: %w", err)
	}
	for _, l := range links {
		res, err := tx.ExecContext(ctx, `UPDATE articles SET duplicate_of = ?, similarity = ?, story = ?
			WHERE id = ? AND (duplicate_of != ? OR similarity != ? OR story != ?)`,
			l.DuplicateOf, l.Similarity, l.Story, l.Article, l.DuplicateOf, l.Similarity, l.Story)
		if err != nil {
			return fmt.Errorf("link article %s: %w", l.Article, err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return fmt.Errorf("link article %s: %w", l.Article, err)
		} else if n > 0 {
			continue
		}
		if ok, err := articleExists(ctx, tx, l.Article); err != nil {
			return fmt.Errorf("link article %s: %w", l.Article, err)
		} else if !ok {
			return kroniek.Errorf(kroniek.ENOTFOUND, "link of article %q: article not found", l.Article)
		}
	}
	return nil
}

// insertEntity stores e without its mentions, which live in the mentions
// table, and its lowercased name and aliases for lookups; enc is
// encodeEntity(e).
func insertEntity(ctx context.Context, tx *Tx, e *kroniek.Entity, enc encodedEntity) error {
	if e == nil || e.ID == "" {
		return kroniek.Errorf(kroniek.EINVALID, "entity without id")
	}
	if enc.err != nil {
		return enc.err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO entities (id, name, type, country, count, data)
		VALUES (?, ?, ?, ?, ?, ?)`, e.ID, e.Name, e.Type, e.Country, e.Count, enc.data); err != nil {
		if isConstraint(err, 0) {
			return kroniek.Errorf(kroniek.EINVALID, "entity %q given twice", e.ID)
		}
		return fmt.Errorf("insert entity %s: %w", e.ID, err)
	}
	for _, name := range append([]string{e.Name}, e.Aliases...) {
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "" {
			continue
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO entity_names (entity, name) VALUES (?, ?)`,
			e.ID, name); err != nil {
			return fmt.Errorf("insert entity %s name: %w", e.ID, err)
		}
	}
	return nil
}

// insertStory stores st; its newest activity is its last publication date.
func insertStory(ctx context.Context, tx *Tx, st *kroniek.Story) error {
	if st == nil || st.ID == "" {
		return kroniek.Errorf(kroniek.EINVALID, "story without id")
	}
	data, err := storeenc.JSONText(st)
	if err != nil {
		return err
	}
	updated := st.End
	if updated == "" {
		updated = st.Start
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO stories (id, title, start, "end", updated, data)
		VALUES (?, ?, ?, ?, ?, ?)`, st.ID, st.Title, st.Start, st.End, updated, data); err != nil {
		if isConstraint(err, 0) {
			return kroniek.Errorf(kroniek.EINVALID, "story %q given twice", st.ID)
		}
		return fmt.Errorf("insert story %s: %w", st.ID, err)
	}
	return nil
}
