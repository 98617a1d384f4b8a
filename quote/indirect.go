package quote

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// indirect finds reported speech: "X zei dat …", "Poetins opmerking dat
// …", "Volgens X …". The clause is the quote's text. direct holds the
// quotations found by their marks; reported speech inside them is not
// reported again.
func (x *extractor) indirect(direct []kroniek.Quote) []kroniek.Quote {
	var out []kroniek.Quote
	// direct is in text order and its quotations do not nest.
	inside := func(off int) bool {
		i := sort.Search(len(direct), func(i int) bool { return direct[i].End > off })
		return i < len(direct) && direct[i].Start <= off
	}
	for _, s := range x.doc.Sentences {
		if s.Heading || len(s.Tokens) < 4 || s.Tokens[len(s.Tokens)-1].Text == "?" {
			continue // a question reports nothing: "Zei hij dat …?"
		}
		s = x.properSentence(s)
		toks := s.Tokens
		from := 0
		if q, ok := x.trailing(s, inside); ok {
			out = append(out, q)
			if t, ok := x.tailAfterAttribution(s, q, inside); ok {
				out = append(out, t)
				continue
			}
			// "…, aldus de advocaat-generaal, die vond dat …": after the
			// attribution a cue may report a clause of its own.
			from = afterAttribution(toks, q)
		} else if q, ok := x.blijkt(s, inside); ok {
			out = append(out, q)
			continue
		} else if q, ok := x.blijktAfter(s, inside); ok {
			out = append(out, q)
			continue
		} else if q, ok := x.ownSaying(s, inside); ok {
			out = append(out, q)
			continue
		} else if q, ok := x.inTheEyesOf(s, direct, inside); ok {
			out = append(out, q)
			continue
		}
		done := false
		for i := from; i < len(toks) && !done; i++ {
			t := toks[i]
			if inside(t.Start) || t.Kind != nl.Word {
				continue
			}
			lw := strings.ToLower(t.Text)
			if lw == "volgens" {
				if q, ok := x.volgensClause(s, i, inside); ok {
					out = append(out, q)
					// "Volgens X …, maar volgens Y …": a second frame
					// may follow the first's clause; go on after it.
					for i+1 < len(toks) && toks[i+1].Start < q.End {
						i++
					}
					done = q.End >= s.End-1 || q.Start < t.Start
				}
				continue
			}

			if d := x.stanceDat(toks, i); d > 0 && !inside(toks[d].Start) && !(wants[lw] && x.datArgument(toks[d])) && !pronounDat(toks, d) {
				// "is bang dat …", "is van mening dat …", "wil dat …"
				if sp := x.subjectOrElided(toks, d, i, i+1, s.Start, out); sp.found() {
					if q, ok := x.clause(toks, d+1, s.End); ok {
						sp.speaks(&q)
						setCue(&q, lw, t)
						out = append(out, q)
						done = true
						continue
					}
				}
			}
			cueText, lemma, n := matchCue(toks[i:])
			if lemma == "melden" && i > 0 && strings.EqualFold(toks[i-1].Text, "zich") {
				continue // "moest ze zich melden": reporting somewhere, not speech
			}
			if n > 0 && x.imperative(toks, i) {
				continue // "en vertel aan de eerste de beste boer dat …": an instruction, not a report
			}
			if n > 0 && i > 0 && (isArticle(toks, i-1) || strings.EqualFold(toks[i-1].Text, "van")) && strings.HasSuffix(lw, "en") {
				continue // "recht van spreken", "het zeggen": a noun
			}
			if lw == "getuigen" || lw == "verzoeken" && i+1 < len(toks) && strings.EqualFold(toks[i+1].Text, "van") {
				continue // "naar getuigen van het incident", "werden verzoeken van waarnemers afgewezen": the plural noun, not the verb
			}
			if n > 0 && !x.verbAt(t) || lemma == "vinden" && hasParticle(toks[i+1:], []string{"plaats"}) {
				continue // "een prestigieuze post", "vindt … plaats": no speech verb
			}
			isNoun := cueNouns[lw]
			// "met de klacht dat …", "tot de conclusie gekomen dat …": a
			// noun of reporting right before "dat" (de-words: after "het
			// bericht", "dat" may open a relative clause), when the one it
			// reports is a person or body of the article.
			reportNoun := n == 0 && reportNounDat(toks, i)
			isNoun = isNoun || reportNoun
			if n == 0 && !isNoun {
				continue
			}
			if n > 0 && lemma == "denken" && (lw == "dacht" || lw == "dachten") {
				continue // "Ze dacht dat hij haar ging zoenen": a belief the story narrates, not a view anyone stated (audit 12001)
			}
			if n > 0 && (opinion(lw) || lemma == "beloven") && modalBefore(toks, i) {
				continue // "Fastned moet vrezen dat …", "moet de club beloven dat …": a stance or a condition, nobody said it
			}
			d := datAfter(toks, afterParticle(toks, i, cueText))
			if d < 0 && n > 0 {
				d = x.farDat(toks, afterParticle(toks, i, cueText), i)
			}
			// "zegt geen aanwijzingen te hebben dat …", "zei doodsbang te
			// zijn dat …": the "dat" clause completes the infinitive, which
			// is what was said.
			if d > 0 && !isNoun && infinitiveBefore(toks, afterParticle(toks, i, cueText), d) {
				if q, ok := x.infinitive(toks, i, n, s.End, inside); ok && !opinion(lw) && q.Start < toks[d].Start {
					setCue(&q, cueText, t)
					out = append(out, q)
					for i+1 < len(toks) && toks[i+1].Start < q.End {
						i++
					}
					continue
				}
			}
			if d < 0 && !isNoun {
				// "zei hij de afgelopen jaren 300 miljoen te hebben
				// weggegeven", "adviseert het CPB de toets af te nemen"
				if q, ok := x.infinitive(toks, i, n, s.End, inside); ok && !opinion(lw) {
					setCue(&q, cueText, t)
					out = append(out, q)
					// "ontkende gevochten te hebben en zei dat hij kok was":
					// a second report may follow the infinitive's.
					for i+1 < len(toks) && toks[i+1].Start < q.End {
						i++
					}
				}
				continue
			}
			if d < 0 || inside(toks[d].Start) || d > 0 && toks[d-1].Text == "(" || pronounDat(toks, d) || d > 0 && subordinates(toks[d-1].Text) {
				continue // "een boycot van Decathlon (dat ook winkels heeft …)": a relative clause
			}
			if pv := x.tokenIndex(toks[d-1]); d-1 >= afterParticle(toks, i, cueText) && d-1 > i && x.parsed(pv) && (x.doc.Tokens[pv].POS == nl.AUX || x.doc.Tokens[pv].POS == nl.VERB) && x.doc.Tokens[pv].Feats.Has(nl.FeatFin) {
				continue // "vragen wat hij verdient, is dat …": "dat" is the subject of another verb
			}
			var sp *speaker
			if isNoun {
				sp = x.possessor(toks, i)
				if !sp.found() {
					// "belde hij zijn moeder met de boodschap dat …"
					sp = x.parsedSubject(x.doc.Clause(x.tokenIndex(t)))
				}
				cueText = lw
			} else {
				sp = x.subjectOrElided(toks, d, i, i+n, s.Start, out)
				if vi := x.tokenIndex(t); !sp.found() && x.subjectTok(vi) < 0 && !(x.parsed(vi) && x.passiveCue(vi)) {
					sp = x.openingPhrase(toks, i) // "Overigens zegt dat aantal niets": the parse's subject names nobody
				}
			}
			// "bij het consultatiebureau wordt steevast gezegd dat …": said,
			// by nobody the sentence names.
			impersonal := !isNoun && !sp.found() && impersonalSay[lemma] && x.passiveCue(x.tokenIndex(t)) && !x.saidOf(x.tokenIndex(t)) &&
				x.worden(toks[:i]) && !negatedBefore(toks[:i]) && !strings.EqualFold(toks[0].Text, "van") && !strings.EqualFold(toks[0].Text, "over")
			if impersonal {
				sp = &speaker{}
			} else if !sp.found() || strings.EqualFold(sp.text, "men") {
				continue // "men kan stellen dat …": nobody says it
			}
			if x.relativeDat(toks, i+max(n, 1), d, sp) {
				continue // "vinden het onderzoek dat bureau Berenschot gaat doen onvoldoende": a relative clause
			}
			if reportNoun && sp.local == "" {
				continue // "Extra pijnlijk is de constatering dat …": the writer's own
			}
			if !isNoun && !opinion(lw) && !wants[lw] && x.negatedCue(x.tokenIndex(t), toks[d].Start) {
				continue // "Wiebes en Rutte hebben ook nooit gezegd dat …", "wil niet bevestigen dat …": not a claim of theirs (audit 11111)
			}
			if consecutive(toks, afterParticle(toks, i, cueText), d) {
				continue // "denken zó slecht over hun taal, dat …": the dat-clause is a result, nothing reported
			}
			if slices.ContainsFunc(toks[:i], func(t nl.Token) bool { return strings.EqualFold(t.Text, "noch") }) {
				continue // "Arnhem noch Nieuwegein vindt dat …": neither holds it (audit 11101)
			}
			if !isNoun && opinion(lw) && firstPersonBefore(toks, i) {
				continue // "Ik blijf het vreemd vinden dat …": the writer's own view, not reported speech
			}
			if d-2 >= afterParticle(toks, i, cueText) && toks[d-1].Text == "," && (toks[d-2].End <= sp.start || toks[d-2].Start >= sp.end) && isCapitalised(toks[d-2].Text) && !commaIn(toks[i:d-1]) {
				// "herinneringen aan Griekenland, dat …": a relative clause
				// about the name before the comma ("X, voorzitter van Y, dat"
				// and "net als Y, dat" close an apposition with a comma of its own)
				continue
			}
			last := len(toks)
			if c, ok := x.parsedAt(t); ok && (c.Rel == "acl:relcl" || c.Rel == "advcl") {
				last = x.mainResumes(toks, d+1, last) // "De man die zei dat …, wordt …": the main clause goes on
			}
			q, ok := x.clause(toks[:last], d+1, s.End)
			if !ok || x.verbless(q) {
				continue // "Wang Yi zei dat in Brussel na overleg met …": "dat" is what he said
			}
			sp.speaks(&q)
			setCue(&q, cueText, t)
			out = append(out, q)
			// A second report may follow the first's clause in the same
			// sentence ("Hij erkent dat …, maar blijft van mening dat …",
			// "liet weten dat …, twitterde hij dat …"): go on after it.
			for i+1 < len(toks) && toks[i+1].Start < q.End {
				i++
			}
		}
	}
	kept := out[:0]
	for k := range out {
		trimSubordinator(&out[k])
		x.trimHeading(&out[k])
		x.trimCapsHeading(&out[k])
		trimKicker(&out[k])
		x.trimSayingTime(&out[k])
		if q := &out[k]; q.SpeakerLocal == "" && q.SpeakerEnd > q.SpeakerStart {
			// "Volgens Lavrov … . Sterker nog, volgens de Russische minister
			// …": the person the sentence before is about, when an adjective
			// says more of them (a bare "de rechter" is often someone new).
			h := x.tokenAt(q.SpeakerEnd - 1)
			if h > 0 && h < len(x.doc.Tokens) && isAdjective(x.doc.Tokens[h-1].Text) {
				if c := x.carriedSubject(x.doc.Tokens, h); c != "" {
					q.SpeakerLocal = c
				}
			}
			// "«Q», zegt Van der Knaap. … En zorg voor goede handhaving,
			// zegt de verkeerskundige.", "Hij zei dat … . Volgens de
			// bewindsman …": who was quoted last, directly or not. A
			// description before the report stands for someone the article
			// described by a role ("minister X"), and not when it says whose
			// it is ("De officier van justitie oordeelde dat …"): else it
			// brings in someone beside them ("Volgens de rechter …").
			before := q.SpeakerStart < q.End && h+1 < len(x.doc.Tokens) && !strings.EqualFold(x.doc.Tokens[h+1].Text, "van")
			if prev := lastBefore(direct, kept, q.Start); q.SpeakerLocal == "" && prev != nil && h > 0 && h < len(x.doc.Tokens) && (q.SpeakerStart > q.End || before) {
				if c := x.lastQuoted(x.doc.Tokens, h, prev); c != "" && (!before || x.hasRole(c)) {
					q.SpeakerLocal = c
				}
			}
		}
		if out[k].Cue != "volgens" && x.otherVolgens(out[k]) {
			continue // "Poetin stelt dat … is volgens Kasjin een denkfout": whose view is unclear
		}
		kept = append(kept, out[k])
	}
	return kept
}

// lastBefore returns the quotation of direct or reported (both in text
// order) that starts last before offset, or nil.
func lastBefore(direct, reported []kroniek.Quote, offset int) *kroniek.Quote {
	var last *kroniek.Quote
	for _, qs := range [][]kroniek.Quote{direct, reported} {
		if i := sort.Search(len(qs), func(i int) bool { return qs[i].Start >= offset }) - 1; i >= 0 && (last == nil || qs[i].Start > last.Start) {
			last = &qs[i]
		}
	}
	return last
}

// infinitiveBefore reports whether "te" and a verb stand right before the
// "dat" at toks[d], with words of the cue's middle field between the cue
// (ending before toks[from]) and "te": "zegt geen aanwijzingen te hebben
// dat", not "gezegd te hebben dat" (the participle's own "dat").
func infinitiveBefore(toks []nl.Token, from, d int) bool {
	k := d - 2
	if k <= from || !strings.EqualFold(toks[k].Text, "te") || toks[k+1].Kind != nl.Word {
		return false
	}
	for _, t := range toks[from:k] {
		if t.Kind != nl.Word {
			return false // "…, te …": a clause of its own
		}
	}
	return true
}

// afterAttribution returns the index of the first token of toks after
// the trailing report q, its cue and its speaker; len(toks) when the
// report or its attribution ends the sentence.
func afterAttribution(toks []nl.Token, q kroniek.Quote) int {
	end := max(q.End, q.CueEnd, q.SpeakerEnd)
	for k, t := range toks {
		if t.Start >= end {
			return k
		}
	}
	return len(toks)
}

// relativeDat reports whether "dat" at toks[d] opens a relative clause
// on the noun right before it, the object of the cue that ends before
// toks[from] ("noemt een merk dat ik niet ken", "citeert ze een gedicht
// dat Erdogan voordroeg"), not the cue's clause: the noun is a singular
// common noun with its article, not in a prepositional phrase ("eisen van
// het kabinet dat"), not the speaker ("benadrukt het college dat") nor
// whom it is told to ("vertelt de rechter dat"), not a
// noun of what is said or meant ("een brief dat", "het idee dat"), nor a
// time ("roepen al een jaar dat"), and no "het" before it stands for the
// clause ("noemt het een drama dat").
func (x *extractor) relativeDat(toks []nl.Token, from, d int, sp *speaker) bool {
	if d-2 < from {
		return false
	}
	noun := toks[d-1]
	r := x.tokenIndex(noun)
	lw := strings.ToLower(noun.Text)
	if r < 0 || x.doc.Tokens[r].POS != nl.NOUN || x.doc.Tokens[r].Feats.Has(nl.FeatPlur) || isCapitalised(noun.Text) || cueNouns[lw] || actNouns[lw] || contentNouns[lw] || timeNouns[lw] {
		return false
	}
	if _, body := bodyKind(lw); body || isRoleNoun(lw) || personNoun(lw) || people(lw) || wordGender(lw) != genderUnknown {
		return false // "vertelt de rechter dat …": whom it is told to
	}
	if sp != nil && sp.start < noun.End && noun.Start < sp.end {
		return false
	}
	k := d - 2
	for k > from && isAdjective(toks[k].Text) {
		k--
	}
	if !isDeterminer(toks, k) && !possessives[strings.ToLower(toks[k].Text)] {
		return false
	}
	if k > 0 && isPreposition(toks[k-1].Text) {
		return false
	}
	for _, t := range toks[from:k] {
		if strings.EqualFold(t.Text, "het") || isPreposition(t.Text) {
			return false // "noemt het zelfs een drama dat", "zegt in een reactie dat"
		}
	}
	return true
}

// contentNouns are nouns a "dat" clause says the content of: "het bericht
// dat", "het gevoel dat".
var contentNouns = map[string]bool{
	"bericht": true, "nieuws": true, "idee": true, "gevoel": true, "signaal": true, "gerucht": true, "verhaal": true,
	"besluit": true, "verzoek": true, "oordeel": true, "excuus": true, "argument": true, "verwijt": true,
	"vermoeden": true, "feit": true, "besef": true, "teken": true, "dreigement": true, "bewijs": true, "punt": true,
	"inzicht": true, "beeld": true, "risico": true, "gevaar": true, "vertrouwen": true, "geloof": true, "excuses": true,
}

// otherVolgens reports whether a report's words, or the middle field
// between its cue and its words, hold "volgens X" with X a person other
// than its speaker: the words are X's view, not the speaker's.
func (x *extractor) otherVolgens(q kroniek.Quote) bool {
	from := q.Start
	if q.CueEnd > q.CueStart && q.CueEnd < q.Start && x.sentenceAt(q.CueEnd) == x.sentenceAt(q.Start) {
		from = q.CueEnd // "ontdekte de verdediging volgens X dat …": X's view of what they found
	}
	for i := x.tokenAt(from); i < len(x.doc.Tokens) && x.doc.Tokens[i].Start < q.End; i++ {
		if !strings.EqualFold(x.doc.Tokens[i].Text, "volgens") {
			continue
		}
		for k := i + 1; k < len(x.doc.Tokens) && k <= i+4 && x.doc.Tokens[k].Kind == nl.Word; k++ {
			t := x.doc.Tokens[k]
			if m, ok := x.mentionAt(t.Start, t.End); ok && x.isPerson(m) {
				return x.personOf(m) != q.SpeakerLocal
			}
		}
	}
	return false
}

// relativeReport reports whether an indirect quotation opens with "die"
// right after a comma ("spreekt wethouder X, die het niet kon opbrengen …,
// de mensen toe"): a relative clause about someone, not what was said.
func (x *extractor) relativeReport(q kroniek.Quote) bool {
	if q.Kind != kroniek.QuoteIndirect || q.Cue == "volgens" && q.CueStart > q.Start {
		return false // "…, die volgens Rome als een magneet werkten": X's view of them (reportedRelative)
	}
	text := strings.TrimLeft(q.Text, " ")
	comma := strings.HasPrefix(text, ",") || strings.HasSuffix(strings.TrimRight(x.doc.Text[:q.Start], " "), ",")
	return comma && strings.EqualFold(firstWord(strings.TrimLeft(text, ", ")), "die")
}

// imperative reports whether the speech verb at toks[i] gives an order:
// its bare stem with no subject, first in its sentence or after "en" or
// "of".
func (x *extractor) imperative(toks []nl.Token, i int) bool {
	v := x.tokenIndex(toks[i])
	lw := strings.ToLower(toks[i].Text)
	if !x.parsed(v) || x.subjectTok(v) >= 0 || strings.HasSuffix(lw, "t") || !(i == 0 || strings.EqualFold(toks[i-1].Text, "en") || strings.EqualFold(toks[i-1].Text, "of")) {
		return false
	}
	// The bare stem: a present form without the -t of the third person
	// ("vertel", "zeg", "vraag").
	for _, e := range nl.Lex().Lookup(nl.ClassSpeechVerb, lw) {
		if strings.HasSuffix(e.Tag, "/pres") && !strings.HasSuffix(lw, "en") {
			return true
		}
	}
	return false
}

// trimHeading drops a subheading run into the sentence a report opens
// ("Extra kosten De dierenorganisaties realiseren zich …", "Belasting - De
// Europese lijst …"): one to three words without a verb before a
// capitalised article, pronoun or adverb that opens the sentence proper
// (not a name: "is De Bruijn", "Winkelcentrum De Brink").
func (x *extractor) trimHeading(q *kroniek.Quote) {
	toks := x.tokensIn(q.Start, q.End)
	if len(toks) < 4 || !isCapitalised(toks[0].Text) {
		return
	}
	for i := 1; i <= 3 && i+1 < len(toks); i++ {
		t := toks[i]
		if t.Kind == nl.Punct && t.Text != "-" || t.Kind == nl.Number {
			return
		}
		if !headingOpeners[t.Text] || isCapitalised(toks[i+1].Text) || x.verbIn(toks[:i]) {
			continue
		}
		q.Start = t.Start
		q.Text = x.doc.Text[q.Start:q.End]
		return
	}
}

// trimKicker cuts the rubric or dateline that opens an article
// ("veiligheid - Met een maximumsnelheid van 30 …", "Luchthaven - Voor- en
// tegenstanders …", "DEN HAAG - De …") from a report that starts with the
// text: one to three words and a dash before a capital. Before the
// article's first dash nothing is anyone's words.
func trimKicker(q *kroniek.Quote) {
	if q.Start != 0 {
		return
	}
	i := strings.Index(q.Text, " - ")
	if i <= 0 || i > 40 || strings.ContainsAny(q.Text[:i], ".,:;!?") || len(strings.Fields(q.Text[:i])) > 3 || i+3 >= len(q.Text) || !unicode.IsUpper([]rune(q.Text[i+3:])[0]) {
		return
	}
	q.Start += i + 3
	q.Text = q.Text[i+3:]
}

// trimCapsHeading drops a run-in subheading in capitals that opens a report
// ("DE ZORG Werd Trump niet …"): two or more words in capitals, or one of
// four letters or more that names nothing, before a word that is not.
func (x *extractor) trimCapsHeading(q *kroniek.Quote) {
	toks := x.tokensIn(q.Start, q.End)
	i := 0
	for i < len(toks) && i < 4 && allCaps(toks[i].Text) {
		i++
	}
	if i == 0 || i+3 > len(toks) || !isCapitalised(toks[i].Text) || allCaps(toks[i].Text) {
		return
	}
	if i == 1 {
		if _, ok := x.mentionAt(toks[0].Start, toks[0].End); ok || len([]rune(toks[0].Text)) < 4 {
			return
		}
	}
	q.Start = toks[i].Start
	q.Text = x.doc.Text[q.Start:q.End]
}

// allCaps reports whether a word is letters in capitals only, two or more.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// trimSayingTime drops the time of the saying that opens a report right
// after its verb or speaker ("zei gisteren niets te begrijpen van …"); after
// "dat" the time is the report's own.
func (x *extractor) trimSayingTime(q *kroniek.Quote) {
	if q.Cue == "volgens" || q.CueEnd > q.Start {
		return
	}
	toks := x.tokensIn(q.Start, q.End)
	i := x.tokenAt(q.Start) - 1
	if len(toks) < 4 || i < 0 || x.doc.Tokens[i].Kind != nl.Word || nl.Lex().Is(nl.ClassSubordinator, strings.ToLower(x.doc.Tokens[i].Text)) {
		return
	}
	n := 0
	switch w := strings.ToLower(toks[0].Text); {
	case sayingTimes[w] || nl.Lex().IsFullName(nl.ClassWeekday, w):
		n = 1
	case (w == "vorige" || w == "afgelopen") && (toks[1].Text == "week" || toks[1].Text == "maand" || nl.Lex().IsFullName(nl.ClassWeekday, strings.ToLower(toks[1].Text))):
		n = 2
	}
	if n == 0 || x.verbIn(toks[:1]) {
		return
	}
	if c := x.tokenAt(q.CueStart); x.parsed(c) && !x.doc.Tokens[c].Feats.Has(nl.FeatPast) {
		return // "belooft zondag een divers evenement te worden": the time is the report's
	}
	q.Start = toks[n].Start
	q.Text = x.doc.Text[q.Start:q.End]
}

// sayingTimes are adverbs of time that may date a saying.
var sayingTimes = map[string]bool{
	"gisteren": true, "eergisteren": true, "gisteravond": true, "gistermiddag": true, "gisterochtend": true,
	"vandaag": true, "vanochtend": true, "vanmorgen": true, "vanmiddag": true, "vanavond": true, "onlangs": true,
}

// headingOpeners open a sentence after a run-in subheading.
var headingOpeners = map[string]bool{
	"De": true, "Het": true, "Een": true, "Er": true, "Dat": true, "Dit": true, "Deze": true, "Die": true,
	"We": true, "Wij": true, "Ik": true, "Hij": true, "Zij": true, "Ze": true, "Ook": true, "Maar": true,
}

// trimSubordinator drops a conjunction or relative pronoun that opens an
// unlinked speaker phrase ("dat de aanklagers" → "de aanklagers").
func trimSubordinator(q *kroniek.Quote) {
	if q.SpeakerLocal != "" {
		return
	}
	w := firstWord(q.SpeakerText)
	if w == "" || len(w) == len(q.SpeakerText) || !relativeWords[strings.ToLower(w)] && !strings.EqualFold(w, "of") {
		return
	}
	rest := strings.TrimLeft(q.SpeakerText[len(w):], " ")
	switch strings.ToLower(firstWord(rest)) {
	case "de", "het", "een", "zijn", "haar", "hun":
	default:
		return // "dat bedrijf", "die man": a demonstrative
	}
	q.SpeakerStart += len(q.SpeakerText) - len(rest)
	q.SpeakerText = rest
}

// predicates that report a stance with a dat-clause: "is bang dat", "is
// van mening dat", "is ervan overtuigd dat", "wil dat".
var predicates = map[string]bool{
	"bang": true, "overtuigd": true, "bezorgd": true, "mening": true,
	"wil": true, "wilt": true, "willen": true, "wilde": true, "wilden": true,
	"ziet": true, "zag": true, "zagen": true,
}

// reportNounDat reports whether toks[i] is a noun of reporting of the
// lexicon (nl/lex/reports.txt: de-words, so "dat" cannot be their
// relative pronoun) whose dat-clause follows it: "de klacht dat", "durft
// de stelling aan dat", "met de stellingname dat".
func reportNounDat(toks []nl.Token, i int) bool {
	if i+1 >= len(toks) || !nl.Lex().Is(nl.ClassReportNoun, toks[i].Text) {
		return false
	}
	d := i + 1
	if strings.EqualFold(toks[d].Text, "aan") && d+1 < len(toks) {
		d++
	}
	return strings.EqualFold(toks[d].Text, "dat")
}

// saidOf reports whether the verb v has a phrase with "van" or "over" of
// whom something is said ("Van Piet Smit werd gezegd dat …"): talk about
// someone, not a report.
func (x *extractor) saidOf(v int) bool {
	for _, c := range x.doc.Children(v) {
		if !strings.HasPrefix(x.doc.Tokens[c].Rel, "obl") {
			continue
		}
		for _, k := range x.doc.Dependents(c, "case") {
			if w := strings.ToLower(x.doc.Tokens[k].Text); w == "van" || w == "over" {
				return true
			}
		}
	}
	return false
}

// worden reports whether toks hold a form of "worden": the passive of
// "wordt gezegd dat", not the perfect of "het is nog niet gezegd dat"
// (it is not certain).
func (x *extractor) worden(toks []nl.Token) bool {
	for _, t := range toks {
		switch strings.ToLower(t.Text) {
		case "wordt", "werd", "worden", "werden":
			return true
		}
	}
	return false
}

// negatedBefore reports whether toks hold "niet" or "nooit".
func negatedBefore(toks []nl.Token) bool {
	for _, t := range toks {
		if w := strings.ToLower(t.Text); w == "niet" || w == "nooit" {
			return true
		}
	}
	return false
}

// impersonalSay are the speech verbs whose impersonal passive reports
// what was said ("wordt gezegd dat", "werd gemeld dat"); not a stance
// ("wordt aangenomen dat").
var impersonalSay = map[string]bool{"zeggen": true, "melden": true, "beweren": true, "vertellen": true, "stellen": true}

// brokenVerbs are the finite verbs after which a clause broken off by an
// attribution runs on ("zullen, verwacht hij, …"); not a verb that ends
// a clause of its own ("«Dat klopt», zegt X, …").
var brokenVerbs = map[string]bool{"zijn": true, "worden": true, "blijven": true, "hebben": true, "zullen": true, "kunnen": true, "moeten": true, "mogen": true, "willen": true, "gaan": true}

// predicateCue returns the index of the "dat" that a stance predicate at
// toks[i] takes (a few adverbs may stand between), or -1.
func predicateCue(toks []nl.Token, i int) int {
	lw := strings.ToLower(toks[i].Text)
	// "zou graag zien dat …": a wish, as "wil dat"; not "laat zien dat".
	wish := lw == "zien" && i > 0 && strings.EqualFold(toks[i-1].Text, "graag")
	if !predicates[lw] && !wish || lw == "mening" && (i == 0 || !strings.EqualFold(toks[i-1].Text, "van")) {
		return -1
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		w := strings.ToLower(toks[k].Text)
		if w == "dat" {
			return k
		}
		if toks[k].Kind != nl.Word || !isSkipWord(w) && w != "ervan" && w != "er" && w != "van" && w != "niet" && w != "erover" && w != "kwijt" {
			return -1
		}
	}
	return -1
}

// reportedInside finds what a quoted speaker reports others said: inside
// a quotation, "Rutte vertelde haar dat …", "Hij zei: wat dan?". The
// reporter is a third person of the article (a name or hij/zij the
// article resolves); the clause ends with its sentence or the quotation.
func (x *extractor) reportedInside(qs []kroniek.Quote) []kroniek.Quote {
	var out []kroniek.Quote
	for _, q := range qs {
		if q.Kind != kroniek.QuoteDirect {
			continue
		}
		toks := x.tokensIn(q.Start, q.End)
		for i := 0; i < len(toks); i++ {
			cueText, _, n := matchCue(toks[i:])
			if n == 0 || n > 1 || strings.Contains(cueText, "…") {
				continue
			}
			v := x.tokenIndex(toks[i])
			if !x.parsed(v) {
				continue
			}
			subj := x.doc.Dependents(v, "nsubj")
			if len(subj) == 0 || x.doc.Tokens[subj[0]].Start < q.Start {
				continue
			}
			st := subj[0]
			sp := x.phrase(st)
			if !sp.found() || sp.local == "" {
				continue // "Ik zei dat …": the quoted speaker's own words
			}
			if sp.local == q.SpeakerLocal && x.doc.Tokens[st].POS == nl.PRON {
				// "zegt ze:" inside X's quotation is someone X tells of,
				// not X.
				sp.local = ""
			}
			// The clause: after "dat" or a colon right after the verb and
			// its subject.
			k := i + 1
			for k < len(toks) && k <= i+4 && toks[k].End <= max(sp.end, toks[i].End) {
				k++
			}
			for k < len(toks) && k <= i+4 && toks[k].Kind == nl.Word && !strings.EqualFold(toks[k].Text, "dat") && (isSkipWord(strings.ToLower(toks[k].Text)) || objectPronouns[strings.ToLower(toks[k].Text)]) {
				k++
			}
			if k >= len(toks) || !(toks[k].Text == ":" || strings.EqualFold(toks[k].Text, "dat")) {
				continue
			}
			if x.deniedInside(v, toks[k].Start) {
				continue // "dat India de VS niet heeft gegarandeerd dat …": nothing was said
			}
			// A cue in a clause of its own ("nu de burgemeester heeft
			// toegezegd dat …, trekken we …") reports up to the comma
			// before the main clause.
			sub := x.subordinateCue(v)
			from := k + 1
			end := from
			for end < len(toks) && !isTerminal(toks[end]) && !isQuoteTok(toks[end]) && !(sub && toks[end].Text == ",") {
				end++
			}
			if end < len(toks) && toks[end].Text == "?" {
				end++ // "wat dan?": the question is what was asked
			}
			if end-from < 2 {
				continue
			}
			start, stop := toks[from].Start, toks[end-1].End
			r := kroniek.Quote{Start: start, End: stop, Text: x.doc.Text[start:stop], Kind: kroniek.QuoteIndirect}
			r.SpeakerLocal, r.SpeakerText, r.SpeakerStart, r.SpeakerEnd = sp.local, sp.text, sp.start, sp.end
			r.Cue, r.CueStart, r.CueEnd = cueText, toks[i].Start, toks[i].End
			out = append(out, r)
			i = end
		}
	}
	return out
}

// verbAt reports whether the parse, where there is one, takes t for a
// verb ("post" is also a noun).
func (x *extractor) verbAt(t nl.Token) bool {
	pt, ok := x.parsedAt(t)
	return !ok || !nonVerbPOS[pt.POS]
}

// nonVerbPOS are the parts of speech that say a word is no verb.
var nonVerbPOS = map[nl.POS]bool{nl.NOUN: true, nl.ADJ: true, nl.PROPN: true, nl.ADP: true, nl.DET: true}

// parsedAt returns the token t as the parse annotated it, and whether its
// sentence is parsed.
func (x *extractor) parsedAt(t nl.Token) (nl.Token, bool) {
	i := x.tokenIndex(t)
	if !x.parsed(i) {
		return nl.Token{}, false
	}
	return x.doc.Tokens[i], true
}

// openQuote reports whether toks open a quotation mark they do not
// close: what follows still stands in the marks.
func (x *extractor) openQuote(toks []nl.Token) bool {
	n := 0
	for _, t := range toks {
		if isQuoteTok(t) {
			n++
		}
	}
	return n%2 == 1
}

// onePhrase reports whether toks, the words before a verb, are one
// phrase: one word, or a noun phrase by the parse's word classes ("de
// krijgsmacht", "alle initiatieven", "die bewuste uitspraak").
func (x *extractor) onePhrase(toks []nl.Token) bool {
	if len(toks) == 1 {
		return true
	}
	for k, t := range toks {
		pt, ok := x.parsedAt(t)
		if !ok {
			return false
		}
		switch pt.POS {
		case nl.DET, nl.NUM:
			if k > 0 {
				return false
			}
		case nl.PRON:
			if k > 0 || !possessives[strings.ToLower(t.Text)] && !relativeWords[strings.ToLower(t.Text)] {
				return false
			}
		case nl.ADJ, nl.NOUN, nl.PROPN:
		default:
			return false
		}
	}
	return true
}

// nounAt reports whether the parse takes toks[k] for a noun or an
// adjective: "die" before it is a determiner.
func (x *extractor) nounAt(toks []nl.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	t, ok := x.parsedAt(toks[k])
	return ok && (t.POS == nl.NOUN || t.POS == nl.ADJ)
}

// infinitiveOnly reports whether toks hold an infinitive with "te" and no
// finite verb: an infinitive report ("de zaak te heropenen").
func (x *extractor) infinitiveOnly(toks []nl.Token) bool {
	te := false
	for k, t := range toks {
		if x.finiteAt(toks, k) {
			return false
		}
		te = te || strings.EqualFold(t.Text, "te") && k+1 < len(toks) && x.verbTok(toks[k+1])
	}
	return te
}

// mainClauseAt reports whether toks[from:last+1], a clause after a
// coordinator, has main-clause order: a verb after one phrase of
// at most four words ("de krijgsmacht stond", "die heeft hij"), with a
// word that is no verb after it before the clause ends. A clause that
// opens with a subordinator is verb-final, and so is one that opens with
// "dat" or "die" (not a determiner) unless its verb follows right away.
func (x *extractor) mainClauseAt(toks []nl.Token, from, last int) bool {
	most := from + 4
	switch w := strings.ToLower(toks[from].Text); {
	case w == "dat" || w == "die":
		// "maar dat klopt niet", "maar die heeft hij niet", "maar die
		// bewuste uitspraak heb ik", not "maar dat Valkering aangeeft …"
		if t, ok := x.parsedAt(toks[from]); !ok || w == "dat" || t.POS != nl.DET && !x.nounAt(toks, from+1) {
			most = from + 1
		}
	case opensClause(w):
		return false
	}
	for k := from + 1; k <= last && k <= most; k++ {
		if toks[k].Kind != nl.Word || strings.EqualFold(toks[k].Text, "te") {
			return false
		}
		if !x.verbTok(toks[k]) {
			continue
		}
		if !x.onePhrase(toks[from:k]) {
			return false // "en dus ook niet verantwoordelijk is voor …": verb-final
		}
		for j := k + 1; j <= last && toks[j].Text != ","; j++ {
			if toks[j].Kind == nl.Word && !x.verbTok(toks[j]) {
				return true
			}
		}
		return false
	}
	return false
}

// verbless reports whether q, the words after a cue's "dat", open with
// a preposition and hold no verb the parse finds ("zei dat bij de
// ontvangst van zijn ambtgenoot", "antwoordt dat op vragen van de
// partij"): an adverbial after the pronoun "dat", no clause.
func (x *extractor) verbless(q kroniek.Quote) bool {
	toks := x.tokensIn(q.Start, q.End)
	return len(toks) > 0 && (isPreposition(toks[0].Text) || strings.EqualFold(toks[0].Text, "maar")) && x.parsed(x.tokenIndex(toks[0])) && !x.verbIn(toks)
}

// verbIn reports whether the parse finds a verb among toks: "Dat klopt,
// zegt X" reports what stands before.
func (x *extractor) verbIn(toks []nl.Token) bool {
	return slices.ContainsFunc(toks, x.verbTok)
}

// objectPronouns may stand between a speech verb and what it reports:
// "vertelde haar dat …".
var objectPronouns = map[string]bool{"haar": true, "hem": true, "mij": true, "me": true, "ons": true, "hen": true, "hun": true, "jou": true, "je": true}

// afterParticle returns the index after the particle of a separable or
// multiword cue ("liet X, de president van …, weten dat"), or after the
// verb at i for a plain one.
func afterParticle(toks []nl.Token, i int, cueText string) int {
	k := strings.Index(cueText, " … ")
	if k < 0 {
		return i + 1
	}
	last := strings.Fields(cueText[k+len(" … "):])
	if len(last) == 0 {
		return i + 1
	}
	w := last[len(last)-1]
	n, aside := 0, false
	for j := i + 1; j < len(toks) && n < maxParticleGap+len(last); j++ {
		if aside = inAside(toks[j], aside); aside || toks[j].Text == ")" {
			continue // "(VEH)": a bracketed aside does not count
		}
		if n++; strings.EqualFold(toks[j].Text, w) {
			return j + 1
		}
	}
	return i + 1
}

// datAfter returns the index of the complementiser "dat" that opens the
// reported clause within ten tokens after from, or -1.
func datAfter(toks []nl.Token, from int) int {
	for k := from; k < len(toks) && k < from+10; k++ {
		t := toks[k]
		if t.Kind == nl.Punct && (t.Text == ":" || t.Text == "." || isQuoteTok(t)) {
			return -1
		}
		if strings.ToLower(t.Text) == "dat" {
			return k
		}
		if _, _, n := matchCue(toks[k+1:]); n > 0 && isCoordinator(t.Text) {
			return -1 // "ontkende gevochten te hebben en zei dat …": the dat is the second verb's
		}
	}
	return -1
}

// negatedCue reports whether the parse gives the speech verb at token v
// "niet" or "nooit" as its own modifier, or gives it to the verb that
// governs v ("wil niet bevestigen"), outside quotations and before the
// reported clause's "dat" at offset dat ("zegt dat niet te zwaar moet
// worden getild" negates what is said).
func (x *extractor) negatedCue(v, dat int) bool {
	if !x.parsed(v) {
		return false
	}
	for _, h := range []int{v, x.doc.Tokens[v].Head} {
		if h < 0 {
			continue
		}
		for _, c := range x.doc.Dependents(h, "advmod") {
			if lw := strings.ToLower(x.doc.Tokens[c].Text); (lw == "niet" || lw == "nooit") && x.doc.Tokens[c].Start < dat && !x.quoted(x.doc.Tokens[c].Start) {
				if c+1 < len(x.doc.Tokens) && (strings.EqualFold(x.doc.Tokens[c+1].Text, "alleen") || strings.EqualFold(x.doc.Tokens[c+1].Text, "eens")) {
					continue
				}
				return true
			}
		}
		if x.doc.Tokens[v].Rel != "xcomp" {
			break
		}
	}
	return false
}

// subordinateCue reports whether the cue v stands in a subordinate
// clause: the parse makes it an adverbial clause, or a subordinator
// ("omdat", "als") hangs on it before it, or "nu" with no finite verb
// right after it ("nu de burgemeester heeft toegezegd", not "Nu heeft
// de burgemeester toegezegd").
func (x *extractor) subordinateCue(v int) bool {
	if x.doc.Tokens[v].Rel == "advcl" {
		return true
	}
	for _, c := range x.doc.Children(v) {
		if c >= v {
			continue
		}
		w := x.doc.Tokens[c].Text
		if subordinates(w) {
			return true
		}
		if n := x.doc.Tokens[c+1]; strings.EqualFold(w, "nu") && n.POS != nl.VERB && n.POS != nl.AUX {
			return true
		}
	}
	return false
}

// deniedInside reports whether the cue v inside a quotation is negated
// before the clause that starts at offset from: "niet" or "nooit" the
// parse hangs on it ("heeft niet gegarandeerd dat"). negatedCue skips
// quoted negations, since it reads the narration.
func (x *extractor) deniedInside(v, from int) bool {
	for _, c := range x.doc.Dependents(v, "advmod") {
		if lw := strings.ToLower(x.doc.Tokens[c].Text); (lw == "niet" || lw == "nooit") && x.doc.Tokens[c].Start < from {
			return true
		}
	}
	return false
}

// consecutive reports whether the "dat" at toks[d] closes a "zo … dat"
// of result after the cue that ends before toks[from]: "zo", "zó",
// "zo'n", "zodanig", "dermate" or "zozeer" stands between, and either a
// comma comes right before "dat" ("vonden we zo'n bijzondere kandidaat,
// dat …") or more words follow the degree word's own ("schreef zo mooi
// over de stad dat …"); "zei zo vaak dat …" still reports.
func consecutive(toks []nl.Token, from, d int) bool {
	for k := from; k < d; k++ {
		switch strings.ToLower(toks[k].Text) {
		case "zo", "zó", "zo'n", "zodanig", "dermate", "zozeer":
			return toks[d-1].Text == "," || d-k > 2
		}
	}
	return false
}

// farDat returns the index of a complementiser "dat" further than
// datAfter looks, when the parse makes it mark a clause (not a relative
// pronoun) and only adjuncts stand between it and the speech verb at toks[v] ("zei gisteren in het bijzijn
// van de familie tegen de rechter dat …", "bevestigt telefonisch vanaf
// het eiland Sachalin (gelegen in de Zee van Ochotsk) dat …"): no finite
// verb, colon, full stop, quote mark or comma before it; else -1.
func (x *extractor) farDat(toks []nl.Token, from, v int) int {
	vi := x.tokenIndex(toks[v])
	if !x.parsed(vi) {
		return -1
	}
	for k := from; k < len(toks) && k < from+25; k++ {
		t := toks[k]
		if t.Kind == nl.Punct && (t.Text == ":" || t.Text == "." || t.Text == "," || t.Text == ";" || t.Text == "-" || t.Text == "–" || isQuoteTok(t)) || x.finiteAt(toks, k) {
			return -1
		}
		if lw := strings.ToLower(t.Text); lw == "te" || lw == "of" || lw == "om" {
			return -1 // "om te voorkomen dat …", "vroeg of …": the dat is another verb's
		}
		if !strings.EqualFold(t.Text, "dat") {
			continue
		}
		di := x.tokenIndex(t)
		if k < from+10 || !x.parsed(di) || x.doc.Tokens[di].Rel != "mark" || x.neuterBefore(di) {
			return -1
		}
		// The parse may hang the clause on a noun or participle of the
		// adjuncts ("de rechter dat …"); "dat" marking a clause, not a
		// relative pronoun, is enough when nothing finite stands between.
		// ("tegen de rechter dat hij … heeft willen doden", parsed as a
		// relative clause on "rechter" although "dat" is its complementiser).
		if h := x.doc.Tokens[di].Head; h < 0 || x.doc.Tokens[h].Rel != "ccomp" && x.doc.Tokens[h].Rel != "acl" && !(x.doc.Tokens[h].Rel == "acl:relcl" && x.doc.Tokens[di].POS == nl.SCONJ) {
			return -1
		}
		return k
	}
	return -1
}

// neuterBefore reports whether the word before token d is a noun whose
// article may be neuter ("het groene jasje dat", "een rapport dat"):
// "dat" may then be a relative pronoun whatever the parse says.
func (x *extractor) neuterBefore(d int) bool {
	n := d - 1
	if n < 0 || x.doc.Tokens[n].POS != nl.NOUN && x.doc.Tokens[n].POS != nl.PROPN {
		return false
	}
	for k := n - 1; k >= 0 && k >= n-4; k-- {
		switch strings.ToLower(x.doc.Tokens[k].Text) {
		case "het", "een", "dit", "elk", "ieder", "zo'n", "geen":
			return true
		case "de", "die", "deze":
			return false
		}
		if x.doc.Tokens[k].POS != nl.ADJ && x.doc.Tokens[k].POS != nl.ADV {
			return false
		}
	}
	return false
}

// rootAt reports whether the parse makes token t the root of its
// sentence, or the auxiliary or copula of the root ("is … gestemd").
func (x *extractor) rootAt(t nl.Token) bool {
	i := x.tokenIndex(t)
	if !x.parsed(i) {
		return false
	}
	tk := x.doc.Tokens[i]
	return tk.Head < 0 || (tk.Rel == "aux" || tk.Rel == "aux:pass" || tk.Rel == "cop") && x.doc.Tokens[tk.Head].Head < 0
}

// clause returns the reported clause from toks[from] to the sentence end,
// without final punctuation, as an indirect quote.
func (x *extractor) clause(toks []nl.Token, from, end int) (kroniek.Quote, bool) {
	if from >= len(toks) {
		return kroniek.Quote{}, false
	}
	last := len(toks) - 1
	for k := from + 2; k < last; k++ {
		if toks[k].Text == "," && strings.EqualFold(toks[k+1].Text, "volgens") {
			last = k - 1 // "…, volgens Y is dat overdreven": another's view
			break
		}
		if toks[k].Text == "," && k+2 <= last && (strings.EqualFold(toks[k+1].Text, "maar") || strings.EqualFold(toks[k+1].Text, "en")) && strings.EqualFold(toks[k+2].Text, "volgens") {
			last = k - 1 // "…, maar volgens Y is dat te optimistisch": a second frame, another's view
			break
		}
		if toks[k].Text == "," && k+2 <= last && evidenceVerb(toks[k+1].Text) && strings.EqualFold(toks[k+2].Text, "uit") {
			last = k - 1 // "…, blijkt uit de klacht": where the words were found, not what was said
			break
		}
		if toks[k].Text == ":" && x.newSentenceAt(toks[k+1]) {
			last = k - 1 // "…: Zo'n overstap is duur": the writer goes on after the colon
			break
		}
		if toks[k].Text == ":" && isQuoteTok(toks[k+1]) {
			last = k - 1 // "zei dat …: ,,Q''": the quotation is direct speech of its own
			break
		}
	}
	// "Alsof ze erkende dat …, adviseerde X …": the reported clause ends
	// where the main clause's verb follows a comma ("vroeg of dat klopte,
	// gaf ze …": one word before the comma is enough).
	for k := from + 1; k+1 < last; k++ {
		if w := strings.ToLower(toks[k+1].Text); toks[k].Text == "," && k > from+1 && w != "dat" && nl.Lex().Is(nl.ClassSubordinator, w) && x.reportIn(toks[k+2:last+1]) {
			last = k - 1 // "naar de rechter te stappen, omdat de vakbond vindt dat …": a second report, the writer's reason
			break
		}
		if w := strings.ToLower(toks[k].Text); w != "dat" && nl.Lex().Is(nl.ClassSubordinator, w) || relativeWords[w] || strings.HasPrefix(w, "waar") {
			break // "dat als …, krijg je …": the comma closes a clause inside the report
		}
		// A finite verb right after a comma that closes a verb-final
		// clause, or after ", en", is the narrator's main clause: "dat de
		// kans nihil is, zet zijn collega weg …", "…, en zegt stoïcijns".
		if toks[k].Text == "," && x.finiteAt(toks, k+1) && x.verbTok(toks[k-1]) && !opensClause(toks[from].Text) {
			last = k - 1
			break
		}
		// "Iedere keer als ze vroegen hun gevangenschap op te heffen - deden
		// ze hun beklag", "die hij royeerde nadat hij had toegegeven zich
		// schuldig te hebben gemaakt aan misbruik, is hoopvol": the finite
		// verb the parse makes the sentence's root, after a comma or a dash,
		// is the main clause the report stands in front of. Only after an
		// infinitive report with no finite verb of its own: "denkt Hofman,
		// was er … aan de hand: de moedermaatschappij van Firan, Alliander,
		// heeft …" goes on.
		if (toks[k].Text == "," || toks[k].Text == "-" || toks[k].Text == "–") && x.finiteAt(toks, k+1) && x.rootAt(toks[k+1]) && !slices.ContainsFunc(toks[from:k], func(t nl.Token) bool { return x.finiteAt([]nl.Token{t}, 0) }) {
			last = k - 1
			break
		}
		// "te komen met de huur, maar laat daarna niets meer horen": the
		// subject's next deed, not the report; "maar is hij …" with a
		// subject of its own goes on reporting.
		if k+2 < last && toks[k].Text == "," && strings.EqualFold(toks[k+1].Text, "maar") && x.finiteAt(toks, k+2) && (!x.ownSubjectAfter(toks[k+2]) || x.conjBefore(toks[k+2], toks[from].Start)) {
			last = k - 1
			break
		}
		if k+2 < last && toks[k].Text == "," && strings.EqualFold(toks[k+1].Text, "en") && x.finiteAt(toks, k+2) {
			last = k - 1
			break
		}
		// "dat hij op 28 april zou vertrekken, maar de krijgsmacht stond dat
		// niet toe", "de zaak te heropenen, maar alle initiatieven liepen
		// op niets uit": after a verb-final dat-clause or an infinitive, a
		// main clause (its finite verb second, words after it) is the
		// narrator's again.
		if k+2 < last && toks[k].Text == "," && (strings.EqualFold(toks[k+1].Text, "maar") || strings.EqualFold(toks[k+1].Text, "en")) && (from > 0 && strings.EqualFold(toks[from-1].Text, "dat") || x.infinitiveOnly(toks[from:k])) && !x.openQuote(toks[from:k]) && x.mainClauseAt(toks, k+2, last) {
			last = k - 1
			break
		}
		// "dat de gemeente dit doet en sprak van bangmakerij": a speech
		// verb after "en" that closes a verb-final clause is the speaker's.
		if _, _, n := matchCue(toks[k+1 : last+1]); k > from && n > 0 && strings.EqualFold(toks[k].Text, "en") && x.verbTok(toks[k-1]) && x.finiteAt(toks, k+1) {
			last = k - 1
			break
		}
		// "stelde dat het geweld … is en eiste van Y dat …": a finite verb
		// after "en", "maar" or a comma that the parse conjoins to a verb
		// before the report is the speaker's next deed, not what was said.
		if x.conjOutside(toks[k], toks[k+1], toks[from].Start) {
			last = k - 1
			break
		}
		// The verb is inverted: its subject right after it ("…, herhaalde
		// hij"), not "het" ("…, investeer het": an object).
		if vi := x.tokenIndex(toks[k+1]); toks[k].Text == "," && x.parsed(vi) && (x.doc.Tokens[vi].POS == nl.VERB || x.doc.Tokens[vi].POS == nl.AUX) && x.doc.Tokens[vi].Feats.Has(nl.FeatFin) {
			if s := x.doc.Subject(vi); s > vi && s <= vi+3 && !strings.EqualFold(x.doc.Tokens[s].Text, "het") && x.doc.Tokens[s].Head == vi {
				last = k - 1
				break
			}
		}
	}
	for last > from && toks[last].Kind == nl.Punct && !x.closesInner(toks, from, last) {
		last--
	}
	if last-from < 1 || last-from < 2 && strings.EqualFold(toks[from].Text, "te") {
		return kroniek.Quote{}, false // "te zijn": no report
	}
	start, stop := toks[from].Start, toks[last].End
	return kroniek.Quote{Start: start, End: stop, Text: x.doc.Text[start:stop], Kind: kroniek.QuoteIndirect}, true
}

// conjOutside reports whether token t, after the coordinator or comma
// sep, is a finite verb the parse conjoins to a verb that stands before
// offset from, where the reported clause begins: the main clause goes on
// ("zei dat het klopte en vertrok"), the report has ended.
func (x *extractor) conjOutside(sep, t nl.Token, from int) bool {
	if w := strings.ToLower(sep.Text); w != "en" && w != "maar" && w != "," {
		return false
	}
	i := x.tokenIndex(t)
	if !x.parsed(i) || x.doc.Tokens[i].Rel != "conj" || !x.doc.Tokens[i].Feats.Has(nl.FeatFin) {
		return false
	}
	h := x.doc.Tokens[i].Head
	return h >= 0 && x.doc.Tokens[h].Start < from && (x.doc.Tokens[h].POS == nl.VERB || x.doc.Tokens[h].POS == nl.AUX)
}

// insideNounPhrase reports whether "volgens X" at toks[i] (X is sp)
// stands between a determiner and the words it opens ("het volgens
// critici veel te dure plan", "Deze volgens de krant zeldzame vogel zwemt
// …"): it qualifies one adjective of a phrase, and the sentence is the
// writer's. Either the parse hangs the determiner on a word after the
// phrase, or after X come adverbs at most, an inflected adjective, and a
// word that is no verb or punctuation (the noun; the tagger may call it
// anything else).
func (x *extractor) insideNounPhrase(toks []nl.Token, i int, sp *speaker) bool {
	if i == 0 || !npOpeners[strings.ToLower(toks[i-1].Text)] {
		return false
	}
	if d, ok := x.parsedAt(toks[i-1]); ok && d.POS == nl.DET && d.Rel == "det" && d.Head >= 0 && x.doc.Tokens[d.Head].Start > toks[i].Start {
		return true
	}
	k := x.volgensNP(toks, i, sp)
	for ; k < len(toks); k++ {
		if t, ok := x.parsedAt(toks[k]); !ok || t.POS != nl.ADV {
			break
		}
	}
	if k+1 >= len(toks) {
		return false
	}
	a, ok := x.parsedAt(toks[k])
	if !ok || a.POS != nl.ADJ || !strings.HasSuffix(strings.ToLower(toks[k].Text), "e") {
		return false // "is het volgens de regels niet mogelijk …": a predicate
	}
	n, ok := x.parsedAt(toks[k+1])
	return ok && n.Kind == nl.Word && n.POS != nl.VERB && n.POS != nl.AUX && n.POS != nl.ADP
}

// npOpeners are the determiners that may open a noun phrase "volgens X"
// stands inside (not "die" or "dat": "een woning die volgens hem …" is a
// relative clause that reports).
var npOpeners = map[string]bool{"de": true, "het": true, "een": true, "deze": true, "dit": true}

// volgensClause turns "Volgens X <clause>" (or "<clause>, volgens X") into
// an indirect quote when the sentence has no quotation of its own.
func (x *extractor) volgensClause(s nl.Sentence, i int, inside func(int) bool) (kroniek.Quote, bool) {
	toks := s.Tokens
	for _, t := range toks[:i] {
		if isQuoteTok(t) {
			return kroniek.Quote{}, false // the direct quotation carries it
		}
	}
	sp := x.volgensWho(toks[i:])
	if !sp.found() && i == 0 {
		sp = x.volgensPeople(toks)
	}
	if sp.found() && x.insideNounPhrase(toks, i, sp) {
		return kroniek.Quote{}, false
	}
	// "volgens X" reports the sentence when it opens it or closes it; in
	// the middle ("Tichanovskaja, winnaar volgens de demonstranten, schreef")
	// it qualifies a phrase only.
	// "Cadeaupolitiek Volgens Breuker …": a capital shows where the
	// sentence starts after a heading run into it.
	// "…, een ander doel: volgens X moet …": a colon opens it too.
	opens := i == 0 || (i == 1 && toks[0].Kind == nl.Punct) || toks[i].Text == "Volgens" || toks[i-1].Text == ":"
	// "Maar volgens X is …", "… premier en volgens zijn aanhangers is het
	// land …": a coordinator opens the clause X speaks.
	if !opens && i > 0 && isCoordinator(toks[i-1].Text) && !strings.EqualFold(toks[i-1].Text, "dus") {
		// X is what follows "volgens", not a name further on ("volgens
		// de regering is Guaidó …": a parse that hangs the clause on X).
		// (sp first: without a speaker there is no X, and an unparsed
		// sentence's reading of X needs one.)
		if sp.found() {
			if n := x.volgensNP(toks, i, sp); n > i+1 && sp.start < toks[n-1].End {
				opens = true
			}
		}
	}
	if !sp.found() || sp.local == "" && !isRoleNoun(strings.ToLower(headWord(sp.text))) && !agentNoun(headWord(sp.text)) && !people(headWord(sp.text)) && !isPronoun(strings.ToLower(sp.text)) && sp.text != "hem" && sp.text != "haar" && sp.text != "hen" && !spokesPhrase(sp.text) && !sourceNoun(headWord(sp.text)) && !bodyHead(headWord(sp.text)) && !(opens && x.someoneWho(sp, toks[i:])) {
		return kroniek.Quote{}, false // "leeft volgens een strikte uitleg van de islam": nobody speaks
	}
	// "Sterker nog, volgens X zijn er …", "Bovendien, volgens X …": a
	// connective and its comma before it still open the sentence.
	if !opens && (i == 2 || i == 3) && toks[i-1].Text == "," && toks[0].Kind == nl.Word && toks[i-2].Kind == nl.Word && !x.verbIn(toks[:i-1]) {
		opens = true
	}
	// "Het gaat volgens hem om …": volgens right after the finite verb
	// reports the whole sentence; the span holds "volgens X" as its gap.
	if !opens && (i == 2 || i == 3) && toks[i-1].Kind == nl.Word && !isCapitalised(toks[i-1].Text) && toks[0].Kind == nl.Word && (i == 2 || toks[1].Kind == nl.Word) {
		start, end := toks[0].Start, toks[len(toks)-1].End
		for k := len(toks) - 1; k > i && toks[k].Kind == nl.Punct; k-- {
			end = toks[k-1].End
		}
		if inside(start) {
			return kroniek.Quote{}, false
		}
		return x.volgensQuote(start, end, toks, i, sp), true
	}
	if !opens {
		// The parse tells what "volgens X" in mid-sentence qualifies: the
		// main clause reports the whole sentence ("betekende dat volgens X
		// dat …"), a verb's clause that clause; a noun only itself
		// ("winnaar volgens de demonstranten": no report).
		if q, ok := x.volgensParsed(s, i, sp, inside); ok {
			return q, true
		}
		if q, ok := x.volgensMain(toks, i, sp, inside); ok {
			return q, true
		}
		k := i + 1
		for k < len(toks) && toks[k].End <= sp.end {
			k++
		}
		for k < len(toks) && toks[k].Kind == nl.Punct && toks[k].Text != "," {
			k++
		}
		if k < len(toks) {
			return kroniek.Quote{}, false
		}
	}
	// The clause is the sentence without "volgens X" (and X's "van de
	// Friese Milieufederatie").
	after := x.volgensEnd(toks, i, sp)
	var q kroniek.Quote
	var ok bool
	if opens {
		// "Volgens het bedrijf zelf …": "zelf" belongs to X.
		if after < len(toks) && strings.EqualFold(toks[after].Text, "zelf") {
			after++
		}
		for after < len(toks) && toks[after].Text == "," {
			after++
		}
		// "Volgens X, die al jaren …, is …": the relative clause describes
		// X; the report follows it. So does an apposition: "Volgens X, de
		// advocaat van Y, is …".
		// So does a phrase with no verb between commas before the finite
		// verb: "Volgens de vertegenwoordiger, ook aanwezig in de zaal,
		// blijkt …".
		if after > 0 && toks[after-1].Text == "," && after < len(toks) && (relativeWords[strings.ToLower(toks[after].Text)] || isDeterminer(toks, after) || isRoleNoun(strings.ToLower(toks[after].Text)) || x.insertedPhrase(toks, after)) {
			for k := after + 1; k+1 < len(toks); k++ {
				if toks[k].Text == "," {
					after = k + 1
					break
				}
				// "Volgens X, de advocaat van Y - … - is het …": the
				// apposition ends at the main verb.
				if ki := x.tokenIndex(toks[k]); x.parsed(ki) && x.doc.Tokens[ki].Head < 0 && (x.doc.Tokens[ki].POS == nl.AUX || x.doc.Tokens[ki].POS == nl.VERB) && x.doc.Tokens[ki].Feats.Has(nl.FeatFin) {
					after = k
					break
				}
			}
		}
		q, ok = x.clause(toks, after, s.End)
	} else {
		stop := i
		for stop > 0 && toks[stop-1].Kind == nl.Punct {
			stop--
		}
		if stop < 3 {
			return kroniek.Quote{}, false
		}
		start, end := toks[0].Start, toks[stop-1].End
		q, ok = kroniek.Quote{Start: start, End: end, Text: x.doc.Text[start:end], Kind: kroniek.QuoteIndirect}, true
	}
	if !ok || inside(q.Start) {
		return kroniek.Quote{}, false
	}
	sp.speaks(&q)
	setCue(&q, "volgens", toks[i])
	return q, true
}

// insertedPhrase reports whether toks[from:] opens a phrase with no
// finite verb that a comma closes right before a finite verb ("ook
// aanwezig in de zaal, blijkt …").
func (x *extractor) insertedPhrase(toks []nl.Token, from int) bool {
	for k := from; k+1 < len(toks); k++ {
		if toks[k].Text == "," {
			return k > from && x.finiteAt(toks, k+1)
		}
		if x.finiteAt(toks, k) || isQuoteTok(toks[k]) {
			return false
		}
	}
	return false
}

// volgensMain reads a mid-sentence "volgens X" (toks[i]) the parse did
// not hang on a verb: after the finite verb of a main clause ("Ook heeft
// Slob volgens Brussee de Kamer onjuist geïnformeerd", "want ook in deze
// sectoren kampen docenten volgens de bonden met …") it reports that
// clause, from the sentence's start or the coordinator or colon that
// opens it, with "volgens X" as its gap. A relative or subordinate
// clause before it ("De man, die volgens agenten …") qualifies a phrase:
// no report.
func (x *extractor) volgensMain(toks []nl.Token, i int, sp *speaker, inside func(int) bool) (kroniek.Quote, bool) {
	from := 0
	for k := i - 1; k > 0; k-- {
		if toks[k].Text == ":" || toks[k].Text == ";" {
			from = k + 1
			break
		}
		if toks[k].Text == "," && k+1 < i && isCoordinator(toks[k+1].Text) {
			from = k + 2
			break
		}
	}
	finite := false
	for k := from; k < i; k++ {
		w := strings.ToLower(toks[k].Text)
		if isQuoteTok(toks[k]) || toks[k].Text == "(" || relativeWords[w] || strings.HasPrefix(w, "waar") || w == "wat" || nl.Lex().Is(nl.ClassSubordinator, w) {
			return kroniek.Quote{}, false
		}
		finite = finite || x.finiteAt(toks, k)
	}
	after := x.volgensNP(toks, i, sp)
	last := len(toks) - 1
	for last > after && toks[last].Kind == nl.Punct {
		last--
	}
	if after < len(toks) && toks[after].Text == "(" {
		for after < last && toks[after].Text != ")" {
			after++
		}
		after++
	}
	if !finite || i-from < 2 || last-after < 1 {
		return kroniek.Quote{}, false // "… volgens onderzoek van VVN (Veilig Verkeer Nederland).": X ends it
	}
	// A quotation right after X carries the report ("Het gaat volgens hem
	// «om …»"); words in marks further in are part of it ("Het voorstel
	// was volgens hem van 'een olifant in een muis veranderd'").
	if after <= last && isQuoteTok(toks[after]) {
		return kroniek.Quote{}, false
	}
	free := 0
	for _, t := range toks[after : last+1] {
		if t.Kind == nl.Word && !inside(t.Start) {
			free++
		}
	}
	if free == 0 {
		return kroniek.Quote{}, false
	}
	if last+1 < len(toks) && isQuoteTok(toks[last+1]) && inside(toks[last].Start) {
		last++ // the closing mark of words in marks that end the clause
	}
	start, end := toks[from].Start, toks[last].End
	if inside(start) || inside(end-1) {
		return kroniek.Quote{}, false
	}
	return x.volgensQuote(start, end, toks, i, sp), true
}

// volgensQuote is the indirect quote of the text from start to end that
// "volgens X" (toks[i]) inside it reports, with "volgens X" as its gap.
func (x *extractor) volgensQuote(start, end int, toks []nl.Token, i int, sp *speaker) kroniek.Quote {
	end = beforeColonQuote(toks, start, end)
	q := kroniek.Quote{Start: start, End: end, Text: x.doc.Text[start:end], Kind: kroniek.QuoteIndirect}
	sp.speaks(&q)
	setCue(&q, "volgens", toks[i])
	x.withGap(&q, x.volgensGap(toks, i, sp))
	return q
}

// beforeColonQuote returns where a report from offset start to end stops
// when a colon inside it opens a quotation ("volgens hem moet er … over
// de prijs: ,,Duidelijkheid dus …”"): the quoted words are direct speech
// of their own. Else end.
func beforeColonQuote(toks []nl.Token, start, end int) int {
	for k := 1; k+1 < len(toks); k++ {
		if t := toks[k]; t.Start > start && t.End < end && t.Text == ":" && isQuoteTok(toks[k+1]) && toks[k-1].Kind != nl.Punct {
			return toks[k-1].End
		}
	}
	return end
}

// volgensEnd returns the index of the first token after "volgens X"
// (toks[i] is "volgens"): after X's words, the parse's extent of X ("de
// site van de gemeenschap", "de Dierenbescherming en Eyes on Animals") or
// X's "van de Friese Milieufederatie".
func (x *extractor) volgensEnd(toks []nl.Token, i int, sp *speaker) int {
	after := i + 1
	for after < len(toks) && toks[after].End <= sp.end {
		after++
	}
	if vi := x.tokenIndex(toks[i]); x.parsed(vi) && x.doc.Tokens[vi].Rel == "case" && x.doc.Tokens[vi].Head > vi && strings.HasPrefix(x.doc.Tokens[x.doc.Tokens[vi].Head].Rel, "obl") {
		_, last := x.doc.Span(x.doc.Tokens[vi].Head)
		for after < len(toks) && x.tokenIndex(toks[after]) <= last && toks[after].Text != "," {
			after++
		}
	} else if after < len(toks) && (strings.EqualFold(toks[after].Text, "van") || strings.EqualFold(toks[after].Text, "bij")) {
		j := after + 1
		for j < len(toks) && toks[j].Kind == nl.Word && (isArticle(toks, j) || isCapitalised(toks[j].Text) || isAdjective(toks[j].Text)) {
			j++
		}
		if j > after+1 && j < len(toks) {
			after = j
		}
	}
	// "volgens zeven partijen (SGP, Denk, …) is …": a parenthesis after X,
	// opened before after or right at it, is part of X.
	open := -1
	for k := i + 1; k < after && k < len(toks); k++ {
		if toks[k].Text == "(" {
			open = k
		} else if toks[k].Text == ")" {
			open = -1
		}
	}
	if open < 0 && after < len(toks) && toks[after].Text == "(" {
		open = after
	}
	if open >= 0 {
		for k := open + 1; k < len(toks) && k < open+20; k++ {
			if toks[k].Text == ")" {
				return k + 1
			}
		}
	}
	return after
}

// volgensNP returns the index of the first token after X in a
// mid-sentence "volgens X" (toks[i] is "volgens"), read from the parse's
// word classes, not its attachments (which often hang the rest of the
// clause on X): determiners, adjectives before a noun, nouns and names,
// a pronoun alone, "(OM)", and a prepositional or coordinated noun phrase
// ("van de ANWB", "bij de tram", "en de gemeente Eindhoven"); never an
// adverb or a verb ("volgens Vogel voor het eerst", "volgens hem lastig").
// Unparsed, volgensEnd's reading.
func (x *extractor) volgensNP(toks []nl.Token, i int, sp *speaker) int {
	pos := func(k int) nl.POS {
		if k >= len(toks) {
			return 0
		}
		t, ok := x.parsedAt(toks[k])
		if !ok {
			return 0
		}
		return t.POS
	}
	if pos(i+1) == 0 {
		return x.volgensEnd(toks, i, sp)
	}
	// np returns the index after a noun phrase starting at k, or k.
	np := func(k int) int {
		j := k
		for j < len(toks) && (pos(j) == nl.DET || pos(j) == nl.NUM || pos(j) == nl.PRON && j == k && possessives[strings.ToLower(toks[j].Text)]) {
			j++
		}
		for j < len(toks) && (pos(j) == nl.ADJ || pos(j) == nl.ADV && j+1 < len(toks) && pos(j+1) == nl.ADJ) {
			j++
		}
		if j >= len(toks) || pos(j) != nl.NOUN && pos(j) != nl.PROPN && pos(j) != nl.X {
			return k
		}
		j++
		// One noun, then only a name ("directeur Mohamed Talbi", "I&O
		// Research"): another noun starts another phrase ("de politie lid
		// van …").
		for j < len(toks) && (pos(j) == nl.PROPN || pos(j) == nl.X || toks[j].Text == "&" && j+1 < len(toks) && pos(j+1) == nl.PROPN) {
			j++
		}
		return j
	}
	named := func(from, to int) bool {
		for k := from; k < to; k++ {
			if pos(k) == nl.PROPN || isCapitalised(toks[k].Text) {
				return true
			}
		}
		return false
	}
	after := np(i + 1)
	if after == i+1 {
		if pos(i+1) != nl.PRON {
			return x.volgensEnd(toks, i, sp)
		}
		return i + 2 // "volgens hem": nothing more
	}
	for after < len(toks) {
		w := strings.ToLower(toks[after].Text)
		switch {
		case w == "(":
			k := after + 1
			for k < len(toks) && k < after+6 && toks[k].Text != ")" {
				k++
			}
			if k >= len(toks) || toks[k].Text != ")" {
				return after
			}
			after = k + 1 // "(OM)", "(52)"
		case w == "van" || w == "voor" || w == "bij" || w == "uit" || w == "namens" || w == "en":
			k := np(after + 1)
			if k == after+1 || w != "van" && w != "en" && !named(after+1, k) {
				return after // "volgens Zelensky uit corrupte handpoppen": no part of X
			}
			after = k
		default:
			return after
		}
	}
	return after
}

// volgensGap returns the byte range of a mid-sentence "volgens X"
// (toks[i] is "volgens") with the commas that set it off and an
// apposition or relative clause about X ("volgens X, vrouw van Y,"): the
// attribution inside a report, left out of what a reader sees.
func (x *extractor) volgensGap(toks []nl.Token, i int, sp *speaker) [2]int {
	start := toks[i].Start
	comma := i > 0 && toks[i-1].Text == ","
	if comma {
		start = toks[i-1].Start
	}
	after := x.volgensNP(toks, i, sp)
	if after < len(toks) && strings.EqualFold(toks[after].Text, "zelf") {
		after++
	}
	if after+1 < len(toks) && toks[after].Text == "," && (relativeWords[strings.ToLower(toks[after+1].Text)] || isDeterminer(toks, after+1) || isRoleNoun(strings.ToLower(toks[after+1].Text)) || !comma && x.apposition(toks, after+1)) {
		for k := after + 2; k+1 < len(toks); k++ {
			if toks[k].Text == "," {
				after = k // "volgens X, vrouw van Y, is …"
				break
			}
		}
	}
	switch {
	case after >= len(toks):
		return [2]int{start, toks[len(toks)-1].End}
	case toks[after].Text == ",":
		return [2]int{start, toks[after].End}
	}
	return [2]int{start, toks[after].Start}
}

// apposition reports whether toks[k:] up to the next comma describe a
// person or body ("plastisch chirurg bij Velthuis kliniek", "vrouw van de
// vliegschoolhouder"): a role or person noun, no verb, and words after
// the comma.
func (x *extractor) apposition(toks []nl.Token, k int) bool {
	role := false
	for j := k; j < len(toks); j++ {
		if toks[j].Text == "," {
			return role && j+1 < len(toks)
		}
		t, ok := x.parsedAt(toks[j])
		if !ok || t.POS == nl.VERB || t.POS == nl.AUX || isQuoteTok(toks[j]) {
			return false
		}
		if w := strings.ToLower(toks[j].Text); isRoleNoun(w) || people(w) || agentNoun(toks[j].Text) || doerNoun(w) {
			role = true
		}
	}
	return false
}

// volgensParsed reads a mid-sentence "volgens X" (toks[i]) through the
// parse: X's head is the verb it qualifies; the verb's clause, or the whole
// sentence for the main verb, is what X said.
func (x *extractor) volgensParsed(s nl.Sentence, i int, sp *speaker, inside func(int) bool) (kroniek.Quote, bool) {
	d := x.doc
	vi := x.tokenIndex(s.Tokens[i])
	if vi < 0 || !d.Parsed(d.SentenceOf(vi)) || d.Tokens[vi].Head < 0 {
		return kroniek.Quote{}, false
	}
	v := d.Tokens[d.Tokens[vi].Head].Head // volgens → X → the verb
	if v < 0 || d.Tokens[v].POS != nl.VERB && d.Tokens[v].POS != nl.AUX && d.Tokens[v].POS != nl.ADJ || strings.HasPrefix(d.Tokens[v].Rel, "acl") && !x.reportedRelative(v, vi, sp) {
		// "het onweer dat volgens de Bijbel losbarstte": a relative clause
		// describes a thing; nobody reports it.
		return kroniek.Quote{}, false
	}
	for d.Tokens[v].Rel == "xcomp" && d.Tokens[v].Head >= 0 && (d.Tokens[d.Tokens[v].Head].POS == nl.VERB || d.Tokens[d.Tokens[v].Head].POS == nl.AUX) {
		// "Maar dat willen we volgens hem niet weten": the infinitive
		// completes the verb above it, whose clause is what X said.
		v = d.Tokens[v].Head
	}
	first, last := d.Span(v)
	if f := x.tokenIndex(s.Tokens[0]); d.Tokens[v].Head < 0 || first == v && d.Tokens[v].Feats.Has(nl.FeatFin) && f >= 0 && f < v && d.Tokens[f].Kind == nl.Word {
		// The main clause, or a clause whose span starts at its finite verb
		// ("Van fraude is volgens hem geen sprake": the fronted part hangs
		// elsewhere): the whole sentence.
		first, last = x.tokenIndex(s.Tokens[0]), x.tokenIndex(s.Tokens[len(s.Tokens)-1])
	}
	if strings.HasPrefix(d.Tokens[v].Rel, "acl") {
		// "De man, die volgens agenten veel op had, was betrokken bij …":
		// the relative clause ends at the comma before the main clause's
		// verb, whatever the parse hangs on it.
		for k := vi + 1; k < last; k++ {
			if d.Tokens[k].Text == "," && (d.Tokens[k+1].POS == nl.VERB || d.Tokens[k+1].POS == nl.AUX) && d.Tokens[k+1].Feats.Has(nl.FeatFin) {
				last = k - 1
				break
			}
		}
	}
	for last > first && d.Tokens[last].Kind == nl.Punct {
		last--
	}
	if first < 0 || last-first < 3 {
		return kroniek.Quote{}, false
	}
	// What was said runs on either side of "volgens X": the span holds
	// the attribution as its gap ("Die strategie kan er volgens Van Baal
	// toe leiden dat …"), unless X opens the clause ("betekende dat
	// volgens X …").
	gap := vi == first // "…: volgens X moet er …": X's words are cut from the start
	if _, xl := d.Span(d.Tokens[vi].Head); vi > first {
		if !(vi == first+1 && d.Tokens[first].POS == nl.SCONJ) || xl < 0 || xl+3 > last {
			gap = true
		} else {
			first = xl + 1
			for first < last && d.Tokens[first].Text == "," {
				first++
			}
		}
	}
	start, end := d.Tokens[first].Start, d.Tokens[last].End
	if start < s.Start || end > s.End || inside(start) || inside(end-1) {
		return kroniek.Quote{}, false
	}
	for _, t := range d.Tokens[first : last+1] {
		if isQuoteTok(t) {
			return kroniek.Quote{}, false // a quotation carries it
		}
	}
	q := kroniek.Quote{Start: start, End: end, Text: d.Text[start:end], Kind: kroniek.QuoteIndirect}
	sp.speaks(&q)
	setCue(&q, "volgens", s.Tokens[i])
	if gap {
		x.withGap(&q, x.volgensGap(s.Tokens, i, sp))
	}
	return q, true
}

// reportedRelative reports whether the relative clause headed by v
// reports what its "volgens X" says: X is someone who speaks, a person,
// body, place standing for its government, role, group or pronoun ("een
// lijst van Russen die volgens de Amerikaanse autoriteiten dicht bij
// Poetin staan", "de man, die volgens agenten veel op had"), not a
// text or a thing named ("het onweer dat volgens de Bijbel losbarstte",
// "het paar, dat volgens de islamitische wet is getrouwd").
func (x *extractor) reportedRelative(v, vi int, sp *speaker) bool {
	if x.doc.Tokens[v].Rel != "acl:relcl" || !sp.found() || vi == 0 {
		return false
	}
	// "volgens X" opens the clause right after its relative word: X frames
	// the whole clause. Further in ("de heffingen die India volgens hem
	// toepast", "waardoor ze volgens de prognose uitkomen op zeven") it is
	// part of the narration, and the golds leave such clauses out.
	first, _ := x.doc.Span(v)
	for first < vi && x.doc.Tokens[first].Kind == nl.Punct {
		first++ // ", die volgens …": the comma the parse hangs on the clause
	}
	if first != vi-1 || !relativeWords[strings.ToLower(x.doc.Tokens[vi-1].Text)] && !strings.HasPrefix(strings.ToLower(x.doc.Tokens[vi-1].Text), "waar") {
		return false
	}
	n := x.doc.Tokens[vi].Head
	if sp.local != "" {
		l, ok := x.locals[sp.local]
		return ok && l.Type != kroniek.MISC
	}
	// X's head by the parse ("volgens omstanders in een bocht": the parse
	// hangs the verb's phrase on X), else X's last word.
	h := strings.ToLower(x.doc.Tokens[n].Text)
	if x.doc.Tokens[n].Kind != nl.Word {
		h = strings.ToLower(headWord(sp.text))
	}
	return isRoleNoun(h) || agentNoun(h) || people(h) || isPronoun(h) || h == "hem" || h == "haar" || h == "hen" || spokesPhrase(sp.text) || bodyHead(h) || sourceNoun(h)
}

// withGap adds g, an attribution inside q's span, to q's gaps; one that
// opens or closes the span ("…aantrekkelijk volgens Vonk van de ANWB")
// is cut from the span instead.
func (x *extractor) withGap(q *kroniek.Quote, g [2]int) {
	switch {
	case g[0] >= g[1] || g[1] <= q.Start || g[0] >= q.End:
		return
	case g[0] <= q.Start:
		q.Start = g[1]
	case g[1] >= q.End:
		q.End = g[0]
	default:
		q.Gaps = append(q.Gaps, g)
	}
	for q.End > q.Start && strings.ContainsRune(", ", rune(x.doc.Text[q.End-1])) {
		q.End--
	}
	for q.Start < q.End && strings.ContainsRune(", ", rune(x.doc.Text[q.Start])) {
		q.Start++
	}
	q.Text = x.doc.Text[q.Start:q.End]
}

// trailing turns "<clause>, zegt X." (and "…, aldus X", "…, denkt X in
// een interview") into an indirect quote of the clause; "Maar, zegt X,
// <clause>." reports what follows. The speech verb stands right after a
// comma with its subject after it; nothing but adverbials follow.
func (x *extractor) trailing(s nl.Sentence, inside func(int) bool) (kroniek.Quote, bool) {
	toks := s.Tokens
	for k := 2; k < len(toks)-1; k++ {
		if toks[k-1].Text != "," || toks[k-1].Kind != nl.Punct {
			continue
		}
		v := k
		if strings.EqualFold(toks[v].Text, "zo") && v+1 < len(toks) {
			v++ // "…, zo zegt X"
		}
		cueText, lemma, n := matchCue(toks[v:])
		knows := n == 0 && x.knowsAfter(toks, k)
		if knows {
			cueText, lemma, n = strings.ToLower(toks[v].Text), "weten", 1
		}
		if n == 0 && x.unknownTrailingCue(toks, k, v) {
			cueText, lemma, n = strings.ToLower(toks[v].Text), "", 1
		}
		if n == 0 && v == k {
			// "…, moet expert X toegeven.", "…, zal hij later zeggen.": a
			// modal or auxiliary, its subject, and a speech verb of the
			// lexicon ending the sentence.
			if p, ok := x.auxTrailingCue(toks, k, v); ok {
				var l string
				if _, l, _ = matchCue(toks[p:]); l != "noemen" {
					cueText, lemma, n = strings.ToLower(toks[v].Text)+" … "+strings.ToLower(toks[p].Text), l, 1
				}
			}
		}
		if n == 0 && v == k+1 {
			if p, ok := x.zoTrailingCue(toks, k, v); ok {
				cueText, lemma, n = strings.ToLower(toks[v].Text), "", 1
				if p > v {
					cueText += " … " + strings.ToLower(toks[p].Text)
				}
			}
		}
		if n == 0 || lemma == "noemen" { // "…, noemt het een X": noemen takes an object
			continue
		}
		var sp *speaker
		if vi := x.tokenIndex(toks[v]); x.parsed(vi) {
			sp = x.inverted(vi)
		} else {
			sp = x.nearest(toks[v+n:], false)
		}
		if knows && (!sp.found() || writerPronoun(strings.ToLower(sp.text)) || !endsAfter(toks, sp.end)) {
			continue // "…, weet ik dan", "…, weet PSV zich geen raad": the writer's, or no report
		}
		if !sp.found() && v+n+1 < len(toks) && x.doc.Tokens[max(0, x.tokenIndex(toks[v+n]))].POS != nl.ADJ && toks[v+n].Kind == nl.Word && !isCapitalised(toks[v+n].Text) && !nl.IsStopword(strings.ToLower(toks[v+n].Text)) && isTerminal(toks[v+n+1]) {
			// "…, vrezen planologen."
			t := toks[v+n]
			sp = &speaker{text: t.Text, start: t.Start, end: t.End}
		}
		if !sp.found() || nl.Lex().Is(nl.ClassSubordinator, strings.ToLower(firstWord(sp.text))) {
			continue // "X, directeur, denkt dat …": a clause, not a speaker
		}
		if fw := strings.ToLower(firstWord(sp.text)); sp.local == "" && (possessives[fw] || fw == "een" && lemma == "vinden") && !people(headWord(sp.text)) && !doerNoun(headWord(sp.text)) && !pluralBody(headWord(sp.text)) && !x.pluralAt(sp.end) {
			continue // "CoolCat, …, vraagt vandaag zijn faillissement aan", "vonden een dreigbrief" (found, not thought): a thing, no speaker
		}
		if x.datBetween(toks, v+n, sp.start) {
			continue // "«X, …», zei vorige maand dat hij …": the verb reports a clause of its own
		}
		// What follows the speaker: the end, a comma, or an adverbial; not
		// "dat" (a clause of its own) or a colon.
		j := v + n
		for j < len(toks) && toks[j].End <= sp.end {
			j++
		}
		// "…, zegt het bedrijf dat die reis zou verzorgen": after a neuter
		// speaker, "dat" may open a relative clause about it, and the
		// report is the clause before the comma.
		relative := j < len(toks) && strings.EqualFold(toks[j].Text, "dat") && strings.EqualFold(firstWord(sp.text), "het") && !isCapitalised(headWord(sp.text)) && x.verbIn(toks[:k-1])
		if j < len(toks) && (strings.EqualFold(toks[j].Text, "dat") && !relative || toks[j].Text == ":" || isQuoteTok(toks[j])) {
			continue
		}
		if v+n < len(toks) && strings.EqualFold(toks[v+n].Text, "dat") || j < len(toks) && strings.EqualFold(toks[j].Text, "niet") {
			continue // "…, zeggen dat X …": a clause of its own; "…, zegt X niet": not said
		}
		if negatedAfter(toks, j) {
			continue // "«…», maakten A en B niet bekend": a negated speech verb reports nothing
		}
		if x.takesObject(toks, v, j) {
			continue // "Toen …, vroegen ze de planbureaus … door te rekenen": the verb has its own object
		}
		var q kroniek.Quote
		first := 0
		for first < k-1 && (toks[first].Kind == nl.Punct) {
			first++
		}
		if k-1-first <= 1 || k-1-first == 2 && !x.verbIn(toks[first:k-1]) {
			// "Maar, zegt Kroes, haar kleindochter wilde …"
			for j < len(toks) && toks[j].Text != "," {
				j++
			}
			if j >= len(toks) {
				continue
			}
			if j+2 < len(toks) && isCoordinator(strings.ToLower(toks[j+1].Text)) && x.finiteAt(toks, j+2) {
				continue // "Ach, zegt X, en maakt een wegwerpgebaar": what X does next, not what X says
			}
			var ok bool
			if q, ok = x.clause(toks, j+1, s.End); !ok {
				continue
			}
			// "Uiteindelijk, aldus X, wil Fastned …": the adverb before
			// the attribution opens the report; the attribution is its
			// gap. Not a coordinator ("Maar, zegt X, …").
			if w := strings.ToLower(toks[first].Text); first < k-1 && toks[first].Kind == nl.Word && !isCoordinator(w) && !inside(toks[first].Start) && x.adverbAt(toks[first:k-1]) {
				q.Gaps = [][2]int{{toks[k-1].Start, toks[j].End}}
				q.Start = toks[first].Start
				q.Text = x.doc.Text[q.Start:q.End]
			}
		} else {
			// "X vindt het onderzoek gedegen, zegt hij": a report of its
			// own before the comma; X's words follow X's verb.
			frag := isQuoteTok(toks[k-2]) && fragmentEnds(toks, first, k-2, inside)
			if w := strings.ToLower(toks[first].Text); w != "dat" && nl.Lex().Is(nl.ClassSubordinator, w) && !commaIn(toks[first:k-1]) && !frag && !x.prepositionAt(toks[first]) {
				continue // "Toen X 11 jaar was, vertelde hij …": a time or a condition, not what was said
			}
			if purposeClause(toks[first:k-1]) && !commaIn(toks[first:k-1]) {
				continue // "Om te voorkomen dat …, kondigde hij aan dat …": the writer's purpose clause
			}
			first = x.innerReport(toks, first, k-1, sp.local)
			// "A, maar B, vindt X": X says B.
			for c := k - 3; c > first; c-- {
				if toks[c].Text == "," && c+1 < k-1 && isCoordinator(toks[c+1].Text) {
					first = c + 2
					break
				}
			}
			if isQuoteTok(toks[first]) || isQuoteTok(toks[k-2]) && !frag || first > 0 && isQuoteTok(toks[first-1]) {
				continue // a quotation the marks did not pair: not reported speech
			}
			if k-1-first >= 4 && x.parsed(x.tokenIndex(toks[first])) && !x.verbIn(toks[first:k-1]) && x.adverbial(toks[first:k-1]) {
				continue // "Een jaar later, op 11 december 2018, spreekt de rechter … uit": a time or place, no clause
			}
			start, end := toks[first].Start, toks[k-2].End
			var gaps [][2]int
			if last, ok := x.interrupted(toks, first, k-1, j); ok {
				// "De werkelijke investering, stelt X, is …": the
				// attribution interrupts the report, which runs on.
				gaps = [][2]int{{toks[k-1].Start, toks[j].End}}
				end = toks[last].End
			}
			if inside(start) || inside(end-1) {
				continue
			}
			q = kroniek.Quote{Start: start, End: end, Text: x.doc.Text[start:end], Kind: kroniek.QuoteIndirect, Gaps: gaps}
		}
		if inside(q.Start) {
			continue
		}
		sp.speaks(&q)
		setCue(&q, cueText, toks[v])
		return q, true
	}
	return kroniek.Quote{}, false
}

// unknownTrailingCue reports whether the finite verb toks[v], right after
// the comma at toks[k-1], attributes the main clause before the comma
// although the speech lexicon does not list it ("De markt is groot
// genoeg, redeneert hij.", "…, grapte senator X.", "…, juicht ze."):
// the verb is a full verb the parse hangs on the clause before, a pronoun
// or a named person is its subject right after it, and the sentence ends
// there (one word may follow: "zelf"); the clause before is a main
// clause with a finite verb of its own, not a subordinate clause ("Toen
// hij thuiskwam, sliep hij."). Copulas, auxiliaries and verbs of
// perception ("…, zag hij") never qualify.
func (x *extractor) unknownTrailingCue(toks []nl.Token, k, v int) bool {
	if v != k || !x.finiteAt(toks, v) {
		return false
	}
	vi := x.tokenIndex(toks[v])
	t := x.doc.Tokens[vi]
	if t.POS != nl.VERB || t.Head < 0 || t.Head >= vi || t.Rel == "advcl" || t.Rel == "acl" || t.Rel == "acl:relcl" {
		return false
	}
	switch strings.ToLower(t.Lemma) {
	case "zijn", "worden", "hebben", "blijken", "lijken", "blijven", "schijnen", "staan", "liggen", "gaan", "komen", "krijgen", "geven", "doen", "maken", "laten", "zitten", "houden", "weten", "kunnen", "moeten", "willen", "mogen", "zullen":
		return false
	case "vallen", "zien", "horen", "voelen", "vergeten", "ervaren":
		return false // "…, zag hij", "…, valt X op": what someone perceives, not what they say ("…, merkte ze" is, as the golds label it)
	}
	sp := x.inverted(vi)
	if !sp.found() || !endsAfter(toks, sp.end) {
		return false
	}
	switch w := strings.ToLower(sp.text); {
	case w == "hij" || w == "zij" || w == "ze":
	case sp.local != "" && x.personSpeaker(sp):
	default:
		return false
	}
	return x.mainClauseBefore(toks, k)
}

// mainClauseBefore reports whether toks[:k-1], before the comma at
// toks[k-1] that a trailing attribution follows, read as a main clause
// with a finite verb: at least three words, not opened or closed by a
// quotation mark, not opened by a subordinator or a question word
// ("Hoe …", "Wie …", "Zodra …", "Eenmaal …").
func (x *extractor) mainClauseBefore(toks []nl.Token, k int) bool {
	first := 0
	for first < k-1 && toks[first].Kind == nl.Punct {
		first++
	}
	if k-1-first < 3 || isQuoteTok(toks[first]) || isQuoteTok(toks[k-2]) {
		return false
	}
	w := strings.ToLower(toks[first].Text)
	if nl.Lex().Is(nl.ClassSubordinator, w) || strings.HasPrefix(w, "wa") || strings.HasPrefix(w, "wie") || strings.HasPrefix(w, "welk") || w == "hoe" || w == "of" || w == "zodra" || w == "eenmaal" {
		return false
	}
	return slices.ContainsFunc(toks[first:k-1], func(t nl.Token) bool { return x.finiteAt([]nl.Token{t}, 0) })
}

// auxTrailingCue reports whether the finite modal or auxiliary toks[v],
// right after the comma at toks[k-1], opens an attribution of the main
// clause before the comma whose speech verb of the lexicon ends the
// sentence after the subject ("…, moet expert X toegeven.", "…, heeft
// hij gezegd."); it returns that verb's index. The clause before is a
// main clause with a finite verb, as for unknownTrailingCue.
func (x *extractor) auxTrailingCue(toks []nl.Token, k, v int) (int, bool) {
	if !x.finiteAt(toks, v) {
		return 0, false
	}
	vi := x.tokenIndex(toks[v])
	switch strings.ToLower(x.doc.Tokens[vi].Lemma) {
	case "moeten", "kunnen", "willen", "zullen", "mogen", "hebben", "durven":
	default:
		return 0, false
	}
	p := len(toks) - 1
	for p > v && (toks[p].Kind == nl.Punct) {
		p--
	}
	if p <= v+1 || !isTerminal(toks[len(toks)-1]) {
		return 0, false
	}
	if _, _, n := matchCue(toks[p:]); n == 0 || x.finiteAt(toks, p) {
		return 0, false
	}
	sp := x.inverted(vi)
	if !sp.found() {
		sp = x.inverted(x.tokenIndex(toks[p]))
	}
	if !sp.found() || sp.start < toks[v].End || writerPronoun(strings.ToLower(sp.text)) {
		return 0, false
	}
	// Between the subject and the verb only adverbs and prepositional
	// phrases: "…, heeft Verhulst gisteren alle fractievoorzitters
	// gesproken" has an object, "…, heeft de AKP hertelling gevraagd" too;
	// "…, zal het kabinet hebben gedacht" is the writer's guess.
	inPP := false
	for j := v + 1; j < p; j++ {
		ji := x.tokenIndex(toks[j])
		if toks[j].Start < sp.end || !x.parsed(ji) {
			continue
		}
		switch t := x.doc.Tokens[ji]; {
		case t.POS == nl.ADP:
			inPP = true
		case t.POS == nl.AUX || t.POS == nl.VERB:
			return 0, false
		case !inPP && (t.POS == nl.DET || t.POS == nl.NUM || t.POS == nl.NOUN || t.POS == nl.PROPN || t.POS == nl.PRON):
			return 0, false
		}
	}
	return p, x.mainClauseBefore(toks, k)
}

// zoTrailingCue reports whether "zo" at toks[k] and the finite verb
// toks[v] after it attribute the main clause before the comma although
// the speech lexicon lists neither the verb nor its participle ("…, zo
// onthulde deze krant deze week", "…, zo heeft de rechter woensdag
// bepaald", "…, zo kopt Het Parool"): the subject after the verb names
// a speaker (an entity of the article, a pronoun, people or a body), no
// object follows, and the clause before is a main clause with a finite
// verb. It returns the participle of "heeft … bepaald" (or v).
func (x *extractor) zoTrailingCue(toks []nl.Token, k, v int) (int, bool) {
	if !strings.EqualFold(toks[k].Text, "zo") || !x.finiteAt(toks, v) {
		return 0, false
	}
	vi := x.tokenIndex(toks[v])
	cue, p := vi, v
	if x.doc.Tokens[vi].POS == nl.AUX {
		switch strings.ToLower(x.doc.Tokens[vi].Lemma) {
		case "hebben", "zijn":
		default:
			return 0, false
		}
		// The participle ends the clause's verbs: "heeft X woensdag bepaald".
		p = -1
		for j := v + 1; j < len(toks) && toks[j].Kind != nl.Punct; j++ {
			if ji := x.tokenIndex(toks[j]); x.parsed(ji) && x.doc.Tokens[ji].POS == nl.VERB && !x.doc.Tokens[ji].Feats.Has(nl.FeatFin) {
				p, cue = j, ji
				break
			}
		}
		if p < 0 {
			return 0, false
		}
	} else if x.doc.Tokens[vi].POS != nl.VERB {
		return 0, false
	}
	switch strings.ToLower(x.doc.Tokens[cue].Lemma) {
	case "zijn", "worden", "hebben", "blijken", "lijken", "blijven", "schijnen", "staan", "liggen", "gaan", "komen", "krijgen", "geven", "doen", "maken", "laten", "zitten", "houden", "kunnen", "moeten", "willen", "mogen", "zullen", "luiden", "klinken", "vallen", "zien", "horen", "voelen", "nemen":
		return 0, false
	}
	sp := x.inverted(vi)
	if !sp.found() && cue != vi {
		sp = x.inverted(cue)
	}
	if !sp.found() || sp.local == "" && !names(headWord(sp.text)) || writerPronoun(strings.ToLower(sp.text)) {
		return 0, false
	}
	// "…, zo kent Breda dit jaar een leegstand van …": "zo" is "for
	// instance" and the verb has an object of its own (an indefinite or
	// counted noun before any preposition, or the parse's object).
	for j := v + 1; j < len(toks) && toks[j].Kind != nl.Punct; j++ {
		ji := x.tokenIndex(toks[j])
		if toks[j].Start < sp.end || !x.parsed(ji) {
			continue
		}
		t := x.doc.Tokens[ji]
		if t.POS == nl.ADP {
			break
		}
		if strings.EqualFold(t.Text, "een") || t.POS == nl.NUM || p == v && t.Head == vi && (t.Rel == "obj" || t.Rel == "iobj" || t.Rel == "xcomp") {
			return 0, false
		}
	}
	return p, x.mainClauseBefore(toks, k)
}

// knowsAfter reports whether "weet"/"weten" at toks[k], right after a
// comma, attributes the main clause before the comma the way a speech
// verb does ("Die geluiden gaan al langer, weet Uilenberg.", "…, weten
// experts."): the clause has a finite verb and opens with no question
// word or subordinator ("Wat er gebeurde, weet ze niet" is not known),
// and neither "zich", "te", "het", "dat" nor "niet" follows the verb.
func (x *extractor) knowsAfter(toks []nl.Token, k int) bool {
	switch strings.ToLower(toks[k].Text) {
	case "weet", "weten", "wist", "wisten":
	default:
		return false
	}
	if k+1 < len(toks) {
		switch strings.ToLower(toks[k+1].Text) {
		case "zich", "te", "het", "dat", "niet", "er", "wel":
			return false
		}
	}
	first := 0
	for first < k && toks[first].Kind == nl.Punct {
		first++
	}
	w := strings.ToLower(toks[first].Text)
	if nl.Lex().Is(nl.ClassSubordinator, w) || strings.HasPrefix(w, "wa") || strings.HasPrefix(w, "wie") || strings.HasPrefix(w, "welk") || w == "hoe" || w == "of" || w == "zodra" {
		return false
	}
	return slices.ContainsFunc(toks[first:k-1], func(t nl.Token) bool { return x.finiteAt([]nl.Token{t}, 0) })
}

// writerPronoun reports whether w is a pronoun of the writer or the
// reader, or of nobody in particular: "weet ik", "weten we", "weet je",
// "weet niemand".
func writerPronoun(w string) bool {
	switch w {
	case "ik", "we", "wij", "je", "jij", "u", "men", "niemand", "iedereen", "elk", "ieder":
		return true
	}
	return false
}

// endsAfter reports whether the sentence toks ends at most one word after
// offset: "…, weet Van den Brenk zeker."
func endsAfter(toks []nl.Token, offset int) bool {
	j := 0
	for j < len(toks) && toks[j].Start < offset {
		j++
	}
	return j >= len(toks) || isTerminal(toks[j]) || j+1 < len(toks) && toks[j].Kind == nl.Word && isTerminal(toks[j+1])
}

// fragmentEnds reports whether the mark toks[c] closes a short quoted
// fragment (eight words at most) that ends a clause of the writer's with
// five words or more of its own before it, from toks[first]: "Toen …
// was Punt 'not amused', zegt woordvoerder Hofman" reports the whole
// clause, the fragment in it being also a direct quotation.
func fragmentEnds(toks []nl.Token, first, c int, inside func(int) bool) bool {
	if c < 1 || !inside(toks[c-1].Start) {
		return false
	}
	o := c - 1
	for o > first && !isQuoteTok(toks[o]) {
		o--
	}
	if o <= first || o < c-9 || isQuoteTok(toks[first]) || isCapitalised(toks[o+1].Text) {
		return false // "…, huurders in Amsterdam 'Het zoeken …'": a sentence of its own
	}
	if toks[o-1].Text == ":" {
		return false // "A. ontkende: ,,Totaal niet gebeurd''": the quotation is what was said
	}
	words := 0
	for _, t := range toks[first:o] {
		if isQuoteTok(t) || inside(t.Start) || strings.EqualFold(t.Text, "volgens") {
			return false // "Volgens X tart dit het 'gevoel', zegt hij": the volgens-clause reads it
		}
		if t.Kind == nl.Word {
			words++
		}
	}
	return words >= 5
}

// interrupted reports whether a trailing attribution ", zegt X," (the
// comma before it at toks[comma], the one after it at toks[j]) stands
// inside the report toks[first:comma], which runs on after it to the
// returned last token: the words after open with a finite verb ("De
// investering, stelt X, is …") or a "dat" after a verb or adjective ("Dat
// wil niet zeggen, stelt X, dat …", "Het is lang geleden, aldus X, dat"), or the words before are a subordinate
// clause ("En als kaartjes worden doorverkocht, zei X, dan maar …") or
// hold no verb.
func (x *extractor) interrupted(toks []nl.Token, first, comma, j int) (int, bool) {
	if j+1 >= len(toks) || toks[j].Text != "," || toks[j].Kind != nl.Punct {
		return 0, false
	}
	last := len(toks) - 1
	for last > j && toks[last].Kind == nl.Punct && !isQuoteTok(toks[last]) {
		last--
	}
	if last-j < 2 {
		return 0, false
	}
	for _, t := range toks[j+1 : last+1] {
		if t.Text == ":" || t.Text == ";" {
			return 0, false
		}
		if _, _, n := matchCue([]nl.Token{t}); n == 1 && x.verbAt(t) {
			return 0, false // another report
		}
	}
	b := toks[j+1]
	lw := strings.ToLower(b.Text)
	if relativeWords[lw] && lw != "dat" || isCoordinator(lw) || lw != "dat" && nl.Lex().Is(nl.ClassSubordinator, lw) {
		return 0, false // "…, zegt X, die …", "…, zegt X, maar …", "…, zegt X, terwijl …"
	}
	if t, ok := x.parsedAt(b); ok && (t.POS == nl.VERB || t.POS == nl.AUX) && t.Feats.Has(nl.FeatFin) {
		return last, true
	}
	a := first
	if isCoordinator(strings.ToLower(toks[a].Text)) && a+1 < comma {
		a++
	}
	if w := strings.ToLower(toks[a].Text); w != "dat" && nl.Lex().Is(nl.ClassSubordinator, w) && !commaIn(toks[a:comma]) {
		return last, x.verbIn(toks[j+1 : last+1])
	}
	if t, ok := x.parsedAt(toks[comma-1]); ok && (t.POS == nl.AUX || brokenVerbs[t.Lemma]) && t.Feats.Has(nl.FeatFin) && comma-first >= 2 && (x.verbIn(toks[j+1:last+1]) || t.Lemma == "zijn" || t.Lemma == "worden" || t.Lemma == "blijven") {
		// "De behandelingen zullen, verwacht hij, verfijnder worden", "Dat
		// is, zo zei de minister, een goed idee": a clause broken off after
		// its finite verb runs on after the attribution.
		return last, true
	}
	if t, ok := x.parsedAt(toks[comma-1]); ok && lw == "dat" && (t.POS == nl.VERB || t.POS == nl.AUX || t.POS == nl.ADJ || t.POS == nl.ADV) {
		return last, true // not "…politici, meldt een woordvoerder namens het Team, dat zich …": a relative clause
	}
	if !x.verbIn(toks[first:comma]) && x.verbIn(toks[j+1:last+1]) {
		return last, true
	}
	return 0, false
}

// reportIn reports whether toks hold a finite speech verb followed by
// "dat" ("de vakbond vindt dat …"): a report of its own.
func (x *extractor) reportIn(toks []nl.Token) bool {
	for k := range toks {
		if _, _, n := matchCue(toks[k:]); n > 0 && x.finiteAt(toks, k) && k+n < len(toks) && strings.EqualFold(toks[k+n].Text, "dat") {
			return true
		}
	}
	return false
}

// adverbial reports whether words are a time or a place rather than a
// clause: they open with a preposition or name a month.
func (x *extractor) adverbial(toks []nl.Token) bool {
	if w := strings.ToLower(toks[0].Text); prepositions[w] || w == "naast" || w == "tijdens" {
		return true
	}
	for _, t := range toks {
		if nl.Lex().Is(nl.ClassMonth, strings.ToLower(t.Text)) {
			return true
		}
	}
	return false
}

// datBetween reports whether "dat" stands among toks from k up to offset
// end.
func (x *extractor) datBetween(toks []nl.Token, k, end int) bool {
	for ; k < len(toks) && toks[k].Start < end; k++ {
		if strings.EqualFold(toks[k].Text, "dat") {
			return true
		}
	}
	return false
}

// pluralAt reports whether the word ending at offset end is a plural noun
// ("hun baasjes").
func (x *extractor) pluralAt(end int) bool {
	i := x.tokenAt(end - 1)
	return x.parsed(i) && x.doc.Tokens[i].Feats.Has(nl.FeatPlur)
}

// commaIn reports whether toks hold a comma.
func commaIn(toks []nl.Token) bool {
	for _, t := range toks {
		if t.Text == "," {
			return true
		}
	}
	return false
}

// takesObject reports whether the speech verb at toks[v] has an object
// or an infinitive of its own in toks[j:] (up to a comma): then the clause
// before it is not what it reports.
func (x *extractor) takesObject(toks []nl.Token, v, j int) bool {
	vi := x.tokenIndex(toks[v])
	for k := j; k < len(toks) && toks[k].Text != "," && toks[k].Text != ":" && !isQuoteTok(toks[k]) && !isTerminal(toks[k]); k++ {
		if strings.EqualFold(toks[k].Text, "te") && k+1 < len(toks) && toks[k+1].Kind == nl.Word {
			return true
		}
		// A noun object, not a pronoun ("waarschuwden de experts hem") nor
		// a time the parse took for one ("zegt X een dag na …").
		if ki := x.tokenIndex(toks[k]); x.parsed(ki) && x.doc.Tokens[ki].Head == vi && x.doc.Tokens[ki].Rel == "obj" && x.doc.Tokens[ki].POS == nl.NOUN && !timeNouns[strings.ToLower(toks[k].Text)] {
			return true
		}
	}
	return false
}

// innerReport returns where the words of a report before a trailing
// attribution start: after a speech verb whose subject is the speaker
// ("Statisticus X vindt het onderzoek gedegen uitgevoerd, zegt hij"), and
// its "dat"; else first.
func (x *extractor) innerReport(toks []nl.Token, first, comma int, who string) int {
	for c := first + 1; c < comma && c <= first+15; c++ {
		cueText, _, n := matchCue(toks[c:comma])
		if n != 1 || !x.verbAt(toks[c]) {
			continue
		}
		named := false // the same person: "Trump dacht dat …, zegt Cohen" is Cohen's report
		for _, t := range toks[first:c] {
			if m, ok := x.mentionAt(t.Start, t.End); ok && who != "" && x.personOf(m) == who {
				named = true
			}
		}
		if !named {
			return first
		}
		from := afterParticle(toks[:comma], c, cueText)
		if from < comma && strings.EqualFold(toks[from].Text, "dat") {
			from++
		}
		if comma-from < 3 {
			return first
		}
		return from
	}
	return first
}

// openingPhrase is the speaker of "De partijtop vindt dat …" when no name,
// pronoun or role is found: the short phrase that opens the sentence
// before the verb at toks[v], as text only.
func (x *extractor) openingPhrase(toks []nl.Token, v int) *speaker {
	if v == 0 || v > 5 {
		return nil
	}
	for _, t := range toks[:v] {
		if t.Kind != nl.Word {
			return nil
		}
	}
	if isDeterminer(toks, 0) && v == 1 {
		return nil // "Het geven van …": an article alone names nobody
	}
	if !isDeterminer(toks, 0) && (!isCapitalised(toks[0].Text) || isFunctionWord(toks[0].Text)) {
		return nil // "Ik mag", "Je kunt niet": no phrase that names a speaker
	}
	for _, t := range toks[:v] {
		lw := strings.ToLower(t.Text)
		if t != toks[0] && nl.IsStopword(lw) && lw != "en" || isSkipWord(lw) || timeNouns[lw] {
			return nil // "Vorig jaar kondigden …": a time, not a speaker
		}
	}
	// "Studentenorganisatie ISO hoopt dat …": the body named in the phrase.
	for _, t := range toks[:v] {
		if m, ok := x.mentionAt(t.Start, t.End); ok && m.Local != "" && m.End <= toks[v-1].End {
			return x.fromMention(m)
		}
	}
	start, end := toks[0].Start, toks[v-1].End
	return &speaker{text: x.doc.Text[start:end], start: start, end: end}
}

// someoneWho reports whether sp, the source of a "volgens" that opens
// its sentence (toks[0]), names someone who may hold a view, though no
// role noun: a person by kin ("Volgens de moeder heeft haar zoon …"), a
// body by its kind ("het adviesorgaan", "de inspectie", "de
// milieugroep"), people ("Volgens een aantal boeren, …, zijn er"), or a
// name the tagger missed ("Volgens Labourleden is …"); and the finite
// verb of the reported clause follows it. Not a rule or a document
// ("Volgens de wet", "Volgens de facturen"): those name no one.
func (x *extractor) someoneWho(sp *speaker, toks []nl.Token) bool {
	head := headWord(sp.text)
	lw := strings.ToLower(head)
	_, body := bodyKind(lw)
	if !personNoun(lw) && !body && !pluralBody(lw) && !people(lw) && !groupHead(lw) && !(isCapitalised(head) && sp.start > toks[0].End) {
		return false
	}
	k := 1
	for k < len(toks) && toks[k].End <= sp.end {
		k++
	}
	for k < len(toks) && toks[k].Kind == nl.Punct && toks[k].Text == "," {
		// "Volgens een aantal boeren, die niet met hun naam in de krant
		// willen, zijn er …": past a relative clause to its comma.
		j := k + 1
		for j < len(toks) && toks[j].Text != "," {
			j++
		}
		if j >= len(toks) {
			return false
		}
		k = j + 1
	}
	return k < len(toks) && x.finiteAt(toks, k)
}

// bodyHead reports whether w names a body of people by its kind: "de
// inspectie", "de luchtvaartmaatschappij", "de gemeenten".
func bodyHead(w string) bool {
	lw := strings.ToLower(w)
	_, body := bodyKind(lw)
	return body || groupHead(lw) || pluralBody(lw)
}

// groupHeads end nouns of a body that the role lexicon does not hold:
// "adviesorgaan", "milieugroep", "pensioenfonds", "onderwijsinspectie".
func groupHead(lw string) bool {
	for _, suf := range []string{"orgaan", "groep", "fonds", "inspectie", "familie", "raad", "commissie", "comité", "stichting", "vereniging", "federatie", "koepel"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// sourceNouns are heads of a source that a "volgens" phrase cites for
// what it reports ("volgens Israëlische media", "volgens de geheime
// diensten", "volgens de peilingen", "volgens de website van X"), in the
// singular.
var sourceNouns = []string{"media", "dienst", "peiling", "poll", "prognose", "krant", "blad", "bron", "ingewijde", "onderzoek", "resultaat", "resultaten", "berekening", "bericht", "schatting", "raming", "telling", "rapport", "analyse", "studie", "aanklacht", "verklaring", "artikel", "cijfers", "website"}

// sourceNoun reports whether w, a noun or its plural, is the head of a
// source ("tv-prognoses", "de geheime diensten").
func sourceNoun(w string) bool {
	lw := strings.ToLower(w)
	for _, n := range sourceNouns {
		if strings.HasSuffix(lw, n) || strings.HasSuffix(lw, n+"s") || strings.HasSuffix(lw, n+"en") || strings.HasSuffix(lw, n+"n") || strings.HasSuffix(lw, n+n[len(n)-1:]+"en") {
			return true
		}
	}
	return false
}

// agentNoun reports whether w names people by what they do: krakers,
// onderzoekers, deskundigen, activisten.
func agentNoun(w string) bool {
	lw := strings.ToLower(w)
	for _, suf := range []string{"ers", "aars", "isten", "anten", "enten", "euren", "igen", "ici"} {
		if len(lw) > len(suf)+2 && strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// spokesPhrase reports whether a speaker's words are a spokesperson's
// ("de woordvoerder van het OM").
func spokesPhrase(text string) bool {
	for _, w := range strings.Fields(text) {
		if r, ok := nl.Lex().RoleHead(strings.ToLower(w)); ok && spokes[r.Lemma] {
			return true
		}
	}
	return false
}

func lastWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[len(f)-1]
	}
	return ""
}

// headWord returns the last word of a description before whose or where
// it is ("voorzitter" of "de voorzitter van de Partij van het Noorden").
func headWord(s string) string {
	w := strings.Fields(s)
	for k := 1; k < len(w); k++ {
		if ownerPreps[strings.ToLower(w[k])] {
			return w[k-1]
		}
	}
	return lastWord(s)
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

// relativeWords open a relative clause after a comma.
var relativeWords = map[string]bool{"die": true, "dat": true, "wie": true, "wiens": true, "wier": true, "welke": true}

func isCoordinator(w string) bool {
	switch strings.ToLower(w) {
	case "maar", "want", "en", "dus":
		return true
	}
	return false
}

func isTerminal(t nl.Token) bool {
	return t.Kind == nl.Punct && (t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == "…")
}

// infinitive turns a speech verb with an infinitive clause into an
// indirect quote: "zei hij … te hebben weggegeven", "stelde met iedereen
// te willen samenwerken", "heeft de leiders gevraagd het land met respect
// te behandelen". The verb at toks[i] (n tokens) has no dat-clause; the
// text runs from after the verb (and an inverted subject) to the end of
// the sentence, and must hold "te" and a verb after it.
func (x *extractor) infinitive(toks []nl.Token, i, n, end int, inside func(int) bool) (kroniek.Quote, bool) {
	from := i + n
	if from < len(toks) && toks[from].Text == "," {
		return kroniek.Quote{}, false // "scholen met wie X heeft gesproken, gaven aan …"
	}
	var sp *speaker
	// The parse's subject, before or after the verb ("heeft Tusk … de
	// leiders gevraagd …", "zei hij"); else an inverted subject right after
	// the verb ("adviseert het CPB"), or the phrase before it.
	inverted, subjEnd := false, 0
	if p := x.parsedSubject(x.tokenIndex(toks[i])); p.found() {
		// Where the subject stands, not where a pronoun's referent does
		// ("vroegen ze de planbureaus …").
		at, end := p.start, p.end
		if st := x.subjectTok(x.tokenIndex(toks[i])); st >= 0 && (p.start < x.doc.Tokens[st].Start || p.start >= x.doc.Tokens[st].End) && isPronoun(strings.ToLower(x.doc.Tokens[st].Text)) {
			at, end = x.doc.Tokens[st].Start, x.doc.Tokens[st].End
		}
		sp, inverted, subjEnd = p, at >= toks[i].End && at <= toks[min(len(toks)-1, from+3)].Start, end
	} else if inv := x.nearest(toks[from:min(len(toks), from+6)], false); !x.parsed(x.tokenIndex(toks[i])) && inv.found() && inv.start <= toks[min(len(toks)-1, from+3)].Start {
		sp, inverted = inv, true
	} else if vi := x.tokenIndex(toks[i]); x.parsed(vi) && x.passiveCue(vi) {
		return kroniek.Quote{}, false // "De cliënten wordt aangeraden …": told, by nobody named
	} else {
		sp = x.subject(toks, i, i+n)
		if !sp.found() && x.subjectTok(vi) < 0 {
			sp = x.openingPhrase(toks, i)
		}
	}
	if subjEnd == 0 && sp != nil {
		subjEnd = sp.end
	}
	if inverted {
		for from < len(toks) && toks[from].Start < subjEnd {
			from++
		}
	}
	// "maakte Barnier bekend elk voorstel … te bestuderen", "heeft laten
	// weten …": the particle of the verb is not what was said.
	// The particle closes the middle field, so what stands before it is
	// not said either: "geven in de Kieswijzer aan de provincie te willen
	// afschaffen", "maakte de club … bekend Shell te ontzien".
	for _, e := range nl.Lex().Lookup(nl.ClassSpeechVerb, strings.ToLower(toks[i].Text)) {
		p := strings.Fields(e.Particle)
		if len(p) == 0 {
			continue
		}
		for k := from; k < len(toks) && k <= from+10 && toks[k].Kind == nl.Word && !strings.EqualFold(toks[k].Text, "te"); k++ {
			if strings.EqualFold(toks[k].Text, p[len(p)-1]) && !(k+1 < len(toks) && strings.EqualFold(toks[k+1].Text, "te")) { // not "uit te spreken"
				from = k + 1
				if from < len(toks) && strings.EqualFold(toks[from].Text, "om") {
					from++ // "roept X op om …": what X is called to do
				}
				break
			}
		}
		break
	}
	if _, lemma, _ := matchCue(toks[i:]); addresseeVerbs[strings.ReplaceAll(lemma, "|", "")] || strings.HasPrefix(lemma, "pleiten") {
		from = x.skipParsedAddressee(toks, i, skipAddressee(toks, from))
		if from < len(toks) && strings.EqualFold(toks[from].Text, "ervoor") {
			from++ // "pleit ervoor om …"
		}
		if from+1 < len(toks) && strings.EqualFold(toks[from].Text, "om") {
			from++ // "hebben opgeroepen om hotels te boycotten": what is called for
		}
	}
	// "stellen nu voor om … te …": the particle of a verb the lexicon
	// lists without it, then "om"; what is proposed follows.
	for k := from; k+2 < len(toks) && k < from+5 && toks[k].Kind == nl.Word; k++ {
		if lw := strings.ToLower(toks[k].Text); (lw == "voor" || lw == "op" || lw == "aan") && strings.EqualFold(toks[k+1].Text, "om") {
			from = k + 2
			break
		}
	}
	if from < len(toks) && infinitiveMarks[strings.ToLower(toks[from].Text)] {
		return kroniek.Quote{}, false // "reageerden door met stenen te gooien": how, not what was said
	}
	if !sp.found() || from >= len(toks) {
		return kroniek.Quote{}, false
	}
	te, stepped := -1, false
	for k := from; k+1 < len(toks); k++ {
		t := toks[k]
		if t.Kind == nl.Punct && t.Text != "," && t.Text != "-" && !isQuoteTok(t) {
			break
		}
		if isQuoteTok(t) {
			// "zei 'een terroristisch motief' niet uit te sluiten": a few
			// quoted words in the infinitive's middle field are part of
			// what was said; step over them. Any other mark opens speech
			// of its own.
			if c := x.fragmentClose(t.Start); c > 0 {
				for k+1 < len(toks) && toks[k+1].Start < c {
					k++
				}
				stepped = true
				continue
			}
			return kroniek.Quote{}, false
		}
		if stepped && strings.EqualFold(t.Text, "om") {
			return kroniek.Quote{}, false // "krijgt een 'bedrag mee' om … te …": a purpose, nothing said
		}
		if stepped && t.Text == "," && k+1 < len(toks) && relativeWords[strings.ToLower(toks[k+1].Text)] {
			return kroniek.Quote{}, false // "spreekt van een 'graat in de keel', die niet uit te leggen is": the relative clause's infinitive
		}
		if strings.EqualFold(t.Text, "dat") && k == from {
			return kroniek.Quote{}, false
		}
		if k > from && isCoordinator(strings.ToLower(t.Text)) && k+1 < len(toks) && x.verbAt(toks[k+1]) {
			// "stelde vragen en diende moties in om … te …": the
			// infinitive belongs to a second verb; the first named an act.
			return kroniek.Quote{}, false
		}
		if k > from+1 && strings.EqualFold(t.Text, "om") && isPreposition(toks[from].Text) { // not "stellen voor om …"
			return kroniek.Quote{}, false // "twittert na een oproep om … te filmen": the infinitive is the noun's
		}
		if strings.EqualFold(t.Text, "te") && toks[k+1].Kind == nl.Word && !isCapitalised(toks[k+1].Text) {
			te = k
			break
		}
	}
	if te < 0 || te-from > 15 {
		return kroniek.Quote{}, false
	}
	q, ok := x.clause(toks, from, end)
	if !ok || inside(q.Start) {
		return kroniek.Quote{}, false
	}
	sp.speaks(&q)
	return q, true
}

// modalBefore reports whether the infinitive at toks[i] depends on a
// present modal a few words before it in its clause ("moet … vrezen").
func modalBefore(toks []nl.Token, i int) bool {
	if !strings.HasSuffix(strings.ToLower(toks[i].Text), "en") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := strings.ToLower(toks[k].Text)
		if toks[k].Kind == nl.Punct || nl.Lex().Is(nl.ClassSubordinator, w) {
			return false
		}
		if presentModals[w] {
			return true
		}
	}
	return false
}

// firstPersonBefore reports whether "ik", "wij" or "we" stands a few words
// before toks[i] in its clause: the writer's own stance.
func firstPersonBefore(toks []nl.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if toks[k].Kind == nl.Punct || isQuoteTok(toks[k]) {
			return false
		}
		switch strings.ToLower(toks[k].Text) {
		case "ik", "wij", "we":
			return true
		}
	}
	return false
}

// presentModals are present forms of the modal verbs.
var presentModals = map[string]bool{
	"moet": true, "moeten": true, "zal": true, "zullen": true, "kan": true, "kunnen": true, "mag": true, "mogen": true,
}

// opinion reports whether a speech verb form is one of opinion or
// cognition (vinden, hopen, denken): with an infinitive it tells a wish or
// a plan, not what was said.
func opinion(form string) bool {
	for _, e := range nl.Lex().Lookup(nl.ClassSpeechVerb, form) {
		if strings.HasPrefix(e.Tag, "opinion") {
			return true
		}
	}
	return false
}

// timeNouns open a sentence as its time, not its subject.
var timeNouns = map[string]bool{"jaar": true, "maand": true, "week": true, "dag": true, "eeuw": true, "tijd": true, "avond": true, "ochtend": true, "middag": true, "nacht": true}

// ownSaying reads a main clause that holds "naar eigen zeggen" (by its
// own account) as what its subject says, the phrase inside the text: "De
// Secret Service treft naar eigen zeggen geen enkele blaam". A
// subordinate or relative clause before the phrase ("…, waarmee ze naar
// eigen zeggen …") and a phrase without a verb ("X, naar eigen zeggen een
// …") are left.
func (x *extractor) ownSaying(s nl.Sentence, inside func(int) bool) (kroniek.Quote, bool) {
	toks := s.Tokens
	p := -1
	for i := 1; i+2 < len(toks); i++ {
		if strings.EqualFold(toks[i].Text, "naar") && strings.EqualFold(toks[i+1].Text, "eigen") && strings.EqualFold(toks[i+2].Text, "zeggen") {
			p = i
			break
		}
	}
	if p < 0 || inside(toks[0].Start) || inside(toks[len(toks)-1].Start) {
		return kroniek.Quote{}, false
	}
	for _, t := range toks[:p] {
		lw := strings.ToLower(t.Text)
		if isQuoteTok(t) || subordinates(lw) || lw == "die" || strings.HasPrefix(lw, "waar") && len(lw) > 5 {
			return kroniek.Quote{}, false
		}
	}
	f := 0
	for f < p && !x.finiteAt(toks, f) {
		f++
	}
	if f == p {
		return kroniek.Quote{}, false // the phrase stands after the clause's finite verb
	}
	v := x.tokenIndex(toks[f])
	if x.subjectTok(v) < 0 && x.doc.Tokens[v].Head >= 0 {
		v = x.doc.Tokens[v].Head // "moeten naar eigen zeggen langer reizen"
	}
	st := x.subjectTok(v)
	if st < 0 {
		return kroniek.Quote{}, false
	}
	sp := x.phrase(st)
	if !sp.found() || x.doc.Tokens[st].Start < sp.start || x.doc.Tokens[st].End > sp.end {
		return kroniek.Quote{}, false // "Amsterdammers in Noord …": the subject is not the name found in its phrase
	}
	end := len(toks)
	for end > 0 && isTerminal(toks[end-1]) {
		end--
	}
	start, stop := toks[0].Start, toks[end-1].End
	q := kroniek.Quote{Start: start, End: stop, Text: x.doc.Text[start:stop], Kind: kroniek.QuoteIndirect}
	sp.speaks(&q)
	q.Cue, q.CueStart, q.CueEnd = "naar eigen zeggen", toks[p].Start, toks[p+2].End
	return q, true
}

// blijkt reads "Uit <bron> blijkt dat <clause>" (and bleek): the source
// reports the clause; the speaker is the last name in the source phrase
// ("Uit onderzoek van het Stadspanel … blijkt dat …").
func (x *extractor) blijkt(s nl.Sentence, inside func(int) bool) (kroniek.Quote, bool) {
	toks := s.Tokens
	if len(toks) < 6 || !strings.EqualFold(toks[0].Text, "uit") {
		return kroniek.Quote{}, false
	}
	for v := 2; v+1 < len(toks) && v < 16; v++ {
		lw := strings.ToLower(toks[v].Text)
		if lw != "blijkt" && lw != "bleek" {
			continue
		}
		d := v + 1
		if toks[d].Text == "," {
			d++
		}
		if d >= len(toks) || !strings.EqualFold(toks[d].Text, "dat") {
			return kroniek.Quote{}, false
		}
		var sp *speaker
		for k := v - 1; k >= 1; k-- {
			if m, ok := x.mentionAt(toks[k].Start, toks[k].End); ok {
				sp = x.fromMention(m)
				break
			}
		}
		if sp == nil {
			return kroniek.Quote{}, false
		}
		if !x.sourceOwner(toks[1:v], sp) {
			return kroniek.Quote{}, false
		}
		q, ok := x.clause(toks, d+1, s.End)
		if !ok || inside(q.Start) {
			return kroniek.Quote{}, false
		}
		sp.speaks(&q)
		setCue(&q, "blijkt", toks[v])
		return q, true
	}
	return kroniek.Quote{}, false
}

// blijktAfter reads "In 2017 kregen 27.000 mensen de ziekte van Lyme,
// blijkt uit cijfers van RIVM": the clause before ", blijkt/bleek uit"
// is what the source says whose owner ("van X", "door X") is named after
// it.
func (x *extractor) blijktAfter(s nl.Sentence, inside func(int) bool) (kroniek.Quote, bool) {
	toks := s.Tokens
	for v := 3; v+3 < len(toks); v++ {
		lw := strings.ToLower(toks[v].Text)
		c := v - 1 // the comma before the verb, or before "zo" ("…, zo bleek uit …")
		if strings.EqualFold(toks[c].Text, "zo") {
			c--
		}
		u := v + 1 // "uit", after an adverb or two ("bleek recentelijk uit")
		for u < len(toks)-1 && u < v+3 && toks[u].Kind == nl.Word && !strings.EqualFold(toks[u].Text, "uit") && x.adverbAt(toks[u:u+1]) {
			u++
		}
		if lw != "blijkt" && lw != "bleek" || c < 3 || toks[c].Text != "," || !strings.EqualFold(toks[u].Text, "uit") {
			continue
		}
		var sp *speaker
		for k := u + 1; k < len(toks) && k < u+9 && !isTerminal(toks[k]) && toks[k].Text != ","; k++ {
			if m, ok := x.mentionAt(toks[k].Start, toks[k].End); ok && m.Local != "" {
				sp = x.fromMention(m)
				break
			}
		}
		if sp != nil && !x.sourceOwner(toks[u+1:], sp) || u > v+1 && !evidenceAfter(toks[u+1:]) {
			return kroniek.Quote{}, false
		}
		if slices.ContainsFunc(toks[u+1:], func(t nl.Token) bool { return strings.EqualFold(t.Text, "dat") && x.markAt(t) }) {
			return kroniek.Quote{}, false // "Hoewel …, blijkt uit onderzoek dat …": the finding follows
		}
		if sp == nil {
			// "…, blijkt uit internationaal onderzoek": a study nobody
			// the sentence names found it (the gold's null speaker).
			if !evidenceAfter(toks[u+1:]) {
				return kroniek.Quote{}, false
			}
			sp = &speaker{}
		}
		first := 0
		for first < c && toks[first].Kind == nl.Punct {
			first++
		}
		if c-first < 3 || !x.verbIn(toks[first:c]) || isQuoteTok(toks[first]) {
			return kroniek.Quote{}, false
		}
		if w := strings.ToLower(toks[first].Text); w != "dat" && nl.Lex().Is(nl.ClassSubordinator, w) && !x.prepositionAt(toks[first]) && !commaIn(toks[first:c]) {
			return kroniek.Quote{}, false // "Anders dan de column vermeldt, blijkt …": a condition or contrast, no finding
		}
		start, end := toks[first].Start, toks[c-1].End
		if inside(start) || inside(end-1) {
			return kroniek.Quote{}, false
		}
		q := kroniek.Quote{Start: start, End: end, Text: x.doc.Text[start:end], Kind: kroniek.QuoteIndirect}
		sp.speaks(&q)
		setCue(&q, lw, toks[v])
		return q, true
	}
	return kroniek.Quote{}, false
}

// sourceOwner reports whether the speaker of "Uit <source> blijkt" owns
// the source ("Uit een verklaring van X", "Uit onderzoek door X"): a name
// that is the source itself ("Uit de Paradise Papers"), a law the source
// was requested under, or a place ("Uit ervaringen in Eemland") says
// nothing.
func (x *extractor) sourceOwner(toks []nl.Token, sp *speaker) bool {
	k := -1
	for j, t := range toks {
		if t.Start >= sp.start {
			k = j
			break
		}
	}
	for k > 0 && (isArticleWord(toks[k-1].Text) || isCapitalised(toks[k-1].Text)) { // "van het EenVandaag Opiniepanel"
		k--
	}
	if k < 1 {
		return false
	}
	w := strings.ToLower(toks[k-1].Text)
	return w == "van" || w == "door"
}

// isArticleWord reports whether w is a Dutch article.
func isArticleWord(w string) bool {
	switch strings.ToLower(w) {
	case "de", "het", "een", "'t":
		return true
	}
	return false
}

// finiteAt reports whether the parse takes toks[k] for a finite verb.
func (x *extractor) finiteAt(toks []nl.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	vi := x.tokenIndex(toks[k])
	return x.parsed(vi) && (x.doc.Tokens[vi].POS == nl.VERB || x.doc.Tokens[vi].POS == nl.AUX) && x.doc.Tokens[vi].Feats.Has(nl.FeatFin)
}

// closesInner reports whether toks[last] is a quote mark that closes one
// opened inside toks[from:last] ("dit een 'nieuw licht werpt op de zaak'"),
// or a ")" that closes a "(" opened there.
func (x *extractor) closesInner(toks []nl.Token, from, last int) bool {
	if toks[last].Text == ")" {
		return unclosedParen(toks[from:last])
	}
	if !isQuoteTok(toks[last]) {
		return false
	}
	n := 0
	for _, t := range toks[from:last] {
		if isQuoteTok(t) && t.Text == toks[last].Text {
			n++
		}
	}
	return n%2 == 1
}

// unclosedParen reports whether toks open a parenthesis they do not
// close: the ")" after them belongs to the report ("… door de Raad voor
// Handel (RHZ)" keeps its ")").
func unclosedParen(toks []nl.Token) bool {
	open := 0
	for _, t := range toks {
		switch t.Text {
		case "(":
			open++
		case ")":
			open = max(0, open-1)
		}
	}
	return open > 0
}

// ownSubjectAfter reports whether the verb t has a subject of its own
// right after it ("maar heeft hij", "maar is de docent").
func (x *extractor) ownSubjectAfter(t nl.Token) bool {
	vi := x.tokenIndex(t)
	if !x.parsed(vi) {
		return true
	}
	if vi+1 < len(x.doc.Tokens) && isPronoun(strings.ToLower(x.doc.Tokens[vi+1].Text)) {
		return true
	}
	s := x.doc.Subject(vi)
	return s > vi && s <= vi+4
}

// conjBefore reports whether the parse makes the verb t a conjunct of a
// verb before offset, the verb of the sentence that holds the report:
// "verklaarde dat de dieren vrij moesten, maar ondernam nog geen
// stappen" (the parse may still take "stappen" for its subject).
func (x *extractor) conjBefore(t nl.Token, offset int) bool {
	vi := x.tokenIndex(t)
	if !x.parsed(vi) || x.doc.Tokens[vi].Rel != "conj" {
		return false
	}
	h := x.doc.Tokens[vi].Head
	return h >= 0 && x.doc.Tokens[h].End <= offset && (x.doc.Tokens[h].POS == nl.VERB || x.doc.Tokens[h].POS == nl.AUX)
}

// verbTok reports whether the parse takes t for a verb or auxiliary.
func (x *extractor) verbTok(t nl.Token) bool {
	pt, ok := x.parsedAt(t)
	return ok && (pt.POS == nl.VERB || pt.POS == nl.AUX)
}

// negatedAfter reports whether "niet" or "nooit" negates a trailing speech
// verb in toks[j:] before a comma or the end ("maakten A en B niet
// bekend"); "niet alleen" does not.
func negatedAfter(toks []nl.Token, j int) bool {
	for k := j; k < len(toks) && toks[k].Text != "," && toks[k].Text != ":" && !isQuoteTok(toks[k]) && !isTerminal(toks[k]); k++ {
		w := strings.ToLower(toks[k].Text)
		if relativeWords[w] || nl.Lex().Is(nl.ClassSubordinator, w) {
			return false // "stellen de partijen die niet in het college zitten"
		}
		if (w == "niet" || w == "nooit") && !(k+1 < len(toks) && notOnly[strings.ToLower(toks[k+1].Text)]) {
			return true
		}
	}
	return false
}

// datArgument reports whether the parse makes "dat" a pronoun that is an
// argument of a verb ("willen dat onder geen beding"), not the word that
// opens a reported clause. The parse says so for true clauses too ("ziet
// dat …", "is van mening dat …"), so it is asked only after "willen".
func (x *extractor) datArgument(t nl.Token) bool {
	pt, ok := x.parsedAt(t)
	return ok && argumentRels[pt.Rel]
}

// argumentRels are the relations of a verb's arguments.
var argumentRels = map[string]bool{"obj": true, "iobj": true, "nsubj": true, "nsubj:pass": true}

// wants are the forms of "willen", whose "dat" is as often its object
// ("wil dat graag") as a clause.
var wants = map[string]bool{"wil": true, "willen": true, "wilde": true, "wilden": true}

// subordinates reports whether w opens a subordinate clause, so that a
// "dat" after it is a pronoun: "…, terwijl dat wel zijn taak was".
func subordinates(w string) bool {
	lw := strings.ToLower(w)
	return lw != "dat" && nl.Lex().Is(nl.ClassSubordinator, lw)
}

// notOnly are the words after "niet" that make it "not only".
var notOnly = map[string]bool{"alleen": true, "enkel": true, "slechts": true, "uitsluitend": true}

// pronounDat reports whether "dat" at toks[d] is the speech verb's object,
// not a complementiser: "zegt dat niet omdat …", "zei dat ook.": followed
// by niet, nooit or ook and then a conjunction or punctuation.
func pronounDat(toks []nl.Token, d int) bool {
	if d+2 >= len(toks) {
		return false
	}
	switch strings.ToLower(toks[d+1].Text) {
	case "niet", "nooit", "ook":
	case "als":
		// "Nijpels ziet dat als verlies.": what it is seen as, not a clause.
		for k := d + 2; k < len(toks) && k <= d+4; k++ {
			if isTerminal(toks[k]) {
				return true
			}
		}
		return false
	default:
		return false
	}
	n := toks[d+2]
	return n.Kind == nl.Punct || nl.Lex().Is(nl.ClassSubordinator, strings.ToLower(n.Text)) || isCoordinator(n.Text)
}

// opensClause reports whether w opens a subordinate or relative clause
// ("waarbij …, is …"): its verb-final end is no report's end.
func opensClause(w string) bool {
	w = strings.ToLower(w)
	return relativeWords[w] || strings.HasPrefix(w, "waar") || nl.Lex().Is(nl.ClassSubordinator, w)
}

// addresseeVerbs name whom they address before what they ask or warn:
// "waarschuwt de aanwezigen hun mond te houden".
var addresseeVerbs = map[string]bool{"waarschuwen": true, "vragen": true, "verwijten": true, "oproepen": true, "adviseren": true, "aanraden": true, "verzoeken": true}

// skipAddressee returns where the words asked for start after an
// addressee at toks[from] ("de aanwezigen hun mond te houden", "de
// gemeente om die aan te passen"): a short noun phrase followed by "om"
// or by the start of the infinitive's own object; else from.
func skipAddressee(toks []nl.Token, from int) int {
	if from >= len(toks) {
		return from
	}
	switch strings.ToLower(toks[from].Text) {
	case "de", "het", "alle":
	default:
		return from
	}
	for k := from + 1; k <= from+3 && k+2 < len(toks); k++ {
		if toks[k].Kind != nl.Word || nl.IsStopword(strings.ToLower(toks[k].Text)) {
			return from
		}
		switch strings.ToLower(toks[k+1].Text) {
		case "om":
			return k + 2
		case "hun", "zijn", "haar", "de", "het", "een", "geen", "niet", "zich":
			return k + 1
		}
	}
	return from
}

// skipParsedAddressee returns where the words asked for start after a
// name or pronoun at toks[from] that the parse makes the object of the
// cue verb at toks[i] ("verweten Kees Pieters de regels te hebben
// overtreden": Pieters is whom they blame, not part of the blame); else
// from.
func (x *extractor) skipParsedAddressee(toks []nl.Token, i, from int) int {
	v, o := x.tokenIndex(toks[i]), -1
	if from < len(toks) {
		o = x.tokenIndex(toks[from])
	}
	if o < 0 || !x.parsed(v) || x.doc.Tokens[o].Head != v || x.doc.Tokens[o].Rel != "obj" && x.doc.Tokens[o].Rel != "iobj" {
		return from
	}
	if p := x.doc.Tokens[o].POS; p != nl.PROPN && p != nl.PRON {
		return from
	}
	_, last := x.doc.Span(o)
	for from < len(toks) && x.tokenIndex(toks[from]) <= last {
		from++
	}
	return from
}

// purposeClause reports whether toks are a clause of purpose or means
// ("Om de boel op scherp te zetten", "Om te voorkomen dat …", "Door een
// aantal documenten te kraken"): "om", "door", "zonder" or "na" and a
// "te" before any other verb's clause.
func purposeClause(toks []nl.Token) bool {
	if len(toks) < 3 {
		return false
	}
	switch strings.ToLower(toks[0].Text) {
	case "om", "door", "zonder", "na":
		// "Door een aantal documenten te kraken, ontdekte X …": the means.
	default:
		return false
	}
	for _, t := range toks[1:] {
		if strings.EqualFold(t.Text, "te") {
			return true
		}
	}
	return false
}

// fragmentClose returns the offset after the closing mark of the
// quotation that opens at offset open when it is a fragment inside a
// sentence: at most eight words, no sentence end inside it, and no
// sentence end or colon right after it (not "zei: 'Ik ga.'"); else 0.
func (x *extractor) fragmentClose(open int) int {
	i := sort.Search(len(x.spans), func(i int) bool { return x.spans[i].open >= open })
	if i >= len(x.spans) || x.spans[i].open != open {
		return 0
	}
	s := x.spans[i]
	inner := strings.TrimSpace(x.doc.Text[s.innerStart:s.innerEnd])
	if inner == "" || len(strings.Fields(inner)) > 8 || strings.ContainsAny(inner, ".!?:;") {
		return 0
	}
	if rest := strings.TrimSpace(x.doc.Text[s.closeEnd:min(len(x.doc.Text), s.closeEnd+2)]); rest != "" && strings.ContainsAny(rest[:1], ".!?:;") {
		return 0
	}
	return s.closeEnd
}

// evidenceVerb reports whether w is a finite form of "blijken", whose
// "uit" phrase names where something was found ("…, blijkt uit de klacht").
func evidenceVerb(w string) bool {
	switch strings.ToLower(w) {
	case "blijkt", "bleek", "blijken", "bleken":
		return true
	}
	return false
}

// newSentenceAt reports whether t, right after a colon, opens a sentence
// of its own: a capitalised word that the parse takes for no name
// ("…: Zo'n overstap is duur", not "…: Shell gooit het roer om").
func (x *extractor) newSentenceAt(t nl.Token) bool {
	if t.Kind != nl.Word || !isCapitalised(t.Text) {
		return false
	}
	if _, ok := x.mentionAt(t.Start, t.End); ok {
		return false
	}
	pt, ok := x.parsedAt(t)
	return ok && pt.POS != nl.PROPN && pt.POS != nl.X
}

// adverbAt reports whether the parse takes every word of toks for an
// adverb or adjective used as one ("Uiteindelijk", "Op termijn" is not):
// a sentence adverb the report opens with.
func (x *extractor) adverbAt(toks []nl.Token) bool {
	for _, t := range toks {
		pt, ok := x.parsedAt(t)
		if !ok || pt.POS != nl.ADV && pt.POS != nl.ADJ {
			return false
		}
	}
	return len(toks) > 0
}

// volgensPeople reads "Volgens" opening a sentence when the parse hangs it
// elsewhere ("Volgens de krakers zou eigenaar X …", "Volgens betrokken
// Kamerleden is …"): a determiner and adjectives at most, then a noun of
// people or a role, then a finite verb or a comma.
func (x *extractor) volgensPeople(toks []nl.Token) *speaker {
	if len(toks) < 4 || toks[0].Text != "Volgens" {
		return nil
	}
	k := 1
	if isDeterminer(toks, k) {
		k++
	}
	for n := 0; n < 2 && k < len(toks)-1; n++ {
		pt, ok := x.parsedAt(toks[k])
		if !ok || pt.POS != nl.ADJ && pt.POS != nl.NUM && !(pt.POS == nl.VERB && !pt.Feats.Has(nl.FeatFin)) || !isLowerWord(toks[k].Text) {
			break
		}
		k++
	}
	if k >= len(toks)-1 || toks[k].Kind != nl.Word || x.quoted(toks[k].Start) {
		return nil
	}
	lw := strings.ToLower(toks[k].Text)
	if !people(lw) && !personNoun(lw) && !pluralBody(lw) {
		return nil
	}
	next := k + 1
	if toks[next].Text == "(" {
		// "Volgens zeven partijen (SGP, Denk, …) is het …": the bodies listed.
		for next < len(toks)-1 && next < k+20 && toks[next].Text != ")" {
			next++
		}
		next++
	}
	if next >= len(toks) || toks[next].Text != "," && !x.finiteAt(toks, next) {
		return nil
	}
	return &speaker{text: x.doc.Text[toks[1].Start:toks[k].End], start: toks[1].Start, end: toks[k].End}
}

// prepositionAt reports whether the parse takes t, a word that may also
// be a subordinator ("sinds", "voor", "na", "tot"), for a preposition:
// "Sinds 2016 hebben zich …, aldus X" opens with a time, not a clause.
func (x *extractor) prepositionAt(t nl.Token) bool {
	pt, ok := x.parsedAt(t)
	return ok && pt.POS == nl.ADP
}

// evidenceAfter reports whether the phrase toks, after "blijkt uit", names
// a study or its figures within its first four words ("internationaal
// onderzoek", "de doorrekening van het klimaatakkoord").
func evidenceAfter(toks []nl.Token) bool {
	for k := 0; k < len(toks) && k < 4 && toks[k].Kind == nl.Word; k++ {
		lw := strings.ToLower(toks[k].Text)
		if evidenceSources[lw] || strings.HasSuffix(lw, "onderzoek") || strings.HasSuffix(lw, "rekening") && lw != "rekening" || strings.HasSuffix(lw, "cijfers") {
			return true
		}
	}
	return false
}

// markAt reports whether the parse takes t for a subordinating
// conjunction ("dat" opening a clause, not the pronoun).
func (x *extractor) markAt(t nl.Token) bool {
	pt, ok := x.parsedAt(t)
	return ok && pt.POS == nl.SCONJ
}

// tailOpeners open a clause after a trailing attribution that goes on
// with what the speaker said: a reason ("…, stelt X, omdat …", "…, vindt
// hij, want …"), or what follows from it ("…, zo stelt de toezichthouder,
// anders ontstaat er …", "…, zegt een vriendin, dan hadden …"). The
// coordinator "want" is left out of the words; the others belong to them.
var tailOpeners = map[string]bool{"want": true, "omdat": true, "anders": true, "dan": true}

// tailAfterAttribution returns the clause after a trailing attribution
// that interrupts the sentence ("<q>, zegt X, want …"): the speaker's
// words go on after the comma that closes the attribution, as a report of
// their own with the same speaker. Not a relative clause about the
// speaker, a time or manner of speaking, nor words without a verb.
func (x *extractor) tailAfterAttribution(s nl.Sentence, q kroniek.Quote, inside func(int) bool) (kroniek.Quote, bool) {
	if q.CueStart < q.End || q.SpeakerEnd <= q.SpeakerStart && q.CueEnd <= q.CueStart || objectPronouns[strings.ToLower(q.SpeakerText)] {
		return kroniek.Quote{}, false // "…, sprak hem hardop uit, maar …": no speaker who goes on
	}
	toks := s.Tokens
	after := max(q.SpeakerEnd, q.CueEnd)
	j := 0
	for j < len(toks) && toks[j].Start < after {
		j++
	}
	// the attribution's own words up to its comma: a role, an apposition
	for n := 0; j < len(toks) && toks[j].Text != "," && n < 12; n++ {
		if toks[j].Kind == nl.Punct {
			return kroniek.Quote{}, false
		}
		j++
	}
	if j+2 >= len(toks) || toks[j].Text != "," {
		return kroniek.Quote{}, false
	}
	lw := strings.ToLower(toks[j+1].Text)
	// "…, zegt X, maar het is wel de eerste keer …", "…, zegt zij, en door
	// nieuwe regels moesten …": a coordinator and a clause with a subject
	// of its own; not "maar ze mist …", "en gaat verder" (the narrator
	// tells of the speaker).
	coord := (lw == "maar" || lw == "en") && j+3 < len(toks) && !x.finiteAt(toks, j+2) && !speakerPronoun(toks[j+2].Text) && !isQuoteTok(toks[j+2])
	if !tailOpeners[lw] && !coord {
		return kroniek.Quote{}, false
	}
	from := j + 1
	if lw == "want" || coord {
		from++
	}
	end := len(toks)
	for end > from && (isTerminal(toks[end-1]) || toks[end-1].Kind == nl.Punct && !isQuoteTok(toks[end-1])) {
		end--
	}
	if end-from < 3 || inside(toks[from].Start) || !x.verbIn(toks[from:end]) {
		return kroniek.Quote{}, false
	}
	if slices.ContainsFunc(toks[from:end], func(t nl.Token) bool { _, _, n := matchCue([]nl.Token{t}); return n > 0 && x.verbAt(t) }) {
		return kroniek.Quote{}, false // another report of its own
	}
	start, stop := toks[from].Start, toks[end-1].End
	t := kroniek.Quote{Start: start, End: stop, Text: x.doc.Text[start:stop], Kind: kroniek.QuoteIndirect}
	t.SpeakerLocal, t.SpeakerText, t.SpeakerStart, t.SpeakerEnd = q.SpeakerLocal, q.SpeakerText, q.SpeakerStart, q.SpeakerEnd
	t.Cue, t.CueStart, t.CueEnd = q.Cue, q.CueStart, q.CueEnd
	return t, true
}

// speakerPronoun reports whether w is a third-person subject pronoun that
// may stand for the speaker just named ("…, zegt Trees, maar ze mist …").
func speakerPronoun(w string) bool {
	switch strings.ToLower(w) {
	case "hij", "zij", "ze", "zich":
		return true
	}
	return false
}
