package pipeline_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
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

// beginRecorder records when a store's corpus write is begun.
type beginRecorder struct {
	*sqlite.Store
	begun *bool
}

func (s beginRecorder) BeginCorpus(ctx context.Context, c *kroniek.Corpus) func(*kroniek.Corpus) error {
	*s.begun = true
	return s.Store.BeginCorpus(ctx, c)
}

// TestCorpusBegunBesideStories: Batches begins the corpus write of a store
// that can (BeginCorpus) before it builds the stories, and the stages
// after that change the analyses' times (years filled from the story) and
// events (copies' events merged): the store ends as the same run into a
// store that writes the corpus in one go (PutCorpus) leaves it. Without
// the early write, the stories stage finds the write not begun.
func TestCorpusBegunBesideStories(t *testing.T) {
	ctx := context.Background()
	calls := 0
	begun, begunAtStories := false, false
	stages := countingStages(&calls)
	stories := stages.Stories
	stages.Stories = func(as []*kroniek.Article, ans []*kroniek.Analysis, es []*kroniek.Entity) ([]kroniek.ArticleLink, []*kroniek.Story) {
		begunAtStories = begun
		return stories(as, ans, es)
	}
	stages.Events = func(doc *nl.Doc, _ []kroniek.Mention, _ []kroniek.LocalEntity, times []kroniek.TimeRef, _ []kroniek.Quote, _ string) []kroniek.Event {
		var out []kroniek.Event
		for _, tr := range times {
			out = append(out, kroniek.Event{Start: tr.Start, Type: "VOTE", Date: tr.Value, Shown: true})
		}
		return out
	}
	stages.MergeCopies = func(ans []*kroniek.Analysis, _ []kroniek.ArticleLink) {
		for _, an := range ans {
			for i := range an.Events {
				an.Events[i].ID = "merged-" + an.Events[i].Date
			}
		}
	}
	p := pipeline.New(stages, "v1")
	early := beginRecorder{Store: open(t).(*sqlite.Store), begun: &begun}
	if _, err := p.Batches(ctx, early, manyArticles(), 2, nil); err != nil {
		t.Fatal(err)
	}
	if !begun || !begunAtStories {
		t.Errorf("corpus write begun %v, before the stories %v; want both", begun, begunAtStories)
	}
	whole := &extractionCounter{Store: open(t).(*sqlite.Store)}
	if _, err := p.Batches(ctx, struct {
		kroniek.Store
		extractionStore
	}{whole, whole}, manyArticles(), 2, nil); err != nil {
		t.Fatal(err)
	}
	if whole.extractions == 0 {
		t.Fatal("the store in one go was not given its analyses without rows")
	}
	got, want := exportOf(t, early), exportOf(t, whole)
	if got != want {
		t.Errorf("corpus begun beside the stories exports\n%s\nin one go\n%s", got, want)
	}
	for _, s := range []*sqlite.Store{early.Store, whole.Store} {
		var filled, merged int
		if err := s.DB().QueryRow(`SELECT COUNT(*) FROM times WHERE value = '2021-08-09'`).Scan(&filled); err != nil {
			t.Fatal(err)
		}
		if err := s.DB().QueryRow(`SELECT COUNT(*) FROM events WHERE event_id LIKE 'merged-%'`).Scan(&merged); err != nil {
			t.Fatal(err)
		}
		if filled == 0 || merged == 0 {
			t.Errorf("rows of times with the story's year: %d, of merged events: %d; want some of each", filled, merged)
		}
	}
}

// extractionStore is the store interface Batches looks for to write the
// rows with the corpus.
type extractionStore interface {
	PutExtractions(ctx context.Context, analyses []*kroniek.Analysis) error
}
