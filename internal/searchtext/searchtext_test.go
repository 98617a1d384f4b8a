package searchtext

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

func TestParseQuery(t *testing.T) {
	q := ParseQuery(`de "verkiezingen" OR NOT (`, "")
	if q.None || len(q.Words) == 0 {
		t.Fatalf("query: %+v", q)
	}
	if !q.Terms["verkiez"] {
		t.Errorf("terms %v lack the Dutch stem verkiez", q.Terms)
	}
	if q := ParseQuery("de het een", ""); !q.None || len(q.Words) != 0 {
		t.Errorf("stop words: %+v", q)
	}
	if q := ParseQuery("", ""); q.None {
		t.Errorf("empty text is not None: %+v", q)
	}
	if q := ParseQuery(strings.Repeat("woord ", 100), ""); len(q.Words) != MaxQueryWords {
		t.Errorf("long query: %d words", len(q.Words))
	}
}

func TestMemo(t *testing.T) {
	m := NewMemo()
	got := m.Terms("De verkiezingen in Wit-Rusland, de verkiezingen!", "nl")
	if again := m.Terms("De verkiezingen in Wit-Rusland, de verkiezingen!", "nl"); !reflect.DeepEqual(got, again) {
		t.Errorf("memo changes terms: %v, %v", got, again)
	}
	if len(got) == 0 || got[0] != "verkiez" {
		t.Errorf("terms %v", got)
	}
}

func TestSnippet(t *testing.T) {
	m := NewMemo()
	text := "In Minsk gingen duizenden mensen de straat op.\nZe eisen nieuwe verkiezingen."
	s := Snippet(text, "nl", ParseQuery("verkiezing", "").Phrases, func(w string) []string { return m.Word(w, "nl") })
	if !strings.Contains(s, "\x02verkiezingen\x03") || strings.Contains(s, "\n") {
		t.Errorf("snippet %q", s)
	}
	if s := Snippet("", "nl", nil, nil); s != "" {
		t.Errorf("empty text: %q", s)
	}
}

// A phrase is marked only where its words stand together (a stop word of
// the index in between counts as together); a prefix marks every word it
// starts; a NOT word is never marked.
func TestSnippetPhrases(t *testing.T) {
	m := NewMemo()
	terms := func(w string) []string { return m.Word(w, "nl") }
	text := "Rusland steunt de president. In Wit-Rusland en Den Haag protesteren mensen; de Haag-gebouwen bleven dicht. Minister van Financiën Hoekstra zweeg."
	for _, tc := range []struct {
		query string
		want  []string
		not   []string
	}{
		{`"Den Haag"`, []string{"\x02Den\x03 \x02Haag\x03"}, []string{"\x02Haag-gebouwen"}},
		{`Wit-Rusland`, []string{"\x02Wit-Rusland\x03"}, []string{"\x02Rusland\x03"}},
		{`"minister Financiën"`, []string{"\x02Minister\x03 van \x02Financiën\x03"}, nil},
		{`protest*`, []string{"\x02protesteren\x03"}, nil},
		{`mensen -president`, []string{"\x02mensen\x03"}, []string{"\x02president"}},
	} {
		got := Snippet(text, "nl", ParseQuery(tc.query, "").Phrases, terms)
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: snippet %q lacks %q", tc.query, got, w)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(got, w) {
				t.Errorf("%s: snippet %q marks %q", tc.query, got, w)
			}
		}
	}
}

func TestHitFacets(t *testing.T) {
	hits := []kroniek.SearchHit{{Article: "a", Outlet: "NOS", Lang: "nl", Story: "S1"},
		{Article: "b", Outlet: "NRC", Lang: "nl", Story: "S1"}, {Article: "c", Outlet: "NOS", Lang: "en"}}
	facets := NoFacets()
	ids, err := HitFacets(hits, facets, func(id string) (string, error) { return "titel " + id, nil })
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ids, []string{"a", "b", "c"}) {
		t.Errorf("ids %v", ids)
	}
	want := map[string][]kroniek.FacetCount{
		kroniek.FacetOutlet: {{Value: "NOS", Count: 2}, {Value: "NRC", Count: 1}},
		kroniek.FacetLang:   {{Value: "nl", Count: 2}, {Value: "en", Count: 1}},
		kroniek.FacetStory:  {{Value: "S1", Label: "titel S1", Count: 2}},
		kroniek.FacetEntity: {},
		kroniek.FacetEvent:  {},
	}
	if !reflect.DeepEqual(facets, want) {
		t.Errorf("facets %+v", facets)
	}
	if _, err := HitFacets(hits, facets, func(string) (string, error) { return "", errors.New("kapot") }); err == nil {
		t.Error("a story title error is lost")
	}
}

// TestHitFacetsNoOutlet: hits of no outlet are counted as
// kroniek.NoOutlet after the named outlets, however many, so the outlet
// facet adds up to the hits ("Theresa May" on dpgmedia counted 10 of 16).
func TestHitFacetsNoOutlet(t *testing.T) {
	hits := []kroniek.SearchHit{{Article: "a", Outlet: "vk"}, {Article: "b"}, {Article: "c"}, {Article: "d", Outlet: "ad"}, {Article: "e"}}
	facets := NoFacets()
	if _, err := HitFacets(hits, facets, func(string) (string, error) { return "", nil }); err != nil {
		t.Fatal(err)
	}
	want := []kroniek.FacetCount{{Value: "ad", Count: 1}, {Value: "vk", Count: 1}, {Value: kroniek.NoOutlet, Count: 3}}
	if got := facets[kroniek.FacetOutlet]; !reflect.DeepEqual(got, want) {
		t.Errorf("outlet facet %+v, want %+v", got, want)
	}
}

// TestParseQuerySyntax checks the query syntax: phrases, OR (OF), NOT
// (NIET) and -,
// prefixes, and that stray syntax is only text.
func TestParseQuerySyntax(t *testing.T) {
	for _, tc := range []struct {
		text  string
		words string
		not   string
		none  bool
	}{
		{`Loekasjenko`, `[[[loekasjenko]]]`, `[]`, false},
		{`"Poetin ontving" Sotsji`, `[[[poetin ontving]] [[sotsji]]]`, `[]`, false},
		{`Belarus OR Wit-Rusland`, `[[[belarus] [wit-rusland] [wit rusland]]]`, `[]`, false},
		{`Loekasjenko NOT Poetin`, `[[[loekasjenko]]]`, `[[[poetin]]]`, false},
		{`Loekasjenko -Poetin`, `[[[loekasjenko]]]`, `[[[poetin]]]`, false},
		{`loekas*`, `[[[loekas*]]]`, `[]`, false},
		{`OR NOT " * -`, `[]`, `[]`, true},
		// The Dutch page's tips name OF and NIET: the same operators.
		{`Belarus OF Wit-Rusland`, `[[[belarus] [wit-rusland] [wit rusland]]]`, `[]`, false},
		{`Loekasjenko NIET Poetin`, `[[[loekasjenko]]]`, `[[[poetin]]]`, false},
		{`of niet Poetin`, `[[[poetin]]]`, `[]`, false}, // lower case: words (stop words here)
		// A phrase of stop words only is left out as the words are: "zei"
		// searches what zei does (nothing, and says so), not only the
		// articles in no language that drops stop words.
		{`"zei"`, `[]`, `[]`, true},
		{`"van der" Bellen`, `[[[bell] [bellen]]]`, `[]`, false},
		{`"de Brexit"`, `[[[brexit] [de brexit]]]`, `[]`, false},
		{`Brexit -"het"`, `[[[brexit]]]`, `[]`, false},
	} {
		q := ParseQuery(tc.text, "")
		if got := fmt.Sprint(q.Words); got != tc.words {
			t.Errorf("%q: words %s, want %s", tc.text, got, tc.words)
		}
		if got := fmt.Sprint(q.Not); got != tc.not {
			t.Errorf("%q: not %s, want %s", tc.text, got, tc.not)
		}
		if q.None != tc.none {
			t.Errorf("%q: none %v", tc.text, q.None)
		}
	}
}
