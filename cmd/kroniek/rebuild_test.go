package main

import (
	"bytes"
	"context"
	"testing"

	"github.com/kroniek/kroniek/internal/shared"
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
