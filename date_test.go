package kroniek

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	for _, c := range []struct {
		in, gran, first, last string
	}{
		{"2019", GranYear, "2019-01-01", "2019-12-31"},
		{"199X", GranDecade, "1990-01-01", "1999-12-31"},
		{"17XX", GranCentury, "1700-01-01", "1799-12-31"},
		{"20XX", GranCentury, "2000-01-01", "2099-12-31"},
		{"2019-03", GranMonth, "2019-03-01", "2019-03-31"},
		{"2019-02-28", GranDay, "2019-02-28", "2019-02-28"},
		{"2019-W10", GranWeek, "2019-03-04", "2019-03-10"},
		{"2020-W01", GranWeek, "2019-12-30", "2020-01-05"},
		{"2019-W10-WE", GranWeek, "2019-03-09", "2019-03-10"},
		{"2019-SU", GranSeason, "2019-06-01", "2019-08-31"},
		{"2018-WI", GranSeason, "2018-12-01", "2019-02-28"},
		{"XXXX-08-09", GranDay, "", ""},
		{"XXXX-02-29", GranDay, "", ""},
	} {
		d, ok := ParseDate(c.in)
		if !ok {
			t.Errorf("%q: not parsed", c.in)
			continue
		}
		if d.String() != c.in || d.Granularity() != c.gran {
			t.Errorf("%q: String %q, Granularity %q; want %q", c.in, d.String(), d.Granularity(), c.gran)
		}
		f, l, ok := d.Span()
		if c.first == "" {
			if ok {
				t.Errorf("%q: a span without a year", c.in)
			}
			continue
		}
		if f.Format("2006-01-02") != c.first || l.Format("2006-01-02") != c.last {
			t.Errorf("%q: span %s … %s, want %s … %s", c.in, f.Format("2006-01-02"), l.Format("2006-01-02"), c.first, c.last)
		}
	}
	for _, bad := range []string{"", "P3D", "2019-13", "2019-02-30", "2019-W54", "20190305", "2019-3-5", "XXXX", "2019-XX", "PT4H"} {
		if d, ok := ParseDate(bad); ok {
			t.Errorf("%q parsed as %+v", bad, d)
		}
	}
	day := time.Date(2019, 3, 6, 0, 0, 0, 0, time.UTC)
	if DayDate(day).String() != "2019-03-06" || WeekDate(day).String() != "2019-W10" || MonthDate(day).String() != "2019-03" || YearDate(2019).String() != "2019" {
		t.Error("constructors")
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2019", "199X", "2019-W10-WE", "XXXX-02-29", "2019-SU", "P3D"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := ParseDate(s)
		if !ok {
			return
		}
		if d2, ok2 := ParseDate(d.String()); !ok2 || d2 != d {
			t.Errorf("%q → %+v → %q does not round-trip", s, d, d.String())
		}
	})
}
