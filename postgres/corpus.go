package postgres

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/sqlstore"
	"github.com/kroniek/kroniek/internal/storeenc"
)

// PutCorpus replaces the entities, the stories and every article's links
// with c, and rewrites the analyses in c.Analyses that changed, in one
// transaction holding an advisory lock, so concurrent calls run one after
// the other. Only article rows whose links change are written. Articles
// without a link in c.Links lose their links; a link to an article that is
// not stored is ENOTFOUND.
func (s *Store) PutCorpus(ctx context.Context, c *kroniek.Corpus) error {
	if c == nil {
		return kroniek.Errorf(kroniek.EINVALID, "nil corpus")
	}
	ents, err := newEntityRows(c.Entities)
	if err != nil {
		return wrap("put corpus", err)
	}
	stories, err := newStoryRows(c.Stories)
	if err != nil {
		return wrap("put corpus", err)
	}
	analyses, err := newAnalysisRows(c.Analyses)
	if err != nil {
		return wrap("put corpus", err)
	}
	return s.write(ctx, "put corpus", func(tx *Tx) error {
		for _, q := range []string{
			`SELECT pg_advisory_xact_lock(` + fmt.Sprint(corpusLock) + `)`,
			`DELETE FROM entities`,
			`DELETE FROM stories`,
		} {
			if _, err := tx.Exec(ctx, q); err != nil {
				return fmt.Errorf("clear corpus: %w", err)
			}
		}
		if len(ents.id) > 0 {
			if _, err := tx.Exec(ctx, `INSERT INTO entities (id, name, type, country, count, data)
				SELECT i, n, t, c, k, d::jsonb FROM unnest($1::text[], $2::text[], $3::text[], $4::text[],
				$5::int8[], $6::text[]) AS x (i, n, t, c, k, d)`,
				ents.id, ents.name, ents.typ, ents.country, ents.count, ents.data); err != nil {
				return fmt.Errorf("insert entities: %w", err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO entity_names (entity, name)
				SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
				ents.nameEntity, ents.names); err != nil {
				return fmt.Errorf("insert entity names: %w", err)
			}
		}
		if len(stories.id) > 0 {
			if _, err := tx.Exec(ctx, `INSERT INTO stories (id, title, start, "end", updated, data)
				SELECT i, t, s, e, u, d::jsonb FROM unnest($1::text[], $2::text[], $3::text[], $4::text[],
				$5::text[], $6::text[]) AS x (i, t, s, e, u, d)`,
				stories.id, stories.title, stories.start, stories.end, stories.updated, stories.data); err != nil {
				return fmt.Errorf("insert stories: %w", err)
			}
		}
		if err := putLinks(ctx, tx, c.Links); err != nil {
			return err
		}
		inputs, err := sqlstore.StoredInputs(ctx, tx.shared(), dialect, nil)
		if err != nil {
			return err
		}
		if fresh := storeenc.Fresh(c.Analyses, inputs); len(fresh) != len(c.Analyses) {
			if analyses, err = newAnalysisRows(fresh); err != nil {
				return err
			}
		}
		if err := putAnalyses(ctx, tx, analyses); err != nil {
			return err
		}
		extracted, err := storeenc.Extracted(c, inputs)
		if err != nil {
			return err
		}
		if err := putExtractions(ctx, tx, extracted); err != nil {
			return err
		}
		return sqlstore.MarkCorpus(ctx, tx.shared(), c.Generation)
	})
}

// entityRows are the column arrays of entities and their lookup names.
type entityRows struct {
	id, name, typ, country, data []string
	count                        []int
	nameEntity, names            []string
}

// newEntityRows encodes entities without their mentions, which live in
// the mentions table, and their lowercased names and aliases for lookups.
// An id given twice is EINVALID.
func newEntityRows(entities []*kroniek.Entity) (*entityRows, error) {
	if err := uniqueIDs("entity", entities, func(e *kroniek.Entity) string { return e.ID }); err != nil {
		return nil, err
	}
	r := &entityRows{}
	for _, e := range entities {
		rec := *e
		rec.Mentions = nil
		data, err := storeenc.JSONText(rec)
		if err != nil {
			return nil, err
		}
		r.id, r.name, r.typ, r.country = append(r.id, e.ID), append(r.name, e.Name), append(r.typ, e.Type), append(r.country, e.Country)
		r.count, r.data = append(r.count, e.Count), append(r.data, data)
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			name = strings.ToLower(strings.TrimSpace(name))
			if name != "" {
				r.nameEntity, r.names = append(r.nameEntity, e.ID), append(r.names, name)
			}
		}
	}
	return r, nil
}

// uniqueIDs returns EINVALID when one of items is nil, has no id or has
// the id of another; kind names the items.
func uniqueIDs[T comparable](kind string, items []T, id func(T) string) error {
	var zero T
	seen := make(map[string]bool, len(items))
	for _, x := range items {
		if x == zero || id(x) == "" {
			return kroniek.Errorf(kroniek.EINVALID, "%s without id", kind)
		}
		if seen[id(x)] {
			return kroniek.Errorf(kroniek.EINVALID, "%s %q given twice", kind, id(x))
		}
		seen[id(x)] = true
	}
	return nil
}

// storyRows are the column arrays of stories.
type storyRows struct {
	id, title, start, end, updated, data []string
}

// newStoryRows encodes stories; a story's newest activity is its last
// publication date. An id given twice is EINVALID.
func newStoryRows(stories []*kroniek.Story) (*storyRows, error) {
	if err := uniqueIDs("story", stories, func(st *kroniek.Story) string { return st.ID }); err != nil {
		return nil, err
	}
	r := &storyRows{}
	for _, st := range stories {
		data, err := storeenc.JSONText(st)
		if err != nil {
			return nil, err
		}
		updated := st.End
		if updated == "" {
			updated = st.Start
		}
		r.id, r.title, r.start, r.end = append(r.id, st.ID), append(r.title, st.Title), append(r.start, st.Start), append(r.end, st.End)
		r.updated, r.data = append(r.updated, updated), append(r.data, data)
	}
	return r, nil
}

// putLinks makes links the articles' only links, writing only the rows
// whose links change (an article row holds its whole text). A link to an
// article not stored is ENOTFOUND; of two links of one article the last
// counts.
func putLinks(ctx context.Context, tx *Tx, links []kroniek.ArticleLink) error {
	last := map[string]int{}
	for i, l := range links {
		last[l.Article] = i
	}
	var ids, dups, stories []string
	var sims []float64
	// In article order, so concurrent writers lock rows in one order.
	order := make([]int, 0, len(last))
	for _, i := range last {
		order = append(order, i)
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(links[a].Article, links[b].Article) })
	for _, i := range order {
		l := links[i]
		ids = append(ids, l.Article)
		dups = append(dups, l.DuplicateOf)
		sims = append(sims, l.Similarity)
		stories = append(stories, l.Story)
	}
	if err := articlesExist(ctx, tx, ids, "link of article %q: article not found"); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `UPDATE articles SET duplicate_of = '', similarity = 0, story = ''
		WHERE (duplicate_of != '' OR similarity != 0 OR story != '') AND NOT (id = ANY($1))`, ids); err != nil {
		return fmt.Errorf("clear links: %w", err)
	}
	if _, err := tx.Exec(ctx, `UPDATE articles a SET duplicate_of = l.dup, similarity = l.sim, story = l.story
		FROM unnest($1::text[], $2::text[], $3::float8[], $4::text[]) AS l (id, dup, sim, story)
		WHERE a.id = l.id AND (a.duplicate_of, a.similarity, a.story) IS DISTINCT FROM (l.dup, l.sim, l.story)`,
		ids, dups, sims, stories); err != nil {
		return fmt.Errorf("link articles: %w", err)
	}
	return nil
}
