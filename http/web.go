package http

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/quote"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed assets
var assetsFS embed.FS

func assetFS() fs.FS {
	sub, _ := fs.Sub(assetsFS, "assets")
	return sub
}

// pages holds one parsed template set per page.
type pages struct {
	t map[string]*template.Template
}

func newPages() (*pages, error) {
	p := &pages{t: map[string]*template.Template{}}
	for _, name := range []string{"index", "story", "entity", "article", "search", "error"} {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("parse template %s: %w", name, err)
		}
		p.t[name] = t
	}
	return p, nil
}

// pageData is what every page template receives.
type pageData struct {
	Lang  string
	L     map[string]string
	Title string
	Path  string // the current path with query, for the language switch
	Query string
	Data  any
}

func (p *pages) render(w http.ResponseWriter, r *http.Request, status int, name, title string, data any) error {
	lang := language(r)
	if l := r.URL.Query().Get("ui"); l == "nl" || l == "en" {
		http.SetCookie(w, &http.Cookie{Name: "ui", Value: l, Path: "/", MaxAge: 365 * 24 * 3600, SameSite: http.SameSiteLaxMode, HttpOnly: true})
	}
	pd := pageData{Lang: lang, L: labels[lang], Title: title, Path: r.URL.Path, Query: r.URL.Query().Get("q"), Data: data}
	var buf bytes.Buffer
	if err := p.t[name].ExecuteTemplate(&buf, "layout.html", pd); err != nil {
		return fmt.Errorf("render %s: %w", name, err)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, err := w.Write(buf.Bytes())
	return err
}

func (p *pages) renderError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	if err := p.render(w, r, status, "error", http.StatusText(status), msg); err != nil {
		http.Error(w, http.StatusText(status), status)
	}
}

var funcs = template.FuncMap{
	"timeline":  timelineSVG,
	"attention": attentionSVG,
	"highlight": highlight,
	"value":     formatValue,
	"join":      strings.Join,
	"lower":     strings.ToLower,
	"short":     func(s string) string { return clipText(s, 120) },
	"add":       func(a, b int) int { return a + b },
	"query": func(base url.Values, key, value string) string {
		q := url.Values{}
		for k, v := range base {
			q[k] = append([]string(nil), v...)
		}
		if key != "offset" {
			q.Del("offset")
		}
		q.Set(key, value)
		return "?" + q.Encode()
	},
	"snippet": snippetHTML,
	"path":    url.PathEscape,
	"name": func(names map[string]string, id string) string {
		if n := names[id]; n != "" {
			return n
		}
		return id
	},
}

// formatValue prints a figure the Dutch way for readers: 1.300.000.000.
func formatValue(v float64) string {
	if v == float64(int64(v)) {
		s := strconv.FormatInt(int64(v), 10)
		var b strings.Builder
		for i, c := range s {
			if i > 0 && (len(s)-i)%3 == 0 && s[i-1] != '-' {
				b.WriteByte('.')
			}
			b.WriteRune(c)
		}
		return b.String()
	}
	return strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1)
}

// snippetHTML escapes a search snippet and marks its hits, which the
// store delimits with \x02 and \x03.
func snippetHTML(s string) template.HTML {
	esc := template.HTMLEscapeString(s)
	esc = strings.ReplaceAll(esc, "\x02", "<mark>")
	esc = strings.ReplaceAll(esc, "\x03", "</mark>")
	if strings.Count(esc, "<mark>") != strings.Count(esc, "</mark>") {
		esc = strings.NewReplacer("<mark>", "", "</mark>", "").Replace(esc)
	}
	return template.HTML(esc)
}

// indexData is the story list.
type indexData struct {
	Stories []*kroniek.Story
	Total   int
	Next    int
	Prev    int
	HasPrev bool
}

func (s *Server) handleIndex(w http.ResponseWriter, r *http.Request) error {
	p, err := page(r)
	if err != nil {
		return err
	}
	stories, total, err := s.Store.Stories(r.Context(), kroniek.StoryFilter{Page: p})
	if err != nil {
		return err
	}
	d := indexData{Stories: stories, Total: total, Prev: max(0, p.Offset-p.Limit), HasPrev: p.Offset > 0}
	if p.Offset+len(stories) < total {
		d.Next = p.Offset + p.Limit
	}
	return s.pages.render(w, r, http.StatusOK, "index", "kroniek", d)
}

// storyPage adds the charts and grouped quotes to a story view.
type storyPage struct {
	*StoryView
	Network  template.HTML
	BySpeak  []speakerQuotes
	Labels   map[string]string
	OutletOf map[string]string // article id -> outlet
}

type speakerQuotes struct {
	ID     string
	Name   string
	Quotes []kroniek.Quote
}

func (s *Server) handleStoryPage(w http.ResponseWriter, r *http.Request) error {
	v, err := s.storyView(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	sp := &storyPage{StoryView: v, Labels: map[string]string{}, OutletOf: map[string]string{}}
	sp.Network = networkSVG(v.Events, v.Entities, func(id string) string { return "/entities/" + url.PathEscape(id) })
	for _, a := range v.ArticleList {
		sp.Labels[a.ID] = articleLabel(a)
		sp.OutletOf[a.ID] = a.Outlet
	}
	groups := map[string]*speakerQuotes{}
	var order []string
	for _, q := range quote.ForDisplay(v.Quotes) {
		if q.Kind == kroniek.QuoteTerm {
			continue
		}
		key := q.Speaker
		name := v.Entities[q.Speaker]
		if key == "" {
			key, name = "text:"+q.SpeakerText, q.SpeakerText
		}
		if name == "" {
			name = quote.UnknownSpeaker
		}
		if groups[key] == nil {
			groups[key] = &speakerQuotes{ID: q.Speaker, Name: name}
			order = append(order, key)
		}
		groups[key].Quotes = append(groups[key].Quotes, q)
	}
	sort.SliceStable(order, func(i, j int) bool {
		if ai, aj := quote.Attributed(groups[order[i]].Quotes[0]), quote.Attributed(groups[order[j]].Quotes[0]); ai != aj {
			return ai // unknown speakers last
		}
		return len(groups[order[i]].Quotes) > len(groups[order[j]].Quotes)
	})
	for _, k := range order {
		sp.BySpeak = append(sp.BySpeak, *groups[k])
	}
	return s.pages.render(w, r, http.StatusOK, "story", v.Title, sp)
}

// articleLabel is how an article is named in lists: its title, else its
// outlet and date, else its id.
func articleLabel(a *kroniek.Article) string {
	if a.Title != "" {
		return a.Title
	}
	parts := []string{}
	if a.Outlet != "" {
		parts = append(parts, a.Outlet)
	}
	if a.Published != "" {
		parts = append(parts, a.Published)
	}
	if len(parts) == 0 {
		return a.ID
	}
	return strings.Join(parts, " · ") + " · " + clipText(a.Text, 60)
}

func (s *Server) handleEntityPage(w http.ResponseWriter, r *http.Request) error {
	v, err := s.entityView(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	return s.pages.render(w, r, http.StatusOK, "entity", v.Name, v)
}

func (s *Server) handleArticlePage(w http.ResponseWriter, r *http.Request) error {
	v, err := s.articleView(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	return s.pages.render(w, r, http.StatusOK, "article", articleLabel(v.Article), v)
}

// searchPage is a search with its results and facets.
type searchPage struct {
	Q       kroniek.SearchQuery
	Params  url.Values
	Result  *kroniek.SearchResult
	Types   []string
	Next    int
	HasNext bool
}

func (s *Server) handleSearchPage(w http.ResponseWriter, r *http.Request) error {
	sq, err := searchQuery(r)
	if err != nil {
		return err
	}
	d := searchPage{Q: sq, Params: r.URL.Query(), Types: kroniek.EventTypes}
	d.Params.Del("ui")
	if sq.Text != "" || sq.Entity != "" || sq.Outlet != "" || sq.Story != "" || sq.Event != "" || sq.Lang != "" || sq.From != "" || sq.To != "" {
		if d.Result, err = s.Store.Search(r.Context(), sq); err != nil {
			return err
		}
		if sq.Offset+len(d.Result.Hits) < d.Result.Total {
			d.Next, d.HasNext = sq.Offset+sq.Limit, true
		}
	}
	return s.pages.render(w, r, http.StatusOK, "search", "Search", d)
}
