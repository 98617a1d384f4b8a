package event

import (
	"testing"

	"github.com/kroniek/kroniek/nl"
)

// A pronoun that opens a sentence after a heading without final
// punctuation ("Lange neus Dat wil …") has no noun before it: the
// heading's last word is another sentence's.
func TestNounBeforeStaysInSentence(t *testing.T) {
	text := "Lange neus Dat wil niet zeggen dat het klopt."
	d := nl.Parse(text, nl.Options{Lang: "nl", Headings: [][2]int{{0, 10}}})
	if len(d.Sentences) != 2 {
		t.Fatalf("want the heading and a sentence, got %d sentences", len(d.Sentences))
	}
	j := d.Sentences[1].First
	d.Tokens[j-1].POS = nl.NOUN // "neus", whatever the tagger says
	if got := nounBefore(d, j); got != -1 {
		t.Errorf("nounBefore(%q) = %d (%q), want -1", d.Tokens[j].Text, got, d.Tokens[got].Text)
	}
}
