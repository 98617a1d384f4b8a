package quote

import (
	"strings"
	"unicode"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// Things as speakers: a speaker phrase that names no one.

// thingSpeaks undoes a speaker that is a thing of the quote's own clause,
// which no parse slip should make speak: "hijzelf 'geeft de voorkeur aan
// eerlijk zijn', boven de tactiek om …" (a noun after a preposition taken
// for the cue's subject), "De vier lege panden noemt Berg 'de
// kroonjuwelen'" (an object fronted), "In de mededeling van het CBS zit de
// boodschap dat …" (what was said, not who). A noun of what was said
// ("boodschap", "woorden") gives way to whose it is ("de boodschap van de
// bond", or the CBS of "de mededeling van het CBS" before it); a thing
// gives way to a person who is the cue verb's subject or object; else the
// speaker is unknown. Documents and sources ("volgens het rapport", "de
// peilingen") and anything that may be people or a body stay.
func (x *extractor) thingSpeaks(q *kroniek.Quote) {
	if q.SpeakerLocal != "" || q.SpeakerText == "" || q.SpeakerEnd <= q.SpeakerStart {
		return
	}
	head, ok := x.thingHead(q.SpeakerStart, q.SpeakerEnd)
	if !ok {
		return
	}
	if sp := x.nameAfterCue(q); sp != nil {
		q.SpeakerLocal, q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = sp.local, sp.text, sp.start, sp.end
		return
	}
	lw := strings.ToLower(head.Text)
	if !abstractNoun(lw) || sourceNoun(lw) || documentNoun(lw) || evidenceSources[lw] {
		return
	}
	var sp *speaker
	if cueNouns[lw] {
		sp = x.ownerOfSaying(q)
	} else {
		sp = x.cuePerson(q)
	}
	if sp == nil {
		q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = "", 0, 0
		return
	}
	q.SpeakerLocal, q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = sp.local, sp.text, sp.start, sp.end
}

// thingHead returns the head noun of the speaker phrase [start, end), the
// last word before a preposition or conjunction ("de tactiek", "de
// boodschap van X"), when no word of the phrase before it may be someone:
// no name, pronoun, number or share, and no noun of a person, people, a
// body or a place; false otherwise.
func (x *extractor) thingHead(start, end int) (nl.Token, bool) {
	toks := x.tokensIn(start, end)
	var head nl.Token
	found := false
	for _, t := range toks {
		lw := strings.ToLower(t.Text)
		if found && (isPreposition(lw) || isCoordinator(lw) || t.Kind == nl.Punct) {
			break
		}
		if t.Kind != nl.Word || strings.IndexFunc(t.Text, unicode.IsDigit) >= 0 || nl.Lex().Is(nl.ClassNumber, lw) || shareWords[lw] || measures[lw] {
			return head, false // a sign, "49 procent", "een derde", "een aantal"
		}
		if x.maySpeak(t) {
			return head, false
		}
		if t.POS == nl.NOUN {
			head, found = t, true
		}
	}
	return head, found
}

// abstractNoun reports whether lw names something said, thought or
// planned, never one who speaks: a noun of what was said ("boodschap",
// "woorden"; not a document, "verklaring", which may be cited as a
// source), of reasoning or a plan ("conclusie", "tactiek"), or an
// abstract noun by its ending ("bezorgdheid", "populisme",
// "lidmaatschap").
func abstractNoun(lw string) bool {
	if cueNouns[lw] && !documentNoun(lw) || thingNouns[lw] {
		return true
	}
	for _, suf := range []string{"heid", "heden", "isme", "schap"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 && !peopleInSchap(lw) {
			return true
		}
	}
	return false
}

// peopleInSchap reports whether a word in -schap names people together:
// "de gemeenschap", "de wetenschap", "de vennootschap".
func peopleInSchap(lw string) bool {
	for _, w := range []string{"gemeenschap", "wetenschap", "vennootschap", "broederschap", "maatschap"} {
		if strings.HasSuffix(lw, w) {
			return true
		}
	}
	return false
}

// thingNouns are nouns of reasoning, plans and talk that a parse slip may
// leave as a subject: "de tactiek om …", "de conclusie dat …".
var thingNouns = map[string]bool{
	"tactiek": true, "strategie": true, "conclusie": true, "conclusies": true, "discussie": true, "debat": true,
	"kwestie": true, "vraag": true, "gedachte": true, "gedachten": true, "idee": true, "indruk": true, "gevoel": true,
	"plan": true, "plannen": true, "voorstel": true, "aanpak": true, "insteek": true, "redenering": true,
	"argument": true, "argumenten": true, "theorie": true, "visie": true, "gesprek": true, "gesteggel": true,
}

// shareWords are nouns of a part of a group: who the part is, speaks.
var shareWords = map[string]bool{"procent": true, "derde": true, "kwart": true, "helft": true, "merendeel": true, "gros": true, "rest": true, "percentage": true}

// maySpeak reports whether word t may be or stand for someone who speaks:
// a pronoun, a mention of a name, a noun of a person, of people, of a body
// or a group, or of a place that stands for its government or people.
func (x *extractor) maySpeak(t nl.Token) bool {
	lw := strings.ToLower(t.Text)
	if isPronoun(lw) || t.POS == nl.PRON || t.POS == nl.PROPN {
		return true
	}
	if m, ok := x.mentionAt(t.Start, t.End); ok && m.Local != "" {
		return true
	}
	if _, ok := bodyKind(lw); ok {
		return true
	}
	return names(lw) || personNoun(lw) || pluralRole(lw) || pluralBody(lw) || groupHead(lw) || agentNoun(lw) || isRoleNoun(baseRole(lw)) || speakingPlaces[lw]
}

// speakingPlaces are nouns of places and institutions that stand for the
// people in them: "zegt de stad", "melden de landen".
var speakingPlaces = map[string]bool{
	"land": true, "landen": true, "staat": true, "staten": true, "stad": true, "steden": true, "dorp": true,
	"gemeente": true, "provincie": true, "regio": true, "school": true, "scholen": true, "ziekenhuis": true,
	"museum": true, "ambassade": true, "kerk": true, "buurt": true, "wijk": true, "wereld": true,
	"regering": true, "overheid": true, "kabinet": true, "justitie": true, "politie": true, "rechtbank": true,
	"zaal": true, "publiek": true, "pers": true, "volk": true, "menigte": true, "jury": true, "team": true,
	"ploeg": true, "elftal": true, "leiding": true, "top": true, "directie": true, "bestuur": true, "hof": true,
}

// ownerOfSaying returns whose a noun of what was said is: the name after
// "van" in the speaker phrase or right after it ("de boodschap van de
// bond"), or in the quote's sentence before the quote a noun of speech or
// a document with its owner ("In de mededeling van het CBS zit de
// boodschap dat …": the CBS); nil when none.
func (x *extractor) ownerOfSaying(q *kroniek.Quote) *speaker {
	si := x.sentenceAt(q.SpeakerStart)
	if si < 0 {
		return nil
	}
	ss := x.doc.Sentences[si]
	toks := x.tokensIn(ss.Start, min(ss.End, max(q.SpeakerEnd, q.Start)))
	for k := len(toks) - 2; k >= 0; k-- {
		lw := strings.ToLower(toks[k].Text)
		if !strings.EqualFold(toks[k+1].Text, "van") || !cueNouns[lw] && !documentNoun(lw) && !sourceNoun(lw) {
			continue
		}
		for j := k + 2; j < len(toks) && j <= k+4; j++ {
			if m, ok := x.mentionAt(toks[j].Start, toks[j].End); ok && m.Local != "" && !x.quoted(m.Start) && m.Start == toks[j].Start {
				return x.fromMention(m)
			}
			if !isArticle(toks, j) && !isAdjective(toks[j].Text) {
				break
			}
		}
	}
	return nil
}

// nameAfterCue returns the person named right after the quote's finite
// cue verb (with its role: "vindt historicus Smit"), when the speaker
// phrase stands before the verb: in a main clause whose first place a
// thing holds, the person after the verb is the subject, whatever the
// parse made of it ("De vier lege panden noemt Berg 'de kroonjuwelen'");
// nil otherwise, and for a plural verb or one that addresses someone
// ("verwijten", "vragen").
func (x *extractor) nameAfterCue(q *kroniek.Quote) *speaker {
	if q.CueEnd <= q.CueStart || q.SpeakerEnd > q.CueStart {
		return nil
	}
	v := x.tokenAt(q.CueStart)
	if !x.parsed(v) || v+1 >= len(x.doc.Tokens) || !x.doc.Tokens[v].Feats.Has(nl.FeatFin) || x.pluralVerb(v) || addresseeVerbs[x.cueLemma(v)] {
		return nil // "De rebellen verwijten May dat …": a plural verb, and whom they address
	}
	for _, c := range x.doc.Children(v) {
		if r := x.doc.Tokens[c].Rel; r != "obj" && r != "nsubj" && r != "iobj" || x.quoted(x.doc.Tokens[c].Start) {
			continue
		}
		if f, _ := x.doc.Span(c); f != v+1 {
			continue
		}
		if sp := x.phrase(c); sp.found() && sp.local != "" && x.locals[sp.local].Type == kroniek.PER {
			return sp
		}
	}
	return nil
}

// cuePerson returns the person the parse makes the subject or object of
// the quote's cue verb, outside quotations, when the speaker phrase is
// neither: "De vier lege panden noemt Berg 'de kroonjuwelen'" is Berg's;
// nil when there is none.
func (x *extractor) cuePerson(q *kroniek.Quote) *speaker {
	if q.CueEnd <= q.CueStart {
		return nil
	}
	v := x.tokenAt(q.CueStart)
	if !x.parsed(v) || x.doc.Tokens[v].POS != nl.VERB && x.doc.Tokens[v].POS != nl.AUX {
		return nil
	}
	for _, rel := range []string{"nsubj", "obj"} {
		for _, c := range x.doc.Dependents(v, rel) {
			t := x.doc.Tokens[c]
			if t.Start >= q.SpeakerStart && t.End <= q.SpeakerEnd || x.quoted(t.Start) || !x.personMentionAt(t) {
				continue
			}
			if sp := x.phrase(c); sp.found() && sp.local != "" {
				return sp
			}
		}
	}
	return nil
}
