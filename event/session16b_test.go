package event

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestSession16bDebateDayTwoSittings checks that when an article dates
// two sittings two ways, the events between the first sitting's sentence
// and the second's take the first day, and those after the second stay
// undated, on invented sentences.
func TestSession16bDebateDayTwoSittings(t *testing.T) {
	src := "Het eerste verkiezingsdebat verliep gisteren rommelig. [Jan de Vries] verwijt de [SP|ORG] dat die het land in een recessie stort. Zeven lijsttrekkers hebben vandaag op de radio hun eigen debat. Kamerlid [Kees Bakker] vindt dat [Piet Jansen] alsnog alle middelen moet inzetten."
	text, ms, ls := annotate(src)
	var times []kroniek.TimeRef
	for w, v := range map[string]string{"gisteren": "2024-03-11", "vandaag": "2024-03-12"} {
		at := strings.Index(text, w)
		times = append(times, kroniek.TimeRef{Start: at, End: at + len(w), Text: w, Value: v})
	}
	got := map[string]string{}
	for _, e := range Extract(parseDoc(t, text), ms, ls, times, "2024-03-12") {
		got[e.Type] = e.Date
	}
	for typ, want := range map[string]string{"ACCUSE": "2024-03-11", "REQUEST": ""} {
		if d, ok := got[typ]; !ok {
			t.Errorf("no %s event", typ)
		} else if d != want {
			t.Errorf("%s dated %q, want %q", typ, d, want)
		}
	}
}
