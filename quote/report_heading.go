package quote

import (
	"github.com/kroniek/kroniek/nl"
)

// properSentence returns s without a subheading the text ran into it
// ("Voorlichting De hoogleraar zou graag zien dat …", "80 LEGE PANDEN
// Uit cijfers van X blijkt dat …"), so that reports read the sentence
// proper: its subject, or the "Uit" that opens it. s is unchanged when no
// heading opens it.
func (x *extractor) properSentence(s nl.Sentence) nl.Sentence {
	n := x.runInHeading(s.Tokens)
	if n == 0 {
		return s
	}
	s.Tokens = s.Tokens[n:]
	s.Start = s.Tokens[0].Start
	s.First += n
	return s
}

// runInHeading returns how many tokens at the start of toks are a run-in
// subheading, or 0: words in capitals (numbers among them) before a
// capitalised word that is not ("VIEZE ZAKEN IN 2017 Uit …"), or one to
// three words with no verb, the first capitalised and the others lower
// case, before a capitalised word that opens a sentence ("Extra kosten De
// dierenorganisaties …"; not when a name the tagger found covers them:
// "Winkelcentrum De Brink"). At least four tokens stay.
func (x *extractor) runInHeading(toks []nl.Token) int {
	if n := capsHeading(toks); n > 0 && x.headingName(toks[:n]) {
		return 0
	} else if n > 0 {
		return n
	}
	if len(toks) < 6 || !isCapitalised(toks[0].Text) || allCaps(toks[0].Text) || toks[0].Kind != nl.Word {
		return 0
	}
	if x.infinitiveHeading(toks) {
		return 1
	}
	for i := 1; i <= 3 && i+4 < len(toks); i++ {
		t := toks[i]
		if t.Kind != nl.Word {
			return 0
		}
		if !isCapitalised(t.Text) {
			continue
		}
		if !sentenceOpeners[t.Text] || toks[i+1].Kind != nl.Word || x.verbIn(toks[:i]) {
			return 0
		}
		if _, ok := x.mentionAt(toks[0].Start, t.End); ok {
			return 0 // a name the tagger found: "Minister De Jonge", "Winkelcentrum De Brink"
		}
		return i
	}
	return 0
}

// capsHeading returns the length of a run of words in capitals that opens
// toks, with numbers among them, when two such words or more stand
// before a capitalised word that is not all capitals and four tokens
// follow; else 0.
func capsHeading(toks []nl.Token) int {
	i, caps := 0, 0
	for i < len(toks) && i < 7 && (allCaps(toks[i].Text) || toks[i].Kind == nl.Number) {
		if allCaps(toks[i].Text) {
			caps++
		}
		i++
	}
	if caps < 2 || i+4 > len(toks) || toks[i].Kind != nl.Word || !isCapitalised(toks[i].Text) || allCaps(toks[i].Text) {
		return 0
	}
	return i
}

// headingName reports whether a tagged name covers any of toks ("NAVO
// EU De …" is no heading when the tagger reads the capitals as names).
func (x *extractor) headingName(toks []nl.Token) bool {
	for _, t := range toks {
		if _, ok := x.mentionAt(t.Start, t.End); ok {
			return true
		}
	}
	return false
}

// sentenceOpeners are capitalised words that open a sentence after a
// run-in subheading: headingOpeners and the prepositions and adverbs a
// report may open with ("Uit cijfers blijkt", "Volgens X").
var sentenceOpeners = func() map[string]bool {
	m := map[string]bool{"Uit": true, "Volgens": true, "Zo": true, "Toch": true, "In": true, "Op": true, "Bij": true, "Na": true, "Verder": true, "Daarnaast": true}
	for w := range headingOpeners {
		m[w] = true
	}
	return m
}()

// headingCut reports whether toks open right where properSentence cut a
// run-in subheading off their sentence: the parse, which read the
// heading with it, may take a heading word for the subject.
func (x *extractor) headingCut(toks []nl.Token) bool {
	si := x.sentenceAt(toks[0].Start)
	if si < 0 {
		return false
	}
	s := x.doc.Sentences[si]
	n := x.runInHeading(s.Tokens)
	return n > 0 && s.Tokens[n].Start == toks[0].Start
}

// infinitiveHeading reports whether toks open with a one-word subheading
// that is a bare infinitive, run into a sentence whose subject is a name
// and whose finite verb follows it ("Uitleggen Pennings probeert het
// …"): a sentence opens with an infinitive only before its own finite
// verb ("Zeggen doet hij het niet"), so the infinitive is no cue of the
// name's.
func (x *extractor) infinitiveHeading(toks []nl.Token) bool {
	pt, ok := x.parsedAt(toks[0])
	if !ok || !pt.Feats.Has(nl.FeatInf) || pt.Feats.Has(nl.FeatFin) || !isCapitalised(toks[1].Text) {
		return false
	}
	m, ok := x.mentionAt(toks[1].Start, toks[1].End)
	if !ok || m.Start != toks[1].Start {
		return false
	}
	k := 1
	for k < len(toks) && toks[k].End <= m.End {
		k++
	}
	return x.finiteAt(toks, k)
}
