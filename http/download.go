package http

import (
	"encoding/csv"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/kroniek/kroniek"
)

// table is a list ready for CSV: a header and rows of cells.
type table struct {
	header []string
	rows   [][]string
}

// writeDownload writes v as JSON or t as CSV, as a file named name.
func writeDownload(w http.ResponseWriter, format, name string, v any, t table) error {
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s.%s"`, name, format))
	if format == "json" {
		writeJSON(w, http.StatusOK, v)
		return nil
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	cw := csv.NewWriter(w)
	if err := cw.Write(t.header); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	for _, row := range t.rows {
		for i, c := range row {
			row[i] = csvSafe(c)
		}
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvSafe keeps a spreadsheet from reading a cell as a formula.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		if _, err := strconv.ParseFloat(s, 64); err != nil {
			return "'" + s
		}
	}
	return s
}

func writeStoryList(w http.ResponseWriter, format string, list []StorySummary) error {
	list = orEmpty(list)
	t := table{header: []string{"id", "title", "start", "end", "articles", "copies", "sources", "outlets", "languages"}}
	for _, s := range list {
		t.rows = append(t.rows, []string{s.ID, s.Title, s.Start, s.End, strconv.Itoa(s.Articles), strconv.Itoa(s.Copies), strconv.Itoa(s.Sources),
			strings.Join(s.Outlets, "; "), strings.Join(s.Languages, "; ")})
	}
	return writeDownload(w, format, "stories", list, t)
}

// articleInfo is what a download says of the article an item is from.
type articleInfo func(id string) (outlet, published string)

// quoteTable is the table of a quotes download. Its last column names a
// joint quote's other speakers ("Anna Vos; Partij X"), so that the file
// of a co-speaker's page says why the quote is there.
func quoteTable(qs []kroniek.Quote, info articleInfo, names map[string]string) table {
	t := table{header: []string{"article", "outlet", "published", "speaker_id", "speaker", "speaker_text", "kind", "text", "cue", "field", "start", "end", "co_speakers"}}
	for _, q := range qs {
		o, p := info(q.Article)
		var co []string
		for _, c := range q.CoSpeakers {
			if n := names[c.ID]; c.ID != "" && n != "" {
				co = append(co, n)
			} else {
				co = append(co, c.Text)
			}
		}
		t.rows = append(t.rows, []string{q.Article, o, p, q.Speaker, names[q.Speaker], q.SpeakerText, q.Kind, q.Text, q.Cue, q.Field,
			strconv.Itoa(q.Start), strconv.Itoa(q.End), strings.Join(co, "; ")})
	}
	return t
}

func figureTable(fs []kroniek.Amount, info articleInfo) table {
	t := table{header: []string{"article", "outlet", "published", "text", "value", "unit", "modifier", "object", "field", "start", "end"}}
	for _, f := range fs {
		o, p := info(f.Article)
		t.rows = append(t.rows, []string{f.Article, o, p, f.Text, strconv.FormatFloat(f.Value, 'f', -1, 64), f.Unit, f.Modifier, f.Object, f.Field,
			strconv.Itoa(f.Start), strconv.Itoa(f.End)})
	}
	return t
}

func eventTable(es []kroniek.Event, info articleInfo, names map[string]string) table {
	t := table{header: []string{"id", "article", "outlet", "published", "date", "type", "mode", "actor", "recipient", "negated", "hypothetical", "text", "field", "start", "end"}}
	who := func(ids []string) string {
		out := make([]string, len(ids))
		for i, id := range ids {
			out[i] = id
			if n := names[id]; n != "" {
				out[i] = n
			}
		}
		return strings.Join(out, "; ")
	}
	for _, e := range es {
		o, p := info(e.Article)
		t.rows = append(t.rows, []string{e.ID, e.Article, o, p, e.Date, e.Type, e.Mode, who(e.Actor), who(e.Recipient),
			strconv.FormatBool(e.Negated), strconv.FormatBool(e.Hypothetical), e.Text, e.Field, strconv.Itoa(e.Start), strconv.Itoa(e.End)})
	}
	return t
}

func articleTable(as []*kroniek.Article) table {
	t := table{header: []string{"id", "outlet", "published", "lang", "title", "url", "story"}}
	for _, a := range as {
		t.rows = append(t.rows, []string{a.ID, a.Outlet, a.Published, a.Lang, a.Title, safeURL(a.URL), a.Story})
	}
	return t
}

func timelineTable(items []kroniek.TimelineItem) table {
	t := table{header: []string{"date", "kind", "text", "articles"}}
	for _, it := range items {
		t.rows = append(t.rows, []string{it.Date, it.Kind, it.Text, strings.Join(it.Articles, "; ")})
	}
	return t
}

// downloadParts are the parts of a story or entity page one can download.
var downloadParts = map[string][]string{
	"story":  {"quotes", "figures", "events", "articles", "timeline"},
	"entity": {"quotes", "events", "articles", "stories"},
}

// splitFile reads "quotes.csv" as ("quotes", "csv") for the parts of kind.
func splitFile(kind, file string) (string, string, error) {
	part, format, ok := strings.Cut(file, ".")
	if !ok || !oneOf(format, "csv", "json") || !oneOf(part, downloadParts[kind]...) {
		return "", "", kroniek.Errorf(kroniek.ENOTFOUND, "no download %q: use one of %s, as .csv or .json", file, strings.Join(downloadParts[kind], ", "))
	}
	return part, format, nil
}

func (s *Server) handleStoryDownload(w http.ResponseWriter, r *http.Request) error {
	part, format, err := splitFile("story", r.PathValue("file"))
	if err != nil {
		return err
	}
	v, _, _, err := s.storyBetween(r)
	if err != nil {
		return err
	}
	info := v.articleInfo()
	name := v.ID + "-" + part
	items := pageItems{v.Quotes, v.Events, v.ArticleList, info, v.Entities}
	switch part {
	case "figures":
		figs := orEmpty(v.Figures)
		return writeDownload(w, format, name, figs, figureTable(figs, info))
	case "timeline":
		return writeDownload(w, format, name, v.Timeline, timelineTable(v.Timeline))
	}
	return items.write(w, format, name, part)
}

func (s *Server) handleEntityDownload(w http.ResponseWriter, r *http.Request) error {
	part, format, err := splitFile("entity", r.PathValue("file"))
	if err != nil {
		return err
	}
	v, err := s.entityView(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	info := func(id string) (string, string) {
		if a := v.Articles[id]; a != nil {
			return a.Outlet, a.Published
		}
		return "", ""
	}
	name := strings.NewReplacer(":", "-", "@", "-", "/", "-").Replace(v.ID) + "-" + part
	if part == "stories" {
		return writeStoryList(w, format, v.Stories)
	}
	return pageItems{v.Quotes, v.Events, v.ArticleList, info, v.Names}.write(w, format, name, part)
}

// pageItems are the lists that story and entity pages both offer as
// downloads, with what their tables need.
type pageItems struct {
	quotes   []kroniek.Quote
	events   eventList
	articles []*kroniek.Article
	info     articleInfo
	names    map[string]string // entity id -> display name
}

// write writes the list part names: quotes, events or articles.
func (it pageItems) write(w http.ResponseWriter, format, name, part string) error {
	switch part {
	case "quotes":
		return writeDownload(w, format, name, it.quotes, quoteTable(it.quotes, it.info, it.names))
	case "events":
		return writeDownload(w, format, name, it.events, eventTable(it.events, it.info, it.names))
	}
	as := publicArticles(it.articles)
	return writeDownload(w, format, name, as, articleTable(as))
}
