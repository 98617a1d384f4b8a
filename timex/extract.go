package timex

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/amount"
	"github.com/kroniek/kroniek/nl"
)

// Extract returns the time expressions of a parsed Dutch text in text
// order: absolute and relative dates resolved against ref (Value "" and
// Relative true when ref is too coarse), and durations (Kind duration,
// ISO 8601 values such as P26Y, PT4H, PXW). Prepositions (in, sinds) are
// not part of a span; direction words (afgelopen, komende) and
// modifiers (begin, eind) are. Article is left empty.
func Extract(doc *nl.Doc, ref Ref) []kroniek.TimeRef {
	if doc == nil {
		return nil
	}
	var out []kroniek.TimeRef
	scan(doc, ref, func(t kroniek.TimeRef, _ *sentence) { out = append(out, t) })
	return out
}

// scan calls fn with every time expression of doc and its sentence.
func scan(doc *nl.Doc, ref Ref, fn func(t kroniek.TimeRef, x *sentence)) {
	sentences := doc.Sentences
	if len(sentences) == 0 && len(doc.Tokens) > 0 {
		sentences = []nl.Sentence{{Tokens: doc.Tokens}}
	}
	l := getLexicon()
	for _, s := range sentences {
		x := newSentence(l, doc, s, ref)
		for i := 0; i < len(x.toks); {
			if t, next, ok := x.at(i); ok {
				fn(t, x)
				i = next
				continue
			}
			i++
		}
	}
}

// sentence is one sentence being scanned.
type sentence struct {
	l       *lexicon
	doc     *nl.Doc
	toks    []nl.Token
	low     []string
	tense   int
	heading bool
	ref     Ref
}

func newSentence(l *lexicon, doc *nl.Doc, s nl.Sentence, ref Ref) *sentence {
	low := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		low[i] = strings.ToLower(strings.ReplaceAll(t.Text, "’", "'"))
	}
	return &sentence{l: l, doc: doc, toks: s.Tokens, low: low, tense: tenseUnknown, heading: s.Heading, ref: ref}
}

// forward reports whether the sentence looks ahead anywhere: a future
// auxiliary or a direction word such as aanstaande, komende.
func (x *sentence) forward() bool {
	for _, w := range x.low {
		if x.l.is("future_aux", w) || x.l.is("future", w) {
			return true
		}
	}
	return false
}

// tenseUnknown marks a sentence whose tense is not computed yet.
const tenseUnknown = -99

// clauseTense is the tense of the sentence, computed on first use.
func (x *sentence) clauseTense() int {
	if x.tense == tenseUnknown {
		x.tense = x.l.sentenceTense(x.low)
	}
	return x.tense
}

// tenseAt is the tense of the clause around token i (clauses end at
// commas, semicolons, colons and dashes); a clause without a finite verb
// takes the sentence's tense.
func (x *sentence) tenseAt(i int) int {
	start, end := i, i
	for start > 0 && !clauseBreak(x.low[start-1]) {
		start--
	}
	for end < len(x.low) && !clauseBreak(x.low[end]) {
		end++
	}
	if start == 0 && end == len(x.low) {
		return x.clauseTense()
	}
	if t := x.l.sentenceTense(x.low[start:end]); t != tenseNone {
		return t
	}
	return x.clauseTense()
}

func clauseBreak(w string) bool {
	switch w {
	case ",", ";", ":", "–", "—":
		return true
	}
	return false
}

// index returns the token starting at byte offset off.
func (x *sentence) index(off int) int {
	for i, t := range x.toks {
		if t.Start >= off {
			return i
		}
	}
	return len(x.toks) - 1
}

func (x *sentence) word(i int) string {
	if i < 0 || i >= len(x.toks) {
		return ""
	}
	return x.low[i]
}

// mk builds a TimeRef over tokens [i, j).
func (x *sentence) mk(i, j int, value, kind, gran string, rel bool) kroniek.TimeRef {
	start, end := x.toks[i].Start, x.toks[j-1].End
	return kroniek.TimeRef{Start: start, End: end, Text: x.doc.Text[start:end], Value: value, Kind: kind, Granularity: gran, Relative: rel}
}

// rules are tried in order at every token that may start an expression.
var rules = [...]func(*sentence, int) (kroniek.TimeRef, int, bool){
	(*sentence).numericDate, (*sentence).set, (*sentence).weekday, (*sentence).dayMonth, (*sentence).month,
	(*sentence).year, (*sentence).decade, (*sentence).relDay, (*sentence).relPeriod,
	(*sentence).ago, (*sentence).duration,
}

// at tries every rule at token i, most specific first.
func (x *sentence) at(i int) (kroniek.TimeRef, int, bool) {
	if !x.mayStart(i) {
		return kroniek.TimeRef{}, 0, false
	}
	for _, rule := range rules {
		if t, next, ok := rule(x, i); ok {
			return t, next, true
		}
	}
	return kroniek.TimeRef{}, 0, false
}

// mayStart is a quick test that token i can start a time expression.
func (x *sentence) mayStart(i int) bool {
	if x.toks[i].Kind == nl.Number {
		return true
	}
	if x.toks[i].Kind != nl.Word {
		return false
	}
	w := x.low[i]
	if x.l.starts[w] || x.weekdayAt(i) != 0 {
		return true
	}
	if k := strings.IndexByte(w, '-'); k > 0 && x.l.is("monthmod", w[:k]) {
		return true
	}
	_, ok := amount.ParseWord(w)
	return ok
}

var (
	isoDate   = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})$`)
	dmyDate   = regexp.MustCompile(`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$`)
	dayMonthN = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})$`)
)

// numericDate reads 2020-09-14, 14-09-2020, 14/9/2020, 14.09.2020, 14/9.
func (x *sentence) numericDate(i int) (kroniek.TimeRef, int, bool) {
	t := x.toks[i]
	if t.Kind != nl.Number {
		return kroniek.TimeRef{}, 0, false
	}
	var y, m, d int
	if g := isoDate.FindStringSubmatch(t.Text); g != nil {
		y, m, d = atoi(g[1]), atoi(g[2]), atoi(g[3])
	} else if g := dmyDate.FindStringSubmatch(t.Text); g != nil {
		d, m, y = atoi(g[1]), atoi(g[2]), atoi(g[3])
	} else if g := dayMonthN.FindStringSubmatch(t.Text); g != nil && t.Text != "24/7" {
		d, m = atoi(g[1]), atoi(g[2])
		if !validDate(2000, m, d) {
			return kroniek.TimeRef{}, 0, false
		}
		return x.dayOfMonth(i, i+1, m, d), i + 1, true
	} else {
		return kroniek.TimeRef{}, 0, false
	}
	if !validDate(y, m, d) {
		return kroniek.TimeRef{}, 0, false
	}
	return x.mk(i, i+1, fmt.Sprintf("%04d-%02d-%02d", y, m, d), kroniek.TimeDate, kroniek.GranDay, false), i + 1, true
}

// dayOfMonth resolves a day and month without a year over tokens [i, j).
func (x *sentence) dayOfMonth(i, j, m, d int) kroniek.TimeRef {
	if y, rel, ok := x.sentenceYear(); ok && validDate(y, m, d) {
		return x.mk(i, j, fmt.Sprintf("%04d-%02d-%02d", y, m, d), kroniek.TimeDate, kroniek.GranDay, rel)
	}
	if y, ok := x.ref.inferYear(m, d, x.dirAt(i)); ok {
		return x.mk(i, j, fmt.Sprintf("%04d-%02d-%02d", y, m, d), kroniek.TimeDate, kroniek.GranDay, true)
	}
	return x.mk(i, j, fmt.Sprintf("XXXX-%02d-%02d", m, d), kroniek.TimeDate, kroniek.GranDay, false)
}

// dayMonth reads "9 augustus", "14 september 2020", "1 mei", "14 sept.".
func (x *sentence) dayMonth(i int) (kroniek.TimeRef, int, bool) {
	d, ok := x.dayNumber(i)
	if !ok || i+1 >= len(x.toks) {
		return kroniek.TimeRef{}, 0, false
	}
	m := x.l.month(x.low[i+1], true)
	if m == 0 {
		return kroniek.TimeRef{}, 0, false
	}
	if y, ok := x.yearNumber(i + 2); ok && validDate(y, m, d) {
		return x.mk(i, i+3, fmt.Sprintf("%04d-%02d-%02d", y, m, d), kroniek.TimeDate, kroniek.GranDay, false), i + 3, true
	}
	if !validDate(2000, m, d) {
		return kroniek.TimeRef{}, 0, false
	}
	return x.dayOfMonth(i, i+2, m, d), i + 2, true
}

// dayNumber reads a day of the month in digits: 9, 14, 1e.
func (x *sentence) dayNumber(i int) (int, bool) {
	if i >= len(x.toks) {
		return 0, false
	}
	s := strings.TrimSuffix(strings.TrimSuffix(x.low[i], "ste"), "e")
	if len(s) == 0 || len(s) > 2 {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 31 {
		return 0, false
	}
	return n, true
}

// yearNumber reads a four-digit year between 1000 and 2100 at token i.
func (x *sentence) yearNumber(i int) (int, bool) {
	if i >= len(x.toks) || x.toks[i].Kind != nl.Number || len(x.toks[i].Text) != 4 {
		return 0, false
	}
	n, err := strconv.Atoi(x.toks[i].Text)
	if err != nil || n < 1000 || n > 2100 {
		return 0, false
	}
	return n, true
}

// month reads "augustus 2020", "begin augustus", "eind-augustus", and a
// bare month after a preposition ("in augustus", "sinds mei").
func (x *sentence) month(i int) (kroniek.TimeRef, int, bool) {
	j := i
	w := x.word(i)
	if x.l.is("monthmod", w) && x.l.month(x.word(i+1), false) > 0 {
		j = i + 1 // begin augustus
	} else if k := strings.IndexByte(w, '-'); k > 0 && x.l.is("monthmod", w[:k]) && x.l.month(w[k+1:], false) > 0 {
		// eind-augustus: one token
		return x.monthValue(i, i+1, x.l.month(w[k+1:], false))
	}
	m := x.l.month(x.word(j), j > i)
	if m == 0 {
		if m = x.l.month(x.word(j), true); m == 0 {
			return kroniek.TimeRef{}, 0, false
		}
		if _, ok := x.yearNumber(j + 1); !ok {
			return kroniek.TimeRef{}, 0, false // aug. alone is too ambiguous
		}
	}
	if y, ok := x.yearNumber(j + 1); ok {
		return x.mk(i, j+2, fmt.Sprintf("%04d-%02d", y, m), kroniek.TimeDate, kroniek.GranMonth, false), j + 2, true
	}
	if j == i {
		// A bare month needs a preposition and lower case (Mei is a name).
		if i == 0 || !x.l.is("prep", x.low[i-1]) || (isUpper(x.toks[i].Text) && i > 0) {
			return kroniek.TimeRef{}, 0, false
		}
	}
	return x.monthValue(i, j+1, m)
}

// sentenceYear is the one year the sentence names for its events ("in
// 2019", "vorig jaar"), which dates without a year then take; rel is true
// when it came from the reference date. Two different years: none.
func (x *sentence) sentenceYear() (year int, rel, ok bool) {
	set := func(y int, r bool) bool {
		if ok && y != year {
			return false
		}
		year, rel, ok = y, r, true
		return true
	}
	for i, w := range x.low {
		if y, isYear := x.yearNumber(i); isYear && i > 0 && (x.low[i-1] == "in" || x.low[i-1] == "jaar") {
			if !set(y, false) {
				return 0, false, false
			}
		}
		if x.word(i+1) != "jaar" || !x.ref.knows("year") {
			continue
		}
		off, known := 0, true
		switch {
		case x.l.is("past", w):
			off = -1
		case x.l.is("future", w):
			off = 1
		case w == "dit":
		default:
			known = false
		}
		if known && !set(x.ref.Date.Year()+off, true) {
			return 0, false, false
		}
	}
	return year, rel, ok
}

// dirAt is the direction of an expression at token i: "sinds" points to
// the past, else the clause's tense decides.
func (x *sentence) dirAt(i int) int {
	if x.word(i-1) == "sinds" || x.word(i-1) == "sedert" {
		return tensePast
	}
	return x.tenseAt(i)
}

func (x *sentence) monthValue(i, j, m int) (kroniek.TimeRef, int, bool) {
	if y, rel, ok := x.sentenceYear(); ok {
		return x.mk(i, j, fmt.Sprintf("%04d-%02d", y, m), kroniek.TimeDate, kroniek.GranMonth, rel), j, true
	}
	if y, ok := x.ref.inferYear(m, 0, x.dirAt(i)); ok {
		return x.mk(i, j, fmt.Sprintf("%04d-%02d", y, m), kroniek.TimeDate, kroniek.GranMonth, true), j, true
	}
	return x.mk(i, j, fmt.Sprintf("XXXX-%02d", m), kroniek.TimeDate, kroniek.GranMonth, false), j, true
}

// year reads "in 2014", "begin 2014", "zomer 2014", "2014 was een
// rampjaar" but not "2014 demonstranten".
func (x *sentence) year(i int) (kroniek.TimeRef, int, bool) {
	j := i
	if x.l.is("yearmod", x.word(i)) {
		if _, ok := x.yearNumber(i + 1); ok {
			j = i + 1
		}
	}
	y, ok := x.yearNumber(j)
	if !ok {
		return kroniek.TimeRef{}, 0, false
	}
	if j == i && !(i > 0 && (x.l.is("prep", x.low[i-1]) || x.low[i-1] == "jaar")) {
		if next := j + 1; next < len(x.toks) && x.toks[next].Kind == nl.Word && nounLike(x.low[next]) {
			return kroniek.TimeRef{}, 0, false
		}
	}
	return x.mk(i, j+1, strconv.Itoa(y), kroniek.TimeDate, kroniek.GranYear, false), j + 1, true
}

// nounLike reports a word that may be what a number counts.
func nounLike(w string) bool {
	switch amount.WordClass(w) {
	case "NOUN", "ADJ", "PROPN", "":
		return getLexicon().tense[w] == ""
	}
	return false
}

// decade reads "de jaren negentig", "jaren '90", "de jaren 2000".
func (x *sentence) decade(i int) (kroniek.TimeRef, int, bool) {
	if x.word(i) != "jaren" || i+1 >= len(x.toks) {
		return kroniek.TimeRef{}, 0, false
	}
	j := i + 1
	if x.low[j] == "'" && j+1 < len(x.toks) {
		j++
	}
	w := x.low[j]
	var v string
	if x.l.is("decade", w) {
		n, _ := amount.ParseWord(w)
		v = fmt.Sprintf("19%dX", int(n)/10)
	} else if x.toks[j].Kind == nl.Number {
		switch len(w) {
		case 2:
			if w[1] != '0' {
				return kroniek.TimeRef{}, 0, false
			}
			v = "19" + w[:1] + "X"
			if w[0] == '0' || w[0] == '1' {
				v = "20" + w[:1] + "X"
			}
		case 4:
			if w[3] != '0' {
				return kroniek.TimeRef{}, 0, false
			}
			v = w[:3] + "X"
		default:
			return kroniek.TimeRef{}, 0, false
		}
	} else {
		return kroniek.TimeRef{}, 0, false
	}
	return x.mk(i, j+1, v, kroniek.TimeDate, kroniek.GranDecade, false), j + 1, true
}

// relDay reads gisteren, vandaag, morgen, vanochtend, gisteravond.
func (x *sentence) relDay(i int) (kroniek.TimeRef, int, bool) {
	off, ok := x.l.num("reldate", x.low[i])
	if !ok {
		return kroniek.TimeRef{}, 0, false
	}
	if x.low[i] == "morgen" {
		switch x.word(i - 1) {
		case "de", "die", "deze", "elke", "iedere", "volgende", "'s", "van", "diezelfde", "zondag", "zaterdag", "op":
			return kroniek.TimeRef{}, 0, false // de volgende morgen: the morning
		}
	}
	return x.relative(i, i+1, x.ref.Date.AddDate(0, 0, off), "day"), i + 1, true
}

// relative builds a resolved relative date, or an unresolved one when the
// reference is too coarse.
func (x *sentence) relative(i, j int, t time.Time, gran string) kroniek.TimeRef {
	if !x.ref.knows(gran) {
		return x.mk(i, j, "", kroniek.TimeDate, gran, true)
	}
	var v string
	switch gran {
	case "day":
		v = dayValue(t)
	case "week":
		v = weekValue(t)
	case "month":
		v = monthValue(t)
	case "year":
		v = strconv.Itoa(t.Year())
	}
	return x.mk(i, j, v, kroniek.TimeDate, gran, true)
}

// set reads recurring times: "elke maandag" (XXXX-WXX-1), "iedere week"
// (P1W), "dagelijks" (P1D), "'s maandags".
func (x *sentence) set(i int) (kroniek.TimeRef, int, bool) {
	w := x.word(i)
	if v, ok := x.l.words["setword"][w]; ok {
		return x.mk(i, i+1, v, kroniek.TimeSet, "", false), i + 1, true
	}
	if w == "'s" {
		if n, ok := x.l.num("weekday", strings.TrimSuffix(x.word(i+1), "s")); ok && strings.HasSuffix(x.word(i+1), "s") {
			return x.mk(i, i+2, fmt.Sprintf("XXXX-WXX-%d", n), kroniek.TimeSet, "", false), i + 2, true
		}
		return kroniek.TimeRef{}, 0, false
	}
	if !x.l.is("every", w) {
		return kroniek.TimeRef{}, 0, false
	}
	if n, ok := x.l.num("weekday", x.word(i+1)); ok {
		return x.mk(i, i+2, fmt.Sprintf("XXXX-WXX-%d", n), kroniek.TimeSet, "", false), i + 2, true
	}
	switch u := x.l.words["unit"][x.word(i+1)]; u {
	case "D", "W", "M", "Y", "H":
		return x.mk(i, i+2, isoDuration("1", u), kroniek.TimeSet, "", false), i + 2, true
	}
	return kroniek.TimeRef{}, 0, false
}

// weekday reads "maandag", "afgelopen zondag", "komende woensdag",
// "maandagavond", "zondag jl.", "maandag 14 september".
func (x *sentence) weekday(i int) (kroniek.TimeRef, int, bool) {
	j, dir, strict := i, x.tenseAt(i), false
	switch w := x.word(i); {
	case x.l.is("past", w):
		j, dir, strict = i+1, tensePast, true
	case x.l.is("future", w):
		j, dir, strict = i+1, tenseFuture, true
	case x.l.is("this", w):
		j = i + 1
	}
	wd := x.weekdayAt(j)
	if wd == 0 {
		return kroniek.TimeRef{}, 0, false
	}
	if j == i && x.word(i-1) == "sinds" {
		dir = tensePast
	}
	if j == i && (x.heading || len(x.toks) <= 2) {
		return kroniek.TimeRef{}, 0, false // "Maandag" as a heading
	}
	if j > 0 && isUpper(x.toks[j].Text) && !x.sentenceStart(j) {
		return kroniek.TimeRef{}, 0, false // a name, not a day
	}
	end := j + 1
	switch x.word(end) {
	case "jl.", "j.l.", "jongstleden", "l.l.":
		dir, strict, end = tensePast, true, end+1
	case "a.s.", "aanstaande":
		dir, strict, end = tenseFuture, true, end+1
	}
	// A clock time right after the weekday belongs to it: dinsdag 12 uur.
	if end+1 < len(x.toks) && x.toks[end].Kind == nl.Number && x.low[end+1] == "uur" {
		if v, ok := amount.ParseDigits(x.toks[end].Text); ok && v <= 24 {
			end += 2
		}
	}
	// An explicit date after the weekday decides.
	if t, next, ok := x.dayMonth(end); ok && t.Value != "" {
		t.Start, t.Text = x.toks[i].Start, x.doc.Text[x.toks[i].Start:t.End]
		return t, next, true
	}
	if !x.ref.knows("day") {
		return x.mk(i, end, "", kroniek.TimeDate, kroniek.GranDay, true), end, true
	}
	ref := day(x.ref.Date)
	refWD := isoWeekday(ref)
	var d time.Time
	if dir == tenseFuture || dir == tensePresent {
		n := (wd - refWD + 7) % 7
		if n == 0 && strict {
			n = 7
		}
		d = ref.AddDate(0, 0, n)
	} else {
		n := (refWD - wd + 7) % 7
		if n == 0 && strict {
			n = 7
		}
		d = ref.AddDate(0, 0, -n)
	}
	return x.mk(i, end, dayValue(d), kroniek.TimeDate, kroniek.GranDay, true), end, true
}

// weekdayAt returns the ISO weekday (1 = maandag) named at token j, also
// in compounds with a part of the day (maandagavond).
func (x *sentence) weekdayAt(j int) int {
	w := x.word(j)
	if n, ok := x.l.num("weekday", w); ok {
		return n
	}
	if len(w) <= len("maandag") || !strings.HasSuffix(w, "dag") && !x.l.partEnd(w) {
		return 0
	}
	for name, v := range x.l.words["weekday"] {
		if rest, ok := strings.CutPrefix(w, name); ok && x.l.is("partofday", rest) {
			n, _ := strconv.Atoi(v)
			return n
		}
	}
	return 0
}

func (x *sentence) sentenceStart(j int) bool {
	for k := j - 1; k >= 0; k-- {
		if x.toks[k].Kind == nl.Word || x.toks[k].Kind == nl.Number {
			return false
		}
	}
	return true
}

func isoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

func isUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// relPeriod reads "vorige week", "deze week", "volgende maand", "vorig
// jaar", "dit jaar", "dit weekend", "afgelopen weekend".
func (x *sentence) relPeriod(i int) (kroniek.TimeRef, int, bool) {
	w, unit := x.word(i), x.word(i+1)
	var off int
	switch {
	case x.l.is("past", w):
		off = -1
	case x.l.is("future", w):
		off = 1
	case x.l.is("this", w):
	default:
		return kroniek.TimeRef{}, 0, false
	}
	ref := day(x.ref.Date)
	switch unit {
	case "week":
		if wd := x.weekdayAt(i + 2); wd != 0 && !x.ref.knows("day") {
			return x.mk(i, i+3, "", kroniek.TimeDate, kroniek.GranDay, true), i + 3, true
		} else if wd != 0 {
			// vorige week maandag: that weekday in the week meant
			monday := ref.AddDate(0, 0, 7*off-(isoWeekday(ref)-1))
			return x.relative(i, i+3, monday.AddDate(0, 0, wd-1), "day"), i + 3, true
		}
		return x.relative(i, i+2, ref.AddDate(0, 0, 7*off), "week"), i + 2, true
	case "maand":
		return x.relative(i, i+2, time.Date(ref.Year(), ref.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC), "month"), i + 2, true
	case "jaar":
		return x.relative(i, i+2, time.Date(ref.Year()+off, 1, 1, 0, 0, 0, 0, time.UTC), "year"), i + 2, true
	case "weekend":
		if !x.ref.knows("day") {
			return x.mk(i, i+2, "", kroniek.TimeDate, kroniek.GranWeek, true), i + 2, true
		}
		if off == 0 {
			off = x.tenseAt(i)
			if off == tenseNone {
				off = tensePast
			}
		}
		// The Saturday of the weekend meant.
		refWD := isoWeekday(ref)
		var sat time.Time
		if off < 0 {
			sat = ref.AddDate(0, 0, -((refWD - 6 + 7) % 7))
		} else {
			sat = ref.AddDate(0, 0, (6-refWD+7)%7)
		}
		return x.mk(i, i+2, weekValue(sat)+"-WE", kroniek.TimeDate, kroniek.GranWeek, true), i + 2, true
	}
	return kroniek.TimeRef{}, 0, false
}

// count reads a small count at token i (digits, words, een, anderhalf)
// and returns it with the token after it.
func (x *sentence) count(i int) (float64, int, bool) {
	if i >= len(x.toks) {
		return 0, 0, false
	}
	w := x.low[i]
	switch {
	case x.toks[i].Kind == nl.Number:
		v, ok := amount.ParseDigits(x.toks[i].Text)
		return v, i + 1, ok
	case (w == "een" || w == "één") && x.word(i+1) == "half":
		return 0.5, i + 2, true
	case w == "een" || w == "één":
		return 1, i + 1, true
	case w == "anderhalf" || w == "anderhalve":
		return 1.5, i + 1, true
	}
	v, ok := amount.ParseWord(w)
	return v, i + 1, ok
}

// ago reads "twee jaar geleden", "drie dagen geleden", "over twee weken".
func (x *sentence) ago(i int) (kroniek.TimeRef, int, bool) {
	start, sign := i, -1
	if x.word(i) == "over" {
		i, sign = i+1, 1
	}
	n, j, ok := x.count(i)
	if !ok || n != float64(int(n)) || n <= 0 {
		return kroniek.TimeRef{}, 0, false
	}
	unit := x.l.words["unit"][x.word(j)]
	if sign < 0 && x.word(j+1) != "geleden" {
		return kroniek.TimeRef{}, 0, false
	}
	end := j + 1
	if sign < 0 {
		end = j + 2
	} else {
		start = i
	}
	k := int(n) * sign
	ref := day(x.ref.Date)
	switch unit {
	case "D":
		return x.relative(start, end, ref.AddDate(0, 0, k), "day"), end, true
	case "W":
		return x.relative(start, end, ref.AddDate(0, 0, 7*k), "week"), end, true
	case "M":
		return x.relative(start, end, time.Date(ref.Year(), ref.Month()+time.Month(k), 1, 0, 0, 0, 0, time.UTC), "month"), end, true
	case "Y":
		return x.relative(start, end, time.Date(ref.Year()+k, 1, 1, 0, 0, 0, 0, time.UTC), "year"), end, true
	}
	return kroniek.TimeRef{}, 0, false
}

// duration reads "26 jaar", "vier uur", "zes weken", "anderhalf jaar",
// "al weken", "wekenlang"; clock times and ages are left out.
func (x *sentence) duration(i int) (kroniek.TimeRef, int, bool) {
	w := x.word(i)
	if w == "al" && x.l.is("vague", x.word(i+1)) {
		u := x.l.words["unit"][x.word(i+1)]
		return x.mk(i, i+2, isoDuration("X", u), kroniek.TimeDuration, "", false), i + 2, true
	}
	if x.l.is("lang", w) {
		u := x.l.words["unit"][strings.TrimSuffix(w, "lang")]
		return x.mk(i, i+1, isoDuration("X", u), kroniek.TimeDuration, "", false), i + 1, true
	}
	if x.l.is("vague", w) && x.word(i+1) == "lang" {
		u := x.l.words["unit"][w]
		return x.mk(i, i+2, isoDuration("X", u), kroniek.TimeDuration, "", false), i + 2, true
	}
	if (w == "een" || w == "één") && x.word(i+1) != "half" {
		// "een week" is a duration only after al, ruim, binnen, na ...
		switch x.word(i - 1) {
		case "al", "ruim", "bijna", "binnen", "gedurende", "na", "ongeveer", "zeker", "meer", "maar", "slechts", "nog", "pas":
		default:
			if w == "een" {
				return kroniek.TimeRef{}, 0, false
			}
		}
	}
	n, j, ok := x.count(i)
	if !ok || n <= 0 {
		return kroniek.TimeRef{}, 0, false
	}
	u, isUnit := x.l.words["unit"][x.word(j)]
	if !isUnit {
		return kroniek.TimeRef{}, 0, false
	}
	switch x.word(j + 1) {
	case "geleden", "later", "eerder", "oud", "jong", "terug", "daarna", "ervoor", "daarvoor":
		return kroniek.TimeRef{}, 0, false
	}
	if x.toks[i].Kind == nl.Number {
		txt := x.toks[i].Text
		if u == "H" && (strings.ContainsAny(txt, ".:") || isClockPrep(x.word(i-1)) && n <= 24) {
			return kroniek.TimeRef{}, 0, false // om 14.00 uur, om 9 uur
		}
		if x.word(i-1) == "-" || (i > 0 && x.toks[i-1].End == x.toks[i].Start && x.toks[i-1].Kind == nl.Word) {
			return kroniek.TimeRef{}, 0, false
		}
	}
	num := strconv.FormatFloat(n, 'f', -1, 64)
	return x.mk(i, j+1, isoDuration(num, u), kroniek.TimeDuration, "", false), j + 1, true
}

func isClockPrep(w string) bool {
	switch w {
	case "om", "tegen", "vanaf", "tussen", "omstreeks", "rond":
		return true
	}
	return false
}

// isoDuration formats an ISO 8601 duration: P26Y, PT4H, PXW.
func isoDuration(n, unit string) string {
	switch unit {
	case "H", "S":
		return "PT" + n + unit
	case "MIN":
		return "PT" + n + "M"
	case "CE":
		if n == "X" {
			return "PXCE"
		}
		return "P" + mul(n, 100) + "Y"
	case "DE":
		if n == "X" {
			return "PXDE"
		}
		return "P" + mul(n, 10) + "Y"
	}
	return "P" + n + unit
}

func mul(n string, k float64) string {
	v, _ := strconv.ParseFloat(n, 64)
	return strconv.FormatFloat(v*k, 'f', -1, 64)
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
