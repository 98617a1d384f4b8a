package resolve

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// Corpus fills speakers and event actors from the local keys and passes
// generic actors through.
func TestCorpusFillsAnalyses(t *testing.T) {
	an := []*kroniek.Analysis{
		{
			Article: "a",
			Locals: []kroniek.LocalEntity{
				{Key: "L1", Name: "Charles Michel", Type: kroniek.PER, KB: "person:charles-michel", Country: "BE"},
				{Key: "L2", Name: "Rusland", Type: kroniek.LOC, KB: "country:RU", Country: "RU"},
			},
			Mentions: []kroniek.Mention{
				{Start: 0, End: 14, Text: "Charles Michel", Local: "L1"},
				{Start: 20, End: 27, Text: "Rusland", Local: "L2"},
				{Start: 30, End: 36, Text: "Michel", Local: "L1"},
			},
			Quotes: []kroniek.Quote{{SpeakerLocal: "L1"}, {SpeakerLocal: ""}},
			Events: []kroniek.Event{{ActorLocal: []string{"L1", "generic:police@BY"}, RecipientLocal: []string{"L2", "L9"}}},
		},
		{
			Article:  "b",
			Locals:   []kroniek.LocalEntity{{Key: "L1", Name: "Michel", Type: kroniek.PER}},
			Mentions: []kroniek.Mention{{Start: 5, End: 11, Text: "Michel", Local: "L1"}},
		},
	}
	arts := []*kroniek.Article{{ID: "a", Lang: "nl"}, {ID: "b", Lang: "nl"}}
	es := Corpus(arts, an)
	if len(es) != 2 {
		t.Fatalf("%d entities, want 2: %+v", len(es), es)
	}
	mic := es[0]
	if mic.Name != "Charles Michel" || mic.Count != 3 || mic.KB != "person:charles-michel" || mic.Country != "BE" {
		t.Errorf("Michel entity %+v", mic)
	}
	if strings.Join(mic.Aliases, "|") != "Charles Michel|Michel" {
		t.Errorf("aliases %v", mic.Aliases)
	}
	if !strings.HasPrefix(mic.ID, "e-") {
		t.Errorf("id %q", mic.ID)
	}
	if an[0].Quotes[0].Speaker != mic.ID || an[0].Quotes[1].Speaker != "" {
		t.Errorf("speakers %q %q", an[0].Quotes[0].Speaker, an[0].Quotes[1].Speaker)
	}
	ev := an[0].Events[0]
	if len(ev.Actor) != 2 || ev.Actor[0] != mic.ID || ev.Actor[1] != "generic:police@BY" {
		t.Errorf("actors %v", ev.Actor)
	}
	if len(ev.Recipient) != 1 || ev.Recipient[0] != es[1].ID {
		t.Errorf("recipients %v (unknown local keys are dropped)", ev.Recipient)
	}
	for _, a := range an {
		for _, m := range a.Mentions {
			if m.Entity == "" || m.Article != a.Article {
				t.Errorf("mention %+v not filled", m)
			}
		}
	}
}
