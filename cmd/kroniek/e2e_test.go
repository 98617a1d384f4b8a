package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	khttp "github.com/kroniek/kroniek/http"
	"github.com/kroniek/kroniek/internal/shared"
)

// chromiumPath returns the browser for end-to-end tests, or "".
func chromiumPath() string {
	if p := os.Getenv("KRONIEK_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestWebEndToEnd analyses the seeds, serves them, and drives a real
// headless Chromium through the story, entity and search pages. With
// KRONIEK_ARTIFACTS set (a folder) it writes screenshots of every page
// there for people to look at; they assert nothing, and encoding them is
// most of the test's CPU time, so by default it takes none.
func TestWebEndToEnd(t *testing.T) {
	shared.Long(t, "drives a browser")
	t.Parallel()
	seeds := shared.Path(t, "corpus", "seeds")
	browser := chromiumPath()
	if browser == "" {
		t.Skip("no chromium: end-to-end test skipped (install Debian's chromium or set KRONIEK_CHROMIUM)")
	}
	artifacts := os.Getenv("KRONIEK_ARTIFACTS")
	if artifacts != "" {
		if err := os.MkdirAll(artifacts, 0o755); err != nil {
			t.Fatal(err)
		}
	}

	db := filepath.Join(t.TempDir(), "k.db")
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}
	if code := m.Run(context.Background(), []string{"analyze", "-q", "--db", db, seeds}); code != 0 {
		t.Fatalf("analyze exit %d: %s", code, errb.String())
	}
	store := openTestStore(t, db)
	srv, err := khttp.NewServer(store)
	if err != nil {
		t.Fatal(err)
	}
	srv.Addr = "127.0.0.1:0"
	if err := srv.Open(); err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	base := srv.URL()

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser),
		chromedp.NoSandbox,
		chromedp.Headless,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	// Start the browser on the untimed context, then bound the steps.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	ctx, cancel = context.WithTimeout(ctx, 240*time.Second)
	defer cancel()

	shot := func(name string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			if artifacts == "" {
				return nil
			}
			buf, err := chromedp.FullScreenshot(100)(ctx, tg)
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(artifacts, name+".png"), buf, 0o644)
		})
	}
	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	html := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.OuterHTML(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("read %s: %v", sel, err)
		}
		return s
	}

	// Every link of every page, crawled without the browser: no 4xx/5xx.
	pages := crawl(t, base)
	if len(pages) < 20 {
		t.Errorf("crawl found only %d pages", len(pages))
	}

	// The story list leads to the one story of the seeds.
	do("story list",
		chromedp.Navigate(base+"/?ui=en"),
		chromedp.WaitVisible(chromedp.CSS(`a.story-title`)),
		shot("01-stories"),
		chromedp.Click(chromedp.CSS(`a.story-title`)),
		chromedp.WaitVisible(chromedp.CSS(`#timeline summary h2`)),
		shot("02-story"),
	)
	// On a desktop every section is open (checkFolds tries both widths).
	do("the quotes open", chromedp.WaitVisible(chromedp.CSS(`#quotes li.quote a.src`)))
	storyURL, _ := chromedp.Run(ctx, chromedp.Location())
	storyHTML := html("main")
	if !strings.Contains(storyHTML, "Er zou geen bemoeienis van buitenaf mogen zijn") {
		t.Error("story page does not show Michel's quote")
	}
	if !strings.Contains(storyHTML, "Charles Michel") {
		t.Error("story page does not name Charles Michel as a speaker")
	}
	// The seeds name no outlet: each article is a source of its own, so
	// the heading counts five and names none ("5 sources: unknown" named
	// one where it counted five; user trial 14).
	if meta, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`article.story > p.meta`))); err != nil ||
		!strings.Contains(meta, "5 sources (no outlet named)") || strings.Contains(meta, "unknown") {
		t.Errorf("story heading %q (%v), want 5 sources (no outlet named)", meta, err)
	}
	// ... and its claims cite the articles by number, as the report does,
	// never by a link "unknown 2020-09" (or a bare "unknown").
	if bad, err := chromedp.Run(ctx, chromedp.Evaluate[string](`[...document.querySelectorAll('main a')].map(a => a.textContent.trim()).filter(t => t.startsWith('unknown')).join(' | ')`)); err != nil || bad != "" {
		t.Errorf("story page links read %q (%v), want article numbers", bad, err)
	}

	// Clicking Loekasjenko opens his entity page with the attention chart.
	do("entity page",
		chromedp.Click(chromedp.Search(`//section[@id="actors"]//a[contains(., "Loekasjenko")]`)),
		chromedp.WaitVisible(chromedp.CSS(`#attention svg.attention`)),
		shot("03-entity"),
	)
	title, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`h1`)))
	if err != nil || !strings.Contains(title, "Loekasjenko") {
		t.Errorf("entity page title %q (%v)", title, err)
	}
	if !strings.Contains(html("#stories"), "/stories/") {
		t.Error("entity page lists none of its stories")
	}

	// A search for Sotsji finds seed 004.
	do("search",
		chromedp.Navigate(base+"/?ui=en"),
		chromedp.SetValue(chromedp.CSS(`header input[type=search]`), "Sotsji"),
		chromedp.Submit(chromedp.CSS(`header form.search-box`)),
		chromedp.WaitVisible(chromedp.CSS(`section.hits`)),
		shot("04-search"),
	)
	if hits := html("section.hits"); !strings.Contains(hits, "004_62fcb3cfc53ec9e0") {
		t.Errorf("search for Sotsji does not find seed 004: %s", hits)
	}
	// The search page has one search box, its own (the header's would be a
	// second one, stacked above it on a phone).
	if n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('input[type=search]').length`)); err != nil || n != 1 {
		t.Errorf("search page: %d search boxes (%v), want 1", n, err)
	}

	// The language switch keeps the query and turns the page Dutch.
	do("language switch",
		chromedp.Click(chromedp.CSS(`.langs a[hreflang=nl]`)),
		chromedp.WaitVisible(chromedp.CSS(`html[lang=nl] section.hits`)),
	)
	if loc, _ := chromedp.Run(ctx, chromedp.Location()); !strings.Contains(loc, "q=Sotsji") {
		t.Errorf("language switch lost the query: %s", loc)
	}

	// A filter narrows the list, shows itself, and its chip removes it.
	do("filters",
		chromedp.Navigate(base+"/?ui=en"),
		chromedp.SetValue(chromedp.CSS(`input[name=from]`), "2020-09-10"),
		chromedp.Submit(chromedp.CSS(`form.filters`)),
		chromedp.WaitVisible(chromedp.CSS(`.active-filters a.filter`)),
		shot("05-filtered"),
	)
	if loc, _ := chromedp.Run(ctx, chromedp.Location()); !strings.Contains(loc, "from=2020-09-10") {
		t.Errorf("filter not in the URL: %s", loc)
	}
	do("remove filter",
		chromedp.Click(chromedp.CSS(`.active-filters a.filter`)),
		chromedp.WaitNotPresent(chromedp.CSS(`.active-filters`)),
	)

	// The home page's filters fold on a phone, so that the first story is
	// on the first screen, and stay open on a desktop; a click opens them.
	for _, width := range []int64{390, 1400} {
		do("home filters", chromedp.EmulateViewport(width, 844), chromedp.Navigate(base+"/?ui=en"), chromedp.WaitReady(chromedp.CSS(`footer`)))
		state, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => { const d = document.querySelector('details.filter-fold'); const s = document.querySelector('.story-item'); return (d.open ? 'open' : 'folded') + ' ' + (s && s.getBoundingClientRect().top < innerHeight ? 'story-in-view' : 'story-below'); })()`))
		want := "open story-in-view"
		if width < 700 {
			want = "folded story-in-view"
		}
		if err != nil || state != want {
			t.Errorf("%d px: home page filters %q, want %q (%v)", width, state, want, err)
		}
	}
	do("open filters on a phone",
		chromedp.EmulateViewport(390, 844), chromedp.Navigate(base+"/?ui=en"),
		chromedp.Click(chromedp.CSS(`details.filter-fold > summary`)),
		chromedp.WaitVisible(chromedp.CSS(`form.filters input[name=from]`)),
	)

	// A quote's source link opens the article scrolled to the quote,
	// marked (on a phone, where the quotes are folded first).
	do("quote link",
		chromedp.EmulateViewport(390, 900),
		chromedp.Navigate(storyURL),
		chromedp.Click(chromedp.CSS(`#quotes summary`)),
		chromedp.Click(chromedp.CSS(`#quotes li.quote a.src`)),
		chromedp.WaitVisible(chromedp.CSS(`.hl-evidence`)),
		chromedp.Sleep(300*time.Millisecond),
		shot("06-evidence"),
	)
	inView, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { const r = document.querySelector('.hl-evidence').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`))
	if err != nil || !inView {
		t.Errorf("quote evidence not scrolled into view (%v)", err)
	}

	// The story's quotes download as CSV.
	do("csv link",
		chromedp.Navigate(storyURL),
		chromedp.Click(chromedp.CSS(`#quotes summary`)),
		chromedp.WaitVisible(chromedp.CSS(`#quotes a[href$="quotes.csv"]`)),
	)
	href, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('#quotes a[href$="quotes.csv"]').href`))
	if err != nil {
		t.Fatal(err)
	}
	body, err := chromedp.Run(ctx, chromedp.Evaluate[string](`fetch(`+jsString(href)+`).then(async r => r.headers.get('content-disposition') + '\n' + r.headers.get('content-type') + '\n' + await r.text())`, chromedp.EvalAwaitPromise))
	if err != nil || !strings.Contains(body, "attachment") || !strings.Contains(body, "text/csv") ||
		!strings.Contains(body, "article,outlet,published,speaker_id") || !strings.Contains(body, "Er zou geen bemoeienis") {
		t.Errorf("quotes CSV: %v %.200s", err, body)
	}

	// Every kind of page fits a phone (390 px) and a desktop (1,400 px):
	// no horizontal overflow, chart labels of 11 px or more.
	kinds := pageKinds(pages)
	for _, width := range []int64{390, 1400} {
		for _, kind := range slices.Sorted(maps.Keys(kinds)) {
			u := kinds[kind]
			do(kind, chromedp.EmulateViewport(width, 900), chromedp.Navigate(base+u), chromedp.WaitReady(chromedp.CSS(`footer`)))
			// Folded sections open, so that what they hold must fit too.
			if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](openFoldsJS)); err != nil {
				t.Errorf("%d px, %s page %s: open the folded sections: %v", width, kind, u, err)
			}
			over, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`document.documentElement.scrollWidth - innerWidth`))
			if err != nil || over > 0 {
				t.Errorf("%d px, %s page %s: %v px too wide (%v)", width, kind, u, over, err)
			}
			if width < 700 {
				// A chart in view on a phone shows all of itself: none
				// hides part of its period behind a scroll.
				hidden, err := chromedp.Run(ctx, chromedp.Evaluate[string](scrolledChartJS))
				if err != nil || hidden != "" {
					t.Errorf("%d px, %s page %s: a chart scrolls: %s (%v)", width, kind, u, hidden, err)
				}
			}
			small, err := chromedp.Run(ctx, chromedp.Evaluate[string](smallTextJS))
			if err != nil || small != "" {
				t.Errorf("%d px, %s page %s: chart text under 11 px: %s (%v)", width, kind, u, small, err)
			}
			do("shot", shot(fmt.Sprintf("w%d-%s", width, kind)))
		}
		// The story page's sections one by one, readable at full size.
		do("story", chromedp.EmulateViewport(width, 900), chromedp.Navigate(storyURL), chromedp.WaitReady(chromedp.CSS(`footer`)))
		checkFolds(t, ctx, width)
		// The seeds name no outlet: the page counts the sources its
		// comparison lists and the story JSON gives, "outlets" is [].
		agree, err := chromedp.Run(ctx, chromedp.Evaluate[string](`fetch('/api/stories/' + location.pathname.split('/').pop()).then(r => r.json()).then(j =>
			document.querySelector('p.meta').textContent.includes(j.sources.length + ' sources') + ' ' +
			(document.querySelectorAll('#sources table.sources tbody tr').length === j.sources.length) + ' ' + JSON.stringify(j.outlets))`, chromedp.EvalAwaitPromise))
		if err != nil || agree != "true true []" {
			t.Errorf("%d px: story page and JSON disagree on the unknown sources: %q (%v)", width, agree, err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](openFoldsJS)); err != nil {
			t.Errorf("open the story's sections: %v", err)
		}
		for _, sec := range []string{"timeline", "network", "quotes", "figures", "events", "sources"} {
			if artifacts == "" {
				if ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`!!document.getElementById(`+jsString(sec)+`)`)); err != nil || !ok {
					t.Errorf("story page: no section #%s (%v)", sec, err)
				}
				continue
			}
			buf, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS(`#`+sec)))
			if err != nil {
				t.Errorf("screenshot #%s: %v", sec, err)
				continue
			}
			if err := os.WriteFile(filepath.Join(artifacts, fmt.Sprintf("w%d-story-%s.png", width, sec)), buf, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// checkFolds checks the story page's sections at a width: a phone
// (under 701 px) shows the short ones open and the long ones (the seeds
// story's 15 quotes) folded; a desktop shows them all open. Either way a
// click on a heading folds or opens its section.
func checkFolds(t *testing.T, ctx context.Context, width int64) {
	t.Helper()
	state, err := chromedp.Run(ctx, chromedp.Evaluate[string](foldStateJS, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%d px: fold state: %v", width, err)
	}
	wantQuotes := "quotes-"
	if width > 700 {
		wantQuotes = "quotes+"
		if strings.Contains(state, "-") {
			t.Errorf("%d px: a section is folded on a desktop: %s", width, state)
		}
	} else if !strings.Contains(state, "articles+") {
		t.Errorf("%d px: the short article list is folded on a phone: %s", width, state)
	}
	if !strings.Contains(state, wantQuotes) {
		t.Errorf("%d px: want %s, sections %s", width, wantQuotes, state)
	}
	for range 2 { // fold and open again (or open and fold)
		before, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelector('#quotes details.fold').open`))
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#quotes summary`))); err != nil {
			t.Fatalf("%d px: click the quotes' heading: %v", width, err)
		}
		after, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelector('#quotes details.fold').open && document.querySelector('#quotes li.quote').checkVisibility()`))
		if err != nil || after == before {
			t.Errorf("%d px: a click on the quotes' heading did not toggle them (open %v → %v, %v)", width, before, after, err)
		}
	}
}

// foldStateJS waits for the page's scripts (fold.js runs deferred) and
// names each folded section with "-", each open one with "+".
const foldStateJS = `new Promise(done => {
  const state = () => done([...document.querySelectorAll('details.fold')].map(d => d.parentElement.id + (d.open ? '+' : '-')).join(' '));
  document.readyState === 'complete' ? state() : addEventListener('load', state);
})`

// openFoldsJS opens every folded section of a page by a click on its
// heading.
const openFoldsJS = `(document.querySelectorAll('details.fold:not([open]) > summary').forEach(s => s.click()), true)`

// scrolledChartJS names the visible charts wider than their box (which
// then scrolls sideways), by their section.
const scrolledChartJS = `[...document.querySelectorAll('.chart')]
  .filter(c => c.offsetParent !== null && c.scrollWidth > c.clientWidth + 1)
  .map(c => (c.closest('section') || c).id + ' ' + c.scrollWidth + '>' + c.clientWidth).join(', ')`

// smallTextJS finds SVG text drawn smaller than 11 CSS pixels on screen
// (its font size times the SVG's scale).
const smallTextJS = `(() => {
  for (const t of document.querySelectorAll('svg text')) {
    const m = t.getScreenCTM(); if (!m) continue;
    const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
    if (px < 10.95) return t.textContent + ' ' + px.toFixed(1) + 'px';
  }
  return '';
})()`

// crawl follows every same-site link from base (pages, downloads and
// assets), in both UI languages, and fails on any status of 400 or more.
// It returns the pages (HTML) it saw.
func crawl(t *testing.T, base string) []string {
	t.Helper()
	client := &http.Client{Timeout: 10 * time.Second}
	seen := map[string]bool{}
	queue := []string{"/?ui=en", "/?ui=nl", "/?all=1", "/since?date=2020-09-01", "/search?q=Sotsji"}
	var pages []string
	hrefRe := regexp.MustCompile(`(?:href|src)="([^"]+)"`)
	for len(queue) > 0 && len(seen) < 3000 {
		u := queue[0]
		queue = queue[1:]
		if seen[u] {
			continue
		}
		seen[u] = true
		resp, err := client.Get(base + u)
		if err != nil {
			t.Errorf("GET %s: %v", u, err)
			continue
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode >= 400 {
			t.Errorf("GET %s: %d", u, resp.StatusCode)
			continue
		}
		if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
			continue
		}
		pages = append(pages, u)
		from, _ := url.Parse(u)
		for _, m := range hrefRe.FindAllStringSubmatch(string(body), -1) {
			ref, err := url.Parse(htmlUnescape(m[1]))
			if err != nil || ref.Host != "" || ref.Scheme != "" {
				continue
			}
			next := from.ResolveReference(ref)
			next.Fragment = ""
			if next.Path == "/api/openapi.json" || strings.HasPrefix(next.Path, "/metrics") {
				continue
			}
			// One language is enough beyond the start pages.
			q := next.Query()
			q.Del("ui")
			next.RawQuery = q.Encode()
			if s := next.RequestURI(); !seen[s] {
				queue = append(queue, s)
			}
		}
	}
	return pages
}

func htmlUnescape(s string) string { return strings.ReplaceAll(s, "&amp;", "&") }

// pageKinds picks one page of each kind (by its first path element and,
// for entities, generic or not) from a crawl.
func pageKinds(pages []string) map[string]string {
	kinds := map[string]string{}
	for _, p := range pages {
		u, _ := url.Parse(p)
		kind := strings.SplitN(strings.TrimPrefix(u.Path, "/"), "/", 2)[0]
		switch {
		case kind == "":
			kind = "index"
		case strings.HasPrefix(u.Path, "/entities/generic"):
			kind = "generic"
		case u.Query().Get("hl") != "":
			kind = "evidence"
		}
		if _, ok := kinds[kind]; !ok {
			kinds[kind] = p
		}
	}
	kinds["notfound"] = "/no/such/page"
	return kinds
}

// jsString quotes s as a JavaScript string.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
