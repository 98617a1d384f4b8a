package source

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"
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
	// maxHTMLElements is the most elements a page may have: extraction
	// takes some 40 µs an element, and real pages have a few thousand.
	maxHTMLElements = 100_000
	// maxHTMLAttrs is the most attributes one element may have.
	maxHTMLAttrs = 1000
)

// ErrHTMLBomb is wrapped by the error of a page refused for its shape:
// nesting deeper than MaxHTMLDepth, a tag or attribute of megabytes, or
// hundreds of thousands of elements.
var ErrHTMLBomb = errors.New("html refused")

// ErrNoText is wrapped by the error of a page in which nothing reads as an
// article's main text: a bare <div>, a page of menus, a JavaScript shell
// whose text the browser would load later.
var ErrNoText = errors.New("the page holds no article text")

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
	if !looksLikeHTML(text) {
		return nil, fmt.Errorf("not an HTML page (starts with %q)", headOf([]byte(text), 40))
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
	if isSiteRoot(canonical) {
		// A canonical link to the home page is a site misconfiguration;
		// taken at its word it would give every article the same id.
		canonical = ""
	}
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

	topts := trafilatura.Options{ExcludeComments: true, IncludeLinks: true, HtmlDateMode: trafilatura.Fast,
		Config: emptyAllowed()}
	if u, err := url.Parse(canonical); err == nil && u.Host != "" {
		topts.OriginalURL = u
	}
	if published != "" {
		// The date is known: spare htmldate its scan of the whole page.
		if t, err := time.Parse("2006-01-02", published); err == nil {
			topts.HtmlDateOverride = &htmldate.Result{DateTime: t}
		}
	}
	spaceBlocks(doc, 0)
	res, err := extractMain(doc, topts)
	if errors.Is(err, ErrNoText) {
		return nil, err
	}
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
	title := cleanSpace(firstOf(m.ldHeadline, m.ogTitle, res.Metadata.Title, m.title))
	body, dateline := tidyParagraphs(body, title)
	body = rescueLead(doc, body)
	if strings.TrimSpace(body) == "" {
		// Checked after the title is taken out: a page whose only text
		// is its title ("Laden…" of a script-built page) has none either.
		return nil, ErrNoText
	}
	if published == "" && dateline != "" {
		published, dateSource = dateline, "dateline"
	}
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

// emptyAllowed is trafilatura's default configuration except that an
// empty main text is a result, not an error: ExtractHTML then checks the
// length itself and says so in its own words (ErrNoText) rather than with
// the library's "text and comments are not long enough: 0 0".
func emptyAllowed() *trafilatura.Config {
	c := trafilatura.DefaultConfig()
	c.MinOutputSize, c.MinOutputCommentSize = 0, 0
	return c
}

// extractMain runs trafilatura, turning a panic inside it (on input it
// did not foresee) into an error: one odd page must not stop a batch.
func extractMain(doc *html.Node, opts trafilatura.Options) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("trafilatura failed: %v", r)
		}
	}()
	res, err = trafilatura.ExtractDocument(doc, opts)
	if err != nil && strings.Contains(err.Error(), "not long enough") {
		// The library's size check, should another version bring it back
		// for an empty page: it has no error value to match.
		return nil, ErrNoText
	}
	return res, err
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

// looksLikeHTML tells whether text has any HTML markup near its start.
func looksLikeHTML(text string) bool {
	head := strings.ToLower(text[:min(len(text), 4096)])
	for _, tag := range []string{"<html", "<!doctype", "<head", "<body", "<p", "<div", "<meta", "<title", "<article", "<br", "<h1", "<table"} {
		if strings.Contains(head, tag) {
			return true
		}
	}
	return false
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
			name, hasAttr := z.TagName()
			if hasAttr && tooManyAttrs(z) {
				return fmt.Errorf("%w: an element with over %d attributes", ErrHTMLBomb, maxHTMLAttrs)
			}
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

// tooManyAttrs reads the current tag's attributes, telling whether there
// are more than maxHTMLAttrs.
func tooManyAttrs(z *html.Tokenizer) bool {
	for n := 1; ; n++ {
		_, _, more := z.TagAttr()
		if !more {
			return false
		}
		if n >= maxHTMLAttrs {
			return true
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

// renderBlocks turns extracted content into plain text: one paragraph per
// block element (and per run of text between two <br>s), paragraphs
// separated by "\n\n", headings and list items as paragraphs of their own,
// a single <br> as a line break, white space collapsed. Paragraphs that are
// (almost) all link text are navigation, not article, and are left out.
func renderBlocks(root *html.Node) string {
	r := &blockRenderer{}
	r.walk(root, 0, false)
	r.flush()
	return strings.Join(r.paras, "\n\n")
}

// blockRenderer collects the paragraphs of renderBlocks.
type blockRenderer struct {
	paras []string
	cur   strings.Builder
	link  int // non-space bytes of cur inside links
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

func (r *blockRenderer) walk(n *html.Node, depth int, inLink bool) {
	if depth > MaxHTMLDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		r.cur.WriteString(n.Data)
		if inLink {
			r.link += nonSpace(n.Data)
		}
		return
	case html.ElementNode:
		switch tagOf(n) {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
			return
		case atom.Br:
			r.cur.WriteByte('\n')
			return
		case atom.Td, atom.Th:
			r.cur.WriteString(" ")
		case atom.A:
			inLink = true
		}
	}
	block := n.Type == html.ElementNode && blockElements[tagOf(n)]
	if block {
		r.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c, depth+1, inLink)
	}
	if block {
		r.flush()
	}
}

// flush ends the current paragraph: white space collapsed within lines,
// a blank line (two <br>) splitting it, link-only text dropped.
func (r *blockRenderer) flush() {
	s := r.cur.String()
	link := r.link
	r.cur.Reset()
	r.link = 0
	if link > 0 && float64(link) >= 0.8*float64(nonSpace(s)) {
		return
	}
	var lines []string
	end := func() {
		if len(lines) > 0 {
			r.paras = append(r.paras, strings.Join(lines, "\n"))
			lines = lines[:0]
		}
	}
	for _, l := range strings.Split(s, "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			lines = append(lines, l)
		} else {
			end()
		}
	}
	end()
}

// spaceBlocks ends every block element with a blank line, so that text
// taken from a page whose blocks touch ("<h1>Kop</h1><p>Premier …</p>",
// as minified pages are written) keeps its paragraphs apart even where the
// extractor flattens the blocks into one (its fallback for short pages
// does): "Kop" and "Premier …" are two paragraphs, never "KopPremier".
func spaceBlocks(n *html.Node, depth int) {
	if depth > MaxHTMLDepth {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		spaceBlocks(c, depth+1)
	}
	if n.Type == html.ElementNode && blockElements[tagOf(n)] && n.FirstChild != nil {
		n.AppendChild(&html.Node{Type: html.TextNode, Data: "\n\n"})
	}
}

// nonSpace counts the bytes of s that are not white space.
func nonSpace(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n += utf8.RuneLen(r)
		}
	}
	return n
}

// tidyParagraphs drops what the extractor kept of the page's furniture:
// the title repeated in the first paragraphs, a dateline ("Oss, 12 juli
// 2004") before the text, and a copyright line at the end. It returns
// the text and the dateline's date ("" when none).
func tidyParagraphs(body, title string) (string, string) {
	paras := strings.Split(body, "\n\n")
	date := ""
	var out []string
	started := false // a paragraph of running text has been kept
	for i, p := range paras {
		if i < 4 && !started {
			if title != "" && strings.EqualFold(cleanSpace(p), title) {
				continue
			}
			if isDateline(p) {
				if d, ok := parseVisibleDate(p); ok {
					if date == "" {
						date = d
					}
					continue
				}
			}
		}
		if i == 0 && title != "" {
			p = dropTitle(p, title)
		}
		out = append(out, p)
		started = started || utf8.RuneCountInString(p) > 80
	}
	if n := len(out); n > 1 && copyrightLine.MatchString(out[n-1]) {
		out = out[:n-1]
	}
	return strings.Join(out, "\n\n"), date
}

// dropTitle takes the title off the front of a first paragraph that runs
// it into the text ("Kop Premier Rutte zei …", where the extractor joined
// a page's heading and its first paragraph): only when a capitalised word
// follows, so a title that is the sentence's own start stays.
func dropTitle(p, title string) string {
	rest, ok := strings.CutPrefix(p, title+" ")
	if !ok {
		return p
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) || len(strings.Fields(rest)) < 8 {
		return p
	}
	return rest
}

// isDateline tells whether a paragraph is short enough, and unlike a
// sentence enough, to be a dateline or byline rather than text.
func isDateline(p string) bool {
	p = strings.TrimSpace(p)
	return len(strings.Fields(p)) <= 8 && !strings.HasSuffix(p, ".") && !strings.HasSuffix(p, "!") && !strings.HasSuffix(p, "?")
}

// copyrightLine matches a short closing copyright notice.
var copyrightLine = regexp.MustCompile(`(?i)^(©|\(c\)|copyright)\s.{0,100}$`)

// tagOf is an element's atom, also for elements built without one (as
// trafilatura builds its output).
func tagOf(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(n.Data))
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

// isSiteRoot tells whether a URL is a site's home page.
func isSiteRoot(raw string) bool {
	u, err := url.Parse(raw)
	return raw != "" && err == nil && (u.Path == "" || u.Path == "/") && u.RawQuery == ""
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
