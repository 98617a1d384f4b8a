package pipeline

import (
	"context"
	"fmt"
	"time"

	"github.com/kroniek/kroniek"
)

// Ingest adds articles to the store (see Add) and rebuilds the
// cross-document corpus when anything changed or the corpus is behind
// (see Finish).
//
// The new analyses are written once, with the corpus, instead of once by
// Add and again by the rebuild. A crash in between leaves articles without
// an analysis, which the next run analyses again.
func (p *Pipeline) Ingest(ctx context.Context, store kroniek.Store, articles []*kroniek.Article) (Result, error) {
	res, articles, analyses, err := p.analyse(ctx, store, articles)
	if err != nil || len(articles) == 0 {
		return res, err
	}
	if len(analyses) > 0 {
		return res, p.storeAndRebuild(ctx, store, articles, analyses, &res)
	}
	t := time.Now()
	if err := p.putArticles(ctx, store, articles, &res); err != nil {
		return res, err
	}
	p.phase("store articles", t)
	if res.Changed() {
		return res, p.rebuild(ctx, store, nil)
	}
	// Nothing changed now, but an earlier run may have been stopped
	// before its rebuild finished.
	_, err = p.Finish(ctx, store)
	return res, err
}

// storeAndRebuild stores a batch of articles while it builds the corpus
// from them, their new analyses and the rest of the store, then stores the
// corpus: writing the articles (one core) overlaps entity resolution and
// the serial part of story building, where one core would wait.
//
// The articles' fields the corpus reads are those the store keeps (a
// stored article that is unchanged equals the one given but for its
// links, which no corpus stage reads), so the corpus is the one a rebuild
// after storing them would build, as long as nothing else changed the
// store: the store's generation after the write must be the one before it
// plus this write's own raise. Otherwise another writer changed the store
// in between; the corpus built beside is dropped and built again from the
// store as Rebuild does.
func (p *Pipeline) storeAndRebuild(ctx context.Context, store kroniek.Store, articles []*kroniek.Article, analyses []*kroniek.Analysis, res *Result) error {
	t := time.Now()
	before, all, allAnalyses, extracted, err := readCorpus(ctx, store, articles, analyses)
	if err != nil {
		return err
	}
	p.phase("read corpus", t)

	type put struct {
		ir      kroniek.IngestResult
		err     error
		elapsed time.Duration
	}
	stored := make(chan put, 1)
	go func() {
		t := time.Now()
		ir, err := store.PutArticles(ctx, articles)
		stored <- put{ir, err, time.Since(t)}
	}()
	c := p.corpus(all, allAnalyses, nil)
	t = time.Now()
	w := <-stored
	if w.err != nil {
		return fmt.Errorf("store articles: %w", w.err)
	}
	res.IngestResult = w.ir
	if p.Phase != nil {
		p.Phase(PhaseTime{Name: "store articles", Elapsed: w.elapsed, Beside: true})
	}
	t = p.phase("wait for stored articles", t)

	after, err := store.Generation(ctx)
	if err != nil {
		return fmt.Errorf("read generation: %w", err)
	}
	raised := before.Data
	if w.ir.New+w.ir.Updated > 0 {
		raised++
	}
	if after.Data != raised {
		return p.rebuild(ctx, store, extracted)
	}
	c.Generation = after.Data
	c.Extracted = extracted
	if err := store.PutCorpus(ctx, c); err != nil {
		return fmt.Errorf("store corpus: %w", err)
	}
	p.phase("store corpus", t)
	return nil
}
