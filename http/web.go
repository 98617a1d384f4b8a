package http

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/searchtext"
	"github.com/kroniek/kroniek/story"
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
	for _, name := range []string{"index", "story", "entity", "article", "search", "since", "error"} {
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
	Path  string // the current path, for the navigation
	// LangNL and LangEN are the current page, query kept, in each language.
	LangNL, LangEN string
	Query          string
	Data           any
}

// switchLanguage returns the current URL with the UI language set to lang,
// keeping the path, the query and the filters.
func switchLanguage(r *http.Request, lang string) string {
	q := r.URL.Query()
	q.Set("ui", lang)
	return r.URL.Path + "?" + q.Encode()
}

func (p *pages) render(w http.ResponseWriter, r *http.Request, status int, name, title string, data any) error {
	lang := language(r)
	if l := r.URL.Query().Get("ui"); l == "nl" || l == "en" {
		http.SetCookie(w, &http.Cookie{Name: "ui", Value: l, Path: "/", MaxAge: 365 * 24 * 3600, SameSite: http.SameSiteLaxMode, HttpOnly: true})
	}
	pd := pageData{Lang: lang, L: labels[lang], Title: title, Path: r.URL.Path, Query: r.URL.Query().Get("q"), Data: data,
		LangNL: switchLanguage(r, "nl"), LangEN: switchLanguage(r, "en")}
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
	"timeline":       timelineOf,
	"attention":      attentionSVG,
	"highlight":      highlight,
	"highlightTitle": highlightTitle,
	"value":          localValue,
	"restated":       restated,
	"join":           strings.Join,
	"lower":          strings.ToLower,
	"short":          func(s string) string { return clipText(s, 120) },
	// index_or is index on a string list that gives "" out of range.
	"index_or": func(list []string, i int) string {
		if i < 0 || i >= len(list) {
			return ""
		}
		return list[i]
	},
	"add": func(a, b int) int { return a + b },
	// period writes a story's dates, each on one line: a date must not
	// break at its hyphens on a phone ("2019-03-" / "27").
	"period": func(start, end string) template.HTML {
		h := `<span class="nowrap">` + template.HTMLEscapeString(start) + `</span>`
		if end != "" && end != start {
			h += ` … <span class="nowrap">` + template.HTMLEscapeString(end) + `</span>`
		}
		return template.HTML(h)
	},
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
	// ename names an entity or generic actor in the page language.
	"ename": func(L map[string]string, names map[string]string, id string) string {
		if isGeneric(id) {
			return genericLabel(L, id)
		}
		if n := names[id]; n != "" {
			return n
		}
		return id
	},
	"term": term,
	// modifier names a figure's modifier ("meer dan") in the page language.
	"modifier": modifier,
	// langName names a language by its code ("nl"), or the undetermined
	// one (und) in words: "onbepaald".
	"langName": langName,
	// date writes a week, season, decade or century for a reader
	// ("week 13 van 2019"), other dates as they are.
	"date": dateLabel,
	// genre names an article genre (news, column, …) in the page language.
	"genre": func(L map[string]string, g string) string {
		if t := L["genre_"+g]; t != "" {
			return t
		}
		return g
	},
	// headline is the start of a text without a title: its first line,
	// at most 90 characters.
	"headline": headline,
	// lines splits a removed block into its lines, shown one under the
	// other (a teaser's title and lead ran together as one sentence).
	"lines": func(s string) []string { return strings.Split(strings.TrimSpace(s), "\n") },
	"split": strings.Fields,
	// evidence links to an article scrolled to and marking [start, end)
	// of its text, or of its title when field is kroniek.FieldTitle.
	"evidence": evidenceLink,
	// count says "1 artikel" or "3 artikelen".
	"count": func(L map[string]string, n int, one, many string) string {
		if n == 1 {
			return "1 " + L[one]
		}
		return strconv.Itoa(n) + " " + L[many]
	},
	"outlet": outletName,
}

// evidenceLink links to an article scrolled to and marking [start, end)
// of its text, or of its title when field is kroniek.FieldTitle
// (?hl=title:START-END).
func evidenceLink(article, field string, start, end int) string {
	if end <= start {
		return "/articles/" + url.PathEscape(article)
	}
	prefix := ""
	if field == kroniek.FieldTitle {
		prefix = titleEvidence
	}
	return fmt.Sprintf("/articles/%s?hl=%s%d-%d#evidence", url.PathEscape(article), prefix, start, end)
}

// sourceLabel names an article in a source link: "NOS 2020-09-14", or
// for an article of no known outlet "geen medium genoemd 2020-09", as
// the story's heading, article list and the entity page name it (the
// story page's links alone said "onbekend 2020-09", an unknown what).
// Never by its id standing in for an outlet.
func sourceLabel(L map[string]string, a *kroniek.Article) string {
	return strings.TrimSpace(outletName(L, a.Outlet) + " " + a.Published)
}

// langName is a language's code as the pages show it ("nl", "en"), or
// for und, the code of a text whose language is not known (too short, or
// empty), "onbepaald" / "undetermined": readers do not know ISO 639's
// "und".
func langName(L map[string]string, code string) string {
	if code == "" || code == "und" {
		return L["lang_und"]
	}
	return code
}

// outletName is an outlet's name, or for an article of none (and the
// search facet's kroniek.NoOutlet) "geen medium genoemd" in the page
// language, as the article page heads it.
func outletName(L map[string]string, o string) string {
	if o == "" || o == kroniek.NoOutlet {
		return L["no_outlet"]
	}
	return o
}

// localValue prints a figure the way the page language L writes numbers:
// 4.500.000 and 2,5 on a Dutch page, 4,500,000 and 2.5 on an English one.
func localValue(L map[string]string, v float64) string {
	s := formatValue(v)
	if L["lang"] == "nl" {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '.':
			return ','
		case ',':
			return '.'
		}
		return r
	}, s)
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
// store delimits with \x02 and \x03. Hits with only a space between
// them are one mark: a phrase ("Den Haag") reads as one, not as two
// boxes.
func snippetHTML(s string) template.HTML {
	esc := template.HTMLEscapeString(strings.ReplaceAll(s, "\x03 \x02", " "))
	esc = strings.ReplaceAll(esc, "\x02", "<mark>")
	esc = strings.ReplaceAll(esc, "\x03", "</mark>")
	if strings.Count(esc, "<mark>") != strings.Count(esc, "</mark>") {
		esc = strings.NewReplacer("<mark>", "", "</mark>", "").Replace(esc)
	}
	return template.HTML(esc)
}

// numberArticles names the articles of a story of no known source by
// their number in its list, "[3] 2020-09-15", as the report cites them,
// instead of a link "unknown 2020-09-15" (or a bare "unknown") repeated
// under every claim. An article with a URL names its site: nothing to do.
func numberArticles(sp *storyPage, arts []*kroniek.Article) {
	for _, a := range arts {
		if story.Outlet(a.Outlet, a.URL) != "" {
			return
		}
	}
	sp.Num = make(map[string]string, len(arts))
	for i, a := range arts {
		n := fmt.Sprintf("[%d]", i+1)
		sp.Num[a.ID] = n
		sp.Src[a.ID] = strings.TrimSpace(n + " " + a.Published)
	}
}

// storyPage adds the charts and grouped quotes to a story view.
type storyPage struct {
	*StoryView
	Network template.HTML
	// NetworkList is the network as a list, shown on a phone instead.
	NetworkList template.HTML
	BySpeak     []speakerQuotes
	Labels      map[string]string
	OutletOf    map[string]string // article id -> outlet
	// Src names each article as a source link does: its outlet (or
	// "unknown") and date.
	Src map[string]string
	// Num numbers the articles of a story none of whose articles names
	// its source ("[1]"), as the report does; nil otherwise.
	Num map[string]string
	// OutletNames are the outlets of the story's articles ("" for
	// articles of no known outlet; none when no article names one),
	// Sources the comparison rows.
	OutletNames []string
	SourceCount int // story.SourceCount, else len(OutletNames)
	SourceRows  []sourceRow
	FirstSource *sourceRow
	Disagree    []story.FigureDispute
	DateForm
	Download map[string]string // part -> query suffix
}

// DateForm is the date range form of the story and entity pages: the
// range asked for and the filters it sets.
type DateForm struct {
	L        map[string]string
	From, To string
	Filters  []activeFilter
}

// newDateForm is the form of the range from, to of the request r.
func newDateForm(r *http.Request, L map[string]string, from, to string) DateForm {
	return DateForm{L: L, From: from, To: to, Filters: activeFilters(r, L, nil, "from", "to")}
}

// dateRange reads the from and to of the query, checked.
func dateRange(r *http.Request) (from, to string, err error) {
	from, to = r.URL.Query().Get("from"), r.URL.Query().Get("to")
	return from, to, validDates(from, to)
}

// sourceRow is one outlet in the source comparison.
type sourceRow struct {
	kroniek.SourceView
	Name     string // outlet name, or "" when unknown
	Articles []*kroniek.Article
	// Spelled is the row's part of the story's naming view
	// (story.Namings): the spellings this source uses.
	Spelled []story.EntitySpelling
}

// HasNaming reports whether some source row spells an entity its own
// way; the comparison's "Naming" column is shown only then (two outlets
// that both write "Den Haag" leave it empty on every row).
func (sp *storyPage) HasNaming() bool {
	return slices.ContainsFunc(sp.SourceRows, func(r sourceRow) bool { return len(r.Spelled) > 0 })
}

// HasUnique reports whether some source row reports a fact the others
// lack; the comparison's "Only here" column is shown only then.
func (sp *storyPage) HasUnique() bool {
	return slices.ContainsFunc(sp.SourceRows, func(r sourceRow) bool { return len(r.Unique) > 0 })
}

// mergeSources makes one row of the rows of unknown outlets: their
// articles, earliest date, unique facts and every spelling they use.
func mergeSources(rows []sourceRow) sourceRow {
	var m sourceRow
	at := map[string]int{} // entity -> index in m.Spelled
	for _, r := range rows {
		m.SourceView.Articles = append(m.SourceView.Articles, r.SourceView.Articles...)
		m.Articles = append(m.Articles, r.Articles...)
		if r.First != "" && (m.First == "" || r.First < m.First) {
			m.First = r.First
		}
		m.Unique = append(m.Unique, r.Unique...)
		for _, sp := range r.Spelled {
			i, ok := at[sp.Entity]
			switch {
			case !ok:
				at[sp.Entity] = len(m.Spelled)
				m.Spelled = append(m.Spelled, sp)
			case !slices.Contains(strings.Split(m.Spelled[i].Text, " / "), sp.Text):
				m.Spelled[i].Text += " / " + sp.Text
			}
		}
	}
	sort.SliceStable(m.Spelled, func(i, j int) bool { return m.Spelled[i].Entity < m.Spelled[j].Entity })
	return m
}

type speakerQuotes struct {
	ID   string
	Name string
	// Parts are the speakers of a joint group ("A en B"), each linked to
	// its own page; nil for one speaker.
	Parts  []Partner
	Quotes []kroniek.Quote
	// More are the speaker's quotes after the first speakerShown, folded
	// away on the page.
	More []kroniek.Quote
}

// foldOver is how many items (rows, quotes, cards, articles) a section
// of a story page shows open; a longer one is folded under its heading
// and count, so a phone first shows the story's outline: one story's
// quotes, timeline, events and sources made its page 15,700 px long at
// 390 px. The first sections are that outline (the summary and the
// actors, never folded; the sub-stories and the timeline, folded only
// when very long); those past them fold sooner. On a wide screen
// assets/fold.js opens every section (each stays foldable).
var foldOver = map[string]int{
	"substories": 6, "timeline": 20, "quotes": 6, "figures": 6, "events": 6, "sources": 4, "articles": 10,
}

// Count is the number of items of a section of the story page: the sub
// stories, timeline rows (background included), quotes, figures, events,
// source rows or articles.
func (sp *storyPage) Count(section string) int {
	switch section {
	case "substories":
		return len(sp.SubStories)
	case "timeline":
		return len(sp.Timeline) + len(sp.Background)
	case "quotes":
		n := 0
		for _, g := range sp.BySpeak {
			n += len(g.Quotes) + len(g.More)
		}
		return n
	case "figures":
		return len(sp.Figures)
	case "events":
		return len(sp.Events)
	case "sources":
		return len(sp.SourceRows)
	case "articles":
		return len(sp.ArticleList)
	}
	return 0
}

// CopyCount is how many of the story's listed articles are copies of
// another, so that the page's head ("1 article + 1 copy") agrees with
// its article list.
func (sp *storyPage) CopyCount() int {
	n := 0
	for _, a := range sp.ArticleList {
		if a.DuplicateOf != "" {
			n++
		}
	}
	return n
}

// Open tells whether a section of the story page is short enough to be
// shown open (see foldOver).
func (sp *storyPage) Open(section string) bool { return sp.Count(section) <= foldOver[section] }

// speakerShown is how many of a speaker's quotes a story page shows
// before it folds the rest away: one speaker's forty quotes made a story
// page 16,800 px long on a phone.
const speakerShown = 5

// storyBetween returns the view of the story the path's {id} names,
// limited to the dates from and to of the query.
func (s *Server) storyBetween(r *http.Request) (v *StoryView, from, to string, err error) {
	if v, err = s.storyView(r.Context(), r.PathValue("id")); err != nil {
		return nil, "", "", err
	}
	if from, to, err = dateRange(r); err != nil {
		return nil, "", "", err
	}
	return v.between(from, to), from, to, nil
}

func (s *Server) handleStoryPage(w http.ResponseWriter, r *http.Request) error {
	v, from, to, err := s.storyBetween(r)
	if err != nil {
		return err
	}
	L := labels[language(r)]
	sp := &storyPage{StoryView: v, Labels: map[string]string{}, OutletOf: map[string]string{}, Src: map[string]string{},
		DateForm: newDateForm(r, L, from, to), Download: map[string]string{}}
	if from != "" || to != "" {
		q := url.Values{}
		for k, val := range map[string]string{"from": from, "to": to} {
			if val != "" {
				q.Set(k, val)
			}
		}
		sp.Download["q"] = "?" + q.Encode()
	}
	names := map[string]string{}
	for k, n := range v.Entities {
		names[k] = n
	}
	for _, e := range v.Events {
		for _, id := range append(append([]string{}, e.Actor...), e.Recipient...) {
			if isGeneric(id) {
				names[id] = genericLabel(L, id)
			}
		}
	}
	entityLink := func(id string) string { return "/entities/" + url.PathEscape(id) }
	sp.Network, sp.NetworkList = networkSVG(v.Events, names, entityLink, L), networkList(v.Events, names, entityLink, L)
	seenOutlet := map[string]bool{}
	byID := map[string]*kroniek.Article{}
	for _, a := range v.ArticleList {
		sp.Labels[a.ID] = articleLabel(a)
		sp.OutletOf[a.ID] = story.Outlet(a.Outlet, a.URL)
		sp.Src[a.ID] = sourceLabel(L, a)
		byID[a.ID] = a
		if !seenOutlet[a.Outlet] {
			seenOutlet[a.Outlet] = true
			sp.OutletNames = append(sp.OutletNames, a.Outlet)
		}
	}
	// Beside named outlets, the articles of no known outlet are one row,
	// "unknown", after them (as the story builder makes them one source;
	// a story stored before it did gives each its own); when no outlet is
	// known, each article (or author) stays a row of its own.
	sp.SourceCount = story.SourceCount(v.Story)
	if sp.SourceCount == 0 {
		sp.SourceCount = len(sp.OutletNames)
	}
	if len(sp.OutletNames) == 1 && sp.OutletNames[0] == "" {
		// No article names its outlet: each is a source of its own
		// (the report cites them by number), and "5 sources: unknown"
		// would name one where the count says five.
		sp.OutletNames = nil
		numberArticles(sp, v.ArticleList)
	}
	var unnamed []sourceRow
	namings := story.Namings(v.Sources)
	for _, src := range v.Sources {
		row := sourceRow{SourceView: src, Spelled: story.SpelledIn(namings, src.Articles)}
		if src.Outlet != "" && byID[src.Outlet] == nil {
			row.Name = src.Outlet
		}
		for _, id := range src.Articles {
			if a := byID[id]; a != nil {
				row.Articles = append(row.Articles, a)
			}
		}
		if row.Name != "" {
			sp.SourceRows = append(sp.SourceRows, row)
		} else {
			unnamed = append(unnamed, row)
		}
	}
	if len(sp.SourceRows) == 0 {
		sp.SourceRows = unnamed
	} else if len(unnamed) > 0 {
		sp.SourceRows = append(sp.SourceRows, mergeSources(unnamed))
	}
	for i := range sp.SourceRows {
		if f := sp.SourceRows[i].First; f != "" && (sp.FirstSource == nil || f < sp.FirstSource.First) {
			sp.FirstSource = &sp.SourceRows[i]
		}
	}
	if len(sp.SourceRows) < 2 || sp.FirstSource != nil && sp.FirstSource.Name == "" {
		sp.FirstSource = nil // "first reported by an unknown outlet" says nothing
	}
	for i := range sp.SourceRows {
		if f := sp.FirstSource; f != nil && &sp.SourceRows[i] != f && sp.SourceRows[i].First == f.First {
			// Two outlets on the same first day: the dates give no order
			// (the table shows each outlet's first day).
			sp.FirstSource = nil
		}
	}
	sp.Disagree = v.FiguresDiffer
	groups := map[string]*speakerQuotes{}
	var order []string
	for _, q := range quotesForDisplay(v.Quotes) {
		if q.Kind == kroniek.QuoteTerm {
			continue
		}
		key := q.Speaker
		name := v.Entities[q.Speaker]
		if key == "" {
			// One description is one speaker, whatever its case ("De
			// veiligheidsregio" opening a sentence, "de veiligheidsregio").
			key, name = "text:"+strings.ToLower(q.SpeakerText), q.SpeakerText
		}
		if len(q.CoSpeakers) > 0 {
			// Joint speakers are one group of their own: "A en B".
			name = kroniek.JoinNames(q.SpeakerNames(func(id string) string { return v.Entities[id] }), L["and"])
			key = "joint:" + strings.ToLower(name)
		}
		if name == "" {
			name = L["unknown_speaker"]
		}
		if groups[key] == nil {
			groups[key] = &speakerQuotes{ID: q.Speaker, Name: name}
			if len(q.CoSpeakers) > 0 {
				groups[key].Parts = quotePartners(q, v.Entities, L["and"])
			}
			order = append(order, key)
		}
		groups[key].Quotes = append(groups[key].Quotes, q)
	}
	sort.SliceStable(order, func(i, j int) bool {
		// Named speakers first, then those the article only describes
		// ("een van hen"), unknown ones last.
		if ri, rj := groups[order[i]].Quotes[0].SpeakerRank(), groups[order[j]].Quotes[0].SpeakerRank(); ri != rj {
			return ri < rj
		}
		return len(groups[order[i]].Quotes) > len(groups[order[j]].Quotes)
	})
	for _, k := range order {
		g := *groups[k]
		if len(g.Quotes) > speakerShown+1 { // folding one quote saves nothing
			g.Quotes, g.More = g.Quotes[:speakerShown], g.Quotes[speakerShown:]
		}
		sp.BySpeak = append(sp.BySpeak, g)
	}
	return s.pages.render(w, r, http.StatusOK, "story", v.Title, sp)
}

// headline is the start of a text without a title: its first line, at
// most 90 characters, cut after a whole word.
func headline(text string) string { return firstWords(text, 90) }

// firstWords is the first line of text, at most n characters, cut after
// a whole word.
func firstWords(text string, n int) string {
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	h := clipText(line, n)
	cut, ok := strings.CutSuffix(h, "…")
	if !ok {
		return h
	}
	if i := strings.LastIndexByte(cut, ' '); i > 0 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// articleLabel is how an article is named in lists: its title, else its
// first words (60 characters at most, cut after a word; the lists give
// its outlet and date beside it), else its id.
func articleLabel(a *kroniek.Article) string {
	if a.Title != "" {
		return a.Title
	}
	if strings.TrimSpace(a.Text) == "" {
		return a.ID
	}
	return firstWords(a.Text, 60)
}

// entityPage is an entity view with the page's date range.
type entityPage struct {
	*EntityView
	DateForm
	Title string
	Query string // the date range as a query, for the downloads
}

func (s *Server) handleEntityPage(w http.ResponseWriter, r *http.Request) error {
	from, to, err := dateRange(r)
	if err != nil {
		return err
	}
	v, err := s.entityView(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	L := labels[language(r)]
	p := &entityPage{EntityView: v.between(from, to), DateForm: newDateForm(r, L, from, to), Title: v.Name}
	if v.Generic {
		p.Title = genericLabel(L, v.ID)
	}
	return s.pages.render(w, r, http.StatusOK, "entity", p.Title, p)
}

func (s *Server) handleArticlePage(w http.ResponseWriter, r *http.Request) error {
	v, err := s.articleView(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	p := articlePage{ArticleView: v, Evidence: r.URL.Query().Get("hl")}
	if v.Story != "" {
		st, err := s.Store.Story(r.Context(), v.Story)
		if err == nil {
			p.StoryTitle = st.Title
		} else if kroniek.ErrorCode(err) != kroniek.ENOTFOUND {
			return err
		}
	}
	if v.DuplicateOf != "" {
		orig, err := s.Store.Article(r.Context(), v.DuplicateOf)
		if err == nil {
			p.OriginalSrc = sourceLabel(labels[language(r)], orig)
		} else if kroniek.ErrorCode(err) != kroniek.ENOTFOUND {
			return err
		}
	}
	return s.pages.render(w, r, http.StatusOK, "article", articleLabel(v.Article), p)
}

// articlePage is an article view with the evidence range a link marks.
type articlePage struct {
	*ArticleView
	Evidence   string
	StoryTitle string
	// OriginalSrc names the article this one copies by outlet and date.
	OriginalSrc string
}

// searchPage is a search with its results and facets.
type searchPage struct {
	Q        kroniek.SearchQuery
	Params   url.Values
	Result   *kroniek.SearchResult
	Types    []string
	Prev     string
	Next     string
	Filters  []activeFilter
	Alias    *Named // the entity a query named, searched by its spellings
	Download map[string]string
	Stories  map[string]string // story id -> title, for the hits' links
	// Headlines are the first lines of the hits without a title, their
	// link text (as on the article page), so a hit never reads "unknown".
	Headlines map[string]string
	// CopyOutlets names the outlet of each copy folded into a hit
	// (SearchHit.Copies), its link text.
	CopyOutlets map[string]string
	// OnlyStopWords is set when the query has words but only words too
	// common to be searched (de, het), so it can find nothing.
	OnlyStopWords bool
	// NoWord is set when the query holds no letter or digit at all.
	NoWord bool
	// Genre filters the hits of this page by their analysis's genre;
	// GenreOf maps each hit to its genre.
	Genre   string
	Genres  []string
	GenreOf map[string]string
}

// genres are the article genres the search page offers (story.Genres).
var genres = []string{"news", "column", "letters", "digest", "comic", "weather", "quiz", "series"}

// filterGenre sets each hit's genre from its analysis and keeps only the
// hits of the genre asked for, on this page of results.
func (s *Server) filterGenre(r *http.Request, d *searchPage) error {
	d.Genres, d.Genre, d.GenreOf = genres, r.URL.Query().Get("genre"), map[string]string{}
	if d.Result == nil || len(d.Result.Hits) == 0 {
		return nil
	}
	ids := make([]string, len(d.Result.Hits))
	for i, h := range d.Result.Hits {
		ids[i] = h.Article
	}
	analyses, err := s.Store.Analyses(r.Context(), ids)
	if err != nil {
		return err
	}
	for _, an := range analyses {
		if an != nil {
			d.GenreOf[an.Article] = an.Genre
		}
	}
	if d.Genre == "" {
		return nil
	}
	kept := d.Result.Hits[:0]
	for _, h := range d.Result.Hits {
		if d.GenreOf[h.Article] == d.Genre {
			kept = append(kept, h)
		}
	}
	d.Result.Hits = kept
	return nil
}

func (s *Server) handleSearchPage(w http.ResponseWriter, r *http.Request) error {
	sq, err := searchQuery(r)
	if err != nil {
		return err
	}
	if err := validFormat(r); err != nil {
		return err
	}
	L := labels[language(r)]
	d := searchPage{Q: sq, Params: r.URL.Query(), Types: kroniek.EventTypes, Download: downloads(r)}
	d.Params.Del("ui")
	names := map[string]string{}
	if sq.Entity != "" {
		if err := s.names(r.Context(), map[string]bool{sq.Entity: true}, names); err != nil {
			return err
		}
	}
	if sq.Story != "" {
		if st, err := s.Store.Story(r.Context(), sq.Story); err == nil {
			names[sq.Story] = st.Title
		}
	}
	d.Filters = activeFilters(r, L, names, "entity", "outlet", "lang", "story", "event", "from", "to")
	if sq.Text != "" || sq.Entity != "" || sq.Outlet != "" || sq.Story != "" || sq.Event != "" || sq.Lang != "" || sq.From != "" || sq.To != "" {
		if d.Result, d.Alias, err = s.search(r.Context(), sq); err != nil {
			return err
		}
		d.Prev, d.Next = pageLinks(r, sq.Page, d.Result.Total)
		d.Stories, d.Headlines, d.CopyOutlets = map[string]string{}, map[string]string{}, map[string]string{}
		for _, h := range d.Result.Hits {
			for _, id := range h.Copies {
				a, err := s.Store.Article(r.Context(), id)
				if err != nil {
					return err
				}
				d.CopyOutlets[id] = a.Outlet
			}
			if h.Title == "" {
				a, err := s.Store.Article(r.Context(), h.Article)
				if err != nil {
					return err
				}
				d.Headlines[h.Article] = headline(a.Text)
			}
			if h.Story == "" || d.Stories[h.Story] != "" {
				continue
			}
			st, err := s.Store.Story(r.Context(), h.Story)
			if err == nil {
				d.Stories[h.Story] = st.Title
			} else if kroniek.ErrorCode(err) != kroniek.ENOTFOUND {
				return err
			}
		}
	}
	if err := s.filterGenre(r, &d); err != nil {
		return err
	}
	if f := r.URL.Query().Get("format"); f == "csv" || f == "json" {
		return writeSearch(w, f, d.Result)
	}
	// "de" alone finds nothing because it is not searched: say so; a
	// query of marks only ("\"") holds no word to search.
	pq := searchtext.ParseQuery(sq.Text, sq.Lang)
	d.OnlyStopWords = sq.Text != "" && pq.None && !pq.NoWord
	d.NoWord = sq.Text != "" && pq.NoWord
	return s.pages.render(w, r, http.StatusOK, "search", L["search"], d)
}
