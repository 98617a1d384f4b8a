package amount

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek/nl"
)

// isYear reports whether a digit token looks like a year: four digits
// without separators between 1000 and 2100.
func isYear(text string, v float64) bool {
	return len(text) == 4 && v >= 1000 && v <= 2100 && strings.IndexFunc(text, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// isYearToken reports a digit token that looks like a year (isYear).
func (x *scanner) isYearToken(i int) bool {
	v, err := strconv.Atoi(x.toks[i].Text)
	return err == nil && isYear(x.toks[i].Text, float64(v))
}

// yearContext reports whether the word before token i introduces a year
// (in, sinds, begin, a month name).
func (x *scanner) yearContext(i int) bool {
	if i == 0 {
		return false
	}
	p := x.low[i-1]
	return x.l.yearPreps[p] || x.l.months[p]
}

// excluded reports numbers that are not figures: dates, clock times,
// references, phone numbers, scores, ages, decades, names with numbers.
func (x *scanner) excluded(c core, end int) bool {
	l := x.l
	first := x.toks[c.start]
	if c.unitPre {
		first = x.toks[c.start+1]
	}
	prev, next := "", ""
	if c.start > 0 {
		prev = x.low[c.start-1]
	}
	if c.end < len(x.toks) {
		next = x.low[c.end]
	}
	if !c.digits && c.end < len(x.toks) && isCapitalized(first.Text) && !x.sentenceStart(c.start) && isCapitalized(x.toks[c.end].Text) && x.toks[c.end].Kind == nl.Word {
		return true // (Vier Voeters), De Drie Musketiers: a name
	}
	if c.digits {
		txt := first.Text
		if len(txt) > 1 && txt[0] == '0' && isDigit(txt[1]) {
			return true // phone numbers, codes: 020, 0612345678
		}
		if c.value >= 1 && c.value <= 31 && c.value == float64(int(c.value)) && (l.months[next] || l.months[prev]) {
			return true // 9 augustus, augustus 9
		}
		if l.months[prev] && (isYear(txt, c.value) || c.unit == "" && (c.value <= 31 || c.end >= len(x.toks) || x.toks[c.end].Kind != nl.Word)) {
			return true // augustus 2020 (but "in maart 280 christenen", "in maart 1,2 procent")
		}
		if c.unit == "" && c.value >= 1 && c.value <= 6 && c.value == float64(int(c.value)) && (schoolLevels[next] || schoolLevels[prev]) {
			return true // op 5 vwo, in 3 havo, havo 3: a school year, not a count
		}
		if j := c.end + 1; c.value >= 1 && c.value <= 31 && (next == "op" || next == "tot" || next == "en" || next == "of" || next == "-" || next == "à") && j+1 < len(x.toks) {
			if dayWord(x.low[j]) {
				j++ // zaterdag 21 en zondag 22 september
			}
			if j+1 < len(x.toks) && x.toks[j].Kind == nl.Number && l.months[x.low[j+1]] {
				return true // de nacht van 12 op 13 juli, 3 tot 5 mei, op 18 of 19 september: the first day of a span
			}
		}
		if w := x.l.pos[next]; c.start == 0 && c.unit == "" && c.end < len(x.toks) && x.toks[c.end].Kind == nl.Word && isCapitalized(x.toks[c.end].Text) && (w == "ADP" || w == "DET" || w == "PRON" || w == "SCONJ" || w == "CCONJ" || w == "ADV" || w == "AUX") {
			return true // "4 In een cel in Irak …": a numbered heading run into its text
		}
		if c.start == 0 && c.unit == "" && c.value <= 20 && c.end < len(x.toks) && x.headingNumber(c.end) {
			return true // "4 Zussen getuigen uit eigenbelang", "1 Bouw een nieuwe sonde", "2'Objectieve' experts": a numbered list
		}
		if c.unit == "" && next == "+" && x.toks[c.end].Start == x.toks[c.end-1].End {
			return true // de zender 1+1: a name
		}
		if c.start == 1 && c.unit == "" && c.value <= 50 && isCapitalized(x.toks[0].Text) && x.toks[0].Kind == nl.Word && c.end < len(x.toks) && isCapitalized(x.toks[c.end].Text) {
			return true // Oorzaak 2 Software 'corrigeert' …: a numbered heading run into its text
		}
		if c.unit == "" && c.value == math.Trunc(c.value) && c.end < len(x.toks) && c.start > 0 && prev != "alle" && x.productName(c.end) {
			return true // de Boeing 737 Max: a number in a name
		}
		if c.value >= 1 && c.value <= 31 && c.end < len(x.toks) && isCapitalized(x.toks[c.end].Text) && x.monthCompound(next) {
			return true // het 24 Oktoberplein, de 18 Septemberstraat: a name after a date
		}
		if c.value >= 1 && c.value <= 31 && c.end < len(x.toks) && x.datedNoun(next) {
			return true // een briljante 1 aprilgrap: a date in a compound
		}
		if c.unit == UnitHour && !c.unitPre && isClock(txt, c.value, l.clock[prev] || x.afterDay(c.start)) {
			return true // om 14.00 uur, om 9 uur; 17 maart, 14 uur; uiterlijk dinsdag 12 uur
		}
		if c.unit == "" && l.clock[prev] && clockText(txt) {
			return true // Rond 15.00 verzamelden zich …; (vanaf 20.00): a time of day without "uur"
		}
		if c.unit == "" && (next == "tot" || next == "-" || next == "en") && c.end+2 < len(x.toks) && x.toks[c.end+1].Kind == nl.Number && x.low[c.end+2] == "uur" && !strings.Contains(txt, ",") && isClock(txt, c.value, false) {
			return true // van 18.00 tot 21.00 uur: the first clock time of a span
		}
		// Glued to a word or hyphen: COVID-19, F-16, 45-jarige.
		if c.start > 0 && x.toks[c.start-1].End == first.Start && (x.toks[c.start-1].Kind == nl.Word || prev == "-") {
			return true
		}
		if c.end+1 < len(x.toks) && next == "-" && x.toks[c.end].Start == x.toks[c.end-1].End && x.toks[c.end+1].Kind == nl.Word {
			return true
		}
		if c.unit == "" && !c.unitPre && versionNumber.MatchString(txt) {
			return true // cherry picking 2.0, Industrie 4.0: a version (a Dutch decimal takes a comma, a thousand three digits)
		}
		if c.unit == "" && len(txt) >= 5 && !strings.ContainsAny(txt, ".,") {
			return true // 5551234: codes and phone numbers; figures take dots
		}
		if c.start > 0 && x.toks[c.start-1].Kind == nl.Number && !(c.start > 1 && x.yearContext(c.start-1) && x.isYearToken(c.start-1) && (c.unit != "" || c.end < len(x.toks) && x.toks[c.end].Kind == nl.Word)) {
			return true // 020 5551234 (but "kreeg in 2017 24 maanden cel")
		}
		if prev == "(" && next == ")" && c.unit == "" {
			return true // Loekasjenko (65): an age
		}
		if c.unit == "" && c.value >= 1 && c.value <= 110 && c.value == math.Trunc(c.value) && x.bracketAge(c.start, c.end) {
			return true // (Bert Janssen, 62), (voetbal, 31), (28, chef-kok), (66 en 62): ages in parentheses
		}
	}
	if x.scaleEnd(c.start) {
		return true // op een schaal van 1 tot 10: the ends of a rating scale
	}
	if c.start > 0 && x.low[c.start-1] == "per" && (c.unit == "" || isMeasure(c.unit)) && !c.ordinal {
		return true // 28 gestolen auto's per 10.000 inwoners: the denominator of a rate (dev4 README), not a figure
	}
	if (c.unit == UnitYear || c.unit == "" && c.digits) && x.parenthesisedAges(c.start, end) {
		return true // twee straatracers (27 en 28 jaar): ages in parentheses
	}
	if c.start >= 3 && x.low[c.start-2] == "op" && x.low[c.start-1] == "de" && c.unit == "" {
		if _, ok := ParseWord(x.low[c.start-3]); ok || x.toks[c.start-3].Kind == nl.Number {
			return true // een op de drie: part of a proportion
		}
	}
	if c.unit == "" && !c.unitPre && (l.refs[prev] && !x.inName(c.start-1) || x.refCompound(prev) || c.start > 1 && l.refs[x.low[c.start-2]] && x.l.pos[prev] == "PRON") {
		return true // artikel 5, nummer 3, tramlijn 26, belde ze 112 (not "biedt de Tweede Kamer 40.000 handtekeningen aan")
	}
	if c.unit == "" && !c.unitPre && c.digits && end == c.end && x.labelNumber(c.start, c.end) {
		return true // in cirkel 8 (Bedrog), zeker van plek 3: a number after its noun names it
	}
	if c.unit == "" && c.start > 0 && x.toks[c.start-1].Kind == nl.Symbol && l.units[prev] == "" {
		return true // → 12: a page pointer
	}
	if c.unit == "" && c.digits && next == "." && x.numberedList(c) {
		return true // onderdelen: 1. ingebouwd navigatiesysteem, 2. radio: an item of a numbered list the sentence splitter kept together
	}
	if c.unit == "" && c.digits && end == c.end && x.listedLabel(c.start) {
		return true // cirkel 3 en 4, Borssele 1 tot en met 4, als nummer 1, 2 of 3: the next label of a list
	}
	if c.unit == "" && x.sentenceStart(c.start) && (next == "." || next == ")") {
		return true // 1. 2. 3.: list numbers
	}
	if c.unit == "" && c.digits && next == "." && (c.end+1 == len(x.toks) || isCapitalized(x.toks[c.end+1].Text)) && c.start > 0 && x.toks[c.start-1].Kind == nl.Punct {
		return true // (71 keer) 18. Doro Krol: a ranked list
	}
	if c.digits && c.unit == "" && end == c.end && x.dialled(c.start, end) {
		return true // daarna 112 bellen, bel direct 112: a number to call
	}
	if c.digits && c.start > 0 && (prev == "/" || prev == "-") && x.toks[c.start-1].End == first.Start {
		return true // (Kro/11): a ranking or a code
	}
	if c.unit == UnitHour && !c.digits && (prev == "om" || prev == "rond" || prev == "omstreeks" || prev == "tegen" || x.word(end) == "'s") && c.value <= 24 {
		return true // rond acht uur 's morgens: a time of day
	}
	if c.value == 1 && !c.digits && next == "van" {
		return true // één van de duurste bedden: one of
	}
	if x.idiom(c.start, c.end) {
		return true // met twee maten meten, in één klap
	}
	if c.digits && c.unit == "" && (next == "tot" || next == "-" || next == "t/m") {
		k := c.end + 1
		if x.word(k) == "en" && x.word(k+1) == "met" {
			k += 2
		}
		if k+1 < len(x.toks) && x.toks[k].Kind == nl.Number && l.months[x.low[k+1]] {
			return true // 12 tot en met 22 april: dates
		}
	}
	if prev == "jaren" || (prev == "'" && c.start > 1 && x.low[c.start-2] == "jaren") || (prev == "en" || prev == "tot") && c.unit == "" && x.word(c.start-3) == "jaren" && x.isPlain(c.start-2) {
		return true // de jaren negentig, jaren '90, de jaren 60 en 70
	}
	if c.digits && c.unit == "" && c.start > 0 && isCapitalized(x.toks[c.start-1].Text) && x.toks[c.start-1].Kind == nl.Word && l.mods[prev] == "" && (c.start > 1 || x.nameWord(prev)) {
		// (at a sentence's start only after a noun or an unknown word: "Formule 1 is …", not "Met 4 zetels")
		if k, ok := x.objectAfter(end); !ok || !x.commonNoun(k) && (k == end || !isCapitalized(x.toks[k].Text)) {
			// (a name after an adjective is counted: "NS heeft 79 nieuwe IC Directs besteld")
			return true // Boeing 737, Windows 10; Klokgebouw 300 Eindhoven, Rijnstraat 8 verschilde
		}
	}
	return false
}

// callForms are the forms of bellen, whose bare number is the one called.
var callForms = map[string]bool{"bel": true, "belt": true, "bellen": true, "belde": true, "belden": true, "gebeld": true}

// dialled reports a bare number on sentence tokens [start, end) that is
// called: a form of bellen right after it ("daarna 112 bellen"), or one
// before it across at most two adverbs (or adverbial adjectives) with nothing after it but
// punctuation ("bel dan direct 112."); not "Er belden 300 mensen", a count.
func (x *scanner) dialled(start, end int) bool {
	if callForms[x.word(end)] {
		return true
	}
	if end < len(x.toks) && x.toks[end].Kind != nl.Punct {
		return false
	}
	for k := start - 1; k >= 0 && k >= start-3 && x.toks[k].Kind == nl.Word; k-- {
		if callForms[x.low[k]] {
			return true
		}
		if p := x.l.pos[x.low[k]]; p != "ADV" && p != "ADJ" && p != "SCONJ" {
			return false // (bel dan direct 112: dan may read as a conjunction, direct as an adjective)
		}
	}
	return false
}

// listedLabel reports a number in digits at sentence token start that
// follows, after "en", "of", a comma or "tot en met", a chain of plain
// numbers whose first is no figure but a label, a reference or part of a
// name ("cirkel 3 en 4", "Borssele 1 tot en met 4", "nummer 1, 2 of 3"):
// the list goes on naming, it counts nothing.
func (x *scanner) listedLabel(start int) bool {
	j := start
	for {
		k := j - 1
		switch {
		case x.word(k) == "en" || x.word(k) == "of" || x.word(k) == "," || x.word(k) == "t/m":
		case x.word(k) == "met" && x.word(k-1) == "en" && x.word(k-2) == "tot":
			k -= 2
		default:
			if j == start {
				return false
			}
			c, ok := x.number(j)
			return ok && c.digits && c.unit == "" && c.end < len(x.toks) && c.end == j+1 && x.excluded(c, c.end)
		}
		if k < 1 || x.toks[k-1].Kind != nl.Number || x.toks[k-1].Start == x.toks[k].End && x.word(k) != "," {
			return false
		}
		j = k - 1
	}
}

// nameWord reports a word that may open a name with a number: a noun or
// a word the lexicon does not know (Formule, Deel, Giro), not a function
// word or an adverb.
func (x *scanner) nameWord(w string) bool {
	c := x.l.pos[w]
	return c == "" || c == "NOUN" || c == "PROPN"
}

// commonNoun reports a lower-case noun at sentence token k, which a number
// before it counts (not a name, a verb or an adjective the object search
// stopped at); a word the lexicon does not know is a noun unless it has
// the ending of a past tense ("193 hennepkwekerijen", not "Formule 1
// bestormde"; the parse often takes an unknown compound for a verb).
func (x *scanner) commonNoun(k int) bool {
	w := x.low[k]
	if isCapitalized(x.toks[k].Text) {
		return false
	}
	switch x.l.pos[w] {
	case "NOUN":
		return true
	case "":
		return !strings.HasSuffix(w, "de") && !strings.HasSuffix(w, "te") && !pastPlural(w)
	}
	return false
}

// refCompound reports a compound ending in a reference noun: tramlijn,
// huisnummer.
func (x *scanner) refCompound(w string) bool {
	for r := range x.l.refs {
		if len(r) >= 4 && len(w) > len(r)+2 && strings.HasSuffix(w, r) {
			return true
		}
	}
	return false
}

// inName reports a capitalised word at sentence token k that ends a name
// of two capitalised words inside the sentence ("de Tweede Kamer"), not
// a reference word before its number ("kamer 12").
func (x *scanner) inName(k int) bool {
	return k >= 1 && isCapitalized(x.toks[k].Text) && isCapitalized(x.toks[k-1].Text) && x.toks[k-1].Kind == nl.Word && !x.sentenceStart(k-1)
}

// sentenceStart reports whether token i is the first word or number of
// its sentence.
func (x *scanner) sentenceStart(i int) bool {
	for k := i - 1; k >= 0; k-- {
		if x.toks[k].Kind == nl.Word || x.toks[k].Kind == nl.Number {
			return false
		}
	}
	return true
}

// idiom reports a number word that is part of a fixed expression of the
// lexicon around tokens [start, end): "met twee maten meten".
func (x *scanner) idiom(start, end int) bool {
	for from := max(0, start-2); from <= start; from++ {
		for to := end; to <= min(len(x.toks), end+2); to++ {
			if x.l.idioms[strings.Join(x.low[from:to], " ")] {
				return true
			}
		}
	}
	return false
}

// afterDay reports a figure at sentence token start right after a day, a
// weekday or a date ending in its month, with or without a comma: a
// figure of hours there is the time of day ("17 maart, 14 uur",
// "uiterlijk dinsdag 12 uur").
func (x *scanner) afterDay(start int) bool {
	k := start - 1
	if k >= 0 && x.low[k] == "," {
		k--
	}
	if k < 0 || x.toks[k].Kind != nl.Word {
		return false
	}
	if nl.Lex().IsFullName(nl.ClassWeekday, x.low[k]) {
		return true
	}
	return x.l.months[x.low[k]] && k > 0 && x.toks[k-1].Kind == nl.Number
}

// isClock reports a time of day: 14.00 uur, or "om 9 uur".
func isClock(txt string, v float64, clockPrep bool) bool {
	if i := strings.IndexAny(txt, ".,"); i > 0 && len(txt)-i-1 == 2 && v < 24 {
		return true
	}
	return clockPrep && v <= 24 && v == float64(int(v))
}

// clockText reports digits written as a time of day, hours and minutes
// parted by a dot or colon: "15.00", "9.30", "20:15" (a Dutch decimal
// takes a comma, a thousand three digits after its dot).
func clockText(txt string) bool {
	i := strings.IndexAny(txt, ".:")
	if i < 1 || i > 2 || len(txt)-i-1 != 2 {
		return false
	}
	h, m := 0, 0
	for _, r := range txt[:i] {
		if r < '0' || r > '9' {
			return false
		}
		h = 10*h + int(r-'0')
	}
	for _, r := range txt[i+1:] {
		if r < '0' || r > '9' {
			return false
		}
		m = 10*m + int(r-'0')
	}
	return h <= 24 && m < 60
}

func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// scaleEnd reports a number that ends a rating scale: "op een schaal van
// 1 tot 10" (both ends).
func (x *scanner) scaleEnd(num int) bool {
	if x.word(num-1) == "van" && x.word(num-2) == "schaal" {
		return true
	}
	return x.word(num-1) == "tot" && x.isPlain(num-2) && x.word(num-3) == "van" && x.word(num-4) == "schaal"
}

// parenthesisedAges reports years inside parentheses that hold only
// numbers, en/of/tot and the unit (and "oud"), after people (a plural or
// a name): "straatracers (27 en 28 jaar)", "Jan (27 jaar)".
func (x *scanner) parenthesisedAges(start, end int) bool {
	list := func(w string, k int) bool { return w == "en" || w == "of" || w == "tot" || w == "," || x.isPlain(k) }
	k := start - 1
	for k >= 0 && list(x.low[k], k) {
		k--
	}
	if x.word(k) != "(" || k == 0 || !x.plural(k-1) && !isCapitalized(x.toks[k-1].Text) {
		return false // the planned time (5,5 jaar): a duration; kinderen (0 tot 4 jaar), Jan (27 jaar): ages
	}
	for k = end; k < len(x.toks) && list(x.low[k], k); k++ {
	}
	if x.word(k) == "jaar" {
		k++
	} else if x.word(k-1) != "jaar" {
		return false
	}
	if x.word(k) == "oud" {
		k++ // de kinderen (11, 13 en 16 jaar oud)
	}
	return x.word(k) == ")"
}

// monthCompound reports a word made of a month and more (oktoberplein,
// septemberstraat): the name of a place after a date.
func (x *scanner) monthCompound(w string) bool {
	for m := range x.l.months {
		if len(m) > 3 && len(w) > len(m)+2 && strings.HasPrefix(w, m) {
			return true
		}
	}
	return false
}

// productName reports a name part after a number at sentence token k
// ("737 Max", "Galaxy S10"): a capitalised word the tagger makes a name,
// unknown to the word lexicon, without a plural's ending (not "200
// Nederlanders", "50 Koerden").
func (x *scanner) productName(k int) bool {
	w := x.toks[k].Text
	if !x.parsed() || !isCapitalized(w) || x.sentenceStart(k) || x.doc.Tokens[x.first+k].POS != nl.PROPN {
		return false
	}
	l := strings.ToLower(w)
	if c := x.l.pos[l]; c != "" && c != "PROPN" {
		return false
	}
	return !strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "en") && !strings.HasSuffix(l, "ers")
}

// bracketAge reports a bare number that closes or opens a parenthesis
// with a name or role beside it: "(Bert Janssen, 62)", "(28, chef-kok)",
// or a pair of them, "(66 en 62)".
func (x *scanner) bracketAge(start, end int) bool {
	prev, next := x.word(start-1), x.word(end)
	switch {
	case prev == "," && next == ")":
		for k := start - 2; k >= 0 && k >= start-6; k-- {
			switch x.low[k] {
			case "(":
				return k+1 < start-1 && x.toks[k+1].Kind == nl.Word
			case ")", ",":
				return false
			}
		}
	case prev == "(" && next == ",":
		return end+1 < len(x.toks) && x.toks[end+1].Kind == nl.Word && x.word(end+2) == ")"
	case prev == "(" && next == "en":
		return x.isPlain(end+1) && x.word(end+2) == ")"
	case prev == "en" && next == ")":
		return x.isPlain(start-2) && x.word(start-3) == "("
	}
	return false
}

// schoolLevels are the Dutch secondary-school types a year number comes
// before: "zit in 5 vwo", "3 havo".
var schoolLevels = map[string]bool{"vwo": true, "havo": true, "vmbo": true, "mavo": true, "gymnasium": true, "atheneum": true, "gym": true, "vmbo-t": true, "vmbo-b": true, "vmbo-k": true}

// datedNoun reports a lower-case compound of a long month name and a
// known noun (aprilgrap, novemberstorm): after a day number, a date.
// Short months are left out: "3 junioren", "12 meisjes".
func (x *scanner) datedNoun(w string) bool {
	for m := range x.l.months {
		if len(m) >= 5 && len(w) > len(m)+2 && strings.HasPrefix(w, m) {
			rest := strings.TrimPrefix(w[len(m):], "-")
			if x.l.pos[rest] == "NOUN" || x.l.pos[strings.TrimSuffix(rest, "en")] == "NOUN" || rest == "lerigs" {
				return true
			}
		}
	}
	return false
}

// ratioPart reports a bare number on sentence tokens [start, end) that is
// either end of a ratio "N van de (eerste) M": "Vijf van de zes vaste
// leden", "31 van de 75 zetels"; not a count of part of a group with no
// second number ("drie van de mensen") nor a share ("0,2 procent van de
// 8,5 miljoen stemmen").
func (x *scanner) ratioPart(start, end int) bool {
	plain := func(k int) bool {
		if k < 0 || k >= len(x.toks) {
			return false
		}
		if x.toks[k].Kind == nl.Number {
			return true
		}
		v, ok := ParseWord(x.low[k])
		return ok && v != 1
	}
	one := func(k int) bool { // één van de vier Nederlanders: one of a count, which stays
		v, ok := ParseWord(x.low[k])
		return ok && v == 1 || x.toks[k].Text == "1"
	}
	whole := func(k int) int { // the token after "van de (eerste)" at k, or -1
		if x.word(k) != "van" || x.word(k+1) != "de" && x.word(k+1) != "het" && x.word(k+1) != "alle" {
			return -1
		}
		if x.word(k+2) == "eerste" || x.word(k+2) == "laatste" {
			return k + 3
		}
		return k + 2
	}
	if m := whole(end); m > 0 && plain(m) && end-start == 1 && !one(start) {
		return true // the part
	}
	for k := start - 2; k >= start-5 && k >= 1; k-- {
		if whole(k) == start && plain(k-1) && !one(k-1) && x.word(k-2) != "procent" {
			return true // the whole
		}
	}
	return false
}

// headingNumber reports that the words from sentence token k on, after a
// small number in digits that opens the sentence, read as the heading of
// a numbered list: a capitalised word, or a quote mark glued to the number
// before one ("2'Objectieve' experts"). Dutch writes a count that opens a
// sentence in words.
func (x *scanner) headingNumber(k int) bool {
	t := x.toks[k]
	if t.Kind == nl.Punct && nl.IsQuoteMark(firstRune(t.Text)) && t.Start == x.toks[k-1].End && k+1 < len(x.toks) {
		t = x.toks[k+1]
	}
	return t.Kind == nl.Word && isCapitalized(t.Text)
}

// versionNumber matches a number with a point before one digit: a
// version ("2.0"), not a Dutch figure.
var versionNumber = regexp.MustCompile(`^\d+\.\d$`)

// labelNumber reports a number in digits on sentence tokens [start, end)
// that the parse hangs on the noun right before it, which it then names
// rather than counts ("cirkel 8", "plek 3", "oefening 5"): a count stands
// before its noun. Labels are small numbers; a large one is a count the
// parse hung on the wrong noun. A speed or measure noun takes its value
// after it ("de maximumsnelheid 50 of 70"), and a noun after the number
// is what it counts.
func (x *scanner) labelNumber(start, end int) bool {
	if !x.parsed() || start < 1 || end-start != 1 {
		return false
	}
	d := x.doc
	n, h := x.first+start, x.first+start-1
	t := d.Tokens[h]
	w := x.low[start-1]
	if d.Tokens[n].Head != h || t.Kind != nl.Word || t.POS != nl.NOUN || t.Feats.Has(nl.FeatPlur) || isCapitalized(t.Text) && !x.sentenceStart(start-1) {
		return false
	}
	if speedNouns[w] || x.l.units[w] != "" || x.l.mults[w] > 0 || x.l.notObject[w] || len(d.Dependents(h, "det")) > 0 && !isDefinite(strings.ToLower(d.Tokens[d.Dependents(h, "det")[0]].Text)) {
		return false
	}
	if end < len(x.toks) && x.toks[end].Kind == nl.Word && (d.Tokens[x.first+end].POS == nl.NOUN || d.Tokens[x.first+end].POS == nl.ADJ) {
		return false
	}
	if v, ok := x.plain(start); !ok || v >= 1000 || x.word(end) == "in" && x.word(end+1) == "totaal" {
		return false // (not "bij het afscheid/afgang 800.000", "volgens onderzoek 27 in totaal": counts)
	}
	return true
}

// isDefinite reports a definite article or demonstrative: "de plek 3"
// may name a place, "een plek 3" does not.
func isDefinite(w string) bool {
	switch w {
	case "de", "het", "deze", "die", "dit", "dat":
		return true
	}
	return false
}

// numberedList reports a small whole number in digits before a point
// whose neighbour in a numbered list stands close by in the text: "N+1."
// within 150 bytes after it, or "N-1." within 150 bytes before it ("de
// volgende onderdelen: 1. navigatiesysteem, 2. radio, 3. …").
func (x *scanner) numberedList(c core) bool {
	if c.value < 1 || c.value > 50 || c.value != float64(int(c.value)) || c.end-c.start != 1 {
		return false
	}
	n := int(c.value)
	text := x.doc.Text
	from, to := x.toks[c.start].Start, x.toks[c.start].End
	after := text[to:min(len(text), to+150)]
	before := text[max(0, from-150):from]
	return listItem(after, n+1) || n > 1 && listItem(before, n-1)
}

// listItem reports "N. " in s with no digit glued before N.
func listItem(s string, n int) bool {
	item := strconv.Itoa(n) + ". "
	for i := 0; i+len(item) <= len(s); i++ {
		if strings.HasPrefix(s[i:], item) && (i == 0 || !isDigit(s[i-1]) && s[i-1] != ',' && s[i-1] != '.') {
			return true
		}
	}
	return false
}
