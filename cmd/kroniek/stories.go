package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/kroniek/kroniek"
)

// StoriesCommand lists the stories in a store.
type StoriesCommand struct {
	Main *Main
}

// Run runs `kroniek stories`.
func (c *StoriesCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("kroniek stories", flag.ContinueOnError)
	fs.SetOutput(c.Main.Stderr)
	db := storeFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	limit := fs.Int("n", 0, "list at most n stories (0: all)")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"usage: kroniek stories [--db FILE] [--json] [-n N]"}
	}
	store, err := openExisting(*db)
	if err != nil {
		return err
	}
	defer store.Close()
	warnStale(ctx, c.Main, store, *db)
	var stories []*kroniek.Story
	for {
		page := kroniek.Page{Offset: len(stories), Limit: 500}
		got, total, err := store.Stories(ctx, kroniek.StoryFilter{Page: page})
		if err != nil {
			return fmt.Errorf("list stories: %w", err)
		}
		stories = append(stories, got...)
		if len(got) == 0 || len(stories) >= total || (*limit > 0 && len(stories) >= *limit) {
			break
		}
	}
	if *limit > 0 && len(stories) > *limit {
		stories = stories[:*limit]
	}
	if *asJSON {
		enc := json.NewEncoder(c.Main.Stdout)
		enc.SetIndent("", "  ")
		if stories == nil {
			stories = []*kroniek.Story{}
		}
		return enc.Encode(stories)
	}
	byID, err := articleIndex(ctx, store)
	if err != nil {
		return err
	}
	writeStoryTable(c.Main.Stdout, stories, byID)
	return nil
}

// StoryCommand prints one story.
type StoryCommand struct {
	Main *Main
}

// Run runs `kroniek story ID`.
func (c *StoryCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("kroniek story", flag.ContinueOnError)
	fs.SetOutput(c.Main.Stderr)
	db := storeFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	// Accept the id before or after the flags.
	var id string
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		id, args = args[0], args[1:]
	}
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if id == "" && fs.NArg() == 1 {
		id = fs.Arg(0)
	} else if fs.NArg() > 0 || id == "" {
		return usageError{"usage: kroniek story ID [--db FILE] [--json]"}
	}
	store, err := openExisting(*db)
	if err != nil {
		return err
	}
	defer store.Close()
	s, err := store.Story(ctx, id)
	if err != nil {
		if kroniek.ErrorCode(err) == kroniek.ENOTFOUND {
			return errors.New(kroniek.ErrorMessage(err))
		}
		return fmt.Errorf("read story %s: %w", id, err)
	}
	if *asJSON {
		enc := json.NewEncoder(c.Main.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	}
	doc, err := reportDoc(ctx, store, s.Articles)
	if err != nil {
		return err
	}
	writeStory(c.Main.Stdout, s, doc, nil, entityMap(doc))
	return nil
}
