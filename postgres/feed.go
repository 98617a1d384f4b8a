package postgres

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/storeenc"
)

// FeedState returns what the watcher knows of the feed at url, or
// ENOTFOUND for a feed never seen.
func (s *Store) FeedState(ctx context.Context, url string) (*kroniek.FeedState, error) {
	var st *kroniek.FeedState
	err := s.read(ctx, "feed state", func(tx *Tx) error {
		var data []byte
		err := tx.QueryRow(ctx, `SELECT data FROM feeds WHERE url = $1`, url).Scan(&data)
		if errors.Is(err, pgx.ErrNoRows) {
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
func (s *Store) PutFeedState(ctx context.Context, st *kroniek.FeedState) error {
	if st == nil || st.URL == "" {
		return kroniek.Errorf(kroniek.EINVALID, "feed state without url")
	}
	data, err := storeenc.JSONText(st)
	if err != nil {
		return err
	}
	return s.write(ctx, "put feed state", func(tx *Tx) error {
		_, err := tx.Exec(ctx, `INSERT INTO feeds (url, data) VALUES ($1, $2::jsonb)
			ON CONFLICT (url) DO UPDATE SET data = excluded.data`, st.URL, data)
		return err
	})
}
