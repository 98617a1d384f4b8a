package nl

import (
	"strings"
	"testing"
)

// TestSentenceTokensShareDoc: every sentence's Tokens is a window on
// Doc.Tokens, also when later paragraphs made the token array grow, so
// that what tagging and parsing write into Doc.Tokens is what an
// extractor reading Sentence.Tokens sees.
func TestSentenceTokensShareDoc(t *testing.T) {
	// Many short tokens: the array Parse starts with (one token per five
	// bytes) is outgrown long before the last paragraph.
	text := "Het kabinet viel in 2010." + strings.Repeat("\n\nIk: 1, 2, 3. Jij ook.", 60)
	d := Parse(text, Options{Lang: "nl"})
	if cap(d.Tokens) <= len(text)/5 {
		t.Fatalf("the text did not make the token array grow (cap %d)", cap(d.Tokens))
	}
	for i, s := range d.Sentences {
		if len(s.Tokens) == 0 {
			continue
		}
		if &s.Tokens[0] != &d.Tokens[s.First] {
			t.Fatalf("sentence %d: Tokens is a copy, not a window on Doc.Tokens", i)
		}
		if cap(s.Tokens) != len(s.Tokens) {
			t.Errorf("sentence %d: Tokens can grow into the next sentence (cap %d, len %d)", i, cap(s.Tokens), len(s.Tokens))
		}
	}
	d.Tokens[0].Lemma = "marker"
	if d.Sentences[0].Tokens[0].Lemma != "marker" {
		t.Error("a write to Doc.Tokens is not seen through Sentence.Tokens")
	}
}
