package event

import (
	"testing"

	"github.com/kroniek/kroniek/nl"
)

// TestNoEventWordNoParse checks that the extractor leaves a sentence
// without any event word unparsed (the parser is the pipeline's most
// costly step and runs lazily, per sentence, when someone asks): the
// nouns of such a sentence have no verb reading to check, and a pronoun
// in the next sentence that reaches no event needs no subject from it.
func TestNoEventWordNoParse(t *testing.T) {
	syn, err := loadSyntax()
	if err != nil {
		t.Fatalf("load syntax: %v", err)
	}
	lazy := *syn
	lazy.Lazy = true
	text := "Het weer in het noorden van het land was gisteren grijs en koud. " +
		"De tuinen van de dorpen lagen onder een dunne laag sneeuw. " +
		"Hij liep door het park."
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	lazy.Annotate(doc)
	Extract(doc, nil, nil, nil, "2024-03-12")
	for si, s := range doc.Sentences {
		for i := range s.Tokens {
			if tok := doc.Tokens[s.First+i]; tok.Rel != "" {
				t.Errorf("sentence %d was parsed (%q has relation %q)", si, tok.Text, tok.Rel)
				break
			}
		}
	}
	// the same doc parsed on demand shows the check can see a parse
	if !doc.Parsed(0) || doc.Tokens[doc.Sentences[0].First].Rel == "" {
		t.Fatal("a parsed sentence shows no relation: the check above proves nothing")
	}
}
