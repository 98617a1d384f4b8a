package resolve

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek/internal/shared"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/ner"
	"github.com/kroniek/kroniek/nl"
)

func loadKB(t testing.TB) *kb.KB {
	return shared.Must(t, kb.Load)
}

// capTag is a stand-in tagger for tests: runs of capitalised words
// (with name particles inside) are names; runs of two or more words are
// persons, single words untyped. A sentence's first word is skipped when
// the text also has it in lower case or it is a function word.
func capTag(doc *nl.Doc) []kroniek.Mention {
	lower := map[string]bool{}
	for _, t := range doc.Tokens {
		if r, _ := utf8.DecodeRuneInString(t.Text); unicode.IsLower(r) {
			lower[t.Text] = true
		}
	}
	upper := func(t nl.Token) bool {
		r, _ := utf8.DecodeRuneInString(t.Text)
		return t.Kind == nl.Word && unicode.IsUpper(r)
	}
	var out []kroniek.Mention
	for _, s := range doc.Sentences {
		toks := s.Tokens
		for i := 0; i < len(toks); i++ {
			if !upper(toks[i]) {
				continue
			}
			if i == 0 {
				l := strings.ToLower(toks[i].Text)
				if lower[l] || nl.IsStopword(l) {
					continue
				}
			}
			j := i + 1
			for j < len(toks) {
				if upper(toks[j]) {
					j++
					continue
				}
				p := j
				for p < len(toks) && particles[toks[p].Text] && toks[p].Text != "het" && !sentencePreps[toks[p].Text] {
					p++
				}
				if p > j && p < len(toks) && upper(toks[p]) {
					j = p + 1
					continue
				}
				break
			}
			m := kroniek.Mention{Start: toks[i].Start, End: toks[j-1].End}
			m.Text = doc.Text[m.Start:m.End]
			if j-i >= 2 {
				m.Type = kroniek.PER
			}
			out = append(out, m)
			i = j - 1
		}
	}
	return out
}

// readSeeds reads the five seed articles.
func readSeeds(t testing.TB) []*kroniek.Article {
	t.Helper()
	var out []*kroniek.Article
	for _, s := range shared.Seeds(t) {
		out = append(out, &kroniek.Article{ID: strings.TrimSuffix(filepath.Base(s.Path), ".txt"), Lang: "nl", Text: s.Text})
	}
	return out
}

// tagFunc tags a parsed document.
type tagFunc func(*nl.Doc) []kroniek.Mention

// withTaggers runs test twice, as subtests: with the capitals stand-in and
// with the project's tagger (skipped when its model cannot be loaded).
func withTaggers(t *testing.T, test func(t *testing.T, tag tagFunc)) {
	t.Run("capitals", func(t *testing.T) { test(t, capTag) })
	t.Run("ner", func(t *testing.T) { test(t, nerTag(t)) })
}

// oneEntity checks that each alias is in exactly one entity, the same for
// all, and returns it (nil when the first alias is in none or several).
func oneEntity(t *testing.T, es []*kroniek.Entity, aliases ...string) *kroniek.Entity {
	t.Helper()
	var first *kroniek.Entity
	for _, a := range aliases {
		got := byAlias(es, a)
		if len(got) != 1 {
			t.Errorf("alias %q is in %d entities, want 1", a, len(got))
			continue
		}
		if first == nil {
			first = got[0]
		} else if got[0] != first {
			t.Errorf("%q is %s (%s), %q is %s (%s): want one entity", aliases[0], first.ID, first.Name, a, got[0].ID, got[0].Name)
		}
	}
	return first
}

// seedCorpus analyses the seed articles and extra ones with tag and
// resolves them across the corpus.
func seedCorpus(t *testing.T, tag tagFunc, extra ...*kroniek.Article) ([]*kroniek.Article, []*kroniek.Analysis, []*kroniek.Entity) {
	t.Helper()
	arts := append(readSeeds(t), extra...)
	ans := analyseWith(t, loadKB(t), arts, tag)
	return arts, ans, Corpus(arts, ans)
}

// nerTag returns the project's tagger, or skips when its model cannot be
// loaded.
func nerTag(t testing.TB) tagFunc {
	t.Helper()
	tg, err := ner.Load()
	if err != nil {
		t.Skipf("ner tagger not available: %v", err)
	}
	return tg.Tag
}

// analyse runs Local on every article with capTag.
func analyse(t testing.TB, k *kb.KB, arts []*kroniek.Article) []*kroniek.Analysis {
	t.Helper()
	return analyseWith(t, k, arts, capTag)
}

// analyseWith runs Local on every article with the given tagger.
func analyseWith(t testing.TB, k *kb.KB, arts []*kroniek.Article, tag tagFunc) []*kroniek.Analysis {
	t.Helper()
	out := make([]*kroniek.Analysis, len(arts))
	for i, a := range arts {
		doc := nl.Parse(a.Text, nl.Options{Lang: a.Lang})
		var tagged []kroniek.Mention
		if a.Lang == "nl" || a.Lang == "" {
			tagged = tag(doc)
		} // other languages: no tagger, as in the pipeline; Local finds names by capitals
		locals, ms := Local(doc, tagged, k)
		for j := range ms {
			ms[j].Article = a.ID
		}
		out[i] = &kroniek.Analysis{Article: a.ID, Locals: locals, Mentions: ms}
	}
	return out
}

// byAlias returns the entities that have alias a.
func byAlias(es []*kroniek.Entity, a string) []*kroniek.Entity {
	var out []*kroniek.Entity
	for _, e := range es {
		for _, x := range e.Aliases {
			if x == a {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// entityAt returns the entity id of the mention starting at the first
// occurrence of s in any article.
func entityAt(arts []*kroniek.Article, ans []*kroniek.Analysis, s string) (string, string) {
	for i, a := range arts {
		off := strings.Index(a.Text, s)
		if off < 0 {
			continue
		}
		for _, m := range ans[i].Mentions {
			if m.Start == off {
				return m.Entity, m.Text
			}
		}
		return "", ""
	}
	return "", ""
}
