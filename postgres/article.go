package postgres

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/sqlstore"
	"github.com/kroniek/kroniek/internal/storeenc"
)

// PutArticles inserts new articles and updates changed ones, in one
// transaction. An article is unchanged when its content hash is equal.
// Links (duplicate_of, similarity, story) are set on insert and otherwise
// only by PutCorpus.
func (s *Store) PutArticles(ctx context.Context, articles []*kroniek.Article) (kroniek.IngestResult, error) {
	rows := make([]*storeenc.ArticleRow, len(articles))
	for i, a := range articles {
		if a == nil || a.ID == "" {
			return kroniek.IngestResult{}, kroniek.Errorf(kroniek.EINVALID, "article without id")
		}
		r, err := storeenc.NewArticleRow(a)
		if err != nil {
			return kroniek.IngestResult{}, fmt.Errorf("put articles: %w", err)
		}
		rows[i] = r
	}
	return sqlstore.Ingest(ctx, runner{s}, func(tx sqlstore.Tx) (kroniek.IngestResult, error) {
		return s.putArticles(ctx, native(tx), rows)
	})
}

// putArticles locks the batch's stored rows, counts new, updated and
// unchanged articles in batch order, then writes each changed article
// once, in id order so that concurrent batches lock rows in one order.
func (s *Store) putArticles(ctx context.Context, tx *Tx, rows []*storeenc.ArticleRow) (kroniek.IngestResult, error) {
	var res kroniek.IngestResult
	ids := make([]string, 0, len(rows))
	for _, r := range rows {
		ids = append(ids, r.Article.ID)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	q, err := tx.Query(ctx, `SELECT id, content_hash FROM articles WHERE id = ANY($1) ORDER BY id FOR NO KEY UPDATE`, ids)
	if err != nil {
		return res, fmt.Errorf("read hashes: %w", err)
	}
	stored := map[string]string{}
	var id, h string
	if _, err := pgx.ForEachRow(q, []any{&id, &h}, func() error { stored[id] = h; return nil }); err != nil {
		return res, fmt.Errorf("read hashes: %w", err)
	}
	existed := make(map[string]bool, len(stored))
	for id := range stored {
		existed[id] = true
	}
	final := map[string]*storeenc.ArticleRow{} // the row to write per id
	seen := map[string]bool{}
	for _, r := range rows {
		id := r.Article.ID
		old, ok := stored[id]
		switch {
		case !ok:
			res.New++
		case old == r.Hash:
			if !seen[id] {
				res.Unchanged++
			}
		default:
			res.Updated++
			res.UpdatedIDs = append(res.UpdatedIDs, id)
		}
		if !ok || old != r.Hash {
			stored[id] = r.Hash
			final[id] = r
		}
		seen[id] = true
	}
	var ins, upd articleCols
	var docIDs, docTerms []string
	for _, id := range ids {
		r := final[id]
		if r == nil {
			continue
		}
		if existed[id] {
			upd.add(r)
		} else {
			ins.add(r)
		}
		docIDs = append(docIDs, id)
		docTerms = append(docTerms, tsvectorText(tx.memo.Terms(r.Article.Title, r.Article.Lang), tx.memo.Terms(r.Article.Text, r.Article.Lang)))
	}
	now := s.Now().UTC()
	if len(ins.id) > 0 {
		tag, err := tx.Exec(ctx, `INSERT INTO articles (id, source, url, outlet, title, author,
			published, published_inferred, published_confidence, lang, lang_confidence, body, text,
			removed, headings, meta, duplicate_of, similarity, story, content_hash, updated_at)
			SELECT id, source, url, outlet, title, author, published, published_inferred, published_confidence,
			lang, lang_confidence, body, text, removed::jsonb, headings::jsonb, meta::jsonb, duplicate_of,
			similarity, story, content_hash, $21
			FROM `+articleUnnest+` ON CONFLICT (id) DO NOTHING`, ins.args(now)...)
		if err != nil {
			return res, fmt.Errorf("insert articles: %w", err)
		}
		if tag.RowsAffected() != int64(len(ins.id)) {
			// Another transaction inserted some of them since the hashes
			// were read: count again.
			return res, errRetry
		}
	}
	if len(upd.id) > 0 {
		if _, err := tx.Exec(ctx, `UPDATE articles a SET source = u.source, url = u.url, outlet = u.outlet,
			title = u.title, author = u.author, published = u.published, published_inferred = u.published_inferred,
			published_confidence = u.published_confidence, lang = u.lang, lang_confidence = u.lang_confidence,
			body = u.body, text = u.text, removed = u.removed::jsonb, headings = u.headings::jsonb,
			meta = u.meta::jsonb, content_hash = u.content_hash, updated_at = $21
			FROM `+articleUnnest+` WHERE a.id = u.id`, upd.args(now)...); err != nil {
			return res, fmt.Errorf("update articles: %w", err)
		}
	}
	if len(docIDs) > 0 {
		if _, err := tx.Exec(ctx, `INSERT INTO search_docs (article, terms)
			SELECT a, t::tsvector FROM unnest($1::text[], $2::text[]) AS x (a, t)
			ON CONFLICT (article) DO UPDATE SET terms = excluded.terms`, docIDs, docTerms); err != nil {
			return res, fmt.Errorf("index articles: %w", err)
		}
	}
	return res, nil
}

// articleUnnest turns the 20 column arrays of articleCols.args into rows.
const articleUnnest = `unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
	$7::text[], $8::bool[], $9::float8[], $10::text[], $11::float8[], $12::text[], $13::text[],
	$14::text[], $15::text[], $16::text[], $17::text[], $18::float8[], $19::text[], $20::text[])
	AS u (id, source, url, outlet, title, author, published, published_inferred, published_confidence,
	lang, lang_confidence, body, text, removed, headings, meta, duplicate_of, similarity, story, content_hash)`

// articleCols are the column arrays of article rows, for one statement
// writing them all.
type articleCols struct {
	id, source, url, outlet, title, author, published, lang, body, text []string
	removed, headings, meta, duplicateOf, story, hash                   []string
	inferred                                                            []bool
	pubConf, langConf, similarity                                       []float64
}

// add appends one row.
func (c *articleCols) add(r *storeenc.ArticleRow) {
	a := r.Article
	c.id, c.source, c.url, c.outlet = append(c.id, a.ID), append(c.source, a.Source), append(c.url, a.URL), append(c.outlet, a.Outlet)
	c.title, c.author, c.published = append(c.title, a.Title), append(c.author, a.Author), append(c.published, a.Published)
	c.inferred, c.pubConf = append(c.inferred, a.PublishedInferred), append(c.pubConf, a.PublishedConfidence)
	c.lang, c.langConf, c.body, c.text = append(c.lang, a.Lang), append(c.langConf, a.LangConfidence), append(c.body, a.Body), append(c.text, a.Text)
	c.removed, c.headings, c.meta = append(c.removed, r.Removed), append(c.headings, r.Headings), append(c.meta, r.Meta)
	c.duplicateOf, c.similarity, c.story = append(c.duplicateOf, a.DuplicateOf), append(c.similarity, a.Similarity), append(c.story, a.Story)
	c.hash = append(c.hash, r.Hash)
}

// args returns the arrays in articleUnnest's order and now as $21.
func (c *articleCols) args(now time.Time) []any {
	return []any{c.id, c.source, c.url, c.outlet, c.title, c.author, c.published, c.inferred, c.pubConf,
		c.lang, c.langConf, c.body, c.text, c.removed, c.headings, c.meta, c.duplicateOf, c.similarity,
		c.story, c.hash, now}
}
