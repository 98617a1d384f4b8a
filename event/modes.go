package event

import (
	"slices"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// modes sets Negated and Hypothetical. A negator counts unless it belongs
// to a te-infinitive that is not the trigger ("riep … op zich niet te
// bemoeien"); niet erkennen and the like are REJECT events, not negated
// ones. Modals, future gaan + infinitive, hedges (mogelijk, dreigt te,
// overweegt), conditional clauses and questions make an event hypothetical.
func (x *extractor) modes(ev *kroniek.Event, s *sentenceCtx, c *clause, t trigger) {
	trig := map[int]bool{}
	for _, p := range t.pos {
		trig[p] = true
	}
	last := t.pos[0]
	for _, p := range t.pos {
		last = max(last, p)
	}
	neg := false
	v := x.parsedVerb(s, c, t)
	for p, wi := range c.words {
		if v >= 0 {
			break // the parse gives the negation's scope (parseModes)
		}
		w := s.words[wi]
		if !x.lx.is("neg", w.low) || trig[p] {
			continue
		}
		if p+1 < len(c.words) && x.lx.is("notneg", s.words[c.words[p+1]].low) {
			continue
		}
		embedded := false
		for q := p + 1; q < len(c.words)-1; q++ {
			if s.words[c.words[q]].low == "te" && !trig[q+1] && q > last {
				embedded = true
				break
			}
		}
		if !embedded {
			neg = true
		}
	}
	hyp := t.Hyp || s.question
	split := x.coordFinite(s, c, t.pos[0])
	inf := t.kind&formInf != 0 && t.kind&formFinite == 0 || t.kind&formInf != 0 && !x.finiteTrigger(s, c, t)
	for p, wi := range c.words {
		w := s.words[wi].low
		if trig[p] || p > 0 && s.words[c.words[p-1]].low == "te" && !x.lx.is("modal", w) || x.afterDet(s, c, p) {
			continue // (te willen maken: a modal counts after te too)
		}
		switch {
		case (w == "zou" || w == "zouden") && t.kind&formPart != 0 && x.hasAny(s, c, []string{"hebben", "zijn"}):
			// zou … hebben gedaan: reported (allegedly), not hypothetical
			ev.Reported = true
		case t.Kan && (w == "kan" || w == "kunnen" || w == "kon" || w == "konden"):
			// kan zich vinden in: kunnen is part of the expression
		case x.lx.is("modal", w) && p > last && relativeBetween(s, c, last, p):
			// in beslag genomen waarmee plofkraken kunnen worden gepleegd:
			// the modal is the relative clause's (the parse may join it)
		case x.lx.is("modal", w) && p < split:
			// wilde X als minister en was eerder kritisch op Y: the modal
			// belongs to the conjunct before "en was"
		case x.lx.is("modal", w) && x.modalUse(s, wi):
			hyp = true
		case x.lx.is("future", w) && !t.noun && inf:
			hyp = true
		case x.lx.is("hedge", w), x.lx.is("futuretime", w):
			hyp = true
		}
	}
	if d, g := x.date(s, c); (g == kroniek.GranDay || g == kroniek.GranWeek) && x.afterRef(d) {
		// dated after the article: not yet happened (a later month or
		// year is not trusted so: a bare month name resolved forward,
		// "zetten in september vraagtekens" in a February article, is
		// more often last year's)
		hyp = true
	}
	if d, _ := x.date(s, c); d == "" && ev.Type == "CONSULT" && x.presentGaan(s, c, t) || x.futureHead(s, c, t) {
		hyp = true // gaat met X om tafel, "we hebben morgen een gesprek": a meeting to come (plans.go)
	}
	if c.kind == clauseSub && (c.opener == "waarom" || c.opener == "hoe" || c.opener == "hoeveel" || c.opener == "of") {
		hyp = true // vertelt waarom mannen bij hem langskomen, de vraag of ze boetes heeft opgelegd: an indirect question
	}
	if ofDat(s, c) {
		hyp = true // onduidelijk is of X … of dat Y een boete krijgt: an alternative, not a report
	}
	if c.kind == clauseSub && x.lx.is("cond", c.opener) || c.kind == clauseOm || s.cond && c.kind == clauseMain || s.opinion && c.kind == clauseSub && c.opener == "dat" {
		hyp = true
	}
	if x.condZou(s, c, t) {
		hyp, ev.Reported = true, false // als X … zou hebben gemaakt: a supposition
	}
	for wi := max(c.words[0]-1, 0); wi < c.words[t.pos[0]]; wi++ {
		if s.words[wi].low == "zonder" && wi+1 < len(s.words) && (s.words[wi+1].low == "dat" || s.words[wi+1].low == "te") {
			neg = true // zonder dat we hadden afgesproken, zonder te overleggen: it did not happen
		}
		if s.words[wi].low == "totdat" {
			hyp = true // wacht … totdat X toegeeft: not yet happened (the parse may miss the mark)
		}
	}
	if t.te && !t.noun && x.omBefore(s, c.words[t.pos[0]]) {
		hyp = true // ontdekte een samenzwering om X te vermoorden: a plot, whatever the parse made of om
	}
	if x.watBetreft(s, c.words[t.pos[0]]) {
		hyp = true // Wat de officier betreft, krijgt X een taakstraf: a wish or demand, not a deed
	}
	if t.te && !t.noun && x.hedgedGovernor(s, c) {
		hyp = true // overweegt …, de manifestaties te verbieden (the parse lost the link)
	}
	if x.hedgedDat(s, c) {
		hyp = true // Wellicht zien we dat X en Y gaan samenwerken: a guess
	}
	if x.hasAny(s, c, []string{"plan", "plannen", "voornemen"}) && t.noun {
		hyp = true
	}
	if neg && t.NegRej {
		ev.Type, ev.Mode = "REJECT", ""
		neg, hyp = false, t.Hyp
	}
	if t.Win {
		neg = false
	}
	ev.Negated, ev.Hypothetical = neg, hyp
	if ev.Type == "REQUEST" && ev.Mode == "assist" && slices.ContainsFunc(c.words, func(wi int) bool { return meetingNoun(s.words[wi].low) }) {
		ev.Mode = "meet" // vroeg een spoeddebat aan: a meeting asked for, not aid
	}
	if v >= 0 {
		x.parseModes(ev, v, t, split >= 0)
		if t.Kan && ev.Hypothetical && !hyp && x.doc.Modal(v) == "kunnen" {
			ev.Hypothetical = false
		}
	}
}

// meetingNoun reports whether w names a meeting one asks for (een debat,
// een spoeddebat, een gesprek, een hoorzitting).
func meetingNoun(w string) bool {
	for _, n := range []string{"debat", "gesprek", "hoorzitting", "interpellatie", "onderhoud"} {
		if w == n || strings.HasSuffix(w, n) && len(w) > len(n)+3 {
			return true
		}
	}
	return false
}

// hedgedGovernor reports whether a clause without a finite verb of its
// own (a te-infinitive the parse hung elsewhere) follows, as nearest
// finite verb of the main clause before it, a hedge or modal (overweegt,
// wil): that verb governs the infinitive.
func (x *extractor) hedgedGovernor(s *sentenceCtx, c *clause) bool {
	for _, wi := range c.words {
		if w := s.words[wi]; (w.POS == nl.VERB || w.POS == nl.AUX) && w.Feats.Has(nl.FeatFin) {
			return false
		}
	}
	for wi := c.words[0] - 1; wi >= 0; wi-- {
		w, tk := s.words[wi], x.token(s, wi) // (the parse, which s.words may predate)
		main := tk.Rel == "root" || tk.Head >= 0 && x.doc.Tokens[tk.Head].Rel == "root"
		if (w.POS == nl.VERB || w.POS == nl.AUX) && w.Feats.Has(nl.FeatFin) && main {
			return x.lx.is("hedge", w.low) || x.lx.is("modal", w.low)
		}
	}
	return false
}

// hedgedDat reports whether a dat-clause follows a hedge word of the
// sentence before it (wellicht, misschien, mogelijk): "Misschien blijkt
// dat X Y ontmoette" guesses, and reports nothing that happened.
func (x *extractor) hedgedDat(s *sentenceCtx, c *clause) bool {
	if c.kind != clauseSub || c.opener != "dat" {
		return false
	}
	for wi := c.words[0] - 1; wi >= 0; wi-- {
		if x.lx.is("hedge", s.words[wi].low) {
			return true
		}
	}
	return false
}

// coordFinite returns the clause position of an en/maar that a finite
// verb of its own follows, before the trigger at position tp ("wilde X …
// en was eerder kritisch op Y"): what stands before it is another
// conjunct. It returns -1 when there is none.
func (x *extractor) coordFinite(s *sentenceCtx, c *clause, tp int) int {
	for q := tp - 1; q > 0; q-- {
		w := s.words[c.words[q]].low
		if (w == "en" || w == "maar") && q+1 < tp && x.finite(s.words[c.words[q+1]].low) {
			return q
		}
	}
	return -1
}

// modalUse reports whether the modal word at sentence position wi governs
// a verb: in the parse, anything but a modal with a direct object and no
// verbal complement. "Baudet wilde Aboutaleb als minister" is a wish for
// a person, which makes no other verb of the clause hypothetical.
// Unparsed, any modal word counts.
func (x *extractor) modalUse(s *sentenceCtx, wi int) bool {
	if s.index < 0 || !x.doc.Parsed(s.index) {
		return true
	}
	i := s.sent.First + wi
	if i < 0 || i >= len(x.doc.Tokens) {
		return true
	}
	if strings.HasPrefix(x.doc.Tokens[i].Rel, "aux") || len(x.doc.Dependents(i, "xcomp")) > 0 || len(x.doc.Dependents(i, "ccomp")) > 0 {
		return true
	}
	// a direct object and no verb: wants a thing or person (but "wil
	// terug", "wil in gesprek" leave the verb out and stay wishes; an
	// infinitive parsed as the object is the verb: wilde X uitzetten)
	return !slices.ContainsFunc(x.doc.Dependents(i, "obj"), func(o int) bool { return x.doc.Tokens[o].POS != nl.VERB })
}

// finiteTrigger reports whether the trigger verb is the clause's finite
// verb (no other finite verb precedes it in a main clause).
func (x *extractor) finiteTrigger(s *sentenceCtx, c *clause, t trigger) bool {
	p := t.pos[0]
	if p > 0 && s.words[c.words[p-1]].low == "te" {
		return false
	}
	for q := 0; q < p; q++ {
		if x.lx.is("aux", s.words[c.words[q]].low) {
			return false
		}
	}
	if c.kind != clauseMain && c.kind != clauseCoord {
		for q := p + 1; q < len(c.words); q++ {
			if x.lx.is("aux", s.words[c.words[q]].low) {
				return false
			}
		}
	}
	return true
}

// date is the date of a time expression in the event's own clause that
// the parse attaches to the clause's verb, else none. A time in another
// clause of the sentence dates another event ("vorig jaar" in "… wat de
// EU vorig jaar deed"), a number inside a name is no date ("Natura
// 2000"), and a time on a noun or in parentheses dates that noun ("als
// milieuminister (1982-1986)"). An event without such a time gets no date
// rather than the publication date, which would be a guess shown as fact
// (readers place it by the article's publication date, which the export
// gives as such).
func (x *extractor) date(s *sentenceCtx, c *clause) (string, string) {
	if t := x.clauseDate(s, c); t != nil {
		return x.dateValue(s, t)
	}
	if t := x.auxClauseDate(s, c); t != nil {
		return x.dateValue(s, t)
	}
	// a toen-clause is dated by the time it hangs on ("vorig jaar, toen de
	// VS dreigden"); a conjunct without a subject of its own by its first
	// conjunct ("werd in oktober gevangengenomen en vermoord")
	// and an om-clause of purpose by the clause it serves ("gingen zaterdag
	// de straat op om het vertrek van X te eisen")
	if t := x.servedTime(s, c, 0); t != nil {
		v, g := t.Value, gran(t.Value, t.Granularity)
		if y := x.narrativeYear(s, t); y != "" {
			v = y + v[4:]
		}
		return v, g
	}
	if t := x.afterClauseYear(s, c); t != nil {
		return t.Value, gran(t.Value, t.Granularity)
	}
	if t := x.colonTime(s, c); t != nil {
		return t.Value, gran(t.Value, t.Granularity)
	}
	if c.kind == clauseRel || x.waarOpened(s, c) {
		if t := x.antecedentTime(s, c); t != nil {
			return t.Value, gran(t.Value, t.Granularity)
		}
		if t := x.documentTime(s, c); t != nil {
			return t.Value, gran(t.Value, t.Granularity)
		}
	}
	return "", ""
}

// dateValue is the date and granularity time t gives its clause's event:
// its own, but only the month for a day the event came just before ("werd
// vlak voor kerst in de cel gezet", kerst resolved to the 25th): the deed
// lies in the days before it, not on it.
func (x *extractor) dateValue(s *sentenceCtx, t *kroniek.TimeRef) (string, string) {
	v, g := t.Value, gran(t.Value, t.Granularity)
	if y := x.narrativeYear(s, t); y != "" {
		v = y + v[4:]
	}
	if g != kroniek.GranDay || len(v) < 7 {
		return v, g
	}
	lo := max(s.sent.Start, t.Start-16)
	if f := strings.Fields(lower(s.text[lo:t.Start])); len(f) >= 2 && (f[len(f)-1] == "voor" || f[len(f)-1] == "vóór") &&
		(f[len(f)-2] == "vlak" || f[len(f)-2] == "net" || f[len(f)-2] == "kort" || f[len(f)-2] == "pal") {
		return v[:7], kroniek.GranMonth
	}
	return v, g
}

// narrativeYear is the year a bare month name (t, "In oktober", which
// timex resolved to the last such month before publication) takes from
// the story the paragraph tells: the nearest time before it in the same
// paragraph names its year outright ("In februari 2011 kwam de bevolking
// in opstand … In oktober werd de dictator gedood", invented), lies
// before publication, and its month does not come after t's. Empty when
// no such time stands before it or its year is t's own.
func (x *extractor) narrativeYear(s *sentenceCtx, t *kroniek.TimeRef) string {
	if !t.Relative || gran(t.Value, t.Granularity) != kroniek.GranMonth || len(t.Value) != 7 || !monthNames[lower(t.Text)] || x.doc == nil {
		return "" // (not "afgelopen maand", "december dit jaar", "begin februari")
	}
	var prev *kroniek.TimeRef
	for k := s.index - 1; k >= 0 && prev == nil; k-- {
		p := &x.doc.Sentences[k]
		if p.Heading || p.Paragraph != s.sent.Paragraph {
			return ""
		}
		for i := range x.times {
			if o := &x.times[i]; o.Start >= p.Start && o.End <= p.End && (prev == nil || o.Start > prev.Start) {
				prev = o
			}
		}
	}
	// the story's time a month of a year ("februari 2011") or a day: a
	// bare year is often background ("Het toestel vloog in 2011 voor het
	// eerst. In januari beloofde X …" is this January)
	if prev == nil || prev.Relative || prev.Bound != "" || !dateLike(prev.Value) || len(prev.Value) < 7 || prev.Value[4] != '-' || !strings.ContainsAny(prev.Text, "0123456789") {
		return ""
	}
	y := prev.Value[:4]
	if strings.ContainsAny(y, "X") || y == t.Value[:4] || x.after(prev.Value) {
		return ""
	}
	if prev.Value[5:7] > t.Value[5:7] {
		return "" // (juni 2011, then oktober: the same year; oktober 2011, then juni: a later one)
	}
	return y
}

// monthNames are the Dutch month names a bare month time is written as.
var monthNames = map[string]bool{"januari": true, "februari": true, "maart": true, "april": true, "mei": true, "juni": true,
	"juli": true, "augustus": true, "september": true, "oktober": true, "november": true, "december": true}

// documentTime dates a relative clause on a document noun by the clause
// that sends or adopts the document ("stuurde gisteren een brief waarin
// hij hem oproept …", "nam in april een motie aan, waarin de minister
// wordt gevraagd …"): what the letter or motion says is said when it is
// sent. The noun must be the object of that clause's verb; nil without a
// parse or a time there.
func (x *extractor) documentTime(s *sentenceCtx, c *clause) *kroniek.TimeRef {
	d := x.doc
	if d == nil || c.head < 0 || !d.Parsed(s.index) {
		return nil
	}
	base := s.sent.First
	n := d.Tokens[base+c.head].Head - base
	if n < 0 || n >= len(s.words) || d.Tokens[base+n].POS != nl.NOUN || !x.lx.is("document", s.words[n].low) || d.Tokens[base+n].Rel != "obj" {
		return nil
	}
	v := d.Tokens[base+n].Head - base
	for k := range s.clauses {
		if p := &s.clauses[k]; p.head == v && p.head != c.head {
			if t := x.clauseDate(s, p); t != nil {
				return t
			}
			return x.auxClauseDate(s, p)
		}
	}
	return nil
}

// auxClauseDate is the time of a clause the parse headed by an auxiliary
// of clause c's verb ("Mets had een week geleden een verzoek ingediend"
// with the subject and the time hung on "had"): the auxiliary's phrases
// are the verb's. Nil when there is none or it has no time.
func (x *extractor) auxClauseDate(s *sentenceCtx, c *clause) *kroniek.TimeRef {
	d := x.doc
	if d == nil || c.head < 0 || !d.Parsed(s.index) {
		return nil
	}
	base := s.sent.First
	for _, a := range d.Dependents(base+c.head, "aux") {
		for k := range s.clauses {
			if p := &s.clauses[k]; p.head == a-base {
				return x.clauseDate(s, p)
			}
		}
	}
	return nil
}

// afterRef reports whether date value v lies wholly after the article's
// publication date: a day after it, or a week, month or year that begins
// after it ("volgende week voert het onderwijs actie").
func (x *extractor) afterRef(v string) bool {
	ref, ok := kroniek.ParseDate(x.ref)
	if !ok || ref.Day == 0 {
		return false
	}
	d, ok := kroniek.ParseDate(v)
	if !ok {
		return false
	}
	first, ok1 := d.First()
	day, ok2 := ref.First()
	return ok1 && ok2 && first.After(day)
}

// servedTime is the time of the clause that clause c serves: c a
// toen-clause, a conjunct without a subject of its own or an om-clause of
// purpose. When the clause served has no time of its own but serves
// another in turn, that one's, up to three steps ("gingen zaterdag de
// straat op om X te steunen en het vertrek te eisen": eisen → steunen →
// gingen). Nil when c serves none or none is dated.
func (x *extractor) servedTime(s *sentenceCtx, c *clause, depth int) *kroniek.TimeRef {
	if depth > 3 || !(x.toen(s, c) || c.kind == clauseCoord && c.inherited || c.kind == clauseOm && x.purpose(s, c)) {
		return nil
	}
	t, p := x.governorTime(s, c)
	if t == nil && p != nil {
		t = x.servedTime(s, p, depth+1)
	}
	return t
}

// purpose reports whether om-clause c is an adverbial clause of purpose
// on a verb (advcl), not the complement of a noun or verb ("het besluit om
// …", "vroeg hem om …"), whose time is the noun's or the asking's.
func (x *extractor) purpose(s *sentenceCtx, c *clause) bool {
	d := x.doc
	if d == nil || c.head < 0 || !d.Parsed(s.index) {
		return false
	}
	h := s.sent.First + c.head
	g := d.Tokens[h].Head
	return d.Tokens[h].Rel == "advcl" && g >= 0 && d.Tokens[g].POS == nl.VERB
}

// waarOpened reports whether clause c opens, past punctuation, with a
// relative adverb (waarbij, waarin, waarop …): a relative clause.
func (x *extractor) waarOpened(s *sentenceCtx, c *clause) bool {
	for _, wi := range c.words {
		if w := s.words[wi]; w.Kind == nl.Word {
			return strings.HasPrefix(w.low, "waar") && relativeAdverb[strings.TrimPrefix(w.low, "waar")]
		}
	}
	return false
}

// antecedentTime is the time that dates the noun a relative clause hangs
// on, as its own modifier ("de vergismoord van begin 2017, waarbij X werd
// doodgeschoten"): the clause tells what happened in that event. Nil
// without a parse or such a time.
func (x *extractor) antecedentTime(s *sentenceCtx, c *clause) *kroniek.TimeRef {
	d := x.doc
	if d == nil || c.head < 0 || !d.Parsed(s.index) {
		return nil
	}
	base := s.sent.First
	n := d.Tokens[base+c.head].Head
	if n >= base && n < base+len(s.words) && d.Tokens[n].POS != nl.NOUN {
		n = -1
	}
	// (or the parse hung the clause on the verb: the noun right before
	// its opener, past a comma, is still what it describes)
	open := -1
	if len(c.words) > 0 {
		open = c.words[0] - 1
		if open >= 0 && s.words[open].Text == "," {
			open--
		}
	}
	for i := range x.times {
		t := &x.times[i]
		if !dateLike(t.Value) || t.Bound == kroniek.BoundUntil || x.spanTimes()[t.Start] {
			continue
		}
		for p, w := range s.words {
			if w.Start < t.Start || w.End > t.End {
				continue
			}
			tk := d.Tokens[base+p]
			if !strings.HasPrefix(tk.Rel, "nmod") || tk.Head < base || tk.Head >= base+len(s.words) || d.Tokens[tk.Head].POS != nl.NOUN {
				continue
			}
			if tk.Head == n || open >= 0 && s.words[open].End == t.End {
				return t
			}
		}
	}
	return nil
}

// toen reports whether clause c is opened by "toen" (then, at that time).
func (x *extractor) toen(s *sentenceCtx, c *clause) bool {
	if c.opener == "toen" {
		return true
	}
	for _, wi := range c.words {
		if s.words[wi].low == "toen" && x.token(s, wi).Rel == "mark" && !x.adverbToen(s, wi) {
			return true
		}
	}
	return false
}

// token is sentence word p as the document holds it now: the parse is
// lazy, so a word's copy may predate its head and relation.
func (x *extractor) token(s *sentenceCtx, p int) nl.Token {
	if x.doc != nil && s.sent.First+p < len(x.doc.Tokens) {
		return x.doc.Tokens[s.sent.First+p]
	}
	return s.words[p].Token
}

// clauseDate is the first calendar time that dates clause c, or nil.
func (x *extractor) clauseDate(s *sentenceCtx, c *clause) *kroniek.TimeRef {
	for i := range x.times {
		t := &x.times[i]
		if !dateLike(t.Value) || t.Bound == kroniek.BoundUntil || x.spanTimes()[t.Start] { // not on a deadline nor a span
			continue
		}
		if x.clauseTime(s, c, t) {
			return t
		}
	}
	return nil
}

// spanTimes returns the start offsets of the times that open or close a
// span ("tussen 2013 en 2018", "van 2013 tot 2018"), computed once per
// article: the event covers the span, so neither date is the event's.
func (x *extractor) spanTimes() map[int]bool {
	if x.spans != nil {
		return x.spans
	}
	x.spans = map[int]bool{}
	text := x.doc.Text
	ts := slices.Clone(x.times)
	slices.SortFunc(ts, func(a, b kroniek.TimeRef) int { return a.Start - b.Start })
	for i, t := range ts {
		if t.Start < 0 || t.End > len(text) {
			continue
		}
		before := strings.Fields(text[max(0, t.Start-12):t.Start])
		after := strings.Fields(text[t.End:min(len(text), t.End+8)])
		if len(before) == 0 || len(after) == 0 {
			continue
		}
		switch b := lower(before[len(before)-1]); {
		case b == "tussen" && after[0] == "en", (b == "van" || b == "vanaf") && (after[0] == "tot" || after[0] == "t/m"):
			x.spans[t.Start] = true
			if i+1 < len(ts) && ts[i+1].Start > t.End && ts[i+1].Start <= t.End+len(after[0])+3 {
				x.spans[ts[i+1].Start] = true // the time that closes it
			}
		}
	}
	return x.spans
}

// spanned reports whether clause c is dated by a span of two times
// ("tussen 2013 en 2018"): the event has no single date, but the
// sentence does date it.
func (x *extractor) spanned(s *sentenceCtx, c *clause) bool {
	spans := x.spanTimes()
	if len(spans) == 0 {
		return false
	}
	for i := range x.times {
		t := &x.times[i]
		if spans[t.Start] && dateLike(t.Value) && x.clauseTime(s, c, t) {
			return true
		}
	}
	return false
}

// governorTime is the time the parse hangs clause c on: a time expression
// holding the word that governs c's verb, else the time of the clause
// holding that word (returned too, dated or not); nil without a parse.
func (x *extractor) governorTime(s *sentenceCtx, c *clause) (*kroniek.TimeRef, *clause) {
	d := x.doc
	if d == nil || c.head < 0 || !d.Parsed(s.index) {
		return nil, nil
	}
	base := s.sent.First
	g := d.Tokens[base+c.head].Head - base
	if g < 0 {
		return x.rootToenTime(s, c), nil
	}
	if g >= len(s.words) {
		return nil, nil
	}
	w := s.words[g]
	for i := range x.times {
		t := &x.times[i]
		if dateLike(t.Value) && t.Bound != kroniek.BoundUntil && w.Start >= t.Start && w.End <= t.End {
			return t, nil
		}
	}
	for k := range s.clauses {
		p := &s.clauses[k]
		if p.head == c.head {
			continue
		}
		for _, wi := range p.words {
			if wi == g {
				return x.clauseDate(s, p), p
			}
		}
	}
	return nil, nil
}

// clauseTime reports whether time t dates clause c: one of the clause's
// words lies in it, it is no number closing a capitalised name nor in
// parentheses, and (in a parsed sentence) its head word hangs from the
// clause's verb, not from a noun.
func (x *extractor) clauseTime(s *sentenceCtx, c *clause, t *kroniek.TimeRef) bool {
	in := -1 // the clause's first word in t
	for _, wi := range c.words {
		if w := s.words[wi]; w.Start >= t.Start && w.End <= t.End {
			in = wi
			break
		}
	}
	if in < 0 {
		return false
	}
	// the sentence words around t
	first, last := -1, -1
	for p, w := range s.words {
		if w.Start >= t.Start && w.End <= t.End {
			if first < 0 {
				first = p
			}
			last = p
		}
	}
	if first > 0 {
		prev := s.words[first-1]
		if prev.Text == "(" || prev.Text == "[" {
			return false // als milieuminister (1982-1986)
		}
		if isDigits(s.words[first].Text) && capitalised(prev.Text) && first-1 > s.skip {
			return false // Natura 2000, Euro 5, Windows 10
		}
		if prev.low == "uit" {
			return false // een precedent uit 1604: a thing's origin, never a deed's date
		}
		if x.vanNounTime(s, c, first) {
			return false // de EU-top van vanavond: the time dates the top
		}
	}
	if last+1 < len(s.words) && s.words[last+1].Text == ")" {
		return false
	}
	d := x.doc
	if d == nil || c.head < 0 || !d.Parsed(s.index) {
		return true
	}
	if x.inPrefieldPhrase(s, c, first) {
		return false
	}
	base := s.sent.First
	// the time's head: its word whose head lies outside it
	h := -1
	for p := first; p <= last; p++ {
		hd := d.Tokens[base+p].Head
		if hd < base+first || hd > base+last {
			h = base + p
			break
		}
	}
	if h < 0 {
		return true
	}
	// a time noun the time hangs on belongs to it (eind jaren 90, begin
	// juni): what that noun hangs on is what the time dates
	for range 3 {
		hd := d.Tokens[h].Head
		if hd < base || hd >= base+len(s.words) || hd == base+c.head || !timeNouns[s.words[hd-base].low] {
			break
		}
		h = hd
	}
	// a time hanging on a common noun dates that noun (de EU-top van
	// vanavond); names are not trusted as heads, the parser hangs times on
	// them by mistake
	if hd := d.Tokens[h].Head; hd >= base && hd < base+len(s.words) && hd != base+c.head &&
		d.Tokens[hd].POS == nl.NOUN && strings.HasPrefix(d.Tokens[h].Rel, "nmod") && !x.temporal(s, hd-base) && !x.occasion(hd, base+c.head) {
		return false
	}
	// a time the parse hung on a name inside a noun's modifiers ("voor
	// zijn betrokkenheid bij de liquidatie van X op 9 mei 2016", hung on
	// X): it dates that noun, which is itself a modifier of another noun
	for hd, n := d.Tokens[h].Head, 0; hd >= base && hd < base+len(s.words) && hd != base+c.head && n < 8; hd, n = d.Tokens[hd].Head, n+1 {
		tk := d.Tokens[hd]
		if tk.POS != nl.NOUN && tk.POS != nl.PROPN {
			break
		}
		if tk.POS == nl.NOUN && strings.HasPrefix(tk.Rel, "nmod") && !x.temporal(s, hd-base) {
			return false
		}
	}
	return true
}

// inPrefieldPhrase reports whether sentence word p lies inside the noun
// phrase that a main clause puts before its finite verb ("Het advies om de
// wijk te vernoemen naar de slag van 1573 werd afgewezen", "De aanval van
// vrijdag werd veroordeeld"): Dutch puts one phrase there, so a time inside
// a phrase that opens with an article or a noun belongs to that phrase,
// not to the verb. The words from the phrase's start to p hold no
// punctuation, no pronoun or subordinator (which would open a clause of
// its own) and no verb but a te-infinitive, and the first finite verb
// after p is clause c's (its verb or its auxiliary), whatever the parse
// made of the phrase.
func (x *extractor) inPrefieldPhrase(s *sentenceCtx, c *clause, p int) bool {
	start := s.skip
	if c.head < 0 || p <= start || p >= len(s.words) {
		return false
	}
	if w := x.token(s, start); w.POS != nl.DET && w.POS != nl.NOUN && w.POS != nl.PROPN || x.timeAt(s.words[start].Start) {
		return false
	}
	for q := start; q < p; q++ {
		tk, w := x.token(s, q), s.words[q]
		verb := (tk.POS == nl.VERB || tk.POS == nl.AUX) && !(q > start && s.words[q-1].low == "te" && tk.Feats.Has(nl.FeatInf))
		if verb || tk.POS == nl.PRON || tk.POS == nl.SCONJ || strings.HasPrefix(w.low, "waar") || tk.POS == nl.PUNCT || quoteMark(w.Text) {
			return false // (a relative or subordinate clause owns its time: "De man die vorig jaar werd mishandeld, …")
		}
	}
	v := s.sent.First + c.head
	for q := p + 1; q < len(s.words); q++ {
		if tk := x.token(s, q); (tk.POS == nl.VERB || tk.POS == nl.AUX) && tk.Feats.Has(nl.FeatFin) {
			return s.sent.First+q == v || tk.Head == v
		}
	}
	return false
}

// occasion reports whether noun n is an oblique of the clause's verb v
// that places its deed in an occasion (in de krant van 8 april, tijdens
// de top van vrijdag, bij de verkiezingen van 2017): the occasion's time
// is the deed's.
func (x *extractor) occasion(n, v int) bool {
	d := x.doc
	if d.Tokens[n].Head != v || !strings.HasPrefix(d.Tokens[n].Rel, "obl") {
		return false
	}
	for _, cs := range d.Dependents(n, "case") {
		switch lower(d.Tokens[cs].Text) {
		case "in", "tijdens", "bij", "op":
			return true
		}
	}
	return false
}

// timeNouns are nouns a time expression may hang on (in het jaar 2000).
var timeNouns = map[string]bool{
	"jaar": true, "jaren": true, "maand": true, "maanden": true, "week": true,
	"weken": true, "dag": true, "dagen": true, "eeuw": true, "tijd": true,
	"zomer": true, "winter": true, "lente": true, "voorjaar": true, "najaar": true,
	"herfst": true, "begin": true, "eind": true, "einde": true, "helft": true,
	"kwartaal": true, "weekend": true, "ochtend": true, "middag": true,
	"avond": true, "nacht": true, "periode": true, "moment": true,
}

// temporal reports whether sentence word p is a time noun or lies in a
// time expression.
func (x *extractor) temporal(s *sentenceCtx, p int) bool {
	w := s.words[p]
	if timeNouns[w.low] {
		return true
	}
	for _, t := range x.times {
		if w.Start >= t.Start && w.End <= t.End {
			return true
		}
	}
	return false
}

// isDigits reports whether s is all ASCII digits.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// dateLike reports whether v is a calendar date (not a duration or a set).
func dateLike(v string) bool {
	_, ok := kroniek.ParseDate(v)
	return ok
}

// gran is the granularity of a date value, as given or from its shape.
func gran(v, g string) string {
	if g != "" || v == "" {
		return g
	}
	if d, ok := kroniek.ParseDate(v); ok {
		return d.Granularity()
	}
	return ""
}

// relativeBetween reports whether a relative pronoun adverb (waarmee,
// waarin, waardoor …) stands between clause positions from and to: what
// follows it is a relative clause.
func relativeBetween(s *sentenceCtx, c *clause, from, to int) bool {
	for q := from + 1; q < to; q++ {
		if w := s.words[c.words[q]].low; strings.HasPrefix(w, "waar") && relativeAdverb[w[4:]] {
			return true
		}
	}
	return false
}

// relativeAdverb holds the prepositions a Dutch relative adverb joins to
// waar- (waarmee, waarin, waardoor).
var relativeAdverb = map[string]bool{"mee": true, "in": true, "op": true, "door": true, "van": true, "na": true,
	"bij": true, "aan": true, "over": true, "uit": true, "tegen": true, "voor": true, "naar": true, "onder": true, "achter": true, "langs": true}

// rootToenTime is the time of the clause before a toen-clause that the
// parse hung the other way round: the toen-clause's verb made the root
// and a word of the clause it belongs to hung on that verb ("Dat is anders sinds
// afgelopen woensdag, toen May …" with "gaf" as the root). nil when no
// clause before the toen hangs on the verb.
func (x *extractor) rootToenTime(s *sentenceCtx, c *clause) *kroniek.TimeRef {
	d := x.doc
	base := s.sent.First
	toen := -1
	for _, m := range d.Dependents(base+c.head, "mark") {
		if lower(d.Tokens[m].Text) == "toen" {
			toen = m - base
		}
	}
	if toen < 0 {
		return nil
	}
	for k := range s.clauses {
		p := &s.clauses[k]
		if p.head == c.head || len(p.words) == 0 || p.words[len(p.words)-1] >= toen {
			continue
		}
		if slices.ContainsFunc(p.words, func(w int) bool { return d.Tokens[base+w].Head == base+c.head }) {
			return x.clauseDate(s, p)
		}
	}
	return nil
}

// condZou reports whether the trigger stands in a condition with zou:
// "als" or "indien" opens the sentence (after en/maar at most) and a form
// of zullen follows it before the trigger with no comma between ("Maar
// als X verboden afspraken zou hebben gemaakt met Y, …"). The parse may
// hang the subordinator anywhere; the words say it is a supposition,
// not a report.
func (x *extractor) condZou(s *sentenceCtx, c *clause, t trigger) bool {
	end := c.words[t.pos[0]]
	for _, p := range t.pos {
		end = max(end, c.words[p])
	}
	i := s.skip
	if i < len(s.words) && x.lx.is("coord", s.words[i].low) {
		i++
	}
	if i >= len(s.words) || s.words[i].low != "als" && s.words[i].low != "indien" {
		return false
	}
	zou := false
	for q := i + 1; q <= end && q < len(s.words); q++ {
		switch s.words[q].low {
		case ",", ";", ":":
			return false
		case "zou", "zouden":
			zou = true
		}
	}
	return zou
}

// watBetreft reports whether the sentence opens with "Wat X betreft"
// before word wi, X a party: what follows is that party's view or wish
// ("Wat de officier van justitie betreft, krijgt X een taakstraf"; "wat
// mij betreft"). With X a thing it only names the topic ("Wat dit
// betreft alle lof voor …").
func (x *extractor) watBetreft(s *sentenceCtx, wi int) bool {
	if len(s.words) == 0 || s.words[0].low != "wat" {
		return false
	}
	party := false
	for i := 1; i < wi && i < len(s.words); i++ {
		w := s.words[i]
		if w.low == "betreft" {
			return party
		}
		if w.mention >= 0 || watParty[w.low] {
			party = true
		}
	}
	return false
}

// watParty lists the words that make "Wat X betreft" a party's view:
// object pronouns and the roles that demand or judge.
var watParty = map[string]bool{
	"mij": true, "ons": true, "hem": true, "haar": true, "hen": true, "hun": true, "jou": true, "u": true, "jullie": true,
	"officier": true, "aanklager": true, "aanklagers": true, "justitie": true, "verdediging": true, "advocaat": true,
	"kabinet": true, "regering": true, "minister": true, "partij": true, "fractie": true, "bond": true, "bonden": true,
}

// omBefore reports whether an "om" right after a noun opens the
// te-infinitive clause of the trigger at sentence word wi, with no finite
// verb, comma or other "te" between: the content of a plot, plan or
// attempt ("een samenzwering om president X te vermoorden"). An om-clause
// of purpose after a verb ("gingen de straat op om het vertrek te
// eisen") tells what was done and keeps its mode.
func (x *extractor) omBefore(s *sentenceCtx, wi int) bool {
	if wi < 1 || s.words[wi-1].low != "te" {
		return false
	}
	for q := wi - 2; q >= 0; q-- {
		w := s.words[q]
		switch {
		case w.low == "om":
			return q > 0 && s.words[q-1].POS == nl.NOUN
		case w.Text == "," || w.low == "te" || w.Feats.Has(nl.FeatFin):
			return false
		}
	}
	return false
}

// afterClauseYear is the year of the clause a nadat-clause in the simple
// past hangs on ("besloot vorig jaar de arena te betreden nadat X en zijn
// vriendin werden vermoord": 2018): what came just before a dated deed
// falls in its year. Only a bare year counts (a day or a month of the
// main clause is later than the nadat-event), and a pluperfect ("nadat hij
// in de cel had gezeten") may lie years before; nil otherwise.
func (x *extractor) afterClauseYear(s *sentenceCtx, c *clause) *kroniek.TimeRef {
	if c.kind != clauseSub || c.opener != "nadat" || c.head < 0 || x.doc == nil || !x.doc.Parsed(s.index) {
		return nil
	}
	d := x.doc
	v := s.sent.First + c.head
	for _, a := range d.Dependents(v, "aux") {
		if l := d.Tokens[a].Lemma; l == "hebben" || l == "zijn" {
			return nil // a pluperfect
		}
	}
	t, _ := x.governorTime(s, c)
	if t == nil || len(t.Value) != 4 || !isDigits(t.Value) {
		return nil
	}
	return t
}

// colonTime is the time that opens a sentence whose clause c, after a
// colon, gives an instance of what the part before it tells ("Vorige week
// is ook gecontroleerd: zo ging de inspectie langs bij bedrijven"): the
// instance happened in that time. The clause must open with "zo" right
// after the colon, and the time must be the sentence's first words (a
// dateline aside), so it dates the whole sentence. Nil otherwise.
func (x *extractor) colonTime(s *sentenceCtx, c *clause) *kroniek.TimeRef {
	if c.head < 0 || len(s.words) == 0 {
		return nil
	}
	colon := -1
	for p := c.head - 1; p > 0; p-- {
		if s.words[p].Text == ":" {
			colon = p
			break
		}
	}
	if colon < 0 || colon+1 >= len(s.words) || s.words[colon+1].low != "zo" {
		return nil
	}
	first := s.words[min(s.skip, len(s.words)-1)].Start
	for i := range x.times {
		t := &x.times[i]
		if t.Start == first && t.End <= s.words[colon].Start && dateLike(t.Value) && t.Bound != kroniek.BoundUntil && !x.spanTimes()[t.Start] {
			return t
		}
	}
	return nil
}

// ofDat reports whether clause c opens with "of dat" (or with a "dat" right
// after "of"): the second of two alternatives ("of X … of dat Y …"), which
// the parse may hang as a plain conjunct of the first; neither is told as
// having happened ("Het is niet duidelijk of de bank genoegen neemt of dat
// Acme nog een boete krijgt").
func ofDat(s *sentenceCtx, c *clause) bool {
	if len(c.words) == 0 {
		return false
	}
	i := c.words[0]
	at := func(j int) string {
		if j < 0 || j >= len(s.words) {
			return ""
		}
		return s.words[j].low
	}
	return at(i) == "of" && at(i+1) == "dat" || at(i) == "dat" && at(i-1) == "of"
}
