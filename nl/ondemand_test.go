package nl

import (
	"reflect"
	"testing"
)

// TestAnnotateOnDemand checks that a doc annotated on demand tags only
// the sentences asked for, and that each comes out as Annotate makes it
// (tags, features, lemmas, heads and relations), in any order asked.
func TestAnnotateOnDemand(t *testing.T) {
	s := loadTestSyntax(t)
	text := "De minister riep de partijen gisteren op om te praten. Het kabinet viel in 2010. " +
		"Volgens de woordvoerder werd de man door de politie opgepakt. Hij zei dat hij onschuldig is."
	full := annotated(t, s, text)
	d := Parse(text, Options{Lang: "nl"})
	s.AnnotateOnDemand(d)
	if !d.Annotated() {
		t.Fatal("not annotated")
	}
	if len(d.Sentences) != 4 {
		t.Fatalf("%d sentences; want 4", len(d.Sentences))
	}
	for _, tok := range d.Tokens {
		if tok.POS != 0 || tok.Lemma != "" || tok.Head != -1 {
			t.Fatalf("token %q tagged before any sentence was asked for: %+v", tok.Text, tok)
		}
	}
	for _, si := range []int{2, 0} {
		if !d.Parsed(si) {
			t.Fatalf("sentence %d not parsed", si)
		}
	}
	for si, sent := range d.Sentences {
		asked := si == 0 || si == 2
		for k := sent.First; k < sent.First+len(sent.Tokens); k++ {
			got, want := d.Tokens[k], full.Tokens[k]
			if !asked {
				if got.POS != 0 || got.Rel != "" {
					t.Errorf("sentence %d was not asked for, but %q is tagged: %+v", si, got.Text, got)
				}
				continue
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("sentence %d token %q: %+v; Annotate gives %+v", si, got.Text, got, want)
			}
		}
	}
	// The rest, asked later, come out the same too.
	for si := range d.Sentences {
		d.Parsed(si)
	}
	if !reflect.DeepEqual(d.Tokens, full.Tokens) {
		t.Error("all sentences asked for: tokens differ from Annotate's")
	}
}

// TestAnnotateOnDemandOtherLanguage checks that a doc in another language
// is left unannotated, as Annotate leaves it.
func TestAnnotateOnDemandOtherLanguage(t *testing.T) {
	s := loadTestSyntax(t)
	d := Parse("The minister said so.", Options{Lang: "en"})
	s.AnnotateOnDemand(d)
	if d.Annotated() || d.Parsed(0) {
		t.Error("an English doc was annotated")
	}
}
