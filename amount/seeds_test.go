package amount

import (
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

func TestSeeds(t *testing.T) {
	want := map[string][]kroniek.Amount{
		"000": {{Text: "27", Value: 27, Object: "regeringsleiders"}, {Text: "één uur", Value: 1, Unit: "uur"}},
		"001": {{Text: "zes", Value: 6, Object: "politieke gevangene"}, {Text: "27", Value: 27, Object: "landen"}},
		"003": {{Text: "Zeker 200.000", Value: 200000, Modifier: "zeker", Object: "demonstranten"}, {Text: "26 jaar", Value: 26, Unit: "jaar", Object: "heerschappij"}},
		"004": {
			{Text: "1,3 miljard euro", Value: 1300000000, Unit: "EUR", Object: "lening"},
			{Text: "meer dan honderdduizend", Value: 100000, Modifier: "meer dan", Object: "mensen"},
			{Text: "bijna duizend", Value: 1000, Modifier: "bijna", Object: "demonstranten"},
			{Text: "4 uur", Value: 4, Unit: "uur"},
		},
	}
	notWant := map[string][]string{"003": {"5", "één"}, "001": {"2014", "2015"}, "000": {"9"}, "002": {"9"}, "004": {"zesde week"}}
	for _, seed := range []string{"000", "001", "002", "003", "004"} {
		text := shared.SeedArticle(t, seed).Text
		got := Extract(nl.Parse(text, nl.Options{Lang: "nl"}))
		for _, a := range got {
			if text[a.Start:a.End] != a.Text {
				t.Errorf("%s: offsets %d:%d do not give %q", seed, a.Start, a.End, a.Text)
			}
			if testing.Verbose() {
				t.Logf("%s: %q %v %s mod=%q obj=%q", seed, a.Text, a.Value, a.Unit, a.Modifier, a.Object)
			}
		}
		for _, w := range want[seed] {
			found := false
			for _, a := range got {
				if a.Text == w.Text && a.Value == w.Value && a.Unit == w.Unit && a.Modifier == w.Modifier && a.Object == w.Object {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: missing %+v", seed, w)
			}
		}
		for _, nw := range notWant[seed] {
			for _, a := range got {
				if a.Text == nw {
					t.Errorf("%s: %q is not a figure", seed, nw)
				}
			}
		}
	}
}

func TestOtherLanguages(t *testing.T) {
	doc := nl.Parse("The loan of 1,300 euro was paid by 27 leaders.", nl.Options{Lang: "en"})
	if got := Extract(doc); len(got) != 0 {
		t.Errorf("English text gave %+v", got)
	}
}
