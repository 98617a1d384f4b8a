package main

import (
	"bytes"
	"context"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/source"
)

// TestRebuildIdempotent checks that rebuilding the corpus of a store that
// is already built changes nothing: workers rebuild many times while a
// single process rebuilds once, and both must end in the same store.
func TestRebuildIdempotent(t *testing.T) {
	shared.Long(t, "rebuilds the reference run")
	t.Parallel()
	_, ref := referenceRun(t, refArticles)
	db := copyStore(t, ref)
	before := exportOf(t, db)
	store, err := openStore(db)
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPipeline()
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 2; i++ {
		if err := p.Rebuild(context.Background(), store); err != nil {
			t.Fatal(err)
		}
	}
	store.Close()
	after := exportOf(t, db)
	if !bytes.Equal(before, after) {
		t.Error("rebuilding a built store changed it")
		diffHint(t, after, before)
	}
}

// TestRebuildIndependentOfOrder stores the reference input in batches of
// five articles, in shuffled orders, rebuilding after each batch as a
// worker does, and checks that the store then equals the single-process
// run: what the cross-document rebuild builds must depend on the articles
// alone, never on their order or on the rebuilds before. It failed when
// a rebuild read the analyses as the rebuild before had rewritten them
// (resolve's retyping of a bare name, counted again as a vote of its own:
// "Schiphol" a place, not a person, when its first articles came without
// the others; the store after TestRebuildFaults lacked "Brexit" once).
func TestRebuildIndependentOfOrder(t *testing.T) {
	shared.Long(t, "stores the reference input batch by batch in shuffled orders")
	t.Parallel()
	input, ref := referenceRun(t, refArticles)
	want := exportOf(t, ref)
	p, err := newPipeline()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for seed := range uint64(2) {
		var articles []*kroniek.Article
		emit := func(a *kroniek.Article) error { articles = append(articles, a); return nil }
		report := func(pr kroniek.Problem) { t.Errorf("read %s", pr.Error()) }
		if err := source.Read(ctx, []string{input}, source.Options{MaxSize: source.DefaultMaxSize}, emit, report); err != nil {
			t.Fatal(err)
		}
		rng := rand.New(rand.NewPCG(seed, 7))
		rng.Shuffle(len(articles), func(i, j int) { articles[i], articles[j] = articles[j], articles[i] })
		db := filepath.Join(t.TempDir(), "shuffled.db")
		store, err := openStore(db)
		if err != nil {
			t.Fatal(err)
		}
		for lo := 0; lo < len(articles); lo += 5 {
			if _, err := p.Add(ctx, store, articles[lo:min(len(articles), lo+5)]); err != nil {
				t.Fatal(err)
			}
			if err := p.Rebuild(ctx, store); err != nil {
				t.Fatal(err)
			}
		}
		store.Close()
		if got := exportOf(t, db); !bytes.Equal(got, want) {
			t.Errorf("shuffle %d, batch by batch: the store differs from a single-process run (%d vs %d bytes of export)", seed, len(got), len(want))
			diffHint(t, got, want)
		}
	}
}
