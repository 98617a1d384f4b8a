package pipeline

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/kroniek/kroniek"
)

// Batches ingests articles size at a time, as Add does batch by batch,
// then rebuilds the corpus once (see Finish). Each batch is stored (its
// articles, then its analyses, one transaction each; their derived rows
// with the corpus when the store can, see extractionStore) while the next
// one is analysed, so a run stopped midway keeps every batch analysed before
// the stop, the one being written included, and a rerun analyses only
// the rest. each, if set, is called with each stored batch's result, in
// input order. An input of at most one batch is Ingest.
//
// When the store was new (nothing ever written to it) and only this run
// wrote to it (its data generation moved by this run's writes alone),
// the corpus is built from the batches in memory instead of being read
// back from the store: the same articles and analyses, as Ingest uses the
// batch it stores.
func (p *Pipeline) Batches(ctx context.Context, store kroniek.Store, articles []*kroniek.Article, size int, each func(Result)) (Result, error) {
	if size < 1 || len(articles) <= size {
		res, err := p.Ingest(ctx, store, articles)
		if each != nil {
			each(res)
		}
		return res, err
	}
	start, err := store.Generation(ctx)
	if err != nil {
		return Result{}, fmt.Errorf("read generation: %w", err)
	}
	b := &batcher{p: p, store: store, each: each, fresh: start.Data == 0 && start.Corpus == 0, raised: start.Data}
	for lo := 0; lo < len(articles); lo += size {
		batch := articles[lo:min(len(articles), lo+size)]
		if err := b.add(ctx, batch); err != nil {
			return b.total, err
		}
	}
	t := time.Now()
	if err := b.wait(); err != nil {
		return b.total, err
	}
	p.phase("wait for the last batch", t)
	return b.total, b.finish(ctx)
}

// extractionStore is a store that can keep a batch's analyses without
// their derived (mention, quote, amount, time, event) rows, which the next
// corpus write writes, with their cross-document ids (see
// sqlite.Store.PutExtractions). Batches ends with a corpus write, so it
// stores its batches so: each row is written once, not in its batch and
// again with the corpus. A run stopped before its corpus write leaves the
// store stale, and the next run's rebuild writes them.
type extractionStore interface {
	PutExtractions(ctx context.Context, analyses []*kroniek.Analysis) error
}

// batcher is the state of one Batches run.
type batcher struct {
	p     *Pipeline
	store kroniek.Store
	each  func(Result)
	total Result
	// writing is the write of the last batch while it runs (nil when
	// none), writingIDs the ids of its articles.
	writing    chan batchWrite
	writingIDs map[string]bool
	// fresh: the store was new, and articles and analyses hold all it
	// holds; raised is the data generation this run's writes lead to.
	fresh    bool
	raised   int64
	articles []*kroniek.Article
	analyses []*kroniek.Analysis
}

// batchWrite is the outcome of storing one batch.
type batchWrite struct {
	res     Result
	err     error
	elapsed time.Duration
}

// add analyses one batch and starts storing it once the batch before is
// stored.
func (b *batcher) add(ctx context.Context, batch []*kroniek.Article) error {
	for _, a := range batch {
		if a.ID == "" || b.writingIDs[a.ID] {
			// An article of the batch being written (or one whose id is
			// made from its text): whether it is new, changed or
			// unchanged is known once that write is done.
			if err := b.wait(); err != nil {
				return err
			}
			break
		}
	}
	res, articles, analyses, err := b.p.analyse(ctx, b.store, batch)
	if err != nil {
		b.total.Analysed += res.Analysed
		return errors.Join(err, b.wait())
	}
	if err := b.wait(); err != nil {
		return err
	}
	if len(articles) == 0 {
		return nil
	}
	if b.fresh {
		b.articles = replaceByID(b.articles, articles, func(a *kroniek.Article) string { return a.ID })
		b.analyses = replaceByID(b.analyses, analyses, func(an *kroniek.Analysis) string { return an.Article })
	}
	b.writingIDs = make(map[string]bool, len(articles))
	for _, a := range articles {
		b.writingIDs[a.ID] = true
	}
	done := make(chan batchWrite, 1)
	b.writing = done
	// The write goes on when ctx is cancelled meanwhile (Ctrl-C during
	// the next batch's analysis): the batch is kept, as when it was
	// stored before the next began.
	wctx := context.WithoutCancel(ctx)
	put := b.store.PutAnalyses
	if s, ok := b.store.(extractionStore); ok {
		put = s.PutExtractions // the rows follow with the corpus (finish)
	}
	go func() {
		t := time.Now()
		err := b.p.putArticles(wctx, b.store, articles, &res)
		if err == nil && len(analyses) > 0 {
			if err = put(wctx, analyses); err != nil {
				err = fmt.Errorf("store analyses: %w", err)
			}
		}
		done <- batchWrite{res, err, time.Since(t)}
	}()
	return nil
}

// wait waits for the batch being written, if any, and adds its result to
// the total.
func (b *batcher) wait() error {
	if b.writing == nil {
		return nil
	}
	w := <-b.writing
	b.writing, b.writingIDs = nil, nil
	if b.p.Phase != nil {
		b.p.Phase(PhaseTime{Name: "store batch", Elapsed: w.elapsed, Beside: true})
	}
	if w.err != nil {
		b.total.Analysed += w.res.Analysed
		return w.err
	}
	if w.res.New+w.res.Updated > 0 {
		b.raised++
	}
	if w.res.Analysed > 0 {
		b.raised++
	}
	if b.each != nil {
		b.each(w.res)
	}
	t := &b.total
	t.New += w.res.New
	t.Updated += w.res.Updated
	t.UpdatedIDs = append(t.UpdatedIDs, w.res.UpdatedIDs...)
	t.Unchanged += w.res.Unchanged
	t.Analysed += w.res.Analysed
	t.Articles = append(t.Articles, w.res.Articles...)
	t.Problems = append(t.Problems, w.res.Problems...)
	return nil
}

// finish rebuilds the corpus when the store is behind: from the batches
// in memory when they are all the store holds, else as Finish does.
func (b *batcher) finish(ctx context.Context) error {
	g, err := b.store.Generation(ctx)
	if err != nil {
		return fmt.Errorf("read generation: %w", err)
	}
	if !g.Stale() {
		return nil
	}
	if !b.fresh || g.Data != b.raised {
		return b.p.rebuild(ctx, b.store, nil)
	}
	// As readCorpus orders them.
	sort.Slice(b.articles, func(i, j int) bool { return b.articles[i].ID < b.articles[j].ID })
	sort.Slice(b.analyses, func(i, j int) bool { return b.analyses[i].Article < b.analyses[j].Article })
	return b.p.storeCorpus(ctx, b.store, b.articles, b.analyses, g.Data, nil)
}
