package postgres

import (
	"context"
	"fmt"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/storeenc"
)

// Export returns the whole store as the export document, in the SQLite
// store's orders: articles in publication order (unknown dates last, then
// id); entities most mentioned first with their mentions; quotes, amounts,
// times and events in article order then position; stories newest
// activity first. The same content gives the same document in both stores.
func (s *Store) Export(ctx context.Context) (*kroniek.Export, error) {
	var x *kroniek.Export
	err := s.read(ctx, "export", func(tx *Tx) error {
		x = storeenc.NewExport()
		arts, err := findArticles(ctx, tx, "", nil, -1, 0)
		if err != nil {
			return err
		}
		for _, a := range arts {
			x.Articles = append(x.Articles, kroniek.NewExportArticle(a))
		}
		if err := scanJSON(ctx, tx, `SELECT data FROM analyses`, nil, storeenc.AddGenres(x)); err != nil {
			return fmt.Errorf("export genres: %w", err)
		}
		if x.Entities, err = findEntities(ctx, tx, "", nil, -1, 0); err != nil {
			return err
		}
		if err := exportMentions(ctx, tx, x.Entities); err != nil {
			return err
		}
		for _, it := range storeenc.ExportTables(x) {
			q := `SELECT x.data FROM ` + it.Name + ` x JOIN articles a ON a.id = x.article
				ORDER BY ` + orderArticles + `, x.start, x.seq`
			if err := scanJSON(ctx, tx, q, nil, it.Add); err != nil {
				return fmt.Errorf("export %s: %w", it.Name, err)
			}
		}
		x.Stories, err = findStories(ctx, tx, "", nil, -1, 0)
		return err
	})
	if err != nil {
		return nil, err
	}
	return x, nil
}

// exportMentions fills the mentions of every entity in one pass.
func exportMentions(ctx context.Context, tx *Tx, entities []*kroniek.Entity) error {
	byID := make(map[string]*kroniek.Entity, len(entities))
	for _, e := range entities {
		byID[e.ID] = e
	}
	list, err := findMentions(ctx, tx, `m.entity != ''`)
	if err != nil {
		return fmt.Errorf("export mentions: %w", err)
	}
	for _, m := range list {
		if e := byID[m.Entity]; e != nil {
			e.Mentions = append(e.Mentions, m)
		}
	}
	return nil
}
