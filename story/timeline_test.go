package story

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestTimelineBackgroundAndPlans: a fact years older than the story is
// background, a date after the reporting article a plan, a month-precise
// date a timeline entry.
func TestTimelineBackgroundAndPlans(t *testing.T) {
	text := "Na de annexatie van de Krim in 2014 koos Belarus een eigen koers tussen Oost en West. " +
		"De presidentsverkiezingen van 9 augustus 2020 leidden tot grote protesten in Minsk. " +
		"In augustus 2020 belde Loekasjenko twee keer met Poetin over de onrust in zijn land. " +
		"Op 1 oktober 2020 beslissen de Europese regeringsleiders over sancties tegen Belarus."
	at := func(s string) (int, int) { i := strings.LastIndex(text, s); return i, i + len(s) }
	tr := func(s, value, gran string) kroniek.TimeRef {
		a, b := at(s)
		return kroniek.TimeRef{Article: "a", Start: a, End: b, Text: s, Value: value, Kind: kroniek.TimeDate, Granularity: gran}
	}
	an := &kroniek.Analysis{Article: "a", Times: []kroniek.TimeRef{
		tr("2014", "2014", "year"), tr("9 augustus 2020", "2020-08-09", kroniek.GranDay),
		tr("augustus 2020", "2020-08", "month"), tr("1 oktober 2020", "2020-10-01", kroniek.GranDay),
	}}
	articles := []*kroniek.Article{{ID: "a", Lang: "nl", Published: "2020-09-14", Title: "Belarus", Text: text}}
	_, stories := Build(articles, []*kroniek.Analysis{an}, nil, Options{})
	s := stories[0]
	got := map[string]kroniek.TimelineItem{}
	for _, it := range s.Timeline {
		got[it.Date] = it
	}
	if _, ok := got["2020-08-09"]; !ok {
		t.Errorf("no entry for the election: %+v", s.Timeline)
	}
	if _, ok := got["2020-08"]; !ok {
		t.Errorf("no month-precise entry: %+v", s.Timeline)
	}
	if it, ok := got["2020-10-01"]; !ok || !it.Plan {
		t.Errorf("the decision of 1 October is not a plan: %+v", s.Timeline)
	}
	if len(s.Background) != 1 || s.Background[0].Date != "2014" || !s.Background[0].Background {
		t.Errorf("background %+v, want the fact of 2014", s.Background)
	}
	for _, it := range s.Timeline {
		if it.Date == "2014" {
			t.Errorf("background fact in the timeline: %+v", it)
		}
	}
}
