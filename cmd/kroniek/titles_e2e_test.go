package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/kroniek/kroniek"
	khttp "github.com/kroniek/kroniek/http"
	"github.com/kroniek/kroniek/internal/shared"
)

// TestWebTitleEvidence analyses articles whose titles quote, serves them
// and drives a real headless Chromium: the article page marks the
// title's quote in its heading; the entity page of the headline's speaker
// lists the quote with a link to the title as its evidence, and following
// it marks the quote in the heading, in view, and nothing in the text.
func TestWebTitleEvidence(t *testing.T) {
	shared.Long(t, "drives a browser")
	t.Parallel()
	browser := chromiumPath()
	if browser == "" {
		t.Skip("no chromium: end-to-end test skipped (install Debian's chromium or set KRONIEK_CHROMIUM)")
	}
	store := analyzeArticles(t, titleArticles())
	an, err := store.Analysis(context.Background(), "t1")
	if err != nil {
		t.Fatal(err)
	}
	var q kroniek.Quote
	for _, x := range an.Quotes {
		if x.Field == kroniek.FieldTitle && x.Speaker != "" {
			q = x
		}
	}
	if q.Text == "" {
		t.Fatalf("no quote with a speaker in the title of t1: %+v", an.Quotes)
	}
	base := serveTestStore(t, store)
	ctx := newBrowser(t, browser)
	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	eval := func(js string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		return s
	}

	// The article page marks the title's quote in its heading.
	do("article page", chromedp.Navigate(base+"/articles/t1?ui=en"), chromedp.WaitVisible(chromedp.CSS(`h1 .hl-quote`)))
	if got := eval(`document.querySelector('h1 .hl-quote').textContent`); !strings.Contains(q.Text, got) || got == "" {
		t.Errorf("heading marks %q as the quote, want %q", got, q.Text)
	}
	// The speaker's entity page lists it with the title as evidence.
	do("entity page",
		chromedp.Navigate(base+"/entities/"+q.Speaker+"?ui=en"),
		chromedp.WaitVisible(chromedp.CSS(`a[href*="hl=title:"]`)),
		chromedp.Click(chromedp.CSS(`a[href*="hl=title:"]`)),
		chromedp.WaitVisible(chromedp.CSS(`h1 .hl-evidence`)),
	)
	if got := eval(`Array.from(document.querySelectorAll('h1 .hl-evidence')).map(e => e.textContent).join('')`); got != q.Text {
		t.Errorf("evidence marked in the heading: %q, want %q", got, q.Text)
	}
	if got := eval(`String(document.querySelectorAll('.article-text .hl-evidence, .article-text #evidence').length)`); got != "0" {
		t.Errorf("%s evidence marks in the text for a title quote", got)
	}
	if got := eval(`(() => { const r = document.querySelector('h1 #evidence').getBoundingClientRect(); return String(r.top >= 0 && r.top <= innerHeight); })()`); got != "true" {
		t.Errorf("the title's evidence is not in view")
	}
}

// analyzeArticles runs `kroniek analyze` on arts (as JSON lines) into a
// new store and opens it.
func analyzeArticles(t *testing.T, arts []*kroniek.Article) kroniek.Store {
	t.Helper()
	dir := t.TempDir()
	var in bytes.Buffer
	for _, a := range arts {
		line, _ := json.Marshal(map[string]string{"id": a.ID, "title": a.Title, "text": a.Body, "published_at": a.Published})
		in.Write(append(line, '\n'))
	}
	input := filepath.Join(dir, "articles.jsonl")
	if err := os.WriteFile(input, in.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "k.db")
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}
	if code := m.Run(context.Background(), []string{"analyze", "-q", "--db", db, input}); code != 0 {
		t.Fatalf("analyze exit %d: %s", code, errb.String())
	}
	return openTestStore(t, db)
}

// serveTestStore serves store on a free local port until the test ends and
// returns its base URL.
func serveTestStore(t *testing.T, store kroniek.Store) string {
	t.Helper()
	srv, err := khttp.NewServer(store)
	if err != nil {
		t.Fatal(err)
	}
	srv.Addr = "127.0.0.1:0"
	if err := srv.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	return srv.URL()
}

// newBrowser starts a headless Chromium that the test's end closes; its
// context times out after two minutes.
func newBrowser(t *testing.T, browser string) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser), chromedp.NoSandbox, chromedp.Headless, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 1000),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	if err := chromedp.Do(ctx); err != nil {
		cancelCtx()
		cancelAlloc()
		t.Fatalf("start chromium: %v", err)
	}
	ctx, cancelTime := context.WithTimeout(ctx, 120*time.Second)
	t.Cleanup(func() { cancelTime(); cancelCtx(); cancelAlloc() })
	return ctx
}
