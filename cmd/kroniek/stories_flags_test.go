package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/sqlite"
)

// TestStoriesFilters: kroniek stories takes the web page's filters and
// orders (--sort size, --from, --outlet, --lang), in any place on the
// line, and refuses a bad date or order with a usage error (exit 2);
// it had none of them, so the largest story was not to be found from a
// terminal (user trial 16).
func TestStoriesFilters(t *testing.T) {
	db := threeStories(t)
	for _, c := range []struct {
		args  []string
		code  int
		first string // the first story listed, or what the output says
	}{
		{[]string{"stories", "--db", db}, 0, "s-klein"},
		{[]string{"stories", "--sort", "size", "--db", db}, 0, "s-groot"},
		{[]string{"--db", db, "stories", "--from", "2019-04", "-n", "5"}, 0, "s-klein"},
		{[]string{"stories", "--outlet", "TROUW", "--db", db}, 0, "s-groot"},
		{[]string{"stories", "--lang", "en", "--db", db}, 0, "no stories"},
		// The search's "none" (articles of no outlet): the stories that
		// hold such an article, as `search --outlet none` finds it.
		{[]string{"stories", "--outlet", "none", "--db", db}, 0, "s-los"},
		{[]string{"stories", "--db", db, "--from", "2019-02-30"}, 2, `date "2019-02-30"`},
		{[]string{"stories", "--db", db, "--sort", "biggest"}, 2, `unknown sort "biggest"`},
	} {
		out, errs, code := run(t, c.args...)
		got := strings.TrimSpace(out + errs)
		if lines := strings.Split(got, "\n"); code == 0 && len(lines) > 1 {
			got = lines[1] // the first row under the header
		}
		if code != c.code || !strings.Contains(got, c.first) {
			t.Errorf("%v: exit %d, want %d and %q first:\n%s%s", c.args, code, c.code, c.first, out, errs)
		}
	}
}

// threeStories writes a store of three two- and three-article stories,
// one of them with an article of no outlet, and returns its path.
func threeStories(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "k.db")
	store, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	var arts []*kroniek.Article
	var links []kroniek.ArticleLink
	add := func(story, id, outlet, date string) {
		arts = append(arts, &kroniek.Article{ID: id, Source: id + ".txt", Outlet: outlet, Title: "Titel " + id, Published: date, Lang: "nl",
			Text: "Tekst van artikel " + id + ".", Story: story})
		links = append(links, kroniek.ArticleLink{Article: id, Story: story})
	}
	add("s-klein", "k1", "vk", "2019-04-09")
	add("s-klein", "k2", "ad", "2019-04-10")
	add("s-groot", "g1", "trouw", "2019-03-01")
	add("s-groot", "g2", "trouw", "2019-03-02")
	add("s-groot", "g3", "parool", "2019-03-03")
	add("s-los", "l1", "", "2019-02-01")
	add("s-los", "l2", "vk", "2019-02-02")
	if _, err := store.PutArticles(ctx, arts); err != nil {
		t.Fatal(err)
	}
	c := &kroniek.Corpus{Links: links, Stories: []*kroniek.Story{
		{ID: "s-klein", Title: "Klein verhaal", Articles: []string{"k1", "k2"}, Start: "2019-04-09", End: "2019-04-10", Outlets: []string{"ad", "vk"}, Languages: []string{"nl"}},
		{ID: "s-groot", Title: "Groot verhaal", Articles: []string{"g1", "g2", "g3"}, Start: "2019-03-01", End: "2019-03-03", Outlets: []string{"parool", "trouw"}, Languages: []string{"nl"}},
		{ID: "s-los", Title: "Los verhaal", Articles: []string{"l1", "l2"}, Start: "2019-02-01", End: "2019-02-02", Outlets: []string{"vk"}, Languages: []string{"nl"},
			Sources: []kroniek.SourceView{{Outlet: "", Articles: []string{"l1"}}, {Outlet: "vk", Articles: []string{"l2"}}}},
	}}
	if err := store.PutCorpus(ctx, c); err != nil {
		t.Fatal(err)
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	return db
}

// TestStoriesSaysWhatNLeftOut: kroniek stories -n 1 says how many stories
// it leaves out and how to list them, as kroniek search does; it said
// nothing, so -n 3 on dpgmedia looked like a store of three stories
// (102 there; user trial 17).
func TestStoriesSaysWhatNLeftOut(t *testing.T) {
	db := threeStories(t)
	out, errs, code := run(t, "stories", "-n", "1", "--sort", "size", "--db", db)
	if code != 0 || !strings.Contains(out, "(1 of 3 stories listed; -n 3 lists them all)") {
		t.Errorf("stories -n 1: exit %d, %s; want the left-out count:\n%s", code, errs, out)
	}
	out, _, _ = run(t, "stories", "-n", "3", "--db", db)
	if strings.Contains(out, "lists them all") {
		t.Errorf("stories -n 3 lists every story and still says some are left out:\n%s", out)
	}
}

// TestStoryListsEveryArticle: kroniek story lists every article of the
// story; it stopped at twelve with "… and 1 more (kroniek story ID)",
// sending the reader back to the command they ran (user trial 16,
// s-582373c0 of 13 articles). The report of many stories keeps to twelve.
func TestStoryListsEveryArticle(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "k.db")
	store, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	st := &kroniek.Story{ID: "s-lang", Title: "Lang verhaal", Start: "2019-03-01", End: "2019-03-14", Outlets: []string{"vk"}, Languages: []string{"nl"}}
	var arts []*kroniek.Article
	var links []kroniek.ArticleLink
	for i := 1; i <= 14; i++ {
		id := fmt.Sprintf("l%02d", i)
		arts = append(arts, &kroniek.Article{ID: id, Source: id + ".txt", Outlet: "vk", Title: "Deel " + id, Published: fmt.Sprintf("2019-03-%02d", i),
			Lang: "nl", Text: "Tekst van artikel " + id + ".", Story: st.ID})
		links = append(links, kroniek.ArticleLink{Article: id, Story: st.ID})
		st.Articles = append(st.Articles, id)
	}
	if _, err := store.PutArticles(ctx, arts); err != nil {
		t.Fatal(err)
	}
	if err := store.PutCorpus(ctx, &kroniek.Corpus{Links: links, Stories: []*kroniek.Story{st}}); err != nil {
		t.Fatal(err)
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, "story", "s-lang", "--db", db)
	if code != 0 || !strings.Contains(out, "[14] vk · 2019-03-14 · Deel l14") || strings.Contains(out, "more (kroniek story") {
		t.Errorf("story s-lang: exit %d, %s; want all 14 articles:\n%s", code, errs, out)
	}
	var b strings.Builder
	writeStory(&b, st, &kroniek.Export{}, nil, nil, reportArticles)
	if !strings.Contains(b.String(), "… and 2 more (kroniek story s-lang)") {
		t.Errorf("the report lists more than %d articles:\n%s", reportArticles, b.String())
	}
}
