package http

import (
	"net/http"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/quote"
)

func (s *Server) handleAPIStories(w http.ResponseWriter, r *http.Request) error {
	p, err := page(r)
	if err != nil {
		return err
	}
	sq, err := readStoryQuery(r)
	if err != nil {
		return err
	}
	// The API lists every story unless asked to leave out one-article
	// stories with all=0.
	sq.All = r.URL.Query().Get("all") != "0"
	items, total, err := s.findStories(r.Context(), sq)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, newList(items, total, p))
	return nil
}

func (s *Server) handleAPIStory(w http.ResponseWriter, r *http.Request) error {
	v, err := s.storyView(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, v)
	return nil
}

func (s *Server) handleAPIEntities(w http.ResponseWriter, r *http.Request) error {
	p, err := page(r)
	if err != nil {
		return err
	}
	q := r.URL.Query()
	if t := q.Get("type"); t != "" && !oneOf(t, kroniek.PER, kroniek.ORG, kroniek.LOC, kroniek.MISC) {
		return kroniek.Errorf(kroniek.EINVALID, "unknown entity type %q: use PER, ORG, LOC or MISC", t)
	}
	items, total, err := s.Store.Entities(r.Context(), kroniek.EntityFilter{Type: q.Get("type"), Story: q.Get("story"), Name: q.Get("name"), Page: p})
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, newList(items, total, p))
	return nil
}

func (s *Server) handleAPIEntity(w http.ResponseWriter, r *http.Request) error {
	v, err := s.entityView(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, v)
	return nil
}

func (s *Server) handleAPIArticles(w http.ResponseWriter, r *http.Request) error {
	p, err := page(r)
	if err != nil {
		return err
	}
	q := r.URL.Query()
	f := kroniek.ArticleFilter{Story: q.Get("story"), Outlet: q.Get("outlet"), Lang: q.Get("lang"), Entity: q.Get("entity"), From: q.Get("from"), To: q.Get("to"), Page: p}
	if err := validDates(f.From, f.To); err != nil {
		return err
	}
	items, total, err := s.Store.Articles(r.Context(), f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, newList(publicArticles(items), total, p))
	return nil
}

func (s *Server) handleAPIArticle(w http.ResponseWriter, r *http.Request) error {
	v, err := s.articleView(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, v)
	return nil
}

func (s *Server) handleAPIEvents(w http.ResponseWriter, r *http.Request) error {
	p, err := page(r)
	if err != nil {
		return err
	}
	q := r.URL.Query()
	f := kroniek.EventFilter{Article: q.Get("article"), Story: q.Get("story"), Type: q.Get("type"), Actor: q.Get("actor"), Recipient: q.Get("recipient"), From: q.Get("from"), To: q.Get("to"), Page: p}
	if err := validDates(f.From, f.To); err != nil {
		return err
	}
	if f.Type != "" && !validEventType(f.Type) {
		return kroniek.Errorf(kroniek.EINVALID, "unknown event type %q", f.Type)
	}
	// By default the events shown (Event.Shown), and the total counts
	// those; all=1 lists and counts every event.
	f.Shown = q.Get("all") == ""
	items, total, err := s.Store.Events(r.Context(), f)
	if err != nil {
		return err
	}
	l := newList(items, total, p)
	writeJSON(w, http.StatusOK, struct {
		list[kroniek.Event]
		Items eventList `json:"items"`
	}{l, l.Items})
	return nil
}

func (s *Server) handleAPIQuotes(w http.ResponseWriter, r *http.Request) error {
	p, err := page(r)
	if err != nil {
		return err
	}
	q := r.URL.Query()
	if k := q.Get("kind"); k != "" && !oneOf(k, kroniek.QuoteDirect, kroniek.QuoteIndirect, kroniek.QuoteTerm) {
		return kroniek.Errorf(kroniek.EINVALID, "unknown quote kind %q: use direct, indirect or term", k)
	}
	items, total, err := s.Store.Quotes(r.Context(), kroniek.QuoteFilter{Article: q.Get("article"), Speaker: q.Get("speaker"), Story: q.Get("story"), Kind: q.Get("kind"), Page: p})
	if err != nil {
		return err
	}
	shown := quote.ForDisplay(items) // a quotation of a copy is listed once
	total -= len(items) - len(shown)
	items = shown
	writeJSON(w, http.StatusOK, newList(items, total, p))
	return nil
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
		return sq, kroniek.Errorf(kroniek.EINVALID, "unknown event type %q", sq.Event)
	}
	return sq, nil
}

func validEventType(t string) bool {
	for _, e := range kroniek.EventTypes {
		if e == t {
			return true
		}
	}
	return false
}

// validDates checks YYYY, YYYY-MM or YYYY-MM-DD bounds.
func validDates(ds ...string) error {
	for _, d := range ds {
		if d == "" {
			continue
		}
		ok := len(d) == 4 || len(d) == 7 || len(d) == 10
		for i, c := range d {
			if (i == 4 || i == 7) && c != '-' || (i != 4 && i != 7) && (c < '0' || c > '9') {
				ok = false
			}
		}
		if !ok {
			return kroniek.Errorf(kroniek.EINVALID, "date %q: use YYYY-MM-DD", d)
		}
	}
	return nil
}
