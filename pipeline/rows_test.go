package pipeline_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/pipeline"
	"github.com/kroniek/kroniek/sqlite"
)

// extractionCounter counts how a store is given analyses.
type extractionCounter struct {
	*sqlite.Store
	analyses, extractions int
}

func (s *extractionCounter) PutAnalyses(ctx context.Context, ans []*kroniek.Analysis) error {
	s.analyses++
	return s.Store.PutAnalyses(ctx, ans)
}

func (s *extractionCounter) PutExtractions(ctx context.Context, ans []*kroniek.Analysis) error {
	s.extractions++
	return s.Store.PutExtractions(ctx, ans)
}

// exportOf returns a store's export as JSON.
func exportOf(t *testing.T, s kroniek.Store) string {
	t.Helper()
	x, err := s.Export(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(x)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestBatchesWriteRowsOnce: Batches stores its batches' analyses with
// PutExtractions when the store has it (their rows are written with the
// corpus, once), and the store then exports what one Ingest stores, and
// what batches stored with PutAnalyses (a store without it) do.
func TestBatchesWriteRowsOnce(t *testing.T) {
	ctx := context.Background()
	calls := 0
	p := pipeline.New(countingStages(&calls), "v1")
	one := open(t)
	if _, err := p.Ingest(ctx, one, manyArticles()); err != nil {
		t.Fatal(err)
	}
	counted := &extractionCounter{Store: open(t).(*sqlite.Store)}
	if _, err := p.Batches(ctx, counted, manyArticles(), 2, nil); err != nil {
		t.Fatal(err)
	}
	if counted.extractions != 4 || counted.analyses != 0 {
		t.Errorf("batches stored %d times with PutExtractions, %d with PutAnalyses; want 4, 0", counted.extractions, counted.analyses)
	}
	without := open(t)
	if _, err := p.Batches(ctx, struct{ kroniek.Store }{without}, manyArticles(), 2, nil); err != nil {
		t.Fatal(err)
	}
	want := exportOf(t, one)
	if got := exportOf(t, counted); got != want {
		t.Errorf("batches with PutExtractions export\n%s\none Ingest\n%s", got, want)
	}
	if got := exportOf(t, without); got != want {
		t.Errorf("batches with PutAnalyses export\n%s\none Ingest\n%s", got, want)
	}
	var pending int
	if err := counted.DB().QueryRow(`SELECT COUNT(*) FROM rows_pending`).Scan(&pending); err != nil || pending != 0 {
		t.Errorf("%d analyses without rows after the run (%v)", pending, err)
	}
}
