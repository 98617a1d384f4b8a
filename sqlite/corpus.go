package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/storeenc"
)

// PutCorpus replaces the entities, the stories and every article's links
// with c, and rewrites the analyses in c.Analyses, in one transaction.
// Articles without a link in c.Links lose their links; a link to an
// article that is not stored is ENOTFOUND.
func (s *Store) PutCorpus(ctx context.Context, c *kroniek.Corpus) error {
	if c == nil {
		return kroniek.Errorf(kroniek.EINVALID, "nil corpus")
	}
	return s.write(ctx, "put corpus", func(tx *Tx) error {
		for _, q := range []string{`DELETE FROM entities`, `DELETE FROM stories`} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return fmt.Errorf("clear corpus: %w", err)
			}
		}
		for _, e := range c.Entities {
			if err := insertEntity(ctx, tx, e); err != nil {
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
		inputs, err := storedInputs(ctx, tx)
		if err != nil {
			return err
		}
		for _, an := range storeenc.Fresh(c.Analyses, inputs) {
			if err := putAnalysis(ctx, tx, an); err != nil {
				return err
			}
		}
		return markCorpus(ctx, tx, c.Generation)
	})
}

// storedInputs returns the input fingerprint of every stored article.
func storedInputs(ctx context.Context, tx *Tx) (map[string]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, lang, text, headings FROM articles`)
	if err != nil {
		return nil, fmt.Errorf("read article inputs: %w", err)
	}
	defer rows.Close()
	out := make(map[string]string)
	for rows.Next() {
		var id, lang, text, headings string
		if err := rows.Scan(&id, &lang, &text, &headings); err != nil {
			return nil, fmt.Errorf("read article inputs: %w", err)
		}
		out[id] = storeenc.InputOf(lang, text, []byte(headings))
	}
	return out, rows.Err()
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
// table, and its lowercased name and aliases for lookups.
func insertEntity(ctx context.Context, tx *Tx, e *kroniek.Entity) error {
	if e == nil || e.ID == "" {
		return kroniek.Errorf(kroniek.EINVALID, "entity without id")
	}
	rec := *e
	rec.Mentions = nil
	data, err := storeenc.JSONText(rec)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO entities (id, name, type, country, count, data)
		VALUES (?, ?, ?, ?, ?, ?)`, e.ID, e.Name, e.Type, e.Country, e.Count, data); err != nil {
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

// Entity returns one entity with all its mentions in publication order,
// or ENOTFOUND.
func (s *Store) Entity(ctx context.Context, id string) (*kroniek.Entity, error) {
	var e *kroniek.Entity
	err := s.read(ctx, "entity", func(tx *Tx) error {
		list, err := findEntities(ctx, tx, ` WHERE e.id = ?`, []any{id}, 1, 0)
		if err != nil {
			return err
		} else if len(list) == 0 {
			return kroniek.Errorf(kroniek.ENOTFOUND, "entity %q not found", id)
		}
		e = list[0]
		e.Mentions = []kroniek.Mention{}
		return eachMention(ctx, tx, `m.entity = ?`, func(m kroniek.Mention) { e.Mentions = append(e.Mentions, m) }, id)
	})
	return e, err
}

// Entities returns the entities matching f, most mentioned first, without
// their mentions, and the total count before paging.
func (s *Store) Entities(ctx context.Context, f kroniek.EntityFilter) ([]*kroniek.Entity, int, error) {
	limit, offset, err := storeenc.Page(f.Page)
	if err != nil {
		return nil, 0, err
	}
	var w where
	w.eq("e.type", f.Type)
	if f.Story != "" {
		// IN, not a correlated EXISTS: SQLite would scan every article
		// once per entity.
		w.add(`e.id IN (SELECT m.entity FROM articles a JOIN mentions m ON m.article = a.id
			WHERE a.story = ?)`, f.Story)
	}
	if name := strings.ToLower(strings.TrimSpace(f.Name)); name != "" {
		w.add(`EXISTS (SELECT 1 FROM entity_names n WHERE n.entity = e.id
			AND (n.name = ? OR n.name LIKE ? ESCAPE '\'))`, name, storeenc.LikePrefix(name))
	}
	var list []*kroniek.Entity
	var n int
	err = s.read(ctx, "entities", func(tx *Tx) error {
		var err error
		if n, err = count(ctx, tx, `SELECT COUNT(*) FROM entities e`+w.sql(), w.args...); err != nil {
			return err
		}
		list, err = findEntities(ctx, tx, w.sql(), w.args, limit, offset)
		return err
	})
	if err != nil {
		return nil, 0, err
	}
	return list, n, nil
}

// findEntities reads entities, most mentioned first, then by id.
func findEntities(ctx context.Context, tx *Tx, whereSQL string, args []any, limit, offset int) ([]*kroniek.Entity, error) {
	list := []*kroniek.Entity{}
	err := scanJSON(ctx, tx, `SELECT e.data FROM entities e`+whereSQL+` ORDER BY e.count DESC, e.id LIMIT ? OFFSET ?`,
		append(append([]any{}, args...), limit, offset), func(data []byte) error {
			var e kroniek.Entity
			if err := json.Unmarshal(data, &e); err != nil {
				return fmt.Errorf("decode entity: %w", err)
			}
			if e.Aliases == nil {
				e.Aliases = []string{}
			}
			e.Mentions = []kroniek.Mention{}
			list = append(list, &e)
			return nil
		})
	return list, err
}

// eachMention passes the mentions matching cond to add, in publication
// order.
func eachMention(ctx context.Context, tx *Tx, cond string, add func(kroniek.Mention), args ...any) error {
	rows, err := tx.QueryContext(ctx, `SELECT `+storeenc.MentionColumns+` FROM mentions m
		JOIN articles a ON a.id = m.article WHERE `+cond+` ORDER BY `+orderArticles+`, m.start, m.seq`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	return storeenc.ScanMentions(rows, add)
}

// Story returns one story, or ENOTFOUND.
func (s *Store) Story(ctx context.Context, id string) (*kroniek.Story, error) {
	var st *kroniek.Story
	err := s.read(ctx, "story", func(tx *Tx) error {
		list, err := findStories(ctx, tx, ` WHERE s.id = ?`, []any{id}, 1, 0)
		if err != nil {
			return err
		} else if len(list) == 0 {
			return kroniek.Errorf(kroniek.ENOTFOUND, "story %q not found", id)
		}
		st = list[0]
		return nil
	})
	return st, err
}

// Stories returns the stories matching f, newest activity (last
// publication date) first, and the total count before paging.
func (s *Store) Stories(ctx context.Context, f kroniek.StoryFilter) ([]*kroniek.Story, int, error) {
	limit, offset, err := storeenc.Page(f.Page)
	if err != nil {
		return nil, 0, err
	}
	var w where
	if f.Entity != "" {
		// IN, not a correlated EXISTS: SQLite would scan every article
		// once per story (30 s on 900 stories).
		w.add(`s.id IN (SELECT a.story FROM mentions m JOIN articles a ON a.id = m.article
			WHERE m.entity = ?)`, f.Entity)
	}
	if f.Outlet != "" {
		w.add(`s.id IN (SELECT a.story FROM articles a WHERE a.outlet = ?)`, f.Outlet)
	}
	var list []*kroniek.Story
	var n int
	err = s.read(ctx, "stories", func(tx *Tx) error {
		var err error
		if n, err = count(ctx, tx, `SELECT COUNT(*) FROM stories s`+w.sql(), w.args...); err != nil {
			return err
		}
		list, err = findStories(ctx, tx, w.sql(), w.args, limit, offset)
		return err
	})
	if err != nil {
		return nil, 0, err
	}
	return list, n, nil
}

// orderStories is newest activity first, then by id.
const orderStories = `s.updated DESC, s.id`

// findStories reads stories, newest activity first.
func findStories(ctx context.Context, tx *Tx, whereSQL string, args []any, limit, offset int) ([]*kroniek.Story, error) {
	list := []*kroniek.Story{}
	err := scanJSON(ctx, tx, `SELECT s.data FROM stories s`+whereSQL+` ORDER BY `+orderStories+` LIMIT ? OFFSET ?`,
		append(append([]any{}, args...), limit, offset), func(data []byte) error {
			var st kroniek.Story
			if err := json.Unmarshal(data, &st); err != nil {
				return fmt.Errorf("decode story: %w", err)
			}
			storeenc.StoryLists(&st)
			list = append(list, &st)
			return nil
		})
	return list, err
}
