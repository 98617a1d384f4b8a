package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/kroniek/kroniek"
	khttp "github.com/kroniek/kroniek/http"
	"github.com/kroniek/kroniek/internal/searchtext"
)

// searchCommand searches a store's articles from the command line, as the
// web page's search does, so that a script needs no server.
var searchCommand = &command{
	summary:  "search the stored articles: search WORDS (Dutch stemming, \"phrases\", -word, OR, prefix*)",
	synopsis: "Usage: kroniek search [--db kroniek.db] [--json] [-n N] [--from DATE] [--to DATE] [--outlet NAME] [--lang CODE] WORDS\n\nSearch the stored articles as the web page does: Dutch stemming, \"phrases\", -word, OR, prefix*;\na name finds every spelling of its entity. The hits are counted by outlet and language, as the\npage counts them; --outlet none finds the articles that name no outlet.",
	store:    readStore, nargs: [2]int{1, -1}, argsErr: "usage: kroniek search [--db FILE] [--json] [-n N] [--from DATE] [--to DATE] [--outlet NAME] [--lang CODE] WORDS", flags: searchFlags,
}

// searchFlags declares the flags of `kroniek search` and returns its body.
func searchFlags(x *call) func(context.Context) error {
	asJSON := x.fs.Bool("json", false, "print the result (hits, facets, total) as JSON")
	limit := x.fs.Int("n", 20, "show at most n hits")
	from := x.fs.String("from", "", "articles published on or after this date (YYYY-MM-DD)")
	to := x.fs.String("to", "", "articles published on or before this date")
	outlet := x.fs.String("outlet", "", "articles of this outlet (\""+kroniek.NoOutlet+"\": those that name none)")
	lang := x.fs.String("lang", "", "articles in this language (nl, en, …)")
	return func(ctx context.Context) error {
		if *limit < 1 {
			return usageError{fmt.Sprintf("-n %d: give at least 1", *limit)}
		}
		srv, err := khttp.NewServer(x.store)
		if err != nil {
			return err
		}
		sq := kroniek.SearchQuery{Text: strings.Join(x.args(), " "), From: *from, To: *to, Outlet: *outlet, Lang: *lang,
			Page: kroniek.Page{Limit: *limit}}
		if strings.TrimSpace(sq.Text) == "" && sq.From == "" && sq.To == "" && sq.Outlet == "" && sq.Lang == "" {
			// `kroniek search ""` listed every article; the web page
			// searches nothing without words or a filter.
			return usageError{"nothing to search for: give words (or --from, --to, --outlet, --lang)"}
		}
		res, alias, err := srv.Search(ctx, sq)
		if err != nil {
			if kroniek.ErrorCode(err) == kroniek.EINVALID {
				return usageError{kroniek.ErrorMessage(err)}
			}
			return fmt.Errorf("search: %w", err)
		}
		if *asJSON {
			return writeJSON(x.Stdout, res)
		}
		if err := titleUntitled(ctx, x.store, res); err != nil {
			return err
		}
		writeSearch(x.Stdout, res, alias)
		if q := searchtext.ParseQuery(sq.Text, sq.Lang); res.Total == 0 && q.NoWord {
			fmt.Fprintln(x.Stdout, "nothing searched: the query holds no word, only punctuation")
		} else if res.Total == 0 && q.None {
			// As the web page says it: "de" alone is not searched.
			fmt.Fprintln(x.Stdout, "nothing searched: words as common as these (de, het, een, …) are not searched; add a word that says more")
		}
		return nil
	}
}

// titleUntitled gives each hit without a title (the seed format has
// none) the first line of its text, as the web page links such a hit,
// so that no line of the printed result ends in an empty title.
func titleUntitled(ctx context.Context, store kroniek.Store, res *kroniek.SearchResult) error {
	for i, h := range res.Hits {
		if h.Title != "" {
			continue
		}
		a, err := store.Article(ctx, h.Article)
		if err != nil {
			return fmt.Errorf("search: article %s: %w", h.Article, err)
		}
		line, _, _ := strings.Cut(strings.TrimSpace(a.Text), "\n")
		res.Hits[i].Title = line
	}
	return nil
}

// writeSearch prints a search result: one line per hit (date, outlet,
// article id, title), its snippet with the matched words in «» and the
// ids of its copies the search folded into it; then the total and the
// hits by outlet and by language.
func writeSearch(w io.Writer, res *kroniek.SearchResult, alias *khttp.Named) {
	if alias != nil && len(alias.Spellings) > 1 {
		fmt.Fprintf(w, "(every spelling of %s: %s)\n", alias.Name, strings.Join(alias.Spellings, ", "))
	}
	for _, h := range res.Hits {
		date := h.Published
		if date == "" {
			date = "–"
		}
		outlet := h.Outlet
		if outlet == "" {
			outlet = "no outlet" // as the web page says, never a word that reads as an outlet's name
		}
		fmt.Fprintf(w, "%-10s  %-14s %s  %s\n", date, clip(outlet, 14), h.Article, clip(h.Title, 80))
		if h.Snippet != "" {
			// Hits with only a space between them are one mark, as on
			// the web page: «Theresa May», not «Theresa» «May».
			snippet := strings.NewReplacer("\x03 \x02", " ", "\x02", "«", "\x03", "»").Replace(h.Snippet)
			fmt.Fprintf(w, "            %s\n", clip(strings.Join(strings.Fields(snippet), " "), 160))
		}
		if len(h.Copies) > 0 {
			// Another outlet's print of the article, found too: one
			// article, as its story counts it.
			fmt.Fprintf(w, "            + %s: %s\n", plural(len(h.Copies), "copy", "copies"), strings.Join(h.Copies, ", "))
		}
	}
	shown := len(res.Hits)
	for _, h := range res.Hits {
		shown += len(h.Copies)
	}
	fmt.Fprintf(w, "%d of %s", shown, plural(res.Total, "article", "articles"))
	if shown < res.Total {
		// As kroniek stories says how to list what it leaves out.
		fmt.Fprintf(w, " (-n %d lists them all)", res.Total)
	}
	fmt.Fprintln(w)
	writeFacet(w, "outlets (--outlet)", res.Facets[kroniek.FacetOutlet])
	writeFacet(w, "languages (--lang)", res.Facets[kroniek.FacetLang])
}

// writeFacet prints a facet of the hits that the command's flags filter
// on, as the web page lists it beside them: "outlets (--outlet): vk 5 ·
// ad 3 · none 6", each value one the flag takes, so that the counts add
// up to the total and every part of it can be searched on its own. A
// facet of one value tells nothing and is left out.
func writeFacet(w io.Writer, head string, values []kroniek.FacetCount) {
	if len(values) < 2 {
		return
	}
	parts := make([]string, len(values))
	for i, f := range values {
		parts[i] = fmt.Sprintf("%s %d", f.Value, f.Count)
	}
	fmt.Fprintf(w, "  %s: %s\n", head, strings.Join(parts, " · "))
}
