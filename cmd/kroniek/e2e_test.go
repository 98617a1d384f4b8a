package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
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
// headless Chromium through the story, entity and search pages. It writes
// screenshots to artifacts/e2e (or $KRONIEK_ARTIFACTS).
func TestWebEndToEnd(t *testing.T) {
	seeds := shared.Path(t, "corpus", "seeds")
	browser := chromiumPath()
	if browser == "" {
		t.Skip("no chromium: end-to-end test skipped (install Debian's chromium or set KRONIEK_CHROMIUM)")
	}
	artifacts := os.Getenv("KRONIEK_ARTIFACTS")
	if artifacts == "" {
		artifacts = filepath.Join(repoRoot(t), "artifacts", "e2e")
	}
	if err := os.MkdirAll(artifacts, 0o755); err != nil {
		t.Fatal(err)
	}

	db := filepath.Join(t.TempDir(), "k.db")
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}
	if code := m.Run(context.Background(), []string{"analyze", "-q", "--db", db, seeds}); code != 0 {
		t.Fatalf("analyze exit %d: %s", code, errb.String())
	}
	store, err := openStore(db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
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
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	shot := func(name string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
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

	// The story list leads to the one story of the seeds.
	do("story list",
		chromedp.Navigate(base+"/?ui=en"),
		chromedp.WaitVisible(chromedp.CSS(`a.story-title`)),
		shot("01-stories"),
		chromedp.Click(chromedp.CSS(`a.story-title`)),
		chromedp.WaitVisible(chromedp.CSS(`#timeline svg.timeline`)),
		shot("02-story"),
	)
	storyHTML := html("main")
	if !strings.Contains(storyHTML, "Er zou geen bemoeienis van buitenaf mogen zijn") {
		t.Error("story page does not show Michel's quote")
	}
	if !strings.Contains(storyHTML, "Charles Michel") {
		t.Error("story page does not name Charles Michel as a speaker")
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

	// On a phone-sized screen the story list still renders.
	do("phone view",
		chromedp.EmulateViewport(390, 844),
		chromedp.Navigate(base+"/?ui=nl"),
		chromedp.WaitVisible(chromedp.CSS(`a.story-title`)),
		shot("05-phone"),
	)
}

// repoRoot finds the directory holding go.mod.
func repoRoot(t *testing.T) string { return shared.Root(t) }
