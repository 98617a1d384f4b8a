package nl

import (
	"reflect"
	"strings"
	"testing"
)

// TestKeep checks that AnnotateOnDemand of a text whose parses were kept
// (Syntax.Keep of a lazily annotated doc, as the extractors leave it)
// takes them over: a kept sentence stays untagged until Parsed asks for
// it, then holds what Annotate gives it without being tagged or parsed
// again; a sentence not kept, or kept unparsed, is parsed on demand; what
// is kept is taken once, and only by a doc of the same text and language.
func TestKeep(t *testing.T) {
	base := loadTestSyntax(t)
	s := &Syntax{m: base.m, Lazy: true, kept: &kept{}}
	text := "De minister riep de partijen gisteren op om te praten. Het kabinet viel in 2010. " +
		"Volgens de woordvoerder werd de man door de politie opgepakt. Hij zei dat hij onschuldig is."
	full := annotated(t, base, text)

	src := Parse(text, Options{Lang: "nl"})
	s.Annotate(src)
	src.Parsed(0)
	src.Parsed(2)
	s.Keep(src, []int{0, 2, 3}) // 3 was never parsed: not kept
	if got := s.kept.tokens; got != len(src.Sentences[0].Tokens)+len(src.Sentences[2].Tokens) {
		t.Fatalf("%d tokens kept; want those of sentences 0 and 2", got)
	}

	other := Parse(text, Options{Lang: "en"})
	s.AnnotateOnDemand(other) // another language: not annotated, nothing taken
	d := Parse(text, Options{Lang: "nl"})
	s.AnnotateOnDemand(d)
	if d.syn.kept == nil || d.syn.kept[0] == nil || d.syn.kept[2] == nil || d.syn.kept[1] != nil || d.syn.kept[3] != nil {
		t.Fatalf("kept sentences handed to the doc: %v; want 0 and 2", d.syn.kept)
	}
	for _, tk := range d.Tokens {
		if tk.POS != 0 || tk.Head != -1 {
			t.Fatalf("token %q annotated before any sentence was asked for: %+v", tk.Text, tk)
		}
	}
	for _, si := range []int{2, 0, 1, 3} {
		if !d.Parsed(si) {
			t.Fatalf("sentence %d not parsed", si)
		}
	}
	if d.syn.kept[0] != nil || d.syn.kept[2] != nil {
		t.Error("a kept sentence was not taken over when asked for")
	}
	if !reflect.DeepEqual(d.Tokens, full.Tokens) {
		for i := range d.Tokens {
			if d.Tokens[i] != full.Tokens[i] {
				t.Errorf("token %d: %+v; Annotate gives %+v", i, d.Tokens[i], full.Tokens[i])
			}
		}
	}
	again := Parse(text, Options{Lang: "nl"})
	s.AnnotateOnDemand(again)
	if again.syn.kept != nil || s.kept.tokens != 0 || len(s.kept.docs) != 0 {
		t.Errorf("kept parses taken twice (%v), or left behind (%d tokens)", again.syn.kept, s.kept.tokens)
	}
}

// TestKeepBounded checks that the kept parses are dropped, not grown,
// when a doc would pass maxKeptTokens, and that a Syntax without a store
// for them (a copy made by training) keeps nothing.
func TestKeepBounded(t *testing.T) {
	base := loadTestSyntax(t)
	s := &Syntax{m: base.m, Lazy: true, kept: &kept{}}
	d := Parse("Het kabinet viel in 2010.", Options{Lang: "nl"})
	s.Annotate(d)
	d.Parsed(0)
	s.kept.tokens = maxKeptTokens - 1
	s.kept.docs = map[string]*keptDoc{"een andere tekst": {}}
	s.Keep(d, []int{0})
	if len(s.kept.docs) != 1 || s.kept.docs[d.Text] == nil || s.kept.tokens != len(d.Tokens) {
		t.Errorf("at the bound: %d docs, %d tokens kept; want only the new doc's %d", len(s.kept.docs), s.kept.tokens, len(d.Tokens))
	}
	(&Syntax{m: base.m}).Keep(d, []int{0}) // no store: nothing happens
}

// TestKeepLongDoc is TestKeep on a text of many short paragraphs, whose
// tokens outgrow the room Parse first gives them, so that the first
// sentence's Tokens no longer share the doc's: the annotation is kept
// from, and given to, the doc's tokens, where tagging and parsing set it.
func TestKeepLongDoc(t *testing.T) {
	base := loadTestSyntax(t)
	s := &Syntax{m: base.m, Lazy: true, kept: &kept{}}
	text := "Het kabinet viel in 2010." + strings.Repeat("\n\nIk ga. Jij ook.", 40)
	full := annotated(t, base, text)
	src := Parse(text, Options{Lang: "nl"})
	s.Annotate(src)
	src.Parsed(0)
	s.Keep(src, []int{0})
	d := Parse(text, Options{Lang: "nl"})
	s.AnnotateOnDemand(d)
	if !d.Parsed(0) || d.syn.kept == nil || d.syn.kept[0] != nil {
		t.Fatal("the kept sentence was not taken over")
	}
	n := len(d.Sentences[0].Tokens)
	if !reflect.DeepEqual(d.Tokens[:n], full.Tokens[:n]) {
		t.Errorf("taken over: %+v\nAnnotate: %+v", d.Tokens[:n], full.Tokens[:n])
	}
}
