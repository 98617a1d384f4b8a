package storeenc

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"math"
	"regexp"
	"strings"

	"github.com/kroniek/kroniek"
)

// Paging limits.
const (
	DefaultLimit = 50
	MaxLimit     = 500
)

// Page returns the effective limit and offset of p: DefaultLimit when
// p.Limit is 0, at most MaxLimit; negative values are EINVALID.
func Page(p kroniek.Page) (limit, offset int, err error) {
	if p.Offset < 0 || p.Limit < 0 {
		return 0, 0, kroniek.Errorf(kroniek.EINVALID, "negative offset or limit")
	}
	limit = p.Limit
	if limit == 0 {
		limit = DefaultLimit
	} else if limit > MaxLimit {
		limit = MaxLimit
	}
	return limit, p.Offset, nil
}

var dateRE = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// CheckDates returns EINVALID unless every non-empty date is YYYY,
// YYYY-MM or YYYY-MM-DD.
func CheckDates(dates ...string) error {
	for _, d := range dates {
		if d != "" && !dateRE.MatchString(d) {
			return kroniek.Errorf(kroniek.EINVALID, "invalid date %q: want YYYY-MM-DD, YYYY-MM or YYYY", d)
		}
	}
	return nil
}

// JSONText marshals v for a JSON column.
func JSONText(v any) (string, error) {
	buf, err := json.Marshal(v)
	if err != nil {
		return "", fmt.Errorf("marshal %T: %w", v, err)
	}
	return string(buf), nil
}

// JSONStrings encodes a string list as a JSON array, never null.
func JSONStrings(v []string) string {
	if v == nil {
		v = []string{}
	}
	buf, _ := json.Marshal(v) // a []string always marshals
	return string(buf)
}

// DecodeAppend returns a function appending each decoded JSON value to list.
func DecodeAppend[T any](list *[]T) func([]byte) error {
	return func(data []byte) error {
		var v T
		if err := json.Unmarshal(data, &v); err != nil {
			return fmt.Errorf("decode %T: %w", v, err)
		}
		*list = append(*list, v)
		return nil
	}
}

// LikePrefix returns a LIKE pattern (escape character \) matching strings
// that start with s.
func LikePrefix(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s) + "%"
}

// removedRow is kroniek.Removed with its offsets, which the JSON form of the
// domain type leaves out.
type removedRow struct {
	Kind  string `json:"kind"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// ArticleRow is an article with its JSON columns and content hash.
type ArticleRow struct {
	Article                 *kroniek.Article
	Removed, Headings, Meta string
	Hash                    string
}

// NewArticleRow encodes the JSON columns and the content hash of a.
func NewArticleRow(a *kroniek.Article) (*ArticleRow, error) {
	r := &ArticleRow{Article: a}
	removed := make([]removedRow, len(a.Removed))
	for i, x := range a.Removed {
		removed[i] = removedRow(x)
	}
	var err error
	if r.Removed, err = JSONText(removed); err != nil {
		return nil, err
	}
	headings := a.Headings
	if headings == nil {
		headings = []kroniek.Span{}
	}
	if r.Headings, err = JSONText(headings); err != nil {
		return nil, err
	}
	meta := a.Meta
	if meta == nil {
		meta = map[string]string{}
	}
	if r.Meta, err = JSONText(meta); err != nil { // map keys are sorted
		return nil, err
	}
	r.Hash = contentHash(a, r.Removed, r.Headings, r.Meta)
	return r, nil
}

// DecodeArticleJSON fills a's removed spans, headings and metadata from
// their JSON columns; empty lists and maps become nil.
func DecodeArticleJSON(a *kroniek.Article, removed, headings, meta []byte) error {
	var rr []removedRow
	if err := json.Unmarshal(removed, &rr); err != nil {
		return fmt.Errorf("article %s removed: %w", a.ID, err)
	}
	a.Removed = make([]kroniek.Removed, len(rr))
	for i, x := range rr {
		a.Removed[i] = kroniek.Removed(x)
	}
	if err := json.Unmarshal(headings, &a.Headings); err != nil {
		return fmt.Errorf("article %s headings: %w", a.ID, err)
	}
	if len(a.Headings) == 0 {
		a.Headings = nil
	}
	if err := json.Unmarshal(meta, &a.Meta); err != nil {
		return fmt.Errorf("article %s meta: %w", a.ID, err)
	}
	if len(a.Meta) == 0 {
		a.Meta = nil
	}
	return nil
}

// contentHash hashes every stored field of a except the links that
// cross-document work sets (duplicate_of, similarity, story).
func contentHash(a *kroniek.Article, removed, headings, meta string) string {
	h := sha256.New()
	for _, s := range []string{a.ID, a.Source, a.URL, a.Outlet, a.Title, a.Author, a.Published,
		a.Lang, a.Body, a.Text, removed, headings, meta} {
		writeString(h, s)
	}
	var b [8]byte
	if a.PublishedInferred {
		b[0] = 1
	}
	h.Write(b[:1])
	for _, f := range []float64{a.PublishedConfidence, a.LangConfidence} {
		binary.LittleEndian.PutUint64(b[:], math.Float64bits(f))
		h.Write(b[:])
	}
	return hex.EncodeToString(h.Sum(nil))
}

// writeString writes s with its length, so field boundaries are unambiguous.
func writeString(h hash.Hash, s string) {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], uint64(len(s)))
	h.Write(b[:])
	h.Write([]byte(s))
}

// EventLists makes an event's actor and recipient lists, never null, as
// the export contract shows them.
func EventLists(e *kroniek.Event) {
	if e.Actor == nil {
		e.Actor = []string{}
	}
	if e.Recipient == nil {
		e.Recipient = []string{}
	}
}

// StoryLists makes a story's lists, never null, as the export contract
// shows them.
func StoryLists(st *kroniek.Story) {
	if st.Articles == nil {
		st.Articles = []string{}
	}
	if st.Summary == nil {
		st.Summary = []string{}
	}
	if st.Timeline == nil {
		st.Timeline = []kroniek.TimelineItem{}
	}
}

// Rows is what ScanJSON reads of a query's result: database/sql's
// *sql.Rows and pgx's Rows both have it.
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
}

// ScanJSON passes the value of each row's one JSON column to fn. The
// caller closes rows.
func ScanJSON(rows Rows, fn func([]byte) error) error {
	var data []byte // declared once: Scan escapes through the interface
	for rows.Next() {
		if err := rows.Scan(&data); err != nil {
			return err
		}
		if err := fn(data); err != nil {
			return err
		}
	}
	return rows.Err()
}

// DecodeFeedState decodes a feed state from its JSON column; a state
// without seen items gets an empty map.
func DecodeFeedState(data []byte) (*kroniek.FeedState, error) {
	st := &kroniek.FeedState{}
	if err := json.Unmarshal(data, st); err != nil {
		return nil, fmt.Errorf("decode feed state: %w", err)
	}
	if st.Seen == nil {
		st.Seen = map[string]string{}
	}
	return st, nil
}

// ArticleColumns are the columns of an article row (table alias a) that
// ScanArticles reads, in its order.
const ArticleColumns = `a.id, a.source, a.url, a.outlet, a.title, a.author, a.published,
	a.published_inferred, a.published_confidence, a.lang, a.lang_confidence, a.body, a.text,
	a.removed, a.headings, a.meta, a.duplicate_of, a.similarity, a.story`

// ScanArticles reads rows of ArticleColumns. The caller closes rows.
func ScanArticles(rows Rows) ([]*kroniek.Article, error) {
	list := []*kroniek.Article{}
	var removed, headings, meta []byte
	for rows.Next() {
		var a kroniek.Article
		if err := rows.Scan(&a.ID, &a.Source, &a.URL, &a.Outlet, &a.Title, &a.Author, &a.Published,
			&a.PublishedInferred, &a.PublishedConfidence, &a.Lang, &a.LangConfidence, &a.Body, &a.Text,
			&removed, &headings, &meta, &a.DuplicateOf, &a.Similarity, &a.Story); err != nil {
			return nil, fmt.Errorf("scan article: %w", err)
		}
		if err := DecodeArticleJSON(&a, removed, headings, meta); err != nil {
			return nil, err
		}
		list = append(list, &a)
	}
	return list, rows.Err()
}

// MentionColumns are the columns of a mention row (table alias m) that
// ScanMentions reads, in its order.
const MentionColumns = `m.article, m.start, m."end", m.text, m.type, m.local, m.entity, m.kb, m.role, m.stands_for, m.field`

// ScanMentions passes each row of MentionColumns to add. The caller
// closes rows.
func ScanMentions(rows Rows, add func(kroniek.Mention)) error {
	var m kroniek.Mention
	for rows.Next() {
		if err := rows.Scan(&m.Article, &m.Start, &m.End, &m.Text, &m.Type, &m.Local, &m.Entity,
			&m.KB, &m.Role, &m.StandsFor, &m.Field); err != nil {
			return err
		}
		add(m)
	}
	return rows.Err()
}

// ScanFacets reads (value, label, count) rows. The caller closes rows.
func ScanFacets(rows Rows) ([]kroniek.FacetCount, error) {
	list := []kroniek.FacetCount{}
	var f kroniek.FacetCount
	for rows.Next() {
		if err := rows.Scan(&f.Value, &f.Label, &f.Count); err != nil {
			return nil, err
		}
		list = append(list, f)
	}
	return list, rows.Err()
}

// NewExport returns an export document whose lists are empty, never null.
func NewExport() *kroniek.Export {
	return &kroniek.Export{
		Articles: []kroniek.ExportArticle{},
		Entities: []*kroniek.Entity{},
		Quotes:   []kroniek.Quote{},
		Amounts:  []kroniek.Amount{},
		Times:    []kroniek.TimeRef{},
		Events:   []kroniek.Event{},
		Stories:  []*kroniek.Story{},
	}
}

// ExportTable is an analysis table an export reads whole (its data
// column, in article order then position) and how a row joins x.
type ExportTable struct {
	Name string
	Add  func(data []byte) error
}

// ExportTables returns the analysis tables of x: quotes, amounts, times
// and events.
func ExportTables(x *kroniek.Export) []ExportTable {
	return []ExportTable{
		{"quotes", DecodeAppend(&x.Quotes)},
		{"amounts", DecodeAppend(&x.Amounts)},
		{"times", DecodeAppend(&x.Times)},
		{"events", DecodeAppend(&x.Events)},
	}
}

// AddGenres returns a function that reads one analysis (JSON) and sets its
// genre on the export's article: genre lives in the analysis, not in the
// articles table.
func AddGenres(x *kroniek.Export) func([]byte) error {
	index := make(map[string]int, len(x.Articles))
	for i, a := range x.Articles {
		index[a.ID] = i
	}
	return func(data []byte) error {
		var an struct {
			Article string `json:"article"`
			Genre   string `json:"genre"`
		}
		if err := json.Unmarshal(data, &an); err != nil {
			return fmt.Errorf("decode analysis genre: %w", err)
		}
		if i, ok := index[an.Article]; ok {
			x.Articles[i].Genre = an.Genre
		}
		return nil
	}
}
