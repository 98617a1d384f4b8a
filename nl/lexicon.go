package nl

import (
	"bufio"
	_ "embed"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Class names a word class of the Dutch lexicon.
type Class string

// The classes of the lexicon. The sources are in nl/lex; see its README.
const (
	ClassParticle      Class = "particle"       // name particles: van, der, ten, von
	ClassPrefix        Class = "prefix"         // forms of address before a name: dhr., mevrouw, prof.
	ClassRole          Class = "role"           // role nouns: premier, woordvoerder; Tag "per" or "group"
	ClassWeekday       Class = "weekday"        // maandag … zondag (and abbreviations); Value 1–7
	ClassMonth         Class = "month"          // januari … december (and abbreviations); Value 1–12
	ClassNumber        Class = "number"         // cardinal words 0–999: twee, eenentwintig, driehonderd
	ClassOrdinal       Class = "ordinal"        // eerste, tweede, twintigste
	ClassMultiplier    Class = "mult"           // honderd, duizend, miljoen, miljard, mln.
	ClassFraction      Class = "frac"           // half, anderhalf, kwart, dozijn
	ClassSpeechVerb    Class = "speech"         // speech, writing, opinion and asking verbs; Tag the kind and form
	ClassFrameVerb     Class = "frame"          // other verbs whose dat-clause is a claim or finding: aantonen, uitsluiten (lemmas only)
	ClassReportNoun    Class = "report_noun"    // de-nouns whose dat-clause is what was said: klacht, stellingname
	ClassNegation      Class = "negation"       // niet, geen, nooit
	ClassModal         Class = "modal"          // kunnen, zullen, willen, moeten, mogen, hoeven (all forms)
	ClassHedge         Class = "hedge"          // dreigen, lijken, overwegen, proberen (all forms)
	ClassFutureAux     Class = "future_aux"     // zal, zullen, gaat
	ClassPassiveAux    Class = "passive_aux"    // wordt, werd, geworden
	ClassPerfectAux    Class = "perfect_aux"    // heeft, had, is, was
	ClassSubjPronoun   Class = "pronoun_subj"   // ik, je, hij, ze, men
	ClassPersonPronoun Class = "pronoun_person" // hij, zij, ze: pronouns that stand for a person
	ClassRelative      Class = "relative"       // die, dat, wie, wat, welke, waar
	ClassSubordinator  Class = "subordinator"   // dat, omdat, terwijl, nadat
)

// Entry is one form of the lexicon.
type Entry struct {
	Class Class
	Form  string // lower case; a multiword form has single spaces
	Lemma string // the dictionary form: zei → zeggen, ministers → minister
	// Particle, for a finite form of a separable or multiword verb, is the
	// word that must follow later in the clause: "voegt … toe" has Form
	// "voegt" and Particle "toe"; "liet … weten" Particle "weten".
	Particle string
	// Value is a number's, weekday's or month's value; for a role, 1 when
	// a short role heads compounds freely (see RoleHead).
	Value float64
	// Tag says more: for roles "per" or "group"; for speech verbs the kind
	// and form, "speech/past", "opinion/part", "write/pres", "ask/inf".
	Tag string
}

// Lexicon is the one Dutch lexicon: every list of Dutch words kroniek
// reads. It is safe for concurrent use.
type Lexicon struct {
	byForm  map[lexKey][]Entry
	byClass map[Class][]string
	roles   map[string][]Entry // role forms by their last three bytes, longest first, for RoleHead
	skipped int                // malformed lines (a test keeps it zero)
}

type lexKey struct {
	class Class
	form  string
}

//go:generate go run ../cmd/kroniek gen lex --src lex --out data/lexicon.tsv

//go:embed data/lexicon.tsv
var lexiconData string

var lex = sync.OnceValue(func() *Lexicon { return parseLexicon(lexiconData) })

// Lex returns the embedded Dutch lexicon, loaded on first use.
func Lex() *Lexicon { return lex() }

// parseLexicon reads the generated TSV: class, form, lemma, particle,
// value, tag.
func parseLexicon(data string) *Lexicon {
	l := &Lexicon{byForm: map[lexKey][]Entry{}, byClass: map[Class][]string{}, roles: map[string][]Entry{}}
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			l.skipped++
			continue
		}
		e := Entry{Class: Class(f[0]), Form: f[1], Lemma: f[2], Particle: f[3], Tag: f[5]}
		if f[4] != "" {
			v, err := strconv.ParseFloat(f[4], 64)
			if err != nil {
				l.skipped++
				continue
			}
			e.Value = v
		}
		k := lexKey{e.Class, e.Form}
		if len(l.byForm[k]) == 0 {
			l.byClass[e.Class] = append(l.byClass[e.Class], e.Form)
		}
		l.byForm[k] = append(l.byForm[k], e)
		if e.Class == ClassRole && len(e.Form) >= 3 && !strings.Contains(e.Form, " ") {
			suffix := e.Form[len(e.Form)-3:]
			l.roles[suffix] = append(l.roles[suffix], e)
		}
	}
	for _, forms := range l.byClass {
		sort.Strings(forms)
	}
	for _, es := range l.roles {
		sort.SliceStable(es, func(i, j int) bool { return len(es[i].Form) > len(es[j].Form) })
	}
	return l
}

// lower lower-cases s, without allocating when it is lower case already.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(strings.ReplaceAll(s, "’", "'"))
		}
	}
	return s
}

// asciiLower appends s lowercased to buf, and reports whether it could:
// s is ASCII and fits in buf's capacity. Lookup indexes its map with the
// bytes, which does not allocate; lower would, for every capitalised word
// ("Niet", "Zei" opening a sentence, every name) the extractors ask about.
func asciiLower(buf []byte, s string) ([]byte, bool) {
	if len(s) > cap(buf) {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf, true
}

// Lookup returns the entries of class c for form, matched case-insensitively.
func (l *Lexicon) Lookup(c Class, form string) []Entry {
	var buf [32]byte
	if b, ok := asciiLower(buf[:0], form); ok {
		return l.byForm[lexKey{c, string(b)}]
	}
	return l.byForm[lexKey{c, lower(form)}]
}

// Is reports whether form belongs to class c, case-insensitively.
func (l *Lexicon) Is(c Class, form string) bool {
	return len(l.Lookup(c, form)) > 0
}

// Value returns the value of form in class c: a number word's number, a
// weekday's 1–7, a month's 1–12.
func (l *Lexicon) Value(c Class, form string) (float64, bool) {
	es := l.Lookup(c, form)
	if len(es) == 0 {
		return 0, false
	}
	return es[0].Value, true
}

// Lemma returns the lemma of form in class c, and whether it is there.
func (l *Lexicon) Lemma(c Class, form string) (string, bool) {
	es := l.Lookup(c, form)
	if len(es) == 0 {
		return "", false
	}
	return es[0].Lemma, true
}

// Forms returns every form of class c, sorted. The slice is shared: do not
// modify it.
func (l *Lexicon) Forms(c Class) []string { return l.byClass[c] }

// Set returns the forms of class c as a set, for callers that test many
// words against one class.
func (l *Lexicon) Set(c Class) map[string]bool {
	m := make(map[string]bool, len(l.byClass[c]))
	for _, f := range l.byClass[c] {
		m[f] = true
	}
	return m
}

// IsFullName reports whether w (lower case) is a weekday or month
// (class c) written in full: "maandag", "maart", not the abbreviations
// "ma", "zo", "mrt", which are ordinary words or need a context.
func (l *Lexicon) IsFullName(c Class, w string) bool {
	for _, e := range l.Lookup(c, w) {
		if e.Tag != "abbr" {
			return true
		}
	}
	return false
}

// IsCalendarName reports whether w (lower case) is a weekday or month
// written in full.
func (l *Lexicon) IsCalendarName(w string) bool {
	return l.IsFullName(ClassWeekday, w) || l.IsFullName(ClassMonth, w)
}

// RoleHead returns the role noun a word is or ends in: "premier",
// "oud-premier", "VVD-leider", "Verkeersminister", "woordvoerders". A
// role of fewer than six letters counts inside a compound only after a
// hyphen, so that "ochtendspits" is no "spits", unless the lexicon marks
// it a head of compounds and four letters or more come before it:
// "politiechef", "huurbaas", but not "verbaas".
func (l *Lexicon) RoleHead(word string) (Entry, bool) {
	w := lower(word)
	if es := l.byForm[lexKey{ClassRole, w}]; len(es) > 0 {
		return es[0], true
	}
	if len(w) < 4 {
		return Entry{}, false
	}
	for _, e := range l.roles[w[len(w)-3:]] {
		if len(e.Form) >= len(w) || !strings.HasSuffix(w, e.Form) {
			continue
		}
		rest := w[:len(w)-len(e.Form)]
		if strings.HasSuffix(rest, "-") || (utf8.RuneCountInString(e.Form) >= 6 && utf8.RuneCountInString(rest) >= 3) || (e.Value == 1 && utf8.RuneCountInString(rest) >= 4) {
			return e, true
		}
	}
	return Entry{}, false
}
