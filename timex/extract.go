package timex

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/amount"
	"github.com/kroniek/kroniek/nl"
)

// Extract returns the calendar times of a parsed Dutch text in text
// order: absolute and relative dates resolved against ref (Value "" and
// Relative true when ref is too coarse). Durations ("26 jaar", figures
// for package amount) and habitual times ("elke dinsdag") are read so
// that they are not mistaken for dates, but not returned; Durations gives
// them. Prepositions (in, sinds) are not part of a span; direction words
// (afgelopen, komende) and modifiers (begin, eind) are. Article is left
// empty. The rules are Dutch: a document in another language gives
// nothing.
func Extract(doc *nl.Doc, ref Ref) []kroniek.TimeRef {
	return extract(doc, ref, true)
}

// Durations returns the durations (Kind duration, ISO 8601 values such as
// P26Y, PT4H, PXW) and habitual times (Kind set: XXXX-WXX-2 for "elke
// dinsdag", P1D for "dagelijks") of a Dutch text, in text order.
func Durations(doc *nl.Doc, ref Ref) []kroniek.TimeRef {
	return extract(doc, ref, false)
}

func extract(doc *nl.Doc, ref Ref, dates bool) []kroniek.TimeRef {
	if doc == nil || doc.Lang != "" && doc.Lang != "nl" {
		return nil
	}
	var out []kroniek.TimeRef
	var sure []bool
	scan(doc, ref, func(t kroniek.TimeRef, x *sentence) {
		if (t.Kind == kroniek.TimeDate) == dates {
			out = append(out, t)
			sure = append(sure, x.yearShown(t))
		}
	})
	return oneYearPerDay(out, sure)
}

// yearShown reports whether a day's year is shown by the expression
// itself: a year in it, or a weekday that falls on that day in that year
// ("zaterdag 9 november").
func (x *sentence) yearShown(t kroniek.TimeRef) bool {
	d, ok := kroniek.ParseDate(t.Value)
	if !ok || d.Granularity() != kroniek.GranDay || d.Year == 0 {
		return false
	}
	first, _ := d.First()
	for _, w := range strings.Fields(strings.ToLower(t.Text)) {
		if len(w) == 4 && isDigits(w) {
			return !t.Relative
		}
		if n, ok := x.l.num("weekday", strings.Trim(w, ",.")); ok && n == isoWeekday(first) {
			return true
		}
	}
	return false
}

// oneYearPerDay gives a day and month named again in one text the year of
// the mention that shows it ("op zaterdag 9 november", "9 november 2019"):
// a bare "9 november" elsewhere in the text, whose year was guessed from
// the reference date and its clause's tense, is the same day.
func oneYearPerDay(times []kroniek.TimeRef, sure []bool) []kroniek.TimeRef {
	shown := map[[2]int]int{}
	for i, t := range times {
		if !sure[i] {
			continue
		}
		d, _ := kroniek.ParseDate(t.Value)
		k := [2]int{d.Month, d.Day}
		if y, ok := shown[k]; ok && y != d.Year {
			shown[k] = 0 // two years shown: leave the guesses alone
			continue
		}
		shown[k] = d.Year
	}
	for i, t := range times {
		if sure[i] || !t.Relative {
			continue
		}
		d, ok := kroniek.ParseDate(t.Value)
		if !ok || d.Granularity() != kroniek.GranDay || d.Year == 0 || !dayMonthText.MatchString(t.Text) {
			continue
		}
		if y := shown[[2]int{d.Month, d.Day}]; y != 0 && y != d.Year {
			d.Year = y
			times[i].Value = d.String()
		}
	}
	return times
}

// dayMonthText is a day and month without a year or weekday: "9 november".
var dayMonthText = regexp.MustCompile(`(?i)^(?:op\s+)?\d{1,2}(?:e|ste|de)?\s+\p{L}+\.?$`)

// scan calls fn with every time expression of doc and its sentence.
func scan(doc *nl.Doc, ref Ref, fn func(t kroniek.TimeRef, x *sentence)) {
	sentences := doc.Sentences
	if len(sentences) == 0 && len(doc.Tokens) > 0 {
		sentences = []nl.Sentence{{Tokens: doc.Tokens}}
	}
	l := getLexicon()
	a := &anchors{}
	for si, s := range sentences {
		x := newSentence(l, doc, s, ref)
		if len(doc.Sentences) > 0 {
			x.si = si
		}
		x.anchors = a
		a.sentence++
		for i := 0; i < len(x.toks); {
			if t, next, ok := x.at(i); ok {
				t.Bound = x.bound(i)
				for _, u := range splitRange(t) {
					if u.Kind == kroniek.TimeDate && u.Value != "" {
						a.note(u.Value)
						a.noteExplicit(u)
					}
					fn(u, x)
				}
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
	anchors *anchors // the dates named so far in the text
	si      int      // index of the sentence in doc.Sentences, -1 if none
	first   int      // index of its first token in doc.Tokens
}

func newSentence(l *lexicon, doc *nl.Doc, s nl.Sentence, ref Ref) *sentence {
	low := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		w := t.Text
		if strings.Contains(w, "’") {
			w = strings.ReplaceAll(w, "’", "'")
		}
		low[i] = strings.ToLower(w)
	}
	return &sentence{l: l, doc: doc, toks: s.Tokens, first: s.First, si: -1, low: low, tense: tenseUnknown, heading: s.Heading, ref: ref}
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

// tenseAt is the tense of the clause around token i: the word lists'
// reading where the clause shows a past form or a perfect, else the
// dependency parse's (nl.Doc.Tense) where the sentence is parsed, else
// the word lists' reading of the clause or the sentence. On dpgmedia the
// two readings disagree on about one date in eighty; each is right about
// as often (docs/bench/timex.md), and the word lists see strong past forms
// and perfects the parse misses, the parse weak past forms and the clause
// a date belongs to.
func (x *sentence) tenseAt(i int) int {
	local, t := x.wordTense(i)
	p := x.parsedTense(i)
	switch {
	case local && t == tensePast:
		return t // an explicit past form or perfect in the clause
	case local && (t == tenseFuture || t == tensePresent && x.modalAround(i)):
		return t // zal, gaat, mag, kunnen: ahead, whatever the parse says
	case p != tenseNone:
		return p // the parse finds pasts the word lists miss (waarschuwden)
	}
	return t
}

// wordTense is the tense of the clause around token i from the word
// lists (clauses end at commas, semicolons, colons, dashes and
// conjunctions); local is false when the clause has no finite verb and
// the sentence's tense stands in.
func (x *sentence) wordTense(i int) (local bool, t int) {
	start, end := i, i
	for start > 0 && !x.clauseBreak(start-1) {
		start--
	}
	for end < len(x.low) && !x.clauseBreak(end) {
		end++
	}
	if start == 0 && end == len(x.low) {
		t = x.clauseTense()
		return t != tenseNone, t
	}
	if t := x.l.sentenceTense(x.low[start:end]); t != tenseNone {
		return true, t
	}
	return false, x.clauseTense()
}

// useParse switches tenseAt to the dependency parse where the sentence
// has one (nl.Syntax.Annotate): the tense of the clause the expression
// belongs to (nl.Doc.Clause, nl.Doc.Tense).
var useParse = true

// parsedTense is the tense the parse gives the clause of token i, or
// tenseNone when the sentence is not parsed or the clause has no finite
// verb (the word-list reading then decides).
func (x *sentence) parsedTense(i int) int {
	if !useParse || x.si < 0 || !x.doc.Parsed(x.si) {
		return tenseNone
	}
	v := x.doc.Clause(x.first + i)
	if v < 0 {
		return tenseNone
	}
	switch x.doc.Tense(v) {
	case nl.TensePast:
		return tensePast
	case nl.TensePresent:
		return tensePresent
	case nl.TenseFuture:
		return tenseFuture
	}
	return tenseNone
}

// clauseBreak reports a token k that ends a clause: a comma, a colon, a
// conjunction, but not the en of tot en met (van mei tot en met juli).
func (x *sentence) clauseBreak(k int) bool {
	switch x.low[k] {
	case "en":
		return x.word(k-1) != "tot" || x.word(k+1) != "met"
	case ",", ";", ":", "–", "—", "maar", "want", "terwijl", "omdat", "nadat", "toen", "voordat", "dat", "of":
		return true
	}
	return false
}

// bound is the Bound of an expression starting at token i, from the words
// before it: tot, uiterlijk, vóór (a deadline or the end of a span);
// sinds, vanaf (a start).
func (x *sentence) bound(i int) string {
	w := x.word(i - 1)
	if x.l.is("monthmod", w) || x.l.is("past", w) || x.l.is("future", w) || w == "op" || w == "de" {
		w = x.word(i - 2) // tot begin mei, uiterlijk op vrijdag
	}
	switch w {
	case "tot", "uiterlijk", "vóór", "t/m", "voordat", "deadline":
		return kroniek.BoundUntil
	case "met":
		if x.word(i-2) == "en" && x.word(i-3) == "tot" {
			return kroniek.BoundUntil // tot en met
		}
	case "sinds", "sedert", "vanaf", "per":
		return kroniek.BoundFrom
	}
	return ""
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
	(*sentence).yearRange, (*sentence).numericDate, (*sentence).set, (*sentence).weekday, (*sentence).dayRange,
	(*sentence).dayMonth, (*sentence).month, (*sentence).year, (*sentence).decade, (*sentence).century, (*sentence).holiday, (*sentence).relDay,
	(*sentence).anchored, (*sentence).season, (*sentence).quarter, (*sentence).relPeriod, (*sentence).ago, (*sentence).duration,
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
	if x.l.starts[w] || x.weekdayAt(i) != 0 || x.word(i+1) == "eeuw" || x.word(i+1) == "kwartaal" || w == "de" && (x.word(i-1) == "voor" || x.word(i-1) == "na") {
		return true
	}
	if _, ok := seasons[x.word(i+1)]; ok && (w == "de" || w == "het") && x.word(i+2) == "van" {
		return true // de zomer van 2017 (seasonOfYear)
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
		if !validDate(2000, m, d) || x.compoundHead(i) {
			return kroniek.TimeRef{}, 0, false
		}
		if t.Text == "9/11" && nineElevenBefore[x.word(i-1)] {
			return x.mk(i, i+1, "2001-09-11", kroniek.TimeDate, kroniek.GranDay, false), i + 1, true
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

// nineElevenBefore are the words before "9/11" that make it the name of
// the attacks of 11 September 2001 ("de aanslagen van 9/11", "sinds
// 9/11"), not a day in November of a listing ("9/11 Theater Hengelo").
var nineElevenBefore = map[string]bool{"van": true, "na": true, "sinds": true, "sedert": true, "vóór": true, "rond": true}

// compoundHead reports whether the number at token i is glued by a hyphen
// to the word after it: "11/12-jarige leeftijd", "3/4-finale" are an age
// range or a fraction, not a day and month.
func (x *sentence) compoundHead(i int) bool {
	if i+1 >= len(x.toks) {
		return false
	}
	next := x.toks[i+1]
	return next.Start == x.toks[i].End && strings.HasPrefix(next.Text, "-")
}

// dayOfMonth resolves a day and month without a year over tokens [i, j).
func (x *sentence) dayOfMonth(i, j, m, d int) kroniek.TimeRef {
	if y, rel, ok := x.sentenceYear(i); ok && validDate(y, m, d) {
		return x.mk(i, j, fmt.Sprintf("%04d-%02d-%02d", y, m, d), kroniek.TimeDate, kroniek.GranDay, rel)
	}
	if y, ok := x.rangeEndYear(i, m, d); ok && validDate(y, m, d) {
		return x.mk(i, j, fmt.Sprintf("%04d-%02d-%02d", y, m, d), kroniek.TimeDate, kroniek.GranDay, true)
	}
	if y, ok := x.anchors.yearOfMonth(m); ok && validDate(y, m, d) {
		return x.mk(i, j, fmt.Sprintf("%04d-%02d-%02d", y, m, d), kroniek.TimeDate, kroniek.GranDay, true)
	}
	if y, ok := x.ref.inferYear(m, d, x.dayDir(i)); ok {
		return x.mk(i, j, fmt.Sprintf("%04d-%02d-%02d", y, m, d), kroniek.TimeDate, kroniek.GranDay, true)
	}
	return x.mk(i, j, fmt.Sprintf("XXXX-%02d-%02d", m, d), kroniek.TimeDate, kroniek.GranDay, false)
}

// incidentReach is how many tokens before a day and month an incident
// noun may stand and still be the event it dates (de crash van het
// toestel in Indonesië op 29 oktober).
const incidentReach = 9

// dayDir is the direction of a day and month without a year at token i:
// dirAt, but a present clause that dates an unplanned event by it looks
// back, since a crash or an attack is not announced ahead. In an article
// of April, "Het lijkt op de crash van 29 oktober" is last October's
// crash; "de verkiezingen van 20 maart" (no incident) and "de ramp die
// op 29 oktober zal worden herdacht" (a future) keep the future.
func (x *sentence) dayDir(i int) int {
	dir := x.dirAt(i)
	if dir != tensePresent || x.forward() {
		return dir
	}
	start, _ := x.clauseBounds(i)
	for k := i - 1; k >= start && k >= i-incidentReach; k-- {
		if x.l.incidentEnd(x.low[k]) {
			return tensePast
		}
	}
	return dir
}

// rangeEndYear gives the second day of a range of two days and months
// at token i ("tussen 3 juni en 12 juli", "van 1 april tot 20 juni")
// the year of the first, or the year after when it falls earlier in the
// year (van 20 december tot 5 januari); ok is false when no day and
// month of this sentence ends right before the "en" or "tot".
func (x *sentence) rangeEndYear(i, m, d int) (int, bool) {
	k := i - 1
	switch {
	case x.word(k) == "met" && x.word(k-1) == "en" && x.word(k-2) == "tot":
		k -= 2
	case x.word(k) == "en" || x.word(k) == "tot" || x.word(k) == "t/m":
	default:
		return 0, false
	}
	a := x.anchors
	if a == nil || a.at != a.sentence || a.day.IsZero() || x.l.month(x.word(k-1), true) != int(a.day.Month()) {
		return 0, false
	}
	if _, ok := x.dayNumber(k - 2); !ok {
		return 0, false
	}
	y := a.day.Year()
	if m < int(a.day.Month()) || m == int(a.day.Month()) && d < a.day.Day() {
		y++
	}
	return y, true
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
	if off, ok := x.direction(x.word(i + 2)); ok && x.word(i+3) == "jaar" && x.ref.knows("year") && validDate(x.ref.Date.Year()+off, m, d) {
		// 26 juni vorig jaar, 1 maart volgend jaar: one date, not a day and a year
		return x.mk(i, i+4, fmt.Sprintf("%04d-%02d-%02d", x.ref.Date.Year()+off, m, d), kroniek.TimeDate, kroniek.GranDay, true), i + 4, true
	}
	if y, ok := x.thatYear(i + 2); ok && validDate(y, m, d) {
		// op 28 maart van dat jaar: the year named last
		return x.mk(i, i+5, fmt.Sprintf("%04d-%02d-%02d", y, m, d), kroniek.TimeDate, kroniek.GranDay, true), i + 5, true
	}
	return x.dayOfMonth(i, i+2, m, d), i + 2, true
}

// thatYear reads "van dat jaar" (datzelfde, hetzelfde) at token k: the
// last year the text named, within the anchors' reach.
func (x *sentence) thatYear(k int) (int, bool) {
	a := x.anchors
	if x.word(k) != "van" || x.word(k+2) != "jaar" || a == nil || a.year == 0 || a.sentence-a.at > anchorReach {
		return 0, false
	}
	switch x.word(k + 1) {
	case "dat", "datzelfde", "hetzelfde":
		return a.year, true
	}
	return 0, false
}

// dayRange reads the first day of "12 tot en met 22 april", "12-22
// april", "van 3 t/m 5 mei", "de nacht van 12 op 13 juli": it takes the
// month of the second; the second is read on its own after it.
func (x *sentence) dayRange(i int) (kroniek.TimeRef, int, bool) {
	d, ok := x.dayNumber(i)
	if !ok || x.toks[i].Kind != nl.Number {
		return kroniek.TimeRef{}, 0, false
	}
	k := i + 1
	switch x.word(k) {
	case "tot", "t/m", "-", "–", "en":
		k++
	case "op":
		if x.word(i-1) != "van" || !strings.HasSuffix(x.word(i-2), "nacht") {
			return kroniek.TimeRef{}, 0, false
		}
		k++ // de nacht van 12 op 13 juli: the night begins on the first
	default:
		return kroniek.TimeRef{}, 0, false
	}
	if x.word(k-1) == "tot" && x.word(k) == "en" && x.word(k+1) == "met" {
		k += 2
	}
	if x.weekdayAt(k) != 0 {
		k++ // zaterdag 25 en zondag 26 mei
	}
	t, _, ok := x.dayMonth(k)
	if !ok || len(t.Value) != 10 {
		return kroniek.TimeRef{}, 0, false
	}
	m := atoi(t.Value[5:7])
	if t.Value[:4] == "XXXX" {
		if !validDate(2000, m, d) {
			return kroniek.TimeRef{}, 0, false
		}
		return x.mk(i, i+1, fmt.Sprintf("XXXX-%02d-%02d", m, d), kroniek.TimeDate, kroniek.GranDay, false), i + 1, true
	}
	y := atoi(t.Value[:4])
	if !validDate(y, m, d) || d >= atoi(t.Value[8:10]) {
		return kroniek.TimeRef{}, 0, false
	}
	return x.mk(i, i+1, fmt.Sprintf("%04d-%02d-%02d", y, m, d), kroniek.TimeDate, kroniek.GranDay, t.Relative), i + 1, true
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
	if x.word(j+2) == "jaar" && x.ref.knows("year") {
		// december vorig jaar, maart volgend jaar
		if off, ok := x.direction(x.word(j + 1)); ok {
			return x.mk(i, j+3, fmt.Sprintf("%04d-%02d", x.ref.Date.Year()+off, m), kroniek.TimeDate, kroniek.GranMonth, true), j + 3, true
		}
	}
	if off, ok := x.direction(x.word(i - 2)); ok && j == i && x.word(i-1) == "jaar" && x.ref.knows("year") {
		// volgend jaar april, vorig jaar mei: the month of the year just named
		return x.mk(i, i+1, fmt.Sprintf("%04d-%02d", x.ref.Date.Year()+off, m), kroniek.TimeDate, kroniek.GranMonth, true), i + 1, true
	}
	if j == i {
		// A bare month needs a preposition and lower case (Mei is a name),
		// or to be the subject that opens its sentence ("Februari was al
		// ongewoon zacht").
		prep := i > 0 && (x.l.is("prep", x.low[i-1]) || x.low[i-1] == "met" && x.word(i-2) == "en" && x.word(i-3) == "tot")
		if (!prep || isUpper(x.toks[i].Text)) && !x.monthSubject(i) {
			return kroniek.TimeRef{}, 0, false
		}
	}
	if y, ok := x.thatYear(j + 1); ok {
		// in september van dat jaar: the year the text just named
		return x.mk(i, j+4, fmt.Sprintf("%04d-%02d", y, m), kroniek.TimeDate, kroniek.GranMonth, true), j + 4, true
	}
	return x.monthValue(i, j+1, m)
}

// monthSubject reports a month name that opens its sentence right before
// a finite verb, in the parse: "Februari was al ongewoon zacht".
func (x *sentence) monthSubject(i int) bool {
	if !x.sentenceStart(i) || i+1 >= len(x.toks) || x.si < 0 || !x.doc.Parsed(x.si) {
		return false
	}
	t := x.doc.Tokens[x.first+i+1]
	return (t.POS == nl.VERB || t.POS == nl.AUX) && t.Feats.Has(nl.FeatFin)
}

// sentenceYear is the one year the sentence names for the events of the
// clause of token at ("in 2019", "vorig jaar"), which dates without a
// year then take; rel is true when it came from the reference date. Two
// different years: none. In a parsed sentence a year counts only when it
// dates the same clause as token at (see datesClause).
func (x *sentence) sentenceYear(at int) (year int, rel, ok bool) {
	set := func(y int, r bool) bool {
		if ok && y != year {
			return false
		}
		year, rel, ok = y, r, true
		return true
	}
	for i, w := range x.low {
		if y, isYear := x.yearNumber(i); isYear && i > 0 && (x.low[i-1] == "in" || x.low[i-1] == "jaar") && x.datesClause(i, at) {
			if !set(y, false) {
				return 0, false, false
			}
		}
		if x.word(i+1) != "jaar" || !x.ref.knows("year") || !x.datesClause(i+1, at) {
			continue
		}
		if off, known := x.direction(w); known && !set(x.ref.Date.Year()+off, true) {
			return 0, false, false
		}
	}
	return year, rel, ok
}

// datesClause reports whether the year at token k dates the clause of
// token at: in the parse, k hangs on the head of that clause itself (In
// 2017 gaven gemeenten … op 14 juni), not on a noun (tot de renovatie in
// 2021), an adjective (de in 1976 opgerichte band) or another clause (de
// vissers die in 2014 een vergunning kregen). Unparsed: true.
func (x *sentence) datesClause(k, at int) bool {
	if x.si < 0 || !x.doc.Parsed(x.si) || at < 0 || at >= len(x.toks) {
		return true
	}
	c := x.doc.Clause(x.first + at)
	return c >= 0 && x.doc.Clause(x.first+k) == c && x.doc.Tokens[x.first+k].Head == c
}

// dirAt is the direction of an expression at token i: "sinds" points to
// the past, else the clause's tense decides.
func (x *sentence) dirAt(i int) int {
	if x.word(i-1) == "sinds" || x.word(i-1) == "sedert" {
		return tensePast
	}
	if x.futureInPast(i) {
		return tenseFuture
	}
	return x.tenseAt(i)
}

// futureInPast reports a clause of token i that tells of a plan in the
// past with zou and an infinitive (De planning was dat in september
// begonnen zou worden): the date lies ahead of the plan, and of a
// report on it. zou with a perfect or a copula (zou hebben veroorzaakt,
// zou een formaliteit zijn) tells of a claim and does not count.
func (x *sentence) futureInPast(i int) bool {
	start, end := x.clauseBounds(i)
	zou := false
	for _, w := range x.low[start:end] {
		switch w {
		case "zou", "zouden":
			zou = true
		case "hebben", "heeft", "had", "hadden", "zijn", "is", "was", "waren", "geweest":
			return false
		}
	}
	return zou
}

func (x *sentence) monthValue(i, j, m int) (kroniek.TimeRef, int, bool) {
	if y, rel, ok := x.sentenceYear(i); ok {
		return x.mk(i, j, fmt.Sprintf("%04d-%02d", y, m), kroniek.TimeDate, kroniek.GranMonth, rel), j, true
	}
	if y, ok := x.ref.inferYear(m, 0, x.dirAt(i)); ok {
		if x.simplePast(i) && x.ref.knows("month") && y >= x.ref.Date.Year() && m > int(x.ref.Date.Month()) {
			y = x.ref.Date.Year() - 1 // Het was eind juni, in an April paper: the June before
		}
		return x.mk(i, j, fmt.Sprintf("%04d-%02d", y, m), kroniek.TimeDate, kroniek.GranMonth, true), j, true
	}
	return x.mk(i, j, fmt.Sprintf("XXXX-%02d", m), kroniek.TimeDate, kroniek.GranMonth, false), j, true
}

// simplePast reports a month at token i in a clause told in the simple
// past by both readings: the word lists see a past form, the parse a past
// tense, and the clause has no perfect or passive auxiliary, no te +
// infinitive, no zou and no deadline (tot, uiterlijk). Such a month lies on
// or before the month of publication.
func (x *sentence) simplePast(i int) bool {
	if x.bound(i) == kroniek.BoundUntil || x.parsedTense(i) != tensePast {
		return false
	}
	if local, t := x.wordTense(i); !local || t != tensePast {
		return false
	}
	start, end := x.clauseBounds(i)
	for k := start; k < end; k++ {
		switch x.low[k] {
		case "te", "zou", "zouden", "heeft", "hebben", "had", "hadden", "is", "zijn", "wordt", "worden", "werd", "werden", "zal", "zullen", "gaat", "gaan":
			return false
		}
	}
	return true
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
	if j == i && (x.counts(j+1) && !x.datedParticiple(i) || x.word(i-1) == "er") {
		return kroniek.TimeRef{}, 0, false // van 1500 euro, 1065 incidenten, 1200 verborgen camera's
	}
	if j == i && (x.digitGroup(i) || x.countList(i)) {
		return kroniek.TimeRef{}, 0, false // 053 574 1851; de 700, 1400 en 2100 MHz-banden
	}
	return x.mk(i, j+1, strconv.Itoa(y), kroniek.TimeDate, kroniek.GranYear, false), j + 1, true
}

// digitGroup reports a number at token i that a space joins to a number
// on either side: one group of a telephone or account number ("bel 020
// 555 1851"), never a year, which a text sets apart with a month, a
// comma or a word; but a preposition before it makes a number after it
// the next phrase ("in 2017 24 maanden cel" keeps its year).
func (x *sentence) digitGroup(i int) bool {
	near := func(a, b int) bool {
		return a >= 0 && b < len(x.toks) && x.toks[a].Kind == nl.Number && x.toks[b].Kind == nl.Number &&
			x.toks[b].Start-x.toks[a].End == 1
	}
	return near(i-1, i) || near(i, i+1) && !x.l.is("prep", x.word(i-1))
}

// countList reports a number at token i in a list of numbers joined by
// commas, en or of, one of which cannot be a year: the list counts
// ("de 700, 1400 en 2100 MHz-banden", "tussen de 600 en 1000 miljard"),
// where "in 1990, 2000 en 2010" stays three years and "100 euro in 2030
// en 200 in 2050" keeps the year a preposition opens.
func (x *sentence) countList(i int) bool {
	joined := func(k int) bool { w := x.word(k); return w == "," || w == "en" || w == "of" }
	first, last := i, i
	for first >= 2 && joined(first-1) && x.toks[first-2].Kind == nl.Number {
		first -= 2
	}
	for last+2 < len(x.toks) && joined(last+1) && x.toks[last+2].Kind == nl.Number {
		last += 2
	}
	if x.l.is("prep", x.word(first-1)) {
		return false // in 2030 en 200 euro later: the year heads no list
	}
	for k := first; k <= last; k += 2 {
		if _, ok := x.yearNumber(k); !ok {
			return true
		}
	}
	return false
}

// datedParticiple reports a year at token i after "in" that dates the
// participle after it, in the parse: "het in 2015 gesloten
// klimaatakkoord" (not "in 1500 gemeenten", a noun).
func (x *sentence) datedParticiple(i int) bool {
	if x.word(i-1) != "in" || i+1 >= len(x.toks) || x.si < 0 || !x.doc.Parsed(x.si) {
		return false
	}
	t := x.doc.Tokens[x.first+i+1]
	return t.POS == nl.VERB && t.Feats.Has(nl.FeatPart)
}

// counts reports whether what follows token k-1 makes it a count, not a
// year: a unit (euro, procent, Mhz) or a plural noun, maybe after an
// adjective.
func (x *sentence) counts(k int) bool {
	w := x.word(k)
	if k >= len(x.toks) || x.toks[k].Kind != nl.Word || x.l.month(w, true) > 0 || x.l.is("unit", w) {
		return false
	}
	if amount.IsUnit(w) {
		return true
	}
	plural := func(w string) bool {
		switch amount.WordClass(w) {
		case "NOUN", "", "ADJ", "VERB":
			// an -s plural has a stem of three letters or more: "tbs" in
			// "wist in 2010 tbs te ontlopen" is an abbreviation
			return (strings.HasSuffix(w, "en") || strings.HasSuffix(w, "s") && len(w) > 3) && x.l.tense[w] == "" && !x.l.strongPast(w)
		}
		return false
	}
	if plural(w) && !isUpper(x.toks[k].Text) {
		return true
	}
	c := amount.WordClass(w)
	if t := x.l.tense[w]; t == "past" || t == "pres" || t == "" && x.l.strongPast(w) && !geParticiple(w) {
		return false // 1918 eiste miljoenen levens: a finite verb, not an adjective
	}
	if closedClass(c) {
		return false // in 2021 te vervangen, in 2019 de grens over: a function word, no adjective
	}
	return (c == "ADJ" || strings.HasSuffix(w, "e") || strings.HasSuffix(w, "en")) && plural(x.word(k+1))
}

// closedClass reports a word class of function words, which never stand
// for the adjective between a count and its noun ("1200 verborgen
// camera's"), though "te" and "de" end in -e.
func closedClass(c string) bool {
	switch c {
	case "ADP", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "PART":
		return true
	}
	return false
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
