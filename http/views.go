package http

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/kroniek/kroniek"
)

// StoryView is a story with everything its page and API show.
type StoryView struct {
	*kroniek.Story
	ArticleList []*kroniek.Article `json:"article_list"`
	Quotes      []kroniek.Quote    `json:"quotes"`
	Events      []kroniek.Event    `json:"events"`
	Entities    map[string]string  `json:"entity_names"` // id -> display name
}

// EntityView is an entity with its attention over time, co-occurring
// actors, quotes and events.
type EntityView struct {
	*kroniek.Entity
	PerDay   []DayCount                  `json:"per_day"`
	Related  []RelatedEntity             `json:"related"`
	Quotes   []kroniek.Quote             `json:"quotes"`
	Events   []kroniek.Event             `json:"events"`
	Articles map[string]*kroniek.Article `json:"-"`
	Names    map[string]string           `json:"entity_names"`
}

// MarshalJSON writes the entity's own fields (kroniek.Entity has a
// marshaler of its own, which embedding would otherwise promote) and the
// view's.
func (v *EntityView) MarshalJSON() ([]byte, error) {
	base, err := json.Marshal(v.Entity)
	if err != nil {
		return nil, err
	}
	more, err := json.Marshal(struct {
		PerDay  []DayCount        `json:"per_day"`
		Related []RelatedEntity   `json:"related"`
		Quotes  []kroniek.Quote   `json:"quotes"`
		Events  []kroniek.Event   `json:"events"`
		Names   map[string]string `json:"entity_names"`
	}{v.PerDay, v.Related, v.Quotes, v.Events, v.Names})
	if err != nil {
		return nil, err
	}
	if len(base) < 2 || len(more) < 2 {
		return nil, fmt.Errorf("marshal entity view: unexpected JSON")
	}
	out := append(base[:len(base)-1:len(base)-1], ',')
	return append(out, more[1:]...), nil
}

// DayCount is a number of mentions on one day.
type DayCount struct {
	Date  string `json:"date"`
	Count int    `json:"count"`
}

// RelatedEntity is an entity mentioned in the same articles.
type RelatedEntity struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Type     string `json:"type"`
	Articles int    `json:"articles"`
}

// ArticleView is an article with its analysis.
type ArticleView struct {
	*kroniek.Article
	Analysis *kroniek.Analysis `json:"analysis"`
	Names    map[string]string `json:"entity_names"`
}

// maxList bounds the items fetched for one page.
const maxList = 500

func (s *Server) storyView(ctx context.Context, id string) (*StoryView, error) {
	st, err := s.Store.Story(ctx, id)
	if err != nil {
		return nil, err
	}
	v := &StoryView{Story: st, Entities: map[string]string{}}
	if v.ArticleList, _, err = s.Store.Articles(ctx, kroniek.ArticleFilter{Story: id, Page: kroniek.Page{Limit: maxList}}); err != nil {
		return nil, err
	}
	if v.Quotes, _, err = s.Store.Quotes(ctx, kroniek.QuoteFilter{Story: id, Page: kroniek.Page{Limit: maxList}}); err != nil {
		return nil, err
	}
	if v.Events, _, err = s.Store.Events(ctx, kroniek.EventFilter{Story: id, Page: kroniek.Page{Limit: maxList}}); err != nil {
		return nil, err
	}
	v.Events = shownEvents(v.Events)
	ids := map[string]bool{}
	for _, q := range v.Quotes {
		ids[q.Speaker] = true
	}
	for _, e := range v.Events {
		for _, a := range append(append([]string{}, e.Actor...), e.Recipient...) {
			ids[a] = true
		}
	}
	for _, a := range st.Actors {
		v.Entities[a.Entity] = a.Name
	}
	if err := s.names(ctx, ids, v.Entities); err != nil {
		return nil, err
	}
	if v.Quotes == nil {
		v.Quotes = []kroniek.Quote{}
	}
	if v.Events == nil {
		v.Events = []kroniek.Event{}
	}
	return v, nil
}

// names fills names with the display names of the entity ids.
func (s *Server) names(ctx context.Context, ids map[string]bool, names map[string]string) error {
	for id := range ids {
		if id == "" || names[id] != "" {
			continue
		}
		if len(id) > 8 && id[:8] == "generic:" {
			names[id] = genericName(id)
			continue
		}
		e, err := s.Store.Entity(ctx, id)
		if kroniek.ErrorCode(err) == kroniek.ENOTFOUND {
			continue
		} else if err != nil {
			return err
		}
		names[id] = e.Name
	}
	return nil
}

// genericName turns "generic:police@BY" into "police (BY)".
func genericName(id string) string {
	s := id[len("generic:"):]
	for i := 0; i < len(s); i++ {
		if s[i] == '@' {
			return s[:i] + " (" + s[i+1:] + ")"
		}
	}
	return s
}

func (s *Server) entityView(ctx context.Context, id string) (*EntityView, error) {
	e, err := s.Store.Entity(ctx, id)
	if err != nil {
		return nil, err
	}
	v := &EntityView{Entity: e, Articles: map[string]*kroniek.Article{}, Names: map[string]string{}}
	var ids []string
	seen := map[string]bool{}
	for _, m := range e.Mentions {
		if !seen[m.Article] {
			seen[m.Article] = true
			ids = append(ids, m.Article)
		}
	}
	sort.Strings(ids)
	for start := 0; start < len(ids); start += maxList {
		chunk := ids[start:min(len(ids), start+maxList)]
		as, _, err := s.Store.Articles(ctx, kroniek.ArticleFilter{IDs: chunk, Page: kroniek.Page{Limit: len(chunk)}})
		if err != nil {
			return nil, err
		}
		for _, a := range as {
			v.Articles[a.ID] = a
		}
	}
	perDay := map[string]int{}
	for _, m := range e.Mentions {
		if a := v.Articles[m.Article]; a != nil && a.Published != "" {
			perDay[a.Published]++
		}
	}
	for d, n := range perDay {
		v.PerDay = append(v.PerDay, DayCount{Date: d, Count: n})
	}
	sort.Slice(v.PerDay, func(i, j int) bool { return v.PerDay[i].Date < v.PerDay[j].Date })

	// Co-occurring actors: entities mentioned in the same articles.
	if len(ids) > maxList {
		ids = ids[:maxList]
	}
	ans, err := s.Store.Analyses(ctx, ids)
	if err != nil {
		return nil, err
	}
	co := map[string]int{}
	for _, an := range ans {
		here := map[string]bool{}
		for _, m := range an.Mentions {
			if m.Entity != "" && m.Entity != id {
				here[m.Entity] = true
			}
		}
		for other := range here {
			co[other]++
		}
	}
	type kv struct {
		id string
		n  int
	}
	var top []kv
	for k, n := range co {
		top = append(top, kv{k, n})
	}
	sort.Slice(top, func(i, j int) bool {
		if top[i].n != top[j].n {
			return top[i].n > top[j].n
		}
		return top[i].id < top[j].id
	})
	for i, t := range top {
		if i == 15 {
			break
		}
		o, err := s.Store.Entity(ctx, t.id)
		if kroniek.ErrorCode(err) == kroniek.ENOTFOUND {
			continue
		} else if err != nil {
			return nil, err
		}
		v.Related = append(v.Related, RelatedEntity{ID: o.ID, Name: o.Name, Type: o.Type, Articles: t.n})
	}
	if v.Quotes, _, err = s.Store.Quotes(ctx, kroniek.QuoteFilter{Speaker: id, Page: kroniek.Page{Limit: 200}}); err != nil {
		return nil, err
	}
	as, _, err := s.Store.Events(ctx, kroniek.EventFilter{Actor: id, Page: kroniek.Page{Limit: 200}})
	if err != nil {
		return nil, err
	}
	rs, _, err := s.Store.Events(ctx, kroniek.EventFilter{Recipient: id, Page: kroniek.Page{Limit: 200}})
	if err != nil {
		return nil, err
	}
	v.Events = shownEvents(append(as, rs...))
	// Dated events first, in date order; undated ones after.
	sort.SliceStable(v.Events, func(i, j int) bool {
		di, dj := v.Events[i].Date, v.Events[j].Date
		if (di == "") != (dj == "") {
			return dj == ""
		}
		return di < dj
	})
	nameIDs := map[string]bool{}
	for _, ev := range v.Events {
		for _, a := range append(append([]string{}, ev.Actor...), ev.Recipient...) {
			nameIDs[a] = true
		}
	}
	v.Names[id] = e.Name
	if err := s.names(ctx, nameIDs, v.Names); err != nil {
		return nil, err
	}
	if v.Quotes == nil {
		v.Quotes = []kroniek.Quote{}
	}
	if v.Events == nil {
		v.Events = []kroniek.Event{}
	}
	if v.Related == nil {
		v.Related = []RelatedEntity{}
	}
	return v, nil
}

func (s *Server) articleView(ctx context.Context, id string) (*ArticleView, error) {
	a, err := s.Store.Article(ctx, id)
	if err != nil {
		return nil, err
	}
	an, err := s.Store.Analysis(ctx, id)
	if kroniek.ErrorCode(err) == kroniek.ENOTFOUND {
		an = &kroniek.Analysis{Article: id}
	} else if err != nil {
		return nil, err
	}
	v := &ArticleView{Article: a, Analysis: an, Names: map[string]string{}}
	ids := map[string]bool{}
	for _, m := range an.Mentions {
		ids[m.Entity] = true
	}
	for _, q := range an.Quotes {
		ids[q.Speaker] = true
	}
	for _, e := range an.Events {
		for _, x := range append(append([]string{}, e.Actor...), e.Recipient...) {
			ids[x] = true
		}
	}
	if err := s.names(ctx, ids, v.Names); err != nil {
		return nil, err
	}
	return v, nil
}

// shownEvents keeps the events shown by default (kroniek.Event.Shown); the
// export and the API with all=1 have every event.
func shownEvents(evs []kroniek.Event) []kroniek.Event {
	out := evs[:0:0]
	for _, e := range evs {
		if e.Shown {
			out = append(out, e)
		}
	}
	return out
}
