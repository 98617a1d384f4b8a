package storetest

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/kroniek/kroniek"
)

// testConcurrentWriters runs two writers at once, as two `kroniek
// analyze` processes would: each takes the store's writer lock, puts a
// batch of articles and analyses, reads every analysis back, resolves
// entities over all of them, and replaces the corpus. Entity ids depend
// on the whole corpus (as resolution's may). Writer B reads the analyses
// and then gives writer A the time to do all of its work before B writes
// its corpus: without a lock, B's corpus (built without A's batch) would
// be the last, and A's mentions would point at entities that no longer
// exist. With the lock, A waits, both batches are stored, the corpus is
// up to date, and the integrity query finds no dangling entity id.
func testConcurrentWriters(t *testing.T, open Open) {
	s := open(t)
	ctx := t.Context()
	const size = 6
	if err := writeBatch(ctx, s, SyntheticArticles(0, size)); err != nil {
		t.Fatal(err)
	}
	unlock, err := s.Lock(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, err := addBatch(ctx, s, SyntheticArticles(size, size)) // writer B
	if err != nil {
		t.Fatal(err)
	}
	aDone := make(chan error, 1)
	go func() { aDone <- writeBatch(ctx, s, SyntheticArticles(2*size, size)) }() // writer A
	select {
	case err := <-aDone:
		t.Errorf("writer A finished while writer B held the lock (%v)", err)
		aDone <- err
	case <-time.After(300 * time.Millisecond):
	}
	if err := s.PutCorpus(ctx, c); err != nil {
		t.Fatal(err)
	}
	if err := unlock(); err != nil {
		t.Fatal(err)
	}
	if err := <-aDone; err != nil {
		t.Fatalf("writer A: %v", err)
	}
	_, total, err := s.Articles(ctx, kroniek.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if want := 3 * size; total != want {
		t.Errorf("%d articles stored, want %d (every writer's batch)", total, want)
	}
	if g, err := s.Generation(ctx); err != nil || g.Stale() {
		t.Errorf("generation %+v (%v): the last corpus is not built from every batch", g, err)
	}
	if dangling := DanglingEntities(t, s); len(dangling) > 0 {
		t.Errorf("%d references to entities that do not exist, e.g. %s", len(dangling), dangling[0])
	}
}

// writeBatch is one writer's turn, what pipeline.Ingest does: under the
// writer lock, add a batch and replace the corpus.
func writeBatch(ctx context.Context, s kroniek.Store, arts []*kroniek.Article) error {
	unlock, err := s.Lock(ctx, nil)
	if err != nil {
		return fmt.Errorf("lock: %w", err)
	}
	defer unlock()
	c, err := addBatch(ctx, s, arts)
	if err != nil {
		return err
	}
	return s.PutCorpus(ctx, c)
}

// addBatch puts articles and their analyses and returns the corpus
// resolved over every stored analysis.
func addBatch(ctx context.Context, s kroniek.Store, arts []*kroniek.Article) (*kroniek.Corpus, error) {
	if _, err := s.PutArticles(ctx, arts); err != nil {
		return nil, err
	}
	ans := SyntheticAnalyses(arts)
	for _, an := range ans {
		for i := range an.Mentions {
			an.Mentions[i].Entity = "" // resolution sets them
		}
	}
	if err := s.PutAnalyses(ctx, ans); err != nil {
		return nil, err
	}
	g, err := s.Generation(ctx)
	if err != nil {
		return nil, err
	}
	all, err := s.Analyses(ctx, nil)
	if err != nil {
		return nil, err
	}
	c := resolveAll(all)
	c.Generation = g.Data
	return c, nil
}

// resolveAll builds a corpus whose entity ids depend on the whole set of
// analyses, as cross-document resolution's may.
func resolveAll(all []*kroniek.Analysis) *kroniek.Corpus {
	c := &kroniek.Corpus{Analyses: all}
	ids := map[string]bool{}
	entity := func(local string) string {
		id := fmt.Sprintf("E%d-%s", len(all), local)
		ids[id] = true
		return id
	}
	for _, an := range all {
		for i := range an.Mentions {
			an.Mentions[i].Entity = entity(an.Mentions[i].Local)
		}
		for i := range an.Quotes {
			an.Quotes[i].Speaker = entity("L0")
		}
		for i := range an.Events {
			an.Events[i].Actor, an.Events[i].Recipient = []string{entity("L1")}, []string{entity("L2")}
		}
		c.Links = append(c.Links, kroniek.ArticleLink{Article: an.Article})
	}
	for id := range ids {
		c.Entities = append(c.Entities, &kroniek.Entity{ID: id, Name: id, Type: kroniek.PER})
	}
	sort.Slice(c.Entities, func(i, j int) bool { return c.Entities[i].ID < c.Entities[j].ID })
	return c
}

// DanglingEntities is the integrity query over a store: every entity id
// a mention, a quote's speaker or an event's actor or recipient names
// must be an entity of the store (an event's unnamed group, "generic:…",
// is none and needs none). It returns the references that are not,
// as "article: kind id".
func DanglingEntities(t testing.TB, s kroniek.Store) []string {
	t.Helper()
	ctx := context.Background()
	doc, err := s.Export(ctx)
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, e := range doc.Entities {
		known[e.ID] = true
	}
	ans, err := s.Analyses(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	check := func(article, kind, id string) {
		// "generic:activists": an event's unnamed group, not an entity.
		if id != "" && !known[id] && !kroniek.IsGeneric(id) {
			out = append(out, fmt.Sprintf("%s: %s %s", article, kind, id))
		}
	}
	for _, an := range ans {
		for _, m := range an.Mentions {
			check(an.Article, "mention of", m.Entity)
		}
		for _, q := range an.Quotes {
			check(an.Article, "quote by", q.Speaker)
		}
		for _, e := range an.Events {
			for _, id := range append(append([]string(nil), e.Actor...), e.Recipient...) {
				check(an.Article, "event of", id)
			}
		}
	}
	for _, q := range doc.Quotes {
		check(q.Article, "exported quote by", q.Speaker)
	}
	sort.Strings(out)
	return slices.Compact(out)
}

// testGeneration checks the generation mark: raised by every change of
// articles or analyses, not by a re-put of the same articles; a corpus
// built from the current generation is up to date, one built from an
// earlier one leaves the store stale.
func testGeneration(t *testing.T, open Open) {
	s := open(t)
	ctx := t.Context()
	gen := func() kroniek.Generation {
		t.Helper()
		g, err := s.Generation(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	if g := gen(); g.Stale() {
		t.Errorf("empty store: %+v is stale", g)
	}
	arts := SyntheticArticles(0, 3)
	if _, err := s.PutArticles(ctx, arts); err != nil {
		t.Fatal(err)
	}
	g1 := gen()
	if !g1.Stale() {
		t.Errorf("after new articles: %+v is not stale", g1)
	}
	if _, err := s.PutArticles(ctx, SyntheticArticles(0, 3)); err != nil {
		t.Fatal(err)
	}
	if g := gen(); g.Data != g1.Data {
		t.Errorf("putting the same articles again raised the generation: %+v, was %+v", g, g1)
	}
	if err := s.PutAnalyses(ctx, SyntheticAnalyses(arts)); err != nil {
		t.Fatal(err)
	}
	g2 := gen()
	if g2.Data <= g1.Data {
		t.Errorf("analyses did not raise the generation: %+v, was %+v", g2, g1)
	}
	// A rebuild that read generation g1 finishes after the analyses came:
	// still stale.
	c := SyntheticCorpus(arts)
	c.Generation = g1.Data
	if err := s.PutCorpus(ctx, c); err != nil {
		t.Fatal(err)
	}
	if g := gen(); !g.Stale() {
		t.Errorf("a corpus built from generation %d marked %+v up to date", g1.Data, g)
	}
	c.Generation = g2.Data
	if err := s.PutCorpus(ctx, c); err != nil {
		t.Fatal(err)
	}
	if g := gen(); g.Stale() || g.Corpus != g2.Data {
		t.Errorf("after a corpus built from generation %d: %+v", g2.Data, g)
	}
}
