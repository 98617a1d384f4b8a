package event

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

// TestParseOrderIndependent checks that the events of an article do not
// depend on which of its sentences other extractors had parsed before the
// event stage ran (the parser runs lazily, per sentence, for whoever asks
// first, and a parse changes a token's relations, AUX/VERB and a
// separable verb's lemma): every 5th dpgmedia article (about 290) is
// coded from a lazily annotated doc, from the same doc with every
// sentence parsed first, and with every other sentence parsed first; the
// three must give the same events.
func TestParseOrderIndependent(t *testing.T) {
	corpus := shared.Corpus(t)
	syn, err := loadSyntax()
	if err != nil {
		t.Fatalf("load syntax: %v", err)
	}
	lazy := *syn
	lazy.Lazy = true
	lx := shared.Must(t, Load)
	step := 5
	if testing.Short() {
		step = 15
	}
	differ := 0
	for ai := 0; ai < len(corpus); ai += step {
		a := corpus[ai]
		var got [3]string
		for v := range got {
			doc := nl.Parse(a.Text, nl.Options{Lang: "nl"})
			lazy.Annotate(doc)
			for si := range doc.Sentences {
				if v == 1 || v == 2 && si%2 == 1 {
					doc.Parsed(si)
				}
			}
			ms, ls := capitalMentions(doc)
			got[v] = fmt.Sprintf("%+v", lx.Extract(doc, ms, ls, nil, a.Published))
		}
		for v := 1; v < 3; v++ {
			if !reflect.DeepEqual(got[0], got[v]) {
				differ++
				if differ <= 5 {
					t.Errorf("article %s: events differ when sentences are parsed first (variant %d):\nlazy:   %s\nparsed: %s", a.ID, v, got[0], got[v])
				}
				break
			}
		}
	}
	if differ > 0 {
		t.Errorf("%d articles' events depend on the parse order", differ)
	}
}
