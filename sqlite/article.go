package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/storeenc"
)

// PutArticles inserts new articles and updates changed ones, in one
// transaction. An article is unchanged when its content hash is equal.
// Links (duplicate_of, similarity, story) are set on insert and otherwise
// only by PutCorpus.
func (s *Store) PutArticles(ctx context.Context, articles []*kroniek.Article) (kroniek.IngestResult, error) {
	var res kroniek.IngestResult
	err := s.write(ctx, "put articles", func(tx *Tx) error {
		var err error
		res, err = s.putArticles(ctx, tx, articles)
		if err == nil && res.New+res.Updated > 0 {
			err = bumpData(ctx, tx)
		}
		return err
	})
	if err != nil {
		return kroniek.IngestResult{}, err
	}
	return res, nil
}

func (s *Store) putArticles(ctx context.Context, tx *Tx, articles []*kroniek.Article) (kroniek.IngestResult, error) {
	var res kroniek.IngestResult
	now := s.Now().UTC().Format(time.RFC3339Nano)
	seen := make(map[string]bool, len(articles))
	for _, a := range articles {
		if a == nil || a.ID == "" {
			return res, kroniek.Errorf(kroniek.EINVALID, "article without id")
		}
		r, err := storeenc.NewArticleRow(a)
		if err != nil {
			return res, err
		}
		var old string
		err = tx.QueryRowContext(ctx, `SELECT content_hash FROM articles WHERE id = ?`, a.ID).Scan(&old)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			if err := insertArticle(ctx, tx, r, now); err != nil {
				return res, err
			}
			if err := indexArticle(ctx, tx, a); err != nil {
				return res, err
			}
			res.New++
		case err != nil:
			return res, fmt.Errorf("article %s: %w", a.ID, err)
		case old == r.Hash:
			if !seen[a.ID] {
				res.Unchanged++
			}
		default:
			if err := updateArticle(ctx, tx, r, now); err != nil {
				return res, err
			}
			if err := indexArticle(ctx, tx, a); err != nil {
				return res, err
			}
			res.Updated++
		}
		seen[a.ID] = true
	}
	return res, nil
}

func insertArticle(ctx context.Context, tx *Tx, r *storeenc.ArticleRow, now string) error {
	a := r.Article
	_, err := tx.ExecContext(ctx, `INSERT INTO articles (id, source, url, outlet, title, author,
		published, published_inferred, published_confidence, lang, lang_confidence, body, text,
		removed, headings, meta, duplicate_of, similarity, story, content_hash, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.ID, a.Source, a.URL, a.Outlet, a.Title, a.Author,
		a.Published, a.PublishedInferred, a.PublishedConfidence, a.Lang, a.LangConfidence, a.Body, a.Text,
		r.Removed, r.Headings, r.Meta, a.DuplicateOf, a.Similarity, a.Story, r.Hash, now)
	if err != nil {
		return fmt.Errorf("insert article %s: %w", a.ID, err)
	}
	return nil
}

func updateArticle(ctx context.Context, tx *Tx, r *storeenc.ArticleRow, now string) error {
	a := r.Article
	_, err := tx.ExecContext(ctx, `UPDATE articles SET source = ?, url = ?, outlet = ?, title = ?,
		author = ?, published = ?, published_inferred = ?, published_confidence = ?, lang = ?,
		lang_confidence = ?, body = ?, text = ?, removed = ?, headings = ?, meta = ?,
		content_hash = ?, updated_at = ? WHERE id = ?`,
		a.Source, a.URL, a.Outlet, a.Title, a.Author, a.Published, a.PublishedInferred,
		a.PublishedConfidence, a.Lang, a.LangConfidence, a.Body, a.Text, r.Removed, r.Headings, r.Meta,
		r.Hash, now, a.ID)
	if err != nil {
		return fmt.Errorf("update article %s: %w", a.ID, err)
	}
	return nil
}

// Article returns one article, or ENOTFOUND.
func (s *Store) Article(ctx context.Context, id string) (*kroniek.Article, error) {
	var a *kroniek.Article
	err := s.read(ctx, "article", func(tx *Tx) error {
		list, err := findArticles(ctx, tx, " WHERE a.id = ?", []any{id}, 1, 0)
		if err != nil {
			return err
		} else if len(list) == 0 {
			return kroniek.Errorf(kroniek.ENOTFOUND, "article %q not found", id)
		}
		a = list[0]
		return nil
	})
	return a, err
}

// Articles returns the articles matching f in publication order (unknown
// dates last, then by id) and the total count before paging.
func (s *Store) Articles(ctx context.Context, f kroniek.ArticleFilter) ([]*kroniek.Article, int, error) {
	limit, offset, err := storeenc.Page(f.Page)
	if err != nil {
		return nil, 0, err
	}
	var w where
	if f.IDs != nil {
		w.add(inJSON("a.id"), storeenc.JSONStrings(f.IDs))
	}
	w.eq("a.story", f.Story)
	w.eq("a.outlet", f.Outlet)
	w.eq("a.lang", f.Lang)
	if f.Entity != "" {
		w.add("EXISTS (SELECT 1 FROM mentions m WHERE m.article = a.id AND m.entity = ?)", f.Entity)
	}
	if err := w.dateRange("a.published", f.From, f.To); err != nil {
		return nil, 0, err
	}
	var list []*kroniek.Article
	var n int
	err = s.read(ctx, "articles", func(tx *Tx) error {
		var err error
		if n, err = count(ctx, tx, `SELECT COUNT(*) FROM articles a`+w.sql(), w.args...); err != nil {
			return err
		}
		list, err = findArticles(ctx, tx, w.sql(), w.args, limit, offset)
		return err
	})
	if err != nil {
		return nil, 0, err
	}
	return list, n, nil
}

// findArticles reads the articles matching the WHERE clause in
// publication order; limit < 0 reads all.
func findArticles(ctx context.Context, tx *Tx, whereSQL string, args []any, limit, offset int) ([]*kroniek.Article, error) {
	q := `SELECT ` + storeenc.ArticleColumns + ` FROM articles a` + whereSQL +
		` ORDER BY ` + orderArticles + ` LIMIT ? OFFSET ?`
	rows, err := tx.QueryContext(ctx, q, append(append([]any{}, args...), limit, offset)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return storeenc.ScanArticles(rows)
}

// articleExists reports whether an article with the id is stored.
func articleExists(ctx context.Context, tx *Tx, id string) (bool, error) {
	var n int
	err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles WHERE id = ?`, id).Scan(&n)
	return n > 0, err
}
