package main

import (
	"context"
	"fmt"
	"time"
)

// rebuildCommand recomputes a store's derived state (entities, events,
// duplicates and stories) from its articles and analyses.
var rebuildCommand = &command{
	summary:  "recompute entities, events and stories of a store (after an interrupted run)",
	synopsis: "Usage: kroniek rebuild [--db kroniek.db] [--if-stale]\n\nRecompute entities, events and stories from the stored articles and analyses.",
	store:    ownStore, nargs: noArgs, argsErr: "rebuild takes no arguments", flags: rebuildFlags,
}

// rebuildFlags declares the flags of `kroniek rebuild` and returns its body.
func rebuildFlags(x *call) func(context.Context) error {
	ifStale := x.fs.Bool("if-stale", false, "rebuild only when the derived state is behind the articles")
	quiet := x.fs.Bool("q", false, "print nothing but errors")
	return func(ctx context.Context) error { return rebuild(ctx, x, *ifStale, *quiet) }
}

// rebuild runs `kroniek rebuild`.
func rebuild(ctx context.Context, x *call, ifStale, quiet bool) error {
	db := x.db
	if !isPostgres(*db) {
		// Rebuilding needs an existing store: no empty one from a typo.
		s, err := openExisting(ctx, *db)
		if err != nil {
			return err
		}
		s.Close()
	}
	store, p, err := x.openWrite()
	if err != nil {
		return err
	}
	unlock, err := lockStore(ctx, x.Main, store, *db)
	if err != nil {
		return err
	}
	defer unlock()
	start := time.Now()
	before, err := store.Generation(ctx)
	if err != nil {
		return err
	}
	if ifStale {
		did, err := p.Finish(ctx, store)
		if err != nil {
			return err
		}
		if !did {
			if !quiet {
				fmt.Fprintf(x.Main.Stderr, "kroniek: %s is up to date (generation %d)\n", *db, before.Data)
			}
			return nil
		}
	} else if err := p.Rebuild(ctx, store); err != nil {
		return err
	}
	if !quiet {
		after, err := store.Generation(ctx)
		if err != nil {
			return err
		}
		state := "was up to date"
		if before.Stale() {
			state = fmt.Sprintf("was behind: built from generation %d", before.Corpus)
		}
		fmt.Fprintf(x.Main.Stderr, "kroniek: rebuilt %s in %s (generation %d; %s)\n", *db, time.Since(start).Round(time.Millisecond), after.Corpus, state)
	}
	return nil
}
