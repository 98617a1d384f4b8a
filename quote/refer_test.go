package quote

import (
	"strings"
	"testing"
)

// TestRefer: the Referrer reads a subject pronoun or the head of a
// definite description as a speaker would be read; an indefinite phrase
// stands for no one named. Invented sentences.
func TestRefer(t *testing.T) {
	text := "Burgemeester Anna Bakker opende dinsdag de nieuwe brug. De burgemeester prees de bouwers. Hij zag het anders, meldde een man uit het dorp. Zij bleef positief."
	doc := annotated(t, text)
	ms, locals := fakeEntities(doc, labelled{People: []string{"Anna Bakker"}, Roles: map[string][]string{"Anna Bakker": {"burgemeester"}}})
	r := NewReferrer(doc, ms, locals)
	want := map[string]string{"burgemeester": locals[0].Key, "man": "", "Zij": locals[0].Key}
	for i, tk := range doc.Tokens {
		w, ok := want[tk.Text]
		if !ok || tk.Text == "burgemeester" && i < 3 {
			continue
		}
		if got := r.Refer(i); got != w {
			t.Errorf("%q at %d: got %q, want %q", tk.Text, tk.Start, got, w)
		}
		delete(want, tk.Text)
	}
	if len(want) > 0 {
		t.Errorf("tokens not found: %v in %q", want, strings.Fields(text))
	}
	if (*Referrer)(nil).Refer(0) != "" {
		t.Error("a nil Referrer refers")
	}
}
