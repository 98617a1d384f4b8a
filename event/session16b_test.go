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

// TestSession16bAnaphoricNarrative checks that a sentence in the simple
// past that names no time continues the time a sentence before it took
// by pointing back (datzelfde jaar), on invented sentences, while one
// after a sentence without such a time stays undated.
func TestSession16bAnaphoricNarrative(t *testing.T) {
	for _, c := range []struct {
		src, want string
	}{
		{"In 2016 gaf [Piet Valk] een boek aan de paus. Datzelfde jaar blokkeerde [Jos Punt] de deelname van [Piet Valk] aan de parade. Op het laatste moment werd [Piet Valk] door [Jos Punt] teruggefloten.", "2016"},
		{"In 2016 gaf [Piet Valk] een boek aan de paus. [Jos Punt] blokkeerde de deelname van [Piet Valk] aan de parade, zeggen ingewijden. Op het laatste moment werd [Piet Valk] door [Jos Punt] teruggefloten.", ""},
	} {
		text, ms, ls := annotate(c.src)
		at := strings.Index(text, "2016")
		times := []kroniek.TimeRef{{Start: at, End: at + 4, Text: "2016", Value: "2016"}}
		n := 0
		for _, e := range Extract(parseDoc(t, text), ms, ls, times, "2019-04-02") {
			if e.Trigger != "teruggefloten" {
				continue
			}
			n++
			if e.Date != c.want {
				t.Errorf("%q: %s %q dated %q, want %q", c.src, e.Type, e.Trigger, e.Date, c.want)
			}
		}
		if n == 0 {
			t.Errorf("%q: no event on teruggefloten", c.src)
		}
	}
}
