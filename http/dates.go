package http

import (
	"fmt"

	"github.com/kroniek/kroniek"
)

// dateLabel writes a date of an event, figure or time for a reader:
// "week 13 van 2019", "zomer 2018", "jaren 1990", "20e eeuw" on a Dutch
// page, "week 13 of 2019", "summer 2018", "1990s", "20th century" on an
// English one. The stored values ("2019-W13", "2018-SU", "199X", "19XX")
// are TIMEX notation a reader trips on; a day, month or year, and anything
// ParseDate does not read, is shown as it is.
func dateLabel(L map[string]string, s string) string {
	d, ok := kroniek.ParseDate(s)
	if !ok {
		return s
	}
	switch {
	case d.Century:
		c := d.Year/100 + 1
		if L["lang"] == "nl" {
			return fmt.Sprintf(L["date_century"], c)
		}
		return fmt.Sprintf(L["date_century"], c, ordinalSuffix(c))
	case d.Decade:
		return fmt.Sprintf(L["date_decade"], d.Year)
	case d.Week != 0 && d.Weekend:
		return fmt.Sprintf(L["date_weekend"], d.Week, d.Year)
	case d.Week != 0:
		return fmt.Sprintf(L["date_week"], d.Week, d.Year)
	case d.Season != "":
		return L["season_"+d.Season] + " " + fmt.Sprint(d.Year)
	}
	return s
}

// ordinalSuffix is the English suffix of an ordinal number: 1st, 2nd,
// 3rd, 11th, 21st.
func ordinalSuffix(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}
