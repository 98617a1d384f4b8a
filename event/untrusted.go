package event

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// untrusted reports whether an event found in clause c should be exported
// but not shown because what it reports is no news event between parties
// or its sides cannot be trusted:
//   - a participle standing before its noun ("het bloedig neergeslagen
//     protest"): the noun is what was acted on, and the clause gives no
//     actor;
//   - a meeting told by an "ik" ("Zo heb ik gesproken met een mevrouw
//     van 96"): an interview or a private talk;
//   - a phone call told in the first person ("Ik heb X meteen gebeld", "dat
//     we dezelfde instanties belden"): private talk, and the speaker the
//     pronoun stands for is often not the quote's;
//   - a request to take part in a study ("vroeg medewerkers voor een
//     onderzoek"): a survey, not a demand;
//   - a warning to someone about a named other ("waarschuwde de gemeente
//     voor het klimaat op school X"): the one disapproved of is X;
//   - what holds "niet altijd" (notAlways);
//   - a comparison "niet meer … dan" ("We hebben niet meer mensen
//     toegelaten dan er in het stadion kunnen"): a measure, no refusal;
//   - a demand "tegen" someone whose name was not read as the recipient;
//   - a stance of a kind of people ("dat mensen zoals ik niet accepteren");
//   - a claim in a quote that one of the next three sentences of the
//     paragraph denies (refutedLater).
func (x *extractor) untrusted(s *sentenceCtx, c *clause, t trigger, ev *kroniek.Event) bool {
	if !t.noun && t.kind&formPart != 0 && x.attributive(s, c, t.pos[0]) {
		return true
	}
	if ev.Type == "CONSULT" && ev.Mode == "phone" && x.hasAny(s, c, []string{"ik", "we", "wij"}) {
		return true
	}
	if ev.Type == "CONSULT" && ev.Mode == "meet" && x.hasAny(s, c, []string{"ik"}) {
		return true // "Zo heb ik gesproken met een mevrouw …": an interview told by its writer
	}
	if ev.Type == "ACCUSE" && x.warning(s, c, t) && x.namedVoor(s, c, t) {
		return true // waarschuwde de gemeente voor het klimaat op school X: X is the target
	}
	if ev.Type == "REQUEST" && x.survey(s, c) || x.notAlways(s, c) || x.amountComparison(s, c) {
		return true
	}
	if ev.Type == "REQUEST" && len(ev.RecipientLocal) == 0 && ev.RecipientText == "" && contains(t.Preps, "tegen") && x.hasAny(s, c, []string{"tegen"}) {
		return true // Tegen B. eiste het OM …: the one demanded against is unread
	}
	if x.refutedLater(s) && x.directQuoteAt(ev.TriggerStart) {
		return true // 'X steunt Y', zegt Z. … 'Daar klopt niets van': a claim denied
	}
	for p := 0; p+1 < len(c.words); p++ {
		if s.words[c.words[p]].low == "zoals" && x.lx.is("firstperson", s.words[c.words[p+1]].low) || s.words[c.words[p]].low == "zoals" && s.words[c.words[p+1]].low == "wij" {
			return true // mensen zoals ik niet accepteren: a general stance
		}
	}
	return false
}

// attributive reports whether the participle at clause position p stands
// before a noun, after a determiner and at most one adverb or adjective:
// "het (bloedig) neergeslagen protest".
func (x *extractor) attributive(s *sentenceCtx, c *clause, p int) bool {
	if p+1 >= len(c.words) || p < 1 {
		return false
	}
	n := s.words[c.words[p+1]]
	if n.Kind == nl.Punct || x.lx.is("prep", n.low) || x.lx.is("coord", n.low) || n.low == "te" || x.lx.is("aux", n.low) || x.finite(n.low) {
		return false
	}
	for q := p - 1; q >= max(p-2, 0); q-- {
		w := s.words[c.words[q]].low
		if w == "het" || w == "de" || w == "een" {
			return true
		}
		if x.lx.is("prep", w) || x.lx.is("aux", w) || s.words[c.words[q]].mention >= 0 {
			return false
		}
	}
	return false
}

// surveyNouns are what people are asked to take part in.
var surveyNouns = map[string]bool{"onderzoek": true, "enquête": true, "enquete": true, "peiling": true, "studie": true, "vragenlijst": true, "interview": true}

// survey reports whether clause c asks people "voor een onderzoek".
func (x *extractor) survey(s *sentenceCtx, c *clause) bool {
	for p := 0; p+2 < len(c.words); p++ {
		if s.words[c.words[p]].low == "voor" && s.words[c.words[p+1]].low == "een" && surveyNouns[s.words[c.words[p+2]].low] {
			return true
		}
	}
	return false
}

// glued reports whether the byte before offset at in the sentence is part
// of a word ("Up!Network NL" tagged "Network NL"): the mention is the tail
// of a longer name.
func glued(s *sentenceCtx, at int) bool {
	if at <= 0 {
		return false
	}
	r, n := utf8.DecodeLastRuneInString(s.text[:at])
	if at == s.sent.Start && r == '!' && at-n > 0 {
		// Up!Network: the sentence split after the "!" inside the name
		p, _ := utf8.DecodeLastRuneInString(s.text[:at-n])
		return unicode.IsLetter(p)
	}
	return at > s.sent.Start && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("!&+@", r))
}

// possessor reports whether a mention ending at byte offset end is a
// possessor ("Tim S.' advocaten", "Shells advocaat" aside): the party is
// the one it owns, not the name.
func possessor(s *sentenceCtx, end int) bool {
	rest := s.text[end:min(len(s.text), end+4)]
	for _, p := range []string{"' ", "'s ", "’ ", "’s "} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// sidePos is the first sentence word of the mention of local entity k, or
// -1.
func (x *extractor) sidePos(s *sentenceCtx, k string) int {
	if k == "" {
		return -1
	}
	for p, w := range s.words {
		if w.mention >= 0 && x.mentions[w.mention].Local == k {
			return p
		}
	}
	return -1
}

// joinedAfter reports whether the mention at sentence word p is followed,
// over its own words, by only the words of join (in order) and then the
// word at q.
func (x *extractor) joinedAfter(s *sentenceCtx, p, q int, join ...string) bool {
	if p < 0 || q <= p {
		return false
	}
	r := p
	for r+1 < q && s.words[r+1].mention == s.words[p].mention {
		r++
	}
	if q-r-1 != len(join) {
		return false
	}
	for i, j := range join {
		if s.words[r+1+i].low != j {
			return false
		}
	}
	return true
}

// coordinated reports whether a named recipient stands in the sentence
// joined to a named actor by "en" or "samen met" ("sloten Tsjechië en
// Zweden zich aan"), or stands after "samen met" where the trigger is no
// samen-verb (werkt samen met): a co-actor the parse read as recipient.
func (x *extractor) coordinated(s *sentenceCtx, actor, recip arg, trig string) bool {
	for _, r := range recip.keys {
		q := x.sidePos(s, r)
		if q >= 2 && s.words[q-1].low == "met" && s.words[q-2].low == "samen" && !strings.Contains(trig, "samen") {
			return true // ging samen met X op bezoek bij Y: X goes along
		}
		for _, a := range actor.keys {
			p := x.sidePos(s, a)
			if x.tussenBefore(s, p) {
				continue // de ontmoeting tussen X en Y: the two parties, as meant
			}
			if x.joinedAfter(s, p, q, "en") || x.joinedAfter(s, p, q, "samen", "met") {
				return true
			}
		}
	}
	return false
}

// tussenBefore reports whether "tussen" opens the phrase of the name at
// sentence word p (tussen de Waalwijkse burgemeester X en Y): at most
// three words before it, no punctuation between.
func (x *extractor) tussenBefore(s *sentenceCtx, p int) bool {
	for q := p - 1; q >= 0 && q >= p-4; q-- {
		if s.words[q].Kind == nl.Punct {
			return false
		}
		if s.words[q].low == "tussen" {
			return true
		}
	}
	return false
}

// samenMet adds to a named actor the name right after it with "samen met"
// ("Nijpels samen met Winsemius ging op bezoek bij Kok") or after
// "samen met" elsewhere in the trigger's clause when the trigger is no
// samen-verb ("Nijpels ging samen met Winsemius op bezoek bij Kok"),
// unless that name is the recipient, and the other names of a list the
// actor's one name opens (parenListed).
func (x *extractor) samenMet(s *sentenceCtx, c *clause, t trigger, actor, recip arg) arg {
	if len(actor.keys) == 1 {
		if more := x.parenListed(s, x.sidePos(s, actor.keys[0])); len(more.keys) > 0 && !slices.ContainsFunc(more.keys, func(k string) bool { return slices.Contains(recip.keys, k) }) {
			out := actor
			out.add(more)
			out.plural = true
			return out
		}
	}
	for _, a := range actor.keys {
		p := x.sidePos(s, a)
		if p < 0 {
			continue
		}
		for q := p + 1; q < len(s.words) && q < p+8; q++ {
			m := s.words[q].mention
			if m < 0 || m == s.words[p].mention || !x.joinedAfter(s, p, q, "samen", "met") {
				continue
			}
			return x.joinMention(actor, recip, m)
		}
	}
	if len(actor.keys) == 0 || slices.ContainsFunc(t.pos, func(p int) bool { return p < len(c.words) && s.words[c.words[p]].low == "samen" }) {
		return actor // werkt samen met X: X is the recipient
	}
	for i := 2; i < len(c.words); i++ {
		q := c.words[i]
		m := s.words[q].mention
		if m < 0 || c.words[i-1] != q-1 || c.words[i-2] != q-2 || s.words[q-1].low != "met" || s.words[q-2].low != "samen" {
			continue
		}
		return x.joinMention(actor, recip, m)
	}
	if v := x.parsedVerb(s, c, t); v >= 0 {
		// "ging samen met X op bezoek": the parse may hang "samen met X"
		// as a clause of its own on the verb
		for _, sa := range x.doc.Children(v) {
			if p := sa - s.sent.First; p < 0 || p+2 >= len(s.words) || s.words[p].low != "samen" || s.words[p+1].low != "met" {
				continue
			}
			for q := sa + 2; q-s.sent.First < len(s.words) && q < sa+6; q++ {
				if m := s.words[q-s.sent.First].mention; m >= 0 {
					return x.joinMention(actor, recip, m)
				}
			}
		}
	}
	return actor
}

// joinMention adds mention m to the actor as a co-actor, unless it names
// no entity, the recipient or the actor already.
func (x *extractor) joinMention(actor, recip arg, m int) arg {
	k := x.mentions[m].Local
	if k == "" || slices.Contains(recip.keys, k) || slices.Contains(actor.keys, k) {
		return actor
	}
	out := actor
	out.keys = append(slices.Clone(actor.keys), k)
	out.texts = append(slices.Clone(actor.texts), x.mentions[m].Text)
	out.plural = true
	return out
}

// parenListed gives the names after the mention at sentence word p when
// it opens a list in parentheses ("oppositiepartijen (SP, PVV, 50Plus,
// Forum) vroegen"): names joined by commas or "en" up to ")". Outside
// parentheses a bare comma list may be a signature and place, so none.
func (x *extractor) parenListed(s *sentenceCtx, p int) arg {
	var out arg
	if p < 1 || s.words[p-1].low != "(" {
		return out
	}
	q := p
	for q+1 < len(s.words) && s.words[q+1].mention == s.words[p].mention {
		q++
	}
	for q+2 < len(s.words) {
		j, n := s.words[q+1].low, s.words[q+2]
		if j == ")" {
			return out
		}
		if j != "," && j != "en" || n.mention < 0 || x.mentions[n.mention].Local == "" {
			return arg{}
		}
		m := x.mentions[n.mention]
		out.add(arg{keys: []string{m.Local}, texts: []string{m.Text}})
		q += 2
		for q+1 < len(s.words) && s.words[q+1].mention == n.mention {
			q++
		}
	}
	if q+1 < len(s.words) && s.words[q+1].low == ")" {
		return out
	}
	return arg{}
}

// gapped reports whether a verb + noun event of a clause after "en" took
// its actor from the clause before while a name stands bare between the
// verb and the noun ("roert Ikea zich en sloot Nuon een deal"): that name
// is the clause's own subject, so neither side can be trusted.
func (x *extractor) gapped(s *sentenceCtx, c *clause, t trigger, actor, recip arg) bool {
	if t.noun || len(t.pos) < 2 || len(c.words) == 0 {
		return false
	}
	first := c.words[0]
	if s.words[first].low != "en" && (first == 0 || s.words[first-1].low != "en") {
		return false
	}
	outside := false
	for _, k := range actor.keys {
		if p := x.sidePos(s, k); p >= 0 && p < first && !subjectFirst(s, p) {
			outside = true
		}
	}
	if !outside {
		return false
	}
	v, n := c.words[t.pos[0]], c.words[t.pos[len(t.pos)-1]]
	for _, k := range recip.keys {
		if r := x.sidePos(s, k); r > v && r < n && !x.lx.is("prep", s.words[r-1].low) {
			return true
		}
	}
	return false
}

// subjectFirst reports whether no finite verb stands before sentence
// word p: a clause that opens with its subject ("X wil … en biedt de
// Kamer handtekeningen aan") shares it with a later conjunct, whose name
// after the verb is then an object; after a fronted phrase ("Intussen
// roert X zich en sloot Y een deal") the name after the later verb is
// that conjunct's own subject.
func subjectFirst(s *sentenceCtx, p int) bool {
	for _, w := range s.words[:p] {
		if w.Feats.Has(nl.FeatFin) {
			return false
		}
	}
	return true
}

// notAlways reports whether clause c says something holds "niet altijd"
// or "niet steeds" ("dat hun opvattingen niet altijd overeenkomen"): a
// stance, neither an event nor its negation.
func (x *extractor) notAlways(s *sentenceCtx, c *clause) bool {
	for p := 0; p+1 < len(c.words); p++ {
		if s.words[c.words[p]].low == "niet" {
			switch s.words[c.words[p+1]].low {
			case "altijd", "steeds", "vaak":
				return true
			}
		}
	}
	return false
}

// ownWriter reports whether a named side is the paper's own writer,
// introduced somewhere in the article as "onze correspondent X" (or
// verslaggever, redacteur): the paper reporting is no party to the news.
func (x *extractor) ownWriter(s *sentenceCtx, a arg) bool {
	for _, m := range x.mentions {
		if m.Local == "" || !slices.Contains(a.keys, m.Local) || m.Start > len(s.text) {
			continue
		}
		before := lower(s.text[max(0, m.Start-40):m.Start])
		for _, r := range []string{"onze correspondent ", "onze verslaggever ", "onze verslaggeefster ", "onze redacteur "} {
			if strings.HasSuffix(before, r) {
				return true
			}
		}
	}
	return false
}

// namedVoor reports whether a voor-phrase after the trigger holds a name
// before the clause ends.
func (x *extractor) namedVoor(s *sentenceCtx, c *clause, t trigger) bool {
	voor := false
	for _, wi := range c.words[t.pos[0]+1:] {
		w := s.words[wi]
		if w.low == "voor" {
			voor = true
		}
		if voor && w.mention >= 0 {
			return true
		}
	}
	return false
}

// compoundHead reports whether the mention ending at byte offset end is
// the first part of a hyphenated compound before a name ("Oud-PvdA-Kamerlid
// Hilkens", "PvdA-premier Kok"): it modifies the person named, who is the
// party. A compound alone ("EU-lidstaten", "HDP-burgemeesters") stays.
func compoundHead(s *sentenceCtx, end int) bool {
	if end+1 >= len(s.text) || s.text[end] != '-' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.text[end+1:])
	sp := strings.IndexByte(s.text[end:], ' ')
	if !unicode.IsLetter(r) || sp < 0 || end+sp+1 >= len(s.text) {
		return false
	}
	n, _ := utf8.DecodeRuneInString(s.text[end+sp+1:])
	return unicode.IsUpper(n) // a compound before a name; "EU-lidstaten" alone is the party's own
}

// parentheticalParticiple reads a participle that stands in a parenthesis
// opened right after a name ("Selahattin Demirtas − twee jaar geleden
// achter de tralies gezet door Erdogan −", "X, gisteren opgepakt door de
// politie, …"): the name is the one acted on and the door-phrase after the
// participle the actor, whatever clause and role the parse gave them. ok
// is false when the trigger is no such participle.
func (x *extractor) parentheticalParticiple(s *sentenceCtx, c *clause, t trigger) (arg, arg, bool) {
	if t.noun || t.kind&formPart == 0 || t.kind&formFinite != 0 {
		return arg{}, arg{}, false
	}
	v := c.words[t.pos[0]]
	o := v - 1 // the opening mark
	for ; o > 0 && !parenOpen[s.words[o].Text]; o-- {
		w := s.words[o]
		if w.mention >= 0 || x.finite(w.low) || x.lx.is("rel", w.low) {
			return arg{}, arg{}, false // another name, a clause of its own
		}
	}
	if o <= 0 || o+1 >= v || s.words[o-1].mention < 0 {
		return arg{}, arg{}, false
	}
	recip := x.mentionSide(s.words[o-1].mention)
	open := s.words[o].Text
	var agent arg
	end := v // the parenthesis's last word
	for q := v + 1; q < len(s.words) && q <= v+3; q++ {
		if s.words[q].low != "door" || q+1 >= len(s.words) || s.words[q+1].mention < 0 {
			continue
		}
		agent = x.mentionSide(s.words[q+1].mention)
		end = q + 1
		for end+1 < len(s.words) && s.words[end+1].mention == s.words[q+1].mention {
			end++
		}
		break
	}
	// the parenthesis closes right after: "−", "," or ")" (not "X, scherp
	// veroordeeld.", where the comma closed an apposition)
	if end+1 >= len(s.words) || s.words[end+1].Text != parenClose[open] || recip.keys[0] == "" {
		return arg{}, arg{}, false
	}
	return agent, recip, true
}

// mentionSide is the side one mention names, as the word-order reading
// gives it: its local entity, text, and person and gender.
func (x *extractor) mentionSide(mi int) arg {
	m := x.mentions[mi]
	a := arg{keys: []string{m.Local}, texts: []string{m.Text}, per: m.Type == kroniek.PER}
	if le := x.locals[m.Local]; le != nil && a.per {
		a.female = x.female(le.Name)
	}
	return a
}

// parenOpen are the marks that open a parenthesis after a name, and
// parenClose the mark that closes each.
var (
	parenOpen  = map[string]bool{"−": true, "–": true, "—": true, ",": true, "(": true}
	parenClose = map[string]string{"−": "−", "–": "–", "—": "—", ",": ",", "(": ")"}
)

// waarSubject reads a relative clause opened by waar + preposition
// ("een heffing op Edammer kaas waarmee Trump dreigt"): its antecedent is
// the thing the preposition governs, never the actor, so an actor named
// before the waar-word (or read from outside the sentence) gives way to
// the name right after it, the clause's subject, or to none when no name
// follows. ok is false when no such clause holds the trigger.
func (x *extractor) waarSubject(s *sentenceCtx, c *clause, t trigger, actor arg) (arg, bool) {
	if t.noun || len(actor.keys) == 0 {
		return arg{}, false
	}
	v := c.words[t.pos[0]]
	w := -1
	for p := v - 1; p >= 0 && p >= v-12 && s.words[p].Kind != nl.Punct; p-- {
		if waarWords[s.words[p].low] {
			w = p
			break
		}
	}
	if w < 0 {
		return arg{}, false
	}
	for _, k := range actor.keys {
		if p := x.sidePos(s, k); p > w {
			return arg{}, false // the actor is named after the waar-word
		}
	}
	if w+1 < v && actor.pron && x.lx.is("pron", s.words[w+1].low) && !s.mainSubject.empty() && len(minus(actor, s.mainSubject).keys) == 0 {
		// "X stuurde een brief waarin hij Y oproept": a personal pronoun
		// subject is the main clause's named subject
		return arg{}, false
	}
	if w+1 >= v || s.words[w+1].mention < 0 {
		// "waarin ruim tachtig bedrijven afspraken": the subject is a
		// phrase without a name; the actor read from before the
		// waar-word or from a pronoun elsewhere is not it
		return arg{}, true
	}
	m := x.mentions[s.words[w+1].mention]
	a := arg{keys: []string{m.Local}, texts: []string{m.Text}, per: m.Type == kroniek.PER}
	if le := x.locals[m.Local]; le != nil && a.per {
		a.female = x.female(le.Name)
	}
	return a, true
}

// waarWords are the relative adverbs waar + preposition.
var waarWords = map[string]bool{
	"waarmee": true, "waarop": true, "waarover": true, "waartegen": true, "waarvoor": true,
	"waarbij": true, "waarin": true, "waarnaar": true, "waaraan": true, "waardoor": true, "waarvan": true, "waaruit": true,
}

// amountComparison reports whether clause c holds "niet meer" or "niet minder"
// with a later "dan": a comparison of amounts, whose "niet" negates no
// deed.
func (x *extractor) amountComparison(s *sentenceCtx, c *clause) bool {
	for p := 0; p+2 < len(c.words); p++ {
		if s.words[c.words[p]].low != "niet" {
			continue
		}
		if n := s.words[c.words[p+1]].low; n != "meer" && n != "minder" {
			continue
		}
		for q := c.words[p+2]; q < len(s.words); q++ {
			if s.words[q].low == "dan" {
				return true // the dan-phrase may be a clause of its own
			}
		}
	}
	return false
}

// refutations open a sentence that denies the claim just quoted ("Daar
// klopt niets van", "Dat is niet waar").
var refutations = []string{"daar klopt niets van", "daar klopt helemaal niets van", "dat klopt niet", "dat klopt helemaal niet",
	"dat is niet waar", "dat is onzin", "dat is een leugen", "daar is niets van waar", "niets van waar"}

// refutedLater reports whether one of the three sentences after s in its
// paragraph opens with a refutation ("'X steunt Y', zegt Z. 'Zie je?
// Daar heb je het al', zegt W. 'Daar klopt niets van, maar …'",
// invented): what s claims is denied, not reported as fact.
func (x *extractor) refutedLater(s *sentenceCtx) bool {
	d := x.doc
	if d == nil || s.index < 0 {
		return false
	}
	for k := s.index + 1; k < len(d.Sentences) && k <= s.index+3; k++ {
		n := &d.Sentences[k]
		if n.Paragraph != s.sent.Paragraph {
			return false
		}
		t := lower(strings.TrimLeft(d.Text[n.Start:n.End], "'\"‘’“”„, "))
		for _, r := range refutations {
			if strings.HasPrefix(t, r) && (len(t) == len(r) || !unicode.IsLetter(rune(t[len(r)]))) {
				return true
			}
		}
	}
	return false
}
