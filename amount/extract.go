package amount

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// ModOrdinal is the Modifier of an ordinal that counts ("de zesde week op
// rij" gives Value 6, Unit WEEK, Modifier "ordinal").
const ModOrdinal = "ordinal"

// Extract returns the figures of a parsed Dutch text in text order. Start
// and End cover modifier, number and unit; Object is the counted head noun
// (following the number, or governing it as in "een lening van 1,3
// miljard euro"). Years, dates, clock times, references (artikel 5),
// phone numbers, scores and ages are not figures. Article is left empty.
// The rules are Dutch: a document in another language gives nothing.
func Extract(doc *nl.Doc) []kroniek.Amount {
	if doc == nil || doc.Lang != "" && doc.Lang != "nl" {
		return nil
	}
	l := getLexicon()
	var out []kroniek.Amount
	sentences := doc.Sentences
	if len(sentences) == 0 && len(doc.Tokens) > 0 {
		sentences = []nl.Sentence{{Tokens: doc.Tokens}}
	}
	for _, s := range sentences {
		x := scanner{l: l, doc: doc, toks: s.Tokens, low: lowers(s.Tokens)}
		var prev *kroniek.Amount
		for i := 0; i < len(x.toks); {
			a, next, ok := x.at(i)
			if ok {
				// van 1065 incidenten in 2017 naar 1409; 331 meldingen tegenover 239
				if prev != nil && a.Object == "" && a.Unit == prev.Unit && prev.Object != "" && i > 0 && contrast[x.low[i-1]] {
					a.Object, a.ObjectStart, a.ObjectEnd = prev.Object, prev.ObjectStart, prev.ObjectEnd
				}
				out = append(out, a)
				prev = &out[len(out)-1]
				i = next
				continue
			}
			i++
		}
	}
	return out
}

// contrast are the words between two figures of the same thing: "331
// meldingen tegenover 239", "van 1065 incidenten naar 1409".
var contrast = map[string]bool{"tegenover": true, "naar": true, "tot": true, "versus": true, "vergeleken": true}

func lowers(toks []nl.Token) []string {
	low := make([]string, len(toks))
	for i, t := range toks {
		w := t.Text
		if strings.Contains(w, "’") {
			w = strings.ReplaceAll(w, "’", "'")
		}
		low[i] = strings.ToLower(w)
	}
	return low
}

type scanner struct {
	l    *lexicon
	doc  *nl.Doc
	toks []nl.Token
	low  []string
}

// core is the number part of a figure: tokens [start, end).
type core struct {
	start, end int
	value      float64
	digits     bool // written in digits
	word       bool // a plain number word (needs a unit or an object)
	ordinal    bool
	mod        string // implied modifier (een tiental, honderden)
	unit       string
	unitPre    bool // a currency sign before the number
	vague      bool // honderden, tientallen: no figure
	frac       bool // de helft
	proportion bool // drie op de tien: a share in percent
}

// at tries a figure starting at token i; next is the token after it.
func (x *scanner) at(i int) (kroniek.Amount, int, bool) {
	a, end, ok := x.figure(i, true)
	return a, end, ok
}

// figure reads the figure at token i. When pair is true, a bare number
// that opens a range or an alternative ("13.000 tot 14.000 stemmen",
// "drie of vier patiënten") takes the unit and object of the number that
// closes it.
func (x *scanner) figure(i int, pair bool) (kroniek.Amount, int, bool) {
	c, ok := x.number(i)
	if !ok {
		return kroniek.Amount{}, 0, false
	}
	l := x.l
	end := c.end // token after number and unit
	age := false
	if c.unit == "" {
		if n, code := x.match(c.end, l.units); n > 0 {
			c.unit = code
			end = c.end + n
			// km², m²: a square sign glued to the unit
			if end < len(x.toks) && x.toks[end].Text == "²" && x.toks[end].Start == x.toks[end-1].End && (code == "km" || code == "m") {
				c.unit = code + "2"
				end++
			}
		} else if c.digits && x.word(c.end) == "-" && isAgeWord(x.word(c.end+1)) && x.toks[c.end].Start == x.toks[c.end-1].End {
			c.unit, end, age = UnitYear, c.end+2, true // de 37-jarige premier
		}
	}
	if x.excluded(c, end) && !age {
		return kroniek.Amount{}, 0, false
	}
	if c.ordinal && x.word(end) != "op" && x.word(end+1) != "rij" {
		return kroniek.Amount{}, 0, false // de tweede keer: a rank, not a count; de zesde week op rij counts
	}
	if c.mod == "meer dan" && c.vague || x.l.mods[strings.Join(x.low[max(0, c.start-2):c.start], " ")] == "enkele" || x.l.mods[x.word(c.start-1)] == "enkele" {
		return kroniek.Amount{}, 0, false // honderden, tientallen: vague, not a figure
	}
	a := kroniek.Amount{Value: c.value, Unit: c.unit, Modifier: c.mod}
	start := c.start
	if c.ordinal {
		a.Modifier = ModOrdinal
		if c.unit == "" {
			a.Object = x.low[c.end]
			a.ObjectStart, a.ObjectEnd = x.toks[c.end].Start, x.toks[c.end].End
			end = c.end + 1
		}
	} else if n, mod := x.matchBefore(start, l.mods); n > 0 {
		a.Modifier = mod
		start -= n
	}
	if c.proportion {
		a.Unit = UnitPercent
	}
	if a.Unit == "GBP" && !c.unitPre && x.weighs() {
		a.Unit = "pond" // de baby's wogen vier pond: 500 gram each
	}
	var partner *kroniek.Amount
	if pair && !c.ordinal && rangeWord(x.word(end)) {
		if b, _, ok := x.figure(end+1, false); ok && (a.Unit == "" || a.Unit == b.Unit) {
			partner = &b
		}
	}
	if a.Object == "" {
		k, ok := x.object(c, start, end)
		if ok && isMeasure(a.Unit) && x.l.pos[x.low[k]] != "NOUN" && x.l.pos[x.low[k]] != "" {
			ok = false // op 28 meter scherp zien
		}
		if !ok && (partner == nil || partner.Object == "") {
			k, ok = x.objectBefore(start)
		}
		if !ok && c.unit != "" && partner == nil {
			k, ok = x.apposition(start, end) // De opbrengsten, op lange termijn circa 250 miljoen euro, zijn ...
		}
		if ok {
			a.Object, a.ObjectStart, a.ObjectEnd = x.objectText(k), x.toks[k].Start, x.toks[k].End
			if j := x.objectTail(k); j > k {
				a.ObjectEnd = x.toks[j].End
				a.Object = x.objectText(k) + x.doc.Text[x.toks[k].End:a.ObjectEnd]
			}
			if x.low[k] == "keer" || x.low[k] == "maal" {
				if j := x.timesWhat(k); j > k {
					a.ObjectEnd = x.toks[j].End
					a.Object = x.objectText(k) + x.doc.Text[x.toks[k].End:a.ObjectEnd]
				}
			}
		} else if isMeasure(a.Unit) {
			a.Object = x.dimension(c.start, end, a.Unit)
		}
	}
	if partner != nil && a.Unit == "" && a.Object == "" {
		// 13.000 tot 14.000 stemmen, drie of vier patiënten
		a.Unit, a.Object, a.ObjectStart, a.ObjectEnd = partner.Unit, partner.Object, partner.ObjectStart, partner.ObjectEnd
	}
	if c.word && a.Unit == "" && a.Object == "" && !c.ordinal {
		return kroniek.Amount{}, 0, false // "een aanval op één": no figure
	}
	if c.digits && isYear(x.toks[c.start].Text, c.value) && c.unit == "" && !c.unitPre {
		if k, ok := x.objectAfter(end); !ok || x.yearContext(c.start) && !x.plural(k) {
			return kroniek.Amount{}, 0, false // in 2014; 2015 werd; but van 1065 incidenten
		}
	}
	a.Value, a.Unit = normalise(a.Value, a.Unit)
	a.Start, a.End = x.toks[start].Start, x.toks[end-1].End
	a.Text = x.doc.Text[a.Start:a.End]
	return a, end, true
}

// object finds the noun a figure counts: after it ("28 gestolen auto's"),
// after "de" in "alle drie de posities", the whole of a share ("40
// procent van de kiezers"), after "aan" ("15.000 euro aan boetes"), or the
// noun governing it ("een lening van 1,3 miljard euro").
func (x *scanner) object(c core, start, end int) (int, bool) {
	if x.word(end) == "de" && (x.word(c.start-1) == "alle" || x.word(c.start-1) == "de") && c.unit == "" {
		if k, ok := x.objectAfter(end + 1); ok {
			return k, true // alle drie de posities
		}
	}
	k, ok := x.objectAfter(end)
	if ok && isTimeUnit(c.unit) && !x.countable(k) && !isAgeWord(x.word(end-1)) && !strings.HasSuffix(x.word(end-1), "jarige") {
		ok = false // vier jaar leegstond
	}
	if ok && c.unit != "" && k > 0 && isCapitalized(x.toks[k].Text) && !x.sentenceStart(k) && x.l.pos[x.low[k]] == "NOUN" {
		ok = false // "Eindtoets met 14 jaar Wethouder ...": a heading runs into the next line
	}
	if ok && c.unit != "" && (x.l.pos[x.low[k]] == "VERB" || x.l.pos[x.low[k]] == "") && isParticiple(x.low[k]) {
		ok = false // met 40 procent toegenomen
	}
	if !ok && (c.unit == UnitPercent || c.unit == "pp" || c.proportion || c.unit == "" && (c.word || c.frac) && c.value > 0) {
		k, ok = x.partOf(end) // 40 procent van de kiezers; vier van haar zeven zetels
	}
	if !ok && x.word(end) == "aan" && (c.unit != "" && !isTimeUnit(c.unit) || c.mod == "meer dan" && c.value >= 1e6) {
		k, ok = x.objectAfter(end + 1) // 15.000 euro aan boetes, miljoenen aan contanten
	}
	if !ok && isCurrency(c.unit) {
		k, ok = x.spentOn(end) // 300 miljoen dollar weggegeven aan goede doelen
	}
	if !ok && isTimeUnit(c.unit) && (x.word(end) == "na" || x.word(end) == "sinds") {
		k, ok = x.objectAfter(end + 1) // negen maanden na hun eerste ontmoeting
		if !ok && isDet(x.word(end+1)) {
			k, ok = x.objectAfter(end + 2)
		}
	}
	return k, ok
}

// plural reports whether word k has a plural noun's ending.
func (x *scanner) plural(k int) bool {
	w := x.low[k]
	return (x.l.pos[w] == "NOUN" || x.l.pos[w] == "") && (strings.HasSuffix(w, "en") || strings.HasSuffix(w, "s"))
}

// objectTail returns the last token of what belongs to the object noun
// at k: the contents of a container ("flessen wodka"), a rate ("patiënten
// per maand"), or a name in apposition ("oppositiepartij CHP"); k when
// nothing does.
func (x *scanner) objectTail(k int) int {
	next := k + 1
	if next >= len(x.toks) || x.toks[next].Kind != nl.Word || x.toks[next].Start != x.toks[k].End+1 {
		return k
	}
	w := x.low[next]
	switch {
	case x.l.containers[x.low[k]] && (x.l.pos[w] == "NOUN" || x.l.pos[w] == ""):
		return next // 90.000 flessen wodka
	case w == "per" && next+1 < len(x.toks) && x.toks[next+1].Kind == nl.Word && x.l.pos[x.low[next+1]] == "NOUN":
		return next + 1 // vier patiënten per maand
	case (x.l.pos[x.low[k]] == "NOUN" || x.l.pos[x.low[k]] == "") && !isCapitalized(x.toks[k].Text) && isCapitalized(x.toks[next].Text) && x.l.pos[w] != "NOUN" && x.l.pos[w] != "DET" && x.l.pos[w] != "PRON":
		return next // oppositiepartij CHP
	}
	return k
}

// apposition finds the noun a figure stands in apposition to: the noun
// before a comma that opens the figure's phrase, "De opbrengsten, op
// lange termijn circa 250 miljoen euro, zijn voor de schatkist".
func (x *scanner) apposition(start, end int) (int, bool) {
	if x.word(end) != "," {
		return 0, false // the apposition closes with a comma too
	}
	for k := start - 1; k >= 1 && k >= start-5; k-- {
		if x.low[k] != "," {
			switch x.l.pos[x.low[k]] {
			case "VERB", "AUX", "CCONJ", "SCONJ", "PRON":
				return 0, false
			}
			if x.toks[k].Kind != nl.Word {
				return 0, false
			}
			continue
		}
		n := k - 1
		if c := x.l.pos[x.low[n]]; x.toks[n].Kind == nl.Word && (c == "NOUN" || c == "" && !isCapitalized(x.toks[n].Text)) {
			return n, true
		}
		return 0, false
	}
	return 0, false
}

// countable reports whether word k is a noun that can be counted: the
// lexicon knows it as a noun, or it has a plural ending.
func (x *scanner) countable(k int) bool {
	w := x.low[k]
	switch x.l.pos[w] {
	case "NOUN", "PROPN":
		return true
	case "":
		return !strings.HasSuffix(w, "t") && !strings.HasSuffix(w, "d") && !strings.HasSuffix(w, "en") // cel, but not leegstond, reageren
	}
	return false
}

// spentOn finds what money was spent on or paid for later in its clause:
// "3,5 miljard euro heeft uitgegeven aan luxeproducten".
func (x *scanner) spentOn(i int) (int, bool) {
	for k := i; k < len(x.toks) && k < i+10; k++ {
		t := x.toks[k]
		if t.Kind == nl.Punct && t.Text != "'" {
			return 0, false
		}
		if x.low[k] != "aan" {
			continue
		}
		j := k + 1
		for j < len(x.toks) && (isDet(x.low[j]) || x.low[j] == "een") {
			j++
		}
		if o, ok := x.objectAfter(j); ok && !isCapitalized(x.toks[o].Text) {
			return o, true // not a recipient: betaalt aan Standard
		}
		return 0, false
	}
	return 0, false
}

// timesWhat returns the participle "keer" at k counts, or k: "624 keer
// gedeeld", "elf keer voluit geschreven".
func (x *scanner) timesWhat(k int) int {
	for j := k + 1; j < len(x.toks) && j <= k+3; j++ {
		if x.toks[j].Kind != nl.Word {
			break
		}
		w := x.low[j]
		if (x.l.pos[w] == "VERB" || x.l.pos[w] == "") && isParticiple(w) {
			return j
		}
		if c := x.l.pos[w]; c != "ADV" && c != "ADJ" {
			break
		}
	}
	return k
}

// dimension names what a measure without a counted noun measures: "op 28
// meter" a distance, "1,70 meter" a length, "vijftien meter in de diepte"
// the depth, "130 kilo" a weight.
func (x *scanner) dimension(start, end int, unit string) string {
	switch unit {
	case "kg", "g", "t", "pond":
		return "gewicht"
	case "km", "m", "cm", "mm":
		switch x.word(end) {
		case "hoog":
			return "hoogte"
		case "lang":
			return "lengte"
		case "breed":
			return "breedte"
		case "diep":
			return "diepte"
		case "dik":
			return "dikte"
		}
		if x.word(end) == "in" && x.word(end+1) == "de" && x.toks[min(end+2, len(x.toks)-1)].Kind == nl.Word && end+2 < len(x.toks) {
			switch w := x.low[end+2]; w {
			case "diepte", "hoogte", "lengte", "breedte", "omtrek":
				return w
			}
		}
		if x.word(start-1) == "op" {
			return "afstand"
		}
		return "lengte"
	case "km2", "m2", "ha":
		return "oppervlakte"
	case "l":
		return "volume"
	case "°":
		return "temperatuur"
	case "km/u":
		return "snelheid"
	}
	return ""
}

// weighs reports a sentence about weight, where "pond" is not money:
// wegen, zwaar, gewicht, kilo, gram, geboren.
func (x *scanner) weighs() bool {
	for _, w := range x.low {
		if x.l.weightCues[w] {
			return true
		}
	}
	return false
}

// isMeasure reports a unit of measure other than money, time or shares.
func isMeasure(unit string) bool {
	switch unit {
	case "kg", "g", "t", "km", "m", "cm", "mm", "km2", "m2", "ha", "l", "°", "km/u", "pond":
		return true
	}
	return false
}

// rangeWord joins the two ends of a range or an alternative.
func rangeWord(w string) bool {
	switch w {
	case "tot", "of", "à", "a", "-", "–", "en":
		return true
	}
	return false
}

func isDet(w string) bool {
	switch w {
	case "de", "het", "hun", "haar", "zijn", "onze", "mijn", "deze", "die", "dat":
		return true
	}
	return false
}

// isAgeWord reports the adjective of an age: "jarige" in "37-jarige".
func isAgeWord(w string) bool { return w == "jarige" || w == "jarig" }

// number reads the number at token i: an optional currency sign, digits or
// words, and multipliers (miljoen, miljard).
func (x *scanner) number(i int) (core, bool) {
	l := x.l
	c := core{start: i}
	k := i
	switch x.low[k] {
	case "€", "$", "£", "¥", "eur", "usd", "gbp", "chf":
		if x.low[k] != x.toks[k].Text && strings.ToUpper(x.low[k]) != x.toks[k].Text {
			return c, false // Eur, Usd: not a currency code
		}
		if k+1 < len(x.toks) && x.toks[k+1].Kind == nl.Number {
			c.unit, c.unitPre = l.units[x.low[k]], true
			k++
		} else {
			return c, false
		}
	}
	t, w := x.toks[k], x.low[k]
	switch {
	case t.Kind == nl.Number:
		v, ok := ParseDigits(t.Text)
		if !ok {
			return c, false
		}
		c.value, c.digits = v, true
		k++
	case t.Kind != nl.Word:
		return c, false
	case (w == "een" || w == "één") && k+1 < len(x.toks) && l.fracs[x.low[k+1]] > 0:
		c.value = l.fracs[x.low[k+1]] // een half, een dozijn, een kwart
		k += 2
	case (w == "een" || w == "één") && k+1 < len(x.toks) && l.approx[x.low[k+1]] > 0:
		c.value, c.mod = l.approx[x.low[k+1]], "ongeveer" // een tiental
		k += 2
	case (w == "een" || w == "één") && k+1 < len(x.toks) && l.mults[x.low[k+1]] > 0:
		c.value = 1 // een miljoen
		k++
	case w == "anderhalf" || w == "anderhalve" || w == "driekwart":
		c.value = l.fracs[w]
		k++
	case (w == "half" || w == "halve") && k+1 < len(x.toks) && l.mults[x.low[k+1]] > 0:
		c.value = 0.5
		k++
	case w == "helft" && x.word(k-1) == "de":
		c.value, c.frac, c.start = 0.5, true, k-1 // de helft van hun rantsoen
		k++
	case w == "kwarteeuw" || w == "halve-eeuw":
		c.value, c.unit = 25, UnitYear
		k++
		c.end = k
		return c, true
	case (w == "een" || w == "één") && x.word(k+1) == "op" && x.word(k+2) == "de":
		c.value = 1 // een op de drie
		k++
	case (w == "een" || w == "één") && k+1 < len(x.toks) && isTimeUnit(l.units[x.low[k+1]]) && x.durationBefore(k):
		c.value = 1 // tot een jaar, al een week
		k++
	case l.plurals[w] > 0:
		c.value, c.mod, c.vague = l.plurals[w], "meer dan", true // honderden: more than a hundred
		k++
		for k < len(x.toks) && l.plurals[x.low[k]] > 0 {
			c.value *= l.plurals[x.low[k]] // honderden miljoenen
			k++
		}
	default:
		if w == "een" {
			return c, false
		}
		if v, ok := ParseWord(w); ok {
			c.value, c.word = v, true
			k++
			break
		}
		if stem, ok := strings.CutSuffix(w, "jarige"); ok {
			if v, ok := ParseWord(stem); ok {
				c.value, c.unit, c.end = v, UnitYear, k+1 // veertienjarige leeftijd
				return c, true
			}
		}
		if v, ok := ParseOrdinal(w); ok && k+1 < len(x.toks) {
			next := x.low[k+1]
			if code := l.units[next]; isTimeUnit(code) {
				c.value, c.ordinal, c.unit, c.end = v, true, code, k+2
				return c, true
			}
			if l.ordUnits[next] {
				c.value, c.ordinal, c.end = v, true, k+1
				return c, true
			}
		}
		return c, false
	}
	for n := 0; n < 2 && k < len(x.toks); n++ {
		m := l.mults[x.low[k]]
		if m == 0 {
			break
		}
		c.value *= m
		c.word = false
		k++
	}
	if math.IsInf(c.value, 0) || math.IsNaN(c.value) {
		return c, false // a number too large to hold is no figure
	}
	c.end = k
	// drie op de tien: a proportion, as a percentage
	if x.word(k) == "op" && x.word(k+1) == "de" && k+2 < len(x.toks) && c.unit == "" {
		if d, ok := x.plain(k + 2); ok && d > c.value && d > 0 {
			c.value, c.proportion, c.word, c.end = math.Round(c.value/d*1e4)/100, true, false, k+3
		}
	}
	return c, true
}

// plain reads a plain number in digits or words at token k.
func (x *scanner) plain(k int) (float64, bool) {
	if k >= len(x.toks) {
		return 0, false
	}
	if x.toks[k].Kind == nl.Number {
		return ParseDigits(x.toks[k].Text)
	}
	return ParseWord(x.low[k])
}

// durationBefore reports a word after which "een jaar" is a duration (a
// figure) rather than an indefinite article: tot een jaar, al een week.
func (x *scanner) durationBefore(k int) bool {
	switch x.word(k - 1) {
	case "al", "ruim", "bijna", "binnen", "gedurende", "na", "ongeveer", "zeker", "meer", "maar", "slechts", "nog", "pas", "tot", "dan", "minstens", "maximaal", "hooguit", "circa":
		return true
	}
	return false
}

// Units the extractor gives, as the gold guidelines write them: ISO codes
// for money, % for shares, and measures in lower case (km, kg, jaar).
const (
	UnitPercent = "%"
	UnitYear    = "jaar"
	UnitMonth   = "maand"
	UnitWeek    = "week"
	UnitDay     = "dag"
	UnitHour    = "uur"
	UnitMinute  = "min"
	UnitSecond  = "s"
)

// IsTimeUnit reports whether unit measures time (jaar, maand, week, dag,
// uur, min, s).
func IsTimeUnit(unit string) bool { return isTimeUnit(unit) }

// normalise folds units the lexicon reads into the units given out:
// centuries and decades into years, cents into euros.
func normalise(v float64, unit string) (float64, string) {
	switch unit {
	case "eeuw":
		return v * 100, UnitYear
	case "decennium":
		return v * 10, UnitYear
	case "EURCENT":
		return v / 100, "EUR"
	}
	return v, unit
}

func isCurrency(unit string) bool {
	return len(unit) == 3 && strings.ToUpper(unit) == unit && unit != "bbl"
}

func isTimeUnit(code string) bool {
	switch code {
	case UnitYear, UnitMonth, UnitWeek, UnitDay, UnitHour, UnitMinute, UnitSecond, "eeuw", "decennium":
		return true
	}
	return false
}

// isYear reports whether a digit token looks like a year: four digits
// without separators between 1000 and 2100.
func isYear(text string, v float64) bool {
	return len(text) == 4 && v >= 1000 && v <= 2100 && strings.IndexFunc(text, func(r rune) bool { return r < '0' || r > '9' }) < 0
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
	if c.digits {
		txt := first.Text
		if len(txt) > 1 && txt[0] == '0' && isDigit(txt[1]) {
			return true // phone numbers, codes: 020, 0612345678
		}
		if c.value >= 1 && c.value <= 31 && c.value == float64(int(c.value)) && (l.months[next] || l.months[prev]) {
			return true // 9 augustus, augustus 9
		}
		if l.months[prev] {
			return true // augustus 2020
		}
		if c.unit == UnitHour && !c.unitPre && isClock(txt, c.value, l.clock[prev]) {
			return true // om 14.00 uur, om 9 uur
		}
		// Glued to a word or hyphen: COVID-19, F-16, 45-jarige.
		if c.start > 0 && x.toks[c.start-1].End == first.Start && (x.toks[c.start-1].Kind == nl.Word || prev == "-") {
			return true
		}
		if c.end+1 < len(x.toks) && next == "-" && x.toks[c.end].Start == x.toks[c.end-1].End && x.toks[c.end+1].Kind == nl.Word {
			return true
		}
		if c.unit == "" && len(txt) >= 5 && strings.IndexAny(txt, ".,") < 0 {
			return true // 5551234: codes and phone numbers; figures take dots
		}
		if c.start > 0 && x.toks[c.start-1].Kind == nl.Number {
			return true // 020 5551234
		}
		if prev == "(" && next == ")" && c.unit == "" {
			return true // Loekasjenko (65): an age
		}
	}
	if c.start >= 3 && x.low[c.start-2] == "op" && x.low[c.start-1] == "de" && c.unit == "" {
		if _, ok := ParseWord(x.low[c.start-3]); ok || x.toks[c.start-3].Kind == nl.Number {
			return true // een op de drie: part of a proportion
		}
	}
	if c.unit == "" && !c.unitPre && (l.refs[prev] || x.refCompound(prev) || c.start > 1 && l.refs[x.low[c.start-2]] && x.l.pos[prev] == "PRON") {
		return true // artikel 5, nummer 3, tramlijn 26, belde ze 112
	}
	if c.unit == "" && c.start > 0 && x.toks[c.start-1].Kind == nl.Symbol && l.units[prev] == "" {
		return true // → 12: a page pointer
	}
	if c.unit == "" && x.sentenceStart(c.start) && (next == "." || next == ")") {
		return true // 1. 2. 3.: list numbers
	}
	if c.unit == "" && c.digits && next == "." && (c.end+1 == len(x.toks) || isCapitalized(x.toks[c.end+1].Text)) && c.start > 0 && x.toks[c.start-1].Kind == nl.Punct {
		return true // (71 keer) 18. Doro Krol: a ranked list
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
	if prev == "jaren" || (prev == "'" && c.start > 1 && x.low[c.start-2] == "jaren") {
		return true // de jaren negentig, jaren '90
	}
	if c.digits && c.unit == "" && c.start > 1 && isCapitalized(x.toks[c.start-1].Text) && x.toks[c.start-1].Kind == nl.Word && l.mods[prev] == "" {
		if _, ok := x.objectAfter(end); !ok {
			return true // Boeing 737, Windows 10
		}
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

// isClock reports a time of day: 14.00 uur, or "om 9 uur".
func isClock(txt string, v float64, clockPrep bool) bool {
	if i := strings.IndexAny(txt, ".,"); i > 0 && len(txt)-i-1 == 2 && v < 24 {
		return true
	}
	return clockPrep && v <= 24 && v == float64(int(v))
}

func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// match returns the length and value of the longest phrase of table
// starting at token i.
func (x *scanner) match(i int, table map[string]string) (int, string) {
	for n := min(x.l.maxPhrase, len(x.toks)-i); n >= 1; n-- {
		if v, ok := table[strings.Join(x.low[i:i+n], " ")]; ok {
			return n, v
		}
	}
	return 0, ""
}

// matchBefore returns the length and value of the longest phrase of table
// ending just before token i.
func (x *scanner) matchBefore(i int, table map[string]string) (int, string) {
	for n := min(x.l.maxPhrase, i); n >= 1; n-- {
		if v, ok := table[strings.Join(x.low[i-n:i], " ")]; ok {
			return n, v
		}
	}
	return 0, ""
}

// finiteVerbs are frequent verb forms in -en that are never a counted
// object after a number (200 kwamen, twee gingen).
var finiteVerbs = map[string]bool{
	"zijn": true, "waren": true, "werden": true, "worden": true, "hebben": true, "hadden": true,
	"kunnen": true, "konden": true, "moeten": true, "moesten": true, "zullen": true, "zouden": true,
	"willen": true, "wilden": true, "mogen": true, "mochten": true, "gaan": true, "gingen": true,
	"komen": true, "kwamen": true, "staan": true, "stonden": true, "blijven": true, "bleven": true,
	"lijken": true, "leken": true, "krijgen": true, "kregen": true, "trokken": true, "liepen": true,
}

// stopClasses are word classes that cannot be a counted object.
var stopClasses = map[string]bool{
	"ADP": true, "DET": true, "PRON": true, "AUX": true, "CCONJ": true, "SCONJ": true,
	"VERB": true, "ADV": true, "NUM": true, "PUNCT": true, "SYM": true, "INTJ": true,
}

// objectAfter finds the head noun following token i, skipping adjectives
// and quote marks: "200.000 demonstranten", "zes politieke gevangenen".
func (x *scanner) objectAfter(i int) (int, bool) {
	for k, words := i, 0; k < len(x.toks) && words < 4; k++ {
		t := x.toks[k]
		if t.Kind == nl.Punct && nl.IsQuoteMark(firstRune(t.Text)) && k+1 < len(x.toks) && x.toks[k+1].Kind == nl.Word {
			continue
		}
		if t.Kind != nl.Word {
			return 0, false
		}
		if x.adjective(k) && x.nounFollows(k+1) && !(x.nominal(x.low[k]) && isCapitalized(x.toks[k+1].Text)) {
			words++
			continue // 28 gestolen auto's, de ondervraagde Roemenen
		}
		if !x.viable(k, words > 0) {
			return 0, false
		}
		words++
		if x.l.pos[x.low[k]] == "ADJ" && words == 1 && !strings.HasSuffix(x.low[k], "en") {
			return 0, false // "200 zijn blij"; but "zes politieke gevangene"
		}
		return k, true
	}
	return 0, false
}

// nounFollows reports whether a noun phrase goes on at token k, possibly
// behind a quote mark: "vijf zogenoemde 'pizzapunten'".
func (x *scanner) nounFollows(k int) bool {
	if k < len(x.toks) && x.toks[k].Kind == nl.Punct && nl.IsQuoteMark(firstRune(x.toks[k].Text)) {
		k++
	}
	if k >= len(x.toks) || !x.viable(k, true) {
		return false
	}
	w := x.low[k]
	if c := x.l.pos[w]; c == "VERB" || c == "AUX" || c == "ADV" {
		return strings.HasSuffix(w, "en") && !finiteVerbs[w] && !pastPlural(w) || x.nominal(w) // gewonden, doden, gevangene
	}
	return true
}

// nominal reports a participle or adjective used as a noun: verdachte,
// gevangene (the form without -e is a known word: verdacht, gevangen).
func (x *scanner) nominal(w string) bool {
	if x.l.pos[w] != "VERB" || !strings.HasSuffix(w, "e") || len(w) < 6 {
		return false
	}
	switch x.l.pos[w[:len(w)-1]] {
	case "VERB", "ADJ":
		return true
	}
	return false
}

// pastPlural guesses a weak past plural: overleefden, arresteerden.
func pastPlural(w string) bool {
	for _, suf := range []string{"den", "ten"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) >= 4 && !strings.HasPrefix(w, "ge") {
			return !strings.ContainsRune("aeiouy", rune(stem[len(stem)-1]))
		}
	}
	return false
}

// partOf finds the whole a share is taken of: "40 procent van de
// kiezers", "vier van haar zeven zetels".
func (x *scanner) partOf(i int) (int, bool) {
	if i >= len(x.toks) || x.low[i] != "van" {
		return 0, false
	}
	i++
	switch x.word(i) {
	case "de", "het", "alle", "haar", "zijn", "hun", "onze", "deze", "die":
		i++
	}
	if i < len(x.toks) && x.toks[i].Kind == nl.Number {
		i++ // vier van haar 7 zetels
	} else if _, ok := ParseWord(x.word(i)); ok && x.word(i) != "een" {
		i++
	}
	for x.l.mults[x.word(i)] > 0 {
		i++ // 0,2 procent van de 8,5 miljoen stemmen
	}
	if k, ok := x.objectAfter(i); ok {
		return k, true
	}
	// 92 procent van de eerder als ongeldig aangemerkte stembiljetten
	for n := 0; n < 4 && i < len(x.toks); n, i = n+1, i+1 {
		if c := x.l.pos[x.low[i]]; c != "ADV" && c != "ADJ" && x.low[i] != "als" && !x.adjective(i) && !adjectiveSuffix(x.low[i]) {
			break
		}
		if k, ok := x.objectAfter(i + 1); ok {
			return k, true
		}
	}
	return 0, false
}

// objectText is the object as written, lowercased when the lexicon knows
// the word as a common noun (Demonstranten at a sentence start).
func (x *scanner) objectText(k int) string {
	if k == 0 || x.l.pos[x.low[k]] == "NOUN" {
		return x.low[k]
	}
	return x.toks[k].Text
}

// objectBefore finds a noun governing the figure: "een lening van 1,3
// miljard euro" gives lening.
func (x *scanner) objectBefore(i int) (int, bool) {
	if i < 2 || x.low[i-1] != "van" {
		return 0, false
	}
	k := i - 2
	if x.toks[k].Kind != nl.Word || !x.viable(k, false) || x.l.pos[x.low[k]] == "ADJ" || x.l.pos[x.low[k]] == "VERB" {
		return 0, false // een lening van 1,3 miljard euro; not "te vinden van"
	}
	return k, true
}

// viable reports whether word k may be (part of) a noun phrase head. After
// an adjective (lax) verbs and adverbs are let through: the tagger's
// classes are the most frequent ones of the form (gevangene: VERB).
func (x *scanner) viable(k int, lax bool) bool {
	if x.toks[k].Kind != nl.Word {
		return false
	}
	w := x.low[k]
	if x.l.notObject[w] || x.l.mods[w] != "" || x.l.months[w] {
		return false
	}
	if _, ok := x.l.units[w]; ok {
		return false
	}
	// Plural nouns that are also infinitives (doden, gewonden) pass.
	if c := x.l.pos[w]; stopClasses[c] && !(lax && (c == "VERB" || c == "ADV")) && !(c == "VERB" && strings.HasSuffix(w, "en") && !finiteVerbs[w]) && !x.nominal(w) {
		return false
	}
	if x.l.pos[w] == "" && (isParticiple(w) || adjectiveSuffix(w)) {
		return false // één uur vrijgemaakt; vier maanden hoorbaar
	}
	return true
}

// adjectiveSuffix reports an unknown word with a predicative adjective's
// ending (hoorbaar, voorwaardelijk, schuldig, Russisch).
func adjectiveSuffix(w string) bool {
	for _, suf := range []string{"baar", "lijk", "ig", "isch", "loos", "zaam"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// isParticiple guesses a past participle the lexicon does not know:
// gemaakt, vrijgemaakt, witgewassen (ge- at the start or after a verb
// particle, -d, -t or -en at the end); jongemannen is none.
func isParticiple(w string) bool {
	i := strings.Index(w, "ge")
	if i < 0 || len(w) <= i+4 || !(strings.HasSuffix(w, "d") || strings.HasSuffix(w, "t") || strings.HasSuffix(w, "en")) || strings.HasSuffix(w, "heid") {
		return false
	}
	if i == 0 && len(w) > 12 {
		return false // geweldsincidenten, gemeentebesturen: compounds
	}
	return i == 0 || particles[w[:i]]
}

// particles are the separable verb particles that may precede ge- in a
// participle (opgepakt, vrijgelaten, teruggetrokken).
var particles = map[string]bool{
	"aan": true, "af": true, "bij": true, "binnen": true, "buiten": true, "door": true, "in": true, "los": true,
	"mee": true, "na": true, "neer": true, "om": true, "onder": true, "op": true, "over": true, "rond": true,
	"samen": true, "terug": true, "tegen": true, "toe": true, "uit": true, "vast": true, "voor": true,
	"vrij": true, "weg": true, "wit": true, "bekend": true, "dicht": true, "open": true,
	"stil": true, "vol": true, "goed": true, "schoon": true, "kapot": true, "leeg": true, "thuis": true,
}

func (x *scanner) adjective(k int) bool {
	w := x.low[k]
	if x.l.adjs[w] || x.l.pos[w] == "ADJ" {
		return true
	}
	if x.l.pos[w] == "VERB" && (isParticiple(w) || strings.HasSuffix(w, "de") || strings.HasSuffix(w, "te")) {
		return true // gestolen, ondervraagde, uitgebrachte: a participle before a noun
	}
	if x.l.pos[w] == "" && strings.HasSuffix(w, "e") && isParticiple(w[:len(w)-1]) {
		return true // uitgebrachte
	}
	return x.l.pos[w] == "" && len(w) > 3 && strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "ie")
}

func (x *scanner) word(i int) string {
	if i < 0 || i >= len(x.low) {
		return ""
	}
	return x.low[i]
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
