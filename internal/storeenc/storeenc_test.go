package storeenc

import (
	"reflect"
	"testing"

	"github.com/kroniek/kroniek"
)

func TestArticleRow(t *testing.T) {
	a := &kroniek.Article{ID: "a", Title: "T", Text: "x", Removed: []kroniek.Removed{{Kind: "caption", Text: "Beeld", Start: 1, End: 6}},
		Meta: map[string]string{"b": "2", "a": "1"}}
	r, err := NewArticleRow(a)
	if err != nil {
		t.Fatal(err)
	}
	if r.Meta != `{"a":"1","b":"2"}` || r.Headings != `[]` || len(r.Hash) != 64 {
		t.Errorf("row %+v", r)
	}
	var back kroniek.Article
	if err := DecodeArticleJSON(&back, []byte(r.Removed), []byte(r.Headings), []byte(r.Meta)); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Removed, a.Removed) || !reflect.DeepEqual(back.Meta, a.Meta) || back.Headings != nil {
		t.Errorf("decoded %+v", back)
	}
	b := *a
	b.Story = "S1" // links are not content
	if r2, _ := NewArticleRow(&b); r2.Hash != r.Hash {
		t.Error("a link changed the content hash")
	}
	b.Title = "T2"
	if r2, _ := NewArticleRow(&b); r2.Hash == r.Hash {
		t.Error("a title change kept the content hash")
	}
}

func TestPage(t *testing.T) {
	for _, tt := range []struct {
		p             kroniek.Page
		limit, offset int
		code          string
	}{
		{kroniek.Page{}, DefaultLimit, 0, ""},
		{kroniek.Page{Limit: 10000, Offset: 3}, MaxLimit, 3, ""},
		{kroniek.Page{Offset: -1}, 0, 0, kroniek.EINVALID},
	} {
		l, o, err := Page(tt.p)
		if l != tt.limit || o != tt.offset || kroniek.ErrorCode(err) != tt.code {
			t.Errorf("Page(%+v) = %d, %d, %v", tt.p, l, o, err)
		}
	}
	if err := CheckDates("2020", "2020-09", "2020-09-14", ""); err != nil {
		t.Error(err)
	}
	if err := CheckDates("14-09-2020"); kroniek.ErrorCode(err) != kroniek.EINVALID {
		t.Errorf("bad date: %v", err)
	}
	if got := LikePrefix(`a%_\`); got != `a\%\_\\%` {
		t.Errorf("LikePrefix: %q", got)
	}
}

// TestContentHashPinned pins the content hash of stored articles: a
// change to it would make every article of an existing store look
// changed on its next put. The values are what the SQLite store computed
// before the stores shared this code.
func TestContentHashPinned(t *testing.T) {
	full := &kroniek.Article{ID: "nos-1", Source: "feed:nos", URL: "https://nos.nl/artikel/1", Outlet: "NOS",
		Title: "Protest in Minsk", Author: "Redactie", Published: "2020-08-16", PublishedInferred: true,
		PublishedConfidence: 0.75, Lang: "nl", LangConfidence: 0.99, Body: "<p>Tekst</p>", Text: "Tekst, één.",
		Removed:     []kroniek.Removed{{Kind: "caption", Text: "Beeld ANP", Start: 3, End: 12}},
		Headings:    []kroniek.Span{{Start: 0, End: 5}},
		Meta:        map[string]string{"section": "buitenland", "a": "1"},
		DuplicateOf: "x", Similarity: 0.5, Story: "S1"}
	for _, tt := range []struct {
		a    *kroniek.Article
		want string
	}{
		{full, "effc57c096a5cfaf13a3c5c1287518dc27e430acc2f8572767842a73b0c8bae9"},
		{&kroniek.Article{ID: "a"}, "42b5cb042151ba1185692993b787bac327073395540c489fe8ba7e00bceb183d"},
	} {
		r, err := NewArticleRow(tt.a)
		if err != nil {
			t.Fatal(err)
		}
		if r.Hash != tt.want {
			t.Errorf("article %s: content hash %s, want %s", tt.a.ID, r.Hash, tt.want)
		}
	}
}

// sliceRows is Rows over values in memory.
type sliceRows struct {
	vals []string
	i    int
}

func (r *sliceRows) Next() bool { r.i++; return r.i <= len(r.vals) }
func (r *sliceRows) Scan(dest ...any) error {
	*dest[0].(*[]byte) = []byte(r.vals[r.i-1])
	return nil
}
func (r *sliceRows) Err() error { return nil }

func TestScanJSON(t *testing.T) {
	var list []kroniek.Quote
	if err := ScanJSON(&sliceRows{vals: []string{`{"text":"a"}`, `{"text":"b"}`}}, DecodeAppend(&list)); err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[1].Text != "b" {
		t.Errorf("list %+v", list)
	}
	if err := ScanJSON(&sliceRows{vals: []string{`{`}}, DecodeAppend(&list)); err == nil {
		t.Error("bad JSON decoded")
	}
	st, err := DecodeFeedState([]byte(`{"url":"https://nos.nl/feed"}`))
	if err != nil || st.URL != "https://nos.nl/feed" || st.Seen == nil {
		t.Errorf("feed state %+v, %v", st, err)
	}
}

func TestExportTables(t *testing.T) {
	x := NewExport()
	if x.Articles == nil || x.Entities == nil || x.Stories == nil || x.Quotes == nil {
		t.Errorf("export has null lists: %+v", x)
	}
	for _, tt := range ExportTables(x) {
		if err := tt.Add([]byte(`{"text":"t"}`)); err != nil {
			t.Errorf("%s: %v", tt.Name, err)
		}
	}
	if len(x.Quotes) != 1 || len(x.Amounts) != 1 || len(x.Times) != 1 || len(x.Events) != 1 {
		t.Errorf("export %+v", x)
	}
	facets, err := ScanFacets(&sliceRows{})
	if err != nil || facets == nil || len(facets) != 0 {
		t.Errorf("no facet rows: %v, %v", facets, err)
	}
}
