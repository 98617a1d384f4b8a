package sqlite

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/kroniek/kroniek/nl"
	"github.com/kroniek/kroniek/storetest"
)

// sharedDir returns ../shared beside the repository root, or skips.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("../shared not found: no go.mod above the test")
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("../shared not found: %v", err)
	}
	return shared
}

// TestSearchTermsEqualNLTerms checks that the memoised word-by-word
// normalisation used for indexing gives exactly nl.Terms.
func TestSearchTermsEqualNLTerms(t *testing.T) {
	texts := map[string]string{}
	for _, a := range storetest.Articles() {
		texts[a.ID] = a.Text
		texts[a.ID+" title"] = a.Title
	}
	texts["tricky"] = "o.a. bijv. J.P. Balkenende zo’n 200.000 mensen, ’s avonds; Loekasjenko’s Wit-Rusland 1,3 mld. — e-mail www.nos.nl @nos #minsk"
	if seeds, err := filepath.Glob(filepath.Join(sharedDir(t), "corpus", "seeds", "*.txt")); err == nil {
		for _, p := range seeds {
			buf, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			texts[filepath.Base(p)] = string(buf)
		}
	}
	tx := newTx(nil)
	for name, text := range texts {
		for _, lang := range []string{"nl", "", "en"} {
			got, want := tx.searchTerms(text, lang), nl.Terms(text, lang)
			if !slices.Equal(got, want) {
				for i := range min(len(got), len(want)) {
					if got[i] != want[i] {
						t.Errorf("%s (%s): term %d is %q, nl.Terms has %q", name, lang, i, got[i], want[i])
						break
					}
				}
				t.Errorf("%s (%s): %d terms, nl.Terms gives %d", name, lang, len(got), len(want))
			}
		}
	}
}
