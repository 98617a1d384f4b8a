package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/sqlstore"
	"github.com/kroniek/kroniek/internal/storeenc"
)

// PutArticles inserts new articles and updates changed ones, in one
// transaction. An article is unchanged when its content hash is equal.
// Links (duplicate_of, similarity, story) are set on insert and otherwise
// only by PutCorpus.
func (s *Store) PutArticles(ctx context.Context, articles []*kroniek.Article) (kroniek.IngestResult, error) {
	return sqlstore.Ingest(ctx, runner{s}, func(tx sqlstore.Tx) (kroniek.IngestResult, error) {
		return s.putArticles(ctx, native(tx), articles)
	})
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
			res.UpdatedIDs = append(res.UpdatedIDs, a.ID)
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

// articleExists reports whether an article with the id is stored.
func articleExists(ctx context.Context, tx *Tx, id string) (bool, error) {
	var n int
	err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles WHERE id = ?`, id).Scan(&n)
	return n > 0, err
}
