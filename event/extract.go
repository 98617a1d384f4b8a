package event

import (
	"slices"
	"strings"

	"sort"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
	"github.com/kroniek/kroniek/quote"
)

var eventTypes = kroniek.EventTypes

// Trigger priorities: an expression outranks a verb, a verb a noun.
const (
	prioNoun   = 1
	prioVerb   = 3
	prioPhrase = 4
	prioWin    = 5
)

// trigger is one candidate event word (or words) of a clause.
type trigger struct {
	sense
	prio  int
	pos   []int // clause positions of the trigger words, first the verb or noun
	kind  int   // verb form kind; 0 for a noun
	noun  bool
	hedge bool // the trigger word is itself a hedge (dreigen)
	te    bool // the verb is a te-infinitive (governed by another verb)
	// own is set for a noun coded beside its clause's event: its sides
	// must come with the noun (de EU-sancties, de arrestatie van X), never
	// from the clause's subject.
	own bool
	// inPP is set for a noun inside a prepositional phrase (op de
	// protesten van X): an event only with sides of its own.
	inPP bool
}

// extractor holds one article's state while its sentences are read.
type extractor struct {
	lx       *Lexicon
	doc      *nl.Doc
	mentions []kroniek.Mention
	locals   map[string]*kroniek.LocalEntity
	times    []kroniek.TimeRef
	timeIdx  *spanIndex   // times by start, for timeAt
	spans    map[int]bool // start offsets of times in a span (spanTimes)
	ref      string
	article  string
	// subjects holds the main-clause subject of each sentence read so far.
	subjects []arg
	// prev is the sentence read before the current one in its paragraph
	// (nil at a paragraph's start); prevUnnamed caches its unnamedSubject,
	// -1 until a pronoun asks for it, so a sentence without an event word
	// is parsed only when a pronoun after it needs its subject.
	prev        *sentenceCtx
	prevUnnamed int
	lastPara    int
	// setting is the article's most mentioned place: the recipient of
	// sanctions and protests that name none.
	setting arg
	// roles holds the persons the article introduced with a role noun,
	// by role, for "de wethouder" later on.
	roles map[string][]roleRef
	// pastUndated holds the trigger starts of the events in a past tense
	// that no time of their own or of the narrative dates (sameEventDates).
	pastUndated []int
	// anaDated holds, by sentence index, the date a time pointing back
	// (toen, datzelfde jaar) gave an event of the sentence's main clause:
	// the narrative time of a sentence that names no time itself.
	anaDated map[int][2]string
	// orgKinds holds the organisations the article introduced with a kind
	// noun (vakbond FNV), by kind, for "de bond" later on.
	orgKinds map[string][]string
	// quotes are the article's quotes with a speaker, by start: ik/we
	// inside one is its speaker.
	quotes []kroniek.Quote
	// localList is locals as given; referrer reads pronouns and
	// descriptions as the quote layer reads speakers (referred), made on
	// first use.
	localList []kroniek.LocalEntity
	referrer  *quote.Referrer
}

// sentenceCtx is one sentence being read.
type sentenceCtx struct {
	sent        *nl.Sentence
	index       int // the sentence's index in the doc
	words       []word
	text        string
	mainSubject arg
	// skip is the number of opening words of a dateline (Rotterdam De
	// politie …): no side.
	skip     int
	clauses  []clause // the sentence's clauses, for dates
	question bool
	reported bool
	// cond is set once a conditional clause (als, indien …) was read.
	cond bool
	// opinion is set once a clause with an opinion verb (vinden, hopen,
	// verwachten …) was read: its dat-clauses are hypothetical.
	opinion bool
	// lastRecip is the recipient of the last event code read in the
	// sentence (for a coordinated verb that shares it).
	lastRecip arg
	// lastActor and lastPassive are the actor of that event and whether
	// its verb was passive (for a bare participle joined to it).
	lastActor   arg
	lastPassive bool
}

// opinionVerb reports whether a clause holds an opinion verb of the one
// Dutch lexicon (vindt, hoopt, verwacht, denkt).
func (x *extractor) opinionVerb(s *sentenceCtx, c *clause) bool {
	if len(c.words) > 0 && s.words[c.words[0]].low == "stel" {
		return true // Stel (je voor) dat X steun krijgt van Y: imagined, not told
	}
	for _, wi := range c.words {
		switch s.words[wi].low {
		case "wil", "willen", "wilde", "wilden", "wou":
			return true // D66 wil dat het kabinet …: a wish
		case "eist", "eisen", "eiste", "eisten", "verlangt", "verlangen", "verlangde", "verlangden":
			return true // hij eist dat het OM de vrouw vervolgt: a demand, not a report
		}
		for _, e := range nl.Lex().Lookup(nl.ClassSpeechVerb, s.words[wi].low) {
			if strings.HasPrefix(e.Tag, "opinion") {
				return true
			}
		}
	}
	return false
}

// condOpener lists the subordinators of a condition whose main clause is
// hypothetical (wanneer and toen are also temporal: not these).
var condOpener = map[string]bool{"als": true, "alsof": true, "indien": true, "mits": true, "tenzij": true}

// Extract codes the PLOVER events of one parsed Dutch article (other
// languages give none). Mentions carry the
// article-local entity keys of locals; times are the article's resolved time
// expressions; ref is the article's publication date (YYYY-MM-DD, YYYY-MM
// or ""), the date of events whose sentence has no date of its own. It
// returns nil if the embedded lexicon cannot be read (TestLoad guards it).
func Extract(doc *nl.Doc, mentions []kroniek.Mention, locals []kroniek.LocalEntity, times []kroniek.TimeRef, ref string) []kroniek.Event {
	return ExtractQuoted(doc, mentions, locals, times, nil, ref)
}

// ExtractQuoted is Extract with the article's quotes (quote.Extract): a
// first-person side (ik, we, ons) inside a quote is the quote's speaker.
func ExtractQuoted(doc *nl.Doc, mentions []kroniek.Mention, locals []kroniek.LocalEntity, times []kroniek.TimeRef, quotes []kroniek.Quote, ref string) []kroniek.Event {
	lx, err := Load()
	if err != nil {
		return nil
	}
	return lx.extract(doc, mentions, locals, times, quotes, ref)
}

// Extract is the package-level Extract with this lexicon.
func (lx *Lexicon) Extract(doc *nl.Doc, mentions []kroniek.Mention, locals []kroniek.LocalEntity, times []kroniek.TimeRef, ref string) []kroniek.Event {
	return lx.extract(doc, mentions, locals, times, nil, ref)
}

func (lx *Lexicon) extract(doc *nl.Doc, mentions []kroniek.Mention, locals []kroniek.LocalEntity, times []kroniek.TimeRef, quotes []kroniek.Quote, ref string) []kroniek.Event {
	if doc == nil || doc.Lang != "" && !strings.HasPrefix(doc.Lang, "nl") {
		return nil // the lexicon is Dutch
	}
	x := &extractor{lx: lx, doc: doc, ref: ref, locals: map[string]*kroniek.LocalEntity{}, lastPara: -1}
	for _, q := range quotes {
		if q.SpeakerLocal != "" {
			x.quotes = append(x.quotes, q)
		}
	}
	sort.SliceStable(x.quotes, func(i, j int) bool { return x.quotes[i].Start < x.quotes[j].Start })
	x.mentions = append([]kroniek.Mention(nil), mentions...)
	sort.SliceStable(x.mentions, func(i, j int) bool { return x.mentions[i].Start < x.mentions[j].Start })
	x.localList = locals
	for i := range locals {
		x.locals[locals[i].Key] = &locals[i]
	}
	for _, t := range times {
		if t.Kind == "" || t.Kind == kroniek.TimeDate {
			x.times = append(x.times, t)
		}
	}
	switch {
	case len(mentions) > 0:
		x.article = mentions[0].Article
	case len(times) > 0:
		x.article = times[0].Article
	}
	x.setting = x.mostMentionedPlace()
	x.roles = x.collectRoles()
	x.orgKinds = x.collectOrgKinds()
	var out []kroniek.Event
	mi := 0
	for si := range doc.Sentences {
		sent := &doc.Sentences[si]
		if sent.Paragraph != x.lastPara {
			x.subjects = x.subjects[:0:0]
			x.prev = nil
			x.lastPara = sent.Paragraph
		}
		s := &sentenceCtx{sent: sent, index: si, text: doc.Text}
		for mi < len(x.mentions) && x.mentions[mi].End <= sent.Start {
			mi++
		}
		s.words = make([]word, len(sent.Tokens))
		mj := mi
		for i, t := range sent.Tokens {
			s.words[i] = word{Token: t, low: lower(t.Text), mention: -1}
			for mj < len(x.mentions) && x.mentions[mj].End <= t.Start {
				mj++
			}
			if mj < len(x.mentions) && x.mentions[mj].Start < t.End && x.mentions[mj].End > t.Start {
				s.words[i].mention = mj
				if m := x.mentions[mj]; m.Start >= t.Start && m.End <= t.End && (t.POS == nl.SCONJ || t.POS == nl.CCONJ || t.POS == nl.ADP) {
					s.words[i].mention = -1 // "Indien gewenst": a conjunction the recogniser read as a name
				}
			}
			if t.Text == "?" {
				s.question = true
			}
			if s.words[i].low == "aldus" {
				s.reported = true
			}
		}
		x.taggerView(s)
		if sent.Heading {
			continue
		}
		out = append(out, x.sentence(s)...)
	}
	x.sameEventDates(out)
	x.sameEventActors(out)
	x.debateDay(out)
	return out
}

// sentence codes the events of one sentence, at most one per clause.
func (x *extractor) sentence(s *sentenceCtx) []kroniek.Event {
	clauses := x.clauses(s)
	s.clauses = clauses
	var out []kroniek.Event
	var prevSubject arg
	subjectSet, prevOK := false, false
	for ci := range clauses {
		c := &clauses[ci]
		us := x.units(s, c)
		fv := x.finitePos(s, c)
		subj, subjUnits := x.subject(s, c, us, fv)
		if c.kind == clauseOm || c.kind == clauseCoord && (subj.empty() || x.verbFirst(s, c)) {
			subj, subjUnits = prevSubject, nil
			c.inherited = true
		}
		if c.kind == clauseRel && (c.opener == "die" || c.opener == "wie") {
			// "de man die Anne Faber verkrachtte": the relative pronoun is
			// the subject and the phrase after it the object, unless the
			// verb's number says otherwise (de agenten die hij aanviel)
			if ante := x.relAntecedent(s, c, us); !ante.empty() && x.agrees(s, c, fv, ante) || x.agreeingRelative(s, c) >= 0 {
				// (a noun the pronoun stands for by agreement is the
				// subject even when it names no side: "mensen die worden
				// vervolgd" is not about the name the parse hung it on)
				subj, subjUnits = ante, nil
			}
		}
		if subj.empty() && c.kind == clauseRel {
			subj = x.relAntecedent(s, c, us)
		}
		if c.kind == clauseMain && !subjectSet && !subj.empty() {
			s.mainSubject = subj
			subjectSet = true
		}
		if !subj.empty() {
			prevSubject = subj
		}
		if ci+1 < len(clauses) {
			c.nextOpener = clauses[ci+1].opener
			c.beforeDat = clauses[ci+1].kind == clauseSub && c.nextOpener == "dat"
		}
		if c.kind == clauseCoord && c.inherited && prevOK && x.bareVerbs(s, c) && ci > 0 && verbEnds(s, &clauses[ci-1], c) {
			c.shared = s.lastRecip
			// werd … verkracht en gedood: a bare participle joined to a
			// passive is passive too, with the same door-agent
			if s.lastPassive && fv < 0 {
				c.sharedActor, c.sharedPassive = s.lastActor, true
			}
		}
		s.lastRecip, s.lastActor, s.lastPassive = arg{}, arg{}, false
		ev, ok := x.clauseEvent(s, c, us, fv, subj, subjUnits)
		if ok {
			out = append(out, ev)
		}
		prevOK = ok
		out = append(out, x.nounEvents(s, c, us, fv, ev, ok)...)
		if c.kind == clauseSub && condOpener[c.opener] {
			s.cond = true // als …, dan …: what follows is a condition's outcome
		}
		if x.opinionVerb(s, c) {
			s.opinion = true // hoopt dat …, vindt dat …: the dat-clause is no report
		}
	}
	out = append(out, x.demands(s)...)     // volgens X moet Y …: the saying is a demand of its own
	out = append(out, x.evaluations(s)...) // ,,X is een demagoog'', zegt Y: Y disapproves of X
	if sp := x.reportingSpeaker(s); !sp.empty() {
		// ",,…'', stelt X. Hij stuurde …": the one who speaks, not a
		// name inside the quote, is whom a later hij refers to
		x.subjects = append(x.subjects, sp)
	} else {
		x.subjects = append(x.subjects, s.mainSubject)
	}
	x.prev, x.prevUnnamed = s, -1
	return out
}

// reportingSpeaker is the speaker of a direct quote that the sentence
// attributes (",,…”, zegt X.", "X zei: ,,…”"): the quote layer's
// speaker whose name stands in the sentence, outside the quote.
func (x *extractor) reportingSpeaker(s *sentenceCtx) arg {
	for _, q := range x.quotes {
		if q.Kind != kroniek.QuoteDirect || q.SpeakerStart >= q.SpeakerEnd || q.Field != "" {
			continue
		}
		if q.SpeakerStart < s.sent.Start || q.SpeakerEnd > s.sent.End || q.SpeakerStart >= q.Start && q.SpeakerStart < q.End {
			continue
		}
		for _, w := range s.words {
			// the speaker by name (not "zo zegt ze": a pronoun the quote
			// layer resolved is no surer than the sentence's subject)
			if w.mention >= 0 && w.Start >= q.SpeakerStart && w.End <= q.SpeakerEnd && x.mentions[w.mention].Local == q.SpeakerLocal {
				return x.localArg(q.SpeakerLocal, x.mentions[w.mention].Text)
			}
		}
	}
	return arg{}
}

// verbEnds reports whether clause prev ends in a verb right before clause
// c begins ("… Anne Faber verkrachtte en doodde"): the two verbs share
// what stands before the first.
func verbEnds(s *sentenceCtx, prev, c *clause) bool {
	if len(c.words) == 0 || c.words[0] == 0 {
		return false
	}
	before := c.words[0] - 1
	return slices.Contains(prev.words, before) && s.words[before].POS == nl.VERB
}

// bareVerbs reports whether a clause holds nothing but its opener, verbs,
// adverbs and punctuation ("en doodde"): no object of its own.
func (x *extractor) bareVerbs(s *sentenceCtx, c *clause) bool {
	for _, wi := range c.words {
		w := s.words[wi]
		switch {
		case w.Kind != nl.Word, w.low == c.opener, w.POS == nl.VERB, w.POS == nl.AUX, w.POS == nl.ADV, w.POS == nl.CCONJ:
		default:
			return false
		}
	}
	return true
}

// prevUnnamedSubject is unnamedSubject of the sentence before the
// current one, computed (and parsed) on first use.
func (x *extractor) prevUnnamedSubject() int {
	if x.prev == nil {
		return 0
	}
	if x.prevUnnamed < 0 {
		x.prevUnnamed = x.unnamedSubject(x.prev)
	}
	return x.prevUnnamed
}

// predicateNoun reports whether the noun trigger t is the predicate of a
// copula ("omdat die een aanval van X zou zijn op Y", "dat is een
// bedreiging"): the clause characterises its subject, as the writer or
// the speaker of the sentence sees it; the van-phrase does no deed. The
// parse's cop relation decides when it has one; else the word order: an
// indefinite noun ("een …") right after a copula with no verb after it,
// or followed by its phrase and a verb-final copula ("… zou zijn").
// "Er is een aanval …" tells that one happened and is no predicate.
func (x *extractor) predicateNoun(s *sentenceCtx, c *clause, t trigger) bool {
	if len(t.pos) == 0 {
		return false
	}
	i := c.words[t.pos[0]]
	if s.words[i].POS == nl.ADJ {
		return false // is kritisch op X: an adjective is a judgement by its predicate
	}
	if x.doc != nil && x.doc.Parsed(s.index) && len(x.doc.Dependents(s.sent.First+i, "cop")) > 0 &&
		len(x.doc.Dependents(s.sent.First+i, "case")) == 0 && !x.definite(s.sent.First+i) {
		// not "bij het gesprek was" (a place) nor "is de moord op X"
		// (the known deed, named)
		return true
	}
	ws := s.words
	j := i - 1
	for j >= 0 && (ws[j].POS == nl.ADJ || ws[j].POS == nl.ADV) {
		j--
	}
	if j < 0 || ws[j].low != "een" || j > 0 && ws[j-1].POS == nl.ADP {
		return false // bij een aanval …: inside a phrase
	}
	// is een aanval, is dit een aanval (not: er is een aanval)
	l := j - 1
	if l >= 0 && ws[l].POS == nl.PRON && ws[l].low != "er" {
		l--
	}
	if l >= 0 && copulaForms[ws[l].low] && ws[j-1].low != "er" && !(l > 0 && ws[l-1].low == "er") {
		for k := i + 1; k < len(ws) && ws[k].Kind == nl.Word; k++ {
			if ws[k].POS == nl.VERB || ws[k].POS == nl.AUX {
				return false // is een aanval gepleegd: a passive
			}
		}
		return true
	}
	k := i + 1
	for k < len(ws) && (ws[k].POS == nl.ADP || ws[k].POS == nl.DET || ws[k].POS == nl.NOUN ||
		ws[k].POS == nl.PROPN || ws[k].POS == nl.ADJ || ws[k].POS == nl.NUM) {
		k++
	}
	if k < len(ws) && ws[k].POS == nl.AUX && !copulaForms[ws[k].low] && k+1 < len(ws) {
		k++ // zou zijn, zal zijn
	}
	if k >= len(ws) || !copulaForms[ws[k].low] {
		return false
	}
	for k++; k < len(ws) && ws[k].Kind == nl.Word; k++ {
		if ws[k].POS == nl.VERB {
			return false // … is tijdens … neergehaald: a passive
		}
	}
	return true
}

// definite reports whether token n has a definite determiner (de, het,
// die, deze, dat, dit) or a possessive.
func (x *extractor) definite(n int) bool {
	for _, d := range x.doc.Dependents(n, "det") {
		if lower(x.doc.Tokens[d].Text) != "een" {
			return true
		}
	}
	return len(x.doc.Dependents(n, "nmod:poss")) > 0
}

// copulaForms are the forms of zijn, worden, blijken and lijken.
var copulaForms = map[string]bool{
	"is": true, "was": true, "zijn": true, "waren": true, "ben": true, "bent": true,
	"wordt": true, "werd": true, "worden": true, "werden": true,
	"blijkt": true, "bleek": true, "blijken": true, "bleken": true, "lijkt": true, "leek": true, "lijken": true, "leken": true,
}

// unnamedSubject reports whether a sentence whose main clause gave no
// named subject has, in its parse, a common noun as the subject of its
// root: 1 for a singular noun, 2 for a plural one, else 0. Such a subject
// ("Zo gaat een Afghaanse vluchteling … tekeer") is the referent a
// following hij or ze most likely picks up, so no older name is.
func (x *extractor) unnamedSubject(s *sentenceCtx) int {
	if !s.mainSubject.empty() || x.doc == nil || !x.doc.Parsed(s.index) {
		return 0
	}
	first := s.sent.First
	for i := range s.words {
		if x.doc.Tokens[first+i].Rel != "root" {
			continue
		}
		n := x.doc.Subject(first + i)
		if n < first || n >= first+len(s.words) {
			return 0
		}
		w := s.words[n-first]
		if w.POS != nl.NOUN || w.mention >= 0 {
			return 0
		}
		// a new referent (een vluchteling, demonstranten) or a person
		// noun (de agent); not a thing (het onderzoek toont …)
		indef := true
		for _, d := range x.doc.Dependents(n, "det") {
			indef = indef && lower(x.doc.Tokens[d].Text) == "een"
		}
		if !indef && !x.roleHead(w.low) {
			return 0
		}
		if x.doc.Tokens[n].Feats&nl.FeatPlur != 0 {
			return 2
		}
		return 1
	}
	return 0
}

// finitePos returns the clause position of the first finite verb, or -1.
func (x *extractor) finitePos(s *sentenceCtx, c *clause) int {
	for p, wi := range c.words {
		w := s.words[wi]
		if w.Kind != nl.Word || w.mention >= 0 || (p == 0 && c.opener != "" && w.low == c.opener) {
			continue
		}
		if x.afterDet(s, c, p) {
			continue
		}
		if x.finite(w.low) {
			return p
		}
	}
	// a form that is also an infinitive (plural present) only when no
	// finite-only form stands in the clause
	for p, wi := range c.words {
		w := s.words[wi]
		if w.Kind != nl.Word || w.mention >= 0 || x.afterDet(s, c, p) || p > 0 && s.words[c.words[p-1]].low == "te" {
			continue
		}
		for _, f := range x.lx.forms[w.low] {
			if f.Kind&formFinite != 0 && (c.kind != clauseMain || p > 0) {
				return p
			}
		}
	}
	return -1
}

// subject finds the clause's subject: a bare phrase before the finite verb,
// else (inversion) the first bare phrase after it; in a subordinate clause
// the first bare phrase after the opener.
func (x *extractor) subject(s *sentenceCtx, c *clause, us []unit, fv int) (arg, []int) {
	// "We steunen …", "wanneer we bellen": a pronoun the extractor cannot
	// resolve is the subject; no later phrase is
	first := 0
	if c.opener != "" && c.kind != clauseMain {
		first = 1
	}
	if c.kind == clauseMain && fv > 0 || c.kind != clauseMain && first < len(c.words) {
		if w := s.words[c.words[first]].low; x.lx.is("subjpron", w) && !x.lx.is("pron", w) && w != "het" {
			return arg{}, nil
		}
	}
	pick := -1
	for i, u := range us {
		if u.prep != "" || u.kind == unitRecip {
			continue
		}
		if c.kind == clauseMain && fv >= 0 && u.first < fv {
			pick = i
			break
		}
		if c.kind == clauseRel && c.opener == "die" {
			// "die X opvingen": X is the subject only before the verb
			if fv >= 0 && u.first > fv {
				break
			}
		}
		pick = i
		break
	}
	if c.kind == clauseMain && fv > 0 && pick >= 0 && us[pick].first < fv && fv+1 < len(c.words) {
		// "Asscher belt hij graag": a pronoun after the verb is the subject
		if n := s.words[c.words[fv+1]]; x.lx.is("subjpron", n.low) && n.low != "het" {
			for i, u := range us {
				if u.first == fv+1 {
					return x.resolveUnit(s, c, u), []int{i}
				}
			}
			return arg{}, nil
		}
	}
	if c.kind == clauseMain && fv > 0 && (pick < 0 || us[pick].first > fv) {
		if a, ok := x.subjectText(s, c, fv, pick >= 0); ok {
			return a, nil
		}
	}
	if pick < 0 {
		return arg{}, nil
	}
	idx := x.chain(s, c, us, pick)
	var a arg
	for _, i := range idx {
		a.add(x.resolveUnit(s, c, us[i]))
	}
	return a, idx
}

// relAntecedent is the phrase a relative clause hangs on: the noun the
// parse attaches the clause to.
func (x *extractor) relAntecedent(s *sentenceCtx, c *clause, us []unit) arg {
	if c.head < 0 {
		return arg{}
	}
	h := x.doc.Tokens[s.sent.First+c.head].Head
	if h < s.sent.First || h >= s.sent.First+len(s.words) {
		return arg{}
	}
	if to := x.agreeingRelative(s, c); to >= 0 {
		h = to
	}
	return x.validSide(x.parseSide(s, c, h, us))
}

// agreeingRelative returns the noun the relative pronoun of clause c
// stands for when the parse hung c on an earlier noun that disagrees in
// number with c's verb: the agreeing noun right before the pronoun, or
// before the verb an extraposed clause follows ("X, die mensen bijstaat
// die worden vervolgd" with the second clause hung on X: mensen). It
// returns -1 otherwise.
func (x *extractor) agreeingRelative(s *sentenceCtx, c *clause) int {
	if c.head < 0 || c.kind != clauseRel || x.doc == nil || !x.doc.Parsed(s.index) {
		return -1
	}
	v := s.sent.First + c.head
	if from, to := x.agreeingAntecedent(v); from >= 0 && from == x.doc.Tokens[v].Head && to >= 0 {
		return to
	}
	return -1
}

// mostMentionedPlace is the LOC entity mentioned most often (ties: first
// mentioned), with its most frequent surface form.
func (x *extractor) mostMentionedPlace() arg {
	count := map[string]int{}
	surface := map[string]map[string]int{}
	var order []string
	for _, m := range x.mentions {
		le := x.locals[m.Local]
		if le == nil || le.Type != kroniek.LOC {
			continue
		}
		if count[m.Local] == 0 {
			order = append(order, m.Local)
			surface[m.Local] = map[string]int{}
		}
		count[m.Local]++
		surface[m.Local][m.Text]++
	}
	best := ""
	for _, k := range order {
		if best == "" || count[k] > count[best] {
			best = k
		}
	}
	if best == "" || count[best] < 2 {
		return arg{}
	}
	text, n := "", 0
	for s, c := range surface[best] {
		if c > n || c == n && s < text {
			text, n = s, c
		}
	}
	return arg{keys: []string{best}, texts: []string{text}}
}

// verbFirst reports whether a coordinated clause starts with its finite
// verb: its subject is the previous clause's ("… en gooide X in de cel").
func (x *extractor) verbFirst(s *sentenceCtx, c *clause) bool {
	if len(c.words) < 2 {
		return false
	}
	w := s.words[c.words[1]]
	return w.mention < 0 && x.finite(w.low)
}

// subjectText is a subject that names no entity: a determiner phrase filling
// the main clause before its finite verb ("De boeren protesteerden").
func (x *extractor) subjectText(s *sentenceCtx, c *clause, fv int, hasBare bool) (arg, bool) {
	if a, ok := x.phraseText(s, c, 0, fv); ok {
		return a, true
	}
	// inversion: "Na lang onderhandelen bereikten de partijen …", only
	// after a prefield that is no subject (a preposition, an adverb, a date)
	if f := s.words[c.words[0]]; !(x.lx.is("prep", f.low) || x.lx.is("adverb", f.low) || x.timeAt(f.Start) || c.inverted) {
		return arg{}, false
	}
	end := fv + 1
	for end < len(c.words) && end-fv <= 6 {
		w := s.words[c.words[end]]
		if w.Kind != nl.Word || w.mention >= 0 || x.lx.is("prep", w.low) || x.isVerb(w.low) || x.lx.is("neg", w.low) || x.lx.is("det", w.low) && end > fv+1 {
			break
		}
		end++
	}
	if end > fv+2 && !hasBare {
		return x.phraseText(s, c, fv+1, end)
	}
	return arg{}, false
}

// phraseText is the determiner or quantity phrase at clause positions
// [from, to) as a subject without a name.
func (x *extractor) phraseText(s *sentenceCtx, c *clause, from, to int) (arg, bool) {
	first := s.words[c.words[from]]
	det := x.lx.is("det", first.low) && (first.low != "dat" && first.low != "die" && first.low != "deze" || to-from >= 3)
	if !(det || first.Kind == nl.Number || x.lx.is("quant", first.low)) || to-from > 8 || to <= from {
		return arg{}, false
	}
	for to > from+1 && x.lx.is("adverb", s.words[c.words[to-1]].low) {
		to-- // de spoorwegarbeiders opnieuw
	}
	for p := from; p < to; p++ {
		w := s.words[c.words[p]]
		if w.Kind == nl.Punct && p > from || x.lx.is("timenoun", w.low) || x.timeAt(w.Start) {
			return arg{}, false // Een dag eerder: a time, not a subject
		}
	}
	last := s.words[c.words[to-1]]
	text := s.text[first.Start:last.End]
	// "De man legde een verklaring af": a person without a name, whom a
	// later hij refers to (not an older named person)
	per := x.roleHead(text)
	female := per && femaleNoun[lower(last.Text)]
	return arg{texts: []string{text}, keys: []string{""}, span: [2]int{from, to - 1}, per: per, female: female}, true
}

// femaleNoun are the person nouns that name a woman.
var femaleNoun = map[string]bool{"vrouw": true, "moeder": true, "dochter": true, "zus": true, "zuster": true, "echtgenote": true,
	"vriendin": true, "weduwe": true, "oma": true, "grootmoeder": true, "meisje": true}

// agrees reports whether a clause's finite verb can agree with a: a plural
// verb (-en) with a plural side, a singular one with a single side; true
// when the clause shows no finite verb.
func (x *extractor) agrees(s *sentenceCtx, c *clause, fv int, a arg) bool {
	if fv < 0 {
		return true
	}
	v := s.words[c.words[fv]].low
	plural := strings.HasSuffix(v, "en") && len(v) > 3
	return plural == (a.plural || len(a.keys) > 1)
}

// nounEvents codes the event nouns of a clause beside its event (de
// protesten van X, een ontmoeting met Y) when the noun carries its own
// sides, at most one per type and none of the clause event's type.
func (x *extractor) nounEvents(s *sentenceCtx, c *clause, us []unit, fv int, ev kroniek.Event, ok bool) []kroniek.Event {
	var out []kroniek.Event
	seen := map[string]bool{}
	if ok {
		seen[ev.Type] = true
	}
	for _, t := range x.triggers(s, c) {
		if !t.noun || t.Type == noEvent || seen[t.Type] {
			continue
		}
		if ok && s.words[c.words[t.pos[0]]].Start >= ev.TriggerStart && s.words[c.words[t.pos[0]]].End <= ev.TriggerEnd {
			continue // the clause event's own noun
		}
		if x.predicateNoun(s, c, t) || x.attributiveAdjective(s, c, t) {
			continue
		}
		t.own = true
		if e, good := x.code(s, c, us, fv, arg{}, nil, t); good {
			seen[t.Type] = true
			out = append(out, e)
		}
	}
	return out
}

// taggerView makes the words of s what the tagger alone gives, whether or
// not another extractor had the sentence parsed before (the parser runs
// lazily, for whoever asks first): no heads or relations, AUX only for an
// auxiliary's form, a separable verb's lemma without the particle the
// parse joined to it. Everything the extractor decides before it asks for
// the parse reads this view; clauses refreshes the words after asking, so
// the events never depend on the order the stages parsed in.
func (x *extractor) taggerView(s *sentenceCtx) {
	ws := s.words
	for i := range ws {
		w := &ws[i]
		if w.Rel == "compound:prt" && w.Head >= s.sent.First && w.Head < s.sent.First+len(ws) {
			v := &ws[w.Head-s.sent.First]
			if prt := lower(w.Text); strings.HasPrefix(v.Lemma, prt) && !strings.HasPrefix(v.low, prt) {
				v.Lemma = strings.TrimPrefix(v.Lemma, prt)
			}
		}
	}
	for i := range ws {
		w := &ws[i]
		w.Head, w.Rel = -1, ""
		if w.POS == nl.AUX || w.POS == nl.VERB {
			w.POS = nl.VERB
			if x.lx.is("aux", w.low) {
				w.POS = nl.AUX
			}
		}
	}
}

// parsedView refreshes the words of s from the document after the
// extractor asked for the sentence's parse (see taggerView).
func (x *extractor) parsedView(s *sentenceCtx) {
	for i := range s.words {
		s.words[i].Token = x.doc.Tokens[s.sent.First+i]
	}
}
