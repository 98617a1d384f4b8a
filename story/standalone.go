package story

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
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
// before: the paper itself ("tegen deze krant") and its region ("is in
// deze regio afgenomen", in a regional paper) and the times that
// notAfterDemonstrative lists ("deze week", "die avond" is the day the
// timex resolves) or the term of the government ("deze kabinetsperiode").
var ownReferent = map[string]bool{"krant": true, "regio": true, "site": true, "website": true, "blad": true, "rubriek": true,
	"column": true, "podcast": true, "pagina": true, "kabinetsperiode": true, "regeerperiode": true,
	"zittingsperiode": true, "moment": true, "tijdstip": true, "ogenblik": true}

// pointingAdverbs stand, in the main clause, for a fact of the sentences
// before: "Daarmee startte gisteren de Museumweek", "Daardoor …"; in a
// clause coordinated with it they point to its first half ("noemde zijn
// tegenstanders 'lafaards', maar sprak daarbij …"), and after a clause of
// its own sentence to that clause ("De scooterrijder die zaterdagavond
// een fietser beroofde, heeft daarbij …"). "daarom" and "hierom" too: "De
// politie deed daarom gisteren een oproep om informatie te delen" leaves
// what it is about before (audit 12106 #17); not "daardoor", which mostly
// follows a clause of its own sentence. "zo"
// and "dan" point back only when they open the sentence ("Zo wil de groep
// zondag flyeren"; not "zo snel mogelijk", "dan ook"). "daarna" and
// "vervolgens" place the fact after one told before ("De Tilburger werd
// daarna … vervoerd"), "namelijk" explains the sentence before ("Het
// Europese voorstel wordt vandaag namelijk definitief").
var pointingAdverbs = map[string]bool{"daarmee": true, "daarbij": true, "daarop": true, "daartegen": true,
	"daarvoor": true, "daarover": true, "hiermee": true, "hierbij": true, "hierop": true, "hiertegen": true,
	"daarna": true, "vervolgens": true, "namelijk": true, "daarom": true, "hierom": true}

// sameDemonstratives stand, with no noun after them, for a deed or
// thing of the sentences before: "Omdat de supporters datzelfde deden
// bij de derby, kwam er een boete" (not "hetzelfde", which mostly
// compares within the sentence: "hetzelfde als vorig jaar").
var sameDemonstratives = map[string]bool{"datzelfde": true, "ditzelfde": true, "diezelfde": true}

// additiveAdverbs say that the fact happened as another told before:
// "De minister kwam vrijdag eveneens met een verklaring" (as the party
// had), "De bond wil evenmin praten". Unlike "ook", they do so also in a
// clause coordinated with the main one ("bleef lang stil, maar kwam
// vrijdag eveneens met een verklaring").
var additiveAdverbs = map[string]bool{"eveneens": true, "evenmin": true}

// pointsBack reports whether the sentence at byte offset at needs a
// referent of the sentences before it: a noun phrase anywhere in it takes
// a demonstrative determiner ("Zo'n verbod", "over een dergelijke
// herdenkingsplek", "tegenstander van deze plannen"; not "deze week",
// "deze krant"), its main clause takes a pointing adverb ("Daarmee
// startte gisteren …"), or it opens with "Zo" or "Dan" ("Zo wil de groep
// zondag flyeren bij de kerk") or "Ditmaal" (this time, as against a time
// told before), or a reporting clause after it has a demonstrative
// pronoun for subject ("…, merkte die september vorig jaar al op"), or it
// calls its subject or object by the age alone ("De 82-jarige politicus").
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
			if ownNoun(strings.ToLower(toks[h].Text)) || namedBefore(toks, sent.First, k, toks[h]) {
				continue
			}
			return true
		case tok.Rel == "advmod" && pointingAdverbs[w] && tok.Head >= 0 && toks[tok.Head].Rel == "root" && !clauseBefore(doc, sent.First, k):
			return true
		case tok.Rel == "advmod" && additiveAdverbs[w] && tok.Head >= 0 && (toks[tok.Head].Rel == "root" || toks[tok.Head].Rel == "conj"):
			return true
		case sameDemonstratives[w] && tok.Rel != "det" && tok.Rel != "amod":
			// "Omdat de supporters datzelfde deden, …": the same as what
			// the sentences before told.
			return true
		case k == sent.First && (w == "zo" || w == "dan" || w == "ditmaal") && tok.Rel == "advmod" && tok.Head >= 0 && toks[tok.Head].Rel == "root":
			return true
		case w == "namelijk" && k > sent.First && toks[k-1].Text != "," && toks[k-1].Text != ":" && !clauseBefore(doc, sent.First, k):
			// "Het voorstel wordt vandaag namelijk definitief" explains the
			// sentence before wherever the parse hangs it; not "twee
			// partijen, namelijk …", which names them.
			return true
		case reportingDemonstrative(doc, k):
			return true
		case unboundObject(doc, sent, k):
			return true
		}
	}
	return ageDescription(doc, sent) || bareDefinite(doc, sent)
}

// ageDescription reports whether the main clause of sentence sent takes
// for its subject or object a person described by the age alone, with a
// definite article and no name, apposition or relative clause to say who
// ("De 82-jarige politicus kondigde maandag aan …", "De 46-jarige
// deelnemer van de tv-serie werd het net niet"): a Dutch report names
// someone first and then calls them "de 82-jarige", so who it is stands
// in the sentences before. Unlike bareDefinite it holds for roles and in
// sentences that name something else ("maandag" is a name to the tagger).
// Not "de 59-jarige Rotterdammer Jerry M.", "De 21-jarige vrouw die werd
// aangehouden …" nor "de 49-jarige docent van het Stedelijk College",
// which say who.
func ageDescription(doc *nl.Doc, sent nl.Sentence) bool {
	toks := doc.Tokens
	for k := sent.First; k < sent.First+len(sent.Tokens); k++ {
		tok := toks[k]
		if tok.POS != nl.NOUN || tok.Rel != "nsubj" && tok.Rel != "nsubj:pass" && tok.Rel != "obj" || tok.Head < 0 || toks[tok.Head].Rel != "root" {
			continue
		}
		definite, aged, says := false, strings.HasSuffix(strings.ToLower(tok.Text), "jarige"), false
		for _, c := range doc.Children(k) {
			switch r, w := toks[c].Rel, strings.ToLower(toks[c].Text); {
			case r == "det":
				definite = w == "de" || w == "het"
			case r == "amod" && strings.HasSuffix(w, "jarige"):
				aged = true
			case r == "appos" || r == "flat" || r == "acl" || r == "acl:relcl" || toks[c].POS == nl.PROPN:
				says = true // a name, or a named body: "de 49-jarige docent van het Hoofdvaart College"
			}
		}
		if definite && aged && !says {
			return true
		}
	}
	return false
}

// objectPronouns are the personal pronouns that stand for a person as
// object ("heeft hem op stang gejaagd", "delen hem de datum mee").
var objectPronouns = map[string]bool{"hem": true, "haar": true, "hen": true}

// unboundObject reports whether token k is a personal pronoun object of
// the main clause of sentence sent with no one for it to stand for in
// the sentence but the clause's own subject, which a pronoun object
// cannot be ("De bonden delen hem vandaag de datum mee", "De inval bij
// zijn bedrijf heeft hem op stang gejaagd; hij vreest dat Jansen …"):
// who it is is only in the sentences before. A name or a noun subject or
// object of another clause before the pronoun is a referent ("De agent
// riep de man aan en hield hem staande"); one after it is someone else.
func unboundObject(doc *nl.Doc, sent nl.Sentence, k int) bool {
	toks := doc.Tokens
	tok := toks[k]
	if tok.POS != nl.PRON || tok.Rel != "obj" && tok.Rel != "iobj" || !objectPronouns[strings.ToLower(tok.Text)] {
		return false
	}
	v := tok.Head
	if v >= 0 && toks[v].Rel == "conj" {
		v = toks[v].Head
	}
	if v < 0 || toks[v].Rel != "root" {
		return false
	}
	var own [][2]int // the clause's own subject and objects, which it cannot stand for
	for _, c := range doc.Children(tok.Head) {
		if r := toks[c].Rel; c != k && (strings.HasPrefix(r, "nsubj") || r == "obj" || r == "iobj") {
			f, l := doc.Span(c)
			own = append(own, [2]int{f, l})
		}
	}
	for j := sent.First; j < k; j++ {
		t := toks[j]
		if inSpans(own, j) {
			continue
		}
		if t.POS == nl.PROPN || t.POS == nl.NOUN && t.Head != tok.Head && (strings.HasPrefix(t.Rel, "nsubj") || t.Rel == "obj" || t.Rel == "iobj") {
			return false
		}
	}
	return true
}

// inSpans reports whether token j lies in one of the token spans.
func inSpans(spans [][2]int, j int) bool {
	for _, s := range spans {
		if j >= s[0] && j <= s[1] {
			return true
		}
	}
	return false
}

// reportingDemonstrative reports whether token k is a demonstrative
// pronoun that is the subject of a reporting clause after a comma, right
// behind its verb ("De strijd neemt vormen van geweld aan, merkte die al
// op"): who reported it is only in the sentences before. One not right
// behind its verb is mostly a relative the parse misread ("het gala dat
// de krant organiseert") or stands for a noun of its own sentence ("De
// zaak is geseponeerd, die tegen de stichting niet").
func reportingDemonstrative(doc *nl.Doc, k int) bool {
	toks := doc.Tokens
	tok := toks[k]
	if !strings.HasPrefix(tok.Rel, "nsubj") || tok.POS != nl.PRON || !demonstratives[strings.ToLower(tok.Text)] {
		return false
	}
	v := tok.Head
	if v != k-1 || v < 1 || toks[v-1].Text != "," || toks[v].POS != nl.VERB {
		return false
	}
	return toks[v].Rel == "root" || toks[v].Rel == "parataxis"
}

// bareDefinite reports whether the main clause of sentence sent, naming
// no one outside its complement clauses, takes for its subject or object a definite
// noun with nothing to say which ("de beslissing", "het besluit", "stond
// de teller op …"): its referent is in the sentences before. Not a role
// or an institution ("de politie", "het kabinet"), which a paper names so
// without antecedent, nor a noun with an adjective of a name ("de
// Eindhovense stationshal"). The sentence then goes with the one before
// it when that one stands alone ("Bijna wekelijks stelt inlichtingendienst
// AIVD de cijfers bij. Gisteren … stond de teller op …", seed 11606 #16).
func bareDefinite(doc *nl.Doc, sent nl.Sentence) bool {
	toks := doc.Tokens
	lex := nl.Lex()
	end := sent.First + len(sent.Tokens)
	if namesOutsideComplements(doc, sent) {
		return false
	}
	for k := sent.First; k < end; k++ {
		tok := toks[k]
		if tok.POS != nl.NOUN || tok.Rel != "nsubj" && tok.Rel != "nsubj:pass" && tok.Rel != "obj" || tok.Head < 0 || toks[tok.Head].Rel != "root" {
			continue
		}
		n := strings.ToLower(tok.Text)
		if lex.Is(nl.ClassRole, n) && !kindNouns[n] || groupPlural(n) || ownNoun(n) {
			continue
		}
		definite, bare := false, true
		for _, c := range doc.Children(k) {
			switch r, w := toks[c].Rel, strings.ToLower(toks[c].Text); {
			case r == "det" && (w == "de" || w == "het"):
				definite = true
			case r == "amod" && capitalised(toks[c].Text):
				bare = false // de Eindhovense stationshal: a name's adjective says which
			case r == "det" || r == "amod" || r == "punct":
			default:
				bare = false
			}
		}
		if definite && bare {
			return true
		}
	}
	return false
}

// kindNouns are the group roles of the lexicon, in the singular, that
// name a kind of body, not the one body a paper names without antecedent
// as it does "de politie" or "het kabinet": "de partij", "het bedrijf",
// "de club" is the one the sentences before named ("de bonden", the
// unions, is not).
var kindNouns = map[string]bool{"partij": true, "bedrijf": true, "club": true, "organisatie": true, "bond": true,
	"vakbond": true, "corporatie": true, "fractie": true, "directie": true, "bestuur": true, "instantie": true}

// groupPlural reports whether noun n is or ends in a group role in the
// plural ("de onderwijsbonden", "de vakbonden"): the bodies of a kind the
// story is about, which a paper names so without antecedent.
func groupPlural(n string) bool {
	e, ok := nl.Lex().RoleHead(n)
	return ok && e.Tag == "group" && e.Form != e.Lemma
}

// namesOutsideComplements reports whether sentence sent names someone or
// something outside its complement and adverbial clauses: in the main
// clause, a clause coordinated with it or a relative clause. "De partij
// liet gisteren weten dat Jan de Vries de formatie leidt" names the one it
// reports on only in the clause under "weten", and still leans; "De
// eindtoets moet leidend zijn, stelde het Planbureau gisteren" does not.
func namesOutsideComplements(doc *nl.Doc, sent nl.Sentence) bool {
	toks := doc.Tokens
	for k := sent.First; k < sent.First+len(sent.Tokens); k++ {
		if toks[k].POS != nl.PROPN {
			continue
		}
		under := false
		for i, n := k, 0; i >= 0 && n < 64 && !under; i, n = toks[i].Head, n+1 {
			r := toks[i].Rel
			under = r == "ccomp" || r == "advcl" || r == "csubj"
		}
		if !under {
			return true
		}
	}
	return false
}

// namedBefore reports whether the noun n a demonstrative at token k
// points to already stands earlier in its own sentence, so that the
// referent is inside it ("Na de annexatie van de Krim … weigerde hij die
// annexatie te erkennen").
func namedBefore(toks []nl.Token, first, k int, n nl.Token) bool {
	for j := first; j < k; j++ {
		if (toks[j].POS == nl.NOUN || toks[j].POS == nl.PROPN) && strings.EqualFold(toks[j].Lemma, n.Lemma) {
			return true
		}
	}
	return false
}

// ownNoun reports whether a demonstrative before noun n points to
// something outside the text before: a time ("deze week", "die
// donderdagavond", "op dat moment"), the paper ("deze krant") or the
// government's term ("deze kabinetsperiode").
func ownNoun(n string) bool {
	lex := nl.Lex()
	if ownReferent[n] || lex.Is(nl.ClassWeekday, n) || lex.Is(nl.ClassMonth, n) {
		return true
	}
	for w := range notAfterDemonstrative {
		if len(w) > 3 && strings.HasSuffix(n, w) {
			return true
		}
	}
	return false
}

// clauseBefore reports whether a verb other than the sentence's main
// verb stands between token first and token k.
func clauseBefore(doc *nl.Doc, first, k int) bool {
	for i := first; i < k; i++ {
		if t := doc.Tokens[i]; (t.POS == nl.VERB || t.POS == nl.AUX) && t.Rel != "root" && t.Rel != "cop" && t.Rel != "amod" && !strings.HasPrefix(t.Rel, "aux") {
			return true
		}
	}
	return false
}

// fragment reports whether the sentence at byte offset at has no main
// clause: its root is no verb and takes no copula, auxiliary or subject,
// and it has no more verb groups than clauses opened by a subordinator or
// a relative ("Het wrak van de Boeing 737 MAX die op 10 maart in Ethiopië
// neerstortte.", a caption; "Een enkele keer met succes, zoals in
// Delfzijl, waar de Raad van State in december …"; "8 maart, 20.15
// uur."). What the sentence reports is not said. It counts verbs rather
// than trust the tree, where the parse often hangs a main clause under a
// noun ("Op de lijst, die … publiceerde staan 325 productcategorieën").
// Where the tagger reads a verb as a noun ("De scooterrijder die …
// beroofde, heeft daarbij … gebruikt") a sentence is taken for a
// fragment.
func fragment(doc *nl.Doc, at int) bool {
	s := sentenceIndex(doc, at)
	if s < 0 {
		return false
	}
	sent := doc.Sentences[s]
	toks := doc.Tokens
	verbs, finite, opened := 0, 0, 0
	for k := sent.First; k < sent.First+len(sent.Tokens); k++ {
		tok := toks[k]
		if tok.Rel == "root" {
			if tok.POS == nl.VERB || tok.POS == nl.AUX {
				return false
			}
			for _, c := range doc.Children(k) {
				if r := toks[c].Rel; r == "cop" || strings.HasPrefix(r, "aux") || strings.HasPrefix(r, "nsubj") || r == "expl" {
					return false
				}
			}
		}
		if (tok.POS == nl.VERB || tok.POS == nl.AUX) && tok.Rel != "amod" && tok.Rel != "cop" && !strings.HasPrefix(tok.Rel, "aux") {
			verbs++ // a verb group counts once: "die … zou hebben gelekt"
		}
		if (tok.POS == nl.VERB || tok.POS == nl.AUX) && tok.Feats.Has(nl.FeatFin) {
			finite++ // two finite verbs are two clauses, wherever the parse hangs them
		}
		if tok.Head < 0 || toks[tok.Head].POS != nl.VERB && toks[tok.Head].POS != nl.AUX {
			continue // "als tegenstander", "zoals in Delfzijl": no clause
		}
		w := strings.ToLower(tok.Text)
		if tok.Rel == "mark" && tok.POS == nl.SCONJ || k > sent.First && tok.Rel != "det" && relativeWords[w] {
			opened++
		}
	}
	return max(verbs, finite) <= opened
}

// relativeWords open a relative clause (not "dat" and "wat", mostly a
// conjunction or a pronoun of the main clause).
var relativeWords = map[string]bool{"die": true, "wie": true, "welke": true, "waar": true, "waarin": true,
	"waarop": true, "waarmee": true, "waarbij": true, "waardoor": true, "waarna": true, "waarover": true,
	"waaruit": true, "waarvan": true, "waarvoor": true, "waaraan": true}

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
// "Onschuld Gisteren publiceerde …", "MIJDRECHT De 45-jarige vrouw …";
// not a name that opens with an article, "Basisschool De Wegwijzer"), or
// when the sentence uses it again in lower case, as subheadings take a
// word of their paragraph ("Zelfvertrouwen Hoekstra presenteert zich met
// zelfvertrouwen …"; not "Monteur Peter", "Vliegveld Lelystad").
func runInHeading(doc *nl.Doc, at int) int {
	if h := shortHeading(doc, at); h != at {
		return h
	}
	if s := sentenceIndex(doc, at); s >= 0 && len(doc.Sentences[s].Tokens) >= 4 {
		if h := longHeading(doc, doc.Sentences[s]); h >= 0 {
			return h
		}
	}
	return at
}

// shortHeading is runInHeading's test of a one-word subheading, and of a
// longer one after a capitalised first word and a lower-case second.
func shortHeading(doc *nl.Doc, at int) int {
	s := sentenceIndex(doc, at)
	if s < 0 || len(doc.Sentences[s].Tokens) < 4 {
		return at
	}
	sent := doc.Sentences[s]
	toks := doc.Tokens
	first, second, third := toks[sent.First], toks[sent.First+1], toks[sent.First+2]
	if first.Kind == nl.Word && !capitalised(first.Text) && capitalised(second.Text) && first.End < second.Start &&
		sentenceOpeners[strings.ToLower(second.Text)] && !pointingOpeners[strings.ToLower(second.Text)] && !capitalised(third.Text) {
		return second.Start // "risicostoffen In het artikel …": no sentence opens in lower case
	}
	if !capitalised(first.Text) || first.End == second.Start {
		return at
	}
	w1, w2 := strings.ToLower(first.Text), strings.ToLower(second.Text)
	if sentenceOpeners[w1] || first.POS == nl.ADP || first.POS == nl.DET || first.POS == nl.PRON {
		return at
	}
	if !capitalised(second.Text) {
		if h := longHeading(doc, sent); h >= 0 {
			return h
		}
		return at
	}
	if sentenceOpeners[w2] && (w2 != "de" && w2 != "het" && w2 != "een" || !capitalised(third.Text) || third.POS == nl.ADJ) {
		return second.Start
	}
	lex := nl.Lex()
	if first.POS != nl.NOUN || lex.Is(nl.ClassParticle, w1) || lex.Is(nl.ClassRole, w1) || lex.Is(nl.ClassPrefix, w1) {
		return at // "Van Ark (foto) onthulde … van het kabinet"
	}
	if r, _ := utf8.DecodeRuneInString(third.Text); unicode.IsLower(r) && doc.CommonWord(second.Text) {
		return second.Start // "Profiel Jonge leerlingen worden …": a common word capitalised before a lower-case one opens the sentence
	}
	for k := sent.First + 2; k < sent.First+len(sent.Tokens); k++ {
		if toks[k].Text == w1 {
			return second.Start
		}
	}
	return at
}

// pointingOpeners open a sentence that leans on the one before, so no
// heading is cut before them; mid-sentence they are mostly a name's
// ("Ride or Die bracht …").
var pointingOpeners = map[string]bool{"die": true, "dat": true, "dit": true, "deze": true, "er": true, "hij": true,
	"zij": true, "ze": true, "we": true, "wij": true, "ik": true, "dan": true, "zo": true}

// headingOpeners open a sentence after a subheading beyond
// sentenceOpeners: the days counted from the report ("Schipholtunnel twee
// nachten dicht Morgen en overmorgen gaan …").
var headingOpeners = map[string]bool{"morgen": true, "overmorgen": true, "eergisteren": true, "vanmiddag": true,
	"vannacht": true, "volgende": true, "komende": true}

// longHeading returns the byte offset of a sentence opener that follows a
// subheading of two to five words run into sentence sent ("Onwrikbare
// steun De Duitse minister …", "Motie van wantrouwen Hoewel zijn partij
// …", "Oorzaak 6 Uitstel op uitstel Na de crash …", in lower case
// "staking leerlingen De docent …", with a participle "Keurig afgevoerd
// In 1980 …"), or -1. The heading is words and numbers only, with no
// finite verb; the opener is a capitalised word only a sentence opens
// with, or a subordinator, after a lower-case word; an article before a
// capitalised word that is no adjective opens a name ("feministenclub De
// Bovengrondse"), not a sentence.
func longHeading(doc *nl.Doc, sent nl.Sentence) int {
	toks := doc.Tokens
	last := sent.First + len(sent.Tokens) - 2
	lex := nl.Lex()
	if f := toks[sent.First]; f.POS == nl.VERB || f.POS == nl.AUX {
		return -1
	}
	for k := sent.First + 2; k <= sent.First+5 && k < last; k++ {
		prev, t := toks[k-1], toks[k]
		if prev.Kind != nl.Word && prev.Kind != nl.Number || (prev.POS == nl.VERB || prev.POS == nl.AUX) && !prev.Feats.Has(nl.FeatPart) || prev.End == t.Start {
			return -1
		}
		w := strings.ToLower(t.Text)
		if t.Kind != nl.Word || !capitalised(t.Text) || !sentenceOpeners[w] && !headingOpeners[w] && !lex.Is(nl.ClassSubordinator, w) || pointingOpeners[w] {
			continue
		}
		if next := toks[k+1]; prev.POS == nl.PROPN && capitalised(next.Text) {
			continue // "broer Omar Al Neema": a name goes on
		}
		if next := toks[k+1]; (w == "de" || w == "het" || w == "een") && capitalised(next.Text) && next.POS != nl.ADJ {
			continue
		}
		return t.Start
	}
	return -1
}

// capitalised reports whether word w begins with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// unintroduced reports whether the sentence [start, end) of member m
// names a person by a shorter name ("Kriener", "Van Oeffelen") than the
// one its article introduced them by before it ("Daniel Martin Kriener,
// de Duitse ambassadeur"), with no role or apposition beside the name
// ("minister Koolmees", "Yildirim, voormalig premier, …"), while they are
// not whom the article is about (named most, or in its headline) and no
// other article of the story names them: on a timeline the reader does not know who that is (seeds 1761
// #14, 11606 #4, #6). The sentence then goes with the one before it when
// that one names them in full and stands alone; else it is no entry.
func (b *builder) unintroduced(ms []*member, m *member, start, end int) bool {
	if m.an == nil {
		return false
	}
	for _, mn := range m.an.Mentions {
		if mn.Field != "" || mn.Type != kroniek.PER || mn.Start < start || mn.Start >= end {
			continue
		}
		before, inside := longerName(m.an.Mentions, mn, start, end)
		if !before || inside || mainPerson(m.an.Mentions, mn.Local) || strings.Contains(strings.ToLower(m.a.Title), strings.ToLower(mn.Text)) ||
			described(b.syntax(m), mn) || namedElsewhere(ms, m, mn) {
			continue
		}
		return true
	}
	return false
}

// mainPerson reports whether the person of article-local key local is
// named at least as often as any other person of the article: whom it is
// about, whose surname alone the reader follows ("Na verhoor is Huzen
// gisteravond vrijgelaten").
func mainPerson(mentions []kroniek.Mention, local string) bool {
	n := map[string]int{}
	for _, o := range mentions {
		if o.Field == "" && o.Type == kroniek.PER && o.Local != "" {
			n[o.Local]++
		}
	}
	for _, c := range n {
		if c > n[local] {
			return false
		}
	}
	return true
}

// longerName reports whether the article names the person of mention mn
// by more words before offset start (before) or within [start, end)
// (inside).
func longerName(mentions []kroniek.Mention, mn kroniek.Mention, start, end int) (before, inside bool) {
	n := len(strings.Fields(mn.Text))
	for _, o := range mentions {
		if o.Field != "" || o.Local != mn.Local || len(strings.Fields(o.Text)) <= n {
			continue
		}
		switch {
		case o.End <= start:
			before = true
		case o.Start >= start && o.Start < end:
			inside = true
		}
	}
	return before, inside
}

// described reports whether the name of mention mn comes with what the
// person is: a noun just before it, lower-case or opening the sentence,
// or a role ("algemeen directeur De Jong", "Ambassadeur Kriener"), or an
// apposition ("Yildirim, voormalig premier, …").
func described(doc *nl.Doc, mn kroniek.Mention) bool {
	toks := doc.Tokens
	i := sort.Search(len(toks), func(k int) bool { return toks[k].End > mn.Start })
	if i >= len(toks) || doc.SentenceOf(i) < 0 || !doc.Parsed(doc.SentenceOf(i)) {
		return true // no parse: tell nothing
	}
	if i > 0 && doc.SentenceOf(i-1) == doc.SentenceOf(i) {
		p := toks[i-1]
		if p.POS == nl.NOUN && (!capitalised(p.Text) || i-1 == doc.Sentences[doc.SentenceOf(i)].First) || nl.Lex().Is(nl.ClassRole, strings.ToLower(p.Text)) {
			return true // "Ambassadeur Kriener", "pastoor Dekkers"
		}
	}
	k := i
	for ; k < len(toks) && toks[k].Start < mn.End; k++ {
		if len(doc.Dependents(k, "appos")) > 0 {
			return true
		}
	}
	// "Timmermans, de Europese lijsttrekker, …": an apposition the parse
	// did not hang under the name.
	if k+1 < len(toks) && toks[k].Text == "," {
		n := toks[k+1]
		return n.POS == nl.DET || (n.POS == nl.NOUN || n.POS == nl.ADJ) && !capitalised(n.Text)
	}
	return false
}

// namedElsewhere reports whether another article of the story names the
// person of mention mn (a person mention ending in the same word): the
// story's reader has met them.
func namedElsewhere(ms []*member, m *member, mn kroniek.Mention) bool {
	last := lastWord(mn.Text)
	for _, o := range ms {
		if o == m || o.an == nil || o.a.ID == m.a.ID {
			continue
		}
		for _, x := range o.an.Mentions {
			if x.Type == kroniek.PER && strings.EqualFold(lastWord(x.Text), last) {
				return true
			}
		}
	}
	return false
}

// labelDash is one capitalised word and a dash before a capital at the
// start of a text: a section or genre label run into the sentence
// ("Reportage - Snorfietsers mochten …", "Politiek - De Kamer …").
var labelDash = regexp.MustCompile(`^(\p{Lu}\p{L}+) [-–] (\p{Lu})`)

// cutLabel drops such a label from the start of an entry's text when the
// word is a common word of doc's language; a name before a dash is no
// label ("Ajax - PSV eindigde gisteren in 3-3").
func cutLabel(doc *nl.Doc, text string) string {
	if m := labelDash.FindStringSubmatchIndex(text); m != nil && doc.CommonWord(text[m[2]:m[3]]) {
		return text[m[4]:]
	}
	return text
}

// maxBack is how many sentences back anaphoricDefinite looks for the noun
// a definite noun phrase takes up.
const maxBack = 3

// sayWhich are the dependency relations under a noun that say which one
// it is ("het voorstel van de minister", "de lijst die gisteren uitlekte",
// "de 64-jarige Tilburger Kees Bakker"): with one of them a definite noun
// phrase needs nothing before.
var sayWhich = map[string]bool{"nmod": true, "appos": true, "acl": true, "acl:relcl": true, "flat": true,
	"compound": true, "nummod": true, "nmod:poss": true, "obl": true}

// anaphoricDefinite returns the noun of a definite noun phrase that is
// the subject or object of the main clause of the sentence at byte offset
// at, with nothing in it to say which ("de klachtenlijst", "Het Europese
// voorstel", "De fractieleider"), when the article used that noun, or
// one ending in it or in which it ends, in the maxBack sentences before:
// the phrase takes up what they told ("Met de koop van aandelen … . De
// Kamer debatteert vandaag over de aandelenkoop" has "de aandelenkoop"
// as object only in a prepositional phrase and passes; "De Kamer
// bespreekt vandaag de aandelenkoop" does not). prev reports whether the
// sentence just before uses it (or, for a kind of body, "de partij",
// names one), and so may go in front. An institution
// ("de politie", "het kabinet"), a time ("de week") or a noun of the
// article's headline (title), which the reader has read, is no such
// noun. It returns "" when there is none.
func anaphoricDefinite(doc *nl.Doc, at int, title string) (noun string, prev bool) {
	s := sentenceIndex(doc, at)
	if s < 0 {
		return "", false
	}
	sent := doc.Sentences[s]
	toks := doc.Tokens
	title = strings.ToLower(title)
	for k := sent.First; k < sent.First+len(sent.Tokens); k++ {
		if !mainArgument(doc, k) {
			continue
		}
		n, lemma := strings.ToLower(toks[k].Text), strings.ToLower(toks[k].Lemma)
		if lemma == "" {
			lemma = n
		}
		if len(lemma) < 4 || institution(n) || ownNoun(n) || notAfterDemonstrative[n] || strings.Contains(title, lemma) ||
			!bareDefiniteAt(doc, k) || usedIn(doc, sent.First, sent.First+len(sent.Tokens), k, lemma) {
			continue
		}
		for back := 1; back <= maxBack && s-back >= 0; back++ {
			o := doc.Sentences[s-back]
			if !doc.Parsed(s - back) {
				break
			}
			if usedIn(doc, o.First, o.First+len(o.Tokens), -1, lemma) {
				return n, back == 1 || kindNouns[n] && namesOne(doc, s-1)
			}
		}
	}
	return "", false
}

// namesOne reports whether sentence s names something (a proper noun):
// put in front of "de partij" or "het bedrijf", it says which ("VVD-kopstuk
// Hans Wiegel …. Gisteren liet de partij weten …").
func namesOne(doc *nl.Doc, s int) bool {
	if s < 0 {
		return false
	}
	sent := doc.Sentences[s]
	for k := sent.First; k < sent.First+len(sent.Tokens); k++ {
		if doc.Tokens[k].POS == nl.PROPN {
			return true
		}
	}
	return false
}

// mainArgument reports whether token k is a common noun that is the
// subject or object of the main verb of its sentence or of a verb
// coordinated with it, or what it is about ("debatteert over de
// aandelenkoop").
func mainArgument(doc *nl.Doc, k int) bool {
	toks := doc.Tokens
	tok := toks[k]
	if tok.POS != nl.NOUN || tok.Rel != "nsubj" && tok.Rel != "nsubj:pass" && tok.Rel != "obj" && !topic(doc, k) || tok.Head < 0 {
		return false
	}
	v := tok.Head
	if toks[v].Rel == "conj" && toks[v].Head >= 0 {
		v = toks[v].Head
	}
	return toks[v].Rel == "root"
}

// topic reports whether token k is an oblique under "over": what a
// debate, talk or report is about.
func topic(doc *nl.Doc, k int) bool {
	if !strings.HasPrefix(doc.Tokens[k].Rel, "obl") {
		return false
	}
	for _, c := range doc.Dependents(k, "case") {
		if strings.EqualFold(doc.Tokens[c].Text, "over") {
			return true
		}
	}
	return false
}

// institution reports whether noun n names a body a paper names without
// antecedent ("de politie", "het kabinet", "de vakbonden"); not a kind of
// body ("de partij", "het bedrijf"), which is the one named before.
func institution(n string) bool {
	if kindNouns[n] {
		return false
	}
	e, ok := nl.Lex().RoleHead(n)
	return ok && e.Tag == "group" || groupPlural(n)
}

// bareDefiniteAt reports whether noun k takes "de" or "het" and nothing
// that says which one it is (sayWhich), nor a capitalised word under it,
// nor a noun coordinated with it that has one.
func bareDefiniteAt(doc *nl.Doc, k int) bool {
	toks := doc.Tokens
	definite := false
	for _, c := range doc.Children(k) {
		r, w := toks[c].Rel, strings.ToLower(toks[c].Text)
		switch {
		case r == "det":
			if w != "de" && w != "het" {
				return false
			}
			definite = true
		case sayWhich[r] || toks[c].POS == nl.PROPN:
			return false
		case r == "conj" && slices.ContainsFunc(doc.Children(c), func(g int) bool { return sayWhich[toks[g].Rel] }):
			return false // "de belastingontwijking en -ontduiking die centraal staat": the clause is of both
		}
	}
	return definite
}

// usedIn reports whether a noun among tokens [first, end), other than
// token skip, has lemma or ends in it, or is the last part of it (at
// least four letters: "koop" of "aandelenkoop", "lijst" after
// "klachtenlijst").
func usedIn(doc *nl.Doc, first, end, skip int, lemma string) bool {
	for j := first; j < end; j++ {
		t := doc.Tokens[j]
		if j == skip || t.POS != nl.NOUN {
			continue
		}
		l := strings.ToLower(t.Lemma)
		if l == "" {
			l = strings.ToLower(t.Text)
		}
		if l == lemma || len(l) >= 4 && strings.HasSuffix(lemma, l) || strings.HasSuffix(l, lemma) {
			return true
		}
	}
	return false
}

// comparisonPhrases compare with a base: "ten opzichte van eind
// december", "vergeleken met vorig jaar".
var comparisonPhrases = [][]string{{"ten", "opzichte", "van"}, {"vergeleken", "met"}, {"in", "vergelijking", "met"}}

// changeNouns name a rise or fall of a figure.
var changeNouns = map[string]bool{"daling": true, "stijging": true, "toename": true, "afname": true, "groei": true,
	"verschil": true, "krimp": true, "verdubbeling": true, "halvering": true}

// baselessComparison reports whether the sentence at byte offset at
// compares a change with a base and names neither the figure nor what
// changed: a change noun, and no verb (but an adjective's participle,
// "opvallende") or number, before the comparison
// ("Een opvallende daling ten opzichte van eind december: toen …"), so
// that what fell is in the sentence before. Not "De werkloosheid daalde
// ten opzichte van vorig jaar", which says what fell.
func baselessComparison(doc *nl.Doc, at int) bool {
	s := sentenceIndex(doc, at)
	if s < 0 {
		return false
	}
	sent := doc.Sentences[s]
	toks := doc.Tokens
	change := false
	for k := sent.First; k < sent.First+len(sent.Tokens); k++ {
		t := toks[k]
		if (t.POS == nl.VERB || t.POS == nl.AUX) && t.Rel != "amod" || t.POS == nl.NUM || t.Kind == nl.Number || t.Text == ":" {
			return false
		}
		change = change || changeNouns[strings.ToLower(t.Text)]
		if change && startsPhrase(toks, k, sent.First+len(sent.Tokens)) {
			return true
		}
	}
	return false
}

// startsPhrase reports whether one of comparisonPhrases begins at token
// k (before token end).
func startsPhrase(toks []nl.Token, k, end int) bool {
	for _, p := range comparisonPhrases {
		if k+len(p) > end {
			continue
		}
		ok := true
		for i, w := range p {
			ok = ok && strings.EqualFold(toks[k+i].Text, w)
		}
		if ok {
			return true
		}
	}
	return false
}

// fullNames returns, for each person the text [start, end) of member m
// names by a shorter name than its article gave them before start, with
// no role or apposition beside it ("Maandag sprak Vos al met de bonden"
// after "minister Jan Vos"), the name as the article first gave it: the
// full name ("Jan Vos"), else the role before the surname ("minister
// Vos"). The timeline shows that name in its place: on a timeline the
// reader has not read the sentences before.
func (b *builder) fullNames(m *member, start, end int) map[string]string {
	if m.an == nil {
		return nil
	}
	doc := b.syntax(m)
	out := map[string]string{}
	done := map[string]bool{}
	for _, mn := range m.an.Mentions {
		if mn.Field != "" || mn.Type != kroniek.PER || mn.Local == "" || mn.Start < start || mn.End > end || done[mn.Local] {
			continue
		}
		done[mn.Local] = true
		if before, inside := longerName(m.an.Mentions, mn, start, end); inside || described(doc, mn) {
			continue
		} else if name := firstNaming(doc, m.an.Mentions, mn, start, before); name != "" {
			out[mn.Text] = name
		}
	}
	return out
}

// firstNaming returns how the article first named the person of mention
// mn before offset start: its first longer name when it has one
// (longer), else the role noun before an earlier mention and mn's name
// ("minister Vos"); "" when neither.
func firstNaming(doc *nl.Doc, mentions []kroniek.Mention, mn kroniek.Mention, start int, longer bool) string {
	n := len(strings.Fields(mn.Text))
	for _, o := range mentions {
		if o.Field != "" || o.Local != mn.Local || o.End > start {
			continue
		}
		if longer && len(strings.Fields(o.Text)) > n && !commonOpener(doc, o) {
			return o.Text
		}
		if !longer && n == 1 {
			if r := roleBefore(doc, o); r != "" {
				return r + " " + mn.Text
			}
		}
	}
	return ""
}

// commonOpener reports whether the tagger took the first word of
// mention mn for no name: a word of another class than noun ("Bestudeer
// Xi's bezoek", an imperative opening the sentence), or a common noun
// ("Moeder Vos"): the mention is the name with a word before it, not a
// fuller name.
func commonOpener(doc *nl.Doc, mn kroniek.Mention) bool {
	if sentenceIndex(doc, mn.Start) < 0 {
		return false // no parse, so no tags to go by
	}
	toks := doc.Tokens
	i := sort.Search(len(toks), func(k int) bool { return toks[k].End > mn.Start })
	if i >= len(toks) || toks[i].POS == nl.PROPN {
		return false
	}
	return toks[i].POS != nl.NOUN || doc.CommonWord(toks[i].Text)
}

// roleBefore returns the lower-case role noun right before mention mn in
// its sentence ("minister" of "minister Vos"), or "".
func roleBefore(doc *nl.Doc, mn kroniek.Mention) string {
	toks := doc.Tokens
	i := sort.Search(len(toks), func(k int) bool { return toks[k].End > mn.Start })
	if i < 1 || i >= len(toks) || doc.SentenceOf(i-1) != doc.SentenceOf(i) {
		return ""
	}
	p := toks[i-1]
	if w := p.Text; !capitalised(w) && nl.Lex().Is(nl.ClassRole, w) {
		return w
	}
	return ""
}

// showNames puts in text, for the first whole-word use of each name of
// names, the name it stands for (fullNames).
func showNames(text string, names map[string]string) string {
	for short, full := range names {
		for off := 0; off < len(text); {
			i := strings.Index(text[off:], short)
			if i < 0 {
				break
			}
			i += off
			j := i + len(short)
			if wordBoundary(text, i, j) {
				if tail := short[len(strings.TrimRight(short, "'’")):]; !strings.HasSuffix(full, tail) {
					full += tail // "Timmermans' bedrijf": "Ben Timmermans' bedrijf"
				}
				i -= shownBefore(text[:i], full[:len(full)-len(short)])
				if i == 0 {
					full = upperFirst(full) // "president Trump" opens the entry
				}
				text = text[:i] + full + text[j:]
				break
			}
			off = j
		}
	}
	return text
}

// showNamesAround is showNames of text whose dated sentence begins at
// byte own, a sentence put in front before it: a name goes in full at its
// first use, in front or in the dated sentence, and own moves with it.
func showNamesAround(text string, own int, names map[string]string) (string, int) {
	front := showNames(text[:own], names)
	rest := map[string]string{}
	for short, full := range names {
		if showNames(text[:own], map[string]string{short: full}) == text[:own] {
			rest[short] = full
		}
	}
	return front + showNames(text[own:], rest), len(front)
}

// shownBefore returns the length of the longest end of pre, the words a
// full name has before the short one, that text already ends with, in
// any case: "'t Hooft" goes in full as "Gerard 't Hooft", not "'t Gerard
// 't Hooft".
func shownBefore(text, pre string) int {
	for k := len(pre); k > 0; k-- {
		if k < len(pre) && pre[len(pre)-k-1] != ' ' {
			continue // whole words only
		}
		if suf := pre[len(pre)-k:]; len(suf) <= len(text) && strings.EqualFold(text[len(text)-len(suf):], suf) {
			return len(suf)
		}
	}
	return 0
}

// upperFirst returns s with its first letter in upper case.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// wordBoundary reports whether text[i:j] is not part of a longer word.
func wordBoundary(text string, i, j int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	n, _ := utf8.DecodeRuneInString(text[j:])
	return (i == 0 || !unicode.IsLetter(r)) && (j == len(text) || !unicode.IsLetter(n))
}

// agedSubject is a sentence that opens on an age and a noun for a person:
// "De 82-jarige president", "De 60-jarige zangeres".
var agedSubject = regexp.MustCompile(`^(De \d+-jarige) (\p{Ll}+)\b`)

// plainPersonNouns are nouns that say no more than that the person is
// one: the name stands for them ("De 34-jarige Jan Vos", not "De
// 34-jarige man Jan Vos").
var plainPersonNouns = map[string]bool{"man": true, "vrouw": true, "jongen": true, "meisje": true}

// nameAged shows the name after an age-only subject ("De 82-jarige
// president maakte …" after "President Jan Vos trad af." reads "De
// 82-jarige president Jan Vos maakte …"), which out of its article does
// not say who: name is the one person the sentence before named ("" for
// none or more than one). A sentence that names no one itself only.
func nameAged(text, name string) string {
	loc := agedSubject.FindStringSubmatchIndex(text)
	if loc == nil || name == "" || strings.Contains(text, name) {
		return text
	}
	noun := text[loc[4]:loc[5]]
	if plainPersonNouns[noun] {
		return text[:loc[3]] + " " + name + text[loc[5]:]
	}
	return text[:loc[5]] + " " + name + text[loc[5]:]
}

// onePersonBefore returns the longest name of the one person the sentence
// before sentence pos names, "" when it names none or more than one, or
// when sentence pos names a person itself (then the age may be theirs).
func onePersonBefore(mentions []kroniek.Mention, sents []kroniek.SentenceSpan, pos int) string {
	if pos == 0 {
		return ""
	}
	prev, cur := sents[pos-1], sents[pos]
	local, name := "", ""
	for _, mn := range mentions {
		if mn.Field != "" || mn.Type != kroniek.PER {
			continue
		}
		if mn.Start >= cur.Start && mn.End <= cur.End {
			return ""
		}
		if mn.Start < prev.Start || mn.End > prev.End {
			continue
		}
		if local != "" && mn.Local != local {
			return ""
		}
		local = mn.Local
		if len(mn.Text) > len(name) {
			name = mn.Text
		}
	}
	return name
}
