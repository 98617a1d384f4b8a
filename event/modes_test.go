package event

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// timeAt makes a TimeRef for the first occurrence of s in text.
func timeRef(text, s, value, gran, kind string) kroniek.TimeRef {
	i := strings.Index(text, s)
	return kroniek.TimeRef{Start: i, End: i + len(s), Text: s, Value: value, Granularity: gran, Kind: kind}
}

func TestDates(t *testing.T) {
	src := "Op 9 augustus arresteerde de politie [Babaryka], nadat hij drie weken campagne had gevoerd. " +
		"[Rusland|LOC] stuurt op 20 september troepen naar de grens. " +
		"Volgens [Reuters|ORG] belde [Macron] met [Poetin]."
	text, ms, ls := annotate(src)
	times := []kroniek.TimeRef{
		timeRef(text, "9 augustus", "2020-08-09", kroniek.GranDay, kroniek.TimeDate),
		timeRef(text, "drie weken", "P3W", "", kroniek.TimeDuration),
		timeRef(text, "20 september", "2020-09-20", kroniek.GranDay, kroniek.TimeDate),
	}
	evs := Extract(parseDoc(t, text), ms, ls, times, "2020-09-14")
	want := []struct {
		typ, date, gran string
		hyp, reported   bool
	}{
		{"COERCE", "2020-08-09", kroniek.GranDay, false, false},
		{"MOBILIZE", "2020-09-20", kroniek.GranDay, true, false}, // after the article: not yet done
		{"CONSULT", "", "", false, true},                         // no date in the sentence: none (never the publication date)
	}
	if len(evs) != len(want) {
		t.Fatalf("got %d events, want %d: %+v", len(evs), len(want), evs)
	}
	for i, w := range want {
		e := evs[i]
		if e.Type != w.typ || e.Date != w.date || e.DateGran != w.gran || e.Hypothetical != w.hyp || e.Reported != w.reported {
			t.Errorf("event %d = %s %s/%s hyp=%v reported=%v, want %+v", i, e.Type, e.Date, e.DateGran, e.Hypothetical, e.Reported, w)
		}
		if i == 0 && (len(e.ActorLocal) != 1 || e.ActorLocal[0] != "generic:police" || e.RecipientText != "Babaryka") {
			t.Errorf("inverted subject: actor %v recipient %q", e.ActorLocal, e.RecipientText)
		}
		if text[e.Start:e.End] != e.Text || text[e.TriggerStart:e.TriggerEnd] == "" {
			t.Errorf("event %d: offsets do not point at the evidence", i)
		}
	}
}

func TestPronounAndPassive(t *testing.T) {
	src := "[Svetlana Tichanovskaja] vluchtte naar [Litouwen|LOC]. Zij riep de [EU|ORG] op tot sancties. " +
		"[Loekasjenko] sprak maandag in [Minsk|LOC]. Volgens hem werd hij door [Poetin] gebeld."
	text, ms, ls := annotate(src)
	evs := Extract(parseDoc(t, text), ms, ls, nil, "2020-09-14")
	keyOf := map[string]string{}
	for _, l := range ls {
		keyOf[l.Name] = l.Key
	}
	var req, call *kroniek.Event
	for i := range evs {
		switch evs[i].Type {
		case "REQUEST":
			req = &evs[i]
		case "CONSULT":
			call = &evs[i]
		}
	}
	if req == nil || !sameSet("Svetlana Tichanovskaja", req.ActorLocal, keyOf) || !sameSet("EU", req.RecipientLocal, keyOf) {
		t.Errorf("zij riep … op: got %+v", req)
	}
	if call == nil || !sameSet("Poetin", call.ActorLocal, keyOf) || !sameSet("Loekasjenko", call.RecipientLocal, keyOf) || !call.Reported {
		t.Errorf("passive call: got %+v", call)
	}
}

func TestOtherLanguage(t *testing.T) {
	text, ms, ls := annotate("[Poetin] ontmoette [Loekasjenko] in [Sotsji|LOC].")
	if evs := Extract(parseDoc(t, text), ms, ls, nil, ""); len(evs) != 1 {
		t.Errorf("Dutch: %d events, want 1", len(evs))
	}
	if evs := Extract(nl.Parse(text, nl.Options{Lang: "en"}), ms, ls, nil, ""); len(evs) != 0 {
		t.Errorf("events from a text marked English: %+v", evs)
	}
}
