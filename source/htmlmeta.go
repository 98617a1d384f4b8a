package source

import (
	"encoding/json"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what the page says about itself in <head>, JSON-LD and
// <time> elements.
type pageMeta struct {
	title, ogTitle, siteName, publisher, author, lang, ogLocale string
	canonical, ogURL                                            string
	metaDate, ogDate, dcDate, pubDate, itemDate, timeDate       string
	visibleDate                                                 string
	modified                                                    string
	ldHeadline, ldAuthor, ldPublisher, ldDate, ldURL            string
}

// published returns the best publication date the metadata gives and
// where it came from.
func (m *pageMeta) published() (string, string) {
	for _, c := range []struct{ v, src string }{
		{m.ldDate, "json-ld"}, {m.metaDate, "meta"}, {m.ogDate, "meta"},
		{m.dcDate, "meta"}, {m.pubDate, "meta"}, {m.itemDate, "meta"}, {m.timeDate, "time"},
	} {
		if d, ok := parseHTMLDate(c.v); ok {
			return d, c.src
		}
	}
	if m.visibleDate != "" {
		return m.visibleDate, "visible"
	}
	return "", ""
}

// scanMeta walks the document once for its metadata.
func scanMeta(doc *html.Node) *pageMeta {
	m := &pageMeta{}
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode {
			m.element(n)
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return m
}

// element takes what one element says about the page.
func (m *pageMeta) element(n *html.Node) {
	if n.DataAtom != atom.Meta && m.itemDate == "" && strings.EqualFold(attr(n, "itemprop"), "datePublished") {
		m.itemDate = firstOf(attr(n, "datetime"), attr(n, "content"))
	}
	switch n.DataAtom {
	case atom.Html:
		m.lang = attr(n, "lang")
		if m.lang == "" {
			m.lang = attr(n, "xml:lang")
		}
	case atom.Title:
		if m.title == "" && n.FirstChild != nil {
			m.title = n.FirstChild.Data
		}
	case atom.Link:
		if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
			m.canonical = attr(n, "href")
		}
	case atom.Time:
		if m.timeDate == "" {
			m.timeDate = attr(n, "datetime")
		}
		m.visible(n)
	case atom.Script:
		if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
			m.jsonLD(n.FirstChild.Data)
		}
	case atom.Div, atom.Span, atom.P, atom.Small, atom.Header, atom.Li:
		if dateClass.MatchString(attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "itemprop")) {
			m.visible(n)
		}
	case atom.Meta:
		key := strings.ToLower(firstOf(attr(n, "property"), attr(n, "name"), attr(n, "itemprop"), attr(n, "http-equiv")))
		v := strings.TrimSpace(attr(n, "content"))
		if v == "" {
			return
		}
		set := func(p *string) {
			if *p == "" {
				*p = v
			}
		}
		switch key {
		case "og:title":
			set(&m.ogTitle)
		case "og:site_name":
			set(&m.siteName)
		case "og:url":
			set(&m.ogURL)
		case "og:locale":
			set(&m.ogLocale)
		case "article:published_time":
			set(&m.metaDate)
		case "og:published_time", "og:article:published_time":
			set(&m.ogDate)
		case "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dc.date.created":
			set(&m.dcDate)
		case "pubdate", "publishdate", "publish-date", "date", "sailthru.date", "parsely-pub-date":
			set(&m.pubDate)
		case "datepublished":
			set(&m.itemDate)
		case "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified":
			set(&m.modified)
		case "author", "dc.creator", "article:author":
			if !strings.Contains(v, "://") {
				set(&m.author)
			}
		case "dc.publisher", "publisher", "application-name":
			set(&m.publisher)
		case "content-language", "dc.language", "language":
			if m.lang == "" {
				m.lang = v
			}
		}
	}
}

// dateClass marks elements whose text is likely a byline or dateline.
var dateClass = regexp.MustCompile(`(?i)date|datum|time|tijd|byline|meta|publi|dateline`)

// visible takes a date written out in a short byline or dateline element.
func (m *pageMeta) visible(n *html.Node) {
	if m.visibleDate != "" {
		return
	}
	text := textOf(n)
	if len(text) > 300 {
		return
	}
	if d, ok := parseVisibleDate(text); ok {
		m.visibleDate = d
	}
}

// monthNames maps Dutch and English month names and abbreviations to
// month numbers.
var monthNames = map[string]int{
	"januari": 1, "jan": 1, "january": 1, "februari": 2, "feb": 2, "february": 2,
	"maart": 3, "mrt": 3, "mar": 3, "march": 3, "april": 4, "apr": 4, "mei": 5, "may": 5,
	"juni": 6, "jun": 6, "june": 6, "juli": 7, "jul": 7, "july": 7, "augustus": 8, "aug": 8,
	"august": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10,
	"october": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// Written-out dates: "14 september 2020", "14 sep. 2020", "September 14,
// 2020", "14-09-2020", "14.09.2020".
var (
	dayMonthYear = regexp.MustCompile(`(?i)\b(\d{1,2})\.?\s+([a-z]{3,9})\.?,?\s+((?:19|20)\d{2})\b`)
	monthDayYear = regexp.MustCompile(`(?i)\b([a-z]{3,9})\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b`)
	numericDMY   = regexp.MustCompile(`\b(\d{1,2})[-./](\d{1,2})[-./]((?:19|20)\d{2})\b`)
)

// parseVisibleDate finds the first written-out date in a byline.
func parseVisibleDate(text string) (string, bool) {
	type cand struct {
		at      int
		d, m, y string
	}
	var best *cand
	try := func(c cand) {
		if best == nil || c.at < best.at {
			best = &c
		}
	}
	if loc := dayMonthYear.FindStringSubmatchIndex(text); loc != nil {
		try(cand{loc[0], text[loc[2]:loc[3]], text[loc[4]:loc[5]], text[loc[6]:loc[7]]})
	}
	if loc := monthDayYear.FindStringSubmatchIndex(text); loc != nil {
		try(cand{loc[0], text[loc[4]:loc[5]], text[loc[2]:loc[3]], text[loc[6]:loc[7]]})
	}
	if loc := numericDMY.FindStringSubmatchIndex(text); loc != nil {
		try(cand{loc[0], text[loc[2]:loc[3]], text[loc[4]:loc[5]], text[loc[6]:loc[7]]})
	}
	if best == nil {
		return "", false
	}
	month, ok := monthNames[strings.ToLower(best.m)]
	if !ok {
		n, err := strconv.Atoi(best.m)
		if err != nil {
			return "", false
		}
		month = n
	}
	day, _ := strconv.Atoi(best.d)
	year, _ := strconv.Atoi(best.y)
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if month < 1 || month > 12 || t.Day() != day {
		return "", false
	}
	d := t.Format("2006-01-02")
	return d, validYear(d)
}

// jsonLD takes headline, dates, author, publisher and URL from the first
// article object of a JSON-LD block (also inside @graph or a list).
func (m *pageMeta) jsonLD(raw string) {
	var v any
	raw = strings.TrimSpace(raw)
	if json.Unmarshal([]byte(raw), &v) != nil {
		// Hand-written JSON-LD often has trailing commas or raw line
		// breaks in strings; try once more without them.
		fixed := trailingComma.ReplaceAllString(strings.NewReplacer("\n", " ", "\r", " ", "\t", " ").Replace(raw), "$1")
		if json.Unmarshal([]byte(fixed), &v) != nil {
			return
		}
	}
	obj := findLDArticle(v, 0)
	if obj == nil {
		return
	}
	set := func(p *string, s string) {
		if *p == "" {
			*p = strings.TrimSpace(s)
		}
	}
	set(&m.ldHeadline, ldString(obj["headline"]))
	set(&m.ldDate, ldString(obj["datePublished"]))
	if m.modified == "" {
		m.modified = ldString(obj["dateModified"])
	}
	set(&m.ldAuthor, ldName(obj["author"]))
	set(&m.ldPublisher, ldName(obj["publisher"]))
	set(&m.ldURL, firstOf(ldString(obj["url"]), ldString(obj["mainEntityOfPage"])))
}

// trailingComma matches a comma before a closing brace or bracket.
var trailingComma = regexp.MustCompile(`,\s*([}\]])`)

// ldArticleTypes are the schema.org types that describe a news article.
var ldArticleTypes = map[string]bool{
	"article": true, "newsarticle": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"opinionnewsarticle": true, "backgroundnewsarticle": true, "blogposting": true,
	"liveblogposting": true, "webpage": false, "report": true, "scholarlyarticle": true,
}

// findLDArticle finds the first article object in decoded JSON-LD.
func findLDArticle(v any, depth int) map[string]any {
	if depth > 8 {
		return nil
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			if o := findLDArticle(e, depth+1); o != nil {
				return o
			}
		}
	case map[string]any:
		for _, t := range ldTypes(x["@type"]) {
			if ldArticleTypes[strings.ToLower(t)] {
				return x
			}
		}
		if g, ok := x["@graph"]; ok {
			return findLDArticle(g, depth+1)
		}
	}
	return nil
}

// ldTypes lists the @type values of a JSON-LD object.
func ldTypes(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// ldString is a JSON-LD value as a string: a string itself, or the @id or
// url of an object.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		return firstOf(ldString(x["@id"]), ldString(x["url"]))
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	}
	return ""
}

// ldName is the name of a JSON-LD person or organisation (names of a
// list joined with ", ").
func ldName(v any) string {
	switch x := v.(type) {
	case string:
		if strings.Contains(x, "://") {
			return ""
		}
		return x
	case map[string]any:
		if s, ok := x["name"].(string); ok {
			return s
		}
	case []any:
		var names []string
		for _, e := range x {
			if s := ldName(e); s != "" {
				names = append(names, s)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// moreDateLayouts are date forms of HTML metadata that parseDate does not
// take.
var moreDateLayouts = []string{
	time.RFC1123Z, time.RFC1123, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02T15:04:05.000Z0700",
	"2006-01-02T15:04:05Z0700", "2006/01/02", "02-01-2006", "2 January 2006", "January 2, 2006",
	"20060102",
}

// isoDatePrefix matches a date at the start of a timestamp.
var isoDatePrefix = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})`)

// parseHTMLDate reads a date of page metadata as "YYYY-MM-DD" (or
// "YYYY-MM"), keeping the calendar day the page states.
func parseHTMLDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	if d, ok := parseDate(s); ok {
		return d, validYear(d)
	}
	if m := isoDatePrefix.FindStringSubmatch(s); m != nil {
		if _, err := time.Parse("2006-01-02", m[0]); err == nil {
			return m[0], validYear(m[0])
		}
	}
	for _, l := range moreDateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			d := t.Format("2006-01-02")
			return d, validYear(d)
		}
	}
	return "", false
}

// validYear rejects dates before the web or far in the future.
func validYear(d string) bool {
	return len(d) >= 4 && d[:4] >= "1990" && d[:4] <= "2100"
}

// urlDate finds /2020/09/14/, /2020-09-14/ or /20200914/ in a URL path.
var urlDate = regexp.MustCompile(`/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_.]|$)`)

// dateFromURL reads a publication date from a URL path.
func dateFromURL(raw string) (string, bool) {
	u, err := url.Parse(raw)
	if err != nil || raw == "" {
		return "", false
	}
	m := urlDate.FindStringSubmatch(u.Path)
	if m == nil {
		return "", false
	}
	t, err := time.Parse("2006-1-2", m[1]+"-"+m[2]+"-"+m[3])
	if err != nil {
		return "", false
	}
	return t.Format("2006-01-02"), true
}
