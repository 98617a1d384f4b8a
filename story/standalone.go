package story

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek/nl"
)

// This file holds the timeline's tests, on the dependency parse, of
// whether a sentence reads on its own (independent timeline audits, seeds
// 11306 and 1451): a demonstrative or a pointing adverb whose referent is
// only in the sentences before ("Zo'n verbod gold zaterdag …", "Zo wil de
// groep zondag …", "Daarmee startte gisteren …"), a sentence with no
// finite clause ("Het wrak van de Boeing die op 10 maart neerstortte."),
// and a subheading run into the sentence ("Onschuld Gisteren publiceerde
// …").

// sentenceIndex returns the index of the parsed sentence of doc holding
// byte offset at, or -1 when there is none or it has no parse.
func sentenceIndex(doc *nl.Doc, at int) int {
	toks := doc.Tokens
	i := sort.Search(len(toks), func(k int) bool { return toks[k].End > at })
	s := doc.SentenceOf(i)
	if s < 0 || !doc.Parsed(s) {
		return -1
	}
	return s
}

// demonstratives are the determiners (and "dergelijke", "zulke", which
// the parse may read as adjectives) that point back to a noun phrase of
// the sentences before: "Zo'n verbod", "deze plannen", "een dergelijke
// herdenkingsplek", "diezelfde dag". Not "dezelfde" or "hetzelfde", which
// mostly compare within the sentence ("van hetzelfde model als …").
var demonstratives = map[string]bool{"deze": true, "die": true, "dit": true, "dat": true, "zo'n": true, "zo’n": true,
	"zulke": true, "zulk": true, "dergelijke": true, "dergelijk": true, "datzelfde": true, "diezelfde": true,
	"ditzelfde": true}

// ownReferent are the nouns a demonstrative points to outside the text
// before: the paper itself ("tegen deze krant") and the times that
// notAfterDemonstrative lists ("deze week", "die avond" is the day the
// timex resolves) or the term of the government ("deze kabinetsperiode").
var ownReferent = map[string]bool{"krant": true, "site": true, "website": true, "blad": true, "rubriek": true,
	"column": true, "podcast": true, "pagina": true, "kabinetsperiode": true, "regeerperiode": true,
	"zittingsperiode": true}

// pointingAdverbs stand, in the main clause, for a fact of the sentences
// before: "Daarmee startte gisteren de Museumweek", "Daardoor …"; in a
// clause coordinated with it they point to its first half ("noemde zijn
// tegenstanders 'lafaards', maar sprak daarbij …"). "zo"
// and "dan" point back only when they open the sentence ("Zo wil de groep
// zondag flyeren"; not "zo snel mogelijk", "dan ook").
var pointingAdverbs = map[string]bool{"daarmee": true, "daardoor": true, "daarom": true, "daarbij": true,
	"daarop": true, "daartegen": true, "daarvoor": true, "daarover": true, "hiermee": true, "hierdoor": true,
	"hierom": true, "hierbij": true, "hierop": true, "hiertegen": true, "desondanks": true, "evenmin": true}

// pointsBack reports whether the sentence at byte offset at needs a
// referent of the sentences before it: a noun phrase anywhere in it takes
// a demonstrative determiner ("Zo'n verbod", "over een dergelijke
// herdenkingsplek", "tegenstander van deze plannen"; not "deze week",
// "deze krant"), its main clause takes a pointing adverb ("Daarmee
// startte gisteren …"), or it opens with "Zo" or "Dan" ("Zo wil de groep
// zondag flyeren bij de kerk").
func pointsBack(doc *nl.Doc, at int) bool {
	s := sentenceIndex(doc, at)
	if s < 0 {
		return false
	}
	sent := doc.Sentences[s]
	toks := doc.Tokens
	for k := sent.First; k < sent.First+len(sent.Tokens); k++ {
		tok := toks[k]
		w := strings.ToLower(tok.Text)
		switch {
		case (tok.Rel == "det" || tok.Rel == "amod") && demonstratives[w]:
			h := tok.Head
			if h < 0 || h <= k || toks[h].POS != nl.NOUN && toks[h].POS != nl.PROPN {
				continue // "dat" and "die" before no noun: a pronoun or a conjunction
			}
			n := strings.ToLower(toks[h].Text)
			if notAfterDemonstrative[n] || ownReferent[n] || nl.Lex().Is(nl.ClassWeekday, n) || nl.Lex().Is(nl.ClassMonth, n) {
				continue
			}
			return true
		case tok.Rel == "advmod" && pointingAdverbs[w] && tok.Head >= 0 && toks[tok.Head].Rel == "root":
			return true
		case k == sent.First && (w == "zo" || w == "dan") && tok.Rel == "advmod" && tok.Head >= 0 && toks[tok.Head].Rel == "root":
			return true
		}
	}
	return false
}

// fragment reports whether the sentence at byte offset at has no main
// clause: its root is no verb and takes no copula, auxiliary or subject,
// and every verb with a subject in it opens a relative or subordinate
// clause ("Het wrak van de Boeing 737 MAX die op 10 maart in Ethiopië
// neerstortte.", a caption; "Een enkele keer met succes, zoals in
// Delfzijl, waar de Raad van State in december …"). What the sentence
// reports is not said. A clause the parse hangs under a noun ("Op de
// lijst, die … publiceerde staan 325 productcategorieën": "staan" with
// its own noun subject) is a main clause.
func fragment(doc *nl.Doc, at int) bool {
	s := sentenceIndex(doc, at)
	if s < 0 {
		return false
	}
	sent := doc.Sentences[s]
	lex := nl.Lex()
	for k := sent.First; k < sent.First+len(sent.Tokens); k++ {
		tok := doc.Tokens[k]
		if tok.Rel == "root" {
			if tok.POS == nl.VERB || tok.POS == nl.AUX {
				return false
			}
			for _, c := range doc.Children(k) {
				if r := doc.Tokens[c].Rel; r == "cop" || strings.HasPrefix(r, "aux") || strings.HasPrefix(r, "nsubj") || r == "expl" {
					return false
				}
			}
			continue
		}
		if tok.POS != nl.VERB && tok.POS != nl.AUX {
			continue
		}
		subject, subordinate := false, false
		for _, c := range doc.Children(k) {
			ct := doc.Tokens[c]
			w := strings.ToLower(ct.Text)
			switch {
			case ct.Rel == "mark" || lex.Is(nl.ClassRelative, w) || lex.Is(nl.ClassSubordinator, w):
				subordinate = true
			case strings.HasPrefix(ct.Rel, "nsubj"):
				subject = true
			}
		}
		if subject && !subordinate {
			return false
		}
	}
	return true
}

// sentenceOpeners are words written with a capital only where a sentence
// begins: a capitalised one after a first word means that first word is
// a subheading the text runs into the sentence ("PSV De selectie van PSV
// was gisteren vrij", "Onschuld Gisteren publiceerde …").
var sentenceOpeners = map[string]bool{"de": true, "het": true, "een": true, "in": true, "op": true, "na": true,
	"met": true, "bij": true, "voor": true, "volgens": true, "tijdens": true, "sinds": true, "gisteren": true,
	"vandaag": true, "gisteravond": true, "gistermiddag": true, "gisterochtend": true, "vanochtend": true,
	"vanmorgen": true, "vanavond": true, "maar": true, "ook": true, "toch": true, "dat": true, "die": true,
	"dit": true, "deze": true, "er": true, "hij": true, "zij": true, "ze": true, "we": true, "wij": true,
	"ik": true, "als": true, "toen": true, "nu": true, "daar": true, "zo": true, "dan": true, "om": true,
	"uit": true, "over": true, "door": true, "tot": true, "vorige": true, "vorig": true, "afgelopen": true,
	"eerder": true, "inmiddels": true, "bovendien": true, "want": true, "en": true, "nog": true, "al": true,
	"wel": true, "niet": true, "geen": true}

// runInHeading returns the byte offset where the sentence at byte offset
// at begins once a subheading run into it is left off, or at when there
// is none. A first word is a subheading when the word after it is
// capitalised though only a sentence opens with it ("PSV De selectie …",
// "Onschuld Gisteren publiceerde …"), or when it is a capitalised common
// noun, no role or form of address, that the parse takes for the subject
// of a name after it ("Zelfvertrouwen Hoekstra presenteert zich …"; not
// "Minister Hoekstra", "Premier Rutte").
func runInHeading(doc *nl.Doc, at int) int {
	s := sentenceIndex(doc, at)
	if s < 0 || len(doc.Sentences[s].Tokens) < 4 {
		return at
	}
	toks := doc.Tokens
	first, second := toks[doc.Sentences[s].First], toks[doc.Sentences[s].First+1]
	if !capitalised(first.Text) || !capitalised(second.Text) || first.End == second.Start {
		return at
	}
	lex := nl.Lex()
	w1, w2 := strings.ToLower(first.Text), strings.ToLower(second.Text)
	if sentenceOpeners[w1] || first.POS == nl.ADP || first.POS == nl.DET || first.POS == nl.PRON {
		return at
	}
	if sentenceOpeners[w2] {
		return second.Start
	}
	if first.POS == nl.NOUN && second.POS == nl.PROPN && second.Rel == "appos" && second.Head == doc.Sentences[s].First &&
		!lex.Is(nl.ClassRole, w1) && !lex.Is(nl.ClassPrefix, w1) && !strings.Contains(w1, "-") {
		return second.Start
	}
	return at
}

// capitalised reports whether word w begins with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
