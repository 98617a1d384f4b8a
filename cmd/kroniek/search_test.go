package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestSearchPhraseOneMark: a phrase's words are one mark in a snippet,
// «Theresa May», as on the web page, not «Theresa» «May» (user trial 14).
func TestSearchPhraseOneMark(t *testing.T) {
	res := &kroniek.SearchResult{Total: 1, Hits: []kroniek.SearchHit{{
		Article: "a1", Title: "May in Brussel", Published: "2019-03-25", Outlet: "ad",
		Snippet: "De positie van \x02Theresa\x03 \x02May\x03 hangt aan een zijden draad; \x02May\x03 zwijgt.",
	}}}
	var b bytes.Buffer
	writeSearch(&b, res, nil)
	out := b.String()
	if !strings.Contains(out, "van «Theresa May» hangt") || !strings.Contains(out, "draad; «May» zwijgt") {
		t.Errorf("snippet marks:\n%s", out)
	}
}
