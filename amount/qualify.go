package amount

import (
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// qualified returns the object of a found figure with what the sentence
// adds to its noun: the rate of a sum ("heffing per ton"), what happened
// to a share or a passive count of people ("stemmen geteld", "personen
// gearresteerd"), whose age an age is ("leeftijd man"), or the dead and
// hurt a count of people is ("doden"). The object's offsets stay on its
// noun.
func (x *scanner) qualified(a kroniek.Amount, start, end int) string {
	if r, ok := x.sumRate(a, start, end); ok {
		a.Object += " " + r // een heffing van vijftig euro per ton: heffing per ton
	}
	if p, ok := x.shareDone(a, start, end); ok {
		a.Object += " " + p // 98 procent van de stemmen was geteld: stemmen geteld
	}
	if x.agedPerson(a, end) || x.agedOf(a, start) {
		a.Object = "leeftijd " + a.Object // een 63-jarige man: whose age it is
	}
	if w, ok := x.casualty(a); ok {
		return w // er kwamen vier mensen om het leven: 4 doden
	}
	if p, ok := x.peopleDone(a); ok {
		a.Object += " " + p // twaalf mensen werden aangehouden: mensen aangehouden
	}
	return a.Object
}

// casualty returns "doden" or "gewonden" for a count of people whose own
// clause says they died or were hurt, which is what a news reader counts
// ("Bij het ongeluk kwamen vier mensen om het leven" → 4 doden, "twee
// personen raakten gewond" → 2 gewonden), not the bare "mensen". Only
// for the nouns that say no more than that they are people (a count of
// "christenen" or "agenten" keeps its noun), and only from the parse:
// the counted noun is the subject of the verb or adjective that says so
// (not "drie mensen aangehouden in verband met de dood van …").
func (x *scanner) casualty(a kroniek.Amount) (string, bool) {
	if a.Unit != "" || a.ObjectEnd == 0 || !x.parsed() {
		return "", false
	}
	k := x.tokenEnding(a.ObjectEnd)
	if k < 0 {
		return "", false
	}
	t := x.doc.Tokens[x.first+k]
	if t.POS != nl.NOUN || !strings.HasPrefix(t.Rel, "nsubj") || !anyone[x.low[k]] {
		return "", false
	}
	h := t.Head
	if h < x.first || h >= x.first+len(x.toks) {
		return "", false
	}
	if w := harmWord(x.doc, h); w != "" {
		return w, true
	}
	// (the parse may hang "om het leven" on the noun: "vier mensen om het leven")
	for _, c := range append(x.doc.Children(h), x.doc.Children(x.first+k)...) {
		if r := x.doc.Tokens[c].Rel; r == "xcomp" || r == "obj" || strings.HasPrefix(r, "obl") || strings.HasPrefix(r, "nmod") || r == "compound:prt" {
			if w := harmWord(x.doc, c); w != "" {
				return w, true
			}
		}
	}
	return "", false
}

// peopleDone returns the participle of a passive whose subject is a count
// of people with no other noun ("Jaarlijks worden 1,3 miljoen mensen door
// een teek gebeten" → mensen gebeten, "twaalf personen werden
// aangehouden" → personen aangehouden): the bare "mensen" says only that
// they are people, the passive says what the count is of.
func (x *scanner) peopleDone(a kroniek.Amount) (string, bool) {
	if a.Unit != "" || a.ObjectEnd == 0 || !x.parsed() {
		return "", false
	}
	k := x.tokenEnding(a.ObjectEnd)
	if k < 0 || !anyone[x.low[k]] || x.doc.Tokens[x.first+k].Rel != "nsubj:pass" {
		return "", false
	}
	v := x.doc.Tokens[x.first+k].Head
	if v < x.first+k || v >= x.first+len(x.toks) || x.doc.Tokens[v].POS != nl.VERB || !x.auxiliated(v) {
		return "", false
	}
	return x.doc.Tokens[v].Text, true
}

// harmWord reads token i as a word of dying or being hurt: "dood",
// "omgekomen", "gedood", the "leven" of "om het leven komen" and "het
// leven laten", "gewond", "zwaargewond", "verwond".
func harmWord(d *nl.Doc, i int) string {
	t := d.Tokens[i]
	w, lemma := strings.ToLower(t.Text), t.Lemma
	switch {
	case strings.HasSuffix(w, "gewond") || lemma == "verwonden":
		return "gewonden"
	case w == "dood" && t.POS != nl.NOUN || deathLemmas[lemma]:
		return "doden"
	case w == "leven" && t.Head >= 0 && lifeLosing[d.Tokens[t.Head].Lemma]:
		return "doden"
	case w == "om" && i+2 < len(d.Tokens) && strings.EqualFold(d.Tokens[i+1].Text, "het") && d.Tokens[i+2].Text == "leven":
		return "doden" // om het leven, read as one fixed preposition
	}
	return ""
}

// anyone are the nouns of a count of people that say nothing else about them.
var anyone = map[string]bool{"mensen": true, "personen": true, "mens": true, "persoon": true}

// deathLemmas are verbs whose subject (or passive subject) died.
var deathLemmas = map[string]bool{"omkomen": true, "sterven": true, "overlijden": true, "doden": true, "verdrinken": true,
	"vermoorden": true, "doodschieten": true, "doodsteken": true, "omleggen": true, "executeren": true, "doodgaan": true}

// lifeLosing are the verbs of "om het leven komen", "het leven laten",
// "het leven verliezen".
var lifeLosing = map[string]bool{"komen": true, "laten": true, "verliezen": true}
