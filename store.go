package kroniek

import (
	"context"
	"time"
)

// Store keeps articles, their analyses and the cross-document corpus.
// sqlite.Store is the embedded default; postgres.Store the scale-out one.
// One contract test suite (storetest) runs against each.
type Store interface {
	// PutArticles inserts new articles and updates changed ones by ID, in
	// one transaction. Re-putting the same articles changes nothing; links
	// (DuplicateOf, Similarity, Story) of stored articles change only by
	// PutCorpus.
	PutArticles(ctx context.Context, articles []*Article) (IngestResult, error)
	// Article returns one article, or ENOTFOUND.
	Article(ctx context.Context, id string) (*Article, error)
	// Articles returns the articles matching f, in publication order, and
	// the total count before paging.
	Articles(ctx context.Context, f ArticleFilter) ([]*Article, int, error)

	// PutAnalyses stores per-article extraction results, replacing earlier
	// ones for the same articles. An analysis of an unknown article is
	// ENOTFOUND.
	PutAnalyses(ctx context.Context, analyses []*Analysis) error
	// Analysis returns one article's analysis, or ENOTFOUND.
	Analysis(ctx context.Context, articleID string) (*Analysis, error)
	// Analyses returns the analyses of the given articles (all when ids is nil).
	Analyses(ctx context.Context, ids []string) ([]*Analysis, error)
	// Extractions returns the analyses of the given articles (all when ids
	// is nil) as the extractors made them: as PutAnalyses (or PutCorpus's
	// Corpus.Extracted) stored them, before any PutCorpus rewrote them with
	// cross-document results. They are a rebuild's input, so that what a
	// rebuild builds depends on the articles alone, never on the rebuilds
	// before it. An analysis stored before the store kept extractions
	// apart is returned as it was last rewritten.
	Extractions(ctx context.Context, ids []string) ([]*Analysis, error)

	// PutCorpus replaces the cross-document results in one transaction.
	PutCorpus(ctx context.Context, c *Corpus) error

	// Entity returns one entity with its mentions, or ENOTFOUND.
	Entity(ctx context.Context, id string) (*Entity, error)
	// Entities returns entities, most mentioned first, and the total.
	Entities(ctx context.Context, f EntityFilter) ([]*Entity, int, error)
	// EntityTimeline returns an entity's attention per day: its mentions
	// counted by the publication date of their articles, oldest first;
	// undated articles are left out. An unknown id has none.
	EntityTimeline(ctx context.Context, id string) ([]DayCount, error)
	// CoActors returns the entities mentioned in the same articles as id,
	// at most limit of them, in the most articles first, then by id.
	CoActors(ctx context.Context, id string, limit int) ([]CoActor, error)
	// Story returns one story, or ENOTFOUND.
	Story(ctx context.Context, id string) (*Story, error)
	// Stories returns stories, newest activity first, and the total.
	Stories(ctx context.Context, f StoryFilter) ([]*Story, int, error)
	// Quotes returns quotes in article order and the total.
	Quotes(ctx context.Context, f QuoteFilter) ([]Quote, int, error)
	// Events returns events in article order and the total.
	Events(ctx context.Context, f EventFilter) ([]Event, int, error)
	// Search runs a full-text query with filters and facets.
	Search(ctx context.Context, q SearchQuery) (*SearchResult, error)

	// Export returns the whole store as the export document.
	Export(ctx context.Context) (*Export, error)

	// FeedState and PutFeedState keep what `kroniek watch` knows of a feed;
	// FeedState of an unknown feed is ENOTFOUND.
	FeedState(ctx context.Context, url string) (*FeedState, error)
	PutFeedState(ctx context.Context, s *FeedState) error

	// Generation tells how far the derived state (entities, stories,
	// events) is behind the articles and analyses; see Generation.
	Generation(ctx context.Context) (Generation, error)
	// Lock takes the store's writer lock, which one writer at a time
	// holds, across processes, while it adds articles and rebuilds the
	// corpus. When another writer holds it, busy (if not nil) is called
	// once with a description of that writer, and Lock waits until the
	// lock is free or ctx is done. unlock releases the lock; calling it
	// again does nothing.
	Lock(ctx context.Context, busy func(holder string)) (unlock func() error, err error)

	// Close releases the store's connections.
	Close() error
}

// Generation counts changes of a store's articles and analyses (Data,
// raised in the same transaction as each change) and records the Data
// generation the stored corpus was built from (Corpus). The corpus is
// stale, and must be rebuilt, when Corpus < Data.
type Generation struct {
	Data   int64 `json:"data"`
	Corpus int64 `json:"corpus"`
}

// Stale reports whether the corpus is behind the articles and analyses.
func (g Generation) Stale() bool { return g.Corpus < g.Data }

// DayCount is a number of mentions on one publication date.
type DayCount struct {
	Date  string `json:"date"`
	Count int    `json:"count"`
}

// CoActor is an entity mentioned in articles that mention another, and in
// how many of them.
type CoActor struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Type     string `json:"type"`
	Articles int    `json:"articles"`
}

// Page is offset/limit paging; Limit 0 means a default chosen by the store.
type Page struct {
	Offset int `json:"offset"`
	Limit  int `json:"limit"`
}

// ArticleFilter selects articles. Empty fields match everything.
type ArticleFilter struct {
	IDs    []string
	Story  string
	Outlet string
	Lang   string
	Entity string
	From   string // inclusive publication date, YYYY-MM-DD
	To     string // inclusive
	Page
}

// EntityFilter selects entities.
type EntityFilter struct {
	Type  string
	Story string
	Name  string // prefix or alias match, case-insensitive
	Page
}

// StoryFilter selects stories, newest activity first.
type StoryFilter struct {
	Entity string
	Outlet string
	Page
}

// QuoteFilter selects quotes.
type QuoteFilter struct {
	Article string
	Speaker string
	Story   string
	Kind    string
	Page
}

// EventFilter selects events.
type EventFilter struct {
	Article   string
	Story     string
	Type      string
	Actor     string
	Recipient string
	From, To  string
	// Shown keeps only the events shown by default (Event.Shown); the
	// total then counts only those.
	Shown bool
	Page
}

// SearchQuery is a full-text query with filters.
type SearchQuery struct {
	Text     string
	Entity   string
	Outlet   string // NoOutlet: the articles that name no outlet
	Lang     string
	Story    string
	From, To string
	Event    string // PLOVER type the article must contain
	Page
}

// Facet names in SearchResult.Facets.
const (
	FacetOutlet = "outlet"
	FacetLang   = "lang"
	FacetStory  = "story"
	FacetEntity = "entity"
	FacetEvent  = "event"
)

// NoOutlet is the outlet facet's value for the hits that name no outlet,
// counted after the named outlets, and the SearchQuery.Outlet that
// selects those articles. An outlet really called "none" is not told
// apart from it.
const NoOutlet = "none"

// SearchResult is a ranked page of hits and facet counts.
type SearchResult struct {
	Total  int                     `json:"total"`
	Hits   []SearchHit             `json:"hits"`
	Facets map[string][]FacetCount `json:"facets"`
}

// SearchHit is one article found, with a snippet.
type SearchHit struct {
	Article   string  `json:"article"`
	Title     string  `json:"title"`
	Outlet    string  `json:"outlet"`
	Published string  `json:"published"`
	Lang      string  `json:"lang"`
	Story     string  `json:"story"`
	Snippet   string  `json:"snippet"` // plain text; matched terms between \x02 and \x03
	Score     float64 `json:"score"`
	// Copies are near duplicates of this article (another outlet's print
	// of it) that the same page of hits found too: they are folded into
	// this hit rather than listed beside it, as a story counts them once.
	Copies []string `json:"copies,omitempty"`
}

// FacetCount is one value of a facet with its number of hits.
type FacetCount struct {
	Value string `json:"value"`
	Label string `json:"label,omitempty"`
	Count int    `json:"count"`
}

// FeedState is what the watcher remembers of one feed between polls and
// restarts.
type FeedState struct {
	URL          string            `json:"url"`
	ETag         string            `json:"etag"`
	LastModified string            `json:"last_modified"`
	NextPoll     time.Time         `json:"next_poll"`
	Failures     int               `json:"failures"`
	Seen         map[string]string `json:"seen"` // item key (guid or canonical URL) -> article id
}

// ArticlesByID reads the articles with the given ids from s, a few
// hundred ids a query, in the store's order within each; ids the store
// lacks are left out.
func ArticlesByID(ctx context.Context, s Store, ids []string) ([]*Article, error) {
	var out []*Article
	for start := 0; start < len(ids); start += maxIDs {
		chunk := ids[start:min(len(ids), start+maxIDs)]
		as, _, err := s.Articles(ctx, ArticleFilter{IDs: chunk, Page: Page{Limit: len(chunk)}})
		if err != nil {
			return nil, err
		}
		out = append(out, as...)
	}
	return out, nil
}

// maxIDs is how many ids one query names at the most.
const maxIDs = 500
