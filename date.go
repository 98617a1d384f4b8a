package kroniek

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// GranSeason is the granularity of a season value (2019-SU).
const GranSeason = "season"

// Seasons of a Date, as ISO 8601-2 and TIMEX3 write them.
const (
	SeasonSpring = "SP"
	SeasonSummer = "SU"
	SeasonFall   = "FA"
	SeasonWinter = "WI"
)

// Date is a calendar date known to some precision: a century ("17XX"), a
// decade ("199X"), a
// year ("2019"), a season ("2019-SU"), a month ("2019-03"), an ISO week
// ("2019-W10") or its weekend ("2019-W10-WE"), or a day ("2019-03-05"); a
// month or a day may lack its year ("XXXX-03", "XXXX-03-05"). It is the
// one reading of the date strings of TimeRef.Value, Event.Date and
// Article.Published.
type Date struct {
	Year    int    // the ISO year for a week; 0 when unknown (XXXX)
	Month   int    // 1–12, or 0
	Day     int    // 1–31, or 0
	Week    int    // ISO week 1–53, or 0
	Weekend bool   // the Saturday and Sunday of Week
	Season  string // SP, SU, FA, WI, or ""
	Decade  bool   // the ten years from Year on (199X)
	Century bool   // the hundred years from Year on (17XX: 1700–1799)
	// Relative is true when the date was computed from a reference date
	// (maandag, vorig jaar) rather than written out; String leaves it out.
	Relative bool
}

// ParseDate reads the date strings Date.String writes; ok is false for
// anything else (durations such as P3D, empty strings).
func ParseDate(s string) (d Date, ok bool) {
	switch {
	case len(s) == 4 && s[2:] == "XX" && digits(s[:2]):
		d = Date{Year: atoi(s[:2]) * 100, Century: true}
		return d, d.Year != 0
	case len(s) == 4 && s[3] == 'X' && digits(s[:3]):
		d = Date{Year: atoi(s[:3]) * 10, Decade: true}
		return d, d.Year != 0
	case len(s) == 4 && digits(s):
		d = Date{Year: atoi(s)}
		return d, d.Year != 0
	case len(s) < 7 || s[4] != '-' || !digits(s[:4]) && s[:4] != "XXXX" || s[:4] == "0000":
		return Date{}, false
	}
	y := atoi(s[:4]) // 0 for XXXX
	rest := s[5:]
	switch {
	case len(rest) == 2 && digits(rest):
		d = Date{Year: y, Month: atoi(rest)}
	case len(rest) == 5 && rest[2] == '-' && digits(rest[:2]) && digits(rest[3:]):
		d = Date{Year: y, Month: atoi(rest[:2]), Day: atoi(rest[3:])}
	case len(rest) >= 3 && rest[0] == 'W' && digits(rest[1:3]) && (len(rest) == 3 || rest[3:] == "-WE"):
		d = Date{Year: y, Week: atoi(rest[1:3]), Weekend: len(rest) > 3}
	case len(rest) == 2 && (rest == SeasonSpring || rest == SeasonSummer || rest == SeasonFall || rest == SeasonWinter):
		d = Date{Year: y, Season: rest}
	default:
		return Date{}, false
	}
	if d.Season == "" && d.Month == 0 && d.Week == 0 || len(rest) == 5 && d.Day == 0 {
		return Date{}, false // 2019-00, 2019-03-00, 2019-W00
	}
	if !d.valid() {
		return Date{}, false
	}
	return d, true
}

// valid reports whether the fields name a date that exists.
func (d Date) valid() bool {
	switch {
	case d.Week != 0:
		return d.Year != 0 && d.Week >= 1 && d.Week <= 53 && d.Month == 0 && d.Day == 0
	case d.Season != "":
		return d.Year != 0
	case d.Day != 0:
		y := d.Year
		if y == 0 {
			y = 2000 // a leap year: XXXX-02-29 may be
		}
		t := time.Date(y, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		return d.Month >= 1 && d.Month <= 12 && t.Day() == d.Day
	case d.Month != 0:
		return d.Month >= 1 && d.Month <= 12
	}
	return d.Year != 0
}

// DayDate returns the day of t.
func DayDate(t time.Time) Date { return Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()} }

// WeekDate returns the ISO week of t.
func WeekDate(t time.Time) Date {
	y, w := t.ISOWeek()
	return Date{Year: y, Week: w}
}

// MonthDate returns the month of t.
func MonthDate(t time.Time) Date { return Date{Year: t.Year(), Month: int(t.Month())} }

// YearDate returns the year y.
func YearDate(y int) Date { return Date{Year: y} }

// String writes the date as ParseDate reads it: 2019-03-05, 2019-W10,
// 2019-W10-WE, 2019-03, 2019-SU, 2019, 199X, 17XX, XXXX-03-05.
func (d Date) String() string {
	y := "XXXX"
	if d.Year != 0 {
		y = fmt.Sprintf("%04d", d.Year)
	}
	switch {
	case d.Century:
		return y[:2] + "XX"
	case d.Decade:
		return y[:3] + "X"
	case d.Week != 0 && d.Weekend:
		return fmt.Sprintf("%s-W%02d-WE", y, d.Week)
	case d.Week != 0:
		return fmt.Sprintf("%s-W%02d", y, d.Week)
	case d.Season != "":
		return y + "-" + d.Season
	case d.Day != 0:
		return fmt.Sprintf("%s-%02d-%02d", y, d.Month, d.Day)
	case d.Month != 0:
		return fmt.Sprintf("%s-%02d", y, d.Month)
	case d.Year != 0:
		return y
	}
	return ""
}

// Granularity returns GranDay, GranWeek, GranMonth, GranSeason, GranYear
// GranDecade or GranCentury.
func (d Date) Granularity() string {
	switch {
	case d.Century:
		return GranCentury
	case d.Decade:
		return GranDecade
	case d.Week != 0:
		return GranWeek
	case d.Season != "":
		return GranSeason
	case d.Day != 0:
		return GranDay
	case d.Month != 0:
		return GranMonth
	}
	return GranYear
}

// Span returns the first and last day the date covers (a winter runs from
// December of its year to February), and false when the year is unknown.
func (d Date) Span() (first, last time.Time, ok bool) {
	if d.Year == 0 {
		return time.Time{}, time.Time{}, false
	}
	day := func(y, m, dd int) time.Time { return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC) }
	switch {
	case d.Century:
		return day(d.Year, 1, 1), day(d.Year+99, 12, 31), true
	case d.Decade:
		return day(d.Year, 1, 1), day(d.Year+9, 12, 31), true
	case d.Week != 0:
		jan4 := day(d.Year, 1, 4) // always in ISO week 1
		monday := jan4.AddDate(0, 0, -int((jan4.Weekday()+6)%7)+7*(d.Week-1))
		if d.Weekend {
			return monday.AddDate(0, 0, 5), monday.AddDate(0, 0, 6), true
		}
		return monday, monday.AddDate(0, 0, 6), true
	case d.Season != "":
		m := map[string]int{SeasonSpring: 3, SeasonSummer: 6, SeasonFall: 9, SeasonWinter: 12}[d.Season]
		return day(d.Year, m, 1), day(d.Year, m+3, 1).AddDate(0, 0, -1), true
	case d.Day != 0:
		return day(d.Year, d.Month, d.Day), day(d.Year, d.Month, d.Day), true
	case d.Month != 0:
		return day(d.Year, d.Month, 1), day(d.Year, d.Month+1, 1).AddDate(0, 0, -1), true
	}
	return day(d.Year, 1, 1), day(d.Year, 12, 31), true
}

// First returns the first day the date covers (see Span).
func (d Date) First() (time.Time, bool) {
	f, _, ok := d.Span()
	return f, ok
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func atoi(s string) int {
	n, _ := strconv.Atoi(strings.TrimLeft(s, "0"))
	return n
}
