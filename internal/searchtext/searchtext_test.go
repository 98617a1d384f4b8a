package searchtext

import (
	"reflect"
	"strings"
	"testing"
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
	s := Snippet(text, "nl", ParseQuery("verkiezing", "").Terms, func(w string) []string { return m.Word(w, "nl") })
	if !strings.Contains(s, "\x02verkiezingen\x03") || strings.Contains(s, "\n") {
		t.Errorf("snippet %q", s)
	}
	if s := Snippet("", "nl", nil, nil); s != "" {
		t.Errorf("empty text: %q", s)
	}
}
