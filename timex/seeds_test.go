package timex

import (
	"testing"
	"time"

	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

func date(s string) time.Time {
	t, _ := time.Parse("2006-01-02", s)
	return t
}

func TestSeeds(t *testing.T) {
	refs := map[string]Ref{
		// 000 has no date at all: the test assumes a reference in August
		// 2020 (month granularity), as the pipeline's hint would give.
		"000": {Date: date("2020-08-01"), Gran: RefMonth},
		"001": {Gran: RefNone},
		"002": RefFromPublished("2020-09"),
		"003": RefFromPublished("2020-08"),
		"004": {Date: date("2020-09-14"), Gran: RefDay},
	}
	want := map[string][]string{ // text=value
		"000": {"9 augustus=2020-08-09", "dit jaar=2020", "één uur=PT1H"},
		"001": {"2014=2014", "2015=2015"},
		"002": {"9 augustus=2020-08-09"},
		"003": {"26 jaar=P26Y", "twee jaar geleden=2018", "dit weekend="},
		"004": {"maandag=2020-09-14", "Afgelopen zondag=2020-09-13", "4 uur=PT4H", "al weken=PXW", "14 september 2020=2020-09-14"},
	}
	for _, id := range []string{"000", "001", "002", "003", "004"} {
		text := shared.SeedArticle(t, id).Text
		doc := nl.Parse(text, nl.Options{Lang: "nl"})
		got := append(Extract(doc, refs[id]), Durations(doc, refs[id])...)
		have := map[string]bool{}
		for _, g := range got {
			if text[g.Start:g.End] != g.Text {
				t.Errorf("%s: offsets %d:%d do not give %q", id, g.Start, g.End, g.Text)
			}
			have[g.Text+"="+g.Value] = true
			if testing.Verbose() {
				t.Logf("%s: %q = %q %s %s rel=%v", id, g.Text, g.Value, g.Kind, g.Granularity, g.Relative)
			}
		}
		for _, w := range want[id] {
			if !have[w] {
				t.Errorf("%s: missing %s", id, w)
			}
		}
	}
}

// TestFillYearsSeed000: seed 000 has no date; once its story places it in
// August 2020, "9 augustus" becomes 2020-08-09.
func TestFillYearsSeed000(t *testing.T) {
	text := shared.SeedArticle(t, "000").Text
	times := Extract(nl.Parse(text, nl.Options{Lang: "nl"}), Ref{Gran: RefNone})
	filled := FillYears(times, RefFromPublished("2020-08"))
	found := false
	for i, f := range filled {
		if f.Text == "9 augustus" {
			found = f.Value == "2020-08-09" && times[i].Value == "XXXX-08-09"
		}
	}
	if !found {
		t.Errorf("9 augustus not filled to 2020-08-09: %+v", filled)
	}
}
