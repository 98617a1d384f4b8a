package event

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestSession15CourtOfReceived checks that the van-phrase the parse hangs
// on "krijgen" of a sentence received is the court that passed it, also
// when it stands before the noun ("kreeg gisteren van de rechtbank acht
// jaar cel"), on invented sentences, while a van-phrase of the subject
// ("Wiebes van Economische Zaken") stays none.
func TestSession15CourtOfReceived(t *testing.T) {
	for _, c := range []struct{ src, actor string }{
		{"Drugscrimineel [Jan de Vries] heeft gisteren van de [rechtbank in Breda|ORG] acht jaar cel gekregen.", "rechtbank in Breda"},
		{"[Jan de Vries] kreeg gisteren van de [rechtbank in Breda|ORG] drie jaar cel.", "rechtbank in Breda"},
		{"[Jan de Vries] kreeg gisteren drie jaar cel van de [rechtbank in Breda|ORG].", "rechtbank in Breda"},
	} {
		_, evs := eventsOfType(t, c.src, "SANCTION")
		ok := false
		for _, e := range evs {
			ok = ok || e.ActorText == c.actor
		}
		if !ok {
			t.Errorf("%q: actors %v, want %q", c.src, actorTexts(evs), c.actor)
		}
	}
}

func actorTexts(evs []kroniek.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.ActorText)
	}
	return out
}
