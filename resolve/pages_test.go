package resolve

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek/nl"
)

// TestDropPageNumbers checks that a letter and number after a word for a
// page goes and that the same shape elsewhere (a road) stays. Made-up text.
func TestDropPageNumbers(t *testing.T) {
	text := "Vannacht regen, morgen droog. Pagina K12. Zie pag. B4 voor meer. De file op de A7 groeit."
	if got := keptBy(text, "MISC", dropPageNumbers, "K12", "B4", "A7"); got != "A7" {
		t.Errorf("kept %v, want only A7", got)
	}
}

// keptBy makes a candidate of type typ of each of words in text and
// returns, comma-joined, the texts of those drop keeps.
func keptBy(text, typ string, drop func(*nl.Doc, []cand) []cand, words ...string) string {
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	var cs []cand
	for _, w := range words {
		i := strings.Index(text, w)
		cs = append(cs, cand{start: i, end: i + len(w), typ: typ})
	}
	var got []string
	for _, c := range drop(doc, cs) {
		got = append(got, c.text(doc))
	}
	return strings.Join(got, ",")
}

// TestPageCode checks the shape of a page number. Made-up words.
func TestPageCode(t *testing.T) {
	for w, want := range map[string]bool{"V15": true, "B4": true, "A320": true, "V": false, "v15": false, "AB4": false, "B1234": false, "D66a": false} {
		if got := pageCode(w); got != want {
			t.Errorf("pageCode(%q) = %v, want %v", w, got, want)
		}
	}
}
