package http

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/story"
)

// maxStories bounds the stories a filtered or sorted story list reads.
const maxStories = 5000

// StorySummary is a story as lists show it: no timeline, summary or
// sources, only what a reader picks a story by.
type StorySummary struct {
	ID        string               `json:"id"`
	Title     string               `json:"title"`
	Start     string               `json:"start,omitempty"`
	End       string               `json:"end,omitempty"`
	Articles  int                  `json:"articles"`
	Copies    int                  `json:"copies"` // near duplicates of its articles, counted apart, as the page and kroniek stories count them
	Sources   int                  `json:"sources"`
	Outlets   []string             `json:"outlets"`
	Languages []string             `json:"languages"`
	Actors    []kroniek.StoryActor `json:"actors"`
	// Unnamed: an article of the story names no outlet. The page's list
	// says so after the outlets ("vk, geen medium genoemd"), as the
	// story's heading does; it read "3 articles · vk" for one vk article
	// and two of no outlet. The API has the count in Sources.
	Unnamed bool `json:"-"`
}

// summarize turns a story into its summary; outlets are those of its
// articles' outlets that are names (a story of unnamed sources lists none).
func summarize(s *kroniek.Story) StorySummary {
	sum := StorySummary{ID: s.ID, Title: s.Title, Start: s.Start, End: s.End, Articles: len(s.Articles), Copies: len(s.Copies),
		Outlets: []string{}, Languages: append([]string{}, s.Languages...), Actors: []kroniek.StoryActor{}}
	articles := map[string]bool{}
	for _, a := range s.Articles {
		articles[a] = true
	}
	for _, o := range s.Outlets {
		if o != "" && !articles[o] {
			sum.Outlets = append(sum.Outlets, o)
		}
	}
	sum.Sources = len(sum.Outlets)
	sum.Unnamed = hasUnnamedSource(s)
	if sum.Unnamed {
		sum.Sources++ // articles of no known outlet: one source
	}
	if n := story.SourceCount(s); n > 0 {
		sum.Sources = n // as the story's source comparison tells them apart
	}
	for i, a := range s.Actors {
		if i == 6 {
			break
		}
		sum.Actors = append(sum.Actors, a)
	}
	return sum
}

// hasUnnamedSource reports whether an article of the story names no
// outlet: a source without an outlet, or an outlet that is empty or an
// article's id (a story stored before sources were told apart).
func hasUnnamedSource(s *kroniek.Story) bool {
	for _, src := range s.Sources {
		if src.Outlet == "" {
			return true
		}
	}
	for _, o := range s.Outlets {
		if o == "" || slices.Contains(s.Articles, o) {
			return true
		}
	}
	return false
}

// storyQuery is a story list's filters and order, read from the query.
type storyQuery struct {
	From, To, Outlet, Entity, Lang, Sort string
	All                                  bool // include one-article stories
	Page                                 kroniek.Page
}

// storySorts are the orders a story list takes.
var storySorts = []string{"new", "size", "sources"}

func readStoryQuery(r *http.Request) (storyQuery, error) {
	q := r.URL.Query()
	p, err := page(r)
	if err != nil {
		return storyQuery{}, err
	}
	sq := storyQuery{From: q.Get("from"), To: q.Get("to"), Outlet: q.Get("outlet"), Entity: q.Get("entity"),
		Lang: q.Get("lang"), Sort: q.Get("sort"), Page: p}
	if sq.All, err = boolParam(r, "all", false); err != nil {
		return sq, err
	}
	if err := validDates(sq.From, sq.To); err != nil {
		return sq, err
	}
	if sq.Sort == "" {
		sq.Sort = "new"
	}
	if !oneOf(sq.Sort, storySorts...) {
		return sq, kroniek.Errorf(kroniek.EINVALID, "unknown sort %q: use new, size or sources", sq.Sort)
	}
	if err := validFormat(r); err != nil {
		return sq, err
	}
	return sq, nil
}

func oneOf(s string, set ...string) bool {
	for _, x := range set {
		if s == x {
			return true
		}
	}
	return false
}

// validFormat checks the format parameter of a list: html, csv or json.
func validFormat(r *http.Request) error {
	if f := r.URL.Query().Get("format"); f != "" && !oneOf(f, "html", "csv", "json") {
		return kroniek.Errorf(kroniek.EINVALID, "unknown format %q: use csv or json", f)
	}
	return nil
}

// inRange reports whether the span [start, end] of a story overlaps
// [from, to]; dates compare as strings, a month or year bound covering its
// whole period.
func inRange(start, end, from, to string) bool {
	if end == "" {
		end = start
	}
	if from != "" && end != "" && end < from && !strings.HasPrefix(from, end) {
		return false
	}
	if to != "" && start != "" && start > to && !strings.HasPrefix(start, to) {
		return false
	}
	if (from != "" || to != "") && start == "" && end == "" {
		return false
	}
	return true
}

// outletNamed returns the outlet as the store spells it that name names
// in any case ("VK" is vk), or name itself when no stored outlet is
// named so: an outlet filter ignores case, as the entity filter does.
// Only a name that matches no article exactly is looked up.
func (s *Server) outletNamed(ctx context.Context, name string) (string, error) {
	if _, n, err := s.Store.Articles(ctx, kroniek.ArticleFilter{Outlet: name, Page: kroniek.Page{Limit: 1}}); err != nil || n > 0 {
		return name, err
	}
	for offset := 0; offset < maxStories; offset += 500 {
		got, total, err := s.Store.Stories(ctx, kroniek.StoryFilter{Page: kroniek.Page{Offset: offset, Limit: 500}})
		if err != nil {
			return "", err
		}
		for _, st := range got {
			for _, o := range st.Outlets {
				if strings.EqualFold(o, name) {
					return o, nil
				}
			}
		}
		if len(got) == 0 || offset+len(got) >= total {
			break
		}
	}
	// A story stored without its outlets: the search's outlet facet
	// counts every stored outlet.
	res, err := s.Store.Search(ctx, kroniek.SearchQuery{Page: kroniek.Page{Limit: 1}})
	if err != nil {
		return "", err
	}
	for _, f := range res.Facets[kroniek.FacetOutlet] {
		if strings.EqualFold(f.Value, name) {
			return f.Value, nil
		}
	}
	return name, nil
}

// StoryQuery selects and orders stories as the story list does: From
// and To bound their dates, Outlet and Lang (and Entity) the articles
// they hold, Sort is new (the default), size or sources, All keeps the
// stories of one article.
type StoryQuery struct {
	From, To, Outlet, Entity, Lang, Sort string
	All                                  bool
}

// FindStories returns the stories q selects, in its order, and how many
// one-article stories it left out (q.All unset): the story list of the
// web page, the API and kroniek stories. A bad date or order is
// EINVALID.
func (s *Server) FindStories(ctx context.Context, q StoryQuery) ([]*kroniek.Story, int, error) {
	if err := validDates(q.From, q.To); err != nil {
		return nil, 0, err
	}
	if q.Sort == "" {
		q.Sort = "new"
	}
	if !oneOf(q.Sort, storySorts...) {
		return nil, 0, kroniek.Errorf(kroniek.EINVALID, "unknown sort %q: use new, size or sources", q.Sort)
	}
	// The search's kroniek.NoOutlet: the stories with an article that
	// names no outlet, as the search finds such articles.
	noOutlet := strings.EqualFold(q.Outlet, kroniek.NoOutlet)
	if noOutlet {
		q.Outlet = ""
	} else if q.Outlet != "" {
		o, err := s.outletNamed(ctx, q.Outlet)
		if err != nil {
			return nil, 0, err
		}
		q.Outlet = o
	}
	var all []*kroniek.Story
	for len(all) < maxStories {
		got, total, err := s.Store.Stories(ctx, kroniek.StoryFilter{Entity: q.Entity, Outlet: q.Outlet, Page: kroniek.Page{Offset: len(all), Limit: 500}})
		if err != nil {
			return nil, 0, err
		}
		all = append(all, got...)
		if len(got) == 0 || len(all) >= total {
			break
		}
	}
	var out []*kroniek.Story
	var sums []StorySummary // out's, for the order
	single := 0
	for _, st := range all {
		if noOutlet && !hasUnnamedSource(st) {
			continue
		}
		if q.Lang != "" && !oneOf(q.Lang, st.Languages...) {
			continue
		}
		if !inRange(st.Start, st.End, q.From, q.To) {
			continue
		}
		if !q.All && len(st.Articles) < 2 {
			single++
			continue
		}
		out, sums = append(out, st), append(sums, summarize(st))
	}
	idx := make([]int, len(out))
	for i := range idx {
		idx[i] = i
	}
	switch q.Sort {
	case "size":
		sort.SliceStable(idx, func(i, j int) bool { return sums[idx[i]].Articles > sums[idx[j]].Articles })
	case "sources":
		sort.SliceStable(idx, func(i, j int) bool {
			a, b := sums[idx[i]], sums[idx[j]]
			if a.Sources != b.Sources {
				return a.Sources > b.Sources
			}
			return a.Articles > b.Articles
		})
	}
	sorted := make([]*kroniek.Story, len(out))
	for i, k := range idx {
		sorted[i] = out[k]
	}
	return sorted, single, nil
}

// findStories lists one page of the stories matching sq in its order,
// with the total and how many one-article stories that match it were
// left out (sq.All unset).
func (s *Server) findStories(ctx context.Context, sq storyQuery) ([]StorySummary, int, int, error) {
	stories, single, err := s.FindStories(ctx, StoryQuery{From: sq.From, To: sq.To, Outlet: sq.Outlet, Entity: sq.Entity,
		Lang: sq.Lang, Sort: sq.Sort, All: sq.All})
	if err != nil {
		return nil, 0, 0, err
	}
	total := len(stories)
	lo := min(sq.Page.Offset, total)
	hi := min(lo+sq.Page.Limit, total)
	out := make([]StorySummary, 0, hi-lo)
	for _, st := range stories[lo:hi] {
		out = append(out, summarize(st))
	}
	return out, total, single, nil
}

// activeFilter is one filter in force, with the link that drops it.
type activeFilter struct {
	Label  string
	Value  string
	Remove string
}

// activeFilters lists the query's filters among keys, each with a link to
// the same page without it (and from page one).
func activeFilters(r *http.Request, L map[string]string, names map[string]string, keys ...string) []activeFilter {
	q := r.URL.Query()
	var out []activeFilter
	for _, k := range keys {
		v := q.Get(k)
		if v == "" {
			continue
		}
		rest := url.Values{}
		for k2, vs := range q {
			if k2 != k && k2 != "offset" && k2 != "ui" {
				rest[k2] = vs
			}
		}
		label := L["facet_"+k]
		if label == "" {
			label = L[k]
		}
		shown := v
		if n := names[v]; n != "" {
			shown = n
		}
		switch k {
		case "outlet":
			shown = outletName(L, v) // "geen medium genoemd" for kroniek.NoOutlet
		case "event":
			shown = term(L, v)
		case "lang":
			shown = langName(L, v) // "onbepaald" for und
		case "all":
			shown = L["with_single"]
		case "sort":
			shown = L["sort_"+v]
		}
		link := r.URL.Path
		if len(rest) > 0 {
			link += "?" + rest.Encode()
		}
		out = append(out, activeFilter{Label: label, Value: shown, Remove: link})
	}
	return out
}

// indexData is the story list.
type indexData struct {
	Stories []StorySummary
	Q       storyQuery
	Total   int
	Next    string
	Prev    string
	Filters []activeFilter
	Sorts   []string
	// Single counts the one-article stories the list leaves out.
	Single int
	// Behind is set when the stories lag behind the stored articles.
	Behind   bool
	Download map[string]string
}

// pageLinks returns the links to the previous and next page of a list of
// total items, or "" where there is none.
func pageLinks(r *http.Request, p kroniek.Page, total int) (prev, next string) {
	q := r.URL.Query()
	q.Del("ui")
	if p.Offset > 0 {
		q.Set("offset", strconv.Itoa(max(0, p.Offset-p.Limit)))
		if p.Offset-p.Limit <= 0 {
			q.Del("offset")
		}
		prev = "?" + q.Encode()
	}
	if p.Offset+p.Limit < total {
		q.Set("offset", strconv.Itoa(p.Offset+p.Limit))
		next = "?" + q.Encode()
	}
	return prev, next
}

// downloads returns the CSV and JSON links of the list at r.
func downloads(r *http.Request) map[string]string {
	out := map[string]string{}
	for _, f := range []string{"csv", "json"} {
		q := r.URL.Query()
		q.Del("ui")
		q.Del("offset")
		q.Set("format", f)
		q.Set("limit", "500")
		out[f] = r.URL.Path + "?" + q.Encode()
	}
	return out
}

func (s *Server) handleIndex(w http.ResponseWriter, r *http.Request) error {
	sq, err := readStoryQuery(r)
	if err != nil {
		return err
	}
	stories, total, single, err := s.findStories(r.Context(), sq)
	if err != nil {
		return err
	}
	if f := r.URL.Query().Get("format"); f == "csv" || f == "json" {
		return writeStoryList(w, f, stories)
	}
	L := labels[language(r)]
	names := map[string]string{}
	if sq.Entity != "" {
		if err := s.names(r.Context(), map[string]bool{sq.Entity: true}, names); err != nil {
			return err
		}
	}
	d := indexData{Stories: stories, Q: sq, Total: total, Single: single, Sorts: storySorts, Download: downloads(r),
		Filters: activeFilters(r, L, names, "from", "to", "outlet", "entity", "lang", "all")}
	d.Prev, d.Next = pageLinks(r, sq.Page, total)
	if gen, err := s.Store.Generation(r.Context()); err == nil {
		d.Behind = gen.Stale()
	}
	return s.pages.render(w, r, http.StatusOK, "index", "", d) // the title is kroniek alone
}

// sinceData is the "what is new" view: stories with articles published
// on or after a date, the new articles marked.
type sinceData struct {
	Since   string
	Stories []sinceStory // one page of them
	Total   int
	Prev    string
	Next    string
}

type sinceStory struct {
	StorySummary
	New []*kroniek.Article
}

func (s *Server) handleSince(w http.ResponseWriter, r *http.Request) error {
	since := r.URL.Query().Get("date")
	if err := validDates(since); err != nil {
		return err
	}
	if err := validFormat(r); err != nil {
		return err
	}
	p, err := page(r)
	if err != nil {
		return err
	}
	if since == "" {
		var err error
		if since, err = s.lastWeek(r.Context()); err != nil {
			return err
		}
	}
	d := sinceData{Since: since}
	if since != "" {
		var news []*kroniek.Article
		for len(news) < maxStories {
			got, total, err := s.Store.Articles(r.Context(), kroniek.ArticleFilter{From: since, Page: kroniek.Page{Offset: len(news), Limit: 500}})
			if err != nil {
				return err
			}
			news = append(news, got...)
			if len(got) == 0 || len(news) >= total {
				break
			}
		}
		byStory := map[string][]*kroniek.Article{}
		var order []string
		for _, a := range news {
			if a.Story == "" {
				continue
			}
			if byStory[a.Story] == nil {
				order = append(order, a.Story)
			}
			byStory[a.Story] = append(byStory[a.Story], a)
		}
		for _, id := range order {
			st, err := s.Store.Story(r.Context(), id)
			if kroniek.ErrorCode(err) == kroniek.ENOTFOUND {
				continue
			} else if err != nil {
				return err
			}
			d.Stories = append(d.Stories, sinceStory{StorySummary: summarize(st), New: byStory[id]})
		}
		// Stories that grew most first; a story all of whose articles are
		// new is a new story and comes after those that grew.
		sort.SliceStable(d.Stories, func(i, j int) bool {
			gi, gj := len(d.Stories[i].New) < d.Stories[i].Articles, len(d.Stories[j].New) < d.Stories[j].Articles
			if gi != gj {
				return gi
			}
			return len(d.Stories[i].New) > len(d.Stories[j].New)
		})
		d.Total = len(d.Stories)
	}
	if f := r.URL.Query().Get("format"); f == "csv" || f == "json" {
		list := make([]StorySummary, len(d.Stories))
		for i, st := range d.Stories {
			list[i] = st.StorySummary
		}
		return writeStoryList(w, f, list)
	}
	// The page shows a page of the stories, as the story list does.
	first := min(p.Offset, len(d.Stories))
	d.Stories = d.Stories[first:min(first+p.Limit, len(d.Stories))]
	d.Prev, d.Next = pageLinks(r, p, d.Total)
	return s.pages.render(w, r, http.StatusOK, "since", labels[language(r)]["since"], d)
}

// lastWeek is the default of "what is new": the week that ends on the
// newest publication date of the store (its first day), or "" when no
// stored article has a date.
func (s *Server) lastWeek(ctx context.Context) (string, error) {
	_, total, err := s.Store.Articles(ctx, kroniek.ArticleFilter{From: "0000-01-01", Page: kroniek.Page{Limit: 1}})
	if err != nil || total == 0 {
		return "", err
	}
	last, _, err := s.Store.Articles(ctx, kroniek.ArticleFilter{From: "0000-01-01", Page: kroniek.Page{Offset: total - 1, Limit: 1}})
	if err != nil || len(last) == 0 {
		return "", err
	}
	day, err := time.Parse(time.DateOnly, last[0].Published[:min(10, len(last[0].Published))])
	if err != nil {
		return "", nil // a date the store could not read: no default
	}
	return day.AddDate(0, 0, -6).Format(time.DateOnly), nil
}

// search runs sq; a query that is exactly a name or spelling of an entity
// searches for every spelling of that entity instead, so that Wit-Rusland
// and Belarus find the same articles. It searches the spellings as
// phrases, not the entity's mentions: an article that uses the word
// without the tagger having marked it (de brexit) is still found. It
// returns the entity so searched.
// Search runs a search as the web page and the API do: a query that names
// an entity (up to four words, no operators) finds every spelling of it,
// and that entity is returned beside the result; else the query as given.
func (s *Server) Search(ctx context.Context, sq kroniek.SearchQuery) (*kroniek.SearchResult, *Named, error) {
	return s.search(ctx, sq)
}

func (s *Server) search(ctx context.Context, sq kroniek.SearchQuery) (*kroniek.SearchResult, *Named, error) {
	// Checked here too, for kroniek search: a store reads "2019-13-01"
	// as a string and finds nothing.
	if err := validDates(sq.From, sq.To); err != nil {
		return nil, nil, err
	}
	var alias *kroniek.Entity
	if strings.EqualFold(sq.Outlet, kroniek.NoOutlet) {
		// The outlet facet's value for the articles that name none.
		sq.Outlet = kroniek.NoOutlet
	} else if sq.Outlet != "" {
		o, err := s.outletNamed(ctx, sq.Outlet)
		if err != nil {
			return nil, nil, err
		}
		sq.Outlet = o
	}
	text := strings.TrimSpace(sq.Text)
	if text != "" && sq.Entity == "" && !strings.ContainsAny(text, `"*()`) && len(strings.Fields(text)) <= 4 {
		es, _, err := s.Store.Entities(ctx, kroniek.EntityFilter{Name: text, Page: kroniek.Page{Limit: 20}})
		if err != nil {
			return nil, nil, err
		}
		for _, e := range es {
			if namedAs(e, text) {
				alias = e
				break
			}
		}
	}
	var named *Named
	if alias != nil {
		sq.Text = spellingsQuery(alias, text)
		named = &Named{Entity: alias, Spellings: spellings(alias, text)}
	}
	res, err := s.Store.Search(ctx, sq)
	if err != nil {
		return nil, nil, err
	}
	if err := s.foldCopies(ctx, res); err != nil {
		return nil, nil, err
	}
	return res, named, nil
}

// Named is the entity a search's words name and the spellings of it the
// search looked for in their place ("Rutte": "Mark Rutte", "Rutte"; not
// "Mark", which would find every Mark), to be told to the reader.
type Named struct {
	*kroniek.Entity
	Spellings []string
}

// foldCopies folds each hit that is a copy of another hit on the same
// page (the same article printed by a second outlet: ArticleLink's
// DuplicateOf) into that hit's Copies, so that a search lists one
// article once, as its story does. A copy whose original is not on the
// page stays a hit; Total and the facets still count every article.
func (s *Server) foldCopies(ctx context.Context, res *kroniek.SearchResult) error {
	if len(res.Hits) < 2 {
		return nil
	}
	at := make(map[string]int, len(res.Hits))
	ids := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		at[h.Article], ids[i] = i, h.Article
	}
	arts, _, err := s.Store.Articles(ctx, kroniek.ArticleFilter{IDs: ids, Page: kroniek.Page{Limit: len(ids)}})
	if err != nil {
		return fmt.Errorf("fold copies: %w", err)
	}
	folded := map[string]bool{}
	for _, a := range arts {
		if i, ok := at[a.DuplicateOf]; ok {
			res.Hits[i].Copies = append(res.Hits[i].Copies, a.ID)
			folded[a.ID] = true
		}
	}
	if len(folded) == 0 {
		return nil
	}
	hits := res.Hits[:0]
	for _, h := range res.Hits {
		if !folded[h.Article] {
			hits = append(hits, h)
		}
	}
	res.Hits = hits
	return nil
}

// spellingsQuery returns a query for any of the entity's name and
// spellings, each a phrase: "Wit-Rusland" OR "Belarus". A spelling that
// is only a part of a longer one is left out, unless it is what was typed
// or a person's surname: "Mark" of "Mark Rutte" would find every Mark,
// "Unie" of "Europese Unie" the Sovjet-Unie; "Rutte" is how papers name
// him.
func spellingsQuery(e *kroniek.Entity, typed string) string {
	alts := spellings(e, typed)
	for i, n := range alts {
		alts[i] = `"` + n + `"`
	}
	return strings.Join(alts, " OR ")
}

// spellings returns the spellings of e that spellingsQuery searches for,
// one of those that differ only in case, the name first.
func spellings(e *kroniek.Entity, typed string) []string {
	names := append([]string{e.Name}, e.Aliases...)
	for i, n := range names {
		names[i] = strings.Join(strings.Fields(strings.ReplaceAll(n, `"`, " ")), " ")
	}
	seen := map[string]bool{}
	var alts []string
	for _, n := range names {
		if n == "" || seen[strings.ToLower(n)] {
			continue
		}
		if !strings.EqualFold(n, typed) && partOfLonger(n, names, e.Type == kroniek.PER) {
			continue
		}
		seen[strings.ToLower(n)] = true
		alts = append(alts, n)
	}
	return alts
}

// partOfLonger reports whether the one-word spelling n is a word of a
// longer spelling among names; with surname, the last word of one (a
// person's surname) does not count.
func partOfLonger(n string, names []string, surname bool) bool {
	if strings.Contains(n, " ") {
		return false
	}
	for _, m := range names {
		ws := strings.Fields(m)
		if len(ws) < 2 {
			continue
		}
		for i, w := range ws {
			if strings.EqualFold(w, n) && !(surname && i == len(ws)-1) {
				return true
			}
		}
	}
	return false
}

// namedAs reports whether text is the entity's name or one of its
// spellings, ignoring case.
func namedAs(e *kroniek.Entity, text string) bool {
	if strings.EqualFold(e.Name, text) {
		return true
	}
	for _, a := range e.Aliases {
		if strings.EqualFold(a, text) {
			return true
		}
	}
	return false
}

func writeSearch(w http.ResponseWriter, format string, res *kroniek.SearchResult) error {
	if res == nil {
		res = &kroniek.SearchResult{Hits: []kroniek.SearchHit{}, Facets: map[string][]kroniek.FacetCount{}}
	}
	// copies: the ids of the copies folded into a hit, space-separated.
	t := table{header: []string{"article", "title", "outlet", "published", "lang", "story", "snippet", "copies"}}
	clean := strings.NewReplacer("\x02", "", "\x03", "")
	for _, h := range res.Hits {
		t.rows = append(t.rows, []string{h.Article, h.Title, h.Outlet, h.Published, h.Lang, h.Story, clean.Replace(h.Snippet), strings.Join(h.Copies, " ")})
	}
	return writeDownload(w, format, "search", res, t)
}
