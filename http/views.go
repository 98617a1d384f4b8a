package http

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/quote"
	"github.com/kroniek/kroniek/story"
)

// StoryView is a story with everything its page and API show.
type StoryView struct {
	*kroniek.Story
	ArticleList []*kroniek.Article `json:"article_list"`
	Quotes      []kroniek.Quote    `json:"quotes"`
	Events      eventList          `json:"events"`
	Entities    map[string]string  `json:"entity_names"` // id -> display name
	// FiguresDiffer holds the figures that the story's outlets give
	// differently for the same thing on the same day (story.Disputes).
	FiguresDiffer []story.FigureDispute `json:"figures_differ"`
}

// EntityView is an entity with its attention over time, co-occurring
// actors, quotes and events.
type EntityView struct {
	*kroniek.Entity
	PerDay   []DayCount                  `json:"per_day"`
	Related  []RelatedEntity             `json:"related"`
	Quotes   []kroniek.Quote             `json:"quotes"`
	Events   eventList                   `json:"events"`
	Articles map[string]*kroniek.Article `json:"-"`
	Names    map[string]string           `json:"entity_names"`
	// ArticleList holds the articles that mention the entity, oldest
	// first; Stories the stories it is an actor of.
	ArticleList []*kroniek.Article `json:"-"`
	Stories     []StorySummary     `json:"-"`
	// Generic is true for a generic actor ("generic:police@BY"): a group
	// the events name without a name of its own.
	Generic bool `json:"-"`
}

// Partner is one speaker of a joint quote as a page prints it: ID empty
// for a party the article only describes ("twee inspecties"); Before is
// what stands before its name in a list, "", ", " or " en ".
type Partner struct {
	ID     string
	Name   string
	Before string
}

// quotePartners returns every speaker of a joint quote in the order
// printed, each by its name in names when it has an id, else by its
// words, joined as a reader lists them ("A, B en C" with and "en").
func quotePartners(q kroniek.Quote, names map[string]string, and string) []Partner {
	all := []Partner{{ID: q.Speaker, Name: q.SpeakerText}}
	for _, c := range q.CoSpeakers {
		all = append(all, Partner{ID: c.ID, Name: c.Text})
	}
	out := all[:0]
	for _, p := range all {
		if n := names[p.ID]; p.ID != "" && n != "" {
			p.Name = n
		}
		if p.ID != "" || p.Name != "" {
			out = append(out, p)
		}
	}
	return joinPartners(out, and)
}

// joinPartners sets Before so that ps read "A", "A en B", "A, B en C".
func joinPartners(ps []Partner, and string) []Partner {
	for i := range ps {
		switch {
		case i == 0:
			ps[i].Before = ""
		case i == len(ps)-1:
			ps[i].Before = " " + and + " "
		default:
			ps[i].Before = ", "
		}
	}
	return ps
}

// Together returns the speakers of a joint quote other than the entity
// itself, so that its page shows the quote as said with them: on B's
// page "A en B zeggen …" reads "samen met A". Nil for a quote the entity
// said alone.
func (v *EntityView) Together(q kroniek.Quote, and string) []Partner {
	if len(q.CoSpeakers) == 0 {
		return nil
	}
	others := slices.DeleteFunc(quotePartners(q, v.Names, and), func(p Partner) bool {
		return v.Entity != nil && p.ID == v.ID
	})
	return joinPartners(others, and)
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
		Events  eventList         `json:"events"`
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

// DayCount is a number of mentions on one day (the store's entity
// timeline).
type DayCount = kroniek.DayCount

// RelatedEntity is an entity mentioned in the same articles (the store's
// co-actors).
type RelatedEntity = kroniek.CoActor

// maxRelated is how many co-occurring actors an entity's page shows.
const maxRelated = 15

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
	if st.Outlets == nil {
		st.Outlets = []string{} // a story of no known outlet lists none, not null
	}
	v := &StoryView{Story: st, Entities: map[string]string{}}
	if v.ArticleList, _, err = s.Store.Articles(ctx, kroniek.ArticleFilter{Story: id, Page: kroniek.Page{Limit: maxList}}); err != nil {
		return nil, err
	}
	v.ArticleList = publicArticles(v.ArticleList)
	byID, outletOf := map[string]*kroniek.Article{}, map[string]string{}
	for _, a := range v.ArticleList {
		byID[a.ID], outletOf[a.ID] = a, story.Outlet(a.Outlet, a.URL)
	}
	if v.FiguresDiffer, err = story.Disputes(st.Figures, outletOf, s.figureDates(ctx, byID)); err != nil {
		return nil, err
	}
	v.FiguresDiffer = orEmpty(v.FiguresDiffer)
	if v.Quotes, _, err = s.Store.Quotes(ctx, kroniek.QuoteFilter{Story: id, Page: kroniek.Page{Limit: maxList}}); err != nil {
		return nil, err
	}
	v.Quotes = quotesForDisplay(v.Quotes)
	if v.Events, _, err = s.Store.Events(ctx, kroniek.EventFilter{Story: id, Shown: true, Page: kroniek.Page{Limit: maxList}}); err != nil {
		return nil, err
	}
	v.Events = eventsForDisplay(v.Events)
	sortEvents(v.Events)
	ids := map[string]bool{}
	for _, q := range v.Quotes {
		for _, id := range q.SpeakerIDs() {
			ids[id] = true
		}
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
	v.Quotes = orEmpty(v.Quotes)
	v.Events = orEmpty(v.Events)
	return v, nil
}

// names fills names with the display names of the entity ids.
func (s *Server) names(ctx context.Context, ids map[string]bool, names map[string]string) error {
	for id := range ids {
		if id == "" || names[id] != "" {
			continue
		}
		if kroniek.IsGeneric(id) {
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
	role, country, _ := kroniek.ParseGeneric(id)
	if country == "" {
		return role
	}
	return role + " (" + country + ")"
}

func (s *Server) entityView(ctx context.Context, id string) (*EntityView, error) {
	if isGeneric(id) {
		return s.genericView(ctx, id)
	}
	e, err := s.Store.Entity(ctx, id)
	if err != nil {
		return nil, err
	}
	v := &EntityView{Entity: e, Articles: map[string]*kroniek.Article{}, Names: map[string]string{}}
	ids := make([]string, 0, len(e.Mentions))
	for _, m := range e.Mentions {
		ids = append(ids, m.Article)
	}
	slices.Sort(ids)
	arts, err := kroniek.ArticlesByID(ctx, s.Store, slices.Compact(ids))
	if err != nil {
		return nil, err
	}
	for _, a := range arts {
		v.Articles[a.ID] = a
	}
	// Attention per day and co-occurring actors: computed by the store.
	if v.PerDay, err = s.Store.EntityTimeline(ctx, id); err != nil {
		return nil, err
	}
	if v.Related, err = s.Store.CoActors(ctx, id, maxRelated); err != nil {
		return nil, err
	}
	if v.Quotes, _, err = s.Store.Quotes(ctx, kroniek.QuoteFilter{Speaker: id, Page: kroniek.Page{Limit: 200}}); err != nil {
		return nil, err
	}
	v.Quotes = quotesForDisplay(v.Quotes)
	as, _, err := s.Store.Events(ctx, kroniek.EventFilter{Actor: id, Shown: true, Page: kroniek.Page{Limit: 200}})
	if err != nil {
		return nil, err
	}
	rs, _, err := s.Store.Events(ctx, kroniek.EventFilter{Recipient: id, Shown: true, Page: kroniek.Page{Limit: 200}})
	if err != nil {
		return nil, err
	}
	v.Events = eventsForDisplay(append(as, rs...))
	sortEvents(v.Events)
	nameIDs := map[string]bool{}
	for _, ev := range v.Events {
		for _, a := range append(append([]string{}, ev.Actor...), ev.Recipient...) {
			nameIDs[a] = true
		}
	}
	for _, q := range v.Quotes {
		for _, sp := range q.SpeakerIDs() {
			nameIDs[sp] = true // a joint quote's other speakers
		}
	}
	v.Names[id] = e.Name
	if err := s.names(ctx, nameIDs, v.Names); err != nil {
		return nil, err
	}
	v.Quotes = orEmpty(v.Quotes)
	v.Events = orEmpty(v.Events)
	v.Related = orEmpty(v.Related)
	v.ArticleList = sortedArticles(v.Articles)
	stories, _, err := s.Store.Stories(ctx, kroniek.StoryFilter{Entity: id, Page: kroniek.Page{Limit: 200}})
	if err != nil {
		return nil, err
	}
	for _, st := range stories {
		v.Stories = append(v.Stories, summarize(st))
	}
	return v, nil
}

// genericView is the page of a generic actor: the events it takes part in
// and their articles.
func (s *Server) genericView(ctx context.Context, id string) (*EntityView, error) {
	as, _, err := s.Store.Events(ctx, kroniek.EventFilter{Actor: id, Page: kroniek.Page{Limit: maxList}})
	if err != nil {
		return nil, err
	}
	rs, _, err := s.Store.Events(ctx, kroniek.EventFilter{Recipient: id, Page: kroniek.Page{Limit: maxList}})
	if err != nil {
		return nil, err
	}
	if len(as)+len(rs) == 0 {
		return nil, kroniek.Errorf(kroniek.ENOTFOUND, "no events name %s", genericName(id))
	}
	v := &EntityView{Entity: &kroniek.Entity{ID: id, Name: genericName(id), Aliases: []string{}, Mentions: []kroniek.Mention{}},
		Articles: map[string]*kroniek.Article{}, Names: map[string]string{id: genericName(id)}, Generic: true,
		Quotes: []kroniek.Quote{}, Related: []RelatedEntity{}, PerDay: []DayCount{}}
	v.Events = eventsForDisplay(append(as, rs...))
	v.Count = len(v.Events)
	_, v.Country, _ = kroniek.ParseGeneric(id)
	var ids []string
	nameIDs := map[string]bool{}
	for _, ev := range v.Events {
		if v.Articles[ev.Article] == nil {
			v.Articles[ev.Article] = &kroniek.Article{ID: ev.Article}
			ids = append(ids, ev.Article)
		}
		for _, a := range append(append([]string{}, ev.Actor...), ev.Recipient...) {
			nameIDs[a] = true
		}
	}
	got, _, err := s.Store.Articles(ctx, kroniek.ArticleFilter{IDs: ids, Page: kroniek.Page{Limit: max(1, len(ids))}})
	if err != nil {
		return nil, err
	}
	perDay := map[string]int{}
	storyIDs := map[string]bool{}
	for _, a := range got {
		v.Articles[a.ID] = a
		if a.Story != "" && !storyIDs[a.Story] {
			storyIDs[a.Story] = true
			st, err := s.Store.Story(ctx, a.Story)
			if err == nil {
				v.Stories = append(v.Stories, summarize(st))
			} else if kroniek.ErrorCode(err) != kroniek.ENOTFOUND {
				return nil, err
			}
		}
	}
	for _, ev := range v.Events {
		if a := v.Articles[ev.Article]; a != nil && a.Published != "" {
			perDay[a.Published]++
		}
	}
	for d, n := range perDay {
		v.PerDay = append(v.PerDay, DayCount{Date: d, Count: n})
	}
	sort.Slice(v.PerDay, func(i, j int) bool { return v.PerDay[i].Date < v.PerDay[j].Date })
	sortEvents(v.Events)
	if err := s.names(ctx, nameIDs, v.Names); err != nil {
		return nil, err
	}
	v.ArticleList = sortedArticles(v.Articles)
	return v, nil
}

// quotesForDisplay returns the quotations of a list as they are shown
// (quote.ForDisplay), a quote of a title that the article's text gives as
// well once, from the text (kroniek.QuoteRepeat). qs is not modified.
func quotesForDisplay(qs []kroniek.Quote) []kroniek.Quote {
	return quote.ForDisplay(kroniek.WithoutTitleRepeats(qs))
}

// eventsForDisplay drops the reports of an event printed again word for
// word (a copy of an article, or a syndicated one, whose events event
// merging did not join): the same type, actors and recipients in the same
// sentence are shown once, the first time, as quote.ForDisplay shows a
// quotation once. es is not modified.
// An event of a title that an event of its article's text reports as well
// is shown once, from the text (kroniek.EventRepeat).
func eventsForDisplay(es []kroniek.Event) []kroniek.Event {
	seen := make(map[string]bool, len(es))
	out := make([]kroniek.Event, 0, len(es))
	for _, e := range kroniek.WithoutTitleRepeats(es) {
		k := strings.Join([]string{e.Type, strings.Join(e.Actor, ","), strings.Join(e.Recipient, ","), strings.Join(strings.Fields(e.Text), " ")}, "\x00")
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, e)
	}
	return out
}

// sortEvents puts dated events first, in date order; undated ones after.
func sortEvents(es []kroniek.Event) {
	sort.SliceStable(es, func(i, j int) bool {
		di, dj := es[i].Date, es[j].Date
		if (di == "") != (dj == "") {
			return dj == ""
		}
		return di < dj
	})
}

// sortedArticles lists the articles of m, oldest first, undated last.
func sortedArticles(m map[string]*kroniek.Article) []*kroniek.Article {
	out := make([]*kroniek.Article, 0, len(m))
	for _, a := range m {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool {
		pi, pj := out[i].Published, out[j].Published
		if (pi == "") != (pj == "") {
			return pj == ""
		}
		if pi != pj {
			return pi < pj
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// dateIn reports whether a publication date falls in [from, to]; a month
// or year date counts as in when its period overlaps.
func dateIn(d, from, to string) bool {
	if from == "" && to == "" {
		return true
	}
	return d != "" && inRange(d, d, from, to)
}

// between returns the story view restricted to the articles published in
// [from, to] and what they report; the view itself is left as it is.
func (v *StoryView) between(from, to string) *StoryView {
	if from == "" && to == "" {
		return v
	}
	out := *v
	st := *v.Story
	out.Story = &st
	in := map[string]bool{}
	out.ArticleList = nil
	for _, a := range v.ArticleList {
		if dateIn(a.Published, from, to) {
			in[a.ID] = true
			out.ArticleList = append(out.ArticleList, a)
		}
	}
	out.Quotes = []kroniek.Quote{}
	for _, q := range v.Quotes {
		if in[q.Article] {
			out.Quotes = append(out.Quotes, q)
		}
	}
	out.Events = []kroniek.Event{}
	for _, e := range v.Events {
		if in[e.Article] {
			out.Events = append(out.Events, e)
		}
	}
	st.Figures = nil
	for _, f := range v.Figures {
		if in[f.Article] {
			st.Figures = append(st.Figures, f)
		}
	}
	st.Timeline = nil
	for _, it := range v.Timeline {
		if dateIn(it.Date, from, to) {
			st.Timeline = append(st.Timeline, it)
		}
	}
	return &out
}

// articleInfo gives the outlet and date of the story's articles.
func (v *StoryView) articleInfo() articleInfo {
	by := map[string]*kroniek.Article{}
	for _, a := range v.ArticleList {
		by[a.ID] = a
	}
	return func(id string) (string, string) {
		if a := by[id]; a != nil {
			return a.Outlet, a.Published
		}
		return "", ""
	}
}

// between returns the entity view restricted to articles published in
// [from, to].
func (v *EntityView) between(from, to string) *EntityView {
	if from == "" && to == "" {
		return v
	}
	out := *v
	ok := func(article string) bool {
		a := v.Articles[article]
		return a != nil && dateIn(a.Published, from, to)
	}
	out.ArticleList = nil
	for _, a := range v.ArticleList {
		if ok(a.ID) {
			out.ArticleList = append(out.ArticleList, a)
		}
	}
	out.Quotes = []kroniek.Quote{}
	for _, q := range v.Quotes {
		if ok(q.Article) {
			out.Quotes = append(out.Quotes, q)
		}
	}
	out.Events = []kroniek.Event{}
	for _, e := range v.Events {
		if ok(e.Article) {
			out.Events = append(out.Events, e)
		}
	}
	out.PerDay = nil
	for _, d := range v.PerDay {
		if dateIn(d.Date, from, to) {
			out.PerDay = append(out.PerDay, d)
		}
	}
	out.Stories = nil
	for _, st := range v.Stories {
		if inRange(st.Start, st.End, from, to) {
			out.Stories = append(out.Stories, st)
		}
	}
	return &out
}

// publicArticles returns copies of as fit to show anyone: no server file
// path as the source (only its last element), a URL only when it is http
// or https.
func publicArticles(as []*kroniek.Article) []*kroniek.Article {
	out := make([]*kroniek.Article, len(as))
	for i, a := range as {
		out[i] = publicArticle(a)
	}
	return out
}

func publicArticle(a *kroniek.Article) *kroniek.Article {
	c := *a
	c.Source = publicSource(a.Source)
	c.URL = safeURL(a.URL)
	return &c
}

// publicSource keeps a URL source as it is and shortens a file path the
// user gave to its relative form; an absolute path becomes its base name.
func publicSource(src string) string {
	if strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://") || src == "" || src == "-" {
		return src
	}
	p := src
	line := ""
	if i := strings.LastIndexByte(src, ':'); i > 0 && allDigits(src[i+1:]) {
		p, line = src[:i], src[i:]
	}
	if filepath.IsAbs(p) || strings.HasPrefix(p, "~") {
		p = filepath.Base(p)
	}
	return p + line
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// safeURL returns u when it is an http or https URL, else "".
func safeURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return u
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
	v := &ArticleView{Article: publicArticle(a), Analysis: an, Names: map[string]string{}}
	ids := map[string]bool{}
	for _, m := range an.Mentions {
		ids[m.Entity] = true
	}
	for _, q := range an.Quotes {
		for _, id := range q.SpeakerIDs() {
			ids[id] = true
		}
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
