package amount

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// ModOrdinal is the Modifier of an ordinal that counts ("de zesde week op
// rij" gives Value 6, Unit week, Modifier "ordinal").
const ModOrdinal = "ordinal"

// Extract returns the figures of a parsed Dutch text in text order. Start
// and End cover modifier, number and unit; Object is the counted head noun
// (following the number, or governing it as in "een lening van 1,3
// miljard euro"). Units are those of the gold guidelines: ISO codes for
// money, % for shares, measures in lower case (km, kg, jaar). Years,
// dates, clock times, references (artikel 5), phone numbers, scores,
// ages in parentheses, list numbers and vague quantifiers (honderden) are
// not figures; an age written as "37-jarige" is (37 jaar). Article is
// left empty. The rules are Dutch: a document in another language gives
// nothing.
func Extract(doc *nl.Doc) []kroniek.Amount {
	if doc == nil || doc.Lang != "" && doc.Lang != "nl" {
		return nil
	}
	l := getLexicon()
	var out []kroniek.Amount
	var counted *kroniek.Amount     // the last counted noun of the sentence before
	var countedAll []kroniek.Amount // all of them
	sentences := doc.Sentences
	if len(sentences) == 0 && len(doc.Tokens) > 0 {
		sentences = []nl.Sentence{{Tokens: doc.Tokens}}
	}
	currency := textCurrency(doc, l)
	// every sentence's lowercased words, made once for both passes
	lows := make([][]string, len(sentences))
	for si, s := range sentences {
		lows[si] = lowers(s.Tokens)
	}
	named := namedNumbers(doc, l, lows)
	for si, s := range sentences {
		x := scanner{l: l, doc: doc, toks: s.Tokens, low: lows[si], first: s.First, si: -1, currency: currency, ratios: map[int]bool{}}
		if len(doc.Sentences) > 0 {
			x.si = si
		}
		var prev *kroniek.Amount
		x.elided = counted
		counted = nil
		x.recent = append([]kroniek.Amount(nil), countedAll...)
		countedAll = nil
		first := len(out)
		for i := 0; i < len(x.toks); {
			x.last = prev
			a, next, ok := x.at(i)
			if ok && x.verbObject(a, i, prev) {
				a.Object, a.ObjectStart, a.ObjectEnd = "", 0, 0 // De andere drie volgen; door de twee laten verwijderen: a verb counts nothing
				if e := x.elided; e != nil && a.Value < e.Value && x.word(i-1) == "andere" {
					// Eén van de vier Nederlanders … De andere drie volgen: the rest of the count before
					a.Object, a.ObjectStart, a.ObjectEnd = e.Object, e.ObjectStart, e.ObjectEnd
				}
			}
			if ok {
				// van 1065 incidenten in 2017 naar 1409; 331 meldingen tegenover 239;
				// 26,1 miljoen euro winst, tegen 17,1 miljoen euro in 2017;
				// "tot" only right after the figure before (80.000 tot 120.000 euro,
				// not "… en tot 73.120 euro terugclaimen")
				if prev != nil && (a.Object == "" || x.low[i-1] == "tegen" && x.word(i-2) == "," && a.ObjectStart < a.Start && prev.ObjectStart != a.ObjectStart) && (a.Unit == prev.Unit || isTimeUnit(a.Unit) && isTimeUnit(prev.Unit)) && prev.Object != "" && i > 0 && (contrast[x.low[i-1]] || x.low[i-1] == "tegen" && x.word(i-2) == ",") && (x.low[i-1] != "tot" || i > 1 && x.toks[i-2].End == prev.End) {
					a.Object, a.ObjectStart, a.ObjectEnd = prev.Object, prev.ObjectStart, prev.ObjectEnd
				}
				if adj, ok := x.elliptic(i); ok && prev != nil && (a.Object == "" || a.Object == prev.Object && a.ObjectStart == prev.ObjectStart) && prev.Object != "" && a.Unit == prev.Unit && a.Unit != "" {
					// De Europese CO2-uitstoot nam met 1,3 procent af, de Duitse zelfs met 4,5 procent
					a.Object = x.elide(prev.Object, x.toks[adj].Text)
					if a.Object == prev.Object {
						a.ObjectStart, a.ObjectEnd = prev.ObjectStart, prev.ObjectEnd
					}
				}
				if prev != nil && isMeasure(a.Unit) && (a.Unit == prev.Unit || prev.Unit == "") && a.ObjectStart == 0 && prev.ObjectStart > 0 && strings.TrimSpace(x.doc.Text[prev.End:a.Start]) == "" && strings.HasPrefix(strings.ToLower(a.Text), "tot ") {
					// partijen van 5000 tot wel 11.000 kilo: the upper end weighs what the lower end does
					a.Object, a.ObjectStart, a.ObjectEnd = prev.Object, prev.ObjectStart, prev.ObjectEnd
				}
				if prev != nil && a.Object == "" && prev.Object != "" && (a.Unit == prev.Unit || a.Unit == "" && isCurrency(prev.Unit) || isTimeUnit(a.Unit) && isTimeUnit(prev.Unit) && x.justBefore(prev.ObjectEnd, i-1)) && i > 1 && (x.low[i-1] == "waarvan" || x.low[i-1] == "wie" && x.low[i-2] == "van") {
					// ruim 4.000 werknemers, van wie 2.900 in Nederland; 33 miljard euro winst, waarvan 19 miljard
					// anderhalf jaar cel, waarvan een half jaar voorwaardelijk
					a.Object, a.ObjectStart, a.ObjectEnd = prev.Object, prev.ObjectStart, prev.ObjectEnd
				}
				if prev != nil && a.Object == "" && prev.Object != "" && a.Unit == UnitPercent && prev.Unit == "" && prev.Value < 1 && a.Start >= prev.End && strings.TrimSpace(x.doc.Text[prev.End:a.Start]) == "(" && x.word(next) == ")" {
					// Maar een derde (34 procent) van de ouders: the same share written twice
					a.Object, a.ObjectStart, a.ObjectEnd = prev.Object, prev.ObjectStart, prev.ObjectEnd
				}
				if prev != nil && a.Object == "" && prev.Object != "" && isCurrency(a.Unit) && isCurrency(prev.Unit) && a.Start >= prev.End && conversion[strings.TrimSpace(x.doc.Text[prev.End:a.Start])] {
					// 2 tot 3 miljoen roebel (ruim 27.000 euro): the same sum in another currency
					a.Object, a.ObjectStart, a.ObjectEnd = prev.Object, prev.ObjectStart, prev.ObjectEnd
				}
				if w := strings.Fields(strings.ToLower(a.Text)); prev != nil && prev.Unit == "" && prev.Object == "" && a.Unit != "" && a.Object == "" && prev.Value < a.Value*100 && x.l.units[w[len(w)-1]] == a.Unit && !slices.ContainsFunc(w, func(f string) bool { return x.l.mults[f] > 0 }) && strings.TrimSpace(x.doc.Text[prev.End:a.Start]) == "naar" && prev.Start >= 4 && strings.EqualFold(x.doc.Text[prev.Start-4:prev.Start], "van ") {
					prev.Unit = a.Unit // zijn uurloon steeg van 45 naar 150 euro: the first end in the unit of the second
				}
				if w := strings.Fields(strings.ToLower(a.Text)); prev != nil && prev.Unit == "" && prev.Object == "" && a.Unit == UnitPercent && prev.Value <= 100 && x.l.units[w[len(w)-1]] == a.Unit && (strings.TrimSpace(x.doc.Text[prev.End:a.Start]) == "tegen" || strings.TrimSpace(x.doc.Text[prev.End:a.Start]) == "tegenover") {
					prev.Unit = a.Unit // (67 tegen 33 procent), 62,5 tegenover 30,5 procent: a result in shares, both in the unit of the second
				}
				if prev != nil && (prev.Object == "" || prev.Unit == "" && a.Unit == "" && prev.ObjectEnd <= prev.Start && a.ObjectStart >= a.End) && a.Object != "" && strings.TrimSpace(x.doc.Text[prev.End:a.Start]) == "naar" && prev.Start >= 4 && strings.EqualFold(x.doc.Text[prev.Start-4:prev.Start], "van ") && (prev.Unit == a.Unit || prev.Unit == "") {
					// gedaald van 100.000 naar 35.000 (broedparen): both ends count it, also
					// when the first end has a noun before it (de melkcontrole van 800 naar 2.000 dieren)
					prev.Object, prev.ObjectStart, prev.ObjectEnd = a.Object, a.ObjectStart, a.ObjectEnd
					if w := strings.Fields(strings.ToLower(a.Text)); prev.Unit == "" && x.l.units[w[len(w)-1]] == a.Unit && !slices.ContainsFunc(w, func(f string) bool { return x.l.mults[f] > 0 }) {
						prev.Unit = a.Unit // van 19 naar 7 meter (not van 700 naar 500 miljoen liter)
					}
				}
				if prev != nil && prev.Object == "" && a.ObjectStart > 0 && isTimeUnit(a.Unit) && isTimeUnit(prev.Unit) && i > 0 && x.low[i-1] == "en" && x.toks[i-1].Start == prev.End+1 {
					// zes jaar en drie maanden cel: one duration in two parts
					prev.Object, prev.ObjectStart, prev.ObjectEnd = a.Object, a.ObjectStart, a.ObjectEnd
				}
				if prev != nil && prev.Object != "" && isTimeUnit(a.Unit) && isTimeUnit(prev.Unit) && i > 0 && x.low[i-1] == "en" && x.toks[i-1].Start == prev.End+1 && unitRank[prev.Unit] > unitRank[a.Unit] {
					// een gevangenisstraf van drie jaar en negen maanden: the second part too,
					// whatever the parse hangs it on
					a.Object, a.ObjectStart, a.ObjectEnd = prev.Object, prev.ObjectStart, prev.ObjectEnd
				}
				if prev != nil && prev.Unit == "" && a.Unit == "" && a.Value < 1 && prev.Object != "" && prev.ObjectEnd > 0 && prev.ObjectEnd <= a.Start && (strings.TrimSpace(x.doc.Text[prev.ObjectEnd:a.Start]) == "," || prev.Value < 1 && prev.ObjectStart < prev.Start && strings.HasSuffix(strings.TrimSpace(x.doc.Text[prev.End:a.Start]), ",") && len(strings.Fields(x.doc.Text[prev.End:a.Start])) <= 4) {
					// 422 woningen, de helft koop, de helft middeldure huur: shares of the count before
					a.Object, a.ObjectStart, a.ObjectEnd = prev.Object, prev.ObjectStart, prev.ObjectEnd
				}
				if prev != nil && prev.Unit == a.Unit && prev.ObjectStart == a.ObjectStart && strings.HasPrefix(a.Object, prev.Object+" per ") && x.rangeGap(prev, &a) {
					prev.Object = a.Object // 2 tot 3 miljoen roebel per dier: both ends are the rate
				}
				out = append(out, a)
				prev = &out[len(out)-1]
				if w := x.word(next); a.Unit == "" && a.Object != "" && a.Modifier != ModOrdinal && w != "keer" && w != "maal" {
					// (a count of times or a factor counts no noun a later figure can share)
					c := a
					x.elided, counted = &c, &c
					x.recent, countedAll = append(x.recent, c), append(countedAll, c)
				}
				i = next
				continue
			}
			i++
		}
		x.sharedCount(out[first:])
		x.gappedSums(out[first:])
		x.sizeOwners(out[first:])
		x.sharedDimensions(out[first:])
		x.tallyOwners(out[first:])
		x.offsets(out[first:])
		if x.si >= 0 {
			x.referredShares(out, first)
		}
		if len(x.ratios) > 0 {
			out = slices.DeleteFunc(out, func(a kroniek.Amount) bool { return a.Start >= x.toks[0].Start && x.ratios[a.Start] })
		}
	}
	if len(named) > 0 {
		out = slices.DeleteFunc(out, func(a kroniek.Amount) bool {
			w, ok := named[doc.Text[a.Start:a.End]]
			return ok && a.Unit == "" && (a.Object == "" || isCapitalized(a.Object) || strings.EqualFold(a.Object, w))
		})
	}
	return out
}

// namedNumbers returns the numbers in digits that the text uses as part
// of a name somewhere, each with the word after it there: a type ("de
// Boeing 737 Max", "737 MAX-toestellen") or a common word capitalised
// inside a sentence ("het project 1001 Vrouwen", "50 Plus"). The same
// number bare elsewhere in the text names the same thing ("vertrouwd met
// de 737", "de Indonesische 737 beloofde Boeing") and counts nothing.
// lows holds each sentence's lowercased words (lowers).
func namedNumbers(doc *nl.Doc, l *lexicon, lows [][]string) map[string]string {
	var named map[string]string
	for si, s := range doc.Sentences {
		x := scanner{l: l, doc: doc, toks: s.Tokens, low: lows[si], first: s.First, si: si}
		for i := 1; i+1 < len(x.toks); i++ {
			t, next := x.toks[i], x.toks[i+1].Text
			if t.Kind != nl.Number || strings.ContainsAny(t.Text, ".,") || x.low[i-1] == "alle" || x.toks[i+1].Kind != nl.Word || !isCapitalized(next) {
				continue
			}
			if c := l.pos[x.low[i+1]]; shouting(next) || x.productName(i+1) || c != "" && c != "PROPN" && c != "ADJ" {
				if named == nil {
					named = map[string]string{}
				}
				named[t.Text] = x.low[i+1]
			}
		}
	}
	return named
}

// shouting reports a word written in capitals only: MAX (a type name
// after a number; not an abbreviation in a compound, "27 EU-lidstaten").
func shouting(w string) bool {
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// sharedCount gives a bare number of a sentence that counts nothing the
// noun of the nearest figure of the same sentence that counts one: "is
// gestegen van 27 naar 29, terwijl … stijgt van 20 naar 23 zetels";
// "niet 200.000, maar slechts 2.761 mensen"; "alleen in Amsterdam al 90
// initiatieven, landelijk zelfs 3000". Fractions (de helft), ranks (plek
// 2), marks (een 8,8), times of day, ages (als ze 21 worden) and names
// (50 Plus) keep their empty object. A share without a whole takes the
// whole of the nearest share of its sentence that names one.
func (x *scanner) sharedCount(as []kroniek.Amount) {
	for i := range as {
		a := &as[i]
		if a.Unit == "" && a.Object == "" && a.Modifier != ModOrdinal && x.mayShareCount(*a) {
			if k, ok := x.numberOf(a.Start); ok {
				// Het aantal verkeersdoden is gedaald, van zo'n 3000 in 1972 naar 630 in 2017
				a.Object, a.ObjectStart, a.ObjectEnd = x.objectText(k), x.toks[k].Start, x.toks[k].End
				continue
			}
		}
		if a.Unit != "" || a.Object != "" || a.Value < 2 || a.Value != math.Trunc(a.Value) || a.Modifier == ModOrdinal || !x.mayShareCount(*a) {
			continue
		}
		best := -1
		for j, b := range as {
			if j == i || b.Unit != "" || b.ObjectEnd == 0 || b.Value < 2 || b.Modifier == ModOrdinal || !unicode.IsLetter(firstRune(b.Object)) {
				continue
			}
			if w := strings.ToLower(b.Object); w == "keer" || w == "maal" || strings.HasPrefix(w, "keer ") || strings.HasPrefix(w, "maal ") {
				continue
			}
			if best < 0 || distance(a, &b) < distance(a, &as[best]) {
				best = j
			}
		}
		if best >= 0 {
			b := as[best]
			a.Object, a.ObjectStart, a.ObjectEnd = b.Object, b.ObjectStart, b.ObjectEnd
		}
	}
	for i := range as {
		a := &as[i]
		if a.Unit != UnitPercent || a.Object != "" || x.bracketed(a.Start) {
			continue // (not "gevolgd door CDA (9%)", "de werkloosheid (gegroeid tot 13,5 procent)": a bracketed share is of what it follows)
		}
		best := -1
		for j, b := range as {
			if j != i && b.Unit == UnitPercent && b.ObjectEnd > 0 && unicode.IsLetter(firstRune(b.Object)) && (best < 0 || distance(a, &b) < distance(a, &as[best])) {
				best = j
			}
		}
		if best >= 0 {
			// verliest D66 4,4 procent en komt ze uit op 8 procent van de stemmen: a share of
			// the same whole as the nearest share of its sentence
			b := as[best]
			a.Object, a.ObjectStart, a.ObjectEnd = b.Object, b.ObjectStart, b.ObjectEnd
		}
	}
}

// bracketed reports a byte offset inside parentheses opened in the
// scanner's sentence.
func (x *scanner) bracketed(off int) bool {
	from := x.toks[0].Start
	open, close := strings.LastIndexByte(x.doc.Text[from:off], '('), strings.LastIndexByte(x.doc.Text[from:off], ')')
	return open >= 0 && open > close
}

// numberOf finds the plural noun after "het aantal" (dit, dat) before
// the figure starting at byte off in its sentence, across two adjectives:
// the figure is that number ("het aantal volledig elektrische
// personenauto's is verdubbeld tot bijna 45 duizend").
func (x *scanner) numberOf(off int) (int, bool) {
	s := 0
	for s < len(x.toks) && x.toks[s].Start < off {
		s++
	}
	for k := s - 2; k >= 1; k-- {
		if x.low[k] != "aantal" {
			continue
		}
		if w := x.low[k-1]; w != "het" && w != "dit" && w != "dat" {
			return 0, false
		}
		n := k + 1
		for j := 0; j < 2 && n < s && x.toks[n].Kind == nl.Word && (x.l.pos[x.low[n]] == "ADJ" || x.l.pos[x.low[n]] == "ADV" || x.adjective(n)); j++ {
			n++
		}
		if n < s && x.toks[n].Kind == nl.Word && x.plural(n) && x.viable(n, false) {
			return n, true
		}
		return 0, false
	}
	return 0, false
}

// mayShareCount reports a bare figure whose noun may be left out: not a rank
// or a category (plek 2, cirkel 7, onder 19), not after a weekday
// (zaterdag 25), not a time of day (15.00), not before a name (50 Plus),
// a measure (122 bij 244 centimeter) or an age (als ze 21 worden).
func (x *scanner) mayShareCount(a kroniek.Amount) bool {
	k := x.tokenEnding(a.End)
	if k < 0 || timeOfDay.MatchString(a.Text) {
		return false
	}
	s := k
	for s > 0 && x.toks[s-1].End > a.Start {
		s--
	}
	if rankWords[x.word(s-1)] || nl.Lex().Is(nl.ClassWeekday, x.word(s-1)) {
		return false
	}
	switch w := x.word(k + 1); {
	case w == "bij" || w == "x" || w == "worden" || w == "werd" || w == "wordt" || w == "geworden":
		return false
	case w == "van" && (x.word(k+2) == "hen" || x.word(k+2) == "hun" || x.word(k+2) == "wie"):
		return false // 10.000 van hen: part of a group named before, not of a count after it
	case k+1 < len(x.toks) && x.toks[k+1].Kind == nl.Word && isCapitalized(x.toks[k+1].Text):
		return false
	}
	return true
}

// rankWords name a place in a list or a class by its number.
var rankWords = map[string]bool{"plek": true, "plaats": true, "nummer": true, "nr.": true, "cirkel": true, "onder": true, "boven": true,
	"artikel": true, "hoofdstuk": true, "categorie": true, "klasse": true, "groep": true, "fase": true, "stap": true, "niveau": true}

// timeOfDay matches a clock time written with a point or colon (15.00).
var timeOfDay = regexp.MustCompile(`\b\d{1,2}[.:]\d\d$`)

// distance is how far apart two figures of a sentence are, in bytes.
func distance(a, b *kroniek.Amount) int {
	if a.Start > b.Start {
		return a.Start - b.End
	}
	return b.Start - a.End
}

// listEnd returns the token of the last number of a list of bare numbers
// that goes on at the comma at token j: "15, 19 en 21 jaar" gives 21.
func (x *scanner) listEnd(j int) (int, bool) {
	for n := 0; n < 6 && j+1 < len(x.toks); n++ {
		c, ok := x.number(j + 1)
		if !ok || c.unit != "" || c.mult > 0 && c.end-c.start > 1 {
			return 0, false
		}
		switch x.word(c.end) {
		case ",":
			j = c.end
		case "en", "of":
			if next, ok := x.number(c.end + 1); ok && next.start == c.end+1 {
				return c.end + 1, true
			}
			return 0, false
		default:
			return 0, false
		}
	}
	return 0, false
}

// agedNoun returns the noun whose age a list of numbers ending in the
// figure at start gives, after "van": "twee jongens van 12 en 13 jaar
// oud" (for either number).
func (x *scanner) agedNoun(start int) (int, bool) {
	j := start - 1
	for j > 0 && (x.low[j] == "en" || x.low[j] == "of" || x.low[j] == "," || x.isPlain(j)) {
		j--
	}
	if x.word(j) != "van" || j < 1 {
		return 0, false
	}
	k := j - 1
	if x.toks[k].Kind != nl.Word || !x.plural(k) && !(x.parsed() && x.doc.Tokens[x.first+k].POS == nl.NOUN) {
		return 0, false
	}
	return k, true
}

// themOf returns the doc token of the people "van hen" after a figure at
// sentence token start stands for when no figure before it names them: the
// nearest plural common noun subject (not a name) before the figure in its
// sentence, else in the sentence before it in the same paragraph, or -1;
// -1 too when that noun has the ending of a thing (-ies, -ingen, -heden).
func (x *scanner) themOf(start int) int {
	if !x.parsed() {
		return -1
	}
	d := x.doc
	from := x.first
	if x.si > 0 && d.Sentences[x.si-1].Paragraph == d.Sentences[x.si].Paragraph && d.Parsed(x.si-1) {
		from = d.Sentences[x.si-1].First // (Parsed parses a lazily annotated sentence)
	}
	for i := x.first + start - 1; i >= from; i-- {
		t := d.Tokens[i]
		if t.POS == nl.NOUN && t.Feats.Has(nl.FeatPlur) && strings.HasPrefix(t.Rel, "nsubj") && (!isCapitalized(t.Text) || i == d.Sentences[d.SentenceOf(i)].First) {
			if w := strings.ToLower(t.Text); strings.HasSuffix(w, "ies") || strings.HasSuffix(w, "ingen") || strings.HasSuffix(w, "heden") {
				return -1 // de functies zijn deeltijdbanen. Twee van hen …: "hen" are people, not functies or studies
			}
			return i
		}
	}
	return -1
}

// peopleOf returns the doc token of the people a bare share at sentence
// tokens [start, end) is taken of when the share is the only subject of
// a verb that is no copula and no noun follows it: the nearest plural
// noun of persons before it, in its sentence or the sentence before in
// the same paragraph ("Bij huizenbezitters bestaat veel scepsis. Bijna 60
// procent vindt de warmtepomp te duur"), or -1. Not a share after a
// preposition or in brackets ("stijgt naar 2,4 procent", "tot maximaal 6
// procent worden bijgesteld"), nor in a sentence that opens with "Van",
// whose whole other rules read.
func (x *scanner) peopleOf(start, end int) int {
	if !x.parsed() || x.word(end) == "van" || x.word(0) == "van" || end < len(x.toks) && x.toks[end].Kind == nl.Word && x.l.pos[x.low[end]] == "NOUN" {
		return -1
	}
	d := x.doc
	if p := x.first + start - 1; start > 0 && (d.Tokens[p].POS == nl.ADP || d.Tokens[p].Text == "(" || d.Tokens[p].Text == "'") {
		return -1
	}
	u := x.figureHead(start, end)
	if u < 0 || !strings.HasPrefix(d.Tokens[u].Rel, "nsubj") || d.Tokens[u].Head < 0 {
		return -1
	}
	v := d.Tokens[u].Head
	if d.Tokens[v].POS != nl.VERB || copulaVerbs[d.Tokens[v].Lemma] && d.Tokens[v].Lemma != "blijken" || len(d.Dependents(v, "cop")) > 0 || len(d.Dependents(v, "nsubj"))+len(d.Dependents(v, "nsubj:pass")) > 1 {
		return -1 // de groei wordt hooguit 0,2 procent; 5 tot 10 procent lijkt hem een mooi streven
	}
	return x.peopleBefore(start)
}

// peopleBefore returns the doc token of the nearest plural noun of
// persons before sentence token start, in its sentence or the sentence
// before in the same paragraph, or -1.
func (x *scanner) peopleBefore(start int) int {
	d := x.doc
	from := x.first
	if x.si > 0 && d.Sentences[x.si-1].Paragraph == d.Sentences[x.si].Paragraph && d.Parsed(x.si-1) {
		from = d.Sentences[x.si-1].First // (Parsed parses a lazily annotated sentence)
	}
	for i := x.first + start - 1; i >= from; i-- {
		if t := d.Tokens[i]; (t.POS == nl.NOUN || t.POS == nl.PROPN) && x.people(strings.ToLower(t.Text), t.Feats.Has(nl.FeatPlur)) {
			return i
		}
	}
	return -1
}

// people reports whether a word is a plural of persons: an aged noun or
// a role the parse calls plural, or a word that is or ends in one of the
// lexicon's people heads (huizenbezitters, GroenLinkskiezers, 60-plussers).
func (x *scanner) people(w string, plural bool) bool {
	if r, ok := nl.Lex().RoleHead(w); plural && (x.l.aged[w] || ok && r.Tag == "per") {
		return true
	}
	for _, h := range x.l.people {
		if strings.HasSuffix(w, h) && (len(w) == len(h) || len(w)-len(h) >= 3 || strings.HasSuffix(w[:len(w)-len(h)], "-")) {
			return true
		}
	}
	return false
}

// ageOf returns the person noun (the lexicon's "aged" class or a role of a
// person) whose age a bare number after "van" is: no noun follows the
// number or the list it ends ("jongens van 15 en 16 opgepakt", "mijn dochter van bijna twee",
// "drie mannen van 21, 42, en 45 jaar"). Parents are not in the class:
// "vader van twee" counts children.
func (x *scanner) ageOf(start, end int) (int, bool) {
	k, ok := x.agedNoun(start)
	if !ok {
		return 0, false
	}
	if r, role := nl.Lex().RoleHead(x.low[k]); !x.l.aged[x.low[k]] && !(role && r.Tag == "per") {
		return 0, false // een arts van 64; not een groep van tien
	}
	j := end
	for j+1 < len(x.toks) && (rangeWord(x.low[j]) || x.low[j] == ",") && x.isPlain(j+1) {
		j += 2
	}
	if j >= len(x.toks) || x.toks[j].Kind != nl.Word || isCapitalized(x.toks[j].Text) {
		return k, true
	}
	w := x.low[j]
	noun := x.l.pos[w] == "NOUN" || x.l.pos[w] == "" && x.parsed() && x.doc.Tokens[x.first+j].POS == nl.NOUN
	return k, !noun && x.l.units[w] == ""
}

// isAge reports "N jaar" as the predicate of a person pronoun that closes
// its clause: "Hij is 81 jaar, zegt hij", "toen ik een jaar of drie was".
func (x *scanner) isAge(start, end int) bool {
	if w := x.word(end); personPronouns[x.word(start-1)] && (w == "was" || w == "is" || w == "ben" || w == "werd" || w == "zijn" || w == "waren" || w == "wordt" || w == "worden") {
		return true // toen ik een jaar of drie was; als ze negen jaar zijn
	}
	switch x.word(start - 1) {
	case "is", "was", "ben", "bent", "zijn", "waren":
	default:
		return false
	}
	if personPronouns[x.word(start-2)] {
		return end >= len(x.toks) || x.toks[end].Kind == nl.Punct
	}
	return false
}

// namedAge reports "N jaar" between a name and a copula that closes its
// clause: "Toen Kjell Scherpen 11 jaar was, …".
func (x *scanner) namedAge(start, end int) bool {
	switch x.word(end) {
	case "was", "is", "werd", "wordt":
	default:
		return false
	}
	if end+1 < len(x.toks) && x.toks[end+1].Kind != nl.Punct || start < 1 || !x.parsed() {
		return false
	}
	return x.doc.Tokens[x.first+start-1].POS == nl.PROPN
}

// personPronouns are the subject pronouns of people.
var personPronouns = map[string]bool{"hij": true, "zij": true, "ze": true, "ik": true, "jij": true, "je": true, "u": true, "wij": true, "we": true}

// becomes are the forms of worden before an age that closes its clause:
// "Notten werd 82 jaar".
var becomes = map[string]bool{"werd": true, "wordt": true, "word": true, "worden": true, "geworden": true}

// speedZones are the nouns a speed names in a compound: een 30
// kilometer-zone, de 50 km-wegen.
var speedZones = map[string]bool{"zone": true, "zones": true, "weg": true, "wegen": true, "limiet": true, "gebied": true}

// speedNouns name a speed: a bare number they count is one ("een
// snelheid van 50 naar 30", "de maximumsnelheid verlagen naar dertig").
var speedNouns = map[string]bool{"snelheid": true, "maximumsnelheid": true, "topsnelheid": true, "snelheidslimiet": true, "maximumsnelheden": true}

// speedSentence reports a sentence about the speed of traffic: a word of
// speed (not the hogesnelheidslijn), "harder dan", or a speed in km/h.
func (x *scanner) speedSentence() bool {
	for k, w := range x.low {
		switch {
		case strings.Contains(w, "snelheid") && !strings.Contains(w, "hogesnelheid"),
			(w == "harder" || w == "sneller") && x.word(k+1) == "dan",
			(w == "km" || w == "kilometer") && x.word(k+1) == "per" && x.word(k+2) == "uur",
			w == "km/u" || w == "km/h":
			return true
		}
	}
	return false
}

// speedTalk reports a distance in kilometres that stands for a speed: a
// comparison of speed right after it ("25 km te hard", "10 kilometer
// harder"), "toegestane" before it, or a sentence about speed or the
// built-up area ("terug naar 30 kilometer in de bebouwde kom").
func (x *scanner) speedTalk(start, end int) bool {
	if w := x.word(end); w == "harder" || w == "sneller" || w == "langzamer" || w == "trager" || w == "te" && x.word(end+1) == "hard" || x.word(start-1) == "toegestane" {
		return true
	}
	if x.word(end) == "per" || x.word(end) == "lang" || x.word(end) == "verder" {
		return false // 12.000 kilometer per jaar, acht kilometer lang
	}
	for k, w := range x.low {
		if strings.Contains(w, "snelheid") && !strings.Contains(w, "hogesnelheid") || w == "bebouwde" && x.word(k+1) == "kom" {
			return true
		}
	}
	return false
}

// multiplied are the comparatives after "N keer" that make it a ratio of
// the noun after them: "dertig keer meer mensen", "twee keer zoveel kans".
var multiplied = map[string]bool{"meer": true, "minder": true, "zoveel": true, "zovele": true, "evenveel": true}

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
		if low[i] == "eén" {
			low[i] = "één" // Eén at a sentence's start
		}
	}
	return low
}

type scanner struct {
	l     *lexicon
	doc   *nl.Doc
	toks  []nl.Token
	low   []string
	first int // index of toks[0] in doc.Tokens
	si    int // index of the sentence in doc.Sentences, -1 if none
	// elided is the last figure of this or the previous sentence that
	// counts a noun without a unit: a smaller bare number that is the
	// subject of a verb counts the same ("Tweehonderd schapen sprongen
	// vanaf, vijftig overleefden dat niet").
	elided *kroniek.Amount
	// recent are the figures of this and the previous sentence that count
	// a noun without a unit, in text order: "N van hen" counts the last
	// of them that is larger ("volgde ruim tweeduizend mensen, verdeeld
	// over elf regio's. Negenhonderd van hen …").
	recent []kroniek.Amount
	// last is the figure read just before in this sentence, if any: a bare
	// number word after "waarvan" is a part of it (wholeBefore).
	last *kroniek.Amount
	// currency is the one the text counts its money in (textCurrency).
	currency string
	// ratios are the start offsets of the figures read as either end of a
	// ratio (ratioPart), left out of the output.
	ratios map[int]bool
}

// textCurrency returns the currency a text names most often as the unit
// of a number (after the number or its multiplier; not "frank" as an
// adjective), EUR when it names none (a Dutch text's money).
func textCurrency(doc *nl.Doc, l *lexicon) string {
	n := map[string]int{}
	best := "EUR"
	for i, t := range doc.Tokens {
		if i == 0 || doc.Tokens[i-1].Kind != nl.Number && l.mults[strings.ToLower(doc.Tokens[i-1].Text)] == 0 {
			continue
		}
		if code := l.units[strings.ToLower(t.Text)]; len(code) == 3 && isCurrency(code) {
			n[code]++
			if n[code] > n[best] {
				best = code
			}
		}
	}
	return best
}

// indefinite reports whether the count at token i is the article "een" or
// a vague word rather than a numeral. "Drie jaar geleden" counts three
// years (the guidelines' "every number with what it counts"), while "een
// jaar geleden" or "een paar weken geleden" only dates a moment.
func (x *scanner) indefinite(i int) bool {
	switch x.word(i) {
	case "een", "half", "paar", "enkele":
		return true
	}
	return false
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
	unitPre    bool    // a currency sign before the number
	vague      bool    // honderden, tientallen: no figure
	frac       bool    // de helft
	proportion bool    // drie op de tien: a share in percent
	mult       float64 // the multiplier read after the number (miljoen), 0 if none
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
	if c.unit == "°C" && x.word(end) == "onder" && (x.word(end+1) == "nul" || x.word(end+1) == "het" && x.word(end+2) == "vriespunt") {
		c.value = -c.value // 36 graden onder nul
		end += 2
		if x.word(end-1) == "het" {
			end++
		}
	}
	if x.excluded(c, end) && !age {
		return kroniek.Amount{}, 0, false
	}
	if isTimeUnit(c.unit) && x.word(end) == "geleden" && x.indefinite(c.start) {
		return kroniek.Amount{}, 0, false // een jaar geleden: a date (timex), not an amount
	}
	if (age || strings.HasSuffix(x.word(end-1), "jarige") || strings.HasSuffix(x.word(end-1), "jarig")) && x.personAge(end) && x.word(c.start-1) != "een" && x.word(c.start-1) != "als" {
		// (an unnamed person is new to the text, not named: "een 15-jarige in Mexico", "een 36-jarige Rotterdammer";
		// "als 17-jarige" is the age someone did something at: "won als 17-jarige de titel")
		return kroniek.Amount{}, 0, false // de 24-jarige; de 37-jarige Gökmen Tanis: an age in a name
	}
	if (age || strings.HasSuffix(x.word(end-1), "jarige") || strings.HasSuffix(x.word(end-1), "jarig")) && x.lastingThing(end) {
		return kroniek.Amount{}, 0, false // zijn 25-jarig ambtsjubileum, het vijfjarige bestaan: no age, no figure (the guidelines' README)
	}
	if (c.unit == "km" || c.unit == "" && c.digits) && x.word(end) == "per" && (x.word(end+1) == "uur" || x.word(end+1) == "u") {
		c.unit, end = "km/h", end+2 // 50 km per uur, 30 per uur: a speed
	}
	if c.unit == "km" && x.speedTalk(c.start, end) {
		c.unit = "km/h" // 20 à 25 km te hard; terug naar 30 kilometer in de bebouwde kom
	}
	speed := false
	if w := x.word(end); c.unit == "" && strings.HasPrefix(w, "kilometer") && len(w) > len("kilometer")+2 && (x.l.pos[w[len("kilometer"):]] == "NOUN" || x.l.pos[strings.TrimSuffix(w[len("kilometer"):], "en")] == "NOUN" || x.l.pos[strings.TrimSuffix(w[len("kilometer"):], "s")] == "NOUN") {
		c.unit, speed = "km/h", true // 30 kilometerzones, een 50 kilometerweg: a speed limit, not a count
	}
	compound := -1 // the token of a UNIT-noun compound after the number
	if c.unit == "" && end == c.end && end < len(x.toks) && x.toks[end].Kind == nl.Word && x.toks[end].Start == x.toks[end-1].End+1 {
		if unit, rest, ok := strings.Cut(x.low[end], "-"); ok && l.units[unit] != "" && rest != "" && !strings.Contains(rest, "-") {
			c.unit, compound = l.units[unit], end // de 2100 Mhz-banden, een 30 kilometer-zone
			if c.unit == "km" && speedZones[rest] {
				c.unit, speed, compound = "km/h", true, -1
			}
		}
	}
	if c.ordinal {
		return kroniek.Amount{}, 0, false // de tweede keer, het zevende jaar op rij: a rank, not an amount
	}
	if c.mod == "meer dan" && c.vague || x.l.mods[strings.Join(x.low[max(0, c.start-2):c.start], " ")] == "enkele" || x.l.mods[x.word(c.start-1)] == "enkele" {
		return kroniek.Amount{}, 0, false // honderden, tientallen: vague, not a figure
	}
	a := kroniek.Amount{Value: c.value, Unit: c.unit, Modifier: c.mod}
	if c.unit == "" && c.mult >= 1e6 && !c.ordinal && x.impliedMoney(c.start, end) {
		a.Unit = x.currency // kost 32 miljoen, ontvangt zeker 200 miljoen uit Litouwen: a sum without its currency
	}
	if speed {
		a.Object = "maximumsnelheid"
	}
	if compound >= 0 {
		t := x.toks[compound]
		cut := strings.IndexByte(t.Text, '-') + 1
		a.Object, a.ObjectStart, a.ObjectEnd = t.Text[cut:], t.Start+cut, t.End // de 2100 Mhz-banden: banden
		end = compound + 1
	}
	start := c.start
	if c.ordinal {
		a.Modifier = ModOrdinal
		if c.unit == "" {
			a.Object = x.low[c.end]
			a.ObjectStart, a.ObjectEnd = x.toks[c.end].Start, x.toks[c.end].End
			end = c.end + 1
		}
	} else if n, mod := x.matchBefore(start, l.mods); n > 0 && !(mod == "tot" && n == 1 && x.sentenced(start-1)) && !x.comparedNumber(start-n) {
		a.Modifier = mod // not "veroordeeld tot zes maanden": tot belongs to the verb
		start -= n
	}
	if c.proportion {
		a.Unit = UnitPercent
	}
	if a.Unit == "GBP" && !c.unitPre && x.weighs() {
		a.Unit = "pond" // de baby's wogen vier pond: 500 gram each
	}
	if a.Unit == "ton" && c.unit == "ton" && end > c.end && x.tonMoney(end-1) {
		a.Value, a.Unit = a.Value*1e5, "EUR" // een lening van vier ton: 400.000 euro
	}
	var partner *kroniek.Amount
	other := end + 1 // the first token of the other end of a range
	if w := x.word(other); (w == "de" && x.word(end) == "en" || w == "wel" && x.word(end) == "tot") && !c.ordinal {
		other++ // tussen de 50 en de 90 procent; 100.000 tot wel 200.000 euro
	}
	changed := x.word(end) == "naar" && x.word(c.start-1) == "van" && a.Unit == "" // van twee naar vijf dagen: the old value of a change
	if pair && !c.ordinal && (rangeWord(x.word(end)) || changed) {
		if b, _, ok := x.figure(other, false); ok && (a.Unit == "" || a.Unit == b.Unit) {
			partner = &b
		}
	} else if pair && !c.ordinal && a.Unit == "" && end == c.end && x.word(end) == "," {
		if last, ok := x.listEnd(end); ok {
			if b, _, ok := x.figure(last, false); ok {
				partner = &b // 15, 19 en 21 jaar; twee, drie, vier of vijf kinderen: the last number of a list
			}
		}
	}
	if a.Object == "" {
		k, ok := x.object(c, start, end)
		judged := ""
		if ok && a.Unit == UnitPercent && genericWholes[x.low[k]] {
			if s, found := x.caseShare(c.start); found {
				k = s // in 86 procent van de gevallen: what is counted is the clause's object or subject
				judged = x.judgedAs(s)
			}
		}
		if ok && isMeasure(a.Unit) && (x.l.pos[x.low[k]] != "NOUN" && x.l.pos[x.low[k]] != "" || x.parsed() && x.doc.Tokens[x.first+k].POS == nl.ADJ && strings.HasSuffix(x.low[k], "er")) {
			ok = false // op 28 meter scherp zien; twee graden warmer (a comparative)
		}
		stated := ok && x.predicateWord(k)
		if stated {
			ok = false // meer dan 80 procent tevreden; met 6,5 procent aanzienlijk hoger: a state, not what is counted
		}
		if !ok && (partner == nil || partner.Object == "" || partner.ObjectEnd == 0 && isMeasure(partner.Unit)) {
			k, ok = x.objectBefore(start) // (a dimension the other end of a range reads is no object: een gebied van 13 tot 14 kilometer)
		}
		if !ok && (a.Unit == UnitPercent || isCurrency(a.Unit)) && x.word(start-1) == "(" && x.word(end) == ")" && start >= 2 {
			if j := start - 2; x.toks[j].Kind == nl.Word && x.viable(j, false) && (x.l.pos[x.low[j]] == "NOUN" || x.l.pos[x.low[j]] == "" && x.parsed() && x.doc.Tokens[x.first+j].POS == nl.NOUN && !strings.HasSuffix(x.low[j], "st")) && x.bracketHead(j) {
				k, ok = j, true // dan vliegschaamte (13 procent): the noun the bracket follows
			}
		}
		if p := x.word(start - 1); !ok && isTimeUnit(a.Unit) && (p == "op" || p == "naar" || p == "tot") && start >= 2 && x.toks[start-2].Kind == nl.Word && spanNoun(x.low[start-2]) {
			k, ok = start-2, true // als de AOW-leeftijd op 65 jaar was gebleven; de looptijd tot vijf jaar
		}
		if p := x.word(start - 1); !ok && isTimeUnit(a.Unit) && (p == "op" || p == "naar" || p == "tot") {
			k, ok = x.spanSubject(c.start) // de AOW-leeftijd wordt bevroren op 66 jaar
		}
		if w := x.word(start); !ok && a.Unit == UnitYear && c.value < 100 && (w == "onder" || w == "boven" || w == "tot") && start >= 1 && x.toks[start-1].Kind == nl.Word && x.plural(start-1) && x.viable(start-1, false) {
			k, ok = start-1, true // jonge ondernemers onder de veertig jaar, kinderen tot 12 jaar: an age limit of the noun
		}
		if !ok && (isTimeUnit(a.Unit) || isCurrency(a.Unit)) {
			k, ok = x.ofNoun(start, c.start, end) // een arbeidsverleden opgebouwd van 26 weken
		}
		if !ok && isTimeUnit(a.Unit) && a.Unit != UnitHour && x.word(start-1) == "voor" && start >= 2 && x.toks[start-2].Kind == nl.Word && (x.l.pos[x.low[start-2]] == "NOUN" || x.l.pos[x.low[start-2]] == "" && x.parsed() && x.doc.Tokens[x.first+start-2].POS == nl.NOUN) && !isCapitalized(x.toks[start-2].Text) && !x.l.notObject[x.low[start-2]] && x.l.units[x.low[start-2]] == "" {
			k, ok = start-2, true // een contract voor drie jaar: the noun the period is of (not "voor negen uur", a clock time)
		}
		var sp span
		if !ok && isTimeUnit(a.Unit) {
			sp, ok = x.spentDoing(start, end) // na ruim twee jaar onderhandelen; een dag van angstig bibberen
			k = -1
		}
		if !ok && (a.Unit == UnitYear || partner != nil && partner.Unit == UnitYear || isCurrency(a.Unit) || partner != nil && isCurrency(partner.Unit)) {
			k, ok = x.between(start) // jongeren tussen 8 en 18 jaar; een bedrag tussen zes en twaalf miljoen euro
		}
		if !ok && isCurrency(a.Unit) && x.word(start-1) == "van" && x.word(start-2) == "(" && start >= 3 && !isCapitalized(x.toks[start-3].Text) {
			k = start - 3 // één boete (van 95 euro)
			ok = x.toks[k].Kind == nl.Word && x.viable(k, false) && x.l.pos[x.low[k]] != "ADJ" && x.l.pos[x.low[k]] != "VERB"
		}
		if !ok && c.unit != "" && partner == nil {
			k, ok = x.apposition(start, end) // De opbrengsten, op lange termijn circa 250 miljoen euro, zijn ...
		}
		if !ok && c.unit == "" && partner == nil && x.word(start-1) == "," {
			if k, ok = x.apposition(start, end); ok && !x.plural(k) {
				ok = false // Eén op de negen kinderen, bijna 400.000, leeft in armoede
			}
		}
		if !ok && c.unit != "" {
			k, ok = x.labelled(start) // Kosten van het vliegreisje: zo'n 1000 euro
		}
		if !ok && c.unit == "" && partner == nil && x.word(start-1) == ":" {
			k, ok = x.countedBeforeColon(start - 1) // heeft meer taps gezet: 3517 in totaal
		}
		if !ok && a.Unit == UnitPercent && partner == nil && x.word(start-1) == ":" {
			sp, ok = x.colonSubject(start-1, end) // De opkomst bleef bijna gelijk: 52,5 procent
			k = -1
		}
		if !ok && (x.word(start-1) == "op" && a.Unit == "" && c.digits || isCurrency(a.Unit) || a.Unit == UnitPercent) {
			// stond het officiële dodental op 84 (not a rank in words: de ooglift staat op één);
			// eind 2017 lag de prijs nog rond de 20.000 dollar
			sp, ok = x.standsAt(c.start)
			k = -1
		}
		if !ok && (x.word(start-1) == "naar" || a.Modifier == "tot" && x.parsed() && x.doc.Tokens[x.first+start-1].POS == nl.VERB) {
			sp, ok = x.changedTo(c.start, end) // de verlaging van de pensioenleeftijd naar 62 jaar; het aantal is verminderd tot 355
			k = -1
		}
		if p := start - 1; !ok && (a.Unit == UnitPercent || isCurrency(a.Unit)) && strings.HasPrefix(a.Modifier, "tot") && p >= 0 && changeNouns[x.low[p]] {
			k, ok = p, true // een toename tot wel 2 procent: the change it is the size of
		}
		if !ok && a.Unit == UnitPercent && x.word(end) == "van" {
			k, ok = x.shareWhole(c.start, end) // slechts 12 procent van de naar een mens vernoemde straten
		}
		if w := x.word(end); !ok && a.Unit == UnitPercent && (w == "meer" || w == "minder") {
			if j, found := x.objectAfter(end + 1); found && x.commonNoun(j) && x.l.units[x.low[j]] == "" {
				k, ok = j, true // bijna 6 procent minder auto's, 2,5 procent meer salaris: what there is that much more of
			}
		}
		if !ok && a.Unit == UnitPercent {
			k, ok = x.gapped(start)
			if !ok && x.word(end) == "op" && !contrast[x.word(start-1)] && x.word(0) != "van" {
				k, ok = x.savedOn(end + 1) // besparen 2 tot 5 procent op hun brandstofverbruik; not "Van de vrouwen stemde 56 procent op …"
			}
			if !ok && !stated && !(x.word(start-1) == "(" && x.word(end) == ")" && start >= 2 && isCapitalized(x.toks[start-2].Text)) {
				// (not "de VS (3,1 procent), China (2,5 procent) stootten meer uit": a bracketed share is no subject's)
				k, ok = x.shareOf(c) // de Kerk scoorde 61 procent
			}
		}
		if !ok && isCurrency(a.Unit) && x.word(end) == "waard" {
			sp, ok = x.worth(end) // een kilo is ruim 25.000 euro waard
			k = -1
		}
		if !ok && isCurrency(a.Unit) {
			sp, ok = x.valueOf(c.start, end) // de waarde van de export was 23,8 miljard euro
			k = -1
		}
		if !ok && (isCurrency(a.Unit) || a.Unit == UnitPercent || isMeasure(a.Unit) || c.frac && x.word(start-1) == "met") {
			// Die kost 1500 miljard dollar; de marge is minder dan 1 procent;
			// de inkomsten dalen met de helft; de akkerbouwgrond stijgt tot 255 miljoen hectare
			sp, ok = x.bearer(c)
			k = -1
		}
		if !ok && isCurrency(a.Unit) {
			sp, ok = x.purpose(c.start, end) // 3,5 miljoen euro is bestemd om het Muziekgebouw te versterken
			k = -1
		}
		if !ok && isTimeUnit(a.Unit) && x.word(start-1) == "met" {
			sp, ok = x.periodChanged(c.start) // de vergunning kon met vijf jaar worden verlengd
			k = -1
		}
		_, listed := x.agedNoun(start)
		listed = listed && c.value < 120 && (x.word(start-1) == "en" || x.word(start-1) == "," || x.word(start-1) == "of") // zoons van 2, 4 en 8 jaar
		ageAt := isTimeUnit(a.Unit) && c.value < 120 && x.yearsAndMonths(start, end) || a.Unit == UnitYear && c.value < 120 && (listed || x.isAge(start, end) || x.ageRange(start, end) || c.value >= 12 && (x.word(start-1) == "met" || x.word(start-2) == "met" && (x.word(start-1) == "zijn" || x.word(start-1) == "haar")) || x.word(end) == "oud" || becomes[x.word(start-1)] && x.toks[min(end, len(x.toks)-1)].Kind == nl.Punct)
		ageAt = ageAt || a.Unit == UnitYear && c.value < 120 && x.namedAge(start, end) // toen Kjell Scherpen 11 jaar was
		ageAt = ageAt || a.Unit == UnitYear && x.oldAtEnd(end)                         // de aarde is 4,5 miljard jaar oud: an age at any size
		if !ok && isTimeUnit(a.Unit) && !age && !ageAt && !c.ordinal && !strings.HasSuffix(x.word(end-1), "jarige") && x.word(start-1) != "(" && x.word(end) != ")" {
			sp, ok = x.copulaSpan(start, end) // De tijd tussen besmet raken en ziek worden is gemiddeld tien dagen
			if !ok {
				sp, ok = x.incorporated(end) // een ondernemer die al twintig jaar zakendoet met Noord-Korea
			}
			if !ok {
				sp, ok = x.measured(start, c.start, end) // ligt al 100 dagen in het ziekenhuis; not ages "(27 jaar)"
			}
			if !ok {
				sp, ok = x.state(c.start, end) // al tien jaar aan de macht
			}
			k = -1
		}
		if !ok && isCurrency(a.Unit) {
			sp, ok = x.costsTo(c.start, end) // het kost 15.000 euro per huis om aardgasvrij te worden
			k = -1
		}
		if !ok && isCurrency(a.Unit) {
			sp, ok = x.paidFor(start, c.start, end) // 2 miljoen dollar voor een optreden
			k = -1
		}
		if !ok && isCurrency(a.Unit) {
			k, ok = x.pricedAt(start, c.start, end) // een groene radio voor 5 euro
		}
		if !ok && isCurrency(a.Unit) {
			k, ok = x.relativeFor(start) // het project, waarvoor het kabinet 500 miljoen euro uittrekt
		}
		if !ok && (isCurrency(a.Unit) || a.Unit == UnitPercent) {
			sp, ok = x.differenceOf(c.start, end) // de energierekening die ruim 300 euro hoger uitpakt
			k = -1
		}
		if !ok && isCurrency(a.Unit) {
			sp, ok = x.fundedBy(start, c.start, end) // de aanplant van bomen financieren met 17,5 miljoen euro
			k = -1
		}
		if !ok && isCurrency(a.Unit) {
			k, ok = x.copulaValue(start, end) // het minimumloon is zo'n 10 euro per uur
		}
		if !ok && isCurrency(a.Unit) {
			sp, ok = x.earnedBy(c.start, end) // een echtpaar dat per maand 5000 euro verdient
			k = -1
		}
		if !ok && isCurrency(a.Unit) {
			sp, ok = x.priced(c.start, end) // Dat kostte de gemeente 3 miljoen euro: a cost
			k = -1
		}
		if !ok && isCurrency(a.Unit) {
			if from, to, found := x.pricedEach(start); found {
				ok, k = true, -1 // 5 miljoen envelopjes wit poeder à 50 euro
				sp = span{text: x.objectText(from) + x.doc.Text[x.toks[from].End:x.toks[to].End], start: x.toks[from].Start, end: x.toks[to].End}
			}
		}
		if !ok && (isMeasure(a.Unit) || isCurrency(a.Unit)) {
			k, ok = x.comparedWith(start) // meer cocaïne in omloop dan de geschatte 271.000 kilo; niet meer subsidie krijgen dan de 4,5 miljoen euro
			if ok && isCurrency(a.Unit) && (placeholders[x.low[k]] || x.low[k] == "geld") {
				ok = false // meer geld dan 300.000 euro: the sum's own measure word
			}
		}
		_, low := x.plain(start - 1)
		_, lower := x.plain(start - 2) // op 10 à 16 miljoen euro
		if !ok && (isCurrency(a.Unit) || partner != nil && isCurrency(partner.Unit)) && (x.word(start-1) == "op" || low && x.word(start-2) == "op" || lower && rangeWord(x.word(start-1)) && x.word(start-3) == "op") {
			sp, ok = x.estimated(start) // de kosten van het transport, geschat op 2 miljoen roebel
			k = -1
		}
		if !ok && isTimeUnit(a.Unit) && x.word(start-1) == "van" {
			for j := start - 2; j >= 0 && j >= start-4 && x.toks[j].Kind == nl.Word; j-- {
				if sentences[x.low[j]] {
					k, ok = j, true // zit een gevangenisstraf uit van veertien jaar
					break
				}
			}
		}
		if !ok && isCurrency(a.Unit) && start >= 1 {
			k, ok = x.framedBy(c.start, end) // de prijsklasse rond de 300 duizend euro; donaties boven de 4.500 euro
		}
		if !ok && (isCurrency(a.Unit) || isTimeUnit(a.Unit)) && x.word(start-1) == "van" && !pointWords[x.word(end)] && x.parsed() {
			if v := x.doc.Clause(x.first + c.start); v >= 0 && x.doc.Tokens[v].POS == nl.VERB {
				for _, o := range x.doc.Dependents(v, "obj") {
					if j := o - x.first; j >= 0 && j < start-1 && x.doc.Tokens[o].POS == nl.NOUN && x.l.units[x.low[j]] == "" && x.l.pos[x.low[j]] != "VERB" {
						k, ok = j, true // moest een borgsom betalen van 30.000 euro
						break
					}
				}
			}
		}
		if ok && k >= 0 && placeholders[x.low[k]] && (isCurrency(a.Unit) || partner != nil && isCurrency(partner.Unit)) {
			if held, found := x.placeheld(k, c.start, end); found {
				sp, k = held, -1 // voor een prijs van 15 dollar: what is sold at that price
			}
		}
		if ok && k >= 2 && x.low[k] == "waarde" && x.low[k-1] == "ter" {
			j := k - 2
			if x.l.pos[x.low[j]] == "VERB" && j >= 1 {
				j-- // een lening afsluiten ter waarde van 600 miljoen dollar
			}
			if x.toks[j].Kind == nl.Word && (x.l.pos[x.low[j]] == "NOUN" || x.parsed() && x.doc.Tokens[x.first+j].POS == nl.NOUN) && x.viable(j, false) {
				k = j // 3.700 goederen ter waarde van 4,9 miljard euro: what is worth it
			}
		}
		if ok && k >= 0 && x.word(start-1) == "van" && k < start {
			if lv, found := x.levelOf(k); found {
				sp, k = lv, -1 // steeg naar een record van 10,1 miljard ton: what reached it
			}
		}
		if ok && k < 0 {
			a.Object, a.ObjectStart, a.ObjectEnd = sp.text, sp.start, sp.end
		} else if ok {
			if w := x.low[k]; w == "man" || w == "keer" || w == "maal" {
				if j := x.counted(k); j > k {
					k = j // 150 man personeel; twee keer de vaccinatie
				}
			}
			a.Object, a.ObjectStart, a.ObjectEnd = x.objectText(k), x.toks[k].Start, x.toks[k].End
			if j := x.objectTail(k); j > k {
				a.ObjectEnd = x.toks[j].End
				a.Object = x.objectText(k) + x.doc.Text[x.toks[k].End:a.ObjectEnd]
			} else if e := x.complement(x.first + k); e > a.ObjectEnd {
				a.ObjectEnd = e // 30 biljoen vermogen in aandelen en obligaties
				a.Object = x.objectText(k) + x.doc.Text[x.toks[k].End:e]
			} else if e := x.activityTail(k); isTimeUnit(a.Unit) && k == end && e > a.ObjectEnd {
				a.ObjectEnd = e // drie jaar leven op het bestaansminimum
				a.Object = x.objectText(k) + x.doc.Text[x.toks[k].End:e]
			} else if w := x.name(k); w > k {
				a.ObjectEnd = x.toks[w].End // de Grieks Orthodoxe Kerk scoorde 48 procent
				a.Object = x.doc.Text[a.ObjectStart:a.ObjectEnd]
			}
			if changeNouns[x.low[k]] && a.ObjectEnd == x.toks[k].End {
				if sp, ok := x.whatChanged(k); ok {
					a.Object += " van " + sp.text // een stijging van 11 procent (van het geweld)
				}
			}
			if judged != "" {
				a.Object += " als " + judged // beoordeelt in drie op de tien gevallen de dreigementen als strafbaar
			}
			if x.low[k] == "keer" || x.low[k] == "maal" {
				if sp, ok := x.factor(k); ok {
					a.Object, a.ObjectStart, a.ObjectEnd = sp.text, sp.start, sp.end // twee keer zo groot: what is
				} else if f := x.factorAt(k); f > k && x.low[f] != "eerder" && x.low[f] != "later" {
					// twee keer zo duur als reguliere, honderd keer liever: a factor, named by its
					// comparative (not "één keer eerder voorgekomen": before, not a factor)
					a.ObjectEnd = x.toks[f].End
					a.Object = x.low[k] + strings.ToLower(x.doc.Text[x.toks[k].End:a.ObjectEnd])
				} else if sp, ok := x.occasion(k); ok && strings.Contains(sp.text, " ") {
					a.Object = x.low[k] + " " + sp.text // tien keer de rente verlagen: what happened that often
					if sp.end > 0 {
						a.ObjectStart, a.ObjectEnd = min(a.ObjectStart, sp.start), max(a.ObjectEnd, sp.end)
					}
				} else if j := x.timesWhat(k); j > k {
					a.ObjectEnd = x.toks[j].End
					a.Object = x.objectText(k) + x.doc.Text[x.toks[k].End:a.ObjectEnd] // 624 keer gedeeld
				} else if ok {
					a.Object = x.low[k] + " " + sp.text // knikt twee keer
					if sp.end > 0 {
						a.ObjectStart, a.ObjectEnd = min(a.ObjectStart, sp.start), max(a.ObjectEnd, sp.end)
					}
				}
			}
			if j := k - 1; (j >= end || j < start) && x.classifier(j) {
				a.ObjectStart = x.toks[j].Start // sociale zaken, de lagere levensverwachting
				a.Object = x.toks[j].Text + x.doc.Text[x.toks[j].End:x.toks[k].Start] + a.Object
			}
		} else if isMeasure(a.Unit) {
			a.Object = x.dimension(c.start, end, a.Unit)
			if sp, ok := x.measuredThing(c.start, end); ok {
				a.Object, a.ObjectStart, a.ObjectEnd = sp.text, sp.start, sp.end // het schip is zo'n 30 meter lang; zo'n ding weegt 25 ton
			} else if sp, ok := x.comparedThing(c.start, end); ok {
				a.Object, a.ObjectStart, a.ObjectEnd = sp.text, sp.start, sp.end // kleine busjes, zwaarder dan 3,5 ton
			} else if sp, ok := x.copulaSpan(start, end); ok && partner == nil {
				a.Object, a.ObjectStart, a.ObjectEnd = sp.text, sp.start, sp.end // de afstand tot het huis is zo'n twintig meter
			} else if sp, ok := x.comparative(end); ok {
				a.Object, a.ObjectStart, a.ObjectEnd = sp.text, sp.start, sp.end // drie graden kouder worden
			}
		} else if ageAt || age || strings.HasSuffix(x.word(end-1), "jarige") {
			// met 14 jaar naar de middelbare school, met zijn 44 jaar, 92 jaar
			// oud, werd 82 jaar (a change says "met vijf jaar verlengd"); "de
			// 19-jarige vervangt", "de 37-jarige Gökmen Tanis"
			a.Object = "leeftijd"
			if k, ok := x.agedNoun(start); ok && !age {
				a.Object, a.ObjectStart, a.ObjectEnd = "leeftijd "+x.objectText(k), x.toks[k].Start, x.toks[k].End // twee jongens van 12 en 13 jaar oud
			} else if k, ok := x.whoseAge(start, end); ok && !age {
				a.ObjectStart, a.ObjectEnd = x.toks[k].Start, x.toks[k].End
				if j := k + 2; x.word(k+1) == "en" && j < start && x.doc.Tokens[x.first+j].POS == nl.PROPN {
					a.ObjectEnd = x.toks[j].End // Lili en Howick
				}
				a.Object = "leeftijd " + x.doc.Text[a.ObjectStart:a.ObjectEnd] // de vrouw werd 92 jaar oud; Lili en Howick waren 2 en 3 jaar oud
				if x.doc.Tokens[x.first+k].POS == nl.NOUN {
					a.Object = "leeftijd " + x.objectText(k)
				}
			}
		}
	}
	if a.Unit == "" && a.Object != "" && speedNouns[strings.ToLower(a.Object[strings.LastIndexByte(a.Object, ' ')+1:])] && (c.digits || x.word(start-1) == "naar") {
		a.Unit = "km/h" // de snelheid gaat van 50 naar 30: a speed without its unit
	}
	if a.Unit == "" && a.Object == "" && c.digits && a.Value <= 200 && a.Value == math.Trunc(a.Value) && int(a.Value)%5 == 0 && x.word(start-1) != "waarvan" && x.word(start-1) != "wie" && !x.partitive(start) && x.speedSentence() {
		a.Unit, a.Object = "km/h", "snelheid" // waar maximaal 70 is toegestaan; rondwegen waar 50 of 70 geldt
	}
	if w := x.word(end); a.Unit == "" && a.Object == "" && c.digits && (w == "voor" || w == "tegen") && (end+1 >= len(x.toks) || x.toks[end+1].Kind == nl.Punct) && slices.Contains(x.low, "voor") && slices.Contains(x.low, "tegen") {
		// 329 voor, 302 tegen: the votes of a division
		a.Object, a.ObjectStart, a.ObjectEnd = "stemmen "+w, x.toks[end].Start, x.toks[end].End
	}
	if w := x.word(c.end); (w == "keer" || w == "maal") && multiplied[x.word(c.end+1)] && c.end+2 < len(x.toks) && a.ObjectStart >= x.toks[c.end+2].Start && a.ObjectEnd > 0 {
		// bijna dertig keer meer mensen: a ratio, not thirty people
		a.ObjectStart = x.toks[c.end].Start
		a.Object = strings.ToLower(x.doc.Text[a.ObjectStart:x.toks[c.end+2].Start]) + a.Object
	}
	if k := x.tokenEnding(a.ObjectEnd); k >= 0 && a.ObjectStart <= x.toks[k].Start && !x.insideObject(k, a) {
		e := x.conjoined(k, a.ObjectEnd, a.Unit == "")
		if e == a.ObjectEnd && a.Unit == "" && x.plural(k) {
			e = x.listed(k, a.ObjectEnd) // 172 hoogleraren, schrijvers en andere prominenten
		}
		if e > a.ObjectEnd && strings.HasSuffix(a.Object, x.toks[k].Text) {
			a.Object += x.doc.Text[a.ObjectEnd:e] // 23 miljard dollar in olie en gas
			a.ObjectEnd = e
		}
	}
	if (a.Unit == UnitYear || a.Unit == UnitMonth) && a.Object == "leeftijd" {
		if k, j, ok := x.ageHolder(c.start, end); ok {
			// de gemiddelde auto was elf jaar oud; op 40-jarige leeftijd overleed de schrijver
			a.ObjectStart, a.ObjectEnd = x.toks[k].Start, x.toks[j].End
			a.Object = "leeftijd " + x.doc.Text[a.ObjectStart:a.ObjectEnd]
			if k == j && x.doc.Tokens[x.first+k].POS == nl.NOUN {
				a.Object = "leeftijd " + x.objectText(k)
			}
		}
	}
	if a.Unit == UnitPercent && (a.Object == "" || a.ObjectStart >= x.toks[end-1].End) && !c.proportion {
		// (also over a noun after the figure: "Van de werkenden maakt 2,5 procent deel uit")
		if k, ok := x.frontedWhole(start); ok {
			sp := x.nounPhrase(x.first + k) // Van de VVD-stemmers is zelfs 77 procent …
			a.Object, a.ObjectStart, a.ObjectEnd = sp.text, sp.start, sp.end
		}
	}
	if k := start - 1; a.Unit == UnitPercent && start >= 4 && x.low[k-2] == "van" && isDet(x.low[k-1]) && x.word(k-3) == "," && x.toks[k].Kind == nl.Word && x.plural(k) && x.viable(k, false) {
		// Van de vrouwen stemde 56 procent op links, van de mannen 44 procent: the whole of a gapped share
		a.Object, a.ObjectStart, a.ObjectEnd = x.objectText(k), x.toks[k].Start, x.toks[k].End
	}
	if a.Unit == UnitPercent && a.Object != "" && start > 0 && signed(x.word(start-1)) && x.toks[start-1].End == x.toks[start].Start && end < len(x.toks) && a.ObjectStart == x.toks[end].Start && isCapitalized(a.Object) {
		// "+3,6% ABN Amro" in a market report: the change of its share price
		a.Object, a.ObjectStart, a.ObjectEnd = "koers "+a.Object, 0, 0
	}
	if partner != nil && isMeasure(a.Unit) && a.Unit == partner.Unit && a.ObjectEnd == 0 && a.Object == "lengte" && (heights[partner.Object] || partner.ObjectEnd > 0 && partner.ObjectEnd <= x.toks[start].Start) {
		// een halve meter tot drie meter hoog: the lower end has the upper's dimension, or
		// measures what it measures (de riffen zijn een halve meter tot drie meter hoog)
		a.Object, a.ObjectStart, a.ObjectEnd = partner.Object, partner.ObjectStart, partner.ObjectEnd
	}
	if partner != nil && a.Unit == "" && c.mult == 0 {
		// 2 tot 3 miljoen roebel: both ends share the multiplier
		if pc, ok := x.number(other); ok && pc.mult > 0 && (a.Value*pc.mult <= pc.value || changed && a.Value*pc.mult <= 10*pc.value) {
			a.Value *= pc.mult
		}
	}
	if partner != nil && a.Unit == "" && a.Object == "" {
		// 13.000 tot 14.000 stemmen, drie of vier patiënten
		a.Unit, a.Object, a.ObjectStart, a.ObjectEnd = x.sharedUnit(other, partner.Unit), partner.Object, partner.ObjectStart, partner.ObjectEnd
	} else if partner != nil && a.Unit == "" {
		a.Unit = x.sharedUnit(other, partner.Unit) // een cataloguswaarde van 80.000 tot 120.000 euro
	}
	if partner != nil && partner.Unit == "EUR" && c.unit == "" && x.tonMoney(x.unitAfter(other)) {
		a.Value *= 1e5 // zo'n vijf tot zes ton: both ends in hundred thousands
	}
	if a.Unit == "" && a.Object == "" && !c.ordinal && x.elided != nil && c.end-c.start == 1 && (a.Value < x.elided.Value && x.verbAt(end) || x.partitive(start)) {
		// Tweehonderd schapen sprongen eruit, dertig overleefden dat niet;
		// 2300 ingrepen bij mannen; in 2008 waren dat er nog maar 700
		a.Object, a.ObjectStart, a.ObjectEnd = x.elided.Object, x.elided.ObjectStart, x.elided.ObjectEnd
	}
	if a.Unit == "" && a.Object == "" && !c.ordinal && x.elided != nil && x.elided.End <= x.toks[start].Start && x.partitiveAcross(start) {
		// Nu zijn er 40.000 laadpunten. In 2030 zijn er in totaal 1,8 miljoen
		a.Object, a.ObjectStart, a.ObjectEnd = x.elided.Object, x.elided.ObjectStart, x.elided.ObjectEnd
	}
	if a.Unit == "" && a.Object == "" && !c.ordinal && !c.frac && x.elided != nil && x.elided.End <= x.toks[0].Start && x.endsSentence(end) && a.Value*10 > x.elided.Value && a.Value < x.elided.Value*10 && !x.pluralSubject(start) {
		// De eerste marathon telde 127 deelnemers. Rotterdam begon met een kleine 200:
		// a bare count that closes the sentence after one that counts a noun, of a like
		// size (not a rank: "Het dodental staat op 84. De ooglift staat op één."), when its
		// own clause has no plural subject that it counts ("veel Amsterdammers vertrekken, in
		// 2017 zo'n 45.000")
		a.Object, a.ObjectStart, a.ObjectEnd = x.elided.Object, x.elided.ObjectStart, x.elided.ObjectEnd
	}
	if b, ok := x.wholeBefore(start, a); ok && c.word && !c.ordinal {
		// 24 maanden cel, waarvan dertien voorwaardelijk; veertig boeken, waarvan elf in het Engels
		a.Unit, a.Object, a.ObjectStart, a.ObjectEnd = b.Unit, b.Object, b.ObjectStart, b.ObjectEnd
	}
	if w := x.word(end); a.Unit == UnitPercent && a.Object == "" && x.elided != nil && x.elided.End <= x.toks[start].Start && x.elided.Start >= x.toks[0].Start && x.word(start-1) == "," && (w == "meer" || w == "minder") && x.word(end+1) == "dan" && !strings.ContainsAny(x.doc.Text[x.elided.End:x.toks[start].Start], "0123456789") {
		// 193 hennepkwekerijen opgerold, 36 procent minder dan in 2017: a change of the count before
		a.Object, a.ObjectStart, a.ObjectEnd = x.elided.Object, x.elided.ObjectStart, x.elided.ObjectEnd
	}
	if a.Unit == UnitPercent && a.Object == "" && x.elided != nil && x.subjectShare(c.start, end) {
		// bij een voorsprong van 3000 stemmen, toen 99 procent was geteld
		a.Object, a.ObjectStart, a.ObjectEnd = x.elided.Object, x.elided.ObjectStart, x.elided.ObjectEnd
	}
	if w := x.word(end + 1); x.elided != nil && (a.Unit == "" && a.Value >= 1 && a.Value < x.elided.Value || a.Unit == UnitPercent) && a.Object == "" && !c.ordinal && x.word(end) == "van" && (w == "hen" || w == "hun" || w == "wie") {
		// (a share too: 45 procent van hen)
		// ruim driehonderd Nederlanders reisden uit, 55 van hen zijn terug
		a.Object, a.ObjectStart, a.ObjectEnd = x.elided.Object, x.elided.ObjectStart, x.elided.ObjectEnd
	}
	if w := x.word(end + 1); a.Object == "" && a.Unit == "" && a.Value >= 1 && !c.ordinal && x.word(end) == "van" && (w == "hen" || w == "hun" || w == "wie") {
		for j := len(x.recent) - 1; j >= 0; j-- {
			if r := x.recent[j]; r.Value > a.Value && r.End <= x.toks[start].Start {
				// ruim tweeduizend mensen, verdeeld over elf regio's. Negenhonderd van hen
				a.Object, a.ObjectStart, a.ObjectEnd = r.Object, r.ObjectStart, r.ObjectEnd
				break
			}
		}
	}
	if w := x.word(end + 1); a.Object == "" && (a.Unit == "" || a.Unit == UnitPercent) && !c.ordinal && x.word(end) == "van" && (w == "hen" || w == "hun") {
		n := x.themOf(start)
		if n < 0 && x.parsed() {
			n = x.peopleBefore(start) // De politie kon de kinderen ontzetten. Tien van hen raakten gewond
		}
		if n >= 0 {
			// Zelfs kiezers van de PvdD laten vlees liggen. Slechts 22 procent van hen is vegetariër
			t := x.doc.Tokens[n]
			a.Object, a.ObjectStart, a.ObjectEnd = strings.ToLower(t.Text), t.Start, t.End
		}
	}
	if (a.Unit == UnitPercent || a.Unit == "" && c.frac) && a.Object == "" {
		// (a fraction too: "Ruim driekwart wil zuiniger met voedsel omgaan")
		if k, ok := x.bracketedOf(end); ok {
			// Maar een derde (34 procent) van de ouders
			a.Object, a.ObjectStart, a.ObjectEnd = x.objectText(k), x.toks[k].Start, x.toks[k].End
		} else if k, ok := x.surveyed(start); ok {
			// Uit een onderzoek onder journalisten bleek dat 61 procent …; Van alle 2- tot 25-jarigen had bijna 13 procent …
			a.Object, a.ObjectStart, a.ObjectEnd = x.objectText(k), x.toks[k].Start, x.toks[k].End
		} else if n := x.peopleOf(start, end); n >= 0 && !c.proportion {
			// Nederlanders hebben gemiddeld een IQ van 100. Slechts 2 procent heeft een IQ van 130
			t := x.doc.Tokens[n]
			a.Object, a.ObjectStart, a.ObjectEnd = t.Text, t.Start, t.End
			if n == x.doc.Sentences[x.doc.SentenceOf(n)].First && x.l.pos[strings.ToLower(t.Text)] == "NOUN" {
				a.Object = strings.ToLower(t.Text) // (not "Nederlanders")
			}
		}
	}
	if a.Unit == "" && a.Object == "" && !c.ordinal && x.partitive(start) {
		if k, ok := x.partitiveNoun(start); ok {
			// duizenden producten, terwijl supermarkten er hooguit duizend aanbieden
			a.Object, a.ObjectStart, a.ObjectEnd = x.objectText(k), x.toks[k].Start, x.toks[k].End
		} else if n := x.countedBefore(); n >= 0 {
			// Het aantal gemeenten nam af. In 2017 waren er nog 388
			t := x.doc.Tokens[n]
			a.Object, a.ObjectStart, a.ObjectEnd = strings.ToLower(t.Text), t.Start, t.End
		}
	}
	if a.Object == "aantal" && a.ObjectEnd <= x.toks[start].Start {
		if n := x.countedBefore(); n >= 0 {
			// … is het aantal verminderd tot 355: the number of what the sentence before counts
			t := x.doc.Tokens[n]
			a.Object, a.ObjectStart, a.ObjectEnd = strings.ToLower(t.Text), t.Start, t.End
		}
	}
	if w := x.word(start - 1); a.Unit == "" && a.Object == "" && !c.ordinal && (w == "en" || w == "of") && x.isPlain(start-2) {
		if k, ok := x.agedNoun(start); ok {
			a.Object, a.ObjectStart, a.ObjectEnd = x.objectText(k), x.toks[k].Start, x.toks[k].End // dochters van 10 en 11
		}
	}
	if (a.Unit == UnitYear || a.Unit == UnitMonth) && a.Object == "leeftijd" && (a.ObjectEnd == 0 || strings.EqualFold(x.doc.Text[a.ObjectStart:a.ObjectEnd], "leeftijd")) && !age && !strings.HasSuffix(x.word(end-1), "jarige") && !strings.HasSuffix(x.word(end-1), "jarig") && x.parsed() {
		for i := x.first + start - 1; i >= x.first; i-- {
			if t := x.doc.Tokens[i]; t.POS == nl.NOUN && x.people(strings.ToLower(t.Text), t.Feats.Has(nl.FeatPlur)) {
				// het gaat om jonge mannen, in de leeftijd van 20 tot 27 jaar: the people
				// of the sentence before the age, not a bare "leeftijd"
				a.Object, a.ObjectStart, a.ObjectEnd = "leeftijd "+strings.ToLower(t.Text), t.Start, t.End
				break
			}
		}
	}
	if a.Unit == "" && a.Object == "" && !c.ordinal && a.Value >= 1 && a.Value < 111 && a.Value == math.Trunc(a.Value) && x.pronounAge(start, end) {
		a.Unit, a.Object = UnitYear, "leeftijd" // Ik was 18 toen ik zwanger raakte; toen hij 50 was
	}
	if a.Unit == "" && a.Object == "" && c.digits && a.Value >= 1 && a.Value <= 10 && x.graded(start, end) {
		sp := x.grade(start, end) // beoordelen de cursus met een 7,4: a school mark
		a.Object, a.ObjectStart, a.ObjectEnd = sp.text, sp.start, sp.end
	}
	if w := x.word(start - 2); a.Unit == "" && a.Object == "" && !c.ordinal && a.Value > 0 && a.Value < 120 && x.word(start-1) == "dan" && (w == "jonger" || w == "ouder") {
		// personen jonger dan 18: an age limit (dev4 README), of the plural noun before it
		a.Unit, a.Object = UnitYear, "leeftijd"
		if k := start - 3; k >= 0 && x.toks[k].Kind == nl.Word && x.plural(k) && x.viable(k, false) {
			a.Object, a.ObjectStart, a.ObjectEnd = "leeftijd "+x.objectText(k), x.toks[k].Start, x.toks[k].End
		}
	}
	if a.Unit == "" && !c.ordinal && a.Value > 0 && a.Value < 110 {
		if k, ok := x.ageOf(start, end); ok && (a.ObjectEnd == 0 || a.ObjectStart == x.toks[k].Start) {
			// jongens van 15 en 16 opgepakt, een arts van 64: ages, not counts
			a.Unit, a.ObjectStart, a.ObjectEnd = UnitYear, x.toks[k].Start, x.toks[k].End
			a.Object = "leeftijd " + x.objectText(k)
		}
	}
	if isMeasure(a.Unit) && placeDimensions[a.Object] {
		if sp, ok := x.placedThing(c.start, end); ok {
			// het scheepswrak ligt op 22 meter diepte: the dimension of what lies there
			a.Object, a.ObjectStart, a.ObjectEnd = a.Object+" "+sp.text, sp.start, sp.end
		} else if sp, ok := x.travelled(c.start, end); ok && (a.Unit == "km" || a.Unit == "m") {
			// rijdt ruim 12.000 kilometer per jaar, 2 kilometer zwemmen: the distance of the moving
			a.Object, a.ObjectStart, a.ObjectEnd = sp.text, sp.start, sp.end
		}
	}
	if isMeasure(a.Unit) && dimensionNouns[a.Object] && a.ObjectEnd > 0 && x.parsed() {
		if k := x.tokenAt(a.ObjectStart); k >= 0 && x.low[k] == a.Object {
			if sp, ok := x.dimensionOwner(x.first + k); ok {
				// een gebied met een diameter van 40 kilometer: the dimension of what has it
				a.Object, a.ObjectStart, a.ObjectEnd = a.Object+" "+sp.text, min(a.ObjectStart, sp.start), max(a.ObjectEnd, sp.end)
			}
		}
	}
	if sizeUnits[a.Unit] && a.ObjectEnd == 0 && bareDimensions[a.Object] && a.Object == x.dimension(c.start, end, a.Unit) && partner == nil && !strings.HasPrefix(a.Modifier, "tot") {
		if sp, ok := x.measureSubject(c.start, end); ok {
			// het cocaïneverbruik ligt rond de 120.000 kilo; dat zijn patiënt 80 kilo is afgevallen:
			// what the clause measures, not the bare dimension word (not the upper end of a
			// range, which measures what its lower end does)
			a.Object, a.ObjectStart, a.ObjectEnd = sp.text, sp.start, sp.end
		}
	}
	if a.Unit != "" && a.Object == "" && !c.ordinal {
		if k, ok := x.invertedSubject(start, end); ok {
			a.Object, a.ObjectStart, a.ObjectEnd = x.objectText(k), x.toks[k].Start, x.toks[k].End // toen was het verlies 5 miljoen euro
		}
	}
	if a.Unit == "km/h" && a.ObjectEnd == 0 && (a.Object == "snelheid" || a.Object == "maximumsnelheid") {
		if k := x.speedNoun(start); k >= 0 {
			// moet op belangrijke ontsluitingswegen de maximumsnelheid 50 of 70 blijven:
			// the speed the sentence names, not the bare measure word
			a.Object, a.ObjectStart, a.ObjectEnd = x.objectText(k), x.toks[k].Start, x.toks[k].End
			if e := x.complement(x.first + k); e > a.ObjectEnd {
				a.Object += x.doc.Text[a.ObjectEnd:e]
				a.ObjectEnd = e
			}
		} else if sp, ok := x.mover(c.start, end); ok {
			a.Object, a.ObjectStart, a.ObjectEnd = sp.text, sp.start, sp.end // auto's die 70 of 80 kilometer per uur rijden
		}
	}
	if isCurrency(a.Unit) && a.Object == "" {
		if sp, ok := x.priceOf(end); ok {
			a.Object, a.ObjectStart, a.ObjectEnd = sp.text, sp.start, sp.end // twee euro per douchebeurt, één cent extra per liter brandstof
		}
	}
	if isCurrency(a.Unit) && (a.Object == "" || sumParts[a.Object] && a.ObjectEnd <= x.toks[start].Start) {
		if sp, ok := x.flowsTo(c.start, end); ok {
			// 17 miljoen euro gaat naar een samenwerkingsproject; een fractie van de 3,5
			// miljard euro die er per jaar naar WW-uitkeringen gaat: where the money goes
			a.Object, a.ObjectStart, a.ObjectEnd = sp.text, sp.start, sp.end
		}
	}
	if c.word && a.Unit == "" && a.Object == "" && !c.ordinal {
		return kroniek.Amount{}, 0, false // "een aanval op één": no figure
	}
	if c.digits && isYear(x.toks[c.start].Text, c.value) && c.unit == "" && !c.unitPre && (partner == nil || partner.Unit == "" || x.yearContext(c.start)) {
		// (a list or range whose last member has a unit holds no years: de 700, 1400 en 2100 Mhz-banden)
		if c.start > 0 && x.l.yearOnly[x.low[c.start-1]] || x.l.months[x.word(c.start-1)] || x.word(c.start-1) == "jaar" && x.word(c.start-2) == "het" {
			return kroniek.Amount{}, 0, false // in 2010 tbs ontlopen, sinds 2014 aanvullende eisen, zomer 2017
		}
		if c.start == 0 && end+1 < len(x.toks) && isCapitalized(x.toks[end].Text) && x.toks[end+1].Kind == nl.Punct && x.toks[end+1].Text != "," {
			return kroniek.Amount{}, 0, false // "1995 Flippo's.": a year heading a list entry
		}
		if k, ok := x.objectAfter(end); (!ok || x.yearContext(c.start) && (!x.plural(k) || x.parsed() && x.doc.Tokens[x.first+k].POS == nl.VERB && x.doc.Tokens[x.first+k].Rel == "root")) && !x.countedFrom(c.start) {
			return kroniek.Amount{}, 0, false // in 2014; 2015 werd; sinds 2015 werken we; but van 1065 incidenten … naar 1409
		}
	}
	if w := x.word(end); isTimeUnit(a.Unit) && (w == "voorwaardelijk" || w == "onvoorwaardelijk") {
		k := x.sentenceBefore(start)
		if sentences[x.word(end+1)] {
			k = end + 1 // 108 dagen voorwaardelijk cel
		}
		if k >= 0 {
			// een jaar cel geëist, waarvan acht maanden voorwaardelijk: part of the sentence
			a.Object, a.ObjectStart, a.ObjectEnd = x.low[k], x.toks[k].Start, x.toks[k].End
		} else if x.word(start-1) == "tot" && x.sentenced(start-1) {
			a.Object = x.low[end] + "e straf" // veroordeeld tot zes maanden voorwaardelijk
		}
	} else if isTimeUnit(a.Unit) && a.Object == "" && x.word(start-1) == "tot" && x.sentenced(start-1) {
		a.Object = "straf" // veroordeeld tot twee jaar: the sentence the court gave
	} else if isTimeUnit(a.Unit) && (a.Object == "" || strings.HasSuffix(a.Object, " eisen")) && x.demanded(c.start, end) {
		a.Object, a.ObjectStart, a.ObjectEnd = "straf", 0, 0 // er was zeven jaar geëist; eiste achttien maanden met aftrek van voorarrest
	}
	if a.Unit == "" && a.Object == "percentage" && a.ObjectEnd > 0 && a.ObjectEnd <= x.toks[start].Start && !c.ordinal && a.Value > 0 && a.Value <= 100 {
		a.Unit = UnitPercent // de klas haalde een percentage van 81: a percentage, its unit unwritten
	}
	if k, ok := x.quantityOf(a); ok {
		// het aantal mensen dat eten ophaalt is met 6 procent gestegen: what there is a number of
		a.Object, a.ObjectStart, a.ObjectEnd = x.objectText(k), x.toks[k].Start, x.toks[k].End
	}
	if sp, ok := x.measureOwner(a); ok {
		// De AKP haalde een meerderheid van 51,7 procent: whose share it is, not the measure word
		a.Object, a.ObjectStart, a.ObjectEnd = sp.text, sp.start, sp.end
	}
	a.Object = x.qualified(a, start, end) // heffing per ton, stemmen geteld, leeftijd man, doden
	a.Value, a.Unit = normalise(a.Value, a.Unit)
	a.Start, a.End = x.toks[start].Start, x.toks[end-1].End
	a.Text = x.doc.Text[a.Start:a.End]
	if c.unit == "" && a.Unit == "" && !c.ordinal && x.ratioPart(c.start, c.end) {
		// Vijf van de zes vaste leden, 18 van de eerste 30 speelsters: a ratio (dev4, dev5
		// README), no figure; it is read, so that what it counts can be shared ("tien van
		// de 55 zetels, en FvD op acht"), and left out of the output
		x.ratios[a.Start] = true
	}
	return a, end, true
}

// measureWords name the kind of a share, not what it is the share of:
// "een meerderheid van 51,7 procent" (the audits call it a measure
// word). Not "een BMI van 45", which the dev gold keeps, nor
// "marktaandeel", whose owner the parse often takes from a relative
// clause's wrong antecedent.
var measureWords = map[string]bool{"meerderheid": true, "minderheid": true}

// measureOwner finds whose measure a figure is when its object is a
// measure word that is the object of its clause's verb: that verb's noun
// or name subject, in the parse (a relative "dat" resolved to what it
// stands for).
func (x *scanner) measureOwner(a kroniek.Amount) (span, bool) {
	if !measureWords[strings.ToLower(a.Object)] || a.ObjectEnd == 0 || !x.parsed() {
		return span{}, false
	}
	d := x.doc
	for k := range x.toks {
		if x.toks[k].Start != a.ObjectStart {
			continue
		}
		m := x.first + k
		v := d.Tokens[m].Head
		if v < 0 || d.Tokens[m].Rel != "obj" || d.Tokens[v].POS != nl.VERB {
			return span{}, false
		}
		s := d.Subject(v)
		if s < 0 || s >= m || d.Tokens[s].POS != nl.NOUN && d.Tokens[s].POS != nl.PROPN {
			return span{}, false
		}
		if sp, ok := x.phrase(s, 5); ok {
			return sp, true
		}
		return x.nounPhrase(s), true
	}
	return span{}, false
}

// quantityOf returns the sentence token of the plural noun that an
// object "aantal", "totaal" or "percentage" of a's sentence is the number
// or share of ("het aantal mensen", "het aantal keren dat", "het aantal
// blanco en ongeldige stemmen", "het percentage rokende jongeren"): the
// word only says that something is counted.
func (x *scanner) quantityOf(a kroniek.Amount) (int, bool) {
	if !quantityNouns[a.Object] && a.Object != "percentage" || a.ObjectEnd == 0 {
		return 0, false
	}
	for k := range x.toks {
		if x.toks[k].Start != a.ObjectStart {
			continue
		}
		j, ok := x.objectAfter(k + 1)
		for ok && x.word(j+1) == "en" && x.adjective(j) {
			j, ok = x.objectAfter(j + 2) // blanco en ongeldige stemmen
		}
		if !ok || !x.plural(j) || !(x.commonNoun(j) || x.parsedPlural(j, k)) || x.l.units[x.low[j]] != "" {
			return 0, false
		}
		return j, true
	}
	return 0, false
}

// parsedPlural reports a sentence token j the parse reads as a plural noun
// hung on the quantity noun at k, for a compound the lexicon reads as a
// verb form: "het aantal vakantievluchten" (vluchten, to flee).
func (x *scanner) parsedPlural(j, k int) bool {
	if !x.parsed() {
		return false
	}
	t := x.doc.Tokens[x.first+j]
	return t.POS == nl.NOUN && t.Feats.Has(nl.FeatPlur) && t.Head == x.first+k && !isCapitalized(t.Text)
}

// moneyVerbs are the verbs whose figure, written without its currency, is
// a sum of money: "kost 32 miljoen", "ontvangt zeker 200 miljoen".
var moneyVerbs = map[string]bool{
	"kosten": true, "betalen": true, "uitgeven": true, "ontvangen": true, "binnenhalen": true, "binnenkrijgen": true, "binnenkomen": true,
	"doneren": true, "schenken": true, "investeren": true, "besteden": true, "opleveren": true, "opbrengen": true, "verdienen": true,
	"lenen": true, "uittrekken": true, "bezuinigen": true, "ophalen": true, "storten": true, "overmaken": true, "innen": true,
	"bedragen": true, "subsidiëren": true, "schelen": true, "kopen": true, "verkopen": true,
}

// moneyNouns name a sum; a bare figure just after one is that sum: "de
// winst 21,3 miljoen", "een schuld van zo'n 30 miljoen".
var moneyNouns = map[string]bool{
	"winst": true, "omzet": true, "verlies": true, "schuld": true, "kosten": true, "bedrag": true, "budget": true, "subsidie": true,
	"investering": true, "uitgaven": true, "salaris": true, "waarde": true, "opbrengst": true, "schade": true, "tekort": true,
	"vermogen": true, "heffing": true, "bijdrage": true, "donatie": true, "prijs": true, "boete": true, "lening": true,
}

// impliedMoney reports a figure with a multiplier and no currency or noun
// of its own (sentence tokens [start, end)) that the sentence makes a sum
// of money: the object of a verb of paying or earning, a price "voor …",
// "N miljoen aan X", or the value of a money noun just before it. Such
// figures take the currency of the text (euro unless it counts in another).
func (x *scanner) impliedMoney(start, end int) bool {
	if k, ok := x.objectAfter(end); ok && k == end {
		return moneyNouns[x.low[k]] // 66 miljard winst; not 1,8 miljoen auto's
	}
	if w := x.word(end); w == "aan" || w == "euro" {
		return w == "aan" && end+1 < len(x.toks) && x.toks[end+1].Kind == nl.Word // 8 miljoen aan naheffingen
	}
	if w := x.word(end); end < len(x.toks) && x.toks[end].Kind == nl.Word && w != "voor" && w != "per" && w != "binnen" && w != "van" && w != "uit" && x.l.pos[w] != "VERB" && x.l.pos[w] != "AUX" && x.l.pos[w] != "ADV" && x.l.pos[w] != "ADP" && x.l.pos[w] != "CCONJ" {
		return false
	}
	p := start - 1
	for p >= 0 && (x.l.mods[x.low[p]] != "" || isDet(x.low[p]) || p >= 1 && rangeWord(x.low[p]) && x.isPlain(p-1) || x.isPlain(p) && p+1 < start && rangeWord(x.low[p+1])) {
		p-- // zeker, zo'n, de; the lower end of a range: voor zo'n 4 à 5 miljoen
	}
	if p >= 0 && x.low[p] == "voor" {
		return true // voor 2,6 miljoen
	}
	for j := p; j >= 0 && j >= p-2; j-- {
		if moneyNouns[x.low[j]] {
			return true // bedroeg de winst 21,3 miljoen; een schuld van zo'n 30 miljoen
		}
	}
	if x.parsed() {
		if v := x.doc.Clause(x.first + start); v >= 0 && moneyVerbs[x.doc.Tokens[v].Lemma] {
			return true
		}
	}
	return false
}

// speedNoun returns the token nearest to start in the figure's clause
// (no comma between) that names a speed (maximumsnelheid, snelheid,
// snelheidslimiet, maximum), or -1.
func (x *scanner) speedNoun(start int) int {
	best := -1
	for k, w := range x.low {
		if x.toks[k].Kind != nl.Word || !strings.HasSuffix(w, "snelheid") && w != "snelheidslimiet" && w != "maximum" {
			continue
		}
		if from, to := min(k, start), max(k, start); slices.Contains(x.low[from:to], ",") {
			continue // another clause's speed: "…, dan is de snelheid tussen scooters en auto's gelijk"
		}
		if best < 0 || abs(k-start) < abs(best-start) {
			best = k
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// comparative reads a measure that is the difference of the comparative
// at sentence token k: "drie graden kouder zal worden" (kouder worden),
// "25 meter hoger dan de Euromast"; not a bare dimension word, nor
// "verder" (gleed 70 meter verder: the distance of the gliding).
func (x *scanner) comparative(k int) (span, bool) {
	if !x.parsed() || k >= len(x.toks) || x.toks[k].Kind != nl.Word {
		return span{}, false
	}
	t := x.doc.Tokens[x.first+k]
	w := x.low[k]
	if t.POS != nl.ADJ || !strings.HasSuffix(w, "er") || w == "verder" || t.Lemma == "" || strings.EqualFold(t.Lemma, w) || !strings.HasPrefix(w, t.Lemma[:min(len(t.Lemma), 3)]) {
		return span{}, false
	}
	e := k
	text := w
	if x.word(k+1) == "dan" {
		for j := k + 2; j < len(x.toks) && j <= k+5 && x.toks[j].Kind == nl.Word; j++ {
			e = j // hoger dan de Euromast
		}
		text = strings.ToLower(x.doc.Text[x.toks[k].Start:x.toks[e].End])
	} else {
		for j := k + 1; j < len(x.toks) && j <= k+3 && x.toks[j].Kind == nl.Word; j++ {
			if strings.EqualFold(x.doc.Tokens[x.first+j].Lemma, "worden") {
				text += " worden" // kouder zal worden: what becomes that much colder
				break
			}
		}
	}
	return span{text: text, start: x.toks[k].Start, end: x.toks[e].End}, true
}

// copulaForms are the finite forms of zijn and worden a bare age follows
// or precedes: "Ik was 18", "toen hij 50 was".
var copulaForms = map[string]bool{"ben": true, "bent": true, "is": true, "was": true, "waren": true, "zijn": true, "word": true, "wordt": true, "werd": true, "werden": true}

// personalPronouns are the subjects a bare number as predicate is the
// age of.
var personalPronouns = map[string]bool{"ik": true, "jij": true, "je": true, "hij": true, "zij": true, "ze": true, "we": true, "wij": true, "u": true}

// pronounAge reports a bare number on sentence tokens [start, end) that is
// the predicate of zijn or worden with a personal pronoun subject, an
// age: "Ik was 18 toen …", "hij is 73", "toen hij 50 was", "Hij is 30
// geworden", "Die is al 81 en woont nog thuis".
func (x *scanner) pronounAge(start, end int) bool {
	if personalPronouns[x.word(start-1)] && copulaForms[x.word(end)] {
		return true // toen hij 50 was
	}
	p := start - 1
	if p >= 0 && x.toks[p].Kind == nl.Word && x.l.pos[x.low[p]] == "ADV" {
		p-- // hij is inmiddels 73
	}
	if !copulaForms[x.word(p)] || !personalPronouns[x.word(p-1)] && !(p == 1 && x.low[0] == "die") {
		return false // (a "Die" that opens the sentence stands for a person: "Die is al 81 en …")
	}
	w := x.word(end)
	return end >= len(x.toks) || x.toks[end].Kind == nl.Punct || w == "toen" || w == "geworden" || w == "en" || w == "of"
}

// shareWhole finds the whole a share "N procent van …" on sentence
// tokens [num, end) is taken of in the parse, when words the object
// search stops at come between: the noun the figure's head governs with
// "van" ("12 procent van de naar een mens vernoemde straten": straten).
// It returns a sentence token.
func (x *scanner) shareWhole(num, end int) (int, bool) {
	if !x.parsed() {
		return 0, false
	}
	u := x.figureHead(num, end)
	if u < 0 {
		return 0, false
	}
	for _, c := range x.doc.Children(u) {
		t := x.doc.Tokens[c]
		if k := c - x.first; c > u && strings.HasPrefix(t.Rel, "nmod") && t.POS == nl.NOUN && slices.Equal(x.caseOf(c), []string{"van"}) && k >= 0 && k < len(x.toks) && x.viable(k, false) && x.l.pos[x.low[k]] != "ADJ" {
			if x.low[k] == "totaal" || x.low[k] == "geheel" {
				return 0, false // 15 procent van het totaal: a placeholder (as partOf has it)
			}
			return k, true
		}
	}
	return 0, false
}

// perWhole are the nouns of a rate that name a share of the payers or a
// count, not a thing paid for: "164 euro per persoon", "1760 euro per stuk".
var perWhole = map[string]bool{"persoon": true, "personen": true, "hoofd": true, "stuk": true, "keer": true, "maal": true, "jaar": true, "maand": true, "week": true, "dag": true, "uur": true, "kwartaal": true, "nacht": true, "minuut": true, "seconde": true, "etmaal": true}

// priceOf finds what a sum without an object is the price of when a
// rate follows it: "twee euro per douchebeurt" (the audits' object),
// "één cent extra per liter brandstof", "5000 dollar per kilo"; not a
// rate per person, piece or period, which names no thing paid for.
func (x *scanner) priceOf(end int) (span, bool) {
	if !x.parsed() {
		return span{}, false // (the rules before it read the parse first: "de olieprijs daalde naar 25 dollar per vat")
	}
	k := end
	if x.word(k) == "extra" || x.word(k) == "meer" {
		k++
	}
	e := x.rateEnd(k)
	if e < 0 || perWhole[x.low[e]] || isTimeUnit(x.l.units[x.low[e]]) {
		return span{}, false
	}
	if n := e + 1; n < len(x.toks) && x.toks[n].Kind == nl.Word && x.toks[n].Start == x.toks[e].End+1 && (x.l.pos[x.low[n]] == "NOUN" || x.parsed() && x.doc.Tokens[x.first+n].POS == nl.NOUN && x.l.pos[x.low[n]] == "" && !adjectiveSuffix(x.low[n])) && (!isCapitalized(x.toks[n].Text) || x.l.pos[x.low[n]] == "NOUN") {
		e = n // per liter brandstof, per ton CO2 (not "per liter CO2-neutraal tanken")
	}
	start, stop := x.toks[k].Start, x.toks[e].End
	return span{text: x.doc.Text[start:stop], start: start, end: stop}, true
}

// unitRank orders the time units from short to long, so that "drie jaar
// en negen maanden" reads as one duration.
var unitRank = map[string]int{UnitSecond: 1, UnitMinute: 2, UnitHour: 3, UnitDay: 4, UnitWeek: 5, UnitMonth: 6, UnitYear: 7}

// demandForms are the forms of eisen, whose lemma the tagger may miss.
var demandForms = map[string]bool{"eis": true, "eist": true, "eiste": true, "eisten": true, "eisen": true, "geëist": true, "geeist": true}

// demanded reports a duration that is the object (or passive subject,
// or a bare noun phrase the parse hangs as obl) of eisen: the sentence a prosecutor demands ("Er was zeven jaar geëist").
func (x *scanner) demanded(num, end int) bool {
	if !x.parsed() {
		return false
	}
	d := x.doc
	u := x.figureHead(num, end)
	if u < 0 || d.Tokens[u].Head < 0 {
		return false
	}
	r := d.Tokens[u].Rel
	v := d.Tokens[u].Head
	if r == "obl" && len(d.Dependents(u, "case")) > 0 {
		return false // binnen drie weken een oplossing eisen
	}
	return (r == "obj" || r == "obl" || r == "nsubj:pass" || r == "nsubj" && d.Passive(v)) && (strings.EqualFold(d.Tokens[v].Lemma, "eisen") || demandForms[strings.ToLower(d.Tokens[v].Text)])
}

// conversion is what stands between a sum and the same sum in another
// currency: "2 tot 3 miljoen roebel (ruim 27.000 euro)", "136 miljard
// yuan, omgerekend 18 miljard euro".
var conversion = map[string]bool{"(": true, "(omgerekend": true, ", omgerekend": true, ", ofwel": true, ", oftewel": true, "(ofwel": true}

// bracketHead reports a noun k that heads a phrase not governed by a
// preposition (other than dan or als) and that is not a figure's unit:
// "dan vliegschaamte (13 procent)", but not "tegenover vaccinaties (7
// procent)" or "6 miljoen Noorse kronen (ongeveer 620 duizend euro)".
func (x *scanner) bracketHead(k int) bool {
	j := k - 1
	for j >= 0 && x.toks[j].Kind == nl.Word && (x.l.pos[x.low[j]] == "ADJ" || isDet(x.low[j]) || x.parsed() && x.doc.Tokens[x.first+j].POS == nl.ADJ) {
		j--
	}
	if j < 0 {
		return true
	}
	w := x.low[j]
	if x.toks[j].Kind == nl.Number || w == "duizend" || w == "miljoen" || w == "miljard" || w == "biljoen" {
		return false
	}
	return w == "dan" || w == "als" || w == "om" || x.l.pos[w] != "ADP"
}

// spanNoun reports a noun for an age or a span of time, which a figure
// after "op", "naar" or "tot" gives the value of: pensioenleeftijd,
// looptijd, straftermijn, contractduur.
func spanNoun(w string) bool {
	for _, suf := range []string{"leeftijd", "tijd", "termijn", "duur"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return w == "leeftijd" || w == "termijn" || w == "duur"
}

// heights are the dimensions other than length a measure's adjective
// names (hoog, breed, diep, dik).
var heights = map[string]bool{"hoogte": true, "breedte": true, "diepte": true, "dikte": true}

// yearsAndMonths reports the parts of an age in years and months: "tot
// ik 67 jaar en drie maanden oud ben" (both figures).
func (x *scanner) yearsAndMonths(start, end int) bool {
	if x.word(end) == "oud" && x.word(start-1) == "en" && x.word(start-2) == "jaar" {
		return true // … en drie maanden oud
	}
	if x.word(end) != "en" {
		return false
	}
	for j := end + 1; j < len(x.toks) && j <= end+4; j++ {
		switch w := x.low[j]; {
		case w == "maand" || w == "maanden":
			return x.word(j+1) == "oud"
		case x.toks[j].Kind != nl.Number && !x.isPlain(j):
			return false
		}
	}
	return false
}

// ageRange reports the upper end of "tussen (de) N en M jaar" said of
// people's age: "jong" or "oud" just before the range or "oud" after it
// ("is jong, tussen de 15 en 25 jaar").
func (x *scanner) ageRange(start, end int) bool {
	i := start - 1
	if x.word(i) != "en" || !x.isPlain(i-1) {
		return false
	}
	i -= 2
	if x.word(i) == "de" {
		i--
	}
	if x.word(i) != "tussen" {
		return false
	}
	if x.word(end) == "oud" {
		return true
	}
	for j := i - 1; j >= max(0, i-3); j-- {
		if w := x.word(j); w == "jong" || w == "oud" || w == "leeftijd" {
			return true
		}
	}
	return false
}

// oldAtEnd reports a figure on sentence tokens ending at end that "oud"
// follows as the predicate closing its clause ("de kerk is 800 jaar
// oud."), an age whatever its size; not "een 800 jaar oud manuscript",
// where the noun after it is what is that old.
func (x *scanner) oldAtEnd(end int) bool {
	return x.word(end) == "oud" && (end+1 >= len(x.toks) || x.toks[end+1].Kind == nl.Punct)
}

// signed reports a plus or minus sign written before a figure.
func signed(w string) bool { return w == "+" || w == "-" || w == "–" || w == "−" }

// sentenced reports "tot" at token i after a form of veroordelen, maybe
// with an auxiliary between ("veroordeeld werd tot"): "tot N jaar" is then
// the sentence a court gave rather than an upper bound.
func (x *scanner) sentenced(i int) bool {
	j := i - 1
	switch x.word(j) {
	case "werd", "werden", "wordt", "worden", "is", "zijn", "was", "waren":
		j--
	}
	switch x.word(j) {
	case "veroordeeld", "veroordeelt", "veroordelen", "veroordeelde", "veroordeelden", "veroordeling", "veroordelingen":
		return true
	}
	return false
}

// number reads the number at token i: an optional currency sign, digits or
// words, and multipliers (miljoen, miljard).
func (x *scanner) number(i int) (core, bool) {
	l := x.l
	c := core{start: i}
	if i < 0 || i >= len(x.toks) {
		return c, false // a range or ratio whose second half runs off the text
	}
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
		c.frac = c.value < 1          // een kwart van de meisjes: a part of a whole
		k += 2
	case (w == "een" || w == "één") && k+1 < len(x.toks) && l.approx[x.low[k+1]] > 0:
		c.value, c.mod = l.approx[x.low[k+1]], "ongeveer" // een tiental
		k += 2
	case (w == "een" || w == "één") && k+1 < len(x.toks) && l.mults[x.low[k+1]] > 0:
		c.value = 1 // een miljoen
		k++
	case (w == "een" || w == "één" || w == "twee") && x.word(k+1) == "derde" && x.thirdsPart(k+2):
		c.value, c.frac = 1.0/3, true // een derde van de ouders, twee derde vindt het niet nodig
		if w == "twee" {
			c.value = 2.0 / 3
		}
		k += 2
	case w == "anderhalf" || w == "anderhalve" || w == "driekwart":
		c.value = l.fracs[w]
		c.frac = c.value < 1 // driekwart van de stemmen
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
	case (w == "een" || w == "één") && x.word(k+1) == "op" && x.word(k+2) == "de" && x.isPlain(k+3):
		c.value = 1 // een op de drie; not "bijval van een op de zitting aanwezige ambtenaar"
		k++
	case w == "een" && x.word(k+2) == "of" && l.units[x.word(k+1)] != "" && x.isPlain(k+3) && x.word(k+3) != "een" && l.units[x.word(k+4)] == "":
		// een jaar of vier, een minuut of twee: about four years
		c.value, _ = x.plain(k + 3)
		c.mod, c.unit, c.end = "ongeveer", l.units[x.low[k+1]], k+4
		return c, true
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
		c.mult = max(c.mult, 1) * m
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

// sharedUnit returns the unit the open end of a range takes from its
// other end, whose number starts at token other and whose figure has the
// unit given out. It is the unit as written when normalise scales it, so
// that the open end is scaled too: "0,6 tot 3,7 megaton" is 600.000 to
// 3.700.000 ton and "twee tot drie eeuwen" 200 to 300 years.
func (x *scanner) sharedUnit(other int, given string) string {
	k := x.unitAfter(other)
	if k < 0 {
		return given
	}
	if n, code := x.match(k, x.l.units); n > 0 {
		if v, u := normalise(1, code); u == given && v != 1 {
			return code
		}
	}
	return given
}

// unitAfter returns the sentence token of the unit after the number at
// token i, or -1.
func (x *scanner) unitAfter(i int) int {
	if c, ok := x.number(i); ok && c.end < len(x.toks) {
		return c.end
	}
	return -1
}

// justBefore reports an offset at most one word before token k: the
// object of "een jaar cel geëist, waarvan" ends right before waarvan.
func (x *scanner) justBefore(off, k int) bool {
	if k < 1 || off > x.toks[k].Start {
		return false
	}
	return len(strings.Fields(strings.Trim(x.doc.Text[off:x.toks[k].Start], " ,"))) <= 1
}

// isPlain reports a plain number in digits or words at token k.
func (x *scanner) isPlain(k int) bool {
	_, ok := x.plain(k)
	return ok
}

// plain reads a plain number in digits or words at token k.
func (x *scanner) plain(k int) (float64, bool) {
	if k < 0 || k >= len(x.toks) {
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

// IsUnit reports whether the lowercased word names a unit a figure may
// have: euro, procent, kilometer, jaar.
func IsUnit(lower string) bool {
	_, ok := getLexicon().units[lower]
	return ok
}

// IsTimeUnit reports whether unit measures time (jaar, maand, week, dag,
// uur, min, s).
func IsTimeUnit(unit string) bool { return isTimeUnit(unit) }

// normalise folds units the lexicon reads into the units given out:
// centuries and decades into years, quarters of an hour into minutes,
// cents into euros, kilo-, mega- and gigatons into tons (a scale goes into
// the value, as "4,2 miljoen ton" gives 4.200.000 ton).
func normalise(v float64, unit string) (float64, string) {
	switch unit {
	case "kt":
		return v * 1e3, "ton"
	case "Mt":
		return v * 1e6, "ton"
	case "Gt":
		return v * 1e9, "ton"
	case "eeuw":
		return v * 100, UnitYear
	case "decennium":
		return v * 10, UnitYear
	case "kwartier":
		return v * 15, UnitMinute
	case "EURCENT":
		return v / 100, "EUR"
	}
	return v, unit
}

// isCurrency reports a currency code, cents of the euro included (read
// as EURCENT until normalise makes them euros).
func isCurrency(unit string) bool {
	return len(unit) == 3 && strings.Trim(unit, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" || unit == "EURCENT"
}

func isTimeUnit(code string) bool {
	switch code {
	case UnitYear, UnitMonth, UnitWeek, UnitDay, UnitHour, UnitMinute, UnitSecond, "eeuw", "decennium", "kwartier":
		return true
	}
	return false
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

// spanSubject returns the sentence token of a compound span noun
// (AOW-leeftijd, looptijd, wachttijd) that is the subject of the clause
// of a time figure at sentence token num after op, naar or tot: the
// value the span is set at ("de AOW-leeftijd wordt bevroren op 66 jaar").
// A bare "leeftijd" says not whose.
func (x *scanner) spanSubject(num int) (int, bool) {
	if !x.parsed() {
		return 0, false
	}
	d := x.doc
	v := d.Clause(x.first + num)
	if v < 0 {
		return 0, false
	}
	for _, s := range append(d.Dependents(v, "nsubj"), d.Dependents(v, "nsubj:pass")...) {
		k := s - x.first
		if k < 0 || k >= num || d.Tokens[s].POS != nl.NOUN {
			continue
		}
		if w := x.low[k]; spanNoun(w) && w != "leeftijd" && w != "termijn" && w != "duur" && w != "tijd" {
			return k, true
		}
	}
	return 0, false
}

// comparedNumber reports a modifier opening at sentence token k with
// "meer" or "minder" right after a number, which compares that number
// and no figure after it: "40.000 meer dan een jaar eerder".
func (x *scanner) comparedNumber(k int) bool {
	if k < 1 || x.low[k] != "meer" && x.low[k] != "minder" {
		return false
	}
	return x.toks[k-1].Kind == nl.Number && !x.isYearToken(k-1) // (not "in 2018 meer dan 250.000 patiënten")
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

// invertedCopulas are the forms of a copula or of bedragen that may open
// an inverted clause before its subject and a figure that is its value.
var invertedCopulas = map[string]bool{"is": true, "was": true, "zijn": true, "waren": true, "bedraagt": true, "bedroeg": true, "bedragen": true, "bedroegen": true, "blijft": true, "bleef": true, "wordt": true, "werd": true}

// invertedSubject returns the noun subject that stands between an
// inverted copula and the figure on sentence tokens [start, end) when the
// figure closes the clause: "toen was het verlies 5 miljoen euro", "nu
// bedraagt de schuld 3 procent".
func (x *scanner) invertedSubject(start, end int) (int, bool) {
	k := start - 1
	if k < 2 || !invertedCopulas[x.word(k-2)] || !isDet(x.word(k-1)) || x.toks[k].Kind != nl.Word {
		return 0, false
	}
	if w := x.low[k]; x.l.pos[w] != "NOUN" && !(x.parsed() && x.doc.Tokens[x.first+k].POS == nl.NOUN) || x.l.units[w] != "" {
		return 0, false
	}
	if end < len(x.toks) && x.toks[end].Kind != nl.Punct {
		return 0, false
	}
	return k, true
}

// countedFrom reports a number after "naar" or "tegenover" that is the
// other end of a count "van N" earlier in its sentence, when N is no year
// or counts a plural noun:
// "van 1065 incidenten in 2017 naar 1409 vorig jaar" (1409 looks like a
// year but counts what 1065 counts).
func (x *scanner) countedFrom(start int) bool {
	if w := x.word(start - 1); w != "naar" && w != "tegenover" {
		return false
	}
	for k := start - 2; k >= 1 && k >= start-10; k-- {
		if x.toks[k].Kind == nl.Punct && x.toks[k].Text != "," {
			return false
		}
		if x.low[k-1] != "van" || x.toks[k].Kind != nl.Number {
			continue
		}
		v, ok := ParseDigits(x.toks[k].Text)
		if !ok {
			return false
		}
		n, counts := x.objectAfter(k + 1)
		return !isYear(x.toks[k].Text, v) || counts && n == k+1 && x.plural(n)
	}
	return false
}

// countedBefore returns the doc token of the plural noun after "aantal"
// in the sentence before the scanner's ("Het aantal gemeenten nam af"),
// which a bare "er nog 388" or "het aantal" of this sentence counts, or
// -1. Only a sentence of the same paragraph counts.
func (x *scanner) countedBefore() int {
	if x.si < 1 || x.doc.Sentences[x.si-1].Paragraph != x.doc.Sentences[x.si].Paragraph {
		return -1
	}
	prev := x.doc.Sentences[x.si-1]
	for i := 0; i+1 < len(prev.Tokens); i++ {
		if !strings.EqualFold(prev.Tokens[i].Text, "aantal") {
			continue
		}
		n := prev.Tokens[i+1]
		if n.Kind == nl.Word && (n.POS == nl.NOUN && n.Feats.Has(nl.FeatPlur) || x.l.pos[strings.ToLower(n.Text)] == "NOUN" && strings.HasSuffix(n.Text, "en")) {
			return prev.First + i + 1
		}
	}
	return -1
}

// countedBeforeColon finds the plural noun a bare count after the colon
// at sentence token colon counts, when the clause before it names a
// number of them: "een groot aantal stemmen uit de Bommelerwaard: meer
// dan 1500 in Zaltbommel", "heeft vorig jaar meer taps gezet: 3517 in
// totaal". It returns a sentence token.
func (x *scanner) countedBeforeColon(colon int) (int, bool) {
	for k := colon - 2; k >= 0; k-- {
		if x.toks[k].Kind == nl.Punct {
			return 0, false
		}
		switch x.low[k] {
		case "aantal", "meer", "minder":
			if n := k + 1; n < colon && x.toks[n].Kind == nl.Word && x.plural(n) && x.viable(n, false) {
				return n, true
			}
		}
	}
	return 0, false
}

// irregularPresent maps present forms whose infinitive weakLemma does not
// make.
var irregularPresent = map[string]string{"doet": "doen", "gaat": "gaan", "staat": "staan", "slaat": "slaan", "ziet": "zien", "heeft": "hebben", "komt": "komen", "neemt": "nemen", "geeft": "geven", "leest": "lezen"}

// incorporated finds the verb a duration measures when it is written as
// one word with its object noun right after the figure, a word the tagger
// takes for a noun: "die al twintig jaar zakendoet met Noord-Korea" →
// "zakendoen". The word must end the clause or open a prepositional phrase.
func (x *scanner) incorporated(end int) (span, bool) {
	if end >= len(x.toks) || x.toks[end].Kind != nl.Word || isCapitalized(x.toks[end].Text) || x.l.pos[x.low[end]] != "" {
		return span{}, false
	}
	if n := end + 1; n < len(x.toks) && x.toks[n].Kind != nl.Punct && x.l.pos[x.low[n]] != "ADP" {
		return span{}, false
	}
	w := x.low[end]
	for i := 4; i+3 <= len(w); i++ {
		noun, form := w[:i], w[i:]
		if x.l.pos[noun] != "NOUN" || x.l.pos[form] != "VERB" {
			continue
		}
		lemma := irregularPresent[form]
		if lemma == "" && strings.HasSuffix(form, "en") {
			lemma = form
		} else if lemma == "" {
			lemma = weakLemma(form)
		}
		if lemma != "" && x.l.pos[lemma] == "VERB" {
			return span{text: noun + lemma, start: x.toks[end].Start, end: x.toks[end].End}, true // the infinitive of the word as written
		}
	}
	return span{}, false
}

// verbObject reports a count whose object is one word that both the
// lexicon and the parse read as a verb ("De andere drie volgen", "een
// nulletje of drie voorspellen").
//
// A count after a preposition ("met vijftien stellen") or after "en" and
// a counted figure ("86 doden en 458 gewonden") keeps its noun.
func (x *scanner) verbObject(a kroniek.Amount, i int, prev *kroniek.Amount) bool {
	if a.Unit != "" || a.Object == "" || strings.Contains(a.Object, " ") || !x.parsed() {
		return false
	}
	if p := x.word(i - 1); x.l.pos[p] == "ADP" || p == "en" && prev != nil && prev.Object != "" && prev.ObjectEnd <= a.Start && strings.TrimSpace(x.doc.Text[prev.ObjectEnd:a.Start]) == "en" {
		return false
	}
	for k, t := range x.toks {
		if t.Start == a.ObjectStart && t.End == a.ObjectEnd {
			return x.l.pos[x.low[k]] == "VERB" && x.doc.Tokens[x.first+k].POS == nl.VERB
		}
	}
	return false
}

// costsTo finds what a sum that "het" or "dat" costs pays for when a
// purpose clause says it: "het kost 15.000 euro per huis om aardgasvrij
// te worden" → "aardgasvrij worden" (the words of the clause without om
// and te, at most five).
func (x *scanner) costsTo(num, end int) (span, bool) {
	u, v, ok := x.figureParent(num, end)
	if !ok {
		return span{}, false
	}
	d := x.doc
	if d.Tokens[v].Lemma != "kosten" {
		return span{}, false
	}
	if s := d.Subject(v); s < 0 || d.Tokens[s].POS != nl.PRON {
		return span{}, false
	}
	for _, c := range d.Dependents(v, "advcl") {
		from, to := d.Span(c)
		if c < u || !strings.EqualFold(d.Tokens[from].Text, "om") || to != c || to-from > 6 {
			continue
		}
		var words []string
		for i := from + 1; i <= to; i++ {
			if w := strings.ToLower(d.Tokens[i].Text); w != "te" {
				words = append(words, w)
			}
		}
		return span{text: strings.Join(words, " "), start: d.Tokens[from+1].Start, end: d.Tokens[to].End}, len(words) > 0
	}
	return span{}, false
}

// surveyed finds the group a share with no noun of its own is taken of,
// named earlier in its sentence: the plural noun after "onder" in a
// survey ("Uit een onderzoek onder journalisten bleek dat 61 procent …")
// or after a "Van" that opens the sentence ("Van alle 2- tot 25-jarigen
// had bijna 13 procent matig overgewicht"). It returns a sentence token.
func (x *scanner) surveyed(start int) (int, bool) {
	for k := start - 1; k >= 0; k-- {
		if w := x.low[k]; w == "onder" || w == "van" && k == 0 {
			for n := k + 1; n < start && n <= k+5; n++ {
				if x.toks[n].Kind == nl.Word && x.plural(n) && x.viable(n, false) && !isCapitalized(x.toks[n].Text) {
					return n, true
				}
				if x.toks[n].Kind == nl.Punct && x.low[n] != "-" {
					break
				}
			}
		}
	}
	return 0, false
}

// bracketedOf finds the noun a bracketed share is of when "van" follows
// the bracket: "een derde (34 procent) van de ouders". It returns a
// sentence token.
func (x *scanner) bracketedOf(end int) (int, bool) {
	if x.word(end) != ")" || x.word(end+1) != "van" {
		return 0, false
	}
	for n := end + 2; n < len(x.toks) && n <= end+5; n++ {
		if x.toks[n].Kind != nl.Word {
			return 0, false
		}
		if w := x.low[n]; (x.plural(n) || x.l.pos[w] == "NOUN") && x.viable(n, false) && !isCapitalized(x.toks[n].Text) {
			return n, true
		}
	}
	return 0, false
}

// colonSubject finds what a share that follows a colon at sentence token
// colon measures when the share ends its clause: the noun subject of the
// clause before the colon ("De opkomst in Amsterdam bleef bijna gelijk:
// 52,5 procent" → opkomst, "Vooral hogeropgeleiden scharen zich in die
// categorie: liefst 49 procent" → hogeropgeleiden).
func (x *scanner) colonSubject(colon, end int) (span, bool) {
	if !x.parsed() || colon < 2 {
		return span{}, false
	}
	if w := x.word(end); end < len(x.toks) && w != "." && w != "tegenover" && w != ")" && w != ";" {
		return span{}, false
	}
	d := x.doc
	v := d.Clause(x.first + colon - 1)
	if v < 0 || v >= x.first+colon {
		return span{}, false
	}
	s := d.Subject(v)
	if s < 0 || s >= x.first+colon || d.Tokens[s].POS != nl.NOUN || !x.plainNoun(s) {
		return span{}, false
	}
	for i := s + 1; i < x.first+colon; i++ {
		if d.Tokens[i].Kind == nl.Punct && d.Tokens[i].Text != "-" {
			return span{}, false // the subject of another clause
		}
	}
	return x.nounPhrase(s), true
}

// wholeBefore returns the figure before a bare number a that "waarvan" or "van
// wie" makes a part of, when that figure counts a noun or a time and is
// larger: "een jaar cel, waarvan acht maanden" has its own unit, but
// "24 maanden cel, waarvan dertien voorwaardelijk" and "veertig boeken,
// waarvan elf in het Engels" say the unit and noun once, for both.
// Money is left out: "5 miljoen euro, waarvan twee …" is too rare to tell.
func (x *scanner) wholeBefore(start int, a kroniek.Amount) (*kroniek.Amount, bool) {
	if a.Unit != "" || a.Object != "" || start < 1 {
		return nil, false
	}
	if w := x.low[start-1]; w != "waarvan" && !(w == "wie" && x.word(start-2) == "van") {
		return nil, false
	}
	b := x.last
	if b == nil || b.Object == "" || a.Value >= b.Value || b.End > x.toks[start].Start || b.Unit != "" && !isTimeUnit(b.Unit) {
		return nil, false
	}
	return b, true
}

// thirdsPart reports whether "een derde" or "twee derde" before token j
// is a fraction of a whole the text names ("een derde van de ouders",
// "een derde deel van de bevolking") rather than an ordinal ("een derde
// keer", "een derde verdachte"); a bare fraction ("Een derde wil weg")
// has no noun to count and is left out, as a bare "een kwart" should be.
func (x *scanner) thirdsPart(j int) bool {
	w := x.word(j)
	return w == "van" || w == "deel" && x.word(j+1) == "van"
}

// endsSentence reports that the figure ending before sentence token end
// closes its sentence: nothing but a full stop, question or exclamation
// mark follows ("Dat aantal kromp naar 12.000.").
func (x *scanner) endsSentence(end int) bool {
	if end >= len(x.toks) {
		return true
	}
	w := x.toks[end].Text
	return end == len(x.toks)-1 && (w == "." || w == "?" || w == "!")
}

// pluralSubject reports that the clause of the figure at sentence token
// start has a plural noun subject before it, which a bare count closing
// the sentence counts ("Veel studenten vertrekken, vorig jaar 4.000").
func (x *scanner) pluralSubject(start int) bool {
	if !x.parsed() {
		return false
	}
	v := x.doc.Clause(x.first + start)
	if v < 0 {
		return false
	}
	s := x.doc.Subject(v)
	return s >= x.first && s < x.first+start && x.doc.Tokens[s].Feats.Has(nl.FeatPlur) && (x.doc.Tokens[s].POS == nl.NOUN || x.doc.Tokens[s].POS == nl.PROPN)
}
