package postgres

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"math"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/kroniek/kroniek"
)

// removedRow is kroniek.Removed with its offsets, which the JSON form of the
// domain type leaves out.
type removedRow struct {
	Kind  string `json:"kind"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// articleRow is an article's column values as stored.
type articleRow struct {
	a                       *kroniek.Article
	removed, headings, meta string
	hash                    string
}

// newArticleRow encodes the JSON columns and the content hash of a. The
// hash is the SQLite store's, so both stores agree on what changed.
func newArticleRow(a *kroniek.Article) (*articleRow, error) {
	r := &articleRow{a: a}
	removed := make([]removedRow, len(a.Removed))
	for i, x := range a.Removed {
		removed[i] = removedRow(x)
	}
	var err error
	if r.removed, err = jsonText(removed); err != nil {
		return nil, err
	}
	headings := a.Headings
	if headings == nil {
		headings = []kroniek.Span{}
	}
	if r.headings, err = jsonText(headings); err != nil {
		return nil, err
	}
	meta := a.Meta
	if meta == nil {
		meta = map[string]string{}
	}
	if r.meta, err = jsonText(meta); err != nil { // map keys are sorted
		return nil, err
	}
	r.hash = contentHash(a, r.removed, r.headings, r.meta)
	return r, nil
}

// contentHash hashes every stored field of a except the links that
// cross-document work sets (duplicate_of, similarity, story).
func contentHash(a *kroniek.Article, removed, headings, meta string) string {
	h := sha256.New()
	for _, s := range []string{a.ID, a.Source, a.URL, a.Outlet, a.Title, a.Author, a.Published,
		a.Lang, a.Body, a.Text, removed, headings, meta} {
		writeString(h, s)
	}
	var b [8]byte
	if a.PublishedInferred {
		b[0] = 1
	}
	h.Write(b[:1])
	for _, f := range []float64{a.PublishedConfidence, a.LangConfidence} {
		binary.LittleEndian.PutUint64(b[:], math.Float64bits(f))
		h.Write(b[:])
	}
	return hex.EncodeToString(h.Sum(nil))
}

// writeString writes s with its length, so field boundaries are unambiguous.
func writeString(h hash.Hash, s string) {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], uint64(len(s)))
	h.Write(b[:])
	h.Write([]byte(s))
}

// PutArticles inserts new articles and updates changed ones, in one
// transaction. An article is unchanged when its content hash is equal.
// Links (duplicate_of, similarity, story) are set on insert and otherwise
// only by PutCorpus.
func (s *Store) PutArticles(ctx context.Context, articles []*kroniek.Article) (kroniek.IngestResult, error) {
	rows := make([]*articleRow, len(articles))
	for i, a := range articles {
		if a == nil || a.ID == "" {
			return kroniek.IngestResult{}, kroniek.Errorf(kroniek.EINVALID, "article without id")
		}
		r, err := newArticleRow(a)
		if err != nil {
			return kroniek.IngestResult{}, fmt.Errorf("put articles: %w", err)
		}
		rows[i] = r
	}
	var res kroniek.IngestResult
	err := s.write(ctx, "put articles", func(tx *Tx) error {
		var err error
		res, err = s.putArticles(ctx, tx, rows)
		return err
	})
	if err != nil {
		return kroniek.IngestResult{}, err
	}
	return res, nil
}

// putArticles locks the batch's stored rows, counts new, updated and
// unchanged articles in batch order, then writes each changed article
// once, in id order so that concurrent batches lock rows in one order.
func (s *Store) putArticles(ctx context.Context, tx *Tx, rows []*articleRow) (kroniek.IngestResult, error) {
	var res kroniek.IngestResult
	ids := make([]string, 0, len(rows))
	for _, r := range rows {
		ids = append(ids, r.a.ID)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	q, err := tx.Query(ctx, `SELECT id, content_hash FROM articles WHERE id = ANY($1) ORDER BY id FOR UPDATE`, ids)
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
	final := map[string]*articleRow{} // the row to write per id
	seen := map[string]bool{}
	for _, r := range rows {
		id := r.a.ID
		old, ok := stored[id]
		switch {
		case !ok:
			res.New++
		case old == r.hash:
			if !seen[id] {
				res.Unchanged++
			}
		default:
			res.Updated++
		}
		if !ok || old != r.hash {
			stored[id] = r.hash
			final[id] = r
		}
		seen[id] = true
	}
	now := s.Now().UTC()
	var b batch
	for _, id := range ids {
		r := final[id]
		if r == nil {
			continue
		}
		if existed[id] {
			queueUpdate(&b, r, now)
		} else {
			queueInsert(&b, r, now)
		}
		b.queue("index article "+id, nil, `INSERT INTO search_docs (article, terms) VALUES ($1, $2::tsvector)
			ON CONFLICT (article) DO UPDATE SET terms = excluded.terms`,
			id, tsvectorText(tx.memo.Terms(r.a.Title, r.a.Lang), tx.memo.Terms(r.a.Text, r.a.Lang)))
	}
	return res, b.run(ctx, tx)
}

// queueInsert queues the insert of a new article. A row another
// transaction inserted since the hashes were read makes it retry.
func queueInsert(b *batch, r *articleRow, now time.Time) {
	a := r.a
	b.queueRow("insert article "+a.ID, `INSERT INTO articles (id, source, url, outlet, title, author,
		published, published_inferred, published_confidence, lang, lang_confidence, body, text,
		removed, headings, meta, duplicate_of, similarity, story, content_hash, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15::jsonb, $16::jsonb,
		$17, $18, $19, $20, $21)
		ON CONFLICT (id) DO NOTHING`,
		a.ID, a.Source, a.URL, a.Outlet, a.Title, a.Author,
		a.Published, a.PublishedInferred, a.PublishedConfidence, a.Lang, a.LangConfidence, a.Body, a.Text,
		r.removed, r.headings, r.meta, a.DuplicateOf, a.Similarity, a.Story, r.hash, now)
}

// queueUpdate queues the update of a changed article's content.
func queueUpdate(b *batch, r *articleRow, now time.Time) {
	a := r.a
	b.queue("update article "+a.ID, nil, `UPDATE articles SET source = $1, url = $2, outlet = $3, title = $4,
		author = $5, published = $6, published_inferred = $7, published_confidence = $8, lang = $9,
		lang_confidence = $10, body = $11, text = $12, removed = $13::jsonb, headings = $14::jsonb,
		meta = $15::jsonb, content_hash = $16, updated_at = $17 WHERE id = $18`,
		a.Source, a.URL, a.Outlet, a.Title, a.Author, a.Published, a.PublishedInferred,
		a.PublishedConfidence, a.Lang, a.LangConfidence, a.Body, a.Text, r.removed, r.headings, r.meta,
		r.hash, now, a.ID)
}

// Article returns one article, or ENOTFOUND.
func (s *Store) Article(ctx context.Context, id string) (*kroniek.Article, error) {
	var a *kroniek.Article
	err := s.read(ctx, "article", func(tx *Tx) error {
		list, err := findArticles(ctx, tx, " WHERE a.id = $1", []any{id}, 1, 0)
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
	limit, offset, err := page(f.Page)
	if err != nil {
		return nil, 0, err
	}
	var w where
	if f.IDs != nil {
		w.add("a.id = ANY(?)", f.IDs)
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

const articleColumns = `a.id, a.source, a.url, a.outlet, a.title, a.author, a.published,
	a.published_inferred, a.published_confidence, a.lang, a.lang_confidence, a.body, a.text,
	a.removed, a.headings, a.meta, a.duplicate_of, a.similarity, a.story`

// findArticles reads the articles matching the WHERE clause in
// publication order; limit < 0 reads all.
func findArticles(ctx context.Context, tx *Tx, whereSQL string, args []any, limit, offset int) ([]*kroniek.Article, error) {
	w := where{args: append([]any{}, args...)}
	q := `SELECT ` + articleColumns + ` FROM articles a` + whereSQL + ` ORDER BY ` + orderArticles
	if limit >= 0 {
		q += ` LIMIT ` + w.arg(limit) + ` OFFSET ` + w.arg(offset)
	}
	rows, err := tx.Query(ctx, q, w.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	list := []*kroniek.Article{}
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, err
		}
		list = append(list, a)
	}
	return list, rows.Err()
}

// scanArticle reads one row of articleColumns.
func scanArticle(rows pgx.Rows) (*kroniek.Article, error) {
	var a kroniek.Article
	var removed, headings, meta []byte
	if err := rows.Scan(&a.ID, &a.Source, &a.URL, &a.Outlet, &a.Title, &a.Author, &a.Published,
		&a.PublishedInferred, &a.PublishedConfidence, &a.Lang, &a.LangConfidence, &a.Body, &a.Text,
		&removed, &headings, &meta, &a.DuplicateOf, &a.Similarity, &a.Story); err != nil {
		return nil, fmt.Errorf("scan article: %w", err)
	}
	var rr []removedRow
	if err := json.Unmarshal(removed, &rr); err != nil {
		return nil, fmt.Errorf("article %s removed: %w", a.ID, err)
	}
	a.Removed = make([]kroniek.Removed, len(rr))
	for i, x := range rr {
		a.Removed[i] = kroniek.Removed(x)
	}
	if err := json.Unmarshal(headings, &a.Headings); err != nil {
		return nil, fmt.Errorf("article %s headings: %w", a.ID, err)
	}
	if len(a.Headings) == 0 {
		a.Headings = nil
	}
	if err := json.Unmarshal(meta, &a.Meta); err != nil {
		return nil, fmt.Errorf("article %s meta: %w", a.ID, err)
	}
	if len(a.Meta) == 0 {
		a.Meta = nil
	}
	return &a, nil
}
