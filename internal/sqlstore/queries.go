package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/storeenc"
)

// Queries implements the reading methods of kroniek.Store, and the few
// writes whose SQL is the same in both dialects, over a store's Runner.
// A store embeds it.
type Queries struct {
	run     Runner
	dialect *Dialect
}

// New returns the shared bodies run by run in dialect d.
func New(run Runner, d *Dialect) Queries { return Queries{run: run, dialect: d} }

// finder reads the rows matching a WHERE clause in their order, a page
// of them (limit < 0: all).
type finder[T any] func(ctx context.Context, tx Tx, whereSQL string, args []any, limit, offset int) ([]T, error)

// one reads the row of find matching cond, whose one argument is id, or
// returns ENOTFOUND naming what.
func one[T any](ctx context.Context, tx Tx, find finder[T], cond, id, what string) (T, error) {
	var v T
	list, err := find(ctx, tx, " WHERE "+cond, []any{id}, 1, 0)
	if err != nil {
		return v, err
	} else if len(list) == 0 {
		return v, kroniek.Errorf(kroniek.ENOTFOUND, "%s %q not found", what, id)
	}
	return list[0], nil
}

// get is one in a read transaction named op, which also names what is
// not found.
func get[T any](ctx context.Context, run Runner, op string, find finder[T], cond, id string) (T, error) {
	var v T
	err := run.Read(ctx, op, func(tx Tx) error {
		var err error
		v, err = one(ctx, tx, find, cond, id, op)
		return err
	})
	return v, err
}

// paged counts the rows of from (a FROM clause) matching w and reads one
// page of them with find, in a read transaction named op.
func paged[T any](ctx context.Context, run Runner, op, from string, w *Where, find finder[T], p kroniek.Page) ([]T, int, error) {
	limit, offset, err := storeenc.Page(p)
	if err != nil {
		return nil, 0, err
	}
	var list []T
	var n int
	err = run.Read(ctx, op, func(tx Tx) error {
		var err error
		if n, err = Count(ctx, tx, `SELECT COUNT(*) `+from+w.SQL(), w.args...); err != nil {
			return err
		}
		list, err = find(ctx, tx, w.SQL(), w.args, limit, offset)
		return err
	})
	if err != nil {
		return nil, 0, err
	}
	return list, n, nil
}

// Article returns one article, or ENOTFOUND.
func (s *Queries) Article(ctx context.Context, id string) (*kroniek.Article, error) {
	return get(ctx, s.run, "article", FindArticles, "a.id = ?", id)
}

// Articles returns the articles matching f in publication order (unknown
// dates last, then by id) and the total count before paging.
func (s *Queries) Articles(ctx context.Context, f kroniek.ArticleFilter) ([]*kroniek.Article, int, error) {
	var w Where
	if f.IDs != nil {
		w.Add(s.dialect.In("a.id", f.IDs))
	}
	w.Eq("a.story", f.Story)
	w.Eq("a.outlet", f.Outlet)
	w.Eq("a.lang", f.Lang)
	if f.Entity != "" {
		w.Add("EXISTS (SELECT 1 FROM mentions m WHERE m.article = a.id AND m.entity = ?)", f.Entity)
	}
	if err := w.DateRange(s.dialect, "a.published", f.From, f.To); err != nil {
		return nil, 0, err
	}
	return paged(ctx, s.run, "articles", `FROM articles a`, &w, FindArticles, f.Page)
}

// FindArticles reads the articles matching the WHERE clause in
// publication order; limit < 0 reads all.
func FindArticles(ctx context.Context, tx Tx, whereSQL string, args []any, limit, offset int) ([]*kroniek.Article, error) {
	lim, args := page(args, limit, offset)
	rows, err := tx.Query(ctx, `SELECT `+storeenc.ArticleColumns+` FROM articles a`+whereSQL+
		` ORDER BY `+OrderArticles+lim, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return storeenc.ScanArticles(rows)
}

// Analysis returns one article's analysis, or ENOTFOUND.
func (s *Queries) Analysis(ctx context.Context, articleID string) (*kroniek.Analysis, error) {
	var an *kroniek.Analysis
	err := s.run.Read(ctx, "analysis", func(tx Tx) error {
		list, err := s.findAnalyses(ctx, tx, []string{articleID}, "x.data")
		if err != nil {
			return err
		} else if len(list) == 0 {
			return kroniek.Errorf(kroniek.ENOTFOUND, "analysis of article %q not found", articleID)
		}
		an = list[0]
		return nil
	})
	return an, err
}

// Analyses returns the analyses of the given articles (all when ids is
// nil) in publication order; articles without an analysis are left out.
func (s *Queries) Analyses(ctx context.Context, ids []string) ([]*kroniek.Analysis, error) {
	return s.readAnalyses(ctx, "analyses", ids, "x.data")
}

// Extractions returns the analyses of the given articles (all when ids is
// nil) as the extractors made them, in publication order; an analysis
// stored before extractions were kept apart is returned as last rewritten.
func (s *Queries) Extractions(ctx context.Context, ids []string) ([]*kroniek.Analysis, error) {
	return s.readAnalyses(ctx, "extractions", ids, "COALESCE(x.extracted, x.data)")
}

// readAnalyses is findAnalyses in a read transaction of its own.
func (s *Queries) readAnalyses(ctx context.Context, op string, ids []string, column string) ([]*kroniek.Analysis, error) {
	var list []*kroniek.Analysis
	err := s.run.Read(ctx, op, func(tx Tx) error {
		var err error
		list, err = s.findAnalyses(ctx, tx, ids, column)
		return err
	})
	return list, err
}

// findAnalyses reads the analyses in column (the data as rewritten, or
// the extraction) in publication order of their articles.
func (s *Queries) findAnalyses(ctx context.Context, tx Tx, ids []string, column string) ([]*kroniek.Analysis, error) {
	var w Where
	if ids != nil {
		w.Add(s.dialect.In("x.article", ids))
	}
	q := `SELECT ` + column + ` FROM analyses x JOIN articles a ON a.id = x.article` + w.SQL() + ` ORDER BY ` + OrderArticles
	list := []*kroniek.Analysis{}
	err := ScanJSON(ctx, tx, q, w.args, func(data []byte) error {
		var an kroniek.Analysis
		if err := json.Unmarshal(data, &an); err != nil {
			return fmt.Errorf("decode analysis: %w", err)
		}
		list = append(list, &an)
		return nil
	})
	return list, err
}

// Quotes returns the quotes matching f in publication order of their
// articles, then by position, and the total count before paging.
func (s *Queries) Quotes(ctx context.Context, f kroniek.QuoteFilter) ([]kroniek.Quote, int, error) {
	var w Where
	w.Eq("x.article", f.Article)
	if f.Speaker != "" {
		// A joint quote ("A en B zeggen") is B's too: one row, counted
		// once, found under either speaker.
		cond, args := s.dialect.QuoteSpeaker(f.Speaker)
		w.Add(cond, args...)
	}
	w.Eq("a.story", f.Story)
	w.Eq("x.kind", f.Kind)
	return pageJSON[kroniek.Quote](ctx, s.run, "quotes", "quotes", s.itemOrder(), &w, f.Page)
}

// Events returns the events matching f in publication order of their
// articles, then by position, and the total count before paging.
func (s *Queries) Events(ctx context.Context, f kroniek.EventFilter) ([]kroniek.Event, int, error) {
	var w Where
	w.Eq("x.article", f.Article)
	w.Eq("a.story", f.Story)
	w.Eq("x.type", f.Type)
	if f.Actor != "" {
		w.Add(s.dialect.Holds("x.actor"), f.Actor)
	}
	if f.Recipient != "" {
		w.Add(s.dialect.Holds("x.recipient"), f.Recipient)
	}
	if f.Shown {
		w.Add(s.dialect.True("x.data", "shown"))
	}
	if err := w.DateRange(s.dialect, "x.date", f.From, f.To); err != nil {
		return nil, 0, err
	}
	return pageJSON[kroniek.Event](ctx, s.run, "events", "events", s.itemOrder(), &w, f.Page)
}

// itemOrder orders the rows of a table x of items of articles a (quotes,
// amounts, times, events): in publication order, an article's items of
// its text before those of its title (kroniek.FieldTitle), then by
// position.
func (s *Queries) itemOrder() string {
	return OrderArticles + `, ` + s.dialect.Str("x.data", "field") + `, x.start, x.seq`
}

// pageJSON counts the rows of table x (joined to its articles a) matching
// w and decodes the data column of one page of them in the given order.
func pageJSON[T any](ctx context.Context, run Runner, op, table, order string, w *Where, p kroniek.Page) ([]T, int, error) {
	limit, offset, err := storeenc.Page(p)
	if err != nil {
		return nil, 0, err
	}
	from := ` FROM ` + table + ` x JOIN articles a ON a.id = x.article` + w.SQL()
	var list []T
	var n int
	err = run.Read(ctx, op, func(tx Tx) error {
		list = []T{}
		var err error
		if n, err = Count(ctx, tx, `SELECT COUNT(*)`+from, w.args...); err != nil {
			return err
		}
		q := `SELECT x.data` + from + ` ORDER BY ` + order + ` LIMIT ? OFFSET ?`
		return ScanJSON(ctx, tx, q, w.Args(limit, offset), storeenc.DecodeAppend(&list))
	})
	if err != nil {
		return nil, 0, err
	}
	return list, n, nil
}

// Entity returns one entity with all its mentions in publication order,
// or ENOTFOUND.
func (s *Queries) Entity(ctx context.Context, id string) (*kroniek.Entity, error) {
	var e *kroniek.Entity
	err := s.run.Read(ctx, "entity", func(tx Tx) error {
		var err error
		if e, err = one(ctx, tx, FindEntities, "e.id = ?", id, "entity"); err != nil {
			return err
		}
		return EachMention(ctx, tx, `m.entity = ?`, func(m kroniek.Mention) { e.Mentions = append(e.Mentions, m) }, id)
	})
	return e, err
}

// Entities returns the entities matching f, most mentioned first, without
// their mentions, and the total count before paging.
func (s *Queries) Entities(ctx context.Context, f kroniek.EntityFilter) ([]*kroniek.Entity, int, error) {
	var w Where
	w.Eq("e.type", f.Type)
	if f.Story != "" {
		// IN, not a correlated EXISTS: SQLite would scan every article
		// once per entity.
		w.Add(`e.id IN (SELECT m.entity FROM articles a JOIN mentions m ON m.article = a.id
			WHERE a.story = ?)`, f.Story)
	}
	if name := strings.ToLower(strings.TrimSpace(f.Name)); name != "" {
		w.Add(`EXISTS (SELECT 1 FROM entity_names n WHERE n.entity = e.id
			AND (n.name = ? OR n.name LIKE ? ESCAPE '\'))`, name, storeenc.LikePrefix(name))
	}
	return paged(ctx, s.run, "entities", `FROM entities e`, &w, FindEntities, f.Page)
}

// EntityTimeline returns the entity's mentions per publication date,
// oldest first, without undated articles.
func (s *Queries) EntityTimeline(ctx context.Context, id string) ([]kroniek.DayCount, error) {
	var days []kroniek.DayCount
	err := s.run.Read(ctx, "entity timeline", func(tx Tx) error {
		days = []kroniek.DayCount{}
		rows, err := tx.Query(ctx, `SELECT a.published, COUNT(*) FROM mentions m JOIN articles a ON a.id = m.article
			WHERE m.entity = ? AND a.published <> '' GROUP BY a.published ORDER BY a.published`+s.dialect.Collate, id)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var d kroniek.DayCount
			if err := rows.Scan(&d.Date, &d.Count); err != nil {
				return err
			}
			days = append(days, d)
		}
		return rows.Err()
	})
	return days, err
}

// CoActors returns the stored entities mentioned in the articles that
// mention id, in the most of them first, then by id; at most limit.
func (s *Queries) CoActors(ctx context.Context, id string, limit int) ([]kroniek.CoActor, error) {
	if limit <= 0 {
		return []kroniek.CoActor{}, nil
	}
	var list []kroniek.CoActor
	err := s.run.Read(ctx, "co-actors", func(tx Tx) error {
		list = []kroniek.CoActor{}
		rows, err := tx.Query(ctx, `SELECT e.id, e.name, e.type, c.n FROM (
				SELECT o.entity AS entity, COUNT(DISTINCT o.article) AS n FROM mentions o
				WHERE o.article IN (SELECT m.article FROM mentions m WHERE m.entity = ?) AND o.entity <> ?
				GROUP BY o.entity) c
			JOIN entities e ON e.id = c.entity
			ORDER BY c.n DESC, e.id`+s.dialect.Collate+` LIMIT ?`, id, id, limit)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var c kroniek.CoActor
			if err := rows.Scan(&c.ID, &c.Name, &c.Type, &c.Articles); err != nil {
				return err
			}
			list = append(list, c)
		}
		return rows.Err()
	})
	return list, err
}

// FindEntities reads entities, most mentioned first, then by id; limit
// < 0 reads all. Their mentions are left empty.
func FindEntities(ctx context.Context, tx Tx, whereSQL string, args []any, limit, offset int) ([]*kroniek.Entity, error) {
	return findJSON(ctx, tx, `SELECT e.data FROM entities e`+whereSQL+` ORDER BY e.count DESC, e.id`, "entity", args, limit, offset,
		func(e *kroniek.Entity) {
			if e.Aliases == nil {
				e.Aliases = []string{}
			}
			e.Mentions = []kroniek.Mention{}
		})
}

// findJSON reads the rows of q, JSON of T, one page of them (limit < 0:
// all), each made whole by fix; kind names T in errors.
func findJSON[T any](ctx context.Context, tx Tx, q, kind string, args []any, limit, offset int, fix func(*T)) ([]*T, error) {
	lim, args := page(args, limit, offset)
	list := []*T{}
	err := ScanJSON(ctx, tx, q+lim, args, func(data []byte) error {
		x := new(T)
		if err := json.Unmarshal(data, x); err != nil {
			return fmt.Errorf("decode %s: %w", kind, err)
		}
		fix(x)
		list = append(list, x)
		return nil
	})
	return list, err
}

// EachMention passes the mentions matching cond to add, in publication
// order, then position.
func EachMention(ctx context.Context, tx Tx, cond string, add func(kroniek.Mention), args ...any) error {
	rows, err := tx.Query(ctx, `SELECT `+storeenc.MentionColumns+` FROM mentions m
		JOIN articles a ON a.id = m.article WHERE `+cond+` ORDER BY `+OrderArticles+`, m.start, m.seq`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	return storeenc.ScanMentions(rows, add)
}

// Story returns one story, or ENOTFOUND.
func (s *Queries) Story(ctx context.Context, id string) (*kroniek.Story, error) {
	return get(ctx, s.run, "story", FindStories, "s.id = ?", id)
}

// Stories returns the stories matching f, newest activity (last
// publication date) first, and the total count before paging.
func (s *Queries) Stories(ctx context.Context, f kroniek.StoryFilter) ([]*kroniek.Story, int, error) {
	var w Where
	if f.Entity != "" {
		// IN, not a correlated EXISTS: SQLite would scan every article
		// once per story (30 s on 900 stories).
		w.Add(`s.id IN (SELECT a.story FROM mentions m JOIN articles a ON a.id = m.article
			WHERE m.entity = ?)`, f.Entity)
	}
	if f.Outlet != "" {
		w.Add(`s.id IN (SELECT a.story FROM articles a WHERE a.outlet = ?)`, f.Outlet)
	}
	return paged(ctx, s.run, "stories", `FROM stories s`, &w, FindStories, f.Page)
}

// FindStories reads stories, newest activity first, then by id; limit
// < 0 reads all.
func FindStories(ctx context.Context, tx Tx, whereSQL string, args []any, limit, offset int) ([]*kroniek.Story, error) {
	return findJSON(ctx, tx, `SELECT s.data FROM stories s`+whereSQL+` ORDER BY s.updated DESC, s.id`, "story", args, limit, offset,
		storeenc.StoryLists)
}

// Export returns the whole store as the export document: articles in
// publication order (unknown dates last, then id); entities most mentioned
// first with their mentions; quotes, amounts, times and events in article
// order then position; stories newest activity first. The same content
// always gives the same document, in both stores.
func (s *Queries) Export(ctx context.Context) (*kroniek.Export, error) {
	var x *kroniek.Export
	err := s.run.Read(ctx, "export", func(tx Tx) error {
		x = storeenc.NewExport()
		arts, err := FindArticles(ctx, tx, "", nil, -1, 0)
		if err != nil {
			return err
		}
		for _, a := range arts {
			x.Articles = append(x.Articles, kroniek.NewExportArticle(a))
		}
		if err := ScanJSON(ctx, tx, `SELECT data FROM analyses`, nil, storeenc.AddGenres(x)); err != nil {
			return fmt.Errorf("export genres: %w", err)
		}
		if x.Entities, err = FindEntities(ctx, tx, "", nil, -1, 0); err != nil {
			return err
		}
		if err := exportMentions(ctx, tx, x.Entities); err != nil {
			return err
		}
		for _, it := range storeenc.ExportTables(x) {
			q := `SELECT x.data FROM ` + it.Name + ` x JOIN articles a ON a.id = x.article
				ORDER BY ` + s.itemOrder()
			if err := ScanJSON(ctx, tx, q, nil, it.Add); err != nil {
				return fmt.Errorf("export %s: %w", it.Name, err)
			}
		}
		x.Stories, err = FindStories(ctx, tx, "", nil, -1, 0)
		return err
	})
	if err != nil {
		return nil, err
	}
	return x, nil
}

// exportMentions fills the mentions of every entity in one pass. A
// mention's stands_for, stored as a knowledge-base id, is exported as the
// id of the entity with that knowledge-base link where the corpus has one,
// and as none where it has not: the export's stands_for is an entity id
// or null, never a knowledge-base id ("Nassau" standing for country:BS
// in a corpus that names no Bahamas).
func exportMentions(ctx context.Context, tx Tx, entities []*kroniek.Entity) error {
	byID := make(map[string]*kroniek.Entity, len(entities))
	byKB := map[string]string{}
	for _, e := range entities {
		byID[e.ID] = e
		if e.KB != "" {
			byKB[e.KB] = e.ID
		}
	}
	err := EachMention(ctx, tx, `m.entity != ''`, func(m kroniek.Mention) {
		m.StandsFor = byKB[m.StandsFor]
		if e := byID[m.Entity]; e != nil {
			e.Mentions = append(e.Mentions, m)
		}
	})
	if err != nil {
		return fmt.Errorf("export mentions: %w", err)
	}
	return nil
}

// FeedState returns what the watcher knows of the feed at url, or
// ENOTFOUND for a feed never seen.
func (s *Queries) FeedState(ctx context.Context, url string) (*kroniek.FeedState, error) {
	var st *kroniek.FeedState
	err := s.run.Read(ctx, "feed state", func(tx Tx) error {
		var data []byte
		err := tx.QueryRow(ctx, `SELECT data FROM feeds WHERE url = ?`, url).Scan(&data)
		if errors.Is(err, sql.ErrNoRows) {
			return kroniek.Errorf(kroniek.ENOTFOUND, "feed %q not found", url)
		} else if err != nil {
			return err
		}
		st, err = storeenc.DecodeFeedState(data)
		return err
	})
	return st, err
}

// PutFeedState replaces the state of the feed at st.URL.
func (s *Queries) PutFeedState(ctx context.Context, st *kroniek.FeedState) error {
	if st == nil || st.URL == "" {
		return kroniek.Errorf(kroniek.EINVALID, "feed state without url")
	}
	data, err := storeenc.JSONText(st)
	if err != nil {
		return err
	}
	return s.run.Write(ctx, "put feed state", func(tx Tx) error {
		_, err := tx.Exec(ctx, `INSERT INTO feeds (url, data) VALUES (?, `+s.dialect.JSON+`)
			ON CONFLICT (url) DO UPDATE SET data = excluded.data`, st.URL, data)
		return err
	})
}

// Generation returns the generation of the stored articles and analyses
// and the one the corpus was built from.
func (s *Queries) Generation(ctx context.Context) (kroniek.Generation, error) {
	var g kroniek.Generation
	err := s.run.Read(ctx, "generation", func(tx Tx) error {
		var err error
		g, err = ReadGeneration(ctx, tx)
		return err
	})
	return g, err
}

// ReadGeneration reads the generations in tx.
func ReadGeneration(ctx context.Context, tx Tx) (kroniek.Generation, error) {
	var g kroniek.Generation
	if err := tx.QueryRow(ctx, `SELECT data, corpus FROM generation WHERE id = 1`).Scan(&g.Data, &g.Corpus); err != nil {
		return g, fmt.Errorf("read generation: %w", err)
	}
	return g, nil
}

// BumpData raises the data generation, in the transaction that changes
// articles or analyses, so the corpus is stale exactly when they changed
// after it was built. In PostgreSQL it is the last row such a transaction
// locks, so concurrent writers never wait on each other in a cycle.
func BumpData(ctx context.Context, tx Tx) error {
	if _, err := tx.Exec(ctx, `UPDATE generation SET data = data + 1 WHERE id = 1`); err != nil {
		return fmt.Errorf("raise generation: %w", err)
	}
	return nil
}

// MarkCorpus records, in PutCorpus's transaction, the data generation a
// corpus was built from: built, when it was built from the data as they
// were at generation built (0: as they are now), which is never later
// than now.
func MarkCorpus(ctx context.Context, tx Tx, built int64) error {
	g, err := ReadGeneration(ctx, tx)
	if err != nil {
		return err
	}
	if built <= 0 || built > g.Data {
		built = g.Data
	}
	if _, err := tx.Exec(ctx, `UPDATE generation SET corpus = ? WHERE id = 1`, built); err != nil {
		return fmt.Errorf("mark corpus generation: %w", err)
	}
	return nil
}
