package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/kroniek/kroniek"
	khttp "github.com/kroniek/kroniek/http"
)

// storiesCommand lists the stories in a store.
var storiesCommand = &command{
	summary: "list the stories in a store",
	synopsis: "Usage: kroniek stories [--db kroniek.db] [--json] [-n N] [--all] [--sort new|size|sources] [--from DATE] [--to DATE] [--outlet NAME] [--lang CODE]\n\n" +
		"List the stories in a store told by two articles or more, as the web page does, with its filters and orders;\n--all lists the one-article stories too.",
	store: readStore, stale: true, nargs: noArgs, argsErr: "usage: kroniek stories [--db FILE] [--json] [-n N] [--all] [--sort ORDER] [--from DATE] [--to DATE] [--outlet NAME] [--lang CODE]", flags: storiesFlags,
}

// storiesFlags declares the flags of `kroniek stories` and returns its body.
func storiesFlags(x *call) func(context.Context) error {
	asJSON := x.fs.Bool("json", false, "print JSON")
	limit := x.fs.Int("n", 0, "list at most n stories (0: all)")
	all := x.fs.Bool("all", false, "list one-article stories too")
	order := x.fs.String("sort", "new", "order: new (newest activity first), size (most articles) or sources (most sources)")
	from := x.fs.String("from", "", "stories with articles on or after this date (YYYY-MM-DD, YYYY-MM or YYYY)")
	to := x.fs.String("to", "", "stories with articles on or before this date")
	outlet := x.fs.String("outlet", "", "stories with an article of this outlet (\""+kroniek.NoOutlet+"\": of none)")
	lang := x.fs.String("lang", "", "stories with an article in this language (nl, en, …)")
	return func(ctx context.Context) error {
		if *limit < 0 {
			return usageError{fmt.Sprintf("-n %d: give 0 (all) or more", *limit)}
		}
		srv, err := khttp.NewServer(x.store)
		if err != nil {
			return err
		}
		// A story of one article is no story told across sources: left
		// out unless asked for, as on the web page and in the API.
		shown, single, err := srv.FindStories(ctx, khttp.StoryQuery{From: *from, To: *to, Outlet: *outlet, Lang: *lang, Sort: *order, All: *all})
		if err != nil {
			if kroniek.ErrorCode(err) == kroniek.EINVALID {
				return usageError{kroniek.ErrorMessage(err)}
			}
			return fmt.Errorf("list stories: %w", err)
		}
		found := len(shown)
		if *limit > 0 && found > *limit {
			shown = shown[:*limit]
		}
		if *asJSON {
			if shown == nil {
				shown = []*kroniek.Story{}
			}
			return writeJSON(x.Stdout, shown)
		}
		byID, err := articleIndex(ctx, x.store)
		if err != nil {
			return err
		}
		if len(shown) == 0 {
			fmt.Fprintln(x.Stdout, "no stories")
		} else {
			writeStoryTable(x.Stdout, shown, byID)
		}
		writeStoriesLeftOut(x.Stdout, len(shown), found, single)
		return nil
	}
}

// writeStoriesLeftOut says what the table leaves out and how to list it:
// the stories -n cut ("(3 of 102 stories listed; -n 102 lists them
// all)", as kroniek search says) and the one-article stories. Without
// the first line, -n 3 looked like a store of three stories.
func writeStoriesLeftOut(w io.Writer, shown, found, single int) {
	if shown < found {
		fmt.Fprintf(w, "(%d of %s listed; -n %d lists them all)\n", shown, plural(found, "story", "stories"), found)
	}
	if single > 0 {
		fmt.Fprintf(w, "(%s not listed; --all lists them)\n", plural(single, "one-article story", "one-article stories"))
	}
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
		// Every article: "… and 1 more (kroniek story ID)" sent the
		// reader back to the command they ran.
		writeStory(x.Stdout, s, doc, nil, entityMap(doc), 0)
		return nil
	}
}
