package event

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"sync"

	"github.com/kroniek/kroniek/nl"
)

//go:embed lexicon/*.tsv
var lexiconFS embed.FS

// Form kinds of a verb token.
const (
	formFinite = 1 << iota // present or past tense
	formInf                // infinitive (also the plural present)
	formPart               // past participle
	formStem               // the bare stem (ik-form, imperative): often a noun too
)

// sense is one event meaning of a verb, noun or expression.
type sense struct {
	Type     string
	Mode     string
	Preps    []string
	NeedPrep bool
	Obj      bool
	Swap     bool
	NegRej   bool
	Hyp      bool
	Win      bool
	Refl     bool
	NoDat    bool
	Named    bool
	Keyed    bool
	// Agent: the actor must be an entity or a group (the threat of
	// "de stad dreigt dicht te slibben" is a risk, not a threat).
	Agent bool
	// Zijn: the perfect takes zijn (is afgetreden), so zijn + participle is
	// no passive.
	Zijn  bool
	NoObj bool
	// NoQuestion: no event before an indirect question (vroeg of …).
	NoQuestion bool
	// NoOver: no event with an over-phrase (adviseert het stadsbestuur
	// over energie: an adviser's work, not a request).
	NoOver bool
	// Thing: an event only when the object is a thing, not a party
	// (verwelkomde het besluit endorses it; verwelkomt een moeder bij de
	// fractie, verwelkomt de gasten is a host's welcome).
	Thing bool
	// Dat: an event only before a dat-clause, whose subject is the
	// recipient (de bond wil dat de gemeente ingrijpt).
	Dat bool
	// Kan: kunnen is part of the expression (kan zich vinden in), not a
	// modal that makes the event hypothetical.
	Kan bool
	// NoTe: the event sense takes no te-infinitive, so its particle is no
	// particle before one ("zegt … op zijn merites te beoordelen" is no
	// opzeggen) and a te-infinitive complement makes it no event ("gaf toe
	// zich schuldig te hebben gemaakt" admits, it does not yield).
	NoTe bool
	// Patient: the subject is acted on and the actor is the van- or
	// door-phrase, or none (kreeg drie jaar cel: a court unnamed).
	Patient bool
	// Content: the direct object is what is asked, not who is asked
	// (eist onderzoek, bepleit een verbod), and so is a dat-clause (eiste
	// dat de bezuinigingen worden teruggedraaid).
	Content bool
	// Victim: a killing or a shooting whose named victim, the subject of
	// a passive, makes the event whole without its doer (X werd in 2003
	// doodgeschoten): killers are often unknown, or named in another
	// sentence. On a noun, its van-phrase is that victim (de liquidatie
	// van X).
	Victim bool
	// Charge: a prosecution (verdenken, aanklagen, vervolgen, berechten):
	// in the passive the justice system is its implied doer, as a court
	// is a conviction's (X wordt verdacht van moord).
	Charge bool
	// Propose: an event only before a dat- or om-clause (or with an
	// om … te-infinitive in its clause) and with no reflexive or object
	// pronoun (stellen voor om …, stelde voor dat …: a proposal; not "stel
	// je voor", "kan zich voorstellen", "stelde hem voor aan": imagining,
	// introducing).
	Propose bool
}

// verb is one conjugated Dutch verb.
type verb struct {
	Inf      string // infinitive as written in conj.tsv (joined particle)
	Particle string
	Senses   []sense
	Phrases  []phrase
}

// phrase is a verb + noun expression.
type phrase struct {
	Nouns []string
	Sense sense
	// nouns are Nouns cut once at their "+" (hasNoun runs for every word
	// of a clause with the verb).
	nouns []nounPat
}

// nounPat is one noun of a phrase: "de+hand" is the noun hand right
// after the word de (before "de", prev true).
type nounPat struct {
	before, noun string
	prev         bool
}

// nounPats cuts nouns at their first "+".
func nounPats(nouns []string) []nounPat {
	out := make([]nounPat, len(nouns))
	for i, n := range nouns {
		if before, noun, ok := strings.Cut(n, "+"); ok {
			out[i] = nounPat{before: before, noun: noun, prev: true}
		} else {
			out[i] = nounPat{noun: n}
		}
	}
	return out
}

// verbForm is one surface form of a verb.
type verbForm struct {
	Verb   *verb
	Kind   int
	Joined bool // the particle is part of the token (opbellen, opgeroepen)
}

// Lexicon is the embedded Dutch event lexicon: verbs with every inflection,
// verb + noun expressions, event nouns, generic groups and closed word classes.
type Lexicon struct {
	verbs  map[string]*verb
	forms  map[string][]verbForm
	past   map[string]bool // simple-past forms (lag, lagen), which the tagger may read as present
	nouns  map[string]sense
	groups map[string]string   // single words
	suffix [][2]string         // compound heads (*politie) and their roles, in file order
	multi  map[string][]string // first word -> multiword group keys
	words  map[string]map[string]bool
}

var loadLexicon = sync.OnceValues(func() (*Lexicon, error) { return readLexicon() })

// Load returns the embedded lexicon, read once.
func Load() (*Lexicon, error) { return loadLexicon() }

func readLexicon() (*Lexicon, error) {
	lx := &Lexicon{
		verbs: map[string]*verb{}, forms: map[string][]verbForm{}, past: map[string]bool{}, nouns: map[string]sense{},
		groups: map[string]string{}, multi: map[string][]string{},
		words: map[string]map[string]bool{},
	}
	steps := []struct {
		file string
		fn   func(f []string) error
	}{
		{"conj.tsv", lx.addConj},
		{"verbs.tsv", lx.addVerb},
		{"phrases.tsv", lx.addPhrase},
		{"nouns.tsv", lx.addNoun},
		{"groups.tsv", lx.addGroup},
		{"words.tsv", lx.addWords},
	}
	for _, s := range steps {
		if err := eachLine(s.file, s.fn); err != nil {
			return nil, err
		}
	}
	return lx, nil
}

func eachLine(name string, fn func([]string) error) error {
	data, err := lexiconFS.ReadFile("lexicon/" + name)
	if err != nil {
		return fmt.Errorf("read lexicon %s: %w", name, err)
	}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(strings.Fields(line)); err != nil {
			return fmt.Errorf("read lexicon %s line %d: %w", name, n, err)
		}
	}
	return nil
}

func (lx *Lexicon) addConj(f []string) error {
	if len(f) < 6 {
		return fmt.Errorf("want 6 columns, got %d", len(f))
	}
	inf, particle, stem, pastSg, pastPl, part := f[0], dash(f[1]), f[2], f[3], dash(f[4]), f[5]
	if _, dup := lx.verbs[inf]; dup {
		return fmt.Errorf("verb %q twice", inf)
	}
	v := &verb{Inf: inf, Particle: particle}
	lx.verbs[inf] = v
	base := strings.TrimPrefix(inf, particle)
	if pastPl == "" {
		if strings.HasSuffix(pastSg, "e") {
			pastPl = pastSg + "n"
		} else {
			pastPl = pastSg + "en"
		}
	}
	third := stem + "t"
	switch n := len(stem); {
	case strings.HasSuffix(stem, "t"):
		third = stem
	case n >= 2 && strings.ContainsRune("aou", rune(stem[n-1])) && !strings.ContainsRune("aeiou", rune(stem[n-2])):
		third = stem + stem[n-1:] + "t" // ga → gaat, sla → slaat
	}
	add := func(form string, kind int, joined bool) {
		for i, vf := range lx.forms[form] {
			if vf.Verb == v && vf.Joined == joined {
				lx.forms[form][i].Kind |= kind
				return
			}
		}
		lx.forms[form] = append(lx.forms[form], verbForm{Verb: v, Kind: kind, Joined: joined})
	}
	finite := []string{third, pastSg, pastPl}
	for _, w := range []string{pastSg, pastPl} {
		if w != base && w != third && w != stem {
			lx.past[w] = true
		}
	}
	if stem != third {
		add(stem, formStem, false)
		if particle != "" {
			add(particle+stem, formStem, true)
		}
	} else {
		finite = append(finite, stem)
	}
	if len(f) > 6 {
		finite = append(finite, strings.Split(f[6], ",")...)
	}
	for _, w := range finite {
		add(w, formFinite, false)
		if particle != "" {
			add(particle+w, formFinite, true)
		}
	}
	add(base, formInf|formFinite, false)
	if particle != "" {
		add(inf, formInf|formFinite, true)
	}
	add(part, formPart, particle != "")
	return nil
}

func (lx *Lexicon) parseSense(typ, mode, preps, flags string) (sense, error) {
	s := sense{Type: typ, Mode: dash(mode)}
	if typ == noEvent {
		// an expression that is no event and silences its clause
	} else if !validType(typ) {
		return s, fmt.Errorf("unknown PLOVER type %q", typ)
	}
	if p := dash(preps); p != "" {
		s.Preps = strings.Split(p, ",")
	}
	if fl := dash(flags); fl != "" {
		for _, x := range strings.Split(fl, ",") {
			switch x {
			case "needprep":
				s.NeedPrep = true
			case "obj":
				s.Obj = true
			case "swap":
				s.Swap = true
			case "negrej":
				s.NegRej = true
			case "hyp":
				s.Hyp = true
			case "win":
				s.Win = true
			case "refl":
				s.Refl = true
			case "nodat":
				s.NoDat = true
			case "named":
				s.Named = true
			case "keyed":
				s.Keyed = true
			case "agent":
				s.Agent = true
			case "zijn":
				s.Zijn = true
			case "noobj":
				s.NoObj = true
			case "noq":
				s.NoQuestion = true
			case "noover":
				s.NoOver = true
			case "thing":
				s.Thing = true
			case "dat":
				s.Dat = true
			case "kan":
				s.Kan = true
			case "note":
				s.NoTe = true
			case "patient":
				s.Patient = true
			case "content":
				s.Content = true
			case "victim":
				s.Victim = true
			case "charge":
				s.Charge = true
			case "propose":
				s.Propose = true
			default:
				return s, fmt.Errorf("unknown flag %q", x)
			}
		}
	}
	return s, nil
}

func (lx *Lexicon) addVerb(f []string) error {
	v, s, err := lx.verbSense(f, 5)
	if err != nil {
		return err
	}
	v.Senses = append(v.Senses, s)
	return nil
}

func (lx *Lexicon) addPhrase(f []string) error {
	v, s, err := lx.verbSense(f, 6)
	if err != nil {
		return err
	}
	nouns := strings.Split(f[1], ",")
	v.Phrases = append(v.Phrases, phrase{Nouns: nouns, Sense: s, nouns: nounPats(nouns)})
	return nil
}

// verbSense reads a line of verbs.tsv (n = 5 columns) or phrases.tsv (6:
// the nouns second): the conjugated verb of its first column and the sense
// of its last four.
func (lx *Lexicon) verbSense(f []string, n int) (*verb, sense, error) {
	if len(f) != n {
		return nil, sense{}, fmt.Errorf("want %d columns, got %d", n, len(f))
	}
	v := lx.verbs[f[0]]
	if v == nil {
		return nil, sense{}, fmt.Errorf("verb %q not in conj.tsv", f[0])
	}
	s, err := lx.parseSense(f[n-4], f[n-3], f[n-2], f[n-1])
	return v, s, err
}

func (lx *Lexicon) addNoun(f []string) error {
	if len(f) != 5 {
		return fmt.Errorf("want 5 columns, got %d", len(f))
	}
	s, err := lx.parseSense(f[1], f[2], f[3], f[4])
	if err != nil {
		return err
	}
	for _, n := range strings.Split(f[0], ",") {
		if _, dup := lx.nouns[n]; dup {
			return fmt.Errorf("noun %q twice", n)
		}
		lx.nouns[n] = s
	}
	return nil
}

func (lx *Lexicon) addGroup(f []string) error {
	if len(f) != 2 {
		return fmt.Errorf("want 2 columns, got %d", len(f))
	}
	w, role := f[0], f[1]
	switch {
	case strings.HasPrefix(w, "*"):
		lx.suffix = append(lx.suffix, [2]string{w[1:], role})
		lx.groups[w[1:]] = role
	case strings.Contains(w, "_"):
		parts := strings.Split(w, "_")
		lx.multi[parts[0]] = append(lx.multi[parts[0]], w)
		lx.groups[w] = role
	default:
		lx.groups[w] = role
	}
	return nil
}

func (lx *Lexicon) addWords(f []string) error {
	if len(f) < 2 {
		return fmt.Errorf("want a class and words")
	}
	m := lx.words[f[0]]
	if m == nil {
		m = map[string]bool{}
		lx.words[f[0]] = m
	}
	for _, w := range f[1:] {
		m[strings.ReplaceAll(w, "_", " ")] = true
	}
	return nil
}

// is reports whether the lowercased word w belongs to the closed class.
// The closed classes that the one Dutch lexicon (nl.Lex) holds are read
// there (neg, modal, subjpron, pron); the event lexicon keeps only
// event-specific lists. "title" is a person's role noun of nl.Lex
// (premier, oppositieleider); "hedge" joins nl's hedge verbs and the
// event lexicon's hedge adverbs. (A switch, not a map of classes: is
// runs for most words of every clause, several times.)
func (lx *Lexicon) is(class, w string) bool {
	switch class {
	case "neg":
		return nl.Lex().Is(nl.ClassNegation, w)
	case "modal":
		return nl.Lex().Is(nl.ClassModal, w)
	case "subjpron":
		return nl.Lex().Is(nl.ClassSubjPronoun, w)
	case "pron":
		return nl.Lex().Is(nl.ClassPersonPronoun, w)
	case "title":
		e, ok := nl.Lex().RoleHead(w)
		return ok && e.Tag == "per"
	case "hedge":
		if nl.Lex().Is(nl.ClassHedge, w) {
			return true
		}
	}
	return lx.words[class][w]
}

// lastHyphen is strings.LastIndexAny(w, "-‐") (a hyphen or U+2010)
// without building a rune set on every call.
func lastHyphen(w string) int {
	return max(strings.LastIndexByte(w, '-'), strings.LastIndex(w, "‐"))
}

// noun returns the event sense of a noun token, also as the head of a
// compound (EU-sancties, oppositiemars).
func (lx *Lexicon) noun(w string) (sense, bool) {
	if s, ok := lx.nouns[w]; ok {
		return s, true
	}
	if i := lastHyphen(w); i > 0 {
		if s, ok := lx.nouns[w[i+1:]]; ok {
			return s, true
		}
	}
	return sense{}, false
}

// hasNoun reports whether token w is, or ends in, one of nouns.
func hasNoun(w, prev string, nouns []nounPat) bool {
	for _, np := range nouns {
		if np.prev && prev != np.before {
			continue
		}
		n := np.noun
		if w == n {
			return true
		}
		if len(w) > len(n)+2 && strings.HasSuffix(w, n) {
			c := w[len(w)-len(n)-1]
			// a hyphenated compound, or a closed compound of a long head or
			// with a long modifier (ontwikkelingshulp)
			if c == '-' || len(n) >= 6 || len(n) >= 4 && len(w) >= len(n)+6 {
				return true
			}
		}
	}
	return false
}

// group returns the generic role of a single word, also as compound head.
func (lx *Lexicon) group(w string) (string, bool) {
	if r, ok := lx.groups[w]; ok && !strings.Contains(w, "_") {
		return r, true
	}
	for _, sr := range lx.suffix {
		if strings.HasSuffix(w, sr[0]) {
			return sr[1], true
		}
	}
	return "", false
}

// noEvent is the type of expressions that look like events but are not
// (roept de vraag op, moet aan eisen voldoen).
const noEvent = "NONE"

func validType(t string) bool {
	for _, x := range eventTypes {
		if x == t {
			return true
		}
	}
	return false
}

func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}
