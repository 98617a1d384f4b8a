package sqlite

import (
	"context"
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
		for _, q := range []string{`DELETE FROM entities`, `DELETE FROM stories`} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return fmt.Errorf("clear corpus: %w", err)
			}
		}
		nextEntity, stopEntities := ahead(c.Entities, encodeEntity)
		defer stopEntities()
		for _, e := range c.Entities {
			if err := insertEntity(ctx, tx, e, nextEntity()); err != nil {
				return err
			}
		}
		for _, st := range c.Stories {
			if err := insertStory(ctx, tx, st); err != nil {
				return err
			}
		}
		if err := putLinks(ctx, tx, c.Links); err != nil {
			return err
		}
		inputs, err := sqlstore.StoredInputs(ctx, tx.shared(), dialect, nil)
		if err != nil {
			return err
		}
		fresh := storeenc.Fresh(c.Analyses, inputs)
		nextAnalysis, stopAnalyses := ahead(fresh, encodeAnalysis)
		defer stopAnalyses()
		for _, an := range fresh {
			if err := putAnalysis(ctx, tx, an, nextAnalysis()); err != nil {
				return err
			}
		}
		extracted, err := storeenc.Extracted(c, inputs)
		if err != nil {
			return err
		}
		for _, x := range extracted {
			if err := putExtraction(ctx, tx, x.Article, x.Data); err != nil {
				return err
			}
		}
		return sqlstore.MarkCorpus(ctx, tx.shared(), c.Generation)
	})
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
