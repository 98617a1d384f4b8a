package timex

import (
	"strings"
	"time"

	"github.com/kroniek/kroniek"
)

// Granularities of a reference date.
const (
	RefDay   = "day"
	RefMonth = "month"
	RefYear  = "year"
	RefNone  = "none"
)

// Ref is the date time expressions are resolved against: usually the
// article's publication date, with how much of it is known.
type Ref struct {
	Date time.Time
	Gran string // day, month, year, or none ("" is none)
}

// RefFromPublished makes a Ref from kroniek.Article.Published:
// "2020-09-14" (day), "2020-09" (month), "2020" (year) or "" (none).
func RefFromPublished(published string) Ref {
	d, ok := kroniek.ParseDate(strings.TrimSpace(published))
	if !ok || d.Year == 0 || d.Decade || d.Week != 0 || d.Season != "" {
		return Ref{Gran: RefNone}
	}
	t, _ := d.First()
	switch d.Granularity() {
	case kroniek.GranDay:
		return Ref{Date: t, Gran: RefDay}
	case kroniek.GranMonth:
		return Ref{Date: t, Gran: RefMonth}
	}
	return Ref{Date: t, Gran: RefYear}
}

// rank orders granularities from coarse to fine.
func rank(gran string) int {
	switch gran {
	case RefDay:
		return 3
	case RefMonth:
		return 2
	case RefYear:
		return 1
	}
	return 0
}

// knows reports whether the reference is precise enough to resolve a
// value of the given granularity (week values need a day).
func (r Ref) knows(gran string) bool {
	switch gran {
	case "day", "week":
		return rank(r.Gran) >= 3
	case "month":
		return rank(r.Gran) >= 2
	case "year", "decade":
		return rank(r.Gran) >= 1
	}
	return false
}

// bounds returns the first and last day the reference may stand for.
func (r Ref) bounds() (time.Time, time.Time) {
	d := r.Date
	switch r.Gran {
	case RefDay:
		return day(d), day(d)
	case RefMonth:
		first := time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC)
		return first, first.AddDate(0, 1, -1)
	default:
		first := time.Date(d.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		return first, first.AddDate(1, 0, -1)
	}
}

func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func dayValue(t time.Time) string { return kroniek.DayDate(t).String() }

func weekValue(t time.Time) string { return kroniek.WeekDate(t).String() }

func monthValue(t time.Time) string { return kroniek.MonthDate(t).String() }

// validDate reports whether y-m-d exists.
func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}

// inferYear picks the year of a day and month (d == 0: the whole month)
// from the reference: the closest candidate, biased to the past in a
// past-tense clause and to the future in a present or future one.
func (r Ref) inferYear(m, d, dir int) (int, bool) {
	if !r.knows("year") {
		return 0, false
	}
	lo, hi := r.bounds()
	best, bestScore := 0, 1<<62
	for y := r.Date.Year() - 1; y <= r.Date.Year()+1; y++ {
		dd := d
		if dd == 0 {
			dd = 1
		}
		if !validDate(y, m, dd) {
			continue
		}
		start := time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
		end := start
		if d == 0 {
			end = start.AddDate(0, 1, -1)
		}
		// Distance in days from the candidate to the reference span.
		var dist int
		switch {
		case end.Before(lo):
			dist = int(lo.Sub(end).Hours() / 24)
			switch dir {
			case tenseFuture:
				dist += 200 // a coming event is rarely months back
			case tensePresent:
				dist += 200 // "in december is de brug klaar": ahead

			}
		case start.After(hi):
			dist = int(start.Sub(hi).Hours() / 24)
			if dir == tensePast || dir == tenseNone {
				dist += 200 // a past or unmarked clause: prefer the past
			}
		}
		if dist < bestScore {
			best, bestScore = y, dist
		}
	}
	return best, best != 0
}

// FillYears completes dates extracted without a year (XXXX-08-09,
// XXXX-08) once a reference is known from elsewhere, such as the dates of
// the other articles of the same story: the year is the one closest to the
// reference, biased to the past as news reports mostly are. Other values
// are kept. It returns a new slice; filled values are marked Relative.
func FillYears(times []kroniek.TimeRef, ref Ref) []kroniek.TimeRef {
	out := make([]kroniek.TimeRef, len(times))
	copy(out, times)
	for i, t := range out {
		v, ok := kroniek.ParseDate(t.Value)
		if t.Kind != kroniek.TimeDate || !ok || v.Year != 0 {
			continue
		}
		y, ok := ref.inferYear(v.Month, v.Day, tensePast)
		if !ok {
			continue
		}
		v.Year = y
		out[i].Value = v.String()
		out[i].Relative = true
	}
	return out
}
