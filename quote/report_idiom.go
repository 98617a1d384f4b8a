package quote

import (
	"strings"

	"github.com/kroniek/kroniek/nl"
)

// idiomCue reports whether the speech verb toks[0], of lemma, stands in
// an idiom that reports no speech: "Dat de vraag is gesteld, zegt
// genoeg" and "Deze foto zegt alles" (a thing that tells), "vinden zij
// dat terug in de premier" (terugvinden), "De bank stelde er geld voor
// beschikbaar", "Ze stelt zich tot doel …" (stellen as a verb of doing),
// "De wet schrijft voor dat …" (voorschrijven, a rule's demand).
func idiomCue(lemma string, toks []nl.Token) bool {
	switch lemma {
	case "zeggen":
		return saysMuch(toks[1:])
	case "vinden":
		return findsBack(toks[1:])
	case "stellen":
		return setsTo(toks[1:])
	case "schrijven":
		return prescribes(toks[1:])
	}
	return false
}

// muchWords say how much a thing tells: "zegt genoeg", "zegt veel over".
var muchWords = map[string]bool{"genoeg": true, "alles": true, "boekdelen": true, "veel": true, "weinig": true, "niets": true, "niks": true}

// muchAdverbs may stand between the verb and what it tells: "zegt echt
// alles", "zegt toch wel genoeg".
var muchAdverbs = map[string]bool{"echt": true, "wel": true, "al": true, "toch": true, "ook": true, "natuurlijk": true, "eigenlijk": true, "dus": true, "nog": true, "heel": true, "zo": true}

// saysMuch reports whether toks, the words after a form of "zeggen",
// are "genoeg", "alles" or "veel" (after an adverb or two) that close the
// clause or go on with "over": the verb tells, nobody speaks ("Dat zegt
// genoeg.", "zegt echt alles 'Titel'", "zegt veel over de partij"). Not
// "zeggen niets te weten": an infinitive reports what was said.
func saysMuch(toks []nl.Token) bool {
	k := 0
	for k < len(toks) && k < 3 && muchAdverbs[strings.ToLower(toks[k].Text)] {
		k++
	}
	if k >= len(toks) || !muchWords[strings.ToLower(toks[k].Text)] {
		return false
	}
	if k+1 == len(toks) {
		return true
	}
	next := toks[k+1]
	if next.Kind == nl.Punct {
		return next.Text != ":" // "zei alles: …" introduces what was said
	}
	return strings.EqualFold(next.Text, "over")
}

// findsBack reports whether "terug" follows a form of "vinden" in its
// clause, before a conjunction opens another: "vinden zij dat terug in
// …" (terugvinden, to find again), not "vindt dat hij terug moet".
func findsBack(toks []nl.Token) bool {
	for k := 0; k < len(toks) && k < 6; k++ {
		lw := strings.ToLower(toks[k].Text)
		switch {
		case lw == "terug":
			return true
		case toks[k].Kind == nl.Punct:
			return false
		case (lw == "dat" || lw == "of" || lw == "om") && !(k+1 < len(toks) && strings.EqualFold(toks[k+1].Text, "terug")):
			return false // a clause of its own, unless "dat" is the object right before "terug"
		}
	}
	return false
}

// setsTo reports whether a form of "stellen" makes something available
// or sets a goal: "stelde er geld voor beschikbaar", "stelt … ter
// beschikking", "stelt zich tot doel", "stelt hen in staat". The clause
// up to a comma or a conjunction is read.
func setsTo(toks []nl.Token) bool {
	for k := 0; k < len(toks) && k < 10; k++ {
		lw := strings.ToLower(toks[k].Text)
		if toks[k].Kind == nl.Punct || lw == "dat" || lw == "of" {
			return false
		}
		if lw == "beschikbaar" {
			return true
		}
		if k+1 < len(toks) {
			pair := lw + " " + strings.ToLower(toks[k+1].Text)
			if pair == "ter beschikking" || pair == "tot doel" || pair == "in staat" {
				return true
			}
		}
	}
	return false
}

// prescribes reports whether "voor" right before "dat" follows a form of
// "schrijven" in its clause: "De wetgeving schrijft voor dat …", "De
// regels schrijven sinds 2015 voor dat …" (voorschrijven: what a rule
// demands, no one's words). Not "schrijft voor de krant dat …", where
// "voor" has a noun of its own.
func prescribes(toks []nl.Token) bool {
	for k := 0; k+1 < len(toks) && k < 6; k++ {
		if toks[k].Kind == nl.Punct || strings.EqualFold(toks[k].Text, "dat") {
			return false
		}
		if strings.EqualFold(toks[k].Text, "voor") && strings.EqualFold(toks[k+1].Text, "dat") {
			return true
		}
	}
	return false
}
