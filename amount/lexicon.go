package amount

import (
	"bufio"
	"embed"
	"strconv"
	"strings"
	"sync"

	"github.com/kroniek/kroniek/nl"
)

//go:embed data/lexicon.tsv data/pos.tsv
var dataFS embed.FS

// lexicon holds the figures lexicon (data/lexicon.tsv, written by hand) and
// the word classes (data/pos.tsv, built by internal/mklex from UD Dutch).
type lexicon struct {
	units      map[string]string  // phrase -> unit code
	mults      map[string]float64 // miljoen -> 1e6
	plurals    map[string]float64 // honderden -> 100
	approx     map[string]float64 // tiental -> 10
	fracs      map[string]float64 // anderhalf -> 1.5
	mods       map[string]string  // phrase -> canonical modifier
	refs       map[string]bool    // artikel, nummer ...
	yearPreps  map[string]bool
	yearOnly   map[string]bool // the year words after which a four-digit number is a year, never a count
	clock      map[string]bool
	months     map[string]bool
	ordUnits   map[string]bool
	notObject  map[string]bool
	adjs       map[string]bool
	idioms     map[string]bool   // fixed expressions with a number: met twee maten meten
	containers map[string]bool   // nouns that measure out another: flessen (wodka), kilo (suiker)
	parts      map[string]bool   // nouns naming a part of a whole: helft, deel, fractie
	frames     map[string]bool   // adjectives of a time frame around now: afgelopen, komende
	weightCues map[string]bool   // words that make "pond" a weight: wogen, zwaar
	moneyCues  map[string]bool   // words that make "ton" money (100.000 euro): betaald, subsidie
	aged       map[string]bool   // person nouns whose "van N" is an age: jongens, dochter
	people     []string          // plural heads of groups of persons a bare share is taken of: kiezers, bewoners
	pos        map[string]string // lowercased form -> UPOS
	maxPhrase  int
	// bad lists lexicon lines whose number does not parse; a test keeps
	// it empty.
	bad []string
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

func getLexicon() *lexicon {
	lexOnce.Do(func() { lex = loadLexicon() })
	return lex
}

func loadLexicon() *lexicon {
	l := &lexicon{
		units: map[string]string{}, mults: map[string]float64{}, plurals: map[string]float64{},
		approx: map[string]float64{}, fracs: map[string]float64{}, mods: map[string]string{},
		refs: map[string]bool{}, yearPreps: map[string]bool{}, yearOnly: map[string]bool{}, clock: map[string]bool{},
		months: map[string]bool{}, ordUnits: map[string]bool{}, notObject: map[string]bool{},
		adjs: map[string]bool{}, pos: map[string]string{}, idioms: map[string]bool{}, containers: map[string]bool{}, parts: map[string]bool{}, frames: map[string]bool{}, weightCues: map[string]bool{}, moneyCues: map[string]bool{}, aged: map[string]bool{},
	}
	// The files are embedded: a read error cannot happen at run time.
	data, _ := dataFS.ReadFile("data/lexicon.tsv")
	eachLine(string(data), func(col []string) {
		if len(col) < 2 {
			return
		}
		kind, phrase := col[0], col[1]
		val := ""
		if len(col) > 2 {
			val = col[2]
		}
		num, err := strconv.ParseFloat(val, 64)
		if err != nil && (kind == "mult" || kind == "plural" || kind == "approx" || kind == "frac") {
			l.bad = append(l.bad, kind+" "+phrase)
		}
		if n := len(strings.Fields(phrase)); n > l.maxPhrase {
			l.maxPhrase = n
		}
		switch kind {
		case "unit":
			l.units[phrase] = val
		case "mult":
			l.mults[phrase] = num
		case "plural":
			l.plurals[phrase] = num
		case "approx":
			l.approx[phrase] = num
		case "frac":
			l.fracs[phrase] = num
		case "mod":
			if val == "" {
				val = phrase
			}
			l.mods[phrase] = val
		case "ref":
			l.refs[phrase] = true
		case "yearprep":
			l.yearPreps[phrase] = true
			l.yearOnly[phrase] = val == "year"
		case "clockprep":
			l.clock[phrase] = true
		case "month":
			l.months[phrase] = true
		case "ordunit":
			l.ordUnits[phrase] = true
		case "notobject":
			l.notObject[phrase] = true
		case "adj":
			l.adjs[phrase] = true
		case "idiom":
			l.idioms[phrase] = true
		case "container":
			l.containers[phrase] = true
		case "part":
			l.parts[phrase] = true
		case "frame":
			l.frames[phrase] = true
		case "weight":
			l.weightCues[phrase] = true
		case "money":
			l.moneyCues[phrase] = true
		case "aged":
			l.aged[phrase] = true
		case "people":
			l.people = append(l.people, phrase)
		}
	})
	fromDutch(l)
	data, _ = dataFS.ReadFile("data/pos.tsv")
	eachLine(string(data), func(col []string) {
		if len(col) == 2 {
			l.pos[col[0]] = col[1]
		}
	})
	return l
}

// fromDutch fills what the one Dutch lexicon (nl.Lex) holds: months
// (with their abbreviations), multipliers and fractions. The figures
// lexicon keeps only what is particular to figures.
func fromDutch(l *lexicon) {
	nlx := nl.Lex()
	for _, w := range nlx.Forms(nl.ClassMonth) {
		l.months[w] = true
	}
	for _, w := range nlx.Forms(nl.ClassMultiplier) {
		l.mults[w], _ = nlx.Value(nl.ClassMultiplier, w)
	}
	for _, w := range nlx.Forms(nl.ClassFraction) {
		l.fracs[w], _ = nlx.Value(nl.ClassFraction, w)
	}
}

func eachLine(data string, f func(col []string)) {
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f(strings.Split(line, "\t"))
	}
}

// WordClass returns the most frequent universal part of speech of a
// lowercased Dutch word form in the UD Dutch treebanks ("NOUN", "VERB",
// "ADJ", ...), or "" when the form is unknown.
func WordClass(lower string) string { return getLexicon().pos[lower] }
