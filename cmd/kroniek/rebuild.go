package main

import (
	"context"
	"flag"
	"fmt"
	"time"
)

// RebuildCommand recomputes a store's derived state (entities, events,
// duplicates and stories) from its articles and analyses.
type RebuildCommand struct {
	Main *Main
}

// Run runs `kroniek rebuild`.
func (c *RebuildCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("kroniek rebuild", flag.ContinueOnError)
	fs.SetOutput(c.Main.Stderr)
	db := storeFlag(fs)
	ifStale := fs.Bool("if-stale", false, "rebuild only when the derived state is behind the articles")
	quiet := fs.Bool("q", false, "print nothing but errors")
	fs.Usage = func() {
		fmt.Fprintln(c.Main.Stderr, "Usage: kroniek rebuild [--db kroniek.db] [--if-stale]\n\nRecompute entities, events and stories from the stored articles and analyses.")
		fs.PrintDefaults()
	}
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"rebuild takes no arguments"}
	}
	if !isPostgres(*db) {
		// Rebuilding needs an existing store: no empty one from a typo.
		s, err := openExisting(*db)
		if err != nil {
			return err
		}
		s.Close()
	}
	store, p, err := openPipeline(*db)
	if err != nil {
		return err
	}
	defer store.Close()
	unlock, err := lockStore(ctx, c.Main, store, *db)
	if err != nil {
		return err
	}
	defer unlock()
	start := time.Now()
	before, err := store.Generation(ctx)
	if err != nil {
		return err
	}
	if *ifStale {
		did, err := p.Finish(ctx, store)
		if err != nil {
			return err
		}
		if !did {
			if !*quiet {
				fmt.Fprintf(c.Main.Stderr, "kroniek: %s is up to date (generation %d)\n", *db, before.Data)
			}
			return nil
		}
	} else if err := p.Rebuild(ctx, store); err != nil {
		return err
	}
	if !*quiet {
		after, err := store.Generation(ctx)
		if err != nil {
			return err
		}
		state := "was up to date"
		if before.Stale() {
			state = fmt.Sprintf("was behind: built from generation %d", before.Corpus)
		}
		fmt.Fprintf(c.Main.Stderr, "kroniek: rebuilt %s in %s (generation %d; %s)\n", *db, time.Since(start).Round(time.Millisecond), after.Corpus, state)
	}
	return nil
}
