package event

import (
	"slices"
	"sort"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// narrativeShift lists the words that move a sentence off the time the
// sentence before it set (eerder, later, sindsdien) or spread it over many
// times (vaak, jarenlang): such a sentence continues no narrative.
var narrativeShift = map[string]bool{
	"eerder": true, "vroeger": true, "ooit": true, "later": true, "inmiddels": true, "nu": true,
	"sinds": true, "sindsdien": true, "voorheen": true, "daarvoor": true, "toentertijd": true,
	"jaren": true, "maanden": true, "weken": true, "dagen": true, "uren": true, "jarenlang": true,
	"vaak": true, "altijd": true, "steeds": true, "regelmatig": true, "telkens": true,
	"meermaals": true, "geregeld": true, "nooit": true, "elke": true, "iedere": true, "soms": true,
	"opnieuw": true, "weer": true, "destijds": true, "vorige": true, "volgende": true,
	"daarna": true, "nadien": true, "ook": true, "tegenwoordig": true, "al": true,
	"laatst": true, "onlangs": true, "recent": true, "recentelijk": true, "kortgeleden": true, // a vague time of its own
}

// asideWords mark a sentence as an aside to the narrative, a flashback or
// a parallel ("Maandag sprak X al met Y.", "Ook in 2017 …"): its time is
// no time the next sentence continues.
var asideWords = map[string]bool{"al": true, "eerder": true, "ook": true, "vroeger": true, "ooit": true, "destijds": true, "voorheen": true}

// timeWords are words of a time the time expressions may leave unresolved
// ("afgelopen november"): a sentence with one has a time of its own.
var timeWords = map[string]bool{
	"jaar": true, "maand": true, "week": true, "eeuw": true, "gisteren": true, "vandaag": true,
	"morgen": true, "vanavond": true, "vannacht": true, "vanmorgen": true, "vanochtend": true,
}

// stateVerbs are main verbs of a state, no deed: "had kritiek op haar"
// holds over time, so the time of the sentence before does not date it.
var stateVerbs = map[string]bool{"hebben": true, "zijn": true, "blijven": true, "worden": true}

// additiveOok reports whether token k of sentence sent is an "ook" right
// before a name: it adds that party to the ones before ("Ook Macron
// benadrukte dinsdag …"), it sets no time aside as "Ook in 2017 …" does.
func additiveOok(sent *nl.Sentence, k int) bool {
	return lower(sent.Tokens[k].Text) == "ook" && k+1 < len(sent.Tokens) && sent.Tokens[k+1].POS == nl.PROPN
}

// narrativeDate is the date a sentence takes from the one before it when
// it continues that sentence's past-tense narrative ("Dinsdag werd X
// gearresteerd. Hij verzette zich hevig."): the event's clause is a main
// clause (or its conjunct) in the simple past, the sentence names no time
// of its own and no word that moves or spreads its time, neither sentence
// is a quote, and the sentence before, itself in the past, names exactly
// one calendar date, not after the publication date. Empty otherwise.
//
// A clause that points back to that time itself (toen as an adverb, die
// dag, datzelfde jaar, op dat moment: "In december slaagde X erin … De
// eurolanden spraken toen af …") needs less: any past tense, any kind of
// clause, and the date may stand anywhere in the sentence before.
func (x *extractor) narrativeDate(s *sentenceCtx, c *clause) (string, string) {
	d := x.doc
	if d == nil || s.index == 0 || s.sent.Heading || c.head < 0 {
		return "", ""
	}
	ana := x.anaphoricTime(s, c)
	if ana == nil && c.kind != clauseMain && c.kind != clauseCoord {
		return "", ""
	}
	prev := &d.Sentences[s.index-1]
	if ana != nil {
		reach := 3
		for p := range ana {
			if strings.HasSuffix(s.words[p].low, "zelfde") {
				reach = 5 // datzelfde jaar names its antecedent as the same time, further back
			}
		}
		prev = x.antecedentSentence(s, reach)
	}
	if prev == nil || prev.Heading || prev.Paragraph != s.sent.Paragraph {
		return "", ""
	}
	nounTimed := x.nounTimes(s)
	for i := range x.times {
		if t := &x.times[i]; t.Start < s.sent.End && t.End > s.sent.Start && !nounTimed[t.Start] {
			return "", "" // the sentence has a time of its own
		}
	}
	for p, w := range s.words {
		if ana[p] || nounTimed[w.Start] {
			continue
		}
		if narrativeShift[w.low] && (ana == nil || !asideWords[w.low]) || timeWords[w.low] || nl.Lex().IsCalendarName(w.low) || quoteMark(w.Text) {
			return "", ""
		}
	}
	v := s.sent.First + c.head
	if !d.Parsed(s.index) {
		return "", ""
	}
	if ana != nil && d.Tense(v) != nl.TensePast && !x.pastForm(v) {
		return "", ""
	}
	perfect := ana == nil && !x.simplePast(v) && x.presentPerfect(v)
	if ana == nil && (!x.simplePast(v) && !perfect || !x.rootClause(s.sent, v) || stateVerbs[d.Tokens[v].Lemma] || x.waarOpened(s, c)) {
		return "", ""
	}
	got, ok := x.singleDate(prev)
	if !ok {
		return "", ""
	}
	if got == nil && ana == nil {
		// the sentence before names no time but points back to one
		// ("Datzelfde jaar blokkeerde Punt X. X … werd … teruggefloten."):
		// its main clause's date is the narrative's time
		if v, ok := x.anaDated[s.index-1]; ok && !x.quoteIn(prev) {
			return v[0], v[1]
		}
		if p := x.narrativeSentence(s); p != nil {
			// a day named further back in the paragraph, the sentences
			// between telling on: the narrative's day
			if got, ok = x.singleDate(p); !ok || got == nil || gran(got.Value, got.Granularity) != kroniek.GranDay {
				return "", ""
			}
			prev = p
		}
	}
	if got == nil || x.after(got.Value) || perfect && !(gran(got.Value, got.Granularity) == kroniek.GranDay && x.recentDay(got.Value)) {
		return "", ""
	}
	if ana == nil || quotedSpeech(prev) {
		for k, t := range prev.Tokens {
			if quoteMark(t.Text) || ana == nil && asideWords[lower(t.Text)] && !additiveOok(prev, k) {
				return "", "" // a quote, or an aside (Maandag sprak X al met Y.)
			}
		}
	}
	if ana == nil && (!d.Parsed(s.index-1) || !x.mainTime(prev, got)) {
		return "", ""
	}
	value, g := got.Value, gran(got.Value, got.Granularity)
	if ana != nil && x.rootClause(s.sent, v) {
		if x.anaDated == nil {
			x.anaDated = map[int][2]string{}
		}
		x.anaDated[s.index] = [2]string{value, g}
	}
	return value, g
}

// singleDate returns the one calendar date sentence sent names (nil if it
// names no time); ok is false if it names another kind of time or more
// than one date.
func (x *extractor) singleDate(sent *nl.Sentence) (got *kroniek.TimeRef, ok bool) {
	for i := range x.times {
		t := &x.times[i]
		if t.Start < sent.Start || t.End > sent.End {
			continue
		}
		if !dateLike(t.Value) || t.Bound != "" || x.spanTimes()[t.Start] || got != nil && got.Value != t.Value {
			return nil, false
		}
		got = t
	}
	return got, true
}

// narrativeNext are words that set a sentence after the one before it
// ("Daarop eiste X …", "Vervolgens splitste Y …"): it tells on, but not on
// the same day.
var narrativeNext = map[string]bool{"daarop": true, "vervolgens": true}

// narrativeReach is how many sentences back a past-tense sentence that
// names no time looks for the day its paragraph's narrative set.
const narrativeReach = 3

// narrativeSentence is the sentence whose time a main clause of sentence s
// continues: the nearest sentence before it in the same paragraph that
// names a time, passing only untimed simple-past sentences that tell the
// same narrative ("Zaterdag werd de stad onrustig. Jongeren gooiden
// stenen. De politie arresteerde zes jongeren." dates the arrests); nil
// past a quote, a heading, a paragraph break or a sentence in another
// tense.
func (x *extractor) narrativeSentence(s *sentenceCtx) *nl.Sentence {
	return x.timedBefore(s, narrativeReach, x.untimedNarrative)
}

// timedBefore is the nearest of the reach sentences before sentence s, in
// its paragraph and past no heading, that names a time; an untimed
// sentence on the way is passed only when pass says so.
func (x *extractor) timedBefore(s *sentenceCtx, reach int, pass func(k int) bool) *nl.Sentence {
	d := x.doc
	for k := s.index - 1; k >= 0 && k >= s.index-reach; k-- {
		p := &d.Sentences[k]
		if p.Heading || p.Paragraph != s.sent.Paragraph {
			return nil
		}
		for i := range x.times {
			if t := &x.times[i]; t.Start < p.End && t.End > p.Start {
				return p
			}
		}
		if !pass(k) {
			return nil
		}
	}
	return nil
}

// untimedNarrative reports whether sentence k, which names no time, tells
// on in the simple past: parsed, its root a verb of a deed in the simple
// past, with no quote and no word that moves, spreads or follows on its
// time ("Jongeren gooiden stenen." yes; "Hij was er vaak.", "Hij werd
// bekend door een film.", "Daarop vertrok hij." no).
func (x *extractor) untimedNarrative(k int) bool {
	d := x.doc
	p := &d.Sentences[k]
	if !d.Parsed(k) || x.quoteIn(p) {
		return false
	}
	root := -1
	for i := p.First; i < p.First+len(p.Tokens); i++ {
		if d.Tokens[i].Head < 0 {
			root = i
		}
		if w := lower(d.Tokens[i].Text); narrativeShift[w] || timeWords[w] || narrativeNext[w] {
			return false
		}
	}
	return root >= 0 && d.Tokens[root].POS == nl.VERB && !stateVerbs[d.Tokens[root].Lemma] && x.simplePast(root)
}

// nounTimes returns the start offsets of the one-word times of sentence
// s that the parse hangs on a common noun ("over de aanslagen vrijdag in
// Christchurch", invented after a real sentence): they date that noun's
// event, not the sentence's clause.
func (x *extractor) nounTimes(s *sentenceCtx) map[int]bool {
	out := map[int]bool{}
	if x.doc == nil || !x.doc.Parsed(s.index) {
		return out
	}
	for p, w := range s.words {
		tk := x.token(s, p)
		if !nl.Lex().IsCalendarName(w.low) || tk.Head < 0 || tk.Rel != "nmod" || x.doc.Tokens[tk.Head].POS != nl.NOUN || tk.Head > s.sent.First+p {
			continue
		}
		for i := range x.times {
			if t := &x.times[i]; t.Start == w.Start && t.End == w.End {
				out[w.Start] = true
			}
		}
	}
	return out
}

// quoteIn reports whether sentence sent holds a quote mark.
func (x *extractor) quoteIn(sent *nl.Sentence) bool {
	for _, t := range sent.Tokens {
		if quoteMark(t.Text) {
			return true
		}
	}
	return false
}

// antecedentSentence is the sentence a time that points back (toen, die
// dag) points to: the nearest of the reach sentences before sentence s
// that names a time, past sentences that name none (Vorig jaar zei Asscher
// al dat …, two quotes, then Asscher eiste toen …); nil past a heading or
// a paragraph break.
func (x *extractor) antecedentSentence(s *sentenceCtx, reach int) *nl.Sentence {
	return x.timedBefore(s, reach, func(int) bool { return true })
}

// anaphoricNouns are the time nouns a demonstrative makes point back (die
// dag, datzelfde jaar, op dat moment).
var anaphoricNouns = map[string]bool{"dag": true, "avond": true, "nacht": true, "ochtend": true, "middag": true,
	"week": true, "maand": true, "jaar": true, "moment": true, "weekend": true}

// anaphoricTime returns the sentence positions of a time adverb in clause c
// that points back to a time named before: toen as an adverb (not the
// subordinator of a toen-clause), or a demonstrative with a time noun (die
// dag, datzelfde jaar, op dat moment); nil without one.
func (x *extractor) anaphoricTime(s *sentenceCtx, c *clause) map[int]bool {
	if c.opener == "toen" || x.doc == nil || !x.doc.Parsed(s.index) {
		return nil
	}
	for i, p := range c.words {
		w := s.words[p]
		switch {
		case w.low == "toen" && (x.token(s, p).Rel == "advmod" || x.token(s, p).Rel == "obl" || x.adverbToen(s, p)): // the parse makes it either
			return map[int]bool{p: true}
		case (w.low == "die" || w.low == "dat" || w.low == "diezelfde" || w.low == "datzelfde" || w.low == "dezelfde" || w.low == "hetzelfde") &&
			i+1 < len(c.words) && c.words[i+1] == p+1 && anaphoricNouns[s.words[p+1].low]:
			return map[int]bool{p: true, p + 1: true}
		}
	}
	return nil
}

// adverbToen reports whether "toen" at sentence word p is the adverb
// (then) whatever the parse calls it: a finite verb follows it right
// away, which the subordinator never allows ("Toen lagen de bedrijven
// onder vuur." against "Toen de bedrijven onder vuur lagen, …").
func (x *extractor) adverbToen(s *sentenceCtx, p int) bool {
	if s.words[p].low != "toen" || p+1 >= len(s.words) {
		return false
	}
	next := x.token(s, p+1)
	return (next.POS == nl.VERB || next.POS == nl.AUX) && next.Feats.Has(nl.FeatFin)
}

// after reports whether date v begins after the publication date: a time
// still to come dates no narrative in the past.
func (x *extractor) after(v string) bool {
	d, ok := kroniek.ParseDate(v)
	r, rok := kroniek.ParseDate(x.ref)
	if !ok || !rok {
		return false
	}
	first, ok := d.First()
	_, last, rok := r.Span()
	return ok && rok && first.After(last)
}

// rootClause reports whether verb v heads sentence sent: its root, or a
// conjunct of the root (not a clause inside another).
func (x *extractor) rootClause(sent *nl.Sentence, v int) bool {
	d := x.doc
	h := d.Tokens[v].Head
	return h < 0 || d.Tokens[v].Rel == "conj" && h >= sent.First && h < sent.First+len(sent.Tokens) && d.Tokens[h].Head < 0
}

// mainTime reports whether time t dates the main clause of sentence sent
// (the parse hangs it on the root verb, or a conjunct of the root), and that
// clause is in the past: a time inside a relative or dat-clause ("waar in
// 2005 … werden vermoord", "dat de gemeente per 1 maart de subsidie
// staakte") or on a noun ("de aanslagen vrijdag") dates something else.
func (x *extractor) mainTime(sent *nl.Sentence, t *kroniek.TimeRef) bool {
	d := x.doc
	lo, hi := sent.First, sent.First+len(sent.Tokens)
	for k := lo; k < hi; k++ {
		tk := d.Tokens[k]
		if tk.Start < t.Start || tk.End > t.End {
			continue
		}
		h := tk.Head
		if h >= lo && h < hi && d.Tokens[h].Start >= t.Start && d.Tokens[h].End <= t.End {
			continue // inside the time
		}
		if h < lo || h >= hi || !x.rootClause(sent, h) {
			return false
		}
		return d.Tense(h) == nl.TensePast || x.pastForm(h)
	}
	return false
}

// simplePast reports whether verb v is finite in the simple past (werd
// gearresteerd, verzette zich), or joined to a verb that is, and no perfect
// (had gezegd, was opgepakt: before the time the narrative stands at).
func (x *extractor) simplePast(v int) bool {
	d := x.doc
	for range 4 {
		fin := -1
		if d.Tokens[v].Feats.Has(nl.FeatFin) || x.misreadPast(v) {
			fin = v
		}
		for _, rel := range []string{"aux", "aux:pass", "cop"} {
			for _, a := range d.Dependents(v, rel) {
				if !d.Tokens[a].Feats.Has(nl.FeatFin) {
					continue
				}
				l := d.Tokens[a].Lemma
				if rel != "cop" && (l == "hebben" || l == "zijn") {
					return false // a perfect
				}
				fin = a
			}
		}
		if fin >= 0 {
			return x.pastForm(fin)
		}
		if d.Tokens[v].Rel != "conj" || d.Tokens[v].Head < 0 {
			return false
		}
		v = d.Tokens[v].Head
	}
	return false
}

// pastForm reports whether doc token i is a finite verb in the simple
// past: so tagged, or a past form of the lexicon the tagger read as
// present ("Toen lagen de bedrijven onder vuur", lagen tagged present).
func (x *extractor) pastForm(i int) bool {
	tk := x.doc.Tokens[i]
	return tk.Feats.Has(nl.FeatFin) && (tk.Feats.Has(nl.FeatPast) || x.lx.past[lower(tk.Text)]) || x.misreadPast(i)
}

// misreadPast reports whether doc token i is a weak simple past the
// tagger read as a participle: it heads its sentence (or a conjunct of
// the head) with no auxiliary, and ends in -te or -de, which a weak
// participle never does ("Ook X benadrukte dinsdag …", benadrukt the
// participle).
func (x *extractor) misreadPast(i int) bool {
	d := x.doc
	tk := d.Tokens[i]
	if !tk.Feats.Has(nl.FeatPart) || tk.Feats.Has(nl.FeatFin) || tk.POS != nl.VERB {
		return false
	}
	if tk.Head >= 0 && tk.Rel != "conj" {
		return false
	}
	for _, rel := range []string{"aux", "aux:pass", "cop"} {
		if len(d.Dependents(i, rel)) > 0 {
			return false
		}
	}
	w := lower(tk.Text)
	return strings.HasSuffix(w, "te") || strings.HasSuffix(w, "de") || strings.HasSuffix(w, "ten") || strings.HasSuffix(w, "den")
}

// quoteMark reports whether a token is a quotation mark.
// quotedSpeech reports whether sentence sent quotes speech: quote marks
// around more than three words, or one left open. Marks around a few
// words set off a phrase (was Punt 'not amused'), whose sentence still
// narrates.
func quotedSpeech(sent *nl.Sentence) bool {
	open, words := false, 0
	for _, t := range sent.Tokens {
		switch {
		case quoteMark(t.Text):
			if open && words > 3 {
				return true
			}
			open, words = !open, 0
		case open && t.Kind == nl.Word:
			words++
		}
	}
	return open
}

func quoteMark(t string) bool {
	return t != "" && strings.Trim(t, "'\"‘’“”„,") == "" && t != ","
}

// sameEventDates dates an undated past event by the date the article
// gives the same event elsewhere, before or after it ("Louwes, die is
// veroordeeld voor de moord …" and later "Louwes werd in 2004 veroordeeld
// voor de moord"): an event of the same type and mode, with the same
// named recipient, a compatible doer and the same trigger verb. It stays
// undated when the article dates such events more than one way (two
// meetings, two verdicts).
func (x *extractor) sameEventDates(evs []kroniek.Event) {
	if len(x.pastUndated) == 0 {
		return
	}
	past := map[int]bool{}
	for _, p := range x.pastUndated {
		past[p] = true
	}
	for i := range evs {
		e := &evs[i]
		if e.Date != "" || e.Field != "" || !past[e.TriggerStart] || e.Negated || e.Hypothetical || len(e.RecipientLocal) == 0 {
			continue
		}
		var got *kroniek.Event
		for j := range evs {
			f := &evs[j]
			if j == i || f.Date == "" || f.Field != "" || f.Negated || f.Hypothetical || !x.sameEvent(e, f) {
				continue
			}
			if got != nil && got.Date != f.Date {
				got = nil
				break
			}
			got = f
		}
		if got != nil {
			e.Date, e.DateGran = got.Date, got.DateGran
		}
	}
}

// sameEventActors gives an event without a doer the doer the article
// names for the same deed elsewhere ("Fortuyn, die in mei 2002 vermoord
// werd door Volkert van der Graaf" and later "toen Fortuyn werd
// vermoord"): an event of the same type and mode, the same recipients
// (an entity among them), the same trigger verb and the same date (or both
// undated), neither negated nor hypothetical. It stays without one when
// the article names such a deed with more than one doer.
func (x *extractor) sameEventActors(evs []kroniek.Event) {
	for i := range evs {
		e := &evs[i]
		if len(e.ActorLocal) > 0 || e.ActorText != "" || !namesEntity(e.RecipientLocal) || e.Field != "" || e.Negated || e.Hypothetical {
			continue
		}
		var got *kroniek.Event
		for j := range evs {
			f := &evs[j]
			if j == i || len(f.ActorLocal) == 0 || f.Field != "" || f.Negated || f.Hypothetical || f.Date != e.Date || !x.sameEvent(e, f) {
				continue
			}
			if got != nil && !slices.Equal(sorted(got.ActorLocal), sorted(f.ActorLocal)) {
				got = nil
				break
			}
			got = f
		}
		if got != nil {
			e.ActorLocal = append([]string(nil), got.ActorLocal...)
			e.Actor = append([]string(nil), got.Actor...)
			e.ActorText = got.ActorText
		}
	}
}

// namesEntity reports whether keys hold an entity, not only groups
// ("de autoriteiten" praised in two sentences need not be one deed).
func namesEntity(keys []string) bool {
	for _, k := range keys {
		if !strings.HasPrefix(k, "generic:") {
			return true
		}
	}
	return false
}

// sameEvent reports whether events e and f tell the same deed: one type
// and mode, the same recipients, the same doers or one doer unnamed, and
// triggers ending in the same verb.
func (x *extractor) sameEvent(e, f *kroniek.Event) bool {
	if e.Type != f.Type || e.Mode != f.Mode || !slices.Equal(sorted(e.RecipientLocal), sorted(f.RecipientLocal)) {
		return false
	}
	if len(e.ActorLocal) > 0 && len(f.ActorLocal) > 0 && !slices.Equal(sorted(e.ActorLocal), sorted(f.ActorLocal)) {
		return false
	}
	a, b := x.triggerLemma(e), x.triggerLemma(f)
	return a != "" && a == b
}

// triggerLemma is the lemma of the last word of an event's trigger when
// that is a verb; "" for a noun, which takes the time of the verb it hangs
// on ("werd in 2004 veroordeeld voor de moord" dates no murder).
func (x *extractor) triggerLemma(e *kroniek.Event) string {
	toks := x.doc.Tokens
	k := sort.Search(len(toks), func(k int) bool { return toks[k].End >= e.TriggerEnd })
	if k < len(toks) && toks[k].End == e.TriggerEnd && toks[k].POS == nl.VERB {
		return toks[k].Lemma
	}
	return ""
}

// sorted returns a sorted copy of keys.
func sorted(keys []string) []string {
	return slices.Sorted(slices.Values(keys))
}

// speechTypes are the event types a speaker performs in a debate: a
// demand, a criticism, support or a refusal.
var speechTypes = map[string]bool{"REQUEST": true, "ACCUSE": true, "SUPPORT": true, "REJECT": true}

// debateDay dates the undated speech events of a report on a sitting —
// a debate or a session "in de (Tweede) Kamer" — by the day the article
// gives that sitting ("lieten zich gisteren gelden tijdens het eerste
// verkiezingsdebat", "zei hij gisteren in de Tweede Kamer"), for the
// events after the first sentence that dates it: what the members demand
// and criticise there is said that day. Only a day within the three days
// before the article counts. When the article dates its sittings two
// ways ("zei hij gisteren in het eerste verkiezingsdebat … Zeven
// lijsttrekkers hebben vandaag hun eigen debat"), an event takes a day
// only while every dated sitting sentence before it gives that day: the
// events after the second day's sentence stay undated. Negated and
// hypothetical events, the headline's, nouns, clauses of reason and
// relative clauses (background), and what a direct quote tells stay
// undated.
func (x *extractor) debateDay(evs []kroniek.Event) {
	type sitting struct {
		at  int
		day string
	}
	var sits []sitting
	for _, sent := range x.doc.Sentences {
		if sent.Heading || !sittingSentence(sent) {
			continue
		}
		for _, t := range x.times {
			if d, ok := kroniek.ParseDate(t.Value); !ok || d.Granularity() != kroniek.GranDay || t.Field != "" || t.Start < sent.Start || t.End > sent.End || !x.recentDay(t.Value) {
				continue
			}
			sits = append(sits, sitting{sent.Start, t.Value})
		}
	}
	if len(sits) == 0 {
		return
	}
	for i := range evs {
		e := &evs[i]
		if e.Date != "" || e.Field != "" || e.Start < sits[0].at || e.Negated || e.Hypothetical || !speechTypes[e.Type] || !x.spokenClause(e.TriggerStart) || x.directQuoteAt(e.TriggerStart) {
			continue
		}
		day := sits[0].day
		for _, st := range sits[1:] {
			if st.at <= e.Start && st.day != day {
				day = "" // a second day dates a sitting before the event
			}
		}
		if day != "" {
			e.Date, e.DateGran = day, kroniek.GranDay
		}
	}
}

// directQuoteAt reports whether byte offset off lies inside a direct
// quote: what a speaker tells there (",,Keijzer hamert erop dat …") need
// not be said at the sitting.
func (x *extractor) directQuoteAt(off int) bool {
	for _, q := range x.quotes {
		if q.Field == "" && q.Kind == kroniek.QuoteDirect && q.Start <= off && off < q.End {
			return true
		}
	}
	for _, sent := range x.doc.Sentences {
		if sent.Start <= off && off < sent.End {
			return insideQuoteMarks(sent, off) // a quote the quote layer left unattributed
		}
	}
	return false
}

// insideQuoteMarks reports whether byte offset off of sent stands
// between an opening quote mark and its close (or an opening left open).
func insideQuoteMarks(sent nl.Sentence, off int) bool {
	open := false
	for _, t := range sent.Tokens {
		if t.Start >= off {
			break
		}
		if quoteMark(t.Text) {
			open = !open
		}
	}
	return open
}

// spokenClause reports whether the trigger at byte offset off is a verb
// of a main clause, a complement or a conjunct in the parse: a noun ("het
// verzoek van Forum", made before the sitting) or a clause of reason or
// a relative clause ("omdat hij onderzoek weigerde": background) tells
// no act of the sitting.
func (x *extractor) spokenClause(off int) bool {
	d := x.doc
	i, ok := slices.BinarySearchFunc(d.Tokens, off, func(t nl.Token, o int) int { return t.Start - o })
	if !ok || d.Tokens[i].POS != nl.VERB && d.Tokens[i].POS != nl.AUX {
		return false
	}
	c := d.Clause(i)
	if c < 0 {
		return false
	}
	switch d.Tokens[c].Rel {
	case "root", "ccomp", "conj", "parataxis", "xcomp":
		return true
	}
	return false
}

// sittingSentence reports whether sent names a debate (debat,
// verkiezingsdebat, Kamerdebat …) or a session "in de (Tweede/Eerste)
// Kamer".
func sittingSentence(sent nl.Sentence) bool {
	ts := sent.Tokens
	for i, t := range ts {
		w := lower(t.Text)
		if t.POS == nl.NOUN && strings.Contains(w, "debat") {
			return true
		}
		if w == "kamer" && i >= 2 {
			j := i - 1
			if p := lower(ts[j].Text); p == "tweede" || p == "eerste" {
				j--
			}
			if j >= 1 && lower(ts[j].Text) == "de" && lower(ts[j-1].Text) == "in" {
				return true
			}
		}
	}
	return false
}

// recentDay reports whether day v lies within the three days up to the
// article's date.
func (x *extractor) recentDay(v string) bool {
	ref, ok1 := kroniek.ParseDate(x.ref)
	d, ok2 := kroniek.ParseDate(v)
	if !ok1 || !ok2 {
		return false
	}
	r, ok1 := ref.First()
	f, ok2 := d.First()
	if !ok1 || !ok2 {
		return false
	}
	diff := r.Sub(f).Hours() / 24
	return diff >= 0 && diff <= 3
}

// presentPerfect reports whether verb v is a participle whose finite
// auxiliary is a present form of hebben or zijn (heeft aangehouden, zijn
// in beslag genomen): the perfect news uses for the outcome of a deed it
// has just told in the past ("Jongeren veroorzaakten zaterdag overlast.
// De politie heeft zes van hen aangehouden.", invented), not the
// pluperfect (had, was) of a deed before the narrative's time. Only a day
// of the last three days before the article is taken so: after an older
// or vaguer date the perfect more often tells a later outcome.
func (x *extractor) presentPerfect(v int) bool {
	d := x.doc
	if !d.Tokens[v].Feats.Has(nl.FeatPart) {
		return false
	}
	for _, rel := range []string{"aux", "aux:pass"} {
		for _, a := range d.Dependents(v, rel) {
			tk := d.Tokens[a]
			if tk.Feats.Has(nl.FeatFin) && (tk.Lemma == "hebben" || tk.Lemma == "zijn") {
				return !tk.Feats.Has(nl.FeatPast) && !x.lx.past[lower(tk.Text)]
			}
		}
	}
	return false
}
