package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/kroniek/kroniek"
)

// storiesCommand lists the stories in a store.
var storiesCommand = &command{
	summary:  "list the stories in a store",
	synopsis: "Usage: kroniek stories [--db kroniek.db] [--json] [-n N] [--all]\n\nList the stories in a store told by two articles or more, as the web page does;\n--all lists the one-article stories too.",
	store:    readStore, stale: true, nargs: noArgs, argsErr: "usage: kroniek stories [--db FILE] [--json] [-n N] [--all]", flags: storiesFlags,
}

// storiesFlags declares the flags of `kroniek stories` and returns its body.
func storiesFlags(x *call) func(context.Context) error {
	asJSON := x.fs.Bool("json", false, "print JSON")
	limit := x.fs.Int("n", 0, "list at most n stories (0: all)")
	all := x.fs.Bool("all", false, "list one-article stories too")
	return func(ctx context.Context) error {
		stories, err := listStories(ctx, x.store, 0)
		if err != nil {
			return err
		}
		// A story of one article is no story told across sources: left
		// out unless asked for, as on the web page and in the API.
		shown := stories[:0:0]
		for _, s := range stories {
			if *all || len(s.Articles) >= 2 {
				shown = append(shown, s)
			}
		}
		single := len(stories) - len(shown)
		if *limit > 0 && len(shown) > *limit {
			shown = shown[:*limit]
		}
		if *asJSON {
			return writeJSON(x.Stdout, shown)
		}
		byID, err := articleIndex(ctx, x.store)
		if err != nil {
			return err
		}
		writeStoryTable(x.Stdout, shown, byID)
		if single > 0 {
			fmt.Fprintf(x.Stdout, "(%s not listed; --all lists them)\n", plural(single, "one-article story", "one-article stories"))
		}
		return nil
	}
}

// listStories reads the first limit stories of store (0: all), page by
// page; never nil.
func listStories(ctx context.Context, store kroniek.Store, limit int) ([]*kroniek.Story, error) {
	stories := []*kroniek.Story{}
	for {
		page := kroniek.Page{Offset: len(stories), Limit: 500}
		got, total, err := store.Stories(ctx, kroniek.StoryFilter{Page: page})
		if err != nil {
			return nil, fmt.Errorf("list stories: %w", err)
		}
		stories = append(stories, got...)
		if len(got) == 0 || len(stories) >= total || (limit > 0 && len(stories) >= limit) {
			break
		}
	}
	if limit > 0 && len(stories) > limit {
		stories = stories[:limit]
	}
	return stories, nil
}

// storyCommand prints one story.
var storyCommand = &command{
	summary:  "show one story: kroniek story ID",
	synopsis: "Usage: kroniek story ID [--db kroniek.db] [--json]\n\nShow one story (ID from kroniek stories): its articles, actors, timeline, quotes, figures, summary and sources.",
	store:    readStore, nargs: [2]int{1, 1}, argsErr: "usage: kroniek story ID [--db FILE] [--json]", flags: storyFlags,
}

// storyFlags declares the flags of `kroniek story` and returns its body.
func storyFlags(x *call) func(context.Context) error {
	asJSON := x.fs.Bool("json", false, "print JSON")
	return func(ctx context.Context) error {
		id := x.fs.Arg(0)
		s, err := x.store.Story(ctx, id)
		if err != nil {
			if kroniek.ErrorCode(err) == kroniek.ENOTFOUND {
				return errors.New(kroniek.ErrorMessage(err))
			}
			return fmt.Errorf("read story %s: %w", id, err)
		}
		if *asJSON {
			return writeJSON(x.Stdout, s)
		}
		doc, err := reportDoc(ctx, x.store, s.Articles)
		if err != nil {
			return err
		}
		writeStory(x.Stdout, s, doc, nil, entityMap(doc))
		return nil
	}
}
