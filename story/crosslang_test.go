package story

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kroniek/kroniek"
)

// crossLangArticles reads the English and German articles of
// testdata/crosslang, written for this test about the events of the seeds
// (the Sochi meeting of Putin and Lukashenko and the loan).
func crossLangArticles(t *testing.T) []*kroniek.Article {
	t.Helper()
	var out []*kroniek.Article
	for _, f := range []struct{ name, lang string }{{"en_sochi.txt", "en"}, {"de_sotschi.txt", "de"}} {
		b, err := os.ReadFile(filepath.Join("testdata", "crosslang", f.name))
		if err != nil {
			t.Fatal(err)
		}
		title, text, _ := cutLine(string(b))
		out = append(out, &kroniek.Article{ID: "x-" + f.lang, Title: title, Text: text, Lang: f.lang,
			Published: "2020-09", Outlet: "outlet-" + f.lang})
	}
	return out
}

// cutLine splits s at its first blank line.
func cutLine(s string) (string, string, bool) {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '\n' && s[i+1] == '\n' {
			return s[:i], s[i+2:], true
		}
	}
	return s, "", false
}

// TestSeedsAcrossLanguages: the five Dutch seeds and an English and a
// German article about the same events form one story, alone and among all
// dpgmedia articles, with the same options.
func TestSeedsAcrossLanguages(t *testing.T) {
	t.Parallel()
	seeds := loadSeeds(t)
	extra := crossLangArticles(t)
	small := append(append([]*kroniek.Article{}, seeds...), extra...)
	check := func(name string, arts []*kroniek.Article) map[string]string {
		m := storyOf(first(link(arts, nil, Options{})))
		want := m[seeds[0].ID]
		for _, a := range small {
			if m[a.ID] != want {
				t.Errorf("%s: %s (%s) in story %q, seed %s in %q", name, a.ID, a.Lang, m[a.ID], seeds[0].ID, want)
			}
		}
		return m
	}
	check("seeds alone", small)
	dpg := loadDPG(t)
	m := check("with dpgmedia", append(append([]*kroniek.Article{}, dpg...), small...))
	for _, a := range dpg {
		if m[a.ID] != "" && m[a.ID] == m[seeds[0].ID] {
			t.Errorf("dpgmedia article %s (%q) joined the seed story", a.ID, a.Title)
		}
	}
}
