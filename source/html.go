package source

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/transform"

	"github.com/kroniek/kroniek"
)

// Limits that keep hostile HTML (deeply nested or with huge attributes)
// from exhausting memory, stack or time.
const (
	// MaxHTMLDepth is the deepest element nesting accepted.
	MaxHTMLDepth = 1000
	// maxHTMLToken is the largest single tag or text run, in bytes.
	maxHTMLToken = 4 << 20
	// maxHTMLSize bounds a page whatever the caller's size limit.
	maxHTMLSize = 64 << 20
	// maxHTMLElements is the most elements a page may have.
	maxHTMLElements = 300_000
)

// ErrHTMLBomb is wrapped by the error of a page refused for its shape:
// nesting deeper than MaxHTMLDepth, a tag or attribute of megabytes, or
// hundreds of thousands of elements.
var ErrHTMLBomb = errors.New("html refused")

// readHTML reads one HTML file and emits its article. A page with no
// canonical URL gets the file's stem as id.
func readHTML(ctx context.Context, name string, r io.Reader, opts Options, emit Emit, report Report) error {
	data, err := readAtMost(r, opts.MaxSize)
	if err != nil {
		return err
	}
	a, err := ExtractHTML(data, "", "")
	if err != nil {
		return err
	}
	a.Source = name
	if a.ID == "" {
		a.ID = baseID(name)
	}
	return emit(a)
}

// readAtMost reads all of r, failing when it holds more than max bytes
// (DefaultMaxSize when max <= 0).
func readAtMost(r io.Reader, max int64) ([]byte, error) {
	if max <= 0 {
		max = DefaultMaxSize
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w: over the limit of %d bytes", ErrTooLarge, max)
	}
	return data, nil
}

// URLID is the article id of a page with a known URL: "u-" and the first
// 16 hex digits of the SHA-256 of the normalised URL (scheme and host
// lowercased, fragment and utm_ tracking parameters dropped).
func URLID(raw string) string {
	sum := sha256.Sum256([]byte(NormaliseURL(raw)))
	return "u-" + hex.EncodeToString(sum[:8])
}

// NormaliseURL is the form of a URL that URLID hashes and dedup compares.
func NormaliseURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return strings.TrimSpace(raw)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	u.Fragment, u.RawFragment = "", ""
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			if strings.HasPrefix(strings.ToLower(k), "utm_") {
				q.Del(k)
			}
		}
		u.RawQuery = q.Encode()
	}
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String()
}

// ExtractHTML turns one HTML document into an article: its main text
// (paragraphs separated by blank lines, subheadings on lines of their own)
// in Body, and title, publication date, outlet, author, canonical URL and
// language from the page's metadata. pageURL is where the page was found
// ("" when unknown); contentType is the HTTP Content-Type ("" when
// unknown), used for the charset. The id is URLID of the canonical URL, or
// "" when the page has no URL; Source is left to the caller.
func ExtractHTML(data []byte, pageURL, contentType string) (*kroniek.Article, error) {
	if len(data) > maxHTMLSize {
		return nil, fmt.Errorf("%w: page of %d bytes, limit %d", ErrHTMLBomb, len(data), maxHTMLSize)
	}
	text, err := decodeHTML(data, contentType)
	if err != nil {
		return nil, err
	}
	if err := checkHTMLShape(text); err != nil {
		return nil, err
	}
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("parse html: %w", err)
	}
	if d := treeDepth(doc); d > MaxHTMLDepth {
		return nil, fmt.Errorf("%w: elements nested %d deep, limit %d", ErrHTMLBomb, d, MaxHTMLDepth)
	}
	m := scanMeta(doc)
	base, _ := url.Parse(pageURL)
	canonical := resolveURL(base, firstOf(m.canonical, m.ogURL, m.ldURL))
	if canonical == "" && base != nil && base.Host != "" {
		canonical = base.String()
	}
	published, dateSource := m.published()
	if published == "" {
		if d, ok := dateFromURL(canonical); ok {
			published, dateSource = d, "url"
		} else if d, ok := dateFromURL(pageURL); ok {
			published, dateSource = d, "url"
		}
	}

	topts := trafilatura.Options{ExcludeComments: true, HtmlDateMode: trafilatura.Fast}
	if u, err := url.Parse(canonical); err == nil && u.Host != "" {
		topts.OriginalURL = u
	}
	if published != "" {
		// The date is known: spare htmldate its scan of the whole page.
		if t, err := time.Parse("2006-01-02", published); err == nil {
			topts.HtmlDateOverride = &htmldate.Result{DateTime: t}
		}
	}
	res, err := extractMain(doc, topts)
	if err != nil {
		return nil, fmt.Errorf("extract main text: %w", err)
	}
	body := ""
	if res.ContentNode != nil {
		body = renderBlocks(res.ContentNode)
	}
	if strings.TrimSpace(body) == "" {
		body = strings.TrimSpace(res.ContentText)
	}
	if body == "" {
		return nil, errors.New("extract main text: page has no text")
	}
	title := cleanSpace(firstOf(m.ldHeadline, m.ogTitle, res.Metadata.Title, m.title))
	body = dropLeadingTitle(body, title)
	body = rescueLead(doc, body)
	if published == "" && !res.Metadata.Date.IsZero() {
		published, dateSource = res.Metadata.Date.Format("2006-01-02"), "htmldate"
	}

	a := &kroniek.Article{
		URL:       canonical,
		Title:     title,
		Author:    cleanSpace(firstOf(m.ldAuthor, m.author, res.Metadata.Author)),
		Outlet:    cleanSpace(firstOf(m.siteName, m.ldPublisher, m.publisher, res.Metadata.Sitename)),
		Published: published,
		Lang:      normaliseLang(firstOf(m.lang, m.ogLocale, res.Metadata.Language)),
		Body:      body,
		Meta:      map[string]string{},
	}
	if a.Outlet == "" {
		a.Outlet = hostOf(canonical)
	}
	if canonical != "" {
		a.ID = URLID(canonical)
	}
	if dateSource != "" {
		a.Meta["date_source"] = dateSource
	}
	if m.modified != "" {
		if d, ok := parseHTMLDate(m.modified); ok {
			a.Meta["modified"] = d
		}
	}
	if pageURL != "" && pageURL != canonical {
		a.Meta["fetched_url"] = pageURL
	}
	if len(a.Meta) == 0 {
		a.Meta = nil
	}
	return a, nil
}

// boilerClass marks containers whose paragraphs are never article text.
var boilerClass = regexp.MustCompile(`(?i)cookie|consent|newsletter|nieuwsbrief|related|gerelateerd|share|comment|reactie|promo|advert|banner|footer|sidebar|teaser|subscribe|abonne`)

// rescueLead puts back lead paragraphs that the extractor dropped: news
// sites often keep the lead in a container of its own between the
// headline and the body. A paragraph qualifies when it comes after the
// page's <h1> and before the first extracted paragraph, has at least 80
// characters, few links, and no boilerplate container around it.
func rescueLead(doc *html.Node, body string) string {
	first, _, _ := strings.Cut(body, "\n\n")
	if first == "" {
		return body
	}
	var lead []string
	seenH1 := false
	found := false
	var walk func(n *html.Node, bad bool, depth int)
	walk = func(n *html.Node, bad bool, depth int) {
		if found || depth > MaxHTMLDepth {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Nav, atom.Aside, atom.Footer, atom.Form, atom.Script, atom.Style, atom.Figure:
				bad = true
			case atom.H1:
				seenH1 = true
			case atom.P:
				text := cleanSpace(textOf(n))
				if text == first || strings.HasPrefix(first, text) && text != "" {
					found = true
					return
				}
				if seenH1 && !bad && utf8.RuneCountInString(text) >= 80 && linkShare(n, len(text)) < 0.3 {
					lead = append(lead, text)
				}
				return
			}
			if boilerClass.MatchString(attr(n, "class") + " " + attr(n, "id")) {
				bad = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, bad, depth+1)
		}
	}
	walk(doc, false, 0)
	if !found || len(lead) == 0 || len(lead) > 2 {
		return body
	}
	return strings.Join(lead, "\n\n") + "\n\n" + body
}

// textOf is the text of an element and its descendants.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > MaxHTMLDepth {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return b.String()
}

// linkShare is the share of an element's text inside links.
func linkShare(n *html.Node, total int) float64 {
	if total == 0 {
		return 0
	}
	links := 0
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > MaxHTMLDepth {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			links += len(cleanSpace(textOf(n)))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return float64(links) / float64(total)
}

// extractMain runs trafilatura, turning a panic inside it (on input it
// did not foresee) into an error: one odd page must not stop a batch.
func extractMain(doc *html.Node, opts trafilatura.Options) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("trafilatura failed: %v", r)
		}
	}()
	return trafilatura.ExtractDocument(doc, opts)
}

// dropLeadingTitle removes the first paragraph of body when it repeats
// the title: the title is kept in Article.Title.
func dropLeadingTitle(body, title string) string {
	first, rest, ok := strings.Cut(body, "\n\n")
	if ok && title != "" && strings.EqualFold(cleanSpace(first), title) {
		return rest
	}
	return body
}

// decodeHTML returns the page as UTF-8. The charset comes from a BOM, the
// Content-Type, or a <meta> declaration; without one, valid UTF-8 is taken
// as such and anything else as Windows-1252 (a superset of ISO-8859-1 and
// the usual charset of older Dutch pages). A page declaring a legacy
// charset while being valid, non-ASCII UTF-8 is read as UTF-8: archives
// are full of such mislabelled pages.
func decodeHTML(data []byte, contentType string) (string, error) {
	enc, name, certain := charset.DetermineEncoding(data, contentType)
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		return string(data[3:]), nil
	}
	if name == "utf-8" {
		if utf8.Valid(data) {
			return string(data), nil
		}
		if !certain {
			enc, _ = htmlindex.Get("windows-1252")
		} else {
			return strings.ToValidUTF8(string(data), "\uFFFD"), nil
		}
	} else if !strings.HasPrefix(name, "utf-16") && utf8.Valid(data) && hasHighBit(data) {
		return string(data), nil
	}
	if enc == nil || enc == encoding.Nop {
		return strings.ToValidUTF8(string(data), "\uFFFD"), nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil {
		return "", fmt.Errorf("decode %s: %w", name, err)
	}
	return string(out), nil
}

// hasHighBit tells whether b holds any non-ASCII byte.
func hasHighBit(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// autoClosed are elements whose end tag may be left out, and void
// elements: they are not counted as nesting by checkHTMLShape.
var autoClosed = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Option: true,
	atom.Optgroup: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Tbody: true,
	atom.Thead: true, atom.Tfoot: true, atom.Colgroup: true, atom.Rb: true, atom.Rt: true,
	atom.Rp: true, atom.Rtc: true, atom.Html: true, atom.Head: true, atom.Body: true,
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Param: true,
}

// checkHTMLShape scans the page with the tokenizer, in linear time and
// before the parser (whose cost grows with depth) sees it, and refuses
// pages that nest too deep, carry a giant token or too many elements.
func checkHTMLShape(text string) error {
	z := html.NewTokenizer(strings.NewReader(text))
	z.SetMaxBuf(maxHTMLToken)
	var stack []atom.Atom
	elements := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			err := z.Err()
			if err == io.EOF {
				return nil
			}
			if errors.Is(err, html.ErrBufferExceeded) {
				return fmt.Errorf("%w: a tag, attribute or text run over %d bytes", ErrHTMLBomb, maxHTMLToken)
			}
			return fmt.Errorf("tokenize html: %w", err)
		case html.StartTagToken:
			elements++
			if elements > maxHTMLElements {
				return fmt.Errorf("%w: over %d elements", ErrHTMLBomb, maxHTMLElements)
			}
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if autoClosed[a] || a == 0 {
				continue
			}
			stack = append(stack, a)
			if len(stack) > MaxHTMLDepth {
				return fmt.Errorf("%w: elements nested over %d deep", ErrHTMLBomb, MaxHTMLDepth)
			}
		case html.SelfClosingTagToken:
			elements++
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i] == a {
					stack = stack[:i]
					break
				}
			}
		}
	}
}

// treeDepth is the deepest element nesting of a parsed document, measured
// without recursion.
func treeDepth(doc *html.Node) int {
	type item struct {
		n *html.Node
		d int
	}
	max := 0
	stack := []item{{doc, 0}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.d > max {
			max = it.d
			if max > MaxHTMLDepth {
				return max
			}
		}
		for c := it.n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				stack = append(stack, item{c, it.d + 1})
			}
		}
	}
	return max
}

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
	if json.Unmarshal([]byte(strings.TrimSpace(raw)), &v) != nil {
		return
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

// renderBlocks turns extracted content into plain text: one paragraph per
// block element, paragraphs separated by "\n\n", headings and list items
// as paragraphs of their own, <br> as a line break, white space collapsed.
func renderBlocks(root *html.Node) string {
	r := &blockRenderer{}
	r.walk(root, 0)
	r.flush()
	return strings.Join(r.paras, "\n\n")
}

// blockRenderer collects the paragraphs of renderBlocks.
type blockRenderer struct {
	paras []string
	cur   strings.Builder
}

// blockElements break paragraphs; everything else is inline.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Figure: true,
	atom.Figcaption: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Hr: true,
	atom.Summary: true, atom.Details: true, atom.Address: true, atom.Body: true,
}

func (r *blockRenderer) walk(n *html.Node, depth int) {
	if depth > MaxHTMLDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		r.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
			return
		case atom.Br:
			r.cur.WriteByte('\n')
			return
		case atom.Td, atom.Th:
			r.cur.WriteString(" ")
		}
	}
	block := n.Type == html.ElementNode && blockElements[n.DataAtom]
	if block {
		r.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c, depth+1)
	}
	if block {
		r.flush()
	}
}

// flush ends the current paragraph, collapsing white space within lines.
func (r *blockRenderer) flush() {
	s := r.cur.String()
	r.cur.Reset()
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) > 0 {
		r.paras = append(r.paras, strings.Join(lines, "\n"))
	}
}

// attr returns an element's attribute value ("" when absent).
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// firstOf returns the first non-blank string.
func firstOf(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// cleanSpace collapses runs of white space and trims.
func cleanSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// resolveURL resolves ref against base; "" when ref is empty or not a URL.
func resolveURL(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil && base.Host != "" {
		u = base.ResolveReference(u)
	}
	if u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	return u.String()
}

// hostOf is a URL's host without "www.".
func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// normaliseLang turns "nl-NL", "nl_BE" or "NL" into "nl".
func normaliseLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_,; "); i >= 0 {
		s = s[:i]
	}
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return s
}
