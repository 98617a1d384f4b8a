package http_test

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestSearchHitMetaSeparated: a search hit's line under its title puts
// " · " between outlet, date and language, as the story's and the
// entity's article lists do, and leaves the date out when the article
// has none; it read "geen medium genoemd 2020-03-05 Nederlands · nieuws"
// and, undated, "geen medium genoemd <span></span> Nederlands" (user
// check, session 21).
func TestSearchHitMetaSeparated(t *testing.T) {
	srv := serverWith(t, fixture(t),
		&kroniek.Article{ID: "d1", Source: "d1.txt", Title: "Fietsbrug geopend", Published: "2020-03-05", Lang: "nl",
			Text: "Wethouder Pietersen opende de fietsbrug over het kanaal."},
		&kroniek.Article{ID: "d2", Source: "d2.txt", Title: "Fietsbrug weer dicht", Lang: "nl",
			Text: "De fietsbrug over het kanaal ging na een dag weer dicht."})
	_, page, _ := get(t, srv, "/search?q=fietsbrug&ui=en")
	for _, want := range []string{
		`<div class="meta">no outlet named · <span class="nowrap">2020-03-05</span> · `,
		`<div class="meta">no outlet named · `,
	} {
		if !strings.Contains(page, want) {
			i := strings.Index(page, `<li class="hit">`)
			t.Errorf("search hit meta: want %q in %.600s", want, page[max(i, 0):])
		}
	}
	if strings.Contains(page, `<span class="nowrap"></span>`) {
		t.Error("an undated hit shows an empty date")
	}
}
