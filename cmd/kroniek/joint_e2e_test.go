package main

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
)

// jointArticles are two invented articles in which a consumers' group and
// a union speak together: "De Consumentenbond en de vakbond FNV zeggen
// dat …", once in each, and the group once alone.
func jointArticles() []*kroniek.Article {
	return []*kroniek.Article{
		{ID: "j1", Title: "Kabinet wil hogere btw op boodschappen", Published: "2021-05-04", Lang: "nl",
			Body: "Het kabinet wil de btw op boodschappen verhogen van 9 naar 12 procent. Minister Karel Dijkstra van Financiën noemt de verhoging nodig om de begroting sluitend te krijgen. " +
				"De Consumentenbond en de vakbond FNV zeggen dat gezinnen met een laag inkomen het hardst worden geraakt. ,,Dit raakt mensen die nu al elke euro omdraaien'', zei Dijkstra woensdag in Den Haag."},
		{ID: "j2", Title: "Btw-plan onder vuur", Published: "2021-05-05", Lang: "nl",
			Body: "Het plan van het kabinet om de btw op boodschappen te verhogen ligt onder vuur. De Consumentenbond en de vakbond FNV zeggen dat de prijzen in de supermarkt al maanden stijgen. " +
				"De Consumentenbond wil dat het kabinet de verhoging uitstelt tot na de zomer."},
	}
}

// TestWebJointSpeaker analyses articles with a joint quote, serves them
// and drives a real headless Chromium, at a phone's width and a
// desktop's: the second speaker's page lists both joint quotes, each
// "samen met" the first speaker with a link to that page, which lists
// them too (once each) beside the quote it said alone; neither page is
// wider than the screen.
func TestWebJointSpeaker(t *testing.T) {
	shared.Long(t, "drives a browser")
	t.Parallel()
	browser := chromiumPath()
	if browser == "" {
		t.Skip("no chromium: end-to-end test skipped (install Debian's chromium or set KRONIEK_CHROMIUM)")
	}
	store := analyzeArticles(t, jointArticles())
	qs, _, err := store.Quotes(context.Background(), kroniek.QuoteFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var first, second string
	for _, q := range qs {
		if len(q.CoSpeakers) == 1 && q.Speaker != "" && q.CoSpeakers[0].ID != "" {
			first, second = q.Speaker, q.CoSpeakers[0].ID
		}
	}
	if second == "" {
		t.Fatalf("no joint quote of two entities: %+v", qs)
	}
	base := serveTestStore(t, store)
	ctx := newBrowser(t, browser)
	count := func(sel string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+jsString(sel)+`).length`))
		if err != nil {
			t.Fatalf("count %s: %v", sel, err)
		}
		return n
	}
	for _, width := range []int64{390, 1400} {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, 900), chromedp.Navigate(base+"/entities/"+second+"?ui=nl"),
			chromedp.WaitVisible(chromedp.CSS(`#quotes li.quote`))); err != nil {
			t.Fatalf("%d px: second speaker's page: %v", width, err)
		}
		if n, joint := count(`#quotes li.quote`), count(`#quotes li.quote .joint a[href="/entities/`+first+`"]`); n != 2 || joint != 2 {
			t.Errorf("%d px: second speaker's page lists %d quotes, %d said together with the first; want 2, 2", width, n, joint)
		}
		if txt, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('#quotes .joint')?.textContent ?? ''`)); err != nil || !strings.HasPrefix(txt, "samen met") {
			t.Errorf("%d px: joint quote marked %q (%v), want 'samen met …'", width, txt, err)
		}
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#quotes .joint a`)), chromedp.WaitVisible(chromedp.CSS(`#quotes .joint a[href="/entities/`+second+`"]`))); err != nil {
			t.Fatalf("%d px: follow the first speaker: %v", width, err)
		}
		if n, joint := count(`#quotes li.quote`), count(`#quotes li.quote .joint`); n != 3 || joint != 2 {
			t.Errorf("%d px: first speaker's page lists %d quotes, %d joint; want 3, 2", width, n, joint)
		}
		if over, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`document.documentElement.scrollWidth - innerWidth`)); err != nil || over > 0 {
			t.Errorf("%d px: entity page %v px too wide (%v)", width, over, err)
		}
	}
}
