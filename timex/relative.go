package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/amount"
	"github.com/kroniek/kroniek/nl"
)

// relDay reads gisteren, vandaag, morgen, vanochtend, gisteravond.
func (x *sentence) relDay(i int) (kroniek.TimeRef, int, bool) {
	off, ok := x.l.num("reldate", x.low[i])
	if !ok {
		return kroniek.TimeRef{}, 0, false
	}
	if x.low[i] == "vandaag" && (x.word(i-1) == "van" || x.word(i+1) == "de" && x.word(i+2) == "dag") {
		return kroniek.TimeRef{}, 0, false // tot op de dag van vandaag, vandaag de dag: nowadays
	}
	if x.low[i] == "morgen" && !(x.word(i-1) == "van" && x.l.scheduledEnd(x.word(i-2))) {
		// (de verkiezingen van morgen: tomorrow's, a planned event's day)
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
	j, dir, strict := i, tenseUnknown, false
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
	if dir == tenseUnknown {
		dir = x.tenseAt(i)
	}
	if j == i && (x.word(i-1) == "sinds" || x.word(i-1) == "vanaf" && x.word(i-2) == "al") {
		dir = tensePast // sinds maandag; zitten al vanaf zondagavond in het donker
	}
	if j == i && dir == tensePast && x.startsFrom(i) && x.presentState(i) {
		dir = tensePresent // het museum is vanaf maandag gesloten: a state that begins
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
	// An explicit date after the weekday decides; the weekday picks its
	// year when the year is not written (zaterdag 9 november).
	if t, next, ok := x.dayMonth(end); ok && t.Value != "" {
		t.Start, t.Text = x.toks[i].Start, x.doc.Text[x.toks[i].Start:t.End]
		if next == end+2 && x.ref.knows("year") {
			t.Value = x.yearByWeekday(t.Value, wd)
		}
		if d, err := time.Parse("2006-01-02", t.Value); err == nil && isoWeekday(d) == wd && x.anchors != nil {
			x.anchors.weekdays[wd] = d // woensdag 3 april … het duel van woensdag
		}
		return t, next, true
	}
	if t, next, ok := x.dayRange(end); ok && t.Value != "" {
		// zaterdag 25 en zondag 26 mei: the first day takes the month
		t.Start, t.Text = x.toks[i].Start, x.doc.Text[x.toks[i].Start:t.End]
		if x.ref.knows("year") {
			t.Value = x.yearByWeekday(t.Value, wd)
		}
		return t, next, true
	}
	if j == i && x.habitual(i, end) {
		return x.mk(i, end, fmt.Sprintf("XXXX-WXX-%d", wd), kroniek.TimeSet, "", false), end, true
	}
	if j == i && (x.word(i-1) == "een" || x.word(i-2) == "een" && amount.WordClass(x.word(i-1)) == "ADJ") {
		return kroniek.TimeRef{}, 0, false // op een maandagochtend: some Monday, no date
	}
	if j == i && (x.word(end) == "in" || x.word(end) == "van") && x.l.is("month", x.word(end+1)) {
		return kroniek.TimeRef{}, 0, false // die dinsdag in februari: a day of another month
	}
	if j == i && x.demonstrative(i-1) {
		// die dinsdag: the day the text just named, if it was one
		if a := x.anchors; a != nil && !a.day.IsZero() && isoWeekday(a.day) == wd && a.sentence-a.at <= anchorReach {
			return x.mk(i, end, dayValue(a.day), kroniek.TimeDate, kroniek.GranDay, true), end, true
		}
		return kroniek.TimeRef{}, 0, false
	}
	if j == i && x.title(i, end) {
		return kroniek.TimeRef{}, 0, false // 'Zaterdagochtend' is een rubriek: a name
	}
	if j == i && x.ref.knows("day") {
		if first, set, ok := x.coordinated(i); set {
			// open van woensdag tot en met zondag
			return x.mk(i, end, fmt.Sprintf("XXXX-WXX-%d", wd), kroniek.TimeSet, "", false), end, true
		} else if ok {
			// afgelopen vrijdag en zaterdag, maandag tot en met woensdag:
			// the later day follows the first one
			d := first.AddDate(0, 0, (wd-isoWeekday(first)+7)%7)
			return x.mk(i, end, dayValue(d), kroniek.TimeDate, kroniek.GranDay, true), end, true
		}
	}
	if !x.ref.knows("day") {
		return x.mk(i, end, "", kroniek.TimeDate, kroniek.GranDay, true), end, true
	}
	ref := day(x.ref.Date)
	refWD := isoWeekday(ref)
	weak := false
	if j == i {
		if dir == tenseNone && x.sentenceStart(i) && end < len(x.toks) {
			dir = x.v2Tense(end) // Maandag buigt de rechter zich over de zaak
		}
		if x.purpose(i, end) {
			dir = tenseFuture // de motie om maandag nieuwe stemmingen te houden
		}
		if d, ok := x.afterAhead(wd, dir); ok {
			return x.mk(i, end, dayValue(d), kroniek.TimeDate, kroniek.GranDay, true), end, true
		}
		var guess bool
		dir, guess = x.bareDirection(i, wd, refWD, dir)
		guess = guess || dir == tenseNone || dir == tenseUnknown
		if a := x.anchors; guess && a != nil && !a.weekdays[wd].IsZero() {
			// Ajax kan woensdag de koppositie overnemen … het duel van woensdag
			return x.mk(i, end, dayValue(a.weekdays[wd]), kroniek.TimeDate, kroniek.GranDay, true), end, true
		}
		// only a past tense, a modal or future, or a modifier dates a
		// weekday for the rest of the text; a plain present looks ahead
		// by default, which is no evidence
		weak = guess || dir == tensePresent && !x.modalAround(i)
	}
	var d time.Time
	if j > i && x.l.is("this", x.word(i)) && dir != tensePast && dir != tenseFuture && !x.modalAround(j) {
		// deze zaterdag told in the present: the nearest Saturday, which
		// in a Monday paper is the one just past (a weekend reportage)
		d = nearestWeekday(ref, wd)
	} else if dir == tenseFuture || dir == tensePresent {
		n := (wd - refWD + 7) % 7
		if n == 0 && strict {
			n = 7
		}
		d = ref.AddDate(0, 0, n)
	} else {
		n := (refWD - wd + 7) % 7
		if n == 0 && (strict || j == i && !weak && x.narrated(i)) {
			n = 7 // waren we er toen op zaterdag, in a Saturday paper: a week back
		}
		d = ref.AddDate(0, 0, -n)
	}
	if x.anchors != nil && !weak {
		x.anchors.weekdays[wd] = d
	}
	return x.mk(i, end, dayValue(d), kroniek.TimeDate, kroniek.GranDay, true), end, true
}

// nearestWeekday is the day with ISO weekday wd closest to ref: at most
// two days back, else ahead.
func nearestWeekday(ref time.Time, wd int) time.Time {
	back := (isoWeekday(ref) - wd + 7) % 7
	if back <= 2 {
		return ref.AddDate(0, 0, -back)
	}
	return ref.AddDate(0, 0, 7-back)
}

// v2Tense guesses the tense of the finite verb at token k, the second
// place of a main clause after a time adverbial, when no list knows it.
func (x *sentence) v2Tense(k int) int {
	w := x.word(k)
	switch {
	case x.toks[k].Kind != nl.Word:
		return tenseNone
	case x.l.strongPast(w) || guessPast(w):
		return tensePast
	case strings.HasSuffix(w, "t") || strings.HasSuffix(w, "en"):
		return tensePresent
	}
	return tenseNone
}

// bareDirection decides where a bare weekday points from the tense of its
// clause: a present tense looks ahead (Maandag buigt de rechter zich
// over de zaak), except for the day before publication, which a news
// report tells in the present as often as not (Dinsdagmiddag komt de
// burgemeester kijken, in a Wednesday paper) unless it is a start
// ("sluit vanaf maandag"), and for reporting verbs
// (zegt Hoekstra maandag). "van maandag" (de stemming van dinsdag) points
// back unless the clause looks ahead with a modal.
//
// weak reports a direction taken by default ("van maandag", the day
// before publication), which a dated mention of the same weekday
// elsewhere in the text overrides.
func (x *sentence) bareDirection(i, wd, refWD, dir int) (_ int, weak bool) {
	if x.startsFrom(i) && dir == tensePresent {
		return dir, false // sluit vanaf maandag, geldt met ingang van maandag: a start ahead
	}
	if x.word(i-1) == "van" && x.word(i+1) != "op" && x.word(i+1) != "tot" && (!x.modalAround(i) || x.conditional(i)) || x.word(i+1) == ")" {
		return tensePast, x.word(i-1) == "van" // de stemming van dinsdag; (De Krant, maandag)
	}
	if x.word(i-1) == "van" && x.word(i+1) != "op" && x.word(i+1) != "tot" {
		return dir, true // a modal: de zitting van vrijdag die ik moet afwachten
	}
	if dir != tensePresent {
		return dir, false
	}
	if x.reporting(i) && !x.likely(i) {
		return tensePast, false // zegt Hoekstra maandag; not laat waarschijnlijk woensdag weten, an expectation
	}
	if x.afterNoun(i) && !x.modalAround(i) {
		// de demonstranten zaterdag in Londen, de moordenaar in de tram
		// maandag: a day that dates a noun tells of an event, mostly past
		return tensePast, true
	}
	if ((refWD-wd+7)%7 == 1 || refWD == 1 && wd == 6 && !x.lookingAhead()) && !x.modalAround(i) && !x.deadline(i) {
		return tensePast, true // (a Monday paper reports Saturday too: no paper comes out on Sunday)
	}
	return dir, false
}

// narrated reports a past weekday told as narrative rather than as news
// of the day: after op (Op maandag werd de politiechef ontslagen) or in a
// sentence with toen, and with no vandaag or vanavond in the sentence. A
// bare past weekday equal to the day of publication is that day (Russische
// soldaten die maandag vertrokken, in a Monday article); a narrated one is
// a week back.
func (x *sentence) narrated(i int) bool {
	told := x.word(i-1) == "op"
	for _, w := range x.low {
		if off, ok := x.l.num("reldate", w); ok && off == 0 {
			return false
		}
		told = told || w == "toen"
	}
	return told
}

// startsFrom reports a weekday that starts something: after vanaf, per,
// ingaande or met ingang van, but not after al vanaf (a start already
// past).
func (x *sentence) startsFrom(i int) bool {
	switch x.word(i - 1) {
	case "vanaf":
		return x.word(i-2) != "al"
	case "per", "ingaande":
		return true
	case "van":
		return x.word(i-2) == "ingang" && x.word(i-3) == "met"
	}
	return false
}

// presentState reports a clause of token i whose finite verb is a present
// form of zijn, blijven or worden and that holds no past form: "is vanaf
// maandag gesloten" tells of a state, not of a perfect.
func (x *sentence) presentState(i int) bool {
	start, end := x.clauseBounds(i)
	state := false
	for k := start; k < end; k++ {
		switch w := x.low[k]; {
		case w == "is" || w == "zijn" && !possessiveZijn(x.low, k) || w == "blijft" || w == "blijven" || w == "wordt" || w == "worden":
			state = true
		case x.l.tense[w] == "past" || x.l.tense[w] == "" && x.l.strongPast(w) || w == "heeft" || w == "hebben" || w == "had" || w == "hadden":
			return false
		}
	}
	return state
}

// possessiveZijn reports a "zijn" at k that is a possessive (zijn nieuwe
// baan), as the tense lists read it.
func possessiveZijn(low []string, k int) bool {
	if k+1 >= len(low) {
		return false
	}
	c := amount.WordClass(low[k+1])
	return c == "NOUN" || c == "ADJ" || c == "PROPN" || c == "" && !guessParticiple(low[k+1])
}

// deadline reports a weekday after tot, uiterlijk or voor: a limit.
func (x *sentence) deadline(i int) bool {
	switch x.word(i - 1) {
	case "tot", "uiterlijk", "voor", "vóór":
		return true
	}
	return false
}

// reporting reports a present-tense reporting verb (zegt, aldus, meldt)
// in the clause of token i.
func (x *sentence) reporting(i int) bool {
	start, end := x.clauseBounds(i)
	for k := start; k < end; k++ {
		if x.l.is("reporting", x.low[k]) {
			return true
		}
	}
	return false
}

// afterAhead dates a bare weekday of a sentence that goes on from a day
// ahead the text just named: with "daarna" or "vervolgens", and no past
// tense of its own, the weekday is the first one after that day ("Ajax
// voetbalt woensdag in Emmen. Daarna volgt …: Ajax op zaterdag bij
// Willem II", in a Monday paper: the coming Saturday, not the one past).
func (x *sentence) afterAhead(wd, dir int) (time.Time, bool) {
	a := x.anchors
	if a == nil || a.day.IsZero() || dir == tensePast || a.sentence-a.at > 1 || !a.day.After(day(x.ref.Date)) {
		return time.Time{}, false
	}
	for _, w := range x.low {
		if w == "daarna" || w == "vervolgens" {
			n := (wd - isoWeekday(a.day) + 7) % 7
			if n == 0 {
				n = 7
			}
			return a.day.AddDate(0, 0, n), true
		}
	}
	return time.Time{}, false
}

// likely reports a word of expectation in the clause of token i
// ("waarschijnlijk", "naar verwachting"): what it tells is still to come.
func (x *sentence) likely(i int) bool {
	start, end := x.clauseBounds(i)
	for k := start; k < end; k++ {
		if x.l.is("likely", x.low[k]) {
			return true
		}
	}
	return false
}

// conditional reports zou or zouden in the clause of token i: a modal of
// consequence, not of time ("de stemming van zondag zou het einde kunnen
// inluiden").
func (x *sentence) conditional(i int) bool {
	start, end := x.clauseBounds(i)
	for k := start; k < end; k++ {
		if x.low[k] == "zou" || x.low[k] == "zouden" {
			return true
		}
	}
	return false
}

// modalAround reports a modal or future auxiliary in the clause of token
// i: de zitting van vrijdag die ik moet afwachten.
func (x *sentence) modalAround(i int) bool {
	start, end := x.clauseBounds(i)
	for k := start; k < end; k++ {
		if x.l.is("modal", x.low[k]) && (k == 0 || x.low[k-1] != "te") {
			return true
		}
	}
	return false
}

// habitual reports a bare weekday that names a recurring day, not a date:
// "op de zaterdagavond", "op woensdag en zaterdag", "alleen op maandag",
// "elke eerste maandag van de maand".
func (x *sentence) habitual(i, end int) bool {
	for k := max(0, i-3); k < i; k++ {
		if x.l.is("every", x.low[k]) {
			return true
		}
	}
	adjective := func(w string) bool {
		return amount.WordClass(w) == "ADJ" || strings.HasSuffix(w, "e") && amount.WordClass(w) == ""
	}
	adj := x.word(i-2) == "op" && adjective(x.word(i-1)) // op vleesvrije maandag; but op de zwoele zaterdagavond is one day
	prep := x.word(i-1) == "op" || x.word(i-1) == "de" && x.word(i-2) == "op" || x.word(i-2) == "op" && x.l.is("habitual", x.word(i-1)) || adj
	if x.word(i-1) == "van" && (x.word(end) == "tot" || x.word(end) == "t/m") && x.sentenceHas("hours") {
		return true // open van woensdag tot en met zondag: opening hours
	}
	if !prep {
		// the second of two weekdays after op: op woensdag en zaterdag
		if (x.word(i-1) == "en" || x.word(i-1) == ",") && x.weekdayAt(i-2) != 0 {
			for k := i - 2; k >= 0 && k >= i-8; k-- {
				if x.word(k) == "op" {
					return x.weekdayAt(k+1) != 0
				}
			}
		}
		// de nacht van maandag op dinsdag, zaterdag en zondag: recurring
		// when the sentence says so (steeds, doordeweeks)
		pair := x.word(i-1) == "van" && x.word(end) == "op" && x.weekdayAt(end+1) != 0 ||
			x.word(end) == "en" && x.weekdayAt(end+1) != 0 || x.word(i-1) == "en" && x.weekdayAt(i-2) != 0
		return pair && x.habitualSentence()
	}
	if x.word(i-1) == "de" || x.l.is("habitual", x.word(i-1)) || adj {
		return true // op de zaterdagavond, op vleesvrije maandag
	}
	if (x.word(end) == "en" || x.word(end) == ",") && x.weekdayAt(end+1) != 0 {
		return true
	}
	for k := 1; k+1 < len(x.low); k++ {
		if k != i && x.low[k-1] == "op" && x.weekdayAt(k) != 0 && x.weekdayAt(k) != x.weekdayAt(i) {
			return true // op maandag …, op dinsdag …, op woensdagochtend …: a week's routine
		}
	}
	start, stop := x.clauseBounds(i)
	for k := start; k < stop; k++ {
		if x.l.is("habitual", x.low[k]) {
			return true
		}
	}
	if x.word(i-1) == "op" && !x.clockAfter(end) {
		// op zaterdagmiddag strijden auto's en fietsers om de ruimte; Op
		// zaterdag koetsen wassen? A plain present in the clause itself,
		// or no finite verb in the sentence, is a routine; a one-off day
		// in the present names its hour (organiseert op vrijdag vanaf
		// 20.00 uur) or has no verb of its own (Ajax op zaterdag bij
		// Willem II, PSV zondag bij Vitesse).
		if local, t := x.wordTense(i); x.noFiniteVerb() || local && t == tensePresent && x.tenseAt(i) == tensePresent {
			return true
		}
	}
	return false
}

// clockAfter reports a clock time within a few words after token end:
// op maandag om 05.30 uur, op vrijdag vanaf 20.00 uur.
func (x *sentence) clockAfter(end int) bool {
	for k := end; k < len(x.low) && k < end+4; k++ {
		if x.low[k] == "uur" || strings.Contains(x.low[k], ".") && x.toks[k].Kind == nl.Number {
			return true
		}
	}
	return false
}

// noFiniteVerb reports a parsed sentence without a finite verb: "Op
// zaterdag koetsen wassen, het gazon harken?"
func (x *sentence) noFiniteVerb() bool {
	if x.si < 0 || !x.doc.Parsed(x.si) {
		return false
	}
	for k := range x.toks {
		t := x.doc.Tokens[x.first+k]
		if (t.POS == nl.VERB || t.POS == nl.AUX) && t.Feats.Has(nl.FeatFin) {
			return false
		}
	}
	return true
}

// sentenceHas reports a word of the given kind in the sentence.
func (x *sentence) sentenceHas(kind string) bool {
	for _, w := range x.low {
		if x.l.is(kind, w) {
			return true
		}
	}
	return false
}

// habitualSentence reports a habitual adverb anywhere in the sentence.
func (x *sentence) habitualSentence() bool {
	for _, w := range x.low {
		if x.l.is("habitual", w) {
			return true
		}
	}
	return false
}

// clauseBounds returns the token range of the clause around token i.
func (x *sentence) clauseBounds(i int) (int, int) {
	start, end := i, i
	for start > 0 && !x.clauseBreak(start-1) {
		start--
	}
	for end < len(x.low) && !x.clauseBreak(end) {
		end++
	}
	return start, end
}

// yearByWeekday moves a day value written without a year (but completed
// from the context) to the year, around the reference, in which the day
// falls on weekday wd: "zaterdag 9 november" in March 2019 is 2019-11-09.
func (x *sentence) yearByWeekday(v string, wd int) string {
	if len(v) != 10 {
		return v
	}
	y, m, d := atoi(v[:4]), atoi(v[5:7]), atoi(v[8:10])
	if validDate(y, m, d) && isoWeekday(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)) == wd {
		return v
	}
	ry := x.ref.Date.Year()
	for _, c := range []int{ry, ry + 1, ry - 1, ry - 2, ry - 3, ry - 4, ry - 5, ry - 6} {
		if validDate(c, m, d) && isoWeekday(time.Date(c, time.Month(m), d, 0, 0, 0, 0, time.UTC)) == wd {
			return fmt.Sprintf("%04d%s", c, v[4:])
		}
	}
	return v
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

// direction returns the offset of a period a direction word gives: -1
// for vorige or afgelopen, 1 for komende or volgende, 0 for deze or dit;
// ok is false for any other word.
func (x *sentence) direction(w string) (off int, ok bool) {
	switch {
	case x.l.is("past", w):
		return -1, true
	case x.l.is("future", w):
		return 1, true
	case x.l.is("this", w):
		return 0, true
	}
	return 0, false
}

// relPeriod reads "vorige week", "deze week", "volgende maand", "vorig
// jaar", "dit jaar", "dit weekend", "afgelopen weekeinde".
func (x *sentence) relPeriod(i int) (kroniek.TimeRef, int, bool) {
	w, unit := x.word(i), x.word(i+1)
	if unit == "weekeinde" {
		unit = "weekend" // the older spelling
	}
	off, ok := x.direction(w)
	if !ok {
		return kroniek.TimeRef{}, 0, false
	}
	ref := day(x.ref.Date)
	if x.l.is("monthmod", unit) && (x.word(i+2) == "week" || x.word(i+2) == "maand") {
		// deze begin week, vorige eind maand: the period, as begin deze week
		unit = x.word(i + 2)
		if unit == "week" {
			return x.relative(i, i+3, ref.AddDate(0, 0, 7*off), "week"), i + 3, true
		}
		return x.relative(i, i+3, time.Date(ref.Year(), ref.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC), "month"), i + 3, true
	}
	switch unit {
	case "week":
		if wd := x.weekdayAt(i + 2); wd != 0 && !x.ref.knows("day") {
			return x.mk(i, i+3, "", kroniek.TimeDate, kroniek.GranDay, true), i + 3, true
		} else if wd != 0 {
			// vorige week maandag: that weekday in the week meant
			monday := ref.AddDate(0, 0, 7*off-(isoWeekday(ref)-1))
			return x.relative(i, i+3, monday.AddDate(0, 0, wd-1), "day"), i + 3, true
		}
		if local, t := x.wordTense(i); off == 0 && x.ref.knows("day") && isoWeekday(ref) == 1 && local && t == tensePast && x.dirAt(i) == tensePast {
			off = -1 // a Monday paper tells the week just ended as deze week: "de rol die Hoekstra deze week speelde"
		}
		return x.relative(i, i+2, ref.AddDate(0, 0, 7*off), "week"), i + 2, true
	case "maand":
		return x.relative(i, i+2, time.Date(ref.Year(), ref.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC), "month"), i + 2, true
	case "jaar":
		if w == "komende" && x.word(i-1) == "het" {
			// het komende jaar: the twelve months from now, a stretch, where
			// komend jaar and volgend jaar name the next calendar year
			return x.mk(i, i+2, isoDuration("1", "Y"), kroniek.TimeDuration, "", false), i + 2, true
		}
		if m := x.l.month(x.word(i+2), false); m > 0 && !isUpper(x.toks[i+2].Text) && x.ref.knows("year") {
			// vorig jaar oktober: one month, not the year and its month
			return x.mk(i, i+3, fmt.Sprintf("%04d-%02d", x.ref.Date.Year()+off, m), kroniek.TimeDate, kroniek.GranMonth, true), i + 3, true
		}
		return x.relative(i, i+2, time.Date(ref.Year()+off, 1, 1, 0, 0, 0, 0, time.UTC), "year"), i + 2, true
	case "weekend":
		if !x.ref.knows("day") {
			return x.mk(i, i+2, "", kroniek.TimeDate, kroniek.GranWeek, true), i + 2, true
		}
		if off == 0 {
			off = x.dirAt(i) // sinds dit weekend: past
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
		we := kroniek.WeekDate(sat)
		we.Weekend = true
		return x.mk(i, i+2, we.String(), kroniek.TimeDate, kroniek.GranWeek, true), i + 2, true
	}
	return kroniek.TimeRef{}, 0, false
}

// spanOver reports an "over" + count + unit (unit at token j) that is a
// rough count or a stretch rather than a time ahead: "over een jaar of
// dertig" (about thirty years; not "over een week of een jaar", two
// times), or, in the parse, a unit in a clause headed by a verb of
// spreading ("heeft de ontwikkeling over honderd jaar bekeken", "te
// besteden over tien jaar").
func (x *sentence) spanOver(j int) bool {
	if x.word(j+1) == "of" {
		if _, k, ok := x.count(j + 2); ok && x.l.words["unit"][x.word(k)] == "" {
			return true
		}
	}
	if x.si < 0 || !x.doc.Parsed(x.si) {
		return false
	}
	v := x.doc.Clause(x.first + j)
	return v >= 0 && x.l.is("spread", x.doc.Tokens[v].Lemma)
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
		if x.spanOver(j) {
			return kroniek.TimeRef{}, 0, false
		}
	}
	k := int(n) * sign
	ref := day(x.ref.Date)
	switch unit {
	case "D":
		return x.relative(start, end, ref.AddDate(0, 0, k), "day"), end, true
	case "W":
		if sign < 0 {
			return x.relative(start, end, ref.AddDate(0, 0, 7*k), "day"), end, true // een week geleden: that day
		}
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
	if (x.l.is("past", w) || x.l.is("future", w)) && x.l.is("vague", x.word(i+1)) {
		// de afgelopen dagen, de komende weken: a stretch up to or from now
		u := x.l.words["unit"][x.word(i+1)]
		return x.mk(i, i+2, isoDuration("X", u), kroniek.TimeDuration, "", false), i + 2, true
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

// coordinated returns the date of the weekday that a bare weekday at
// token i is joined to: "afgelopen vrijdag en zaterdag", "maandag,
// dinsdag en woensdag", "van maandag tot en met vrijdag", "de nacht van
// zaterdag op zondag". The first weekday is resolved with its own
// modifiers and tense, so the modifier governs both.
// set reports a first weekday that is a recurring day: the second is one
// too ("open van woensdag tot en met zondag").
func (x *sentence) coordinated(i int) (_ time.Time, set, ok bool) {
	k := i - 1
	switch x.word(k) {
	case "en", "of", ",", "tot", "t/m", "&":
	case "op":
		if x.word(k-2) != "van" {
			return time.Time{}, false, false
		}
	case "met":
		if x.word(k-1) != "en" || x.word(k-2) != "tot" {
			return time.Time{}, false, false
		}
		k -= 2
	default:
		return time.Time{}, false, false
	}
	k--
	if x.weekdayAt(k) == 0 {
		return time.Time{}, false, false
	}
	start := k
	if w := x.word(k - 1); x.l.is("past", w) || x.l.is("future", w) || x.l.is("this", w) {
		start = k - 1
	}
	t, next, ok := x.weekday(start)
	if ok && next == k+1 && t.Kind == kroniek.TimeSet {
		return time.Time{}, true, false
	}
	if !ok || next != k+1 || t.Kind != kroniek.TimeDate || len(t.Value) != 10 {
		return time.Time{}, false, false // the first day has a date of its own, or none
	}
	d, err := time.Parse("2006-01-02", t.Value)
	return d, false, err == nil
}

// title reports a weekday that names a rubric, programme or other work
// rather than a day: in quote marks ('Zaterdagochtend'), or the subject
// of a copula whose predicate is such a work ("Zaterdagochtend is een van
// mijn favoriete rubrieken").
func (x *sentence) title(i, end int) bool {
	if i > 0 && end < len(x.toks) && x.toks[i-1].Kind == nl.Punct && x.toks[end].Kind == nl.Punct &&
		nl.IsQuoteMark(firstRune(x.toks[i-1].Text)) && nl.IsQuoteMark(firstRune(x.toks[end].Text)) {
		return true
	}
	if x.word(end) != "is" && x.word(end) != "was" {
		return false
	}
	for k := end + 1; k < len(x.toks) && k <= end+7; k++ {
		if x.toks[k].Kind == nl.Punct {
			break
		}
		if x.l.is("work", x.low[k]) {
			return true
		}
	}
	return false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// purpose reports a weekday inside an "om … te" clause, which looks ahead
// of the clause it depends on: "De motie om maandag een nieuwe reeks
// stemmingen te houden kreeg evenveel stemmen voor als tegen".
func (x *sentence) purpose(i, end int) bool {
	switch x.word(i - 1) {
	case "de", "het", "een", "die", "deze":
		return false // om de maandag opgeschorte campagne te hervatten
	}
	start, stop := x.clauseBounds(i)
	found := false
	for k := max(start, i-4); k < i; k++ {
		found = found || x.low[k] == "om"
	}
	if !found {
		return false
	}
	for k := end; k+1 < stop && k < end+12; k++ { // om vrijdag haar Brexitdeal voor de derde keer in stemming te brengen
		if x.low[k] == "te" && x.toks[k+1].Kind == nl.Word && amount.WordClass(x.low[k+1]) == "VERB" {
			return true
		}
	}
	return false
}

// demonstrative reports a determiner at token k that points back: "die
// dinsdag", "diezelfde zondag", "op die zaterdag" (not the relative
// pronoun of "de foto die dinsdag op de voorpagina stond").
func (x *sentence) demonstrative(k int) bool {
	switch x.word(k) {
	case "diezelfde", "dezelfde":
		return true
	case "die":
	default:
		return false
	}
	if x.si >= 0 && x.doc.Parsed(x.si) {
		t := x.doc.Tokens[x.first+k]
		return t.Head == x.first+k+1 && t.Rel == "det"
	}
	return k == 0 || x.l.is("prep", x.word(k-1)) || x.word(k-1) == "naar"
}

// afterNoun reports a weekday right after the common noun of a
// prepositional phrase, which it dates (in the parse: the weekday depends
// on that noun or on another noun).
func (x *sentence) afterNoun(i int) bool {
	if i == 0 || x.si < 0 || !x.doc.Parsed(x.si) {
		return false
	}
	prev := x.doc.Tokens[x.first+i-1]
	if prev.POS != nl.NOUN || x.toks[i-1].Kind != nl.Word || !strings.HasPrefix(prev.Rel, "nmod") && !strings.HasPrefix(prev.Rel, "obl") {
		return false // not the subject or object: "ontvangt het oliebedrijf vrijdag een dagvaarding"
	}
	h := x.doc.Tokens[x.first+i].Head
	return h == x.first+i-1 || h >= 0 && x.doc.Tokens[h].POS == nl.NOUN
}

// lookingAhead reports a sentence with a future modifier (de komende drie
// maanden, volgende week) anywhere in it.
func (x *sentence) lookingAhead() bool {
	for _, w := range x.low {
		if x.l.is("future", w) {
			return true
		}
	}
	return false
}
