package searchtext

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
	"github.com/kroniek/kroniek/storetest"
)

// TestMemoEqualsNLTerms checks that the memoised word-by-word
// normalisation both stores index with gives exactly nl.Terms.
func TestMemoEqualsNLTerms(t *testing.T) {
	texts := map[string]string{}
	for _, a := range storetest.Articles() {
		texts[a.ID] = a.Text
		texts[a.ID+" title"] = a.Title
	}
	texts["tricky"] = "o.a. bijv. J.P. Balkenende zo’n 200.000 mensen, ’s avonds; Loekasjenko’s Wit-Rusland 1,3 mld. — e-mail www.nos.nl @nos #minsk"
	seeds, err := filepath.Glob(filepath.Join(shared.Dir(t), "corpus", "seeds", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range seeds {
		buf, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts[filepath.Base(p)] = string(buf)
	}
	m := NewMemo()
	for name, text := range texts {
		for _, lang := range []string{"nl", "", "en"} {
			got, want := m.Terms(text, lang), nl.Terms(text, lang)
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

// TestMemoTermsAllocs checks that Terms tokenises into the memo's own
// buffer: once its words are memoised, a text costs one allocation (the
// terms), not a token array grown per call.
func TestMemoTermsAllocs(t *testing.T) {
	text := "De gemeenteraad van Zwolle besloot dinsdagavond dat de nieuwe fietsbrug er in 2031 komt, " +
		"ondanks bezwaren van omwonenden en twee oppositiepartijen."
	m := NewMemo()
	want := m.Terms(text, "nl")
	if n := testing.AllocsPerRun(20, func() { m.Terms(text, "nl") }); n > 1 {
		t.Errorf("Terms allocates %.0f times a call once its words are memoised, want 1", n)
	}
	if got := m.Terms(text, "nl"); !slices.Equal(got, want) {
		t.Errorf("Terms after reuse = %q, want %q", got, want)
	}
}

// BenchmarkMemoTerms indexes the dpgmedia corpus's texts through one
// memo, as a store's transaction does.
func BenchmarkMemoTerms(b *testing.B) {
	arts := shared.Corpus(b)
	shared.Loop(b, func() {
		m := NewMemo()
		for _, a := range arts {
			m.Terms(a.Text, "nl")
		}
	})
}
