package http_test

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestSinceDateWhole: the heading of "what is new" keeps its date on
// one line; at 390 px it broke at a hyphen, "sinds 2019-04-" over "05"
// (user trial 16).
func TestSinceDateWhole(t *testing.T) {
	h := server(t)
	for ui, want := range map[string]string{"nl": `<h1>Wat is er nieuw sinds <span class="nowrap">2020-02-27</span></h1>`,
		"en": `<h1>What is new since <span class="nowrap">2020-02-27</span></h1>`} {
		if _, body, _ := get(t, h, "/since?ui="+ui); !strings.Contains(body, want) {
			i := strings.Index(body, "<h1>")
			t.Errorf("ui=%s: want %s: %.200s", ui, want, body[max(i, 0):])
		}
	}
}

// TestArticleWithoutOutletSaysSo: an article of no known outlet is
// headed "geen medium genoemd · Gepubliceerd: …", as the story page says
// of such sources, not a bare "onbekend" that reads as any field.
func TestArticleWithoutOutletSaysSo(t *testing.T) {
	h := bridgeStory(t)
	for ui, want := range map[string]string{"nl": `<p class="meta">geen medium genoemd · Gepubliceerd:`, "en": `<p class="meta">no outlet named · Published:`} {
		if _, body, _ := get(t, h, "/articles/a4?ui="+ui); !strings.Contains(body, want) {
			i := strings.Index(body, `<p class="meta">`)
			t.Errorf("ui=%s: want %s: %.200s", ui, want, body[max(i, 0):])
		}
	}
}

// TestFigureModifierInPageLanguage: the story page's figures table names
// a figure's modifier and writes its value in the page language ("more
// than 4,500,000" on the English page, "meer dan 4.500.000" on the Dutch
// one; the English page said "meer dan 4.500.000").
func TestFigureModifierInPageLanguage(t *testing.T) {
	text := "Meer dan 4,5 miljoen mensen tekenden de petitie."
	an := &kroniek.Analysis{Article: "a1", Genre: "news", Amounts: []kroniek.Amount{{Article: "a1", Start: 0, End: len("Meer dan 4,5 miljoen"),
		Text: "Meer dan 4,5 miljoen", Value: 4.5e6, Modifier: "meer dan", Object: "mensen"}}}
	h := storeServer(t, []*kroniek.Article{{ID: "a1", Source: "a1.txt", Outlet: "Krant", Title: "Petitie", Published: "2019-03-25", Lang: "nl", Text: text, Story: "s1"}},
		&kroniek.Corpus{Analyses: []*kroniek.Analysis{an}, Links: []kroniek.ArticleLink{{Article: "a1", Story: "s1"}},
			Stories: []*kroniek.Story{{ID: "s1", Title: "Petitie", Articles: []string{"a1"}, Start: "2019-03-25", End: "2019-03-25", Figures: an.Amounts}}})
	for ui, want := range map[string]string{"en": "<small>more than</small> 4,500,000", "nl": "<small>meer dan</small> 4.500.000"} {
		if _, body, _ := get(t, h, "/stories/s1?ui="+ui); !strings.Contains(body, want) {
			i := strings.Index(body, `id="figures"`)
			t.Errorf("ui=%s: want %s: %.600s", ui, want, body[max(i, 0):])
		}
	}
}
