package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/kroniek/kroniek"
)

// A feed item's content is the full article, not a teaser whose link must
// be fetched, when it has minFullText runes, or minFullParas paragraphs
// and half that length (see isFullText).
const (
	minFullText  = 500
	minFullParas = 3
)

// ErrNoFetch is wrapped by the error of a feed item that carries only a
// link (or a teaser) while fetching is off.
var ErrNoFetch = errors.New("fetching is off")

// Feed is a parsed RSS, Atom or JSON feed.
type Feed struct {
	Title string
	// Outlet is the site the feed's title names: the title without a
	// section ("Dagblad Limburg – Regio" of dagblad-limburg.nl is
	// "Dagblad Limburg"), or the whole title.
	Outlet string
	Link   string
	Lang   string
	Items  []FeedItem
}

// titleParts splits a feed title at the separators sites put between
// their name and a section: "NOS – Binnenland", "Regio | De Krant".
var titleParts = regexp.MustCompile(`\s+[-–—|:·»]+\s+`)

// feedOutlet is the part of a feed title that names the site at host (its
// letters occur in the host name's, or the other way round), or the whole
// title when no part does: one outlet, not one per section feed.
func feedOutlet(title, host string) string {
	parts := titleParts.Split(title, -1)
	if len(parts) < 2 || host == "" {
		return title
	}
	site := lettersOf(host[:max(strings.LastIndexByte(host, '.'), 0)])
	for _, p := range parts {
		if k := lettersOf(p); len(k) >= 3 && site != "" && (strings.Contains(site, k) || strings.Contains(k, site)) {
			return strings.TrimSpace(p)
		}
	}
	return title
}

// lettersOf keeps the lower-cased letters and digits of s.
func lettersOf(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// FeedItem is one entry of a feed.
type FeedItem struct {
	// Key identifies the item across polls: its guid, else its link, else
	// a hash of its title and content.
	Key       string
	GUID      string
	Link      string
	Title     string
	Author    string
	Published string // "YYYY-MM-DD" as the feed dates it, or ""
	Content   string // HTML of the item's content or description
	// HasContent is set when Content is the item's content element (Atom
	// <content>, RSS <content:encoded>), not its summary or description:
	// the publisher's text of the article, however short.
	HasContent bool
}

// ParseFeed parses an RSS, Atom or JSON feed. Input that is no feed at all
// (an HTML page, plain text, broken XML) gives a clear error.
func ParseFeed(data []byte) (*Feed, error) {
	f, err := parseGofeed(data)
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return nil, fmt.Errorf("not an RSS, Atom or JSON feed (starts with %q)", headOf(data, 40))
		}
		return nil, fmt.Errorf("parse feed: %w", err)
	}
	if f.Title == "" && f.Link == "" && len(f.Items) == 0 {
		return nil, fmt.Errorf("not an RSS, Atom or JSON feed: no title, link or items (starts with %q)", headOf(data, 40))
	}
	base, _ := url.Parse(f.Link)
	feed := &Feed{Title: cleanSpace(f.Title), Link: f.Link, Lang: normaliseLang(f.Language)}
	feed.Outlet = feedOutlet(feed.Title, hostOf(f.Link))
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		item := FeedItem{
			GUID:    strings.TrimSpace(it.GUID),
			Link:    resolveURL(base, it.Link),
			Title:   cleanSpace(it.Title),
			Content: it.Content,
		}
		if len(it.Description) > len(item.Content) {
			item.Content = it.Description
		} else {
			item.HasContent = strings.TrimSpace(item.Content) != ""
		}
		if len(it.Authors) > 0 && it.Authors[0] != nil {
			item.Author = cleanSpace(it.Authors[0].Name)
		} else if it.Author != nil {
			item.Author = cleanSpace(it.Author.Name)
		}
		if t := it.PublishedParsed; t != nil {
			item.Published = t.Format("2006-01-02")
		} else if t := it.UpdatedParsed; t != nil {
			item.Published = t.Format("2006-01-02")
		}
		item.Key = firstOf(item.GUID, item.Link)
		if item.Key == "" {
			item.Key = "t-" + TextID(item.Title+"\n"+item.Content)
		}
		feed.Items = append(feed.Items, item)
	}
	return feed, nil
}

// parseGofeed runs gofeed, turning a panic inside it (on input it did not
// foresee) into an error.
func parseGofeed(data []byte) (f *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("parse feed: %v", r)
		}
	}()
	return gofeed.NewParser().Parse(bytes.NewReader(data))
}

// headOf is the start of data for error messages.
func headOf(data []byte, n int) string {
	s := strings.TrimSpace(strings.ToValidUTF8(string(data[:min(len(data), n*4)]), "?"))
	if utf8.RuneCountInString(s) > n {
		s = string([]rune(s)[:n]) + "…"
	}
	return s
}

// ItemArticle makes the article of one feed item: from its content when
// the feed carries the full text, else by fetching its link with f and
// extracting the page (f nil: an error wrapping ErrNoFetch). Missing page
// metadata is completed from the item and the feed.
func ItemArticle(ctx context.Context, feed *Feed, item FeedItem, f *Fetcher) (*kroniek.Article, error) {
	body, err := feedContentText(item.Content)
	if err != nil {
		return nil, err
	}
	body, _ = tidyParagraphs(body, item.Title)
	var a *kroniek.Article
	// Content the publisher gave as the item's content (not a summary) is
	// the article when no page is fetched, and when its page cannot be.
	ownText := item.HasContent && body != "" && !teaserEnd.MatchString(body)
	if isFullText(body) || item.Link == "" || ownText && f == nil {
		if body == "" {
			return nil, errors.New("item has neither content nor link")
		}
		a = bodyArticle(feed, item, body)
	} else {
		if f == nil {
			// The problem's location is the link: say what is missing
			// and how to get it.
			what := "only a link"
			if body != "" {
				what = fmt.Sprintf("only a summary (%d characters)", utf8.RuneCountInString(body))
			}
			return nil, fmt.Errorf("%s and %w; --fetch reads the page", what, ErrNoFetch)
		}
		if a, err = f.FetchArticle(ctx, item.Link); err != nil {
			if !ownText || ctx.Err() != nil {
				return nil, err
			}
			a = bodyArticle(feed, item, body)
			setMeta(a, "content", "feed") // the page failed: the item's own text
		} else {
			a.Title = firstOf(a.Title, item.Title)
			a.Author = firstOf(a.Author, item.Author)
			a.Lang = firstOf(a.Lang, feed.Lang)
		}
	}
	completeFromItem(a, feed, item)
	return a, nil
}

// completeFromItem fills what an item's article lacks from the item and
// its feed: date, outlet, guid.
func completeFromItem(a *kroniek.Article, feed *Feed, item FeedItem) {
	if a.Published == "" && item.Published != "" {
		a.Published = item.Published
		setMeta(a, "date_source", "feed")
	}
	if a.Outlet == "" {
		a.Outlet = firstOf(feed.Outlet, hostOf(item.Link))
	}
	if item.GUID != "" {
		setMeta(a, "guid", item.GUID)
	}
}

// bodyArticle is the article of a feed item whose content is its text.
func bodyArticle(feed *Feed, item FeedItem, body string) *kroniek.Article {
	a := &kroniek.Article{
		Source: item.Link, URL: item.Link, Title: item.Title, Author: item.Author,
		Body: body, Lang: feed.Lang, Outlet: feed.Outlet,
	}
	if a.URL != "" {
		a.ID = URLID(a.URL)
	} else {
		a.ID = TextID(body)
		a.Source = item.Key
	}
	if d, ok := dateFromURL(a.URL); ok && item.Published == "" {
		a.Published = d
	}
	return a
}

// SummaryArticle is the article of a feed item that carries only a summary
// (a teaser) and a link, made from the summary when the page is not
// fetched: its meta "content" is "summary". Its id is its link's, so a
// later run with fetching replaces it with the whole page. ok is false when
// the item has no summary.
func SummaryArticle(feed *Feed, item FeedItem) (a *kroniek.Article, ok bool) {
	body, err := feedContentText(item.Content)
	if err != nil {
		return nil, false
	}
	if body, _ = tidyParagraphs(body, item.Title); body == "" || item.Link == "" {
		return nil, false
	}
	a = bodyArticle(feed, item, body)
	completeFromItem(a, feed, item)
	setMeta(a, "content", "summary")
	return a, true
}

// setMeta sets one Article.Meta field.
func setMeta(a *kroniek.Article, k, v string) {
	if a.Meta == nil {
		a.Meta = map[string]string{}
	}
	a.Meta[k] = v
}

// teaserEnd matches the endings of teasers that point to the full article.
var teaserEnd = regexp.MustCompile(`(?i)(lees (meer|verder)|read more|continue reading|meer lezen|\[(…|\.\.\.)\]|…|\.\.\.)\s*[»>→]?\s*$`)

// isFullText tells whether item content is a whole article, not a teaser:
// long enough, or in several paragraphs of some length, and not ending in
// "Lees verder" or an ellipsis.
func isFullText(body string) bool {
	if teaserEnd.MatchString(body) {
		return false
	}
	n := utf8.RuneCountInString(body)
	return n >= minFullText || strings.Count(body, "\n\n")+1 >= minFullParas && n >= minFullText/2
}

// feedContentText turns an item's HTML (or plain) content into paragraphs.
func feedContentText(content string) (string, error) {
	content = strings.TrimSpace(content)
	if content == "" {
		return "", nil
	}
	if !strings.Contains(content, "<") {
		return strings.TrimSpace(html.UnescapeString(content)), nil
	}
	if err := checkHTMLShape(content); err != nil {
		return "", err
	}
	nodes, err := html.ParseFragment(strings.NewReader(content), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return "", fmt.Errorf("parse item content: %w", err)
	}
	root := &html.Node{Type: html.ElementNode, Data: "div"}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return renderBlocks(root), nil
}

// readFeed reads a feed file (or fetched feed): each item becomes an
// article; items with only a link are fetched when opts.Fetcher is set.
// An item with a summary whose page is not read (fetching off, or the page
// failed) is stored as its summary with a warning; other items that fail
// are reported; the others are still emitted.
func readFeed(ctx context.Context, name string, r io.Reader, opts Options, emit Emit, report Report) error {
	data, err := readAtMost(r, opts.MaxSize)
	if err != nil {
		return err
	}
	feed, err := ParseFeed(data)
	if err != nil {
		return err
	}
	for i, item := range feed.Items {
		if err := ctx.Err(); err != nil {
			return err
		}
		a, err := ItemArticle(ctx, feed, item, opts.Fetcher)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			loc := item.Link
			if loc == "" {
				loc = fmt.Sprintf("%s item %d", name, i+1)
			}
			// A teaser is kept as a short article rather than lost, whether
			// fetching is off or its page failed; the warning says which.
			sum, ok := SummaryArticle(feed, item)
			if !ok {
				report(problem(loc, err, false))
				continue
			}
			report(problem(loc, summaryKept(sum, item, err), true))
			a = sum
		}
		AdoptSummaryID(a, item, opts.Stored)
		setMeta(a, "feed", name)
		if err := emit(a); err != nil {
			return err
		}
	}
	return nil
}

// summaryKept is the warning of a feed item stored as its summary: with
// fetching off, how to get the page; when the page failed, why, as in
// "only a summary (58 characters): stored as it is; its page failed: http
// 404 Not Found". A later run that reads the page replaces the summary.
func summaryKept(sum *kroniek.Article, item FeedItem, err error) error {
	n := utf8.RuneCountInString(sum.Body)
	if errors.Is(err, ErrNoFetch) {
		return fmt.Errorf("only a summary (%d characters): stored as it is; --fetch reads the whole page", n)
	}
	var fe *FetchError
	if errors.As(err, &fe) && fe.URL == item.Link {
		err = fe.Err // the location is the link already
	}
	return fmt.Errorf("only a summary (%d characters): stored as it is; its page failed: %w", n, err)
}

// AdoptSummaryID gives a fetched page the id of the teaser an earlier run
// stored from the same feed item (under the item's link, meta content
// "summary"), when the page names another canonical URL: the page then
// replaces the teaser instead of standing beside it as a second article.
// stored returns the article a store holds under an id, or nil; a nil
// stored does nothing. analyze and watch both call it.
func AdoptSummaryID(a *kroniek.Article, item FeedItem, stored func(string) *kroniek.Article) {
	if stored == nil || item.Link == "" || a.Meta["content"] != "" {
		return
	}
	if id := URLID(item.Link); a.ID != id {
		if st := stored(id); st != nil && st.Meta["content"] == "summary" {
			a.ID = id
		}
	}
}

// isFeedResponse tells whether a fetched body is a feed.
func isFeedResponse(mediaType string, body []byte) bool {
	switch mediaType {
	case "application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml",
		"application/x-rss+xml", "application/x-atom+xml", "text/rss+xml", "text/atom+xml":
		return true
	case "", "application/xml", "text/xml", "application/octet-stream", "text/plain":
		h := bytes.ToLower(bytes.TrimLeft(body[:min(len(body), 1024)], "\ufeff \t\r\n"))
		if bytes.Contains(h, []byte("<html")) {
			return false
		}
		return bytes.HasPrefix(h, []byte("<?xml")) || bytes.HasPrefix(h, []byte("<rss")) ||
			bytes.HasPrefix(h, []byte("<feed")) || bytes.HasPrefix(h, []byte("<rdf:rdf"))
	}
	return false
}
