package http

import (
	"cmp"
	"fmt"
	"html"
	"html/template"
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/rank"
)

// dayOf parses a date (YYYY-MM-DD, YYYY-MM, YYYY, a week, a season) as
// the first day it names.
func dayOf(s string) (time.Time, bool) {
	d, ok := kroniek.ParseDate(s)
	if !ok {
		return time.Time{}, false
	}
	return d.First()
}

// timelineChart (made by timelineOf) is a story's timeline as a chart that reads on a phone: a
// date axis over the story's own span (from its first publication, less a
// week, to its last item) and one row per dated item with its date, a
// marker on the axis, its number of articles, its text and its sources.
// Items dated before the span (background) sit at the axis's left edge
// with an arrow instead of stretching the scale. The markers are small
// SVGs; every text is HTML, so it wraps and keeps its size on any screen.
type timelineChart struct {
	Ticks [3]string
	Rows  []timelineRow
}

// timelineRow is one item of a timeline chart; X is its marker's place on
// the axis, 0 to 98.
type timelineRow struct {
	kroniek.TimelineItem
	X      string
	Before bool
}

func timelineOf(items []kroniek.TimelineItem, start string, L map[string]string) *timelineChart {
	type pt struct {
		t    time.Time
		item kroniek.TimelineItem
	}
	var pts []pt
	for _, it := range items {
		if t, ok := dayOf(it.Date); ok {
			pts = append(pts, pt{t, it})
		}
	}
	if len(pts) == 0 {
		return nil
	}
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].t.Before(pts[j].t) })
	first, last := pts[0].t, pts[len(pts)-1].t
	if st, ok := dayOf(start); ok && st.AddDate(0, 0, -7).After(first) {
		first = st.AddDate(0, 0, -7)
	}
	if !last.After(first) {
		last = first.AddDate(0, 0, 1)
	}
	span := last.Sub(first).Hours()
	mid := first.Add(last.Sub(first) / 2)
	c := &timelineChart{Ticks: [3]string{shortDate(L, first, true), shortDate(L, mid, first.Year() != mid.Year()), shortDate(L, last, first.Year() != last.Year())}}
	if sameDay(mid, first) || sameDay(mid, last) {
		// A span of one day: its middle, at noon, is the first day
		// again ("4 mrt 2019 · 4 mrt · 5 mrt"); the tick stays blank.
		c.Ticks[1] = ""
	}
	for _, p := range pts {
		row := timelineRow{TimelineItem: p.item, Before: p.t.Before(first)}
		if !row.Before {
			row.X = fmt.Sprintf("%.1f", math.Min(98, p.t.Sub(first).Hours()/span*98))
		}
		c.Rows = append(c.Rows, row)
	}
	return c
}

// sameDay reports whether a and b fall on the same calendar day.
func sameDay(a, b time.Time) bool {
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

// networkNodes picks at most limit actors for the network chart, in order
// of degree: the ends of its pairs, heaviest first, both ends or neither.
// Cutting the actors by degree alone drew an actor whose only partner did
// not fit as a dot without a line (the police, its protesters cut).
func networkNodes(nw network, limit int) []string {
	keep := map[string]bool{}
	for _, e := range nw.edges() {
		n := len(keep)
		if !keep[e.from] {
			n++
		}
		if !keep[e.to] {
			n++
		}
		if n <= limit {
			keep[e.from], keep[e.to] = true, true
		}
	}
	var nodes []string
	for _, n := range rank.ByCount(nw.deg) {
		if keep[n] {
			nodes = append(nodes, n)
		}
	}
	return nodes
}

// edge is one actor→recipient pair of the actor network.
type edge struct{ from, to string }

// network is who acts on whom in a story's events: each pair's event
// count and types, and each actor's degree.
type network struct {
	count map[edge]int
	types map[edge]map[string]bool
	deg   map[string]int
}

// networkOf counts the actor→recipient pairs of the events that happened
// (neither hypothetical nor negated).
func networkOf(events []kroniek.Event) network {
	count := map[edge]int{}
	types := map[edge]map[string]bool{}
	deg := map[string]int{}
	for _, e := range events {
		if e.Hypothetical || e.Negated {
			continue
		}
		for _, a := range e.Actor {
			for _, r := range e.Recipient {
				if a == "" || r == "" || a == r {
					continue
				}
				k := edge{a, r}
				count[k]++
				if types[k] == nil {
					types[k] = map[string]bool{}
				}
				types[k][e.Type] = true
				deg[a]++
				deg[r]++
			}
		}
	}
	return network{count, types, deg}
}

// edges returns the pairs in order: most events first, then by name.
func (nw network) edges() []edge {
	return slices.SortedFunc(maps.Keys(nw.count), func(a, b edge) int {
		return cmp.Or(cmp.Compare(nw.count[b], nw.count[a]), cmp.Compare(a.from, b.from), cmp.Compare(a.to, b.to))
	})
}

// typesOf returns the event types of pair k, sorted, each named in the
// page language L (term): "verzoek" on a Dutch page, not "REQUEST".
func (nw network) typesOf(k edge, L map[string]string) []string {
	ts := slices.Sorted(maps.Keys(nw.types[k]))
	for i, t := range ts {
		ts[i] = term(L, t)
	}
	return ts
}

// networkList writes who acts on whom as a list, one line per pair, its
// event types in the page language L and its number of events: what a
// phone shows instead of the chart, which needs 620 px.
func networkList(events []kroniek.Event, names map[string]string, link func(id string) string, L map[string]string) template.HTML {
	nw := networkOf(events)
	if len(nw.count) == 0 {
		return ""
	}
	name := func(id string) string {
		if n := names[id]; n != "" {
			return n
		}
		return id
	}
	var b strings.Builder
	b.WriteString(`<ul class="network-list">`)
	edges := nw.edges()
	for _, k := range edges[:min(len(edges), 20)] {
		n := L["event_many"]
		if nw.count[k] == 1 {
			n = L["event_one"]
		}
		fmt.Fprintf(&b, `<li><a href="%s">%s</a> → <a href="%s">%s</a> <small class="nowrap">%s · %d %s</small></li>`,
			html.EscapeString(link(k.from)), html.EscapeString(name(k.from)), html.EscapeString(link(k.to)), html.EscapeString(name(k.to)),
			html.EscapeString(strings.Join(nw.typesOf(k, L), ", ")), nw.count[k], html.EscapeString(n))
	}
	b.WriteString(`</ul>`)
	return template.HTML(b.String())
}

// networkSVG draws who acts on whom: the story's actors on a circle, an
// arrow per actor→recipient pair with its event count.
func networkSVG(events []kroniek.Event, names map[string]string, link func(id string) string, L map[string]string) template.HTML {
	label := L["network"]
	nw := networkOf(events)
	count := nw.count
	if len(count) == 0 {
		return ""
	}
	nodes := networkNodes(nw, 14)
	pos := map[string][2]float64{}
	angle := map[string]float64{}
	const cx, cy, rad = 350.0, 220.0, 160.0
	for i, n := range nodes {
		a := 2*math.Pi*float64(i)/float64(len(nodes)) - math.Pi/2
		pos[n] = [2]float64{cx + rad*math.Cos(a), cy + rad*math.Sin(a)}
		angle[n] = a
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="network" role="img" aria-label="%s" viewBox="0 0 700 440" xmlns="http://www.w3.org/2000/svg">`, template.HTMLEscapeString(label))
	b.WriteString(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" class="arrowhead"/></marker></defs>`)
	keys := slices.SortedFunc(maps.Keys(count), func(a, b edge) int {
		return cmp.Or(cmp.Compare(a.from, b.from), cmp.Compare(a.to, b.to))
	})
	for _, k := range keys {
		p, ok1 := pos[k.from]
		q, ok2 := pos[k.to]
		if !ok1 || !ok2 {
			continue
		}
		// Stop the line at the target's circle.
		dx, dy := q[0]-p[0], q[1]-p[1]
		d := math.Hypot(dx, dy)
		ex, ey := q[0]-dx/d*14, q[1]-dy/d*14
		ts := nw.typesOf(k, L)
		fmt.Fprintf(&b, `<line x1="%.0f" y1="%.0f" x2="%.0f" y2="%.0f" class="edge" stroke-width="%d" marker-end="url(#arrow)"><title>%s</title></line>`,
			p[0], p[1], ex, ey, min(1+count[k], 6), html.EscapeString(names[k.from]+" → "+names[k.to]+": "+strings.Join(ts, ", ")))
	}
	for _, n := range nodes {
		p := pos[n]
		name := names[n]
		if name == "" {
			name = n
		}
		// Labels stand outside the circle, anchored away from it, so that
		// neighbours do not overwrite each other.
		ca, sa := math.Cos(angle[n]), math.Sin(angle[n])
		anchor := "middle"
		if ca > 0.3 {
			anchor = "start"
		} else if ca < -0.3 {
			anchor = "end"
		}
		lx, ly := cx+(rad+20)*ca, cy+(rad+20)*sa+4
		fmt.Fprintf(&b, `<a href="%s"><circle cx="%.0f" cy="%.0f" r="12" class="node"/><text x="%.0f" y="%.0f" text-anchor="%s" class="node-label">%s</text></a>`,
			html.EscapeString(link(n)), p[0], p[1], lx, ly, anchor, html.EscapeString(clipText(name, 24)))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// Widths of the attention chart: a desktop's, and a phone's, whose
// labels stay as large as the desktop's without scrolling.
const (
	attentionWide   = 640.0
	attentionNarrow = 360.0
)

// attentionSVG draws mentions per day as bars over a continuous day axis,
// twice: wide for a desktop and narrow for a phone (the style sheet shows
// one), so that a phone sees the whole period instead of its first weeks.
// label names the chart in the page's language.
func attentionSVG(days []DayCount, label string) template.HTML {
	wide := attentionChart(days, attentionWide, "attention attention-wide", label)
	if wide == "" {
		return ""
	}
	return wide + attentionChart(days, attentionNarrow, "attention attention-narrow", label)
}

// attentionChart draws one attention chart w units wide, of class class.
func attentionChart(days []DayCount, w float64, class, label string) template.HTML {
	if len(days) == 0 {
		return ""
	}
	first, ok1 := dayOf(days[0].Date)
	last, ok2 := dayOf(days[len(days)-1].Date)
	if !ok1 || !ok2 {
		return ""
	}
	n := int(last.Sub(first).Hours()/24) + 1
	if n < 1 {
		n = 1
	}
	maxC := 1
	for _, d := range days {
		maxC = max(maxC, d.Count)
	}
	// top leaves room above the highest bar for its count.
	const h, pad, top = 160.0, 24.0, 20.0
	bw := (w - 2*pad) / float64(n)
	// Few bars, far enough apart, each say their count, readable without
	// hover; otherwise the axis says the highest count (never both: they
	// would overlap at the top left).
	gap := n // the fewest days between two bars
	for k := 1; k < len(days); k++ {
		a, okA := dayOf(days[k-1].Date)
		b, okB := dayOf(days[k].Date)
		if okA && okB {
			gap = min(gap, int(b.Sub(a).Hours()/24))
		}
	}
	counts := bw >= 22 || len(days) <= 12 && float64(gap)*bw >= 22
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="%s" role="img" aria-label="%s" viewBox="0 0 %.0f %.0f" xmlns="http://www.w3.org/2000/svg">`, class, template.HTMLEscapeString(label), w, h+30)
	fmt.Fprintf(&b, `<line x1="%.0f" y1="%.0f" x2="%.0f" y2="%.0f" class="axis"/>`, pad, h, w-pad, h)
	for _, d := range days {
		t, ok := dayOf(d.Date)
		if !ok {
			continue
		}
		i := int(t.Sub(first).Hours() / 24)
		bh := (h - top) * float64(d.Count) / float64(maxC)
		fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" class="bar"><title>%s: %d</title></rect>`,
			pad+float64(i)*bw+1, h-bh, math.Max(bw-2, 2), bh, html.EscapeString(d.Date), d.Count)
		if counts {
			fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle" class="axis-label">%d</text>`, pad+float64(i)*bw+bw/2, h-bh-4, d.Count)
		}
	}
	fmt.Fprintf(&b, `<text x="%.0f" y="%.0f" class="axis-label">%s</text>`, pad, h+20, html.EscapeString(days[0].Date))
	fmt.Fprintf(&b, `<text x="%.0f" y="%.0f" class="axis-label" text-anchor="end">%s</text>`, w-pad, h+20, html.EscapeString(days[len(days)-1].Date))
	if !counts {
		fmt.Fprintf(&b, `<text x="%.0f" y="14" class="axis-label">%d</text>`, pad, maxC)
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// months are the short month names per page language.
var months = map[string][]string{
	"nl": {"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"},
	"en": {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
}

// shortDate writes "9 aug" (with the year when asked: "9 aug 2020").
func shortDate(L map[string]string, t time.Time, year bool) string {
	m := months[L["lang"]]
	if m == nil {
		m = months["en"]
	}
	s := fmt.Sprintf("%d %s", t.Day(), m[t.Month()-1])
	if year {
		s += fmt.Sprintf(" %d", t.Year())
	}
	return s
}

func clipText(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
