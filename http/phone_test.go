package http_test

import (
	"strings"
	"testing"
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
