package timex

import (
	"bufio"
	"embed"
	"strconv"
	"strings"
	"sync"

	"github.com/kroniek/kroniek/amount"
	"github.com/kroniek/kroniek/nl"
)

//go:embed data/lexicon.tsv data/tense.tsv
var dataFS embed.FS

// lexicon is the time lexicon (data/lexicon.tsv, written by hand: words
// for times the Dutch lexicon does not hold), the months, weekdays and
// auxiliaries of the one Dutch lexicon (nl.Lex), and the verb tenses
// (data/tense.tsv, built by amount/internal/mklex from UD).
type lexicon struct {
	words  map[string]map[string]string // kind -> word -> value
	tense  map[string]string            // verb form -> past | pres | part
	starts map[string]bool              // words that may start an expression
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

func getLexicon() *lexicon {
	lexOnce.Do(func() {
		lex = &lexicon{words: map[string]map[string]string{}, tense: map[string]string{}, starts: map[string]bool{}}
		// Embedded files: reading them cannot fail at run time.
		data, _ := dataFS.ReadFile("data/lexicon.tsv")
		eachLine(string(data), func(col []string) {
			if len(col) < 2 {
				return
			}
			if lex.words[col[0]] == nil {
				lex.words[col[0]] = map[string]string{}
			}
			v := ""
			if len(col) > 2 {
				v = col[2]
			}
			lex.words[col[0]][col[1]] = v
		})
		fromDutch(lex)
		for _, kind := range []string{"month", "monthabbr", "weekday", "past", "future", "this", "monthmod",
			"yearmod", "reldate", "lang", "vague", "setword", "every"} {
			for w := range lex.words[kind] {
				lex.starts[w] = true
			}
		}
		for w := range lex.words["holiday"] {
			lex.starts[strings.Fields(w)[0]] = true // oud en nieuw: its first word
		}
		for _, w := range []string{"jaren", "over", "al", "een", "één", "anderhalf", "anderhalve", "'s",
			"op", "in", "die", "dat", "dezelfde", "diezelfde", "datzelfde", "hetzelfde"} {
			lex.starts[w] = true
		}
		data, _ = dataFS.ReadFile("data/tense.tsv")
		eachLine(string(data), func(col []string) {
			if len(col) == 2 {
				lex.tense[col[0]] = col[1]
			}
		})
	})
	return lex
}

// fromDutch fills the kinds the one Dutch lexicon holds: month (full
// names), monthabbr, weekday (full names only: "zo" and "ma" are words
// too), future_aux, perfect_aux and modal.
func fromDutch(l *lexicon) {
	nlx := nl.Lex()
	set := func(kind, w string, v float64) {
		if l.words[kind] == nil {
			l.words[kind] = map[string]string{}
		}
		l.words[kind][w] = strconv.Itoa(int(v))
	}
	for _, w := range nlx.Forms(nl.ClassMonth) {
		for _, e := range nlx.Lookup(nl.ClassMonth, w) {
			if e.Tag == "abbr" {
				set("monthabbr", w, e.Value)
			} else {
				set("month", w, e.Value)
			}
		}
	}
	for _, w := range nlx.Forms(nl.ClassWeekday) {
		for _, e := range nlx.Lookup(nl.ClassWeekday, w) {
			if e.Tag != "abbr" {
				set("weekday", w, e.Value)
			}
		}
	}
	for kind, c := range map[string]nl.Class{"future_aux": nl.ClassFutureAux, "perfect_aux": nl.ClassPerfectAux, "modal": nl.ClassModal} {
		for _, w := range nlx.Forms(c) {
			set(kind, w, 0)
		}
	}
}

func eachLine(data string, f func(col []string)) {
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		if line := sc.Text(); line != "" && line[0] != '#' {
			f(strings.Split(line, "\t"))
		}
	}
}

// partEnd reports whether w ends in a part of the day (maandagavond).
func (l *lexicon) partEnd(w string) bool {
	for p := range l.words["partofday"] {
		if strings.HasSuffix(w, p) {
			return true
		}
	}
	return false
}

// incidentEnd reports whether w is, or ends in, a noun of an unplanned
// event (crash, vliegtuigcrash, bomaanslag).
func (l *lexicon) incidentEnd(w string) bool {
	for p := range l.words["incident"] {
		if strings.HasSuffix(w, p) {
			return true
		}
	}
	return false
}

// scheduledEnd reports whether w is, or ends in, a noun of a planned
// event or an issue that takes a date ("de verkiezingen van morgen", "de
// editie van morgen"), unlike "de wereld van morgen", the future.
func (l *lexicon) scheduledEnd(w string) bool {
	for p := range l.words["scheduled"] {
		if strings.HasSuffix(w, p) {
			return true
		}
	}
	return false
}

// is reports whether word w is of the given kind.
func (l *lexicon) is(kind, w string) bool {
	_, ok := l.words[kind][w]
	return ok
}

// num returns the numeric value of word w of the given kind.
func (l *lexicon) num(kind, w string) (int, bool) {
	v, ok := l.words[kind][w]
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(v)
	return n, err == nil
}

// month returns the month number of a full or abbreviated month name.
func (l *lexicon) month(w string, abbrev bool) int {
	if n, ok := l.num("month", w); ok {
		return n
	}
	if abbrev {
		if n, ok := l.num("monthabbr", w); ok {
			return n
		}
	}
	return 0
}

// Tense of a sentence, as far as its verbs tell.
const (
	tenseNone    = 0
	tensePast    = -1
	tenseFuture  = 1 // a future auxiliary: zal, zullen, gaat
	tensePresent = 2
)

// sentenceTense classifies a clause by its verbs: a finite past form
// (the tense list, the strong past forms of the lexicon, or a regular past
// such as arresteerde) or a perfect (heeft ... gemaakt, zijn ...
// aangehouden) makes it past; a future auxiliary makes it future; any
// present finite verb present. zou/zouden are left out.
func (l *lexicon) sentenceTense(low []string) int {
	var past, guessed, pres, presGuess, fut, perfAux, part, havePerfect bool
	for k, w := range low {
		if k > 0 && low[k-1] == "te" && !l.is("future_aux", w) {
			continue // te horen, te komen: an infinitive is not finite
		}
		switch w {
		case "zou", "zouden":
			continue
		case "zijn":
			if possessiveZijn(low, k) {
				continue // zijn nieuwe baan: a possessive
			}
		}
		switch l.tense[w] {
		case "past":
			past = true
		case "pres":
			pres = true
		case "part":
			part = true
		}
		if l.tense[w] == "" && l.strongPast(w) {
			past = true
		}
		if l.is("future_aux", w) && (k == 0 || low[k-1] != "te") {
			fut = true // but not "te zullen aftreden"
		}
		if l.is("perfect_aux", w) {
			perfAux = true
		}
		if l.tense[w] == "" && amount.WordClass(w) == "" && guessPast(w) {
			guessed = true
		}
		if l.tense[w] != "past" && (amount.WordClass(w) == "" || amount.WordClass(w) == "VERB") && guessParticiple(w) {
			part = true // also verlaten, listed as a present plural
		}
		if havePerfect && ipp[w] {
			part = true // heeft laten weten: an infinitive for a participle
		}
		if w == "heeft" || w == "hebben" || w == "had" || w == "hadden" || w == "hebt" {
			havePerfect = true
		}
		// An unknown verb in -eert (organiseert), or in -t after a subject
		// pronoun (dat vergadert): present.
		if l.tense[w] == "" && amount.WordClass(w) == "" && len(w) > 4 && strings.HasSuffix(w, "t") && !geParticiple(w) &&
			(strings.HasSuffix(w, "eert") || k > 0 && subjectPronoun[low[k-1]]) {
			presGuess = true // a guess: "het account" is no verb, and a guessed past wins
		}
		// A verb the tense list lacks, ending in -t or -en: present
		// (beslist, beslissen); a past form elsewhere still wins.
		if l.tense[w] == "" && amount.WordClass(w) == "VERB" && (strings.HasSuffix(w, "t") || strings.HasSuffix(w, "en")) && !geParticiple(w) {
			pres = true
		}
	}
	switch {
	case past:
		return tensePast
	case perfAux && part:
		return tensePast
	case fut:
		return tenseFuture
	case pres:
		return tensePresent
	case guessed:
		return tensePast
	case presGuess:
		return tensePresent
	}
	return tenseNone
}

// subjectPronoun are pronouns a finite verb follows in a main clause.
var subjectPronoun = map[string]bool{"hij": true, "zij": true, "ze": true, "het": true, "dat": true, "die": true, "men": true, "er": true, "dit": true}

// ipp are the verbs whose infinitive stands for the participle in a
// perfect with another infinitive: heeft laten weten, hebben moeten wachten.
var ipp = map[string]bool{"laten": true, "moeten": true, "willen": true, "kunnen": true, "mogen": true, "durven": true, "zien": true, "horen": true}

// strongPast reports a past form of a strong or irregular verb, also
// behind an inseparable prefix: bespraken, verdween, overleed.
func (l *lexicon) strongPast(w string) bool {
	if l.is("pastform", w) {
		return true
	}
	for _, p := range []string{"be", "ver", "ont", "her", "ge", "er", "over", "onder", "door", "mis"} {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 3 && l.is("pastform", rest) {
			return true
		}
	}
	return false
}

// guessPast recognises regular (weak) past forms no lexicon knows:
// ontmoetten, arresteerde, belden, eisten. Adjective endings (-ische,
// -ende, -ige, -lijke, -ste) are left out.
func guessPast(w string) bool {
	if len(w) < 5 || w == "midden" {
		return false
	}
	for _, suf := range []string{"sche", "ende", "ige", "lijke", "ste", "sten", "nde"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	for _, suf := range []string{"den", "ten", "de", "te"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 3 {
			continue
		}
		last := stem[len(stem)-1]
		return !strings.ContainsRune("aeiouy", rune(last))
	}
	return false
}

// particles are separable verb particles that come before ge- in a
// participle (meegedaan, aangehouden, teruggetrokken).
var particles = []string{"aan", "af", "bij", "binnen", "door", "in", "los", "mee", "na", "neer", "om", "onder", "op",
	"over", "rond", "samen", "terug", "tegen", "toe", "uit", "vast", "voor", "vrij", "weg", "dicht", "open", "stil", "vol", "bekend"}

// geParticiple recognises participles with ge-: gemaakt, opgepakt.
func geParticiple(w string) bool {
	return guessParticiple(w) && (strings.HasPrefix(w, "ge") || !strings.HasPrefix(w, "be") && !strings.HasPrefix(w, "ver") && !strings.HasPrefix(w, "ont") && !strings.HasPrefix(w, "her"))
}

// guessParticiple recognises participles: gemaakt, gereden, opgepakt,
// meegedaan, aangehouden; and those without ge- after an inseparable
// prefix (bereikt, verloren, ontvangen) when they end in -d, -t or -en.
func guessParticiple(w string) bool {
	if strings.HasSuffix(w, "heid") || len(w) < 5 {
		return false
	}
	end := strings.HasSuffix(w, "d") || strings.HasSuffix(w, "t") || strings.HasSuffix(w, "n")
	if !end {
		return false
	}
	if strings.HasPrefix(w, "ge") {
		return len(w) <= 13
	}
	for _, p := range particles {
		if strings.HasPrefix(w, p+"ge") && len(w) > len(p)+4 {
			return true
		}
	}
	for _, p := range []string{"be", "ver", "ont", "her"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+3 {
			return true
		}
	}
	return false
}
