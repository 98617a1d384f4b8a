package http

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/kroniek/kroniek"
)

// apiItem answers with the view of the item the path's {id} names.
func apiItem[T any](view func(ctx context.Context, id string) (T, error)) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		v, err := view(r.Context(), r.PathValue("id"))
		if err != nil {
			return err
		}
		writeJSON(w, http.StatusOK, v)
		return nil
	}
}

// apiList answers with the page (offset, limit) of the list find returns
// for the request's query, and the list's total.
func apiList[T any](find func(r *http.Request, p kroniek.Page) ([]T, int, error)) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		p, err := page(r)
		if err != nil {
			return err
		}
		items, total, err := find(r, p)
		if err != nil {
			return err
		}
		writeJSON(w, http.StatusOK, newList(items, total, p))
		return nil
	}
}

// apiStories lists the stories; the API lists every story unless asked
// to leave out one-article stories with all=0.
func (s *Server) apiStories(r *http.Request, _ kroniek.Page) ([]StorySummary, int, error) {
	sq, err := readStoryQuery(r)
	if err != nil {
		return nil, 0, err
	}
	if sq.All, err = boolParam(r, "all", true); err != nil {
		return nil, 0, err
	}
	list, total, _, err := s.findStories(r.Context(), sq)
	return list, total, err
}

// apiEntities lists the entities, by type, story or name.
func (s *Server) apiEntities(r *http.Request, p kroniek.Page) ([]*kroniek.Entity, int, error) {
	q := r.URL.Query()
	if t := q.Get("type"); t != "" && !oneOf(t, kroniek.PER, kroniek.ORG, kroniek.LOC, kroniek.MISC) {
		return nil, 0, kroniek.Errorf(kroniek.EINVALID, "unknown entity type %q: use PER, ORG, LOC or MISC", t)
	}
	return s.Store.Entities(r.Context(), kroniek.EntityFilter{Type: q.Get("type"), Story: q.Get("story"), Name: q.Get("name"), Page: p})
}

// apiArticles lists the articles, without their text.
func (s *Server) apiArticles(r *http.Request, p kroniek.Page) ([]*kroniek.Article, int, error) {
	q := r.URL.Query()
	f := kroniek.ArticleFilter{Story: q.Get("story"), Outlet: q.Get("outlet"), Lang: q.Get("lang"), Entity: q.Get("entity"), From: q.Get("from"), To: q.Get("to"), Page: p}
	if err := validDates(f.From, f.To); err != nil {
		return nil, 0, err
	}
	if f.Outlet != "" {
		var err error
		if f.Outlet, err = s.outletNamed(r.Context(), f.Outlet); err != nil {
			return nil, 0, err
		}
	}
	items, total, err := s.Store.Articles(r.Context(), f)
	return publicArticles(items), total, err
}

// apiEvents lists the events shown (Event.Shown), and the total counts
// those; all=1 lists and counts every event.
func (s *Server) apiEvents(r *http.Request, p kroniek.Page) ([]apiEvent, int, error) {
	q := r.URL.Query()
	f := kroniek.EventFilter{Article: q.Get("article"), Story: q.Get("story"), Type: q.Get("type"), Actor: q.Get("actor"), Recipient: q.Get("recipient"), From: q.Get("from"), To: q.Get("to"), Page: p}
	if err := validDates(f.From, f.To); err != nil {
		return nil, 0, err
	}
	if f.Type != "" && !validEventType(f.Type) {
		return nil, 0, unknownEventType(f.Type)
	}
	all, err := boolParam(r, "all", false)
	if err != nil {
		return nil, 0, err
	}
	f.Shown = !all
	items, total, err := s.Store.Events(r.Context(), f)
	out := make([]apiEvent, len(items))
	for i, e := range items {
		out[i] = apiEvent(e)
	}
	return out, total, err
}

// apiQuotes lists the quotes; a quotation of a copy is listed once.
func (s *Server) apiQuotes(r *http.Request, p kroniek.Page) ([]kroniek.Quote, int, error) {
	q := r.URL.Query()
	if k := q.Get("kind"); k != "" && !oneOf(k, kroniek.QuoteDirect, kroniek.QuoteIndirect, kroniek.QuoteTerm) {
		return nil, 0, kroniek.Errorf(kroniek.EINVALID, "unknown quote kind %q: use direct, indirect or term", k)
	}
	items, total, err := s.Store.Quotes(r.Context(), kroniek.QuoteFilter{Article: q.Get("article"), Speaker: q.Get("speaker"), Story: q.Get("story"), Kind: q.Get("kind"), Page: p})
	shown := quotesForDisplay(items)
	return shown, total - (len(items) - len(shown)), err
}

func (s *Server) handleAPISearch(w http.ResponseWriter, r *http.Request) error {
	sq, err := searchQuery(r)
	if err != nil {
		return err
	}
	res, alias, err := s.search(r.Context(), sq)
	if err != nil {
		return err
	}
	out := searchResponse{SearchResult: res, Offset: sq.Offset, Limit: sq.Limit}
	if alias != nil {
		out.Entity = &alias.ID
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// searchResponse is a page of search hits: the total, the page's offset
// and limit, as every list has, and the entity a query that named one
// was searched as (all its spellings), or null.
type searchResponse struct {
	*kroniek.SearchResult
	Offset int     `json:"offset"`
	Limit  int     `json:"limit"`
	Entity *string `json:"entity"`
}

// searchQuery reads a search from the query string.
func searchQuery(r *http.Request) (kroniek.SearchQuery, error) {
	p, err := page(r)
	if err != nil {
		return kroniek.SearchQuery{}, err
	}
	if r.URL.Query().Get("limit") == "" {
		p.Limit = 20
	}
	q := r.URL.Query()
	sq := kroniek.SearchQuery{Text: q.Get("q"), Entity: q.Get("entity"), Outlet: q.Get("outlet"), Lang: q.Get("lang"),
		Story: q.Get("story"), From: q.Get("from"), To: q.Get("to"), Event: q.Get("event"), Page: p}
	if len(sq.Text) > 500 {
		return sq, kroniek.Errorf(kroniek.EINVALID, "query too long (500 bytes at most)")
	}
	if err := validDates(sq.From, sq.To); err != nil {
		return sq, err
	}
	if sq.Event != "" && !validEventType(sq.Event) {
		return sq, unknownEventType(sq.Event)
	}
	return sq, nil
}

// unknownEventType is the error of an event type that is none, naming the
// PLOVER types, as the other parameters name their values.
func unknownEventType(t string) error {
	return kroniek.Errorf(kroniek.EINVALID, "unknown event type %q: use one of %s", t, strings.Join(kroniek.EventTypes, ", "))
}

func validEventType(t string) bool {
	for _, e := range kroniek.EventTypes {
		if e == t {
			return true
		}
	}
	return false
}

// boolParam reads a yes/no query parameter: 1 or true, 0 or false, else
// def when it is absent; any other value is an error, as for every
// parameter (all=maybe listed everything, all=0 on events every event).
func boolParam(r *http.Request, name string, def bool) (bool, error) {
	switch strings.ToLower(r.URL.Query().Get(name)) {
	case "":
		return def, nil
	case "1", "true":
		return true, nil
	case "0", "false":
		return false, nil
	}
	return false, kroniek.Errorf(kroniek.EINVALID, "%s must be 1 or 0 (true or false)", name)
}

// validDates checks YYYY, YYYY-MM or YYYY-MM-DD bounds, each a real
// date of the calendar (2019-02-30 and 2019-13 are refused); given two,
// a from and a to, the from must not lie after the to.
func validDates(ds ...string) error {
	for _, d := range ds {
		if d == "" {
			continue
		}
		layout, ok := dateLayouts[len(d)]
		if _, err := time.Parse(layout, d); !ok || err != nil {
			return kroniek.Errorf(kroniek.EINVALID, "date %q: use YYYY-MM-DD", d)
		}
	}
	if len(ds) == 2 {
		// A from after its to selects nothing: say so rather than list
		// what a swapped range would. A month or year bound covers its
		// days ("from=2019-03-08&to=2019-03" is March's end).
		from, to := ds[0], ds[1]
		if from != "" && to != "" && from > to && !strings.HasPrefix(from, to) {
			return kroniek.Errorf(kroniek.EINVALID, "from %s is after to %s", from, to)
		}
	}
	return nil
}

// dateLayouts are the layouts of a date bound by its length.
var dateLayouts = map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}
