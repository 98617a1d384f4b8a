package story

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/kroniek/kroniek"
)

// FigureDispute is one quantity that outlets report with different
// values, side by side.
type FigureDispute struct {
	Object string          `json:"object"`
	Unit   string          `json:"unit,omitempty"`
	Date   string          `json:"date"`
	Values []DisputedValue `json:"values"`
}

// DisputedValue is one outlet's value of a disputed figure, with the
// figure as evidence.
type DisputedValue struct {
	Outlet string         `json:"outlet"`
	Figure kroniek.Amount `json:"figure"`
}

// Disputes finds figures that count the same thing and still differ
// between sources: the same counted object (head noun) in the same unit,
// dated to the same day by a time expression in their own sentences,
// with different values from different sources. A source is an outlet;
// articles of no known outlet are one source. A figure whose sentence
// has no date is compared with nothing: "1.000 demonstranten" arrested
// on one day and "200.000 demonstranten" marching on another are two
// facts, not a disagreement. dateOf returns a figure's date, or "".
func Disputes(figs []kroniek.Amount, outletOf map[string]string, dateOf func(kroniek.Amount) (string, error)) ([]FigureDispute, error) {
	type key struct{ object, unit string }
	groups := map[key][]kroniek.Amount{}
	var order []key
	for _, f := range figs {
		obj := strings.ToLower(strings.TrimSpace(f.Object))
		if obj == "" {
			continue
		}
		k := key{obj, f.Unit}
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], f)
	}
	var out []FigureDispute
	for _, k := range order {
		if !valuesDiffer(groups[k], outletOf) {
			continue
		}
		// Only now, for the few candidates, find the figures' dates.
		byDate := map[string][]kroniek.Amount{}
		var dates []string
		for _, f := range groups[k] {
			d, err := dateOf(f)
			if err != nil {
				return nil, err
			}
			if d == "" {
				continue
			}
			if byDate[d] == nil {
				dates = append(dates, d)
			}
			byDate[d] = append(byDate[d], f)
		}
		sort.Strings(dates)
		for _, d := range dates {
			fs := byDate[d]
			if !valuesDiffer(fs, outletOf) {
				continue
			}
			dis := FigureDispute{Object: fs[0].Object, Unit: k.unit, Date: d}
			seen := map[string]bool{}
			for _, f := range fs {
				id := outletOf[f.Article] + "|" + strconv.FormatFloat(f.Value, 'f', -1, 64)
				if seen[id] {
					continue
				}
				seen[id] = true
				dis.Values = append(dis.Values, DisputedValue{Outlet: outletOf[f.Article], Figure: f})
			}
			sort.SliceStable(dis.Values, func(i, j int) bool { return dis.Values[i].Figure.Value < dis.Values[j].Figure.Value })
			out = append(out, dis)
		}
	}
	return out, nil
}

// valuesDiffer reports whether two figures of fs from different sources
// disagree ("" is the one unknown source): their values are not the same
// figure told apart only by rounding or a hedge (agree).
func valuesDiffer(fs []kroniek.Amount, outletOf map[string]string) bool {
	for i, f := range fs {
		for _, g := range fs[i+1:] {
			if outletOf[f.Article] != outletOf[g.Article] && !agree(f, g) {
				return true
			}
		}
	}
	return false
}

// agree reports whether two figures of one thing are the same figure:
// equal; equal but for rounding (201 and "ruim 200", 1,25 and 1,3
// miljard: the more precise rounds to the other); within a tenth of each
// other when one is hedged ("bijna 1.000" and 960, "zo'n 40" and 43); or
// so far apart (ten times or more) that they count different things
// (1.000 arrested demonstrators and 200.000 marching ones), which is no
// disagreement either.
func agree(f, g kroniek.Amount) bool {
	a, b := f.Value, g.Value
	if a == b || roundsTo(a, b) || roundsTo(b, a) {
		return true
	}
	lo, hi := math.Min(math.Abs(a), math.Abs(b)), math.Max(math.Abs(a), math.Abs(b))
	if lo > 0 && hi/lo >= 10 {
		return true
	}
	return (f.Modifier != "" || g.Modifier != "") && hi-lo <= hi/10
}

// roundsTo reports whether x rounded to the significant digits of y is y.
func roundsTo(x, y float64) bool {
	digits := significant(y)
	if digits == 0 || significant(x) <= digits {
		return false
	}
	step := math.Pow(10, math.Floor(math.Log10(math.Abs(y)))-float64(digits-1))
	return math.Abs(math.Round(x/step)*step-y) < step/1e6 // half away from zero: 1,25 is 1,3
}

// significant counts the significant digits of v (200: 1, 1.25e9: 3).
func significant(v float64) int {
	m := strconv.FormatFloat(math.Abs(v), 'e', -1, 64) // "1.25e+09"
	m, _, _ = strings.Cut(m, "e")
	m = strings.TrimRight(strings.Replace(m, ".", "", 1), "0")
	return len(m)
}

// SentenceDate returns the value of the first dated time expression
// (not a duration, not a deadline) inside the sentence of text that
// holds [start, end), or "".
func SentenceDate(text string, start, end int, ts []kroniek.TimeRef) string {
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	from, to := sentenceBounds(text, start, end)
	for _, t := range ts {
		if t.Start >= from && t.End <= to && t.Value != "" && t.Bound == "" &&
			(t.Kind == "" || t.Kind == kroniek.TimeDate) && t.Value[0] >= '0' && t.Value[0] <= '9' {
			return t.Value
		}
	}
	return ""
}

// sentenceBounds returns the sentence around [start, end): from after the
// last sentence end before start to the first one after end. A sentence
// ends at a line break or at . ! ? followed by white space, so the dot
// of "1.000" ends nothing.
func sentenceBounds(text string, start, end int) (int, int) {
	isEnd := func(i int) bool {
		switch text[i] {
		case '\n':
			return true
		case '.', '!', '?':
			return i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n'
		}
		return false
	}
	from := start
	for from > 0 && !isEnd(from-1) {
		from--
	}
	to := end
	for to < len(text) && !isEnd(to) {
		to++
	}
	return from, to
}
