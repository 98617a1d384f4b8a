package http

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestAttentionLabelsApart: a chart writes each bar's count, above the
// bar, only when the bars stand far enough apart for the counts not to
// run together, and then no highest count at the top left, where it
// would overlap the first bar's count; otherwise only the highest count.
func TestAttentionLabelsApart(t *testing.T) {
	text := regexp.MustCompile(`<text x="[0-9.]+" y="([0-9.]+)"[^>]*>([0-9]+)</text>`)
	bar := regexp.MustCompile(`<rect x="[0-9.]+" y="([0-9.]+)"`)
	for _, tc := range []struct {
		name string
		days []DayCount
		want string // the count labels
	}{
		{"apart", []DayCount{{Date: "2020-08-01", Count: 9}, {Date: "2020-09-01", Count: 11}, {Date: "2020-09-15", Count: 8}}, "9 11 8"},
		{"side by side", []DayCount{{Date: "2020-08-01", Count: 9}, {Date: "2020-08-02", Count: 11}, {Date: "2020-09-15", Count: 8}}, "11"},
		{"one", []DayCount{{Date: "2020-08-01", Count: 4}}, "4"},
	} {
		for _, w := range []float64{attentionWide, attentionNarrow} {
			svg := string(attentionChart(tc.days, w, "attention", "attention over time"))
			var got []string
			labels := text.FindAllStringSubmatch(svg, -1)
			for _, m := range labels {
				got = append(got, m[2])
			}
			if strings.Join(got, " ") != tc.want {
				t.Errorf("%s, %.0f wide: count labels %q, want %q", tc.name, w, got, tc.want)
				continue
			}
			if len(labels) != len(tc.days) {
				continue
			}
			// Each count's baseline stands 4 above its bar's top.
			for i, m := range bar.FindAllStringSubmatch(svg, -1) {
				top, _ := strconv.ParseFloat(m[1], 64)
				y, _ := strconv.ParseFloat(labels[i][1], 64)
				if y > top-4 || y < 13 {
					t.Errorf("%s, %.0f wide: count %s at y %.1f, its bar's top at %.1f", tc.name, w, labels[i][2], y, top)
				}
			}
		}
	}
}

// TestTimelineTicksOneDay: a timeline whose items all fall on one day
// spans that day and the next; its middle tick, at noon of the first
// day, would repeat the first tick's day ("4 mrt 2019 · 4 mrt · 5 mrt"),
// so it is left blank. A longer span keeps its three ticks.
func TestTimelineTicksOneDay(t *testing.T) {
	L := map[string]string{"lang": "nl"}
	for _, tc := range []struct {
		name  string
		dates []string
		want  [3]string
	}{
		{"one day", []string{"2021-05-04", "2021-05-04"}, [3]string{"4 mei 2021", "", "5 mei"}},
		{"two days", []string{"2021-05-04", "2021-05-06"}, [3]string{"4 mei 2021", "5 mei", "6 mei"}},
	} {
		var items []kroniek.TimelineItem
		for _, d := range tc.dates {
			items = append(items, kroniek.TimelineItem{Date: d, Text: "De brug ging dicht."})
		}
		c := timelineOf(items, tc.dates[0], L)
		if c == nil {
			t.Fatalf("%s: no chart", tc.name)
		}
		if c.Ticks != tc.want {
			t.Errorf("%s: ticks %q, want %q", tc.name, c.Ticks, tc.want)
		}
	}
}

// TestNetworkNoLoneNode: the network chart draws at most 14 actors; one
// whose every partner did not fit must not stand alone on the circle. A
// council meets twelve parties and a club sues a bank: thirteen actors
// and the two of the smaller pair make fifteen, so the pair is left out
// whole rather than the club drawn without its bank.
func TestNetworkNoLoneNode(t *testing.T) {
	names := map[string]string{"raad": "gemeenteraad", "p": "voetbalclub", "q": "bank"}
	var events []kroniek.Event
	for i := 1; i <= 12; i++ {
		id := fmt.Sprintf("b%02d", i)
		names[id] = "partij " + id
		events = append(events, kroniek.Event{Type: "CONSULT", Actor: []string{"raad"}, Recipient: []string{id}})
	}
	events = append(events, kroniek.Event{Type: "ACCUSE", Actor: []string{"p"}, Recipient: []string{"q"}})
	svg := string(networkSVG(events, names, func(id string) string { return "/entities/" + id }, map[string]string{"lang": "nl"}))
	labels := regexp.MustCompile(`class="node-label">([^<]+)</text>`).FindAllStringSubmatch(svg, -1)
	if len(labels) == 0 || len(labels) > 14 {
		t.Fatalf("%d nodes drawn, want 1 to 14:\n%s", len(labels), svg)
	}
	titles := strings.Join(regexp.MustCompile(`<title>([^<]+)</title>`).FindAllString(svg, -1), "\n")
	for _, m := range labels {
		if !strings.Contains(titles, ">"+m[1]+" → ") && !strings.Contains(titles, "→ "+m[1]+":") {
			t.Errorf("node %q is drawn without an edge:\n%s", m[1], titles)
		}
	}
}
