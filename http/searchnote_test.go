package http_test

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestSearchNoteNamesSearchedSpellings: the note above a search for a
// name lists the spellings searched for, not every alias: "Mark" of
// "Mark Rutte" is not searched (it would find every Mark), and spellings
// that differ only in case are one ("brexit, Brexit, BREXIT" made a note
// on every brexit search that told nothing).
func TestSearchNoteNamesSearchedSpellings(t *testing.T) {
	text := "Mark Rutte sprak over de brexit. Rutte zei dat de Brexit een probleem is."
	mention := func(id, typ, word string) kroniek.Mention {
		i := strings.Index(text, word)
		return kroniek.Mention{Article: "a1", Start: i, End: i + len(word), Text: word, Type: typ, Entity: id}
	}
	ms := []kroniek.Mention{mention("e-rutte", "PER", "Mark Rutte"), mention("e-brexit", "MISC", "brexit")}
	c := &kroniek.Corpus{
		Entities: []*kroniek.Entity{
			{ID: "e-rutte", Name: "Mark Rutte", Type: kroniek.PER, Aliases: []string{"Mark", "Mark Rutte", "Rutte"}, Count: 2, Mentions: ms[:1]},
			{ID: "e-brexit", Name: "brexit", Type: "MISC", Aliases: []string{"BREXIT", "Brexit", "brexit"}, Count: 2, Mentions: ms[1:]},
		},
		Analyses: []*kroniek.Analysis{{Article: "a1", Genre: "news", Mentions: ms}},
		Links:    []kroniek.ArticleLink{{Article: "a1", Story: "s1"}},
		Stories:  []*kroniek.Story{{ID: "s1", Title: "Brexit", Articles: []string{"a1"}, Start: "2019-03-03", End: "2019-03-03"}},
	}
	h := storeServer(t, []*kroniek.Article{{ID: "a1", Source: "a1.txt", Outlet: "Krant", Title: "Brexit", Published: "2019-03-03", Lang: "nl", Text: text, Story: "s1"}}, c)
	_, body, _ := get(t, h, "/search?q=Rutte&ui=en")
	if !strings.Contains(body, `Mark Rutte</a>: Mark Rutte, Rutte</p>`) {
		i := strings.Index(body, `class="note"`)
		t.Errorf("Rutte: want the note to list Mark Rutte, Rutte: %.300s", body[max(i, 0):])
	}
	if _, body, _ = get(t, h, "/search?q=brexit&ui=en"); strings.Contains(body, "Searched for every spelling") {
		i := strings.Index(body, `class="note"`)
		t.Errorf("brexit: a note for spellings that differ only in case: %.300s", body[max(i, 0):])
	}
}
