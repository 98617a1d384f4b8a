package sqlite

import (
	"context"
	"fmt"

	"github.com/kroniek/kroniek"
)

// Generation returns the generation of the stored articles and analyses
// and the one the corpus was built from.
func (s *Store) Generation(ctx context.Context) (kroniek.Generation, error) {
	var g kroniek.Generation
	err := s.read(ctx, "generation", func(tx *Tx) error {
		var err error
		g, err = generation(ctx, tx)
		return err
	})
	return g, err
}

func generation(ctx context.Context, tx *Tx) (kroniek.Generation, error) {
	var g kroniek.Generation
	if err := tx.QueryRowContext(ctx, `SELECT data, corpus FROM generation WHERE id = 1`).Scan(&g.Data, &g.Corpus); err != nil {
		return g, fmt.Errorf("read generation: %w", err)
	}
	return g, nil
}

// bumpData raises the data generation: called in the transaction that
// changes articles or analyses, so the corpus is stale exactly when
// they changed after it was built.
func bumpData(ctx context.Context, tx *Tx) error {
	if _, err := tx.ExecContext(ctx, `UPDATE generation SET data = data + 1 WHERE id = 1`); err != nil {
		return fmt.Errorf("raise generation: %w", err)
	}
	return nil
}

// markCorpus records, in PutCorpus's transaction, the data generation a
// corpus was built from: built, when it was built from the data as they
// were at generation built (0: as they are now), which is never later
// than now.
func markCorpus(ctx context.Context, tx *Tx, built int64) error {
	g, err := generation(ctx, tx)
	if err != nil {
		return err
	}
	if built <= 0 || built > g.Data {
		built = g.Data
	}
	if _, err := tx.ExecContext(ctx, `UPDATE generation SET corpus = ? WHERE id = 1`, built); err != nil {
		return fmt.Errorf("mark corpus generation: %w", err)
	}
	return nil
}
