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
