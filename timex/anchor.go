package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/amount"
	"github.com/kroniek/kroniek/nl"
)

// anchors remembers the last dates a text named, in text order, for the
// expressions that count from them: "een jaar eerder", "die dag",
// "dat jaar".
type anchors struct {
	day   time.Time // last day named
	month time.Time // first of the last month named
	year  int       // last year named
	// sentence counts the sentences scanned; at is the sentence of the
	// last anchor. An anchor more than anchorReach sentences back is
	// forgotten: "de krant publiceert pas een dag later" counts from
	// nothing.
	sentence, at int
	// weekdays holds, per ISO weekday, the day that the text dated with
	// evidence of its own (a modifier, a date, the tense of its clause):
	// a later mention decided only by a default ("het duel van
	// woensdag") means the same day.
	weekdays [8]time.Time
	// monthYear holds, per month, the year the text last named with it
	// explicitly ("in november 2017", "22 november 2017"): a later "23
	// november" of the same text is of that year, not of the year the
	// reference date would give it.
	monthYear [13]int
}

// noteExplicit records the year of an explicit day or month date.
func (a *anchors) noteExplicit(t kroniek.TimeRef) {
	if t.Relative {
		return
	}
	d, ok := kroniek.ParseDate(t.Value)
	if !ok || d.Year == 0 || d.Month < 1 || d.Month > 12 {
		return
	}
	a.monthYear[d.Month] = d.Year
}

// yearOfMonth returns the year the text named month m with, if any.
func (a *anchors) yearOfMonth(m int) (int, bool) {
	if a == nil || m < 1 || m > 12 || a.monthYear[m] == 0 {
		return 0, false
	}
	return a.monthYear[m], true
}

// anchorReach is how many sentences back an anchor still counts.
const anchorReach = 3

// note records the date value v (2019-03-05, 2019-03, 2019) as the
// latest anchor.
func (a *anchors) note(v string) {
	d, ok := kroniek.ParseDate(v)
	if !ok || d.Year == 0 {
		return
	}
	first, _ := d.First()
	switch d.Granularity() {
	case kroniek.GranDay:
		a.day, a.month = first, time.Date(d.Year, time.Month(d.Month), 1, 0, 0, 0, 0, time.UTC)
	case kroniek.GranMonth:
		a.month = first
	}
	a.year = first.Year()
	a.at = a.sentence
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// anchored reads expressions resolved against the last date the text
// named rather than the article's date: "een jaar eerder", "twee dagen
// later", "(op) dezelfde dag", "die dag", "dat jaar", "diezelfde maand".
// Without an earlier date of the right precision there is no value.
func (x *sentence) anchored(i int) (kroniek.TimeRef, int, bool) {
	if x.anchors == nil || x.anchors.year == 0 || x.anchors.sentence-x.anchors.at > anchorReach {
		return kroniek.TimeRef{}, 0, false
	}
	a := x.anchors
	w := x.word(i)
	start := i
	if w == "op" || w == "in" {
		i++
		w = x.word(i)
	}
	switch w {
	case "dezelfde", "diezelfde", "die", "dat", "datzelfde", "hetzelfde":
		var v, gran string
		switch x.word(i + 1) {
		case "dag":
			if w == "dat" || w == "datzelfde" || w == "hetzelfde" || a.day.IsZero() {
				return kroniek.TimeRef{}, 0, false
			}
			v, gran = dayValue(a.day), kroniek.GranDay
		case "maand":
			if w == "dat" || w == "datzelfde" || w == "hetzelfde" || a.month.IsZero() {
				return kroniek.TimeRef{}, 0, false
			}
			v, gran = monthValue(a.month), kroniek.GranMonth
		case "jaar":
			if w == "die" || w == "dezelfde" || w == "diezelfde" || a.year == 0 {
				return kroniek.TimeRef{}, 0, false
			}
			v, gran = strconv.Itoa(a.year), kroniek.GranYear
		default:
			return kroniek.TimeRef{}, 0, false
		}
		if start < i && x.word(start) == "in" && gran == kroniek.GranDay {
			return kroniek.TimeRef{}, 0, false
		}
		return x.mk(start, i+2, v, kroniek.TimeDate, gran, true), i + 2, true
	}
	if start < i {
		return kroniek.TimeRef{}, 0, false
	}
	// een jaar eerder, twee dagen later
	n, j, ok := x.count(i)
	if !ok || n != float64(int(n)) || n <= 0 || n > 100 {
		return kroniek.TimeRef{}, 0, false
	}
	sign := 0
	switch x.word(j + 1) {
	case "later", "daarna", "nadien":
		sign = 1
	case "eerder", "daarvoor", "ervoor", "tevoren", "voordien":
		sign = -1
	default:
		return kroniek.TimeRef{}, 0, false
	}
	k := int(n) * sign
	end := j + 2
	switch x.l.words["unit"][x.word(j)] {
	case "D":
		if a.day.IsZero() {
			return kroniek.TimeRef{}, 0, false
		}
		return x.mk(i, end, dayValue(a.day.AddDate(0, 0, k)), kroniek.TimeDate, kroniek.GranDay, true), end, true
	case "W":
		if a.day.IsZero() {
			return kroniek.TimeRef{}, 0, false
		}
		return x.mk(i, end, dayValue(a.day.AddDate(0, 0, 7*k)), kroniek.TimeDate, kroniek.GranDay, true), end, true
	case "M":
		if a.month.IsZero() {
			return kroniek.TimeRef{}, 0, false
		}
		return x.mk(i, end, monthValue(a.month.AddDate(0, k, 0)), kroniek.TimeDate, kroniek.GranMonth, true), end, true
	case "Y":
		if a.year == 0 {
			return kroniek.TimeRef{}, 0, false
		}
		return x.mk(i, end, strconv.Itoa(a.year+k), kroniek.TimeDate, kroniek.GranYear, true), end, true
	}
	return kroniek.TimeRef{}, 0, false
}

// seasons maps season words to the ISO-like suffix of their value and
// their first month.
var seasons = map[string]struct {
	code  string
	month int
}{
	"voorjaar": {"SP", 3}, "lente": {"SP", 3}, "zomer": {"SU", 6},
	"najaar": {"FA", 9}, "herfst": {"FA", 9}, "winter": {"WI", 12},
}

// season reads "dit voorjaar", "afgelopen zomer", "komende winter":
// 2019-SP, 2018-SU, 2019-WI (the winter that starts in December); and
// "voor de zomer", "na de zomer" (the coming one; the last one in a
// past-tense clause), unless it comes back every year.
func (x *sentence) season(i int) (kroniek.TimeRef, int, bool) {
	w := x.word(i)
	s, ok := seasons[x.word(i+1)]
	if !ok {
		return kroniek.TimeRef{}, 0, false
	}
	if t, end, ok := x.seasonOfYear(i, s.code); ok {
		return t, end, true
	}
	if !x.ref.knows("month") {
		return kroniek.TimeRef{}, 0, false
	}
	ref := x.ref.Date
	y := ref.Year()
	first := time.Date(y, time.Month(s.month), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 3, -1)
	switch {
	case x.l.is("this", w):
		if s.code == "WI" && ref.Month() <= 2 {
			y-- // deze winter, in February: the winter that began in December
		}
	case x.l.is("past", w):
		if !last.Before(ref) {
			y-- // afgelopen zomer, in March: last year's
		}
	case x.l.is("future", w):
		if last.Before(ref) {
			y++ // komende zomer, in October: next year's
		}
	case w == "de" && (x.word(i-1) == "voor" || x.word(i-1) == "na") && !x.recurring(i):
		// voor de zomer, na de zomer: the coming one, or the last one in a past clause
		switch {
		case x.dirAt(i) == tensePast && !last.Before(ref):
			y--
		case x.dirAt(i) != tensePast && last.Before(ref):
			y++
		}
	default:
		return kroniek.TimeRef{}, 0, false
	}
	v := kroniek.Date{Year: y, Season: s.code}.String()
	return x.mk(i, i+2, v, kroniek.TimeDate, kroniek.GranSeason, true), i + 2, true
}

// seasonOfYear reads a season that names its year after "van": "in de
// zomer van 2017" (2017-SU, not only the year 2017), "het voorjaar van
// vorig jaar" (the year before the article's). code is the season's suffix.
func (x *sentence) seasonOfYear(i int, code string) (kroniek.TimeRef, int, bool) {
	if w := x.word(i); w != "de" && w != "het" || x.word(i+2) != "van" {
		return kroniek.TimeRef{}, 0, false
	}
	if y, ok := x.yearNumber(i + 3); ok {
		v := kroniek.Date{Year: y, Season: code}.String()
		return x.mk(i, i+4, v, kroniek.TimeDate, kroniek.GranSeason, false), i + 4, true
	}
	if off, ok := x.direction(x.word(i + 3)); ok && x.word(i+4) == "jaar" && x.ref.knows("year") {
		v := kroniek.Date{Year: x.ref.Date.Year() + off, Season: code}.String()
		return x.mk(i, i+5, v, kroniek.TimeDate, kroniek.GranSeason, true), i + 5, true
	}
	return kroniek.TimeRef{}, 0, false
}

// quarter reads "dit kwartaal", "afgelopen kwartaal", "het eerste
// kwartaal" as the year the quarter lies in (a date has no quarter): the
// article's, or the year before or after for the quarter before or after
// it; an ordinal quarter takes the year its sentence names.
func (x *sentence) quarter(i int) (kroniek.TimeRef, int, bool) {
	if x.word(i+1) != "kwartaal" || !x.ref.knows("month") {
		return kroniek.TimeRef{}, 0, false
	}
	w := x.word(i)
	if off, ok := x.direction(w); ok {
		y := x.ref.Date.AddDate(0, 3*off, 0).Year()
		return x.mk(i, i+2, strconv.Itoa(y), kroniek.TimeDate, kroniek.GranYear, true), i + 2, true
	}
	if n, ok := amount.ParseOrdinal(w); ok && n >= 1 && n <= 4 {
		if y, ok := x.yearNumber(i + 3); ok && x.word(i+2) == "van" {
			return x.mk(i, i+4, strconv.Itoa(y), kroniek.TimeDate, kroniek.GranYear, false), i + 4, true // het eerste kwartaal van 2018
		}
		if off, ok := x.direction(x.word(i + 3)); ok && x.word(i+2) == "van" && x.word(i+4) == "jaar" {
			y := x.ref.Date.Year() + off // het eerste kwartaal van dit jaar
			return x.mk(i, i+5, strconv.Itoa(y), kroniek.TimeDate, kroniek.GranYear, true), i + 5, true
		}
		y, rel, ok := x.sentenceYear(i)
		if !ok {
			y, rel = x.ref.Date.Year(), true
		}
		return x.mk(i, i+2, strconv.Itoa(y), kroniek.TimeDate, kroniek.GranYear, rel), i + 2, true
	}
	return kroniek.TimeRef{}, 0, false
}

// yearRange reads a range of years written as one token, "1986-1989"
// or "2018/2019", as its two years.
func (x *sentence) yearRange(i int) (kroniek.TimeRef, int, bool) {
	t := x.toks[i]
	if t.Kind != nl.Number || len(t.Text) != 9 || t.Text[4] != '-' && t.Text[4] != '/' {
		return kroniek.TimeRef{}, 0, false
	}
	a, b := atoi(t.Text[:4]), atoi(t.Text[5:])
	if !isDigits(t.Text[:4]) || !isDigits(t.Text[5:]) || a < 1000 || b > 2100 || b <= a || b-a > 50 {
		return kroniek.TimeRef{}, 0, false
	}
	r := x.mk(i, i+1, t.Text[:4]+"/"+t.Text[5:], kroniek.TimeDate, kroniek.GranYear, false)
	return r, i + 1, true
}

// splitRange turns a range value "1986/1989" into its two ends, each
// with its own span; any other value is returned as is.
func splitRange(t kroniek.TimeRef) []kroniek.TimeRef {
	a, b, ok := strings.Cut(t.Value, "/")
	if !ok || len(a) != 4 || len(b) != 4 || len(t.Text) != 9 {
		return []kroniek.TimeRef{t}
	}
	first, second := t, t
	first.Value, first.Text, first.End = a, t.Text[:4], t.Start+4
	second.Value, second.Text, second.Start = b, t.Text[5:], t.Start+5
	return []kroniek.TimeRef{first, second}
}
