package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/amount"
)

// holidayAt returns the day of the named holiday that tokens [j, end)
// spell ("oud en nieuw", "tweede kerstdag", "Pasen") in year y, and end.
func (x *sentence) holidayAt(j int) (day func(y int) time.Time, end int, ok bool) {
	for n := 3; n >= 1; n-- {
		if j+n > len(x.low) {
			continue
		}
		v, found := x.l.words["holiday"][strings.Join(x.low[j:j+n], " ")]
		if !found {
			continue
		}
		if off, easter := strings.CutPrefix(v, "easter"); easter {
			d, err := strconv.Atoi(off)
			if err != nil {
				return nil, 0, false
			}
			return func(y int) time.Time { return easterSunday(y).AddDate(0, 0, d) }, j + n, true
		}
		var m, d int
		if _, err := fmt.Sscanf(v, "%d-%d", &m, &d); err != nil {
			return nil, 0, false
		}
		return func(y int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }, j + n, true
	}
	return nil, 0, false
}

// holiday reads a named holiday: "afgelopen oud en nieuw", "tijdens de
// oudejaarsnacht", "op Koningsdag", "kerst vorig jaar", "Pasen 2018". A
// year written after it or in the sentence dates it; else a direction
// word before it (afgelopen, komende) or the tense of its clause: the
// last such day up to the article's date in the past tense (or the coming
// one when it is at most runUp ahead), the next one from it otherwise. A
// holiday that anchors a time counted from it ("de week voor Pasen") is
// left to that expression. A recurring holiday ("elke kerst", "met Pasen is de
// winkel altijd dicht") is no date.
func (x *sentence) holiday(i int) (kroniek.TimeRef, int, bool) {
	dir, j := 0, i
	if off, ok := x.direction(x.word(i)); ok && off != 0 {
		dir, j = off, i+1
	}
	day, end, ok := x.holidayAt(j)
	if !ok || x.recurring(j) {
		return kroniek.TimeRef{}, 0, false
	}
	if x.l.is("unit", x.word(j-2)) && (x.word(j-1) == "voor" || x.word(j-1) == "na") {
		return kroniek.TimeRef{}, 0, false // de week voor Pasen, drie dagen na kerst: a time counted from it
	}
	if y, ok := x.yearNumber(end); ok {
		return x.mk(i, end+1, dayValue(day(y)), kroniek.TimeDate, kroniek.GranDay, false), end + 1, true
	}
	if y, ok := x.yearNumber(end + 1); ok && x.word(end) == "van" {
		return x.mk(i, end+2, dayValue(day(y)), kroniek.TimeDate, kroniek.GranDay, false), end + 2, true // de kerstdagen van 2000
	}
	if !x.ref.knows("day") {
		return kroniek.TimeRef{}, 0, false
	}
	refDay := x.ref.Date
	this := day(refDay.Year())
	if off, ok := x.direction(x.word(end)); ok && x.word(end+1) == "jaar" {
		// kerst vorig jaar, Pasen volgend jaar
		y := refDay.Year() + off
		return x.mk(i, end+2, dayValue(day(y)), kroniek.TimeDate, kroniek.GranDay, true), end + 2, true
	}
	if y, rel, ok := x.sentenceYear(i); ok && dir == 0 {
		return x.mk(i, end, dayValue(day(y)), kroniek.TimeDate, kroniek.GranDay, rel), end, true
	}
	explicit := dir != 0
	if dir == 0 {
		dir = 1
		if x.dirAt(j) == tensePast {
			dir = -1
		}
	}
	y := refDay.Year()
	switch {
	case dir < 0 && this.After(refDay) && (explicit || this.Sub(refDay) > runUp):
		y-- // afgelopen oud en nieuw, in a March article: last December's
	case dir > 0 && this.Before(refDay):
		y++ // tijdens de oudejaarsnacht (komt er een show): this December's
	}
	return x.mk(i, end, dayValue(day(y)), kroniek.TimeDate, kroniek.GranDay, true), end, true
}

// runUp is how far ahead of the article a holiday still is the one a
// past-tense clause tells of when no word says which: the preparations
// for a coming one ("toen er nog weinig plannen waren rondom Koningsdag",
// on 1 April).
const runUp = 45 * 24 * time.Hour

// recurring reports a holiday at token i that names the day of every
// year: after elke or iedere ("elke kerst"), or in a clause with a
// habitual adverb ("is op oudejaarsavond normaliter druk") or "elk
// jaar", "ieder jaar", "jaarlijks". (Unlike a weekday, a holiday in a
// plain present is the coming one: "Op Koningsdag kunnen ze …".)
func (x *sentence) recurring(i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if x.l.is("every", x.low[k]) {
			return true
		}
	}
	start, end := x.clauseBounds(i)
	for k := start; k < end; k++ {
		switch w := x.low[k]; {
		case x.l.is("habitual", w) && w != "alleen", w == "jaarlijks", w == "jaarlijkse":
			return true
		case w == "elk" || w == "ieder":
			if x.word(k+1) == "jaar" {
				return true
			}
		}
	}
	return false
}

// easterSunday returns Easter Sunday of year y (Gregorian calendar; the
// anonymous algorithm of Meeus).
func easterSunday(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// century reads "de 18de eeuw", "deze 21ste eeuw", "de twintigste eeuw"
// (the ordinal and eeuw: 17XX, 20XX, 19XX) and "de vorige eeuw", "deze
// eeuw" against the article's year. Not "een halve eeuw", a duration.
func (x *sentence) century(i int) (kroniek.TimeRef, int, bool) {
	if x.word(i+1) != "eeuw" {
		return kroniek.TimeRef{}, 0, false
	}
	w := x.low[i]
	if n, ok := amount.ParseOrdinal(w); ok && n >= 1 && n <= 21 && n == float64(int(n)) {
		return x.mk(i, i+2, fmt.Sprintf("%02dXX", int(n)-1), kroniek.TimeDate, kroniek.GranCentury, false), i + 2, true
	}
	if off, ok := x.direction(w); ok && off <= 0 && x.ref.knows("year") && x.word(i-1) != "het" {
		c := x.ref.Date.Year()/100 + off
		return x.mk(i, i+2, fmt.Sprintf("%02dXX", c), kroniek.TimeDate, kroniek.GranCentury, true), i + 2, true
	}
	return kroniek.TimeRef{}, 0, false
}
