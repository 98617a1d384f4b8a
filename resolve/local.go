package resolve

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/nl"
)

// cand is a mention being resolved within one article.
type cand struct {
	start, end int
	typ        string
	entry      *kb.Entry // knowledge-base link, after metonyms are followed
	weak       bool      // a one-word person link: short forms in the article win
	fromKB     bool
	metonym    bool   // Moskou, het Kremlin standing for a government
	standsFor  string // the knowledge-base id of that government
	role       string
	country    string // affiliation from a demonym before the name
	dropped    bool   // a knowledge-base match a longer tagger mention replaced
	broken     bool   // its last word is broken at a line end: Oppen-heimer
	spaced     bool   // a compound broken after its hyphen at a line end: Latijns- Amerika
	classTyped bool   // typed by a class noun before it (ziekenhuis X): outweighs the tagger's person
	agentClass bool   // that class noun is a trade a person may have too: softwareontwikkelaar X
	ofJoined   bool   // a body's name joined with "van de" and a noun: no person's shape
	family     bool   // a family name after a kin noun: "de zussen Lobo" are not one Lobo
	byline     bool   // a columnist's signature in lower case: t.holman
	cabinet    bool   // a cabinet named after its premier: Rutte III
	shortOf    string // the fuller name it is a short form of: Max of 737 Max
	ellipsis   string // the family name a coordinated full name lends it: Kelsey of "Kelsey en Garion Mulder"
}

func (c *cand) text(doc *nl.Doc) string { return doc.Text[c.start:c.end] }

// name is the mention's text with a word broken at a line end made
// whole again: what it is compared by.
func (c *cand) name(doc *nl.Doc) string {
	t := c.text(doc)
	if c.byline {
		return bylineName(t)
	}
	if c.cabinet {
		return cabinetName(t)
	}
	if c.spaced {
		return strings.Replace(t, "- ", "-", 1)
	}
	if c.broken {
		if i := strings.LastIndexByte(t, '-'); i > 0 {
			return t[:i] + strings.TrimPrefix(t[i+1:], " ") // Oppen-heimer, Mat- thews
		}
	}
	return t
}

// affix is a role or demonym found by the knowledge base.
type affix struct {
	start, end  int
	tok, tokEnd int
	kind        string
	country     string
	text        string
}

// Local resolves the mentions of one article: it merges the tagger's
// mentions with knowledge-base matches (so articles in languages without
// a tagger still get mentions), strips titles and roles into
// LocalEntity.Roles, drops possessive endings, takes known names out of
// hyphenated compounds (NAVO-troepen, pro-Loekasjenkobijeenkomst), joins
// short forms to the full name used in the same article (Loekasjenko →
// Aleksandr Loekasjenko) and links knowledge-base entries. Capitals and
// seats of government used as actors stand for their government
// (Moskou, het Kremlin → Rusland); after a preposition of place they stay
// places (in Minsk). Demonyms and adjectives (Russische) are not
// mentions: they give a country to the name they qualify. It returns the
// article's entities, keyed "L1", "L2", … in order of first mention, and
// the mentions sorted by offset with Local set. k may be nil. When tagged
// is nil and the document is not Dutch, names are found by their capitals
// (see capitalNames) besides the knowledge base.
func Local(doc *nl.Doc, tagged []kroniek.Mention, k *kb.KB) ([]kroniek.LocalEntity, []kroniek.Mention) {
	return local(doc, tagged, k, false)
}

// local is Local; a title keeps the words that open it (its names are
// matched to the text's afterwards).
func local(doc *nl.Doc, tagged []kroniek.Mention, k *kb.KB, title bool) ([]kroniek.LocalEntity, []kroniek.Mention) {
	if doc == nil {
		return nil, nil
	}
	if tagged == nil && doc.Lang != "" && doc.Lang != "nl" {
		tagged = capitalNames(doc) // no tagger for this language
	}
	var matches []kb.Match
	if k != nil {
		matches = k.Match(doc)
	}
	var cands []cand
	var affixes []affix
	counted := countedGroups(doc)
	for _, m := range matches {
		e := m.Entries[0]
		switch e.Kind {
		case kb.KindRole, kb.KindDemonym:
			if c, ok := inhabitants(doc, m, k, counted); ok {
				cands = append(cands, c)
				continue
			}
			affixes = append(affixes, affix{start: m.Start, end: m.End, tok: m.Tok, tokEnd: m.TokEnd,
				kind: e.Kind, country: e.Country, text: doc.Text[m.Start:m.End]})
			continue
		}
		if e.Kind == kb.KindCity && familyParticleBefore(doc, m.Tok) {
			continue // Van Veldhoven, Thomas van Aalten, De Gendt: a family name
		}
		if partyElsewhere(m, matches, doc.Text) {
			continue // conservatives of a Dutch church are not the British party
		}
		if ownerUnnamed(doc, k, e, doc.Text[m.Start:m.End]) {
			continue // "voorzitter van de Veiligheidsraad" of Kazakhstan is not the UN's
		}
		c := cand{start: m.Start, end: m.End, fromKB: true}
		linkMatch(&c, doc, m, k)
		cands = append(cands, c)
	}
	nkb := len(cands) // the knowledge base's matches: sorted, never overlapping
	kbCands := append([]cand(nil), cands...)
	sort.SliceStable(affixes, func(i, j int) bool { return affixes[i].start < affixes[j].start })
	sort.SliceStable(kbCands, func(i, j int) bool { return kbCands[i].start < kbCands[j].start })
	lower, words, midCap := wordSets(doc)
	for _, t := range splitGlued(doc, splitPossessives(doc, dropLongSpans(tagged)), k) {
		// Only roles and names near the mention can attach to it: looking
		// at those keeps a long text linear.
		lo, hi := t.Start-nearBytes, t.End
		a0 := sort.Search(len(affixes), func(i int) bool { return affixes[i].start >= lo })
		a1 := sort.Search(len(affixes), func(i int) bool { return affixes[i].start > hi })
		k0 := sort.Search(len(kbCands), func(i int) bool { return kbCands[i].start >= lo })
		k1 := sort.Search(len(kbCands), func(i int) bool { return kbCands[i].start > hi })
		c, ok := cleanTagged(doc, t, affixes[a0:a1], kbCands[k0:k1], lower, words, midCap)
		if !ok {
			continue
		}
		cands = mergeTagged(doc, cands, nkb, c)
	}
	kept := cands[:0]
	for _, c := range cands {
		if !c.dropped {
			kept = append(kept, c)
		}
	}
	cands = kept
	cands = dropDemonyms(doc, cands, k, midCap, title)
	cands = splitCompounds(doc, cands, k)
	cands = dropInitials(doc, cands)
	cands = extendSpans(doc, cands, k)
	arabicArticle(doc, cands)
	cands = institutionNames(doc, cands, k)
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].start < cands[j].start })
	cands = regionCompounds(doc, cands, k)
	brokenTails(doc, cands, words, title)
	cands = dropOverlaps(cands)
	cands = cabinets(doc, cands)
	cands = joinEnglishNames(doc, cands)
	cands = joinModels(doc, cands)
	cands = artistNames(doc, cands, lower)
	cands = joinSlashed(doc, cands)
	cands = joinEllipsis(doc, cands)
	cands = joinParticleNames(doc, cands, k)
	cands = joinAdjacent(doc, cands)
	cands = joinOfNames(doc, cands, lower)
	cands = joinCauseNames(doc, cands)
	cands = joinVenues(doc, cands)
	battlePlaces(doc, cands)
	cands = joinPlaceBodies(doc, cands)
	cands = joinBodyNames(doc, cands)
	cands = bracketLongForms(doc, cands)
	cands = treatyNames(doc, cands)
	cands = leaderBodyNames(doc, cands)
	cands = joinKnownLists(doc, cands, k)
	cands = dropInnerPlaces(doc, cands, lower)
	cands = dropFormerPrefixes(doc, cands)
	cands = dropRubrics(doc, cands)
	cands = dropPageNumbers(doc, cands)
	cands = dropUnits(doc, cands)
	cands = dropPartyMembers(doc, cands)
	opening := midCap
	if title {
		opening = nil // a headline capitalises its words, and its tags are weak
	}
	cands = cleanNonNames(doc, cands, lower, opening)
	cands = dropChairSubjects(doc, cands)
	cands = dropAldermanPortfolios(doc, cands)
	cands = splitKnownPairs(doc, cands, k)
	dropPersonNouns(doc, cands)
	cands = camelProducts(doc, cands)
	cands = dropQuotedAdjectives(doc, cands)
	cands = joinKnownVariants(doc, cands)
	dropTownAdjectives(doc, cands, k)
	adjectiveNames(doc, cands, k)
	adjectivesSpelled(doc, cands)
	attachAffixes(doc, cands, affixes)
	cands = workTitles(doc, cands)
	placesOfClass(doc, cands)
	typeByClass(doc, cands)
	denominations(doc, cands)
	compassPlaces(cands, doc, k)
	placeCompounds(doc, cands)
	bodiesOfClass(doc, cands)
	diseaseEponyms(doc, cands)
	employers(doc, cands)
	makerModels(doc, cands)
	personsInLists(doc, cands)
	personsOfPersonLists(doc, cands)
	orgsInLists(doc, cands)
	classListMembers(doc, cands)
	pluralRoleLists(doc, cands)
	othersOfClass(doc, cands)
	resultTeams(doc, cands)
	resultAthletes(doc, cands)
	signaturePlaces(doc, cands)
	clubsOfPlaces(doc, cands, k)
	personCompounds(doc, cands)
	markFamilies(doc, cands)
	ellipsisSurnames(doc, cands)
	dropHeadingNouns(doc, cands, midCap)
	cutLowerHeading(doc, cands)
	cands = extendToPrinted(doc, cands)
	portfolioCountries(doc, cands, matches)
	cands = propagateNames(doc, cands)
	orgByEvidence(doc, cands)
	typeByApposition(doc, cands)
	typeByAddress(doc, cands)
	typeBySubject(doc, cands)
	typeByClub(doc, cands)
	bracketAcronyms(doc, cands)
	cands = dropPlaceAdjectives(doc, cands, k)
	stripPossessiveS(doc, cands, k)
	foreignTwins(doc, cands, matches)
	bareChamber(doc, cands, matches, k)             // de Kamer
	cands = bodyMentions(doc, cands, matches, k)    // de politie, het kabinet
	cands = councilMentions(doc, cands, matches, k) // het college, B en W
	cands = municipalityMentions(doc, cands, k)     // de gemeente
	cands = bareInitials(doc, cands)
	if !title {
		cands = bylines(doc, cands)
	}
	return group(doc, cands)
}

// bareInitials adds the bare initial of a suspect's family name where
// the tagger missed it: after "Gökmen T." the article writes "de jacht op
// T.", and that T. is the same person. Only an initial one person of the
// article has (one full name "Given X.", no particle before X.: Bart van
// U. gives no bare U.), after a word in lower case other than a family
// particle but van ("betalingen van K."), outside every other mention.
func bareInitials(doc *nl.Doc, cs []cand) []cand {
	owners := map[string]map[string]bool{} // "T." -> the full names that end in it
	for _, c := range cs {
		ws := strings.Fields(c.text(doc))
		if c.typ != kroniek.PER || len(ws) < 2 || !initial(ws[len(ws)-1]) || particles[strings.ToLower(ws[len(ws)-2])] {
			continue
		}
		last := ws[len(ws)-1]
		if owners[last] == nil {
			owners[last] = map[string]bool{}
		}
		owners[last][kb.Fold(strings.Join(ws, " "))] = true
	}
	if len(owners) == 0 {
		return cs
	}
	covered := coverage(cs)
	n := len(cs)
	for i, t := range doc.Tokens {
		if i == 0 || t.Kind != nl.Word {
			continue
		}
		end := t.End
		if !strings.HasSuffix(t.Text, ".") {
			if end >= len(doc.Text) || doc.Text[end] != '.' {
				continue
			}
			end++
		}
		w := doc.Text[t.Start:end]
		if len(owners[w]) != 1 || covered(t.Start, end) {
			continue
		}
		prev := doc.Tokens[i-1]
		if prev.Kind != nl.Word || prev.End+1 != t.Start || !startsLower(prev.Text) || prev.Text != "van" && familyParticles[prev.Text] {
			continue
		}
		if end < len(doc.Text) {
			if r, _ := utf8.DecodeRuneInString(doc.Text[end:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		cs = append(cs, cand{start: t.Start, end: end, typ: kroniek.PER})
	}
	if len(cs) > n {
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].start < cs[j].start })
	}
	return cs
}

// inhabitants returns a mention of a country for its inhabitants named
// with the definite article: "de Britten", "de Russen" stand for their
// country as the news speaks of it. Adjectives (Britse), one inhabitant
// (een Brit) and counted people ("zeven Russen", "veel Amerikanen") are
// no mention of it; nor are the peoples of a country's regions (de
// Schotten), nor a share of a people ("een kwart van de Britten"). Nor are a few people the article counted before ("zeven
// Oekraïners …", then "de Oekraïners zaten opgesloten") or names after
// the plural ("de Amerikanen Steven Avery en Brendan Dassey"): those are
// people of the country, not the country. counted holds where the
// article first counts a group: countedGroups.
func inhabitants(doc *nl.Doc, m kb.Match, k *kb.KB, counted map[string]int) (cand, bool) {
	e := m.Entries[0]
	w, end := pluralApostrophe(doc, m)
	if e.Kind != kb.KindDemonym || k == nil || m.Tok < 1 || !slices.Contains(e.Inhabitants, w) {
		return cand{}, false
	}
	if a := doc.Tokens[m.Tok-1].Text; a != "de" && a != "De" && !((a == "en" || a == ",") && m.Tok >= 3 && inhabitantsAfterDe(doc, m.Tok-2, k)) {
		return cand{}, false // "de Fransen en Duitsers" counts Duitsers too
	}
	if at, ok := counted[w]; ok && at < m.Start {
		return cand{}, false
	}
	if partitive(doc, m.Tok-1) {
		return cand{}, false // "een kwart van de Britten": people of the country
	}
	if next := m.TokEnd; next < len(doc.Tokens) && doc.Tokens[next].Kind == nl.Word && startsUpper(doc.Tokens[next].Text) &&
		!startsSentence(doc, doc.Tokens[next].Start) && !nl.IsStopword(strings.ToLower(doc.Tokens[next].Text)) {
		return cand{}, false // not a heading's last words: "overhoop met de Russen In 2017 werd …"
	}
	t := k.Resolve(e)
	if t == e || t.Kind != kb.KindCountry {
		return cand{}, false
	}
	return cand{start: m.Start, end: end, fromKB: true, entry: t, typ: t.Type}, true
}

// pluralApostrophe returns the words of a knowledge-base match with an
// 's after it, and their end: a plural of a name ending in a vowel is
// written with one ("de Israëli's"), and the matcher leaves it off as
// it does in Rutte's. Other matches are returned as they are.
func pluralApostrophe(doc *nl.Doc, m kb.Match) (string, int) {
	w := doc.Text[m.Start:m.End]
	for _, suf := range []string{"'s", "’s"} {
		if rest := doc.Text[m.End:]; strings.HasPrefix(rest, suf) && !startsWord(rest[len(suf):]) {
			return w + "'s", m.End + len(suf)
		}
	}
	return w, m.End
}

// startsWord reports whether s opens with a letter or a digit.
func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// shareNouns count a part of a people: "een kwart van de Britten", "63
// procent van de Nederlanders", "het merendeel van de Fransen".
var shareNouns = setOf("procent", "percent", "deel", "helft", "derde", "kwart", "driekwart", "gros", "merendeel",
	"meerderheid", "minderheid", "percentage", "aantal", "vijfde", "tiende")

// partitive reports whether the article at token i ("de" before a
// plural demonym) follows a share of a people and "van": those are
// people of the country, not the country as an actor.
func partitive(doc *nl.Doc, i int) bool {
	if i < 2 || doc.Tokens[i-1].Text != "van" {
		return false
	}
	w := strings.ToLower(doc.Tokens[i-2].Text)
	return shareNouns[w] || nl.Lex().Is(nl.ClassFraction, w)
}

// countedGroups returns where the article first counts a group of
// people by a capitalised plural, with a small number and at most one
// word between: "zeven Oekraïners", "twee jonge Nederlanders", "12
// Syriërs". A hundred or more ("2600 Nederlanders" of a poll) is no
// group the article goes on to speak of as "de Nederlanders".
func countedGroups(doc *nl.Doc) map[string]int {
	var out map[string]int
	toks := doc.Tokens
	for i, t := range toks {
		n, ok := 0.0, false
		if t.Kind == nl.Number {
			v, err := strconv.Atoi(t.Text)
			n, ok = float64(v), err == nil
		} else if t.Kind == nl.Word {
			n, ok = nl.Lex().Value(nl.ClassNumber, strings.ToLower(t.Text))
		}
		if !ok || n < 2 || n >= 100 {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+2; j++ {
			if toks[j].Kind != nl.Word {
				break
			}
			if nl.Lex().Is(nl.ClassMultiplier, toks[j].Text) {
				break // "66 miljoen Amerikanen" are no few people
			}
			if startsUpper(toks[j].Text) {
				if _, seen := out[toks[j].Text]; !seen {
					if out == nil {
						out = map[string]int{}
					}
					out[toks[j].Text] = toks[j].Start
				}
				break
			}
		}
	}
	return out
}

// inhabitantsAfterDe reports whether token i is a country's
// inhabitants after "de".
func inhabitantsAfterDe(doc *nl.Doc, i int, k *kb.KB) bool {
	if a := doc.Tokens[i-1].Text; a != "de" && a != "De" {
		return false
	}
	w := doc.Tokens[i].Text
	return slices.ContainsFunc(k.Lookup(w), func(e *kb.Entry) bool { return e.Kind == kb.KindDemonym && slices.Contains(e.Inhabitants, w) })
}

// dropRubrics drops a one-word name of no knowledge-base entry that
// opens a parenthesis and a date follows: the section of a paper a
// letter answers, "(Opinie, 2 maart)", "(Brieven 18-3)", "(Opinie,
// zaterdag, 30 maart)". A paper the knowledge base knows stays: "(Trouw,
// 16 februari)", and so does an acronym ("(AD 30-3)", the paper); a day
// and month the tagger ran into a name are cut off it first.
func dropRubrics(doc *nl.Doc, cs []cand) []cand {
	out := cs[:0]
	for _, c := range cs {
		c.end = dateCut(doc, c.start, c.end)
		if c.entry == nil && c.role == "" && !acronymLike(c.text(doc)) && rubricAt(doc, c.start, c.end) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// rubricAt reports whether the one word at [start, end) stands right
// after an opening parenthesis and before a date (a number, a weekday or
// a month, after a comma or not).
func rubricAt(doc *nl.Doc, start, end int) bool {
	ti := tokenIndex(doc, start)
	if ti < 1 || doc.Tokens[ti].End != end || doc.Tokens[ti-1].Text != "(" || doc.Tokens[ti-1].End != start {
		return false
	}
	j := ti + 1
	if j < len(doc.Tokens) && doc.Tokens[j].Text == "," {
		j++
	}
	if j >= len(doc.Tokens) {
		return false
	}
	w := doc.Tokens[j].Text
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(r) {
		return true
	}
	lx, lw := nl.Lex(), strings.ToLower(w)
	return len(lx.Lookup(nl.ClassWeekday, lw)) > 0 || len(lx.Lookup(nl.ClassMonth, lw)) > 0
}

// dateCut returns the end of a name of two words or more without the
// day and month the tagger ran into it: "(AD 30-3)", "(Brieven 30-3)"
// cite a paper's page of that day.
func dateCut(doc *nl.Doc, start, end int) int {
	t := doc.Text[start:end]
	sp := strings.LastIndexByte(t, ' ')
	if sp <= 0 {
		return end
	}
	d, m, ok := strings.Cut(t[sp+1:], "-")
	if !ok || !digits(d) || !digits(m) || len(d) > 2 || len(m) > 2 {
		return end
	}
	return start + len(strings.TrimRight(t[:sp], " ,"))
}

// digits reports whether s is one or more ASCII digits.
func digits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// openerWords open sentences and are no part of a name.
var openerWords = setOf("de", "het", "een", "in", "op", "en", "ook", "die", "dat", "wat", "wie", "zo", "toen", "maar")

// dropInnerPlaces drops a linked country or city inside a longer
// capitalised name no mention covers: "modezaken als Stad Parijs", "het
// Australian and New Zealand Army Corps". A capitalised word right
// (and not a word the article also writes in lower case) before it counts only mid-sentence (after a lower-case word or a
// comma) and no demonym, two right after it only when spaces alone lie
// between.
func dropInnerPlaces(doc *nl.Doc, cs []cand, lower func(string) bool) []cand {
	covered := func(ti int) bool {
		t := doc.Tokens[ti]
		for k := range cs {
			if cs[k].start < t.End && t.Start < cs[k].end {
				return true
			}
		}
		return false
	}
	capWord := func(ti int) bool {
		t := doc.Tokens[ti]
		lw := strings.ToLower(t.Text)
		return t.Kind == nl.Word && startsUpper(t.Text) && !strings.ContainsAny(t.Text, "0123456789") && !covered(ti) &&
			!lower(lw) && !openerWords[lw] // "In Nederland", "Turkije De Turkse": a heading glued to the text
	}
	out := cs[:0]
	for _, c := range cs {
		if c.entry != nil && (c.entry.Kind == kb.KindCity || c.entry.Kind == kb.KindCountry || c.entry.Kind == kb.KindCapital) {
			ti := tokenIndex(doc, c.start)
			tj := ti
			for tj+1 < len(doc.Tokens) && doc.Tokens[tj+1].Start < c.end {
				tj++
			}
			inner := false
			if ti >= 2 && doc.Text[doc.Tokens[ti-1].End:c.start] == " " && capWord(ti-1) {
				p := doc.Tokens[ti-2]
				w := doc.Tokens[ti-1].Text
				inner = (p.Text == "," || p.Kind == nl.Word && startsLower(p.Text) && !placePreps[p.Text]) &&
					!strings.HasSuffix(w, "se") && !strings.HasSuffix(w, "sche") // het Bulgaarse Sofia
			}
			// two capitalised words after it: a heading glued to a place
			// is one word (Amsterdam Bomenkap)
			if ti >= 0 && tj+2 < len(doc.Tokens) && doc.Text[c.end:doc.Tokens[tj+1].Start] == " " && capWord(tj+1) &&
				doc.Text[doc.Tokens[tj+1].End:doc.Tokens[tj+2].Start] == " " && capWord(tj+2) {
				inner = true
			}
			// a letter's signature: the writer's name right before it
			// ("Anna Pijpers Rijswijk Pierre Valkering": the next heading)
			if n := len(out); n > 0 && out[n-1].typ == kroniek.PER && out[n-1].end+1 == c.start && strings.Contains(out[n-1].text(doc), " ") {
				inner = false
			}
			if inner {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// joinSlashed makes one name of a compass word, a slash and a name that
// begins with another one, the tagger having split them or left the
// first out: "de Noord/Zuidlijn", "Oost/West-verbinding". Other slashed
// pairs are two names (AKP/MHP, Innogy/RWE).
func joinSlashed(doc *nl.Doc, cs []cand) []cand {
	out := cs[:0]
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		if c.start > 1 && doc.Text[c.start-1] == '/' && c.entry == nil && compassBefore(doc.Text[:c.start-1]) {
			// the word before the slash, not tagged
			j := c.start - 1
			for j > 0 && doc.Text[j-1] != ' ' && doc.Text[j-1] != '\n' && doc.Text[j-1] != '/' {
				j--
			}
			if j < c.start-2 && startsUpper(doc.Text[j:c.start-1]) && (len(out) == 0 || out[len(out)-1].end <= j) {
				c.start = j
			}
		}
		for i+1 < len(cs) && c.end+1 == cs[i+1].start && doc.Text[c.end] == '/' && c.entry == nil && cs[i+1].entry == nil && compassWords[c.text(doc)] {
			c.end, c.typ = cs[i+1].end, cs[i+1].typ
			i++
		}
		out = append(out, c)
	}
	return out
}

// joinEllipsis widens a name to the first of two coordinated compounds
// that share its last part, dropping a mention the tagger made of that
// first part alone: "de Immigratie- en Naturalisatiedienst", "Voedsel- en
// Warenautoriteit"; and the first part the tagger took alone to the
// second: "de Algemene Inlichtingen- en Veiligheidsdienst".
func joinEllipsis(doc *nl.Doc, cs []cand) []cand {
	out := cs[:0]
	for _, c := range cs {
		if n := len(out); n > 0 && c.start < out[n-1].end {
			// the second part, already inside a name widened forward: its
			// type is the name's (the shared last part says what it is)
			out[n-1].end = max(out[n-1].end, c.end)
			if c.typ != "" && c.typ != kroniek.PER {
				out[n-1].typ = c.typ // a coordinated compound names no person
			}
			continue
		}
		before := doc.Text[:c.start]
		rest := ""
		for _, conj := range []string{"- en ", "- of "} {
			if strings.HasSuffix(before, conj) {
				rest = before[:len(before)-len(conj)]
			}
		}
		// the shared part says what the name is, or the tagger did:
		// "Twitter- en Facebookaccounts" are no person; Midden- en
		// Oost-Europa and het Memel- en Narva-eiland are two
		if i := strings.LastIndexAny(rest, " \n(\"'"); rest != "" && c.entry == nil && (c.typ != kroniek.PER || classOf(c.text(doc)) != "") &&
			!strings.ContainsAny(c.text(doc), "-") && !strings.HasPrefix(doc.Text[c.end:], "-") {
			w := rest[i+1:]
			if utf8.RuneCountInString(w) >= 3 && startsUpper(w) && upperCount(strings.TrimPrefix(w, "IJ")) <= 1 {
				c.start = i + 1
				for len(out) > 0 && out[len(out)-1].end > c.start {
					// the tagger's "Immigratie-", "Koninklijke Roei-"
					c.start = min(c.start, out[len(out)-1].start)
					out = out[:len(out)-1]
				}
			}
		}
		// and forward: "de Algemene Inlichtingen- en Veiligheidsdienst"
		last := c.text(doc)[strings.LastIndexByte(c.text(doc), ' ')+1:]
		if rest := doc.Text[c.end:]; c.entry == nil && (strings.HasPrefix(rest, "- en ") || strings.HasPrefix(rest, "- of ")) && !strings.ContainsAny(c.text(doc), "-") &&
			upperCount(strings.TrimPrefix(last, "IJ")) <= 1 {
			if ti := tokenIndex(doc, c.end+5); ti >= 0 && doc.Tokens[ti].Start == c.end+5 {
				if w := doc.Tokens[ti].Text; doc.Tokens[ti].Kind == nl.Word && startsUpper(w) && upperCount(w) == 1 && utf8.RuneCountInString(w) >= 4 &&
					!strings.ContainsAny(w, "-") && !strings.HasPrefix(doc.Text[doc.Tokens[ti].End:], "-") {
					c.end = doc.Tokens[ti].End
					if classOf(w) != "" {
						c.typ = classOf(w)
					}
				}
			}
		}
		out = append(out, c)
	}
	return out
}

// ofGaps join two names into one: Planbureau voor de Leefomgeving.
var ofGaps = setOf(" van de ", " van het ", " voor de ", " voor het ")

// compassNouns are the regions a body may be named after: Orkest van
// het Oosten.
var compassNouns = setOf("Noorden", "Oosten", "Zuiden", "Westen")

// joinOfNames makes one name of a body's or a thing's name, "van de" or
// "voor de", and a capitalised common noun that the tagger made a name
// of its own: "De Corporatiewoning van de Toekomst", "Nobelprijs voor
// de Vrede", "Orkest van het Oosten"; and of a given name, "van de" and
// a family name (Donny van de Beek). After one word that is no class
// noun, "van de" joins only a noun the article also writes in lower
// case: Donny may be a given name the lexicon lacks. A place before (Noorwegen voor de
// EER), an acronym or a known name after (Tweede Kamerfractie van de
// VVD) or a place after (Bezoekers van de Vredeskerk) keeps two names.
func joinOfNames(doc *nl.Doc, cs []cand, lower func(string) bool) []cand {
	out := cs[:0]
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		for i+1 < len(cs) && c.entry == nil && c.role == "" && c.end <= cs[i+1].start && ofGaps[doc.Text[c.end:cs[i+1].start]] {
			q := cs[i+1]
			w := q.text(doc)
			given := isGivenName(c.text(doc)) && !strings.Contains(c.text(doc), " ")
			// a body's class noun is a body whatever the tagger said:
			// "Centraal Planbureau en Planbureau voor de Leefomgeving"
			body := c.typ == kroniek.ORG || c.typ == kroniek.MISC || !strings.Contains(c.text(doc), " ") && classOf(c.text(doc)) == kroniek.ORG
			if q.entry != nil || q.role != "" || strings.ContainsAny(w, " -") || upperCount(w) != 1 || !startsUpper(w) || !given && !body ||
				!given && q.typ != kroniek.ORG && q.typ != kroniek.MISC && !compassNouns[w] || classOf(w) == kroniek.LOC {
				break // Pierre van de Vredeskerk, Bezoekers van de Vredeskerk
			}
			gap := doc.Text[c.end:q.start]
			if !given && gap == " van de " && !strings.Contains(c.text(doc), " ") && classOf(c.text(doc)) == "" && !lower(strings.ToLower(w)) {
				break // Donny van de Beek, a given name the lexicon lacks
			}
			c.end = q.end
			if given {
				c.typ = kroniek.PER
			} else {
				c.ofJoined = true
			}
			i++
		}
		out = append(out, c)
	}
	return out
}

// joinKnownVariants joins two names around one or two small words into
// one when together they are a name of the article with one word swapped
// for another ("Forum van Democratie" beside Forum voor Democratie: the
// tagger cut it at "van"); the whole takes the known name's type and
// knowledge-base link.
func joinKnownVariants(doc *nl.Doc, cs []cand) []cand {
	var known []cand
	for _, c := range cs {
		if ws := nameWords(c.text(doc)); len(ws) >= 3 && c.typ != kroniek.PER {
			known = append(known, c)
		}
	}
	if len(known) == 0 {
		return cs
	}
	out := cs[:0]
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		if i+1 < len(cs) && c.end < cs[i+1].start {
			d := cs[i+1]
			gap := doc.Text[c.end:d.start]
			ws := strings.Split(strings.TrimSpace(gap), " ")
			small := len(gap) >= 3 && gap[0] == ' ' && gap[len(gap)-1] == ' ' && len(ws) <= 2
			for _, w := range ws {
				small = small && w != "" && functionWord(w)
			}
			if small {
				ws := nameWords(doc.Text[c.start:d.end])
				for _, k := range known {
					if wordVariant(ws, nameWords(k.text(doc))) {
						c.end, c.typ, c.entry, c.fromKB, c.shortOf = d.end, k.typ, k.entry, k.fromKB, ""
						i++
						break
					}
				}
			}
		}
		out = append(out, c)
	}
	return out
}

// dropHeadingNouns cuts a capitalised word that opens a sentence off a
// two-word name whose last word is the family name of a person the
// article names in full with another first word: "Steunpilaar Rutte
// denkt" beside "Mark Rutte". A given name, a particle or a word that
// opens another of the article's names stays (Ad and Wil Burger), and so
// does a word shorter than seven letters: it may be a given name the
// lexicon lacks.
func dropHeadingNouns(doc *nl.Doc, cs []cand, midCap func(string) bool) {
	firstOf := map[string]map[string]bool{} // last word -> first words of full person names
	opens := map[string]int{}               // first word -> names it opens
	for i := range cs {
		ws := strings.Fields(cs[i].text(doc))
		if len(ws) >= 2 {
			opens[ws[0]]++
		}
		if len(ws) >= 2 && (cs[i].typ == kroniek.PER || cs[i].role != "") {
			if firstOf[ws[len(ws)-1]] == nil {
				firstOf[ws[len(ws)-1]] = map[string]bool{}
			}
			firstOf[ws[len(ws)-1]][ws[0]] = true
		}
	}
	alone := map[string]int{} // one-word persons (or things) and last words of persons' names
	for i := range cs {
		if ws := strings.Fields(cs[i].text(doc)); len(ws) == 1 && (cs[i].typ == kroniek.PER || cs[i].typ == kroniek.MISC) || len(ws) > 1 && cs[i].typ == kroniek.PER {
			alone[ws[len(ws)-1]]++
		}
	}
	for i := range cs {
		c := &cs[i]
		ws := strings.Fields(c.text(doc))
		self := 0 // the name's own last word
		if len(ws) > 1 && c.typ == kroniek.PER {
			self = 1
		}
		if len(ws) >= 2 && c.entry == nil && startsSentence(doc, c.start) && headingBeforePerson(ws, alone[ws[len(ws)-1]]-self, opens, midCap) {
			c.start += len(ws[0]) + strings.Index(c.text(doc)[len(ws[0]):], ws[1])
			c.typ = kroniek.PER
			continue
		}
		if len(ws) != 2 || c.entry != nil || !startsSentence(doc, c.start) {
			continue
		}
		w, last := ws[0], ws[1]
		others := firstOf[last]
		if len(others) == 0 || others[w] && len(others) == 1 || utf8.RuneCountInString(w) < 7 || strings.ToUpper(w) == w ||
			isGivenName(w) || particles[strings.ToLower(w)] || strings.HasSuffix(w, ".") || opens[w] > 1 {
			continue
		}
		c.start += strings.Index(c.text(doc), last)
		c.typ = kroniek.PER
	}
}

// headingBeforePerson reports whether the first of a name's words
// opening a sentence is a heading or a noun glued to a person's name
// after it: "Rooklabyrint Pim Lammertink leidt …", "Reddingsvest Rodney
// en Judy …", "Landjepik Ini Dele-Adedeji kent …" (Dele-Adedeji alone
// elsewhere), "Golfer Joost Luiten". The word has seven letters or more,
// is no given name, particle, acronym, abbreviation or class noun
// (Stichting Anne Frank), is written capitalised nowhere inside a
// sentence and opens no other name; the rest opens with a given name and
// is shaped as a person's name, and a given name alone is written alone
// elsewhere too (lastElsewhere times: "Orderpicker Marit" beside
// "Marit"). A given name the lexicon lacks keeps the name whole:
// "Anietie Ewang" beside "Ewang" may be a person's full name as well as
// "Landjepik Ini Dele-Adedeji" is a heading's.
func headingBeforePerson(ws []string, lastElsewhere int, opens map[string]int, midCap func(string) bool) bool {
	w, rest := ws[0], ws[1:]
	if utf8.RuneCountInString(w) < 7 || strings.ToUpper(w) == w || strings.ContainsAny(w, ".-'’&0123456789") || isGivenName(w) ||
		particles[strings.ToLower(w)] || classOf(w) != "" || assemblyWords[strings.ToLower(w)] || opens[w] > 1 || midCap != nil && midCap(w) {
		return false
	}
	for _, r := range rest {
		if lr := strings.ToLower(r); institutionShort[lr] || bodyNouns[lr] || placeNouns[lr] {
			return false // Provinciale Staten
		}
	}
	if !isGivenName(rest[0]) || len(rest) == 1 && lastElsewhere < 1 {
		return false
	}
	if len(rest) == 1 {
		return true
	}
	for _, r := range rest[1 : len(rest)-1] {
		if !particles[strings.ToLower(r)] && !startsUpper(r) {
			return false
		}
	}
	last := rest[len(rest)-1]
	return startsUpper(last) && classOf(last) == "" && len(rest) <= 4
}

// yearLike reports whether a number is a year of the last two centuries.
func yearLike(n string) bool {
	return len(n) == 4 && (strings.HasPrefix(n, "19") || strings.HasPrefix(n, "20"))
}

// joinPlaceBodies makes one name of a one-word body the knowledge base
// does not know and the place right after it: Leefbaar Rotterdam, Sparta
// Rotterdam (a local party or club is not the city), or of a name that
// opens with a body's class noun and the place after it (Stichting Vrije
// Schoolkeuze Amsterdam); and of a city and a body's name after it
// (placeBank).
func joinPlaceBodies(doc *nl.Doc, cs []cand) []cand {
	// pairs the rule joins once are one name wherever the article writes
	// them ("Leefbaar Rotterdam" the tagger once typed ORG, once MISC)
	bodyBefore := func(i int, c cand, known map[string]bool) bool {
		return i+1 < len(cs) && c.entry == nil && c.role == "" && c.end+1 == cs[i+1].start &&
			doc.Text[c.end] == ' ' && cs[i+1].typ == kroniek.LOC && (cs[i+1].entry == nil || cs[i+1].entry.Kind == kb.KindCity || cs[i+1].entry.Kind == kb.KindCapital) &&
			!cs[i+1].metonym && (c.typ == kroniek.ORG && !strings.ContainsAny(c.text(doc), " -") || bodyOpening(c.text(doc)) ||
			known[doc.Text[c.start:cs[i+1].end]])
	}
	known := map[string]bool{}
	for i := range cs {
		if bodyBefore(i, cs[i], nil) {
			known[doc.Text[cs[i].start:cs[i+1].end]] = true
		}
		if cs[i].typ == kroniek.ORG && cs[i].entry == nil && strings.Contains(cs[i].text(doc), " ") {
			known[cs[i].text(doc)] = true // the tagger's "Leefbaar Rotterdam" in one piece
		}
	}
	out := cs[:0]
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		if bodyBefore(i, c, known) {
			c.end, c.typ = cs[i+1].end, kroniek.ORG
			i++
		} else if i+1 < len(cs) && placeBank(doc, c, cs[i+1]) {
			c.end, c.typ, c.entry, c.fromKB, c.classTyped = cs[i+1].end, kroniek.ORG, nil, false, true
			i++
		}
		out = append(out, c)
	}
	return out
}

// battlePlaces makes one name of a place and the battle named after it
// that no tagger took as a name: "de bloedige Slag om Arnhem" is the
// battle (MISC), not the city. cs must be sorted by start.
func battlePlaces(doc *nl.Doc, cs []cand) {
	for i := range cs {
		c := &cs[i]
		if c.entry == nil || c.entry.Type != kroniek.LOC || c.role != "" {
			continue
		}
		before := doc.Text[max(0, c.start-12):c.start]
		for _, b := range []string{"Slag om ", "Slag bij ", "Beleg van "} {
			if strings.HasSuffix(before, b) && (i == 0 || cs[i-1].end <= c.start-len(b)) {
				c.start -= len(b)
				c.typ, c.entry, c.fromKB, c.metonym, c.standsFor, c.classTyped = kroniek.MISC, nil, false, false, "", true
				break
			}
		}
	}
}

// bodyOpening reports whether a name opens with a body's class noun as a
// whole word: Stichting Vrije Schoolkeuze, Vereniging Eigen Huis.
func bodyOpening(name string) bool {
	w, _, _ := strings.Cut(name, " ")
	return classHeads[strings.ToLower(w)] == kroniek.ORG
}

// joinBodyNames makes one body's name of a body and what follows it that
// the tagger or the knowledge base cut off: "van" and a country after a
// body's class noun (Communistische Partij van Turkije), "voor het" and
// capitalised words after one (Rijksdienst voor het Cultureel Erfgoed),
// and a body and its national branch (Shell Nederland, Greenpeace
// België).
func joinBodyNames(doc *nl.Doc, cs []cand) []cand {
	out := cs[:0]
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		for i+1 < len(cs) && c.role == "" && c.end <= cs[i+1].start {
			q := cs[i+1]
			gap := doc.Text[c.end:q.start]
			ws := strings.Fields(c.text(doc))
			last := ws[len(ws)-1]
			classEnd := c.entry == nil && (c.typ == kroniek.ORG || c.typ == kroniek.MISC) && classOf(last) == kroniek.ORG && startsUpper(last)
			join := false
			switch {
			case classEnd && gap == " van " && q.entry != nil && q.entry.Kind == kb.KindCountry && !q.metonym && q.role == "":
				join = true // Communistische Partij van Turkije
			case classEnd && (gap == " voor het " || gap == " voor de ") && q.entry == nil && q.role == "" && q.typ != kroniek.PER &&
				!strings.Contains(q.text(doc), "-") && allUpperWords(q.text(doc)):
				join = true // Rijksdienst voor het Cultureel Erfgoed
			case gap == " " && (c.typ == kroniek.ORG && c.entry == nil || c.entry != nil && c.entry.Kind == kb.KindOrg) && !strings.Contains(c.text(doc), " ") &&
				q.entry != nil && (q.entry.ID == "country:NL" || q.entry.ID == "country:BE") && q.text(doc) != "VS" && !q.metonym && q.role == "" &&
				!sentenceAt(doc, q.start):
				join = true // Shell Nederland, Greenpeace Nederland
			}
			if !join {
				break
			}
			c.end, c.typ, c.entry, c.fromKB, c.classTyped = q.end, kroniek.ORG, nil, false, true
			i++
		}
		out = append(out, c)
	}
	return out
}

// allUpperWords reports whether every word of a name is capitalised.
func allUpperWords(name string) bool {
	for _, w := range strings.Fields(name) {
		if !startsUpper(w) {
			return false
		}
	}
	return true
}

// sentenceAt reports whether offset off opens a sentence.
func sentenceAt(doc *nl.Doc, off int) bool {
	ti := tokenIndex(doc, off)
	return ti == 0 || ti > 0 && sentenceStart(doc, ti)
}

// placeBank reports whether c, a city the knowledge base knows, and q
// right after it are one body's name: q is a name of one or two words no
// entry knows ending in a body's class noun (Amsterdam Trade Bank, the
// tagger's Amsterdam and Trade Bank).
func placeBank(doc *nl.Doc, c, q cand) bool {
	if c.entry == nil || c.entry.Kind != kb.KindCity && c.entry.Kind != kb.KindCapital || c.metonym || c.role != "" ||
		q.entry != nil || q.role != "" || q.typ != kroniek.ORG || c.end+1 != q.start || doc.Text[c.end] != ' ' {
		return false
	}
	ws := strings.Fields(q.text(doc))
	return len(ws) <= 2 && startsUpper(ws[0]) && classHeads[strings.ToLower(ws[len(ws)-1])] == kroniek.ORG
}

// joinKnownLists makes one name of two or three names in a row, joined
// by a comma or "en", that together are a body the knowledge base knows:
// "minister van [Economische Zaken] en [Klimaat]" is the ministry of
// Economische Zaken en Klimaat, not two bodies.
func joinKnownLists(doc *nl.Doc, cs []cand, k *kb.KB) []cand {
	if k == nil {
		return cs
	}
	out := cs[:0]
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		for n := 2; n >= 1; n-- {
			if i+n >= len(cs) || !listJoined(doc, cs[i:i+n+1]) {
				continue
			}
			var org *kb.Entry
			for _, e := range k.Lookup(doc.Text[c.start:cs[i+n].end]) {
				if e.Kind == kb.KindOrg {
					org = e
					break
				}
			}
			if org == nil {
				continue
			}
			c = cand{start: c.start, end: cs[i+n].end, typ: org.Type, entry: org, fromKB: true}
			i += n
			break
		}
		out = append(out, c)
	}
	return out
}

// listJoined reports whether only ", " or " en " lies between the names
// cs, one after the other.
func listJoined(doc *nl.Doc, cs []cand) bool {
	for i := 1; i < len(cs); i++ {
		a, b := cs[i-1].end, cs[i].start
		if b <= a {
			return false
		}
		if sep := doc.Text[a:b]; sep != ", " && sep != " en " {
			return false
		}
	}
	return true
}

// personsInLists makes a one-word organisation (by the tagger or the
// knowledge base) that stands in a list between two persons a person:
// "presidenten Nixon, Ford, Reagan en Clinton" names Gerald Ford, not the
// carmaker. Acronyms and names a class noun typed stay.
func personsInLists(doc *nl.Doc, cs []cand) {
	for i := 1; i+1 < len(cs); i++ {
		c := &cs[i]
		if c.typ != kroniek.ORG || c.classTyped || c.entry != nil && c.entry.Kind != kb.KindOrg || strings.ContainsAny(c.text(doc), " -") || strings.ToUpper(c.text(doc)) == c.text(doc) {
			continue
		}
		if cs[i-1].typ == kroniek.PER && cs[i+1].typ == kroniek.PER && listJoined(doc, cs[i-1:i+2]) {
			c.entry, c.typ, c.fromKB = nil, kroniek.PER, false
		}
	}
}

// personsOfPersonLists makes a one-word name of no knowledge-base entry
// that the tagger took for a place or a thing a person when it stands in
// a list of persons: "Malen, Gakpo, Ihattaren, Pereiro en Gutiérrez"
// (the bench of a football club). The list holds two persons or more
// besides it and nothing else but such unlinked one-word names; a name a
// class noun typed, a role's or a family's stays.
func personsOfPersonLists(doc *nl.Doc, cs []cand) {
	loose := func(c *cand) bool {
		return c.entry == nil && (c.typ == kroniek.LOC || c.typ == kroniek.MISC) && !c.classTyped && c.role == "" && !c.family &&
			!strings.ContainsAny(c.text(doc), " -") && strings.ToUpper(c.text(doc)) != c.text(doc)
	}
	var turn []int
	for i := range cs {
		if !loose(&cs[i]) {
			continue
		}
		lo, hi := i, i
		for lo > 0 && listJoined(doc, cs[lo-1:lo+1]) {
			lo--
		}
		for hi+1 < len(cs) && listJoined(doc, cs[hi:hi+2]) {
			hi++
		}
		persons := 0
		for j := lo; j <= hi; j++ {
			switch {
			case j == i || loose(&cs[j]):
			case cs[j].typ == kroniek.PER:
				persons++
			default:
				persons = -100
			}
		}
		if persons >= 2 {
			turn = append(turn, i)
		}
	}
	for _, i := range turn {
		cs[i].typ = kroniek.PER
	}
}

// orgsInLists makes a one-word name of no knowledge-base entry that the
// tagger took for a place, a thing or a person an organisation when it
// stands in a list of organisations and nothing else, of which the
// knowledge base knows one or more: "modeketens als Primark, Uniqlo en
// Pull & Bear", "NPO, RTL, Veronica, SBS". One known organisation
// beside it is enough for a place or a thing, two for a person (a given
// name in a list of broadcasters). A name after a preposition of place
// stays a place: "in Zwolle en bij Ikea" is no list of firms.
func orgsInLists(doc *nl.Doc, cs []cand) {
	knownOrg := func(c *cand) bool {
		return c.entry != nil && c.entry.Kind == kb.KindOrg && c.typ == kroniek.ORG
	}
	for i := range cs {
		c := &cs[i]
		if c.entry != nil || c.typ == kroniek.ORG || c.role != "" || c.classTyped || c.family || strings.Contains(c.text(doc), " ") {
			continue
		}
		lo, hi := i, i
		for lo > 0 && listJoined(doc, cs[lo-1:lo+1]) {
			lo--
		}
		for hi+1 < len(cs) && listJoined(doc, cs[hi:hi+2]) {
			hi++
		}
		orgs := 0
		for j := lo; j <= hi; j++ {
			if j == i {
				continue
			}
			if cs[j].typ != kroniek.ORG {
				orgs = -1
				break
			}
			if knownOrg(&cs[j]) {
				orgs++
			}
		}
		if orgs < 1 || orgs < 2 && c.typ == kroniek.PER {
			continue
		}
		if ti := tokenIndex(doc, cs[lo].start); ti > 0 && placeWords[strings.ToLower(doc.Tokens[ti-1].Text)] {
			continue
		}
		c.typ = kroniek.ORG
	}
}

// compassWords open names written with a slash: Noord/Zuidlijn.
var compassWords = setOf("Noord", "Zuid", "Oost", "West")

// compassBefore reports whether s ends in a compass word that follows a
// space or the start of the text.
func compassBefore(s string) bool {
	for w := range compassWords {
		if strings.HasSuffix(s, w) && (len(s) == len(w) || s[len(s)-len(w)-1] == ' ' || s[len(s)-len(w)-1] == '\n') {
			return true
		}
	}
	return false
}

// demonymEnds end the names of a place's inhabitants: Arnhemmer,
// Hengeloërs, Delftenaar, Utrechters.
var demonymEnds = []string{"enaren", "enaars", "enaar", "naren", "naars", "naar", "ërs", "ër", "mers", "mer",
	"ners", "ner", "ers", "er"}

// dropDemonyms drops drawn-out interjections and one-word names that name the inhabitants of a place
// the article names inside a sentence or the knowledge base knows (Arnhemmer beside Arnhem,
// Hengeloërs beside Hengelo): a demonym is no name of one referent. It
// also drops member nouns (PVV'ers) and, outside a title, adjectives and
// plural nouns that open a sentence (headingNoun).
func dropDemonyms(doc *nl.Doc, cs []cand, k *kb.KB, midCap func(string) bool, title bool) []cand {
	isPlace := func(stem string) bool {
		if len(stem) >= 4 && midCap(stem) {
			return true
		}
		if k != nil {
			for _, e := range k.Lookup(stem) {
				if e.Kind == kb.KindCountry || e.Kind == kb.KindCapital || e.Kind == kb.KindCity {
					return true
				}
			}
		}
		return false
	}
	kept := cs[:0]
	for _, c := range cs {
		if c.entry == nil && (c.role == "" && c.typ != kroniek.PER || articleBefore(doc, c)) && (demonymOfPlace(c.text(doc), isPlace) || vowelDemonym(c.text(doc))) && !paperName(k, c.text(doc)) {
			continue
		}
		if lw := strings.ToLower(c.text(doc)); c.entry == nil && !strings.Contains(lw, " ") && (derivedNoun(lw) || memberNoun(lw)) {
			continue // "de SS'ers", "twee PVV'ers", "de Kamerleden": members, no name
		}
		if ws := strings.Fields(strings.ToLower(c.text(doc))); c.entry == nil && len(ws) == 2 && assemblyWords[ws[0]] && memberNoun(ws[1]) {
			continue // "Tweede Kamerlid Vera Bergkamp", "Provinciale Statenleden": a role, no name
		}
		if !title && headingNoun(doc, c, cs, midCap) {
			continue // "Internetrobots zijn …", "'Opstandige' leiders": a word, no name
		}
		if c.entry == nil && stretched(c.text(doc)) {
			continue // an interjection drawn out: Jaaaa, Neeee
		}
		if kindUse(doc, c) {
			continue // "geen enkele Brutus", "elke Groninger": a kind, no referent
		}
		if attributiveAdjective(doc, c) {
			continue // "voor Joodse en andere slachtoffers": an adjective, no name
		}
		kept = append(kept, c)
	}
	return kept
}

// headingNoun reports whether a one-word thing name opening a sentence
// is an adjective, a verb or a plural noun by the parse (not PROPN) that
// the article never writes capitalised inside a sentence nor as another
// name or the end of one:
// "Kinderboeken zoals …", "'Opstandige' Catalaanse leiders".
func headingNoun(doc *nl.Doc, c cand, cs []cand, midCap func(string) bool) bool {
	w := c.text(doc)
	if c.entry != nil || c.typ == "" || c.role != "" || strings.ContainsAny(w, " -'’&.0123456789") || strings.ToUpper(w) == w || midCap(w) {
		return false
	}
	if c.typ == kroniek.PER && !adverbShape(w) {
		return false // a family name opening a sentence; "Telefonisch geeft hij toe" is none
	}
	ti := tokenIndex(doc, c.start)
	if ti < 0 || doc.Tokens[ti].End != c.end || !startsSentence(doc, c.start) {
		return false
	}
	for _, o := range cs {
		if t := o.text(doc); o.start != c.start && (t == w || strings.HasSuffix(t, " "+w)) {
			return false // Monica Geuze's family name opening a heading
		}
	}
	switch tk := doc.Tokens[ti]; tk.POS {
	case nl.ADJ, nl.VERB:
		return true // "Saillant is de timing" the tagger took for a place
	case nl.NOUN:
		if c.typ != kroniek.MISC {
			return false // a place or body by the tagger: a noun may name one
		}
		// a plural: names of one thing seldom are (Boekenweek stays)
		return tk.Feats&nl.FeatPlur != 0
	}
	return false
}

// attributiveAdjective reports whether a one-word name of no
// knowledge-base entry is, by the parse, an adjective in -e inside a
// sentence before a lower-case noun or a conjunction: "Joodse en andere
// slachtoffers", "Conservatieve parlementsleden", "Democratisch
// presidentskandidaat".
func attributiveAdjective(doc *nl.Doc, c cand) bool {
	w := c.text(doc)
	ti := tokenIndex(doc, c.start)
	if c.entry != nil || c.role != "" || ti < 1 || ti+1 >= len(doc.Tokens) || doc.Tokens[ti].End != c.end || !strings.HasSuffix(w, "e") && !(adverbShape(w) && c.typ != kroniek.PER) ||
		doc.Tokens[ti].POS != nl.ADJ || startsSentence(doc, c.start) {
		return false
	}
	n := doc.Tokens[ti+1]
	return n.Kind == nl.Word && startsLower(n.Text) && (n.POS == nl.NOUN || n.Text == "en" || n.Text == "of") // not "Lisse langs velden"
}

// adverbShape reports whether a word ends as Dutch adjectives and
// adverbs do and names seldom: telefonisch, eerlijk, saillant is none.
func adverbShape(w string) bool {
	lw := strings.ToLower(w)
	for _, suf := range []string{"isch", "ische", "lijk", "lijke", "baar", "bare", "loos", "loze", "zaam", "zame"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return true
		}
	}
	return false
}

// articleBefore reports whether an article, or an adjective after one,
// stands before a one-word name: "een Groninger", "de verdachte
// Groninger"; a person's surname seldom takes one.
func articleBefore(doc *nl.Doc, c cand) bool {
	ti := tokenIndex(doc, c.start)
	if ti < 1 || strings.Contains(c.text(doc), " ") {
		return false
	}
	p := doc.Tokens[ti-1].Text
	if p == "een" || p == "de" || p == "De" || p == "Een" {
		return true
	}
	if !adjectiveWord(p) {
		return false
	}
	// "de van terrorisme verdachte Groninger": lower-case words back to the article
	for j := ti - 2; j >= 0 && j >= ti-5 && startsLower(doc.Tokens[j].Text); j-- {
		if w := doc.Tokens[j].Text; w == "een" || w == "de" {
			return true
		}
	}
	return false
}

// paperName reports whether "De " and w is a name the knowledge base
// knows: the paper De Gelderlander, written "de Gelderlander".
func paperName(k *kb.KB, w string) bool {
	return k != nil && len(k.Lookup("De "+w)) > 0
}

// kindUse reports whether a one-word name follows "elke", "iedere" or
// "geen enkele": it names a kind of person or thing, not one referent.
func kindUse(doc *nl.Doc, c cand) bool {
	ti := tokenIndex(doc, c.start)
	if ti < 1 || strings.ContainsAny(c.text(doc), " -") {
		return false
	}
	switch p := strings.ToLower(doc.Tokens[ti-1].Text); p {
	case "elke", "iedere", "ieder":
		return true
	case "enkele":
		return ti >= 2 && strings.ToLower(doc.Tokens[ti-2].Text) == "geen"
	}
	return false
}

// englishInner are the lower-case words inside English names: Eyes on
// Animals, Bank of America, Doctors without Borders.
var englishInner = setOf("on", "of", "for", "the", "at", "with", "without")

// ofHeads end the first part of English names with "of": Bank of
// America, House of Cards, University of Applied Sciences.
var ofHeads = setOf("house", "king", "queen", "bank", "journal", "bulletin", "museum", "department", "book",
	"walk", "lord", "lords", "order", "league", "board", "code", "agency", "institute", "church", "state",
	"states", "city", "port", "isle", "isles", "gulf", "bay", "sea", "lake", "cape", "hall", "game", "games",
	"war", "battle", "prince", "princess", "duke", "lives", "bits", "office", "ministry", "secretary", "union",
	"federation", "court", "republic", "kingdom", "academy", "friends", "daughters", "sons", "sisters", "brothers")

// joinEnglishNames joins a name to the capitalised words and the English
// function word before it (Eyes on Animals, not Animals): an English
// name keeps its lower-case inner words. The words before must not open
// the sentence, and a person is not so named: the whole is typed by the
// name before it, or as an organisation.
func joinEnglishNames(doc *nl.Doc, cs []cand) []cand {
	byEnd := map[int]int{}
	for i := range cs {
		byEnd[cs[i].end] = i
	}
	for i := range cs {
		c := &cs[i]
		if c.entry != nil || c.dropped {
			continue
		}
		ti := tokenIndex(doc, c.start)
		if ti < 2 {
			continue
		}
		fw := doc.Tokens[ti-1]
		if !englishInner[fw.Text] {
			continue
		}
		// capitalised words before the function word, not opening a sentence
		k := ti - 2
		for k >= 0 && startsUpper(doc.Tokens[k].Text) && doc.Tokens[k].Kind == nl.Word {
			k--
		}
		first := k + 1
		if first > ti-2 || startsSentence(doc, doc.Tokens[first].Start) {
			continue
		}
		// of is also Dutch "or" (Enschede of Almelo): only after an
		// English head (Bank of America, Walk of Fame)
		if fw.Text == "of" && !ofHeads[strings.ToLower(doc.Tokens[ti-2].Text)] && !englishHeads[strings.ToLower(doc.Tokens[ti-2].Text)] {
			continue
		}
		start := doc.Tokens[first].Start
		typ := kroniek.ORG
		if j, ok := byEnd[doc.Tokens[ti-2].End]; ok && j != i {
			if cs[j].entry != nil {
				continue // Europese Unie on …: a known name stays itself
			}
			cs[j].dropped = true
			start = min(start, cs[j].start)
			if cs[j].typ != "" && cs[j].typ != kroniek.PER {
				typ = cs[j].typ
			}
		}
		c.start = start
		if c.typ == kroniek.PER || c.typ == "" || typ != kroniek.ORG {
			c.typ = typ // the head's type: Walk of Fame is what Walk is
		}
	}
	kept := cs[:0]
	for _, c := range cs {
		if !c.dropped {
			kept = append(kept, c)
		}
	}
	return kept
}

// joinModels joins a one-word name right after a number to the number
// and the name before it: a product model (Boeing 737 Max, 737 Max),
// typed MISC, not a person Max.
func joinModels(doc *nl.Doc, cs []cand) []cand {
	byEnd := map[int]int{}
	for i := range cs {
		byEnd[cs[i].end] = i
	}
	changed := false
	var models []string
	for i := range cs {
		c := &cs[i]
		if c.entry != nil || c.dropped || strings.ContainsRune(c.text(doc), ' ') {
			continue
		}
		ti := tokenIndex(doc, c.start)
		if ti < 1 {
			continue
		}
		num := doc.Tokens[ti-1]
		if len(num.Text) < 3 || strings.Trim(num.Text, "0123456789-") != "" || num.End+1 != c.start || c.typ == kroniek.LOC && !isGivenName(c.text(doc)) {
			continue
		}
		if strings.Trim(num.Text, "0123456789") != "" {
			// "787-10 Dreamliner": a type number, no maker to join
			if c.typ == kroniek.PER && !isGivenName(c.text(doc)) {
				c.typ = kroniek.MISC
			}
			continue
		}
		start := -1
		if j, ok := byEnd[num.Start-1]; ok && j != i && !cs[j].dropped {
			start = num.Start // a known maker keeps its own name: Boeing, 737 Max
			if cs[j].entry == nil && cs[j].typ != kroniek.LOC && !strings.ContainsRune(cs[j].text(doc), ' ') {
				start = cs[j].start
				cs[j].dropped = true
				changed = true
			}
		} else if ti >= 2 && doc.Tokens[ti-2].Kind == nl.Word && startsUpper(doc.Tokens[ti-2].Text) && doc.Tokens[ti-2].End+1 == num.Start && !startsSentence(doc, doc.Tokens[ti-2].Start) {
			start = doc.Tokens[ti-2].Start
		} else if modelElsewhere(doc.Text, num.Text+" "+c.text(doc)) {
			start = num.Start // "de 737 Max" where the article also writes "Boeing 737 Max"
		}
		if start < 0 && isGivenName(c.text(doc)) && !yearLike(num.Text) && !strings.HasSuffix(strings.TrimSpace(doc.Text[max(0, num.Start-12):num.Start]), "nummer") {
			start = num.Start // "in 737 Max 8": a model named by a given name, no person Max
		}
		if start < 0 {
			// "opvolger van 787 Dreamliner": a model, not a person
			if c.typ == kroniek.PER && !isGivenName(c.text(doc)) && !yearLike(num.Text) {
				c.typ = kroniek.MISC
			}
			continue
		}
		c.start, c.typ = start, kroniek.MISC
		models = append(models, c.text(doc))
	}
	modelShortForms(doc, cs, models)
	if !changed {
		return cs
	}
	kept := cs[:0]
	for _, c := range cs {
		if !c.dropped {
			kept = append(kept, c)
		}
	}
	return kept
}

// modelShortForms joins a model's name said alone to the model the
// article names with its number: "de Max" after "737 Max" (the
// aircraft, not a person Max), unless a person of that name is in the
// article too (Max Verstappen).
func modelShortForms(doc *nl.Doc, cs []cand, models []string) {
	if len(models) == 0 {
		return
	}
	short := map[string]string{} // Max → 737 Max
	for _, m := range models {
		if i := strings.LastIndexByte(m, ' '); i > 0 {
			short[m[i+1:]] = m
		}
	}
	for i := range cs {
		ws := strings.Fields(cs[i].text(doc))
		if len(ws) >= 2 && cs[i].typ == kroniek.PER {
			delete(short, ws[0]) // Max Verstappen
			delete(short, ws[len(ws)-1])
		}
	}
	for i := range cs {
		c := &cs[i]
		if m, ok := short[c.text(doc)]; ok && c.entry == nil && c.role == "" && !c.dropped {
			c.typ, c.shortOf, c.classTyped = kroniek.MISC, m, true
		}
	}
}

// modelElsewhere reports whether text writes model ("737 Max") after a
// capitalised word somewhere (Boeing 737 Max).
func modelElsewhere(text, model string) bool {
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], model)
		if j < 0 {
			return false
		}
		at := i + j
		if at >= 2 && text[at-1] == ' ' {
			k := strings.LastIndexByte(text[:at-1], ' ') + 1
			if startsUpper(text[k : at-1]) {
				return true
			}
		}
		i = at + len(model)
	}
	return false
}

// stretched reports whether a one-word name repeats one letter three
// times or more, as drawn-out interjections do (Jaaaa, Hmmm); no name
// does.
func stretched(w string) bool {
	if strings.ContainsAny(w, " -") || strings.ToUpper(w) == w {
		return false // VVV, CCC: acronyms
	}
	var prev rune
	n := 0
	for _, r := range strings.ToLower(w) {
		if r == prev && unicode.IsLetter(r) {
			n++
			if n >= 3 {
				return true
			}
		} else {
			prev, n = r, 1
		}
	}
	return false
}

// vowelDemonym reports whether w is one capitalised word ending in a
// vowel and "ër" or "ërs": the ending of the inhabitants of a place whose
// name ends in a vowel (Enschedeër, Hengeloërs, Noord-Macedoniërs) or of
// a person noun (Europarlementariër), never a name of one referent.
func vowelDemonym(w string) bool {
	if strings.Contains(w, " ") || !startsUpper(w) {
		return false
	}
	stem, ok := strings.CutSuffix(w, "ër")
	if !ok {
		if stem, ok = strings.CutSuffix(w, "ërs"); !ok {
			return false
		}
	}
	r, _ := utf8.DecodeLastRuneInString(stem)
	return utf8.RuneCountInString(stem) >= 4 && strings.ContainsRune("aeiou", r)
}

// demonymOfPlace reports whether w is a place's name with a demonym
// ending, the place being one isPlace knows.
func demonymOfPlace(w string, isPlace func(string) bool) bool {
	if strings.ContainsAny(w, " -") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return false
	}
	for _, e := range demonymEnds {
		if !strings.HasSuffix(w, e) || len(w)-len(e) < 3 {
			continue
		}
		stem := w[:len(w)-len(e)]
		if isPlace(stem) || isPlace(stem+"en") {
			return true
		}
	}
	return false
}

// linkMatch fills c from a knowledge-base match.
func linkMatch(c *cand, doc *nl.Doc, m kb.Match, k *kb.KB) {
	e := m.Entries[0]
	persons := 0
	for _, x := range m.Entries {
		if x.Kind == kb.KindPerson {
			persons++
		}
	}
	switch {
	case e.Kind == kb.KindPerson:
		c.typ = kroniek.PER
		if persons == 1 {
			c.entry = e
			c.weak = !strings.ContainsAny(strings.TrimSpace(doc.Text[m.Start:m.End]), " ")
		}
	case e.Kind == kb.KindMetonym:
		// a seat of government is a place of its own that stands for
		// its government (het Kremlin); used as an actor ("het Kremlin
		// kan", "medewerkers van het Kremlin") it is that body, after a
		// preposition of place ("in het Kremlin", "op het Binnenhof") the
		// building
		c.entry, c.typ, c.metonym = e, kroniek.LOC, true
		c.standsFor = k.Resolve(e).ID
		if !locative(doc, m.Tok) && !seatPlace(doc, m.Tok) {
			c.typ = kroniek.ORG
		}
	case (e.Kind == kb.KindCapital || e.Kind == kb.KindCity) && e.Target != "":
		// a city is its own entity; used as an actor it stands for its
		// government (Moskou eist…), after a preposition of place it is
		// only a place (in Minsk)
		c.entry, c.typ = e, kroniek.LOC
		if !locative(doc, m.Tok) {
			c.metonym = true
			c.standsFor = k.Resolve(e).ID
		}
	case e.Kind == kb.KindOrg && isGivenName(strings.TrimSpace(doc.Text[m.Start:m.End])) && kb.Fold(e.Name) != kb.Fold(doc.Text[m.Start:m.End]):
		// a given name that is only a company's short alias (Fred for
		// Fred's Inc) is a person
		c.typ = kroniek.PER
	default:
		c.entry, c.typ = e, e.Type
	}
}

// familyParticleBefore reports whether the words before token i are a
// family name's particles that belong to a name: capitalised (Van
// Veldhoven, De Gendt), or in lower case after a given name or an initial
// (Thomas van Aalten, J. van der Velde). "burgemeester van Almelo" keeps
// its place.
func familyParticleBefore(doc *nl.Doc, i int) bool {
	j := i - 1
	for j >= 0 && doc.Tokens[j].Kind == nl.Word && familyParticles[strings.ToLower(doc.Tokens[j].Text)] {
		if r, _ := utf8.DecodeRuneInString(doc.Tokens[j].Text); unicode.IsUpper(r) {
			return true // "de opvolger van Van Bronckhorst"
		}
		j--
	}
	if j == i-1 {
		return false
	}
	if j < 0 {
		return false
	}
	prev := doc.Tokens[j].Text
	if prev == "." && j > 0 { // an initial: J. van der Velde
		w := doc.Tokens[j-1].Text
		return utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0])
	}
	if r := []rune(prev); len(r) == 2 && r[1] == '.' && unicode.IsUpper(r[0]) {
		return true
	}
	return isGivenName(prev)
}

// familyParticles are the particles of Dutch and German family names, not
// the prepositions some names open with (In 't Veld): "In Krimpen" is a
// place.
var familyParticles = setOf("van", "de", "der", "den", "ter", "ten", "von", "vom", "'t")

// locativePreps are words after which a capital is a place, not its
// government: "in Minsk", "naar Moskou".
var locativePreps = setOf("in", "te", "naar", "uit", "vanuit", "bij", "nabij", "rond", "rondom",
	"buiten", "richting", "via", "tot", "langs", "hoofdstad", "stad", "centrum", "straten",
	"omgeving", "inwoners", "burgemeester", "hartje", "rand", "buitenwijken", "luchthaven", "oosten",
	"westen", "noorden", "zuiden",
	"at", "to", "from", "near", "outside", "into", "capital", "city", "nach", "aus", "im", "bei", "vor",
	"hauptstadt", "dans", "à", "vers")

// seatPlace reports whether the word before token i (past an article)
// puts a building there: "op het Binnenhof", "binnen het Witte Huis".
func seatPlace(doc *nl.Doc, i int) bool {
	for j := i - 1; j >= 0; j-- {
		w := strings.ToLower(doc.Tokens[j].Text)
		if w == "het" || w == "de" || w == "10" {
			continue
		}
		return seatPreps[w]
	}
	return false
}

var seatPreps = setOf("op", "aan", "binnen", "buiten", "binnenin", "achter", "naast", "tegenover", "voor")

// locative reports whether the word before token i makes it a place.
func locative(doc *nl.Doc, i int) bool {
	for j := i - 1; j >= 0; j-- {
		t := doc.Tokens[j]
		if t.Kind != nl.Word {
			return false
		}
		w := strings.ToLower(t.Text)
		if w == "het" || w == "de" || w == "den" {
			continue
		}
		// "Wit-Russische hoofdstad Minsk"; "in het centrum van Minsk"
		if w == "van" && j > 0 {
			if prev := strings.ToLower(doc.Tokens[j-1].Text); locativePreps[prev] && prev != "in" {
				return true
			}
			return false
		}
		return locativePreps[w]
	}
	return false
}

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// determiners, in lower case, are dropped from the start of a tagged
// mention; capitalised they may belong to the name (De Telegraaf).
var determiners = setOf("de", "het", "een", "the", "der", "die", "das", "le", "la", "les")

// particles begin names (De Jonge, Van Gaal, Von der Leyen) and are
// never stripped as function words: the name particles of the Dutch
// lexicon.
var particles = nl.Lex().Set(nl.ClassParticle)

// sentencePreps are particles that are far more often prepositions
// opening a sentence ("In Den Haag", "Op Schiphol") than the start of a
// name.
var sentencePreps = setOf("in", "op", "aan", "uit", "af", "do")

// roleCompound reports whether a lower-cased word is a title of a person:
// a role noun of the Dutch lexicon alone or at the end of a compound
// (VVD-leider, Verkeersminister, oud-premier).
func roleCompound(w string) bool {
	e, ok := nl.Lex().RoleHead(w)
	return ok && e.Tag == "per"
}

// attachAffixes gives each mention the role and demonym right before it:
// "de Russische president Poetin", "minister van Buitenlandse Zaken
// Blok", "oppositieleider Tichanovskaja". A role makes an untyped or
// unlinked name a person.
func attachAffixes(doc *nl.Doc, cs []cand, affixes []affix) {
	byEnd := map[int]int{} // token index after the affix -> affix
	for i, a := range affixes {
		byEnd[a.tokEnd] = i
	}
	orgEnd := map[int]int{} // end offset -> first linked non-person name ending there
	for i := range cs {
		if o := &cs[i]; o.entry != nil && o.entry.Kind != kb.KindPerson {
			if _, ok := orgEnd[o.end]; !ok {
				orgEnd[o.end] = i
			}
		}
	}
	for i := range cs {
		c := &cs[i]
		ti := tokenIndex(doc, c.start)
		if ti < 0 || doc.Tokens[ti].Start != c.start {
			continue
		}
		if c.role == "" && (c.entry == nil || c.entry.Kind == kb.KindPerson) {
			if role, country, ok := roleOf(doc, cs, orgEnd, byEnd, affixes, ti); ok {
				c.role, c.typ = role, kroniek.PER
				if c.country == "" {
					c.country = country
				}
				continue
			}
		}
		for steps := 0; steps < 3; steps++ {
			ai, ok := byEnd[ti]
			if !ok {
				break
			}
			a := affixes[ai]
			if a.kind == kb.KindRole {
				if c.role == "" {
					c.role = strings.ToLower(a.text)
				}
				if c.entry == nil || c.weak {
					c.typ = kroniek.PER
				}
			} else if c.country == "" {
				c.country = a.country
			}
			ti = a.tok
		}
	}
}

// roleOf reads a role with its organisation before the name at token
// ti: "de voorzitter van de Europese Raad, Charles Michel", "president van
// Rusland Poetin". orgEnd gives the linked organisation or place ending at
// an offset. It returns the role as written (role word lower-cased),
// and the country when the organisation is a country.
func roleOf(doc *nl.Doc, cs []cand, orgEnd, byEnd map[int]int, affixes []affix, ti int) (string, string, bool) {
	j := ti
	if j > 0 && doc.Tokens[j-1].Text == "," {
		j--
	}
	var org *cand
	if j > 0 {
		if i, ok := orgEnd[doc.Tokens[j-1].End]; ok {
			org = &cs[i]
		}
	}
	if org == nil {
		return "", "", false
	}
	k := tokenIndex(doc, org.start)
	if k > 0 {
		if w := strings.ToLower(doc.Tokens[k-1].Text); w == "de" || w == "het" {
			k--
		}
	}
	if k < 1 || strings.ToLower(doc.Tokens[k-1].Text) != "van" {
		return "", "", false
	}
	ai, ok := byEnd[k-1]
	if !ok || affixes[ai].kind != kb.KindRole {
		return "", "", false
	}
	a := affixes[ai]
	role := strings.ToLower(a.text) + doc.Text[a.end:org.end]
	country := ""
	if org.entry.Kind == kb.KindCountry {
		country = org.entry.Country
	}
	return role, country, true
}

// nearBytes bounds how far before a tagger mention a role, demonym or
// organisation may start and still attach to it.
const nearBytes = 300

// signaturePlaces types as a place the one word after a letter writer's
// name and a comma that ends a paragraph: "Jan Leeuwenstein,
// Pijnacker." closing a letter (the tagger often says person). cs must
// be sorted by start.
func signaturePlaces(doc *nl.Doc, cs []cand) {
	for i := 1; i < len(cs); i++ {
		c, p := &cs[i], &cs[i-1]
		if c.entry != nil || c.role != "" || c.typ == kroniek.LOC || strings.ContainsAny(c.text(doc), " ") ||
			p.typ != kroniek.PER || !strings.Contains(p.text(doc), " ") || doc.Text[p.end:c.start] != ", " {
			continue
		}
		rest := strings.TrimLeft(doc.Text[c.end:], ".")
		if len(rest) < len(doc.Text)-c.end && (rest == "" || rest[0] == '\n' || strings.HasPrefix(strings.TrimLeft(rest, " "), "\n")) {
			c.typ, c.classTyped = kroniek.LOC, true
		}
	}
}

// isByline reports whether w is a columnist's signature in lower case,
// an initial, a full stop and a family name: t.holman, p.bies.
func isByline(w string) bool {
	if len(w) < 5 || w[0] < 'a' || w[0] > 'z' || w[1] != '.' || w[2] < 'a' || w[2] > 'z' {
		return false
	}
	for _, r := range w[3:] {
		if (r < 'a' || r > 'z') && r != '\'' && r != '-' {
			return false
		}
	}
	return true
}

// bylines adds the signature that opens or closes a column ("p.bies
// Laatst noemde men mij …", "… waren fout! t.holman") as a mention of a
// person named T. Holman, whom an initial and a family name join to
// Theodor Holman elsewhere. cs must be sorted by start; the result is.
func bylines(doc *nl.Doc, cs []cand) []cand {
	text := doc.Text
	var spans [][2]int
	if i := strings.IndexAny(text, " \n"); i > 0 && isByline(text[:i]) {
		spans = append(spans, [2]int{0, i})
	}
	end := len(strings.TrimRight(text, " \n"))
	if i := strings.LastIndexAny(text[:end], " \n"); i >= 0 && i+1 < end && isByline(text[i+1:end]) && (len(spans) == 0 || spans[0][0] != i+1) {
		spans = append(spans, [2]int{i + 1, end})
	}
	covered := coverage(cs)
	for _, sp := range spans {
		if covered(sp[0], sp[1]) {
			continue // the tagger's mention there wins
		}
		cs = append(cs, cand{start: sp[0], end: sp[1], typ: kroniek.PER, byline: true})
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].start < cs[j].start })
	return cs
}

// bylineName is the name a signature stands for: t.holman → T. Holman.
func bylineName(t string) string {
	i := strings.IndexByte(t, '.')
	if i < 0 {
		return t
	}
	return strings.ToUpper(t[:i]) + ". " + capitalised(t[i+1:])
}

// maxNameWords bounds the words of a name: the longest real names (Wet
// ter voorkoming van witwassen en financiering van terrorisme) have
// nine or ten. A tagger's span of more words ("Van der Van der …", a
// list of capitalised words) is no name, and dropping it keeps the
// steps that try every split of a name linear in the text.
const maxNameWords = 24

// dropLongSpans drops the tagger's mentions of more than maxNameWords
// words.
func dropLongSpans(tagged []kroniek.Mention) []kroniek.Mention {
	out := slices.Grow(tagged[:0:0], len(tagged)) // nil stays nil
	for _, t := range tagged {
		if len(t.Text) > 2*maxNameWords && len(strings.Fields(t.Text)) > maxNameWords {
			continue
		}
		out = append(out, t)
	}
	return out
}

// splitPossessives splits a tagger mention that runs a possessor into
// the name it owns, "Imamoglu's Republikeinse Volkspartij", into the
// possessor and the name. A possessor the article never names alone is
// part of a name: Hudson's Bay, Jehovah's Getuigen, St. Mary's Hospital.
func splitPossessives(doc *nl.Doc, tagged []kroniek.Mention) []kroniek.Mention {
	return splitEach(doc, tagged, func(t kroniek.Mention, text string) []kroniek.Mention {
		for _, sep := range []string{"'s ", "’s "} {
			if i := strings.Index(text, sep); i > 0 && (namedAlone(doc.Text, text[:i]) || !ownedName(text, text[i+len(sep):])) {
				rest := t.Start + i + len(sep)
				second := t
				second.Start, second.Text = rest, doc.Text[rest:t.End]
				return []kroniek.Mention{{Start: t.Start, End: t.Start + i, Text: text[:i]}, second}
			}
		}
		return nil
	})
}

// ownedName reports whether the words after a possessor can be the rest
// of one name with it: words, not a model's number (Samsung Galaxy's S9,
// plural 's), and the mention does not open with an article (De Tesla's
// Model 3).
func ownedName(text, rest string) bool {
	if strings.HasPrefix(text, "De ") || strings.HasPrefix(text, "Het ") || strings.ContainsAny(rest, "0123456789") {
		return false
	}
	w, _, _ := strings.Cut(rest, " ")
	return strings.ToUpper(w) != w
}

// namedAlone reports whether text has w as a word not followed by a
// possessive 's.
func namedAlone(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		at, end := i+j, i+j+len(w)
		i = end
		if at > 0 && isWordByte(text[at-1]) || end < len(text) && isWordByte(text[end]) {
			continue
		}
		if rest := text[end:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
			continue
		}
		return true
	}
}

// splitEach returns the tagger's mentions with each one that split cuts
// into pieces replaced by them; split gets the mention and its text, and
// returns nil to keep it. Mentions outside the text are kept as they are.
func splitEach(doc *nl.Doc, tagged []kroniek.Mention, split func(t kroniek.Mention, text string) []kroniek.Mention) []kroniek.Mention {
	// room for every mention kept whole, so that the usual call (few
	// splits) grows no array; nil when nothing is added, as before
	out := slices.Grow([]kroniek.Mention(nil), len(tagged))
	for _, t := range tagged {
		if t.Start < 0 || t.End > len(doc.Text) || t.Start >= t.End {
			out = append(out, t)
			continue
		}
		if parts := split(t, doc.Text[t.Start:t.End]); parts != nil {
			out = append(out, parts...)
		} else {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// classHeads are Dutch nouns that say what kind of thing a name is, as a
// word before it ("zorgverzekeraar Menzis", "de krant Trouw") or as the
// end of the name itself (Gülenbeweging, Augustinuskerk,
// Tweede Kamerverkiezing). Compounds count: ouderenorganisatie ends in
// organisatie.
var classHeads = classTable(map[string][]string{
	kroniek.ORG: {
		"organisatie", "organisaties", "federatie", "bedrijf", "bedrijven", "verzekeraar", "bank", "banken", "krant", "omroep",
		"zender", "partij", "partijen", "beweging", "bond", "vereniging", "stichting", "fonds", "club", "clubs",
		"school", "scholen", "college", "universiteit", "universiteiten", "hogeschool", "café", "cafés", "ziekenhuis", "zorg", "groep", "concern",
		"keten", "supermarkt", "uitgeverij", "uitgever", "website", "webwinkel", "platform", "maatschappij",
		"orkest", "koor", "ploeg", "dagblad", "weekblad", "tijdschrift", "vakbond", "brouwerij", "instelling",
		"instituut", "dienst", "firma", "restaurant", "winkel", "fabrikant", "producent", "warenhuis", "webshop",
		"vakblad", "bureau", "kantoor", "centrum", "collectief", "autoriteit", "gemeenschap", "touroperator", "overleg", "formatie",
		"site", "leverancier", "kliniek", "ziekenhuizen", "sportclub", "voetbalclub", "sportvereniging", "lyceum",
		"gymnasium", "band", "bands", "popgroep", "meidengroep", "rockband", "popband", "metalband", "boyband", "punkband",
		"museum", "channel", "reus", "gigant", "team", "netbeheerder", "coalitie", "alliantie", "bende", "taskforce",
		"branchegenoot", "belegger", "ontwikkelaar", "organisator", "aannemer", "exploitant",
		"corporatie", "coöperatie", "cooperatie", "startup", "start-up", "zorgaanbieder", "zorgverlener",
		"ensemble", "kwartet", "quartet", "kwintet", "quintet", "trio", "orchestra", "choir",
		"belang", "belangen", // local parties: Lokaal Belang, Groninger Belang, Burgerbelangen
		// shops by their trade: "modezaak Mignon", not "de zaak Xaja" (a case)
		"modezaak", "kledingzaak", "schoenenzaak", "fietsenzaak", "shoarmazaak", "tatoeagezaak", "horecazaak",
		"speelgoedzaak", "meubelzaak", "juwelierszaak", "eetzaak", "kapperszaak", "slagerszaak", "bakkerszaak",
		"witgoedzaak", "elektronicazaak", "cadeauzaak", "bloemenzaak", "groentezaak", "snackzaak", "dierenzaak",
		// eateries and food shops, like a café: "Snackbar Cito", "bakkerij Bolk"
		"snackbar", "cafetaria", "pizzeria", "lunchroom", "brasserie", "bakkerij", "slagerij",
		"vermogensbeheerder", // a firm: "vermogensbeheerder Actiam"
		// a venue's house, like a museum: "filmtheater Lux"
		"theater", "bioscoop", "filmhuis", "schouwburg",
		"coffeeshop", // a shop like a café: "coffeeshop Smoke Palace"
		"beraad",     // a body that meets, like an overleg: "het Klimaatberaad"
		"umc",        // a university hospital, like a ziekenhuis: "het Zwolle UMC", "het Radboudumc"
	},
	kroniek.LOC: {
		"kerk", "straat", "plein", "laan", "gracht", "kade", "park", "brug", "wijk", "dorp", "stad", "regio",
		"provincie", "rivier", "eiland", "gebergte", "kustplaats", "woonplaats", "badplaats", "stadje", "dorpje",
		"buurt", "provinciehoofdstad", "begraafplaats", "toren", "garage", "snelweg", "rijksweg",
		"tunnel", "zaal", "singel", "stadion", "paviljoen", "havens", "camping", "vakantiepark", "weg", "sportpark",
		"knooppunt", "kruispunt", "winkelcentrum", "kasteel", "jachtslot", "landgoed", "wooncomplex",
		"polder", "viaduct", "monument", "terrein", // industrieterrein De Hoef, bedrijventerrein Zuid
		"district", "gehucht", "buurtschap", "stadsdeel", "deelstaat", // kiesdistrict Malazgirt, de deelstaat Hessen
		"ruimtestation", // het ruimtestation ISS: a place one works and walks outside of
		"complex",       // sportcomplex Molenven, appartementencomplex Pontsteiger: buildings, like a wooncomplex
		"kazerne",       // the Johannes Postkazerne: barracks, a place like a kasteel
	},
	kroniek.MISC: {
		"verkiezing", "verkiezingen", "festival", "index", "prijs", "wet", "akkoord", "boek", "film", "album",
		"programma", "serie", "merk", "bier", "wodka", "champagne", "cognac", "app", "campagne", "orkaan",
		"cycloon", "storm", "tyfoon", "kampioenschap", "toernooi", "artikel", "game", "videogame", "computerspel",
		"single", "liedje", "musical", "podcast", "operatie", "nummer", "lied", "hit", "popsong",
		"referendum", // a vote: "het Oekraïnereferendum"
		"passiespel", "toneelstuk", "voorstelling", "opera", "regeling", "week",
		"documentaire", "docu", "docuserie", // de documentaire Leaving Neverland
		"schilderij", "kunstwerk", "sculptuur", "fresco", // het schilderij Salvator Mundi
		"schip", "schepen", "vliegtuig", "toestel", "straaljager", "tanker", "fregat", "onderzeeër", "veerboot",
		"vlucht",                        // a flight by its number: vlucht MH17
		"papers", "leaks", "laundromat", // leaks and schemes: Panama Papers, Troika Laundromat
		"dag",                 // days of a cause or a feast: Nationale Buitenlesdag, Internationale Vrouwendag, Palmzondag
		"traditie", "ritueel", // customs, like a feast: "de traditie Sinterklaas", "het dodenritueel Ngaben"
		"medaille", "trofee", "award", // awards, like a prijs: "de Wolfmedaille", "de Schaatstrofee"
	},
})

// agentHeads end class nouns of a trade that a firm or a person may
// follow: "projectontwikkelaar Nikkels" is a firm, "organisator George
// ten Brummelhuis" a person.
var agentHeads = []string{"ontwikkelaar", "organisator", "aannemer", "exploitant", "zorgverlener"}

// firmTrades end compounds for a firm by what it makes or sells, which
// type a name after them ("de staalfabriek Hoogvorst", "ijzergieterij
// Vulcanus", "fietsenhandel Smit") but not a name they end: the
// Verkadefabriek is a venue, Händel a composer.
var firmTrades = []string{"fabriek", "gieterij", "handel"}

// firmBefore reports whether w, in lower case, is a compound of a firm's
// trade: a head of three letters or more before it.
func firmBefore(w string) bool {
	return slices.ContainsFunc(firmTrades, func(h string) bool { return len(w) >= len(h)+3 && strings.HasSuffix(w, h) })
}

// agentNoun reports whether w is such a noun or a compound of one.
func agentNoun(w string) bool {
	lw := strings.ToLower(w)
	return slices.ContainsFunc(agentHeads, func(h string) bool { return strings.HasSuffix(lw, h) })
}

// builtPlaces are place nouns that open the name of a building, an estate
// or a junction (Jachtslot Mookerheide, Winkelcentrum De Brink); not
// regio, provincie or stad, which open the names of their governments
// (Regio Twente).
var builtPlaces = setOf("jachtslot", "kasteel", "landgoed", "winkelcentrum", "knooppunt", "kruispunt", "gebouw",
	"wooncomplex", "polder", "viaduct", "sportpark", "camping", "vakantiepark", "stadion",
	"paviljoen", "tunnel", "brug", "toren", "begraafplaats")

// wholeHeads are class heads that count only as whole words, never as
// the end of a compound: Hoogenband is a family name, Hardnummer no song.
var wholeHeads = setOf("band", "bands", "nummer", "hit", "papers", "leaks")

// classTable turns lists of nouns by type into a map from noun to type.
func classTable(byType map[string][]string) map[string]string {
	m := map[string]string{}
	for t, ws := range byType {
		for _, w := range ws {
			m[w] = t
		}
	}
	return m
}

// nameTitles open the names of persons: Miss Bones, Lady Gaga.
var nameTitles = setOf("miss", "mister", "mrs.", "mr.", "ms.", "madame", "monsieur", "lady", "sir", "señor", "signor")

// placePlurals before "als" make the names after them places; as the
// end of a name they say nothing (Stichting Westelijke Tuinsteden).
var placePlurals = setOf("dorpen", "steden", "plaatsen", "gemeenten", "gemeentes", "landen", "provincies")

// surnameHeads are class heads that are also surnames.
var surnameHeads = setOf("weg", "bond", "wet", "prijs", "park", "kerk", "stad", "dorp", "boek", "merk", "koor", "dag",
	"bank", "brug", "kade", "laan", "dienst", "groep", "keten", "ploeg", "serie", "film", "winkel", "buurt", "wijk")

// classOf returns the type a Dutch noun gives a name: the noun is a
// class head or ends in one (zorgverzekeraar, ouderenorganisaties).
func classOf(w string) string {
	_, t := classHead(w)
	return t
}

// classHead returns the class head w is or ends in, and its type.
func classHead(w string) (string, string) {
	w = strings.ToLower(w)
	if t, ok := classHeads[w]; ok {
		return w, t
	}
	if notClassNouns[w] {
		return "", ""
	}
	for i := 1; i < len(w)-2; i++ {
		if t, ok := classHeads[w[i:]]; ok && i >= 3 && !wholeHeads[w[i:]] {
			return w[i:], t
		}
	}
	return "", ""
}

// notClassNouns end in a class head but name no class: adverbs (kortweg,
// pakweg: roughly), fights (steekpartij), an adjective (gezaghebbende).
var notClassNouns = setOf("kortweg", "pakweg", "ruwweg", "grofweg", "simpelweg", "botweg", "domweg", "gewoonweg",
	"eenvoudigweg", "onderweg", "steekpartij", "vechtpartij", "gezaghebbende",
	"rijksdag", "landdag", "bondsdag") // parliaments, not days: de Rijksdag in Berlijn

// dashOrColon reports whether a token is a dash or a colon, which open
// a clause as a sentence's start does.
func dashOrColon(t string) bool {
	return t == "-" || t == "–" || t == "—" || t == ":"
}

// classBeforeFor returns the type of a body's class noun before "voor"
// and one to three lower-case words right before token ti: "de
// belangenvereniging voor sekswerkers Proud", "het platform voor
// onderzoeksjournalistiek Investico". Not "van": "de club van
// voetballegende Gheorghe Hagi" names the club's man; nor a preposition
// among the words ("voor ondernemers in Lombardije").
func classBeforeFor(doc *nl.Doc, ti int) string {
	for j := ti - 1; j >= 1 && j >= ti-3; j-- {
		w := doc.Tokens[j].Text
		if doc.Tokens[j].Kind != nl.Word || !startsLower(w) || nl.IsStopword(w) && w != "de" && w != "het" {
			return ""
		}
		if p := doc.Tokens[j-1].Text; p == "voor" && j-2 >= 0 {
			if h := doc.Tokens[j-2].Text; startsLower(h) {
				if ct := classOfNoun(h); ct == kroniek.ORG {
					return ct
				}
			}
			return ""
		}
	}
	return ""
}

// placeAfter reports whether a preposition of place follows offset end.
func placeAfter(doc *nl.Doc, end int) bool {
	rest := strings.TrimLeft(doc.Text[end:], " ")
	w, _, _ := strings.Cut(rest, " ")
	return placePreps[w] || w == "uit"
}

// classOfNoun is classOf for a class noun before a name, which may be
// plural: "modeketens als Primark", "supermarkten Jumbo en
// Plus". (A name's own last word is no plural of a head: Parks, Banks.)
func classOfNoun(w string) string {
	lw := strings.ToLower(w)
	if lw == "week" || lw == "belang" || lw == "belangen" {
		return "" // "vorige week Job Cohen", "publiek belang Walter Bergevoet": no class (Boekenweek, Lokaal Belang end names)
	}
	if t := classOf(w); t != "" {
		return t
	}
	for _, suf := range []string{"s", "en"} {
		// a head of four letters or more: waterschappen is no app,
		// verweten no law
		if stem, ok := strings.CutSuffix(lw, suf); ok && len(stem) >= 4 {
			if h, t := classHead(stem); len(h) >= 4 {
				return t
			}
		}
	}
	return ""
}

// quarterShape reports whether a name of one or two words has no word in
// capitals: "De Pijp", "Centrum", not "AD Magazine" (a paper's) nor a
// heading glued to a body's name.
func quarterShape(name string) bool {
	ws := strings.Fields(name)
	return len(ws) <= 2 && !slices.ContainsFunc(ws, func(w string) bool { return len(w) > 1 && strings.ToUpper(w) == w })
}

// listPlacePrep reports whether w, before a place, opens a list of
// places: a preposition of place ("in Vinkel en Nuland") or "tussen"
// ("tussen Oud-Noord en Hogerwaard": between two places).
func listPlacePrep(w string) bool {
	return placePreps[w] || w == "tussen"
}

// placePreps are prepositions before a place, never before a person but
// a god ("in God geloven") or a cabinet ("in Rutte II").
var placePreps = setOf("in", "te", "nabij", "richting", "vanuit")

var deities = setOf("god", "allah", "jezus", "christus", "boeddha", "jahweh")

// romanEnd reports whether a name ends in a Roman numeral: Rutte II.
func romanEnd(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return false
	}
	w := s[i+1:]
	return w != "" && strings.Trim(w, "IVX") == ""
}

// bodiesOfClass types a body's name the tagger took for a person when it
// opens with a body's class noun or an institution's word and "van" or
// "voor": "Unie van Waterschappen", "Commissie van Toezicht", "Stichting
// voor Vluchteling-Studenten" (no person's name opens so), or that
// opens with a family name's particle and ends in a body's class noun: "Van
// der Werff Groep".
func bodiesOfClass(doc *nl.Doc, cs []cand) {
	for i := range cs {
		c := &cs[i]
		ws := strings.Fields(c.text(doc))
		if c.typ != kroniek.PER || c.entry != nil || c.role != "" || len(ws) < 2 {
			continue
		}
		if len(ws) >= 3 && (ws[1] == "van" || ws[1] == "voor") && (classOf(ws[0]) == kroniek.ORG || institutionShort[strings.ToLower(ws[0])]) {
			c.typ, c.classTyped = kroniek.ORG, true
		}
		if last := strings.ToLower(ws[len(ws)-1]); particles[strings.ToLower(ws[0])] && classHeads[last] == kroniek.ORG {
			c.typ, c.classTyped = kroniek.ORG, true // a firm named after its founder: Van der Werff Groep
		}
	}
}

// dropPersonNouns cuts a noun for a person glued before a given name
// and a family name off the name: an inhabitant of a town ("Gouwenaar
// Pieter Stroop van Renen", "Eindhovenaar Joep de Groot", "Utrechter
// André van Schie") or a trade ("Golfer Joost Luiten"), which no
// knowledge base lists. The word ends in -er, -aar or -ers and is no
// given name; what is left must open with a given name.
func dropPersonNouns(doc *nl.Doc, cs []cand) {
	for i := range cs {
		c := &cs[i]
		if c.entry != nil || c.role != "" || c.typ == kroniek.ORG || c.typ == kroniek.LOC {
			continue
		}
		t := c.text(doc)
		sp := strings.IndexByte(t, ' ')
		if sp < 0 {
			continue
		}
		w, rest := t[:sp], t[sp+1:]
		lw := strings.ToLower(w)
		if isGivenName(w) || !startsUpper(w) || strings.ToUpper(w) == w || len(w) < 6 || !fullNameShape(rest) ||
			!strings.HasSuffix(lw, "er") && !strings.HasSuffix(lw, "aar") && !strings.HasSuffix(lw, "ers") {
			continue
		}
		c.start += sp + 1
		c.typ = kroniek.PER
	}
}

// fullNameShape reports whether a name is a given name and one or more
// capitalised words or particles: Pieter Stroop van Renen.
func fullNameShape(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 || !isGivenName(ws[0]) || !startsUpper(ws[len(ws)-1]) {
		return false
	}
	for _, w := range ws[1:] {
		if !startsUpper(w) && !nameParticlesNL[w] {
			return false
		}
	}
	return true
}

// dropQuotedAdjectives drops a one-word name of no knowledge-base entry
// that is an adjective's shape (-lijk, -ig, -isch, -baar, -loos, -end)
// said alone right after a quote mark: "Kotsmisselijk, werd Rob
// Jetten", "'Respectloos'", ",,Grimmig. Er heerst …". A quoted reply of
// one word is no name.
func dropQuotedAdjectives(doc *nl.Doc, cs []cand) []cand {
	out := cs[:0]
	for _, c := range cs {
		w := c.text(doc)
		if c.entry == nil && c.role == "" && !strings.ContainsAny(w, " -") && c.start >= 1 && c.end < len(doc.Text) {
			before := doc.Text[:c.start]
			opened := strings.HasSuffix(before, ",,") || strings.HasSuffix(before, "'") || strings.HasSuffix(before, "\"") ||
				strings.HasSuffix(before, "‘") || strings.HasSuffix(before, "“")
			closed := strings.ContainsRune("'\",.!?’”", rune(doc.Text[c.end])) || strings.HasPrefix(doc.Text[c.end:], "’") || strings.HasPrefix(doc.Text[c.end:], "”")
			lw := strings.ToLower(w)
			adj := false
			for _, suf := range []string{"lijk", "ijk", "ig", "isch", "baar", "loos", "end"} {
				adj = adj || strings.HasSuffix(lw, suf) && len(lw) > len(suf)+3
			}
			if opened && closed && adj {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// camelProducts adds the names of products written with a lower-case i
// or e before a capital, which no tagger takes for names: iPad, iPhones,
// iOS, eBay. cs must be sorted by start; the result is.
func camelProducts(doc *nl.Doc, cs []cand) []cand {
	covered := coverage(cs)
	n := len(cs)
	for _, t := range doc.Tokens {
		w := t.Text
		if t.Kind != nl.Word || len(w) < 3 || w[0] != 'i' && w[0] != 'e' || w[1] < 'A' || w[1] > 'Z' || covered(t.Start, t.End) {
			continue
		}
		if strings.ToUpper(w) == w || strings.ContainsAny(w, "0123456789-") {
			continue
		}
		cs = append(cs, cand{start: t.Start, end: t.End, typ: kroniek.MISC, classTyped: true})
	}
	if len(cs) > n {
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].start < cs[j].start })
	}
	return cs
}

// vehicleMakers make cars, planes and devices the news names by maker and
// model: Volkswagen Caddy, Nissan Leaf, Airbus A321 (general knowledge).
var vehicleMakers = setOf("Volkswagen", "VW", "Fiat", "Tesla", "Toyota", "BMW", "Mercedes", "Mercedes-Benz", "Renault", "Peugeot",
	"Opel", "Ford", "Volvo", "Audi", "Kia", "Hyundai", "Nissan", "Skoda", "Škoda", "Seat", "Citroën", "Mazda", "Honda",
	"Porsche", "Ferrari", "Boeing", "Airbus", "Fokker", "Embraer")

// makerWords after a maker's name make a company's name, not a model's:
// Fiat Chrysler, Volkswagen Group, Ford Nederland.
var makerWords = setOf("Chrysler", "Group", "Groep", "Motors", "Motor", "Nederland", "Benelux", "Trucks", "Financial", "Pon",
	"Automobiles", "Industries", "Defence", "Commercial", "Company", "Corporation")

// makerModels types a maker's name and a model after it as a thing, not
// the maker or a person: "een Volkswagen Caddy", "de Nissan Leaf", "de
// Hyundai Kona".
func makerModels(doc *nl.Doc, cs []cand) {
	for i := range cs {
		c := &cs[i]
		ws := strings.Fields(c.text(doc))
		if len(ws) != 2 || c.typ == kroniek.MISC || c.role != "" || !vehicleMakers[ws[0]] || makerWords[ws[1]] || classOf(ws[1]) != "" {
			continue
		}
		c.typ, c.classTyped, c.entry = kroniek.MISC, true, nil
	}
}

// workNouns name people by the work they do for an employer named after
// "bij": "begeleider bij Aveleijn", "chirurg bij Velthuis".
var workNouns = setOf("werkzaam", "medewerker", "medewerkster", "begeleider", "begeleidster", "onderzoeker", "onderzoekster",
	"chirurg", "arts", "directeur", "directrice", "bestuurder", "woordvoerder", "woordvoerster", "econoom", "analist",
	"adviseur", "docent", "manager", "hoogleraar", "topman", "topvrouw", "werknemer", "stagiair", "verpleegkundige")

// headNouns name who heads a body: the name after them and "van" is the
// body's.
var headNouns = setOf("directeur", "directrice", "directeur-bestuurder", "voorzitter", "voorzitster", "bestuursvoorzitter",
	"oprichter", "oprichtster", "medeoprichter", "mede-oprichter", "topman", "topvrouw", "ceo", "hoofdredacteur", "bestuurder")

// ellipsisSurnames gives a given name alone the family name of the full
// name it is coordinated with: "de broers Armin en Arash N.", "de trotse
// ouders zijn Marijn en Viviënne Huibrechtse", "Kelsey en Garion Mulder"
// name Armin N., Marijn Huibrechtse and Kelsey Mulder. Both names are
// persons without a role, the first is one given name of the lexicons,
// the second a name of two words or more that opens with no particle
// ("Hoekstra en De Jonge" are two family names); the family name becomes
// part of the first's display name only (its mention keeps its offsets).
func ellipsisSurnames(doc *nl.Doc, cs []cand) {
	for i := 0; i+1 < len(cs); i++ {
		c, d := &cs[i], &cs[i+1]
		if c.typ != kroniek.PER || d.typ != kroniek.PER || c.role != "" || d.role != "" || c.entry != nil || c.family || d.family ||
			doc.Text[c.end:d.start] != " en " {
			continue
		}
		t, ws := c.text(doc), strings.Fields(d.text(doc))
		if strings.ContainsAny(t, " -.") || !isGivenName(t) || len(ws) < 2 || particles[strings.ToLower(ws[0])] {
			continue
		}
		if rest := strings.Join(ws[1:], " "); startsUpper(rest) || particles[ws[1]] {
			c.ellipsis = rest
		}
	}
}

// personBefore reports whether a person's full name of the article ends
// at offset end, before the name cs[i]: two words or more, typed PER, no
// family (de Johnsons), with a role or a given name first ("woordvoerder
// Kyra Hartlief", "Sharon Lexmond"; not the song "Rocket Man van Elton
// John").
func personBefore(doc *nl.Doc, cs []cand, i, end int) bool {
	for j := i - 1; j >= 0 && cs[j].end >= end-60; j-- {
		if cs[j].end == end {
			p := cs[j]
			ws := strings.Fields(p.text(doc))
			return p.typ == kroniek.PER && !p.family && len(ws) >= 2 && (p.role != "" || isGivenName(ws[0]))
		}
	}
	return false
}

// employers types a name right after a person's work noun and "bij" (de,
// het) a body: the employer, not a place or a person ("haar begeleider
// bij Aveleijn", "plastisch chirurg bij Velthuis kliniek", "woordvoerder
// bij de Roundtable on Sustainable Palm Oil"), or after the noun of its
// head and "van" ("directeur van de Atletiekunie"), or after a person's
// full name and "van" ("Kyra Hartlief van Fastned"). A given name opening
// the name keeps a person ("arts bij Anne de Vries" is a visit, "Zus
// Astrid van Willem Holleeder" a sister).
func employers(doc *nl.Doc, cs []cand) {
	for i := range cs {
		c := &cs[i]
		if c.entry != nil || c.role != "" || c.classTyped || c.typ == kroniek.ORG || c.typ == "" {
			continue
		}
		ws := strings.Fields(c.text(doc))
		if isGivenName(ws[0]) || deities[strings.ToLower(ws[0])] {
			continue
		}
		before := strings.TrimSuffix(strings.TrimSuffix(doc.Text[max(0, c.start-40):c.start], "de "), "het ")
		if c.typ == kroniek.PER && strings.HasSuffix(before, " van ") && personBefore(doc, cs, i, c.start-(len(doc.Text[max(0, c.start-40):c.start])-len(before))-len(" van ")) {
			// "Kyra Hartlief van Fastned", "topman Torstein Hagen van
			// Viking Cruises": a person's body, not a second person
			c.typ, c.classTyped = kroniek.ORG, true
			continue
		}
		if b, ok := strings.CutSuffix(before, " van "); ok {
			// "oprichter van Battlefield Tours", "voorzitter van de
			// Veiligheidsregio": the head of a body (not "woordvoerder":
			// a spokesman may speak for a person)
			if w := b[strings.LastIndexAny(b, " \n(,")+1:]; headNouns[strings.ToLower(w)] {
				c.typ, c.classTyped = kroniek.ORG, true
			}
			continue
		}
		before, ok := strings.CutSuffix(before, " bij ")
		if !ok {
			continue
		}
		if w := before[strings.LastIndexAny(before, " \n(,")+1:]; workNouns[strings.ToLower(w)] {
			c.typ, c.classTyped = kroniek.ORG, true
		}
	}
}

// diseaseEponyms types the names of diseases called after a person or a
// place as things: "de ziekte van Lyme", "de ziektes van Pompe en Fabry",
// not the place or the physician.
func diseaseEponyms(doc *nl.Doc, cs []cand) {
	prev := -1 // the disease name before, for "… van Pompe en Fabry"
	for i := range cs {
		c := &cs[i]
		before := strings.ToLower(doc.Text[max(0, c.start-20):c.start])
		after := prev >= 0 && strings.TrimSpace(doc.Text[cs[prev].end:c.start]) == "en"
		prev = -1
		if c.entry != nil && c.entry.Kind != kb.KindCity || c.role != "" || strings.Contains(c.text(doc), " ") {
			continue
		}
		if strings.HasSuffix(before, "ziekte van ") || strings.HasSuffix(before, "ziektes van ") || strings.HasSuffix(before, "ziekten van ") || after {
			c.typ, c.classTyped, c.entry = kroniek.MISC, true, nil
			prev = i
		}
	}
}

// placesOfClass unlinks a company's or club's known name that a
// lower-case place noun names a place after: "sportpark De Vink" is a
// sports ground and "winkelcentrum Zeeman" a mall, not the shop of that
// name in the knowledge base. The place is typed as its noun says.
func placesOfClass(doc *nl.Doc, cs []cand) {
	if doc.Lang != "" && doc.Lang != "nl" {
		return
	}
	for i := range cs {
		c := &cs[i]
		if c.entry == nil || c.entry.Type != kroniek.ORG || c.role != "" {
			continue
		}
		ti := tokenIndex(doc, c.start)
		if ti < 1 {
			continue
		}
		p := doc.Tokens[ti-1]
		if p.Kind != nl.Word || p.End+1 != c.start || !startsLower(p.Text) || classOfNoun(p.Text) != kroniek.LOC {
			continue
		}
		c.entry, c.typ, c.classTyped = nil, kroniek.LOC, true
	}
}

// typeByClass types names the tagger typed as it could from the nouns
// the text puts on them: a class noun right before the name
// ("zorgverzekeraar Menzis", a list after "ouderenorganisaties") or the
// name's own last word ending in one (Anne Frankschool, Gülenbeweging).
// Knowledge-base links and roles keep their type.
func typeByClass(doc *nl.Doc, cs []cand) {
	if doc.Lang != "" && doc.Lang != "nl" {
		return
	}
	prevType, prevEnd := "", -1
	prevClassed := false
	prevListed := false // the list goes on from examples of a class: "ketens zoals …"
	placeEnd := -1      // the end of a place after a preposition of place: "in Vinkel"
	for i := range cs {
		c := &cs[i]
		if c.entry != nil || c.role != "" {
			ti := tokenIndex(doc, c.start)
			// a known name in a class's list keeps the list going:
			// "ketens zoals Leen Bakker, Bart Smits en Intertoys"
			examples := c.entry != nil && ti >= 2 && (doc.Tokens[ti-1].Text == "als" || doc.Tokens[ti-1].Text == "zoals") && classOfNoun(doc.Tokens[ti-2].Text) == c.entry.Type
			goesOn := c.entry != nil && prevType == c.entry.Type && prevEnd >= 0 && prevEnd <= c.start &&
				(doc.Text[prevEnd:c.start] == ", " || doc.Text[prevEnd:c.start] == " en ")
			if examples || goesOn {
				prevType, prevEnd, prevClassed, prevListed = c.entry.Type, c.end, true, examples || prevListed
			} else {
				prevType, prevClassed, prevListed = "", false, false
			}
			placeEnd = -1
			if c.entry != nil && c.entry.Type == kroniek.LOC && ti > 0 && listPlacePrep(doc.Tokens[ti-1].Text) {
				placeEnd = c.end
			}
			continue
		}
		t := ""
		ti := tokenIndex(doc, c.start)
		locPrep := false
		listed := false // typed as an example of a class, or a member of a list of them
		// "in Vinkel en Nuland": one word the tagger made a person or a
		// thing, coordinated with a known place after "in", is a place
		placeListed := placeEnd >= 0 && (c.typ == kroniek.PER || c.typ == kroniek.MISC) && !strings.ContainsAny(c.text(doc), " -") && !isGivenName(c.text(doc)) &&
			strings.ToUpper(c.text(doc)) != c.text(doc) && placeEnd <= c.start && (doc.Text[placeEnd:c.start] == " en " || doc.Text[placeEnd:c.start] == ", ") &&
			!placeAfter(doc, c.end) // "Klaas Puul in Volendam en Heiploeg in Zoutkamp": a firm and its place
		placeEnd = -1
		if ti > 0 {
			p := doc.Tokens[ti-1]
			locPrep = placePreps[p.Text]
			if p.Kind == nl.Word {
				if r, _ := utf8.DecodeRuneInString(p.Text); unicode.IsLower(r) {
					t = classOfNoun(p.Text)
					c.agentClass = t != "" && agentNoun(p.Text)
					if t == "" && firmBefore(p.Text) {
						t = kroniek.ORG // "ijzergieterij Vulcanus", "fietsenhandel Smit": the firm
					}
					if t == "" && strings.HasSuffix(p.Text, "huis") && p.Text != "thuis" && len(p.Text) > len("huis")+2 {
						t = kroniek.LOC // "gemeenschapshuis Lievendaal", "buurthuis De Brink": a building
						if slices.ContainsFunc([]string{"koffie", "thee", "eet", "pannenkoeken", "bier"}, func(h string) bool { return strings.HasPrefix(p.Text, h) }) {
							t = kroniek.ORG // "koffiehuis Hafa": a business, like a café
						}
					}
					c.classTyped = c.classTyped || t != ""
				} else if ti == 1 || sentenceStart(doc, ti-1) || ti >= 2 && dashOrColon(doc.Tokens[ti-2].Text) {
					// "Topuniversiteit Yale heeft …", "Netbeheerder Liander
					// heeft …": a class noun opens the sentence, or a
					// clause after a dash ("petitie - Jongerenbeweging
					// Exxpose wil …")
					// (or several: "Restaurants De Portugees, …")
					if ct := classOfNoun(p.Text); ct != "" && strings.ToUpper(p.Text) != p.Text && !isGivenName(p.Text) && !strings.Contains(doc.Text[p.End:c.start], "\n") {
						t, c.classTyped = ct, true
					}
				}
				// "belangenvereniging voor sekswerkers Proud": a class noun
				// and what it is for, in lower case, before the name
				if t == "" && startsLower(p.Text) {
					if ct := classBeforeFor(doc, ti); ct != "" {
						t, c.classTyped = ct, true
					}
				}
				// "in Den Dolder", "te Kerkdriel": where people are not
				if t == "" && c.typ == kroniek.PER && placePreps[p.Text] && !deities[strings.ToLower(c.text(doc))] && !romanEnd(c.text(doc)) {
					t = kroniek.LOC
				}
				// "een koffiehuis in De Pijp": a body is seldom in
				// something without an article before it ("in de
				// Volkskrant", "in het Rijksmuseum"), a quarter often
				if t == "" && c.typ == kroniek.ORG && p.Text == "in" && quarterShape(c.text(doc)) && !c.classTyped && !partyName(c.text(doc)) {
					t = kroniek.LOC
				}
				if t == "" && p.Text == "plaats" {
					t, c.classTyped = kroniek.LOC, true // "de Duitse plaats Delitzsch"
				}
				if p.Text == "het" && c.text(doc) == "Rijk" {
					t, c.classTyped = kroniek.ORG, true // "geld van het Rijk": the state
				}
				// "uit Vianen": one word the tagger made a person or a thing
				// after a preposition of origin or place
				if t == "" && (c.typ == kroniek.PER || c.typ == kroniek.MISC) && (p.Text == "uit" || c.typ == kroniek.MISC && placePreps[p.Text]) &&
					!strings.ContainsAny(c.text(doc), " -") && !isGivenName(c.text(doc)) && !deities[strings.ToLower(c.text(doc))] && strings.ToUpper(c.text(doc)) != c.text(doc) {
					t = kroniek.LOC
				}
			}
			// examples of a class: "organisaties als Airwars", "bedrijven zoals Vomar"
			if t == "" && (p.Text == "als" || p.Text == "zoals") && ti >= 2 && doc.Tokens[ti-2].Kind == nl.Word {
				ct := classOfNoun(doc.Tokens[ti-2].Text)
				if placePlurals[strings.ToLower(doc.Tokens[ti-2].Text)] {
					ct = kroniek.LOC // "dorpen als Meeden"
				}
				if ct != "" && (ct != kroniek.LOC || c.typ != kroniek.PER) {
					t, c.classTyped, listed = ct, true, true
				}
			}
			// "onder wie Dubrovski": wie asks for persons, so the names
			// it opens are persons whatever the tagger said
			if t == "" && p.Text == "wie" && ti >= 2 && doc.Tokens[ti-2].Text == "onder" {
				t, c.classTyped, listed = kroniek.PER, true, true
			}
			// a list: "ouderenorganisaties Carintreggeland, Liberein en ZorgAccent"
			if t == "" && prevType != "" && (p.Text == "," || p.Text == "en") && prevEnd >= 0 && prevEnd <= c.start && strings.TrimSpace(strings.Trim(doc.Text[prevEnd:c.start], " ,")) == strings.TrimSpace(strings.Trim(p.Text, ",")) {
				t, listed = prevType, prevListed
				c.classTyped = c.classTyped || prevClassed
			}
		}
		if placeListed && (t == "" || t == kroniek.LOC) {
			// after " en " the place outweighs the tagger's guesses at
			// the name's other mentions ("de scan voor Dinther"); a comma
			// may end the place's clause ("in Nederland, Lili (13) en …")
			t, c.classTyped = kroniek.LOC, c.classTyped || doc.Text[c.start-4:c.start] == " en "
		}
		if t == "" {
			words := strings.Fields(c.text(doc))
			last := words[len(words)-1]
			// a head that is also a surname only in a compound: James
			// Bond and De Wet are persons, Gülenbeweging is not
			if r, _ := utf8.DecodeRuneInString(last); unicode.IsUpper(r) && !strings.ContainsAny(last, "-") && (len(words) >= 2 || classHeads[strings.ToLower(last)] == "") && !surnameHeads[strings.ToLower(last)] && !personShape(c.text(doc)) && !familyCompound(words) {
				// Matthijs van Nieuwkerk is no church
				t = classOf(last)
				if t == kroniek.LOC && c.typ == kroniek.PER && len(words) >= 2 && strings.HasSuffix(strings.ToLower(last), "weg") {
					t = "" // Jaap Korteweg, Suze Groeneweg: a family name of a road's shape
				}
				// a whole class noun ends a name of several words: its
				// type outweighs the tagger's (Joint Investigation Team)
				c.classTyped = c.classTyped || t != "" && len(words) >= 2 && classHeads[strings.ToLower(last)] != ""
			}
		}
		if t == "" && partyName(c.text(doc)) {
			t, c.classTyped = kroniek.ORG, true // "CDU, SPD, de Groenen": a party
		}
		if words := strings.Fields(c.text(doc)); t == "" && len(words) >= 2 && firmHeads[strings.ToLower(words[len(words)-1])] && startsUpper(words[0]) {
			// "Molly Enterprises", "Purus Limited": a firm's legal word
			// ends the name, even after a given name
			t, c.classTyped = kroniek.ORG, true
		}
		if words := strings.Fields(c.text(doc)); t == "" && len(words) >= 2 && !personShape(c.text(doc)) {
			// "Sportclub Enschede", "Orkaan Idai", "Klimaatakkoord van
			// Parijs": a class noun or a compound of one opens the name
			if ft := classOf(words[0]); (ft == kroniek.ORG || ft == kroniek.MISC) && (classHeads[strings.ToLower(words[0])] != "" || nameParticlesNL[words[1]]) {
				t = ft
			}
			// "Jachtslot Mookerheide", "Winkelcentrum De Brink": a place
			// noun, as a whole word, opens the name
			if t == "" && builtPlaces[strings.ToLower(words[0])] {
				t = kroniek.LOC
			}
			// "Silicon Valley", "Emirates Stadium", "Ford Foundation",
			// "Solheim Cup": an English head noun ends the name
			// (not a title's: Sex and the City)
			if lw := strings.ToLower(words[len(words)-1]); t == "" && startsUpper(words[0]) && !givenShape(c.text(doc)) && !titleWords(words) {
				switch {
				case englishPlaceHeads[lw] || englishBuiltHeads[lw]:
					t = kroniek.LOC
				case englishHeads[lw] && lw != "day":
					t = kroniek.ORG
				case englishEventHeads[lw]:
					// a fair's head outweighs the tagger's guesses at its
					// short form: "The Northern Design Fair (TNDF)"; the
					// others may end a body's name (Keuzegids Masters)
					t, c.classTyped = kroniek.MISC, c.classTyped || lw == "fair"
				}
			}
			if lw := strings.ToLower(words[len(words)-1]); t == kroniek.ORG && (firmHeads[lw] || englishHeads[lw] && lw != "day") {
				// the firm's name outweighs the tagger's guesses at its
				// other mentions: American Airlines, then "AA"
				c.classTyped = true
			}
			// "Steigereiland Noord": a place's name and a compass word
			if t == "" && len(words) == 2 && compassWords[words[1]] && classOf(words[0]) == kroniek.LOC {
				t = kroniek.LOC
			}
			// "Miss Bones", "Lady Gaga": a title opens a person's name
			if len(words) == 2 && nameTitles[strings.ToLower(words[0])] && startsUpper(words[1]) {
				t = kroniek.PER
			}
		}
		// a given name before a family name is a person whatever its last
		// word means (Anton van Wijk, Els Bos), unless a class noun stands
		// before it or its last word is a compound of one (Anne Frankschool)
		// ("ketens zoals Leen Bakker, Bart Smits en Intertoys": the
		// examples of a class are what the class says)
		if name := c.text(doc); (t != "" || c.typ != kroniek.PER) && !locPrep && !listed && (ti == 0 || classOfNoun(doc.Tokens[ti-1].Text) == "" || agentNoun(doc.Tokens[ti-1].Text)) && givenShape(name) && !isGivenName(name[strings.LastIndexByte(name, ' ')+1:]) {
			t = kroniek.PER
		}
		// a given name and a family name made of a place noun the tagger
		// took for a place: Bert Wagendorp
		if t == "" && c.typ == kroniek.LOC && !locPrep && familyCompound(strings.Fields(c.text(doc))) {
			t = kroniek.PER
		}
		// a person's name after a title the tagger made a place or a body:
		// "CPNB-directeur Eveline Aendekerk", "zangeres Merol"
		if t != kroniek.PER && ti > 0 && titledPerson(doc.Tokens[ti-1].Text, c.text(doc)) {
			t = kroniek.PER
		}
		// a child or an age before a name the tagger made a place or a
		// body: "het meisje Noor", "de tienjarige Sem"
		if t != kroniek.PER && !locPrep && childOrAged(doc, ti) {
			t, c.classTyped = kroniek.PER, true
		}
		// one word after a relative and "van" the tagger made a place or
		// a body: "het zusje van Lux"
		if t != kroniek.PER && !strings.ContainsAny(c.text(doc), " -") && relativeOf(doc, ti) {
			t, c.classTyped = kroniek.PER, true
		}
		// one unlinked word after a person's role the tagger made a place:
		// "rechtbankvoorzitter Gielen" (a body after a role is its own:
		// "woordvoerder Defensie", so only places)
		if t == "" && c.typ == kroniek.LOC && !locPrep && ti > 0 && !strings.ContainsAny(c.text(doc), " -") && strings.ToUpper(c.text(doc)) != c.text(doc) {
			if p := doc.Tokens[ti-1].Text; startsLower(p) && roleCompound(strings.ToLower(p)) && classOf(p) == "" {
				t, c.classTyped = kroniek.PER, true
			}
		}
		// a given name alone the tagger made a body or a thing (Fred) is a person
		if words := strings.Fields(c.text(doc)); t == "" && len(words) == 1 && (c.typ == kroniek.ORG || c.typ == kroniek.MISC) && isGivenName(words[0]) && (ti == 0 || !thingDeterminers[doc.Tokens[ti-1].Text]) {
			t = kroniek.PER
		}
		// "Lijst Jansen Hengelo", "Lijst H. de Vries": a local party's
		// list, named after its leader or town
		if ws := strings.Fields(c.text(doc)); len(ws) >= 2 && ws[0] == "Lijst" && startsUpper(ws[1]) {
			t, c.classTyped = kroniek.ORG, true
		}
		// "Provinciale Staten", "Gedeputeerde Staten", "de Staten": a
		// province's council, not a place (Verenigde Staten is linked)
		if ws := strings.Fields(c.text(doc)); ws[len(ws)-1] == "Staten" {
			t, c.classTyped = kroniek.ORG, true
		}
		// "Ronde van Vlaanderen", "Ronde van Catalonië": a race (the Dutch
		// names of stage races and classics), not a person; "Mount
		// Scenery": a mountain
		if ws := strings.Fields(c.text(doc)); len(ws) >= 3 && ws[0] == "Ronde" && ws[1] == "van" && startsUpper(ws[2]) {
			t, c.classTyped = kroniek.MISC, true
		} else if len(ws) == 2 && ws[0] == "Mount" && startsUpper(ws[1]) {
			t, c.classTyped = kroniek.LOC, true
		} else if lw := strings.ToLower(ws[0]); len(ws) == 1 && len(lw) > 7 && strings.HasSuffix(lw, "lijn") && !isGivenName(ws[0]) {
			// "de Noord/Zuidlijn", "de Betuwelijn": a railway or metro
			// line, infrastructure (not "lijn" before a name: the
			// ondernemerslijn Werken van Morgen is a programme)
			t, c.classTyped = kroniek.LOC, true
		} else if len(ws) == 1 && ideologyWord(ws[0]) {
			t, c.classTyped = kroniek.MISC, true // "het Peronismo": a movement's ideas, not its body
		}
		// a road number: "de A17", "de N201"
		if roadNumber(c.text(doc)) && !strings.HasPrefix(doc.Text[c.end:], "-") {
			t, c.classTyped = kroniek.LOC, true
		}
		if t != "" {
			c.typ = t
		} else if c.ofJoined {
			// Nacht van de Filosofie has a person's shape
		} else if personShape(c.text(doc)) && locPrep {
			c.typ = kroniek.LOC // "in Rio de Janeiro" has the shape but is a place
		} else if personShape(c.text(doc)) {
			c.typ = kroniek.PER
		}
		prevType, prevEnd, prevClassed, prevListed = t, c.end, c.classTyped, listed
		if c.typ == kroniek.LOC && ti > 0 && listPlacePrep(doc.Tokens[ti-1].Text) {
			placeEnd = c.end // "in Vinkel": the place a list goes on from
		}
	}
}

// ideologyWord reports whether one capitalised word names an ideology or
// a movement's ideas by its ending: Peronismo, Thatcherisme (Dutch -isme,
// Spanish -ismo). The word must be longer than the ending and a little,
// so that a short surname in -isme or -ismo is not one.
func ideologyWord(w string) bool {
	lw := strings.ToLower(w)
	return startsUpper(w) && len(lw) > 7 && (strings.HasSuffix(lw, "isme") || strings.HasSuffix(lw, "ismo"))
}

// roadNumber reports whether a name has the shape of a Dutch or
// Belgian road number: A or N and one to three digits (A17, N201), or
// E and two digits (E19).
func roadNumber(name string) bool {
	if len(name) < 2 || len(name) > 4 {
		return false
	}
	digits := name[1:]
	if strings.Trim(digits, "0123456789") != "" || digits[0] == '0' {
		return false
	}
	return name[0] == 'A' || name[0] == 'N' || name[0] == 'E' && len(digits) == 2
}

// isGivenName reports whether a capitalised word is a common given name
// (nl/lex gender.txt).
func isGivenName(w string) bool {
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || len(w) < 3 || strings.ToUpper(w) == w {
		return false // BAS, EVA: acronyms
	}
	lw := strings.ToLower(w)
	return nl.Lex().Is(nl.Class("name_female"), lw) || nl.Lex().Is(nl.Class("name_male"), lw)
}

// givenShape reports whether a name is a given name, family-name
// particles and one capitalised family name that is a whole word, not a
// compound of a class noun: Anton van Wijk, Els Bos, not Anne
// Frankschool.
func givenShape(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 5 || !isGivenName(words[0]) {
		return false
	}
	last := words[len(words)-1]
	if r, _ := utf8.DecodeRuneInString(last); !unicode.IsUpper(r) || strings.ContainsAny(last, "-0123456789") || englishHeads[strings.ToLower(last)] || englishPlaceHeads[strings.ToLower(last)] {
		return false
	}
	if t, ok := classHeads[strings.ToLower(last)]; classOf(last) != "" && !ok && !strings.HasSuffix(strings.ToLower(last), "weg") && !familyPlaceCompound(last) || ok && t == kroniek.ORG || len(last) < 3 {
		return false // a compound of a class noun, or a body's noun (Max Stichting)
	}
	ll := strings.ToLower(last)
	for _, h := range thingHeads {
		if strings.HasSuffix(ll, h) && len(ll) > len(h)+2 && !familyPlaceCompound(last) {
			return false // Leo Polakhuis, Albert Cuypmarkt
		}
	}
	for _, w := range words[1 : len(words)-1] {
		if !nameParticlesNL[w] {
			return false
		}
	}
	return true
}

// familyPlaceHeads end Dutch family names made of a place's name
// (Nieuwkerk, Santwijk, Middendorp, Verhofstad) as often as the names of
// places; after a given name they are a person's (Matthijs van
// Nieuwkerk, Eveline Aendekerk), where a street's or a building's head is
// not (Jan van Galenstraat, Leo Polakhuis).
var familyPlaceHeads = []string{"kerk", "wijk", "dorp", "stad"}

// familyPlaceCompound reports whether w is a compound of such a head.
func familyPlaceCompound(w string) bool {
	lw := strings.ToLower(w)
	return slices.ContainsFunc(familyPlaceHeads, func(h string) bool { return len(lw) > len(h)+2 && strings.HasSuffix(lw, h) })
}

// assemblyWords open the names of Dutch assemblies whose members'
// noun keeps them: Tweede Kamerlid, Eerste Kamerleden, Provinciale
// Statenleden.
var assemblyWords = setOf("tweede", "eerste", "provinciale")

// kinNouns before a family name make it the name of relatives: "de
// familie Lobo", "de zussen Lobo", "de gebroeders Lobo", "het gezin Van
// Rijsingen", "het echtpaar Lobo" (see coupleNouns).
var kinNouns = setOf("familie", "zussen", "zusjes", "zusters", "broers", "broertjes", "gebroeders", "gezin", "echtpaar")

// coupleNouns are kin nouns after which the text may also put the
// object of a verb, a place: "nadat het echtpaar Tilburg ontvluchtte".
// Only a name the tagger read as a person is a family after them.
var coupleNouns = setOf("echtpaar")

// markFamilies marks the family names right after a kin noun, of one
// word or with the particles before it (Van der Vorm): they name
// relatives, not the one person of the article with that family name.
func markFamilies(doc *nl.Doc, cs []cand) {
	for i := range cs {
		c := &cs[i]
		if c.entry != nil || strings.Contains(c.text(doc), "-") {
			continue
		}
		words := strings.Fields(c.text(doc))
		if len(words) > 1 && !allParticles(words[:len(words)-1]) || !familyNameLike(words[len(words)-1]) {
			continue
		}
		if ti := tokenIndex(doc, c.start); ti > 0 && doc.Tokens[ti].Start == c.start {
			p := doc.Tokens[ti-1]
			if p.End+1 == c.start && doc.Text[p.End] == ' ' && kinNouns[p.Text] && !(len(words) == 1 && siblingNouns[p.Text] && namesListed(doc, c.end)) &&
				(!coupleNouns[p.Text] || c.typ == kroniek.PER) {
				c.family, c.typ, c.role = true, kroniek.PER, p.Text
			}
		}
	}
}

// familyNameLike reports whether w has the shape of a family name: a
// capital, then lower case, not itself a class noun. Unlike firstNameLike
// and classOf it takes names that end in a place noun ("het gezin Van
// Santwijk", "de familie Noordhoek"), as Dutch family names often do.
// siblingNouns count brothers or sisters, who may be named one by one.
var siblingNouns = setOf("zussen", "zusjes", "zusters", "broers", "broertjes")

// namesListed reports whether a comma or "en" and a capitalised word
// follow off: "de zussen Maryam, Maysam en …", "de broers Frank en
// Ronald": the kin noun counts members named one by one, no family.
func namesListed(doc *nl.Doc, off int) bool {
	rest := doc.Text[off:]
	switch {
	case strings.HasPrefix(rest, ", "):
		rest = rest[2:]
	case strings.HasPrefix(rest, " en "):
		rest = rest[4:]
	default:
		return false
	}
	return startsUpper(rest) && !startsSentence(doc, off+len(doc.Text[off:])-len(rest))
}

func familyNameLike(w string) bool {
	rs := []rune(w)
	if _, class := classHeads[strings.ToLower(w)]; len(rs) < 2 || !unicode.IsUpper(rs[0]) || class {
		return false
	}
	for _, r := range rs[1:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// streetHeads end compounds that name a street, square or park.
var streetHeads = []string{"straat", "plein", "laan", "weg", "gracht", "kade", "park", "dijk", "singel", "plantsoen", "haven", "brug"}

// personCompounds retypes compounds of a person's name that the article
// also writes alone: with "Dick Bruna" in the text, "Dick Brunasingel"
// is a street and "Dick Brunabankje" a thing, not the person.
func personCompounds(doc *nl.Doc, cs []cand) {
	persons := map[string]bool{}
	endings := map[string]map[string]bool{} // last word: the names ending in it
	for _, c := range cs {
		t := c.text(doc)
		l := t[strings.LastIndexByte(t, ' ')+1:]
		if endings[l] == nil {
			endings[l] = map[string]bool{}
		}
		endings[l][t] = true
	}
	for _, c := range cs {
		t := c.text(doc)
		last := t[strings.LastIndexByte(t, ' ')+1:]
		if c.typ == kroniek.PER && last != t && utf8.RuneCountInString(last) >= 3 && strings.ToUpper(last) != last {
			persons[t] = true // not Michael J, whose J begins Jackson
		}
	}
	for i := range cs {
		c := &cs[i]
		t := c.text(doc)
		if c.typ != kroniek.PER || c.entry != nil || !strings.Contains(t, " ") || len(endings[t[strings.LastIndexByte(t, ' ')+1:]]) > 1 {
			continue // Van Bronckhorst beside Giovanni van Bronckhorst: a name, its short form cut
		}
		for p := range persons {
			head, ok := strings.CutPrefix(t, p)
			if !ok || utf8.RuneCountInString(head) < 3 || strings.ToLower(head) != head || strings.ContainsAny(head, " -") {
				continue
			}
			c.typ, c.role, c.classTyped = kroniek.MISC, "", true
			for _, h := range streetHeads {
				if strings.HasSuffix(head, h) {
					c.typ = kroniek.LOC
				}
			}
			break
		}
	}
}

// thingDeterminers before a name make it a thing or a body, not a person:
// "geen Mercedes", "de Jumbo".
var thingDeterminers = setOf("de", "het", "een", "geen", "die", "deze", "dat", "dit", "elke", "iedere", "haar", "zijn", "mijn", "onze")

// englishPlaceHeads end English place names that begin with a given
// name: Virginia Beach, Alice Springs, Charlotte County.
var englishPlaceHeads = setOf("beach", "city", "island", "islands", "springs", "falls", "bay", "hills", "valley",
	"river", "lake", "county", "street", "square", "heights", "harbor", "harbour", "point", "creek", "town")

// englishEventHeads end the English names of contests, prizes and fairs:
// Solheim Cup, Barcelona Open, The Masters, Kia Classic, Go Short Awards,
// The Northern Design Fair.
var englishEventHeads = setOf("cup", "open", "masters", "classic", "trophy", "awards", "award", "championship", "championships",
	"marathon", "prix", "fair")

// titleWords reports whether a name has lower-case words other than "of"
// and Dutch particles, as titles of works have: Sex and the City.
func titleWords(words []string) bool {
	for _, w := range words[1:] {
		if startsLower(w) && w != "of" && !particles[w] {
			return true
		}
	}
	return false
}

// englishBuiltHeads end the English names of buildings and grounds:
// Emirates Stadium, Madison Square Garden, Heathrow Airport.
var englishBuiltHeads = setOf("stadium", "arena", "park", "garden", "gardens", "airport", "station", "bridge", "tower",
	"road", "avenue", "lane", "boulevard", "plaza", "mall", "palace", "castle", "cathedral", "church", "abbey", "hall")

// thingHeads end compounds that name places and things after a person:
// Albert Cuypmarkt, Lodewijk Napoleonplantsoen, Horst Wessellied.
var thingHeads = []string{"huis", "markt", "plantsoen", "lied", "straat", "plein", "laan", "weg", "gracht",
	"kade", "park", "dijk", "singel", "school", "hal", "zaal", "prijs", "brug", "toren", "kerk", "fonds",
	"stichting", "museum", "centrum", "bad", "hof", "haven", "dag", "wet", "regel", "effect", "ziekte",
	"tunnel", "stadion", "kanaal"}

// nameParticlesNL are the particles of Dutch family names (Piet de Boer,
// Anja van Arnhem, Jan ter Horst); place names take others (Bergen
// op Zoom, Alphen aan den Rijn).
var nameParticlesNL = setOf("van", "de", "der", "den", "ter", "ten", "te", "vd")

// placeNouns begin names of places, bodies and events that have a
// particle inside: Hof van Twente, Kamer van Koophandel, Slag om Arnhem.
var placeNouns = setOf("hof", "kamer", "raad", "huis", "paleis", "ministerie", "koninkrijk", "republiek",
	"staat", "staten", "gemeente", "provincie", "slag", "vrede", "verdrag", "museum", "zee", "golf", "kaap",
	"baai", "meer", "eiland", "eilanden", "kanaal", "kasteel", "fort", "markt", "haven", "station", "tunnel",
	"polder", "bos", "berg", "dal", "plaats", "land", "bank", "orde", "college", "academie", "dienst",
	"partij", "stichting", "vereniging", "bond", "comité", "hogeschool", "universiteit", "bureau")

// firmHeads end the names of firms only, never a person's: they type a
// name even after a given name (Molly Enterprises).
var firmHeads = setOf("enterprises", "limited", "ltd", "ltd.", "inc", "inc.", "corporation", "industries", "holdings", "airlines", "airways")

// englishHeads end English names of bodies and events: Afrikadag van de
// Foundation is no person, American Airlines no place, Sanderink Holding
// no person.
var englishHeads = setOf("foundation", "institute", "company", "group", "society", "association",
	"council", "university", "college", "school", "bank", "fund", "trust", "centre", "center", "day",
	"airlines", "airways", "holding", "investments", "partners", "ventures")

// personShape reports whether a name has the shape of a Dutch person's
// name: a capitalised first name, lower-case family-name particles and a
// capitalised family name (Piet de Boer, Ilse van Dijk), the first word
// no noun that begins place and body names (Hof van Twente).
func personShape(name string) bool {
	words := strings.Fields(name)
	if len(words) < 3 || len(words) > 5 {
		return false
	}
	first, last := words[0], words[len(words)-1]
	if r, _ := utf8.DecodeRuneInString(first); !unicode.IsUpper(r) || placeNouns[strings.ToLower(first)] || classOf(first) != "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(last); !unicode.IsUpper(r) || classOf(last) != "" || englishHeads[strings.ToLower(last)] {
		return false
	}
	for _, w := range words[1 : len(words)-1] {
		if !nameParticlesNL[w] {
			return false
		}
	}
	return true
}

// splitGlued splits a tagger mention that runs two names together where
// a subheading was glued onto the text ("Facebook blokt advertentie
// Ijsjes Twitter heeft …", "Ada Okonkwo Ada Okonkwo schreef"):
// a name said twice, or a name the article also gives alone followed by
// an organisation the knowledge base knows, the whole said only once,
// where the parse shows two clauses run together (Frits Philips stays
// one person); or two last names of persons of the article side by side
// ("waarin Oppenheimer Baudet … posteert"); or a person's name and a
// name the article has alone as no person ("invaller Tim Matavz Vitesse
// op een …", Matavz alone a person, Vitesse alone a club).
func splitGlued(doc *nl.Doc, tagged []kroniek.Mention, k *kb.KB) []kroniek.Mention {
	count := map[string]int{}
	for _, t := range tagged {
		if t.Start >= 0 && t.End <= len(doc.Text) && t.Start < t.End {
			count[kb.Fold(doc.Text[t.Start:t.End])]++
		}
	}
	isOrg := func(s string) bool {
		if k == nil {
			return false
		}
		for _, e := range k.Lookup(s) {
			if e.Kind == kb.KindOrg {
				return true
			}
		}
		return false
	}
	// names of several words the tagger also found on their own:
	// "Vogelopvang de Wulp" beside "Sharon Lexmond van Vogelopvang de
	// Wulp" is the body she speaks for, unless it opens with a given
	// name (a person's name)
	bodyAlone := map[string]bool{}
	for _, t := range tagged {
		if t.Start >= 0 && t.End <= len(doc.Text) && t.Start < t.End && strings.Contains(doc.Text[t.Start:t.End], " ") {
			bodyAlone[doc.Text[t.Start:t.End]] = true
		}
	}
	isPlace := func(s string) bool {
		if k == nil {
			return false
		}
		for _, e := range k.Lookup(s) {
			switch e.Kind {
			case kb.KindCountry, kb.KindCapital, kb.KindCity:
				return true
			}
		}
		return false
	}
	isOrgName := func(s string) bool {
		r, _ := utf8.DecodeRuneInString(s)
		return isOrg(s) || unicode.IsUpper(r) && strings.ToUpper(s) == s || strings.Contains(s, "-")
	}
	// last names of the persons the tagger found: "Oppenheimer Baudet"
	// (subject and object side by side) are two of them
	lastName, firstName := map[string]int{}, map[string]int{}
	for _, t := range tagged {
		if t.Type == kroniek.PER && t.Start >= 0 && t.End <= len(doc.Text) && t.Start < t.End {
			if ws := strings.Fields(doc.Text[t.Start:t.End]); len(ws) >= 2 {
				lastName[kb.Fold(ws[len(ws)-1])]++
				firstName[kb.Fold(ws[0])]++
			}
		}
	}
	// the types the tagger gives to names standing alone: "Tim Matavz
	// Vitesse" is a player whose last name stands alone as a person and a
	// club that stands alone as something else
	aloneType := map[string]map[string]int{}
	for _, t := range tagged {
		if t.Start >= 0 && t.End <= len(doc.Text) && t.Start < t.End && !strings.Contains(doc.Text[t.Start:t.End], " ") {
			f := kb.Fold(doc.Text[t.Start:t.End])
			if aloneType[f] == nil {
				aloneType[f] = map[string]int{}
			}
			aloneType[f][t.Type]++
		}
	}
	// twoLast: l and r are last names of other persons of the article
	// (or l a person's name standing alone) and first names of none but
	// the mention "l r" itself
	twoLast := func(l, r string) bool {
		fl, fr := kb.Fold(l), kb.Fold(r)
		// l standing alone as a person and the family name of a person
		// the knowledge base knows ("haalde Rutte Robesin over", Rutte
		// alone elsewhere) is a family name too, when the two words stand
		// side by side once (Song Miao, said twice, is one name)
		return (lastName[fl] > 0 || aloneType[fl][kroniek.PER] > 0 && knownSurname(k, l) && strings.Count(doc.Text, l+" "+r) == 1) &&
			lastName[fr] > 1 && firstName[fl] <= 1 && firstName[fr] == 0 && firstNameLike(l) && firstNameLike(r)
	}
	return splitEach(doc, tagged, func(t kroniek.Mention, text string) []kroniek.Mention {
		if ms := signedPlace(t, text, isPlace); ms != nil {
			return ms
		}
		if ms := signatureHeading(doc.Text, t, text, isPlace); ms != nil {
			return ms
		}
		if ms := signedRun(doc.Text, t, text); ms != nil {
			return ms
		}
		if ms := personOfBody(t, text, func(b string) bool { return isOrg(b) || bodyAlone[b] && !isGivenName(strings.Fields(b)[0]) }); ms != nil {
			return ms
		}
		if rest, ok := strings.CutPrefix(text, "De "); ok && !strings.Contains(rest, " ") && streetWord(rest) && clauseOpening(doc, t.Start) {
			// "De Stadhouderskade, bij mij om de hoek": the sentence's
			// article, no part of the street's name
			return []kroniek.Mention{{Start: t.Start + 3, End: t.End, Text: rest, Type: kroniek.LOC}}
		}
		cut := -1
		if l, r, ok := strings.Cut(text, " "); ok && !strings.Contains(r, " ") && count[kb.Fold(text)] == 1 && twoLast(l, r) {
			cut = len(l)
		} else if count[kb.Fold(text)] == 1 {
			for i := 0; i < len(text); i++ {
				if text[i] != ' ' {
					continue
				}
				left, right := text[:i], text[i+1:]
				// "Koningsdag De Boa Bond": a heading glued to a name that
				// opens with an article, both named apart elsewhere
				glued := !strings.Contains(left, " ") && !isGivenName(left) && (strings.HasPrefix(right, "De ") || strings.HasPrefix(right, "Het ")) &&
					count[kb.Fold(left)] > 0 && count[kb.Fold(right)] > 0
				if glued || kb.Fold(left) == kb.Fold(right) || count[kb.Fold(left)] > 0 && !strings.Contains(right, " ") && isOrg(right) && twoClauses(doc, t.Start, t.End) {
					cut = i
					break
				}
			}
		}
		if l, r, ok := strings.Cut(text, " "); cut < 0 && ok && !strings.Contains(r, " ") && lastName[kb.Fold(r)] > 0 && firstName[kb.Fold(l)] == 0 {
			// "in Amsterdam Baudet met de dood bedreigde": a place, then
			// the last name of a person of the article; "Erdogans AK": a
			// possessive of a name of the article, then a name
			if isPlace(l) || len(l) > 3 && strings.HasSuffix(l, "s") && (lastName[kb.Fold(l[:len(l)-1])] > 0 || count[kb.Fold(l[:len(l)-1])] > 0) {
				cut = len(l)
			}
		} else if cut < 0 && ok && !strings.Contains(r, " ") && len(l) > 3 && strings.HasSuffix(l, "s") && lastName[kb.Fold(l[:len(l)-1])] > 0 && isOrgName(r) {
			cut = len(l) // "Erdogans AK-partij"
		}
		other := ""
		if i := strings.LastIndexByte(text, ' '); cut < 0 && t.Type == kroniek.PER && strings.Count(text, " ") >= 2 && count[kb.Fold(text)] == 1 {
			l, r := text[:i], text[i+1:]
			lt, rt := aloneType[kb.Fold(l[strings.LastIndexByte(l, ' ')+1:])], aloneType[kb.Fold(r)]
			for _, typ := range []string{kroniek.ORG, kroniek.LOC, kroniek.MISC} {
				if rt[typ] > rt[kroniek.PER] && lt[kroniek.PER] > 0 && lt[kroniek.PER] >= lt[typ] && firstNameLike(r) {
					cut, other = i, typ
					break
				}
			}
		}
		if cut < 0 {
			return nil
		}
		first := kroniek.Mention{Start: t.Start, End: t.Start + cut, Text: text[:cut]}
		second := kroniek.Mention{Start: t.Start + cut + 1, End: t.End, Text: text[cut+1:]}
		if kb.Fold(first.Text) == kb.Fold(second.Text) || twoLast(first.Text, second.Text) {
			first.Type, second.Type = t.Type, t.Type
		}
		if other != "" {
			first.Type, second.Type = kroniek.PER, other
		}
		return []kroniek.Mention{first, second}
	})
}

// knownSurname reports whether w, no given name, is the last word of the
// name of a person the knowledge base knows (Rutte of Mark Rutte).
func knownSurname(k *kb.KB, w string) bool {
	if k == nil || isGivenName(w) {
		return false
	}
	surnameMu.Lock()
	defer surnameMu.Unlock()
	if surnameKB != k {
		surnameKB, surnames = k, map[string]bool{}
		for _, e := range k.Entries() {
			if e.Kind != kb.KindPerson {
				continue
			}
			if ws := strings.Fields(kb.Fold(e.Name)); len(ws) >= 2 {
				surnames[ws[len(ws)-1]] = true
			}
		}
	}
	return surnames[kb.Fold(w)]
}

// surnames holds the family names of the persons of surnameKB.
var (
	surnameMu sync.Mutex
	surnameKB *kb.KB
	surnames  map[string]bool
)

// signedPlace splits a letter's signature run into the next words, "Henk
// Wierenga Assen Techniek geen antwoord": a person's name of three words
// or more that opens with a given name and goes on, after its second
// word, with a place (not after a particle: Jan van Gent) ends before
// the place; the place is a mention of its own and the words after it
// (a heading) none. It returns nil when t is no such name.
func signedPlace(t kroniek.Mention, text string, isPlace func(string) bool) []kroniek.Mention {
	if t.Type != kroniek.PER || strings.Count(text, " ") < 2 {
		return nil
	}
	ws := strings.Fields(text)
	if !isGivenName(ws[0]) && !initial(ws[0]) {
		return nil
	}
	off := len(ws[0]) + 1 + len(ws[1])
	for i := 2; i < len(ws); i++ {
		off = strings.Index(text[off:], ws[i]) + off
		if !particles[strings.ToLower(ws[i-1])] && isPlace(ws[i]) {
			return []kroniek.Mention{
				{Start: t.Start, End: t.Start + strings.LastIndexFunc(text[:off], func(r rune) bool { return r != ' ' }) + 1, Text: strings.TrimRight(text[:off], " "), Type: kroniek.PER},
				{Start: t.Start + off, End: t.Start + off + len(ws[i]), Text: ws[i], Type: kroniek.LOC},
			}
		}
		off += len(ws[i])
	}
	return nil
}

// signatureHeading splits a letter's place from the heading of the next
// letter glued onto it: "Frans Thuijs, Amsterdam Namenmonument (2) Een
// groepje …", "Henk Algra, Delft Limeswandeltocht Een prachtig …". A
// mention after a signer's name and a comma that opens with a known
// place of one or two words and goes on with capitalised words is the
// place; the words after it are a heading, a mention only when they are a
// person's name ("Martin Robbe, Amsterdam Ad van Liempt Het is …"). It
// returns nil when t is no such mention.
func signatureHeading(all string, t kroniek.Mention, text string, isPlace func(string) bool) []kroniek.Mention {
	before := strings.TrimRight(all[:t.Start], " ")
	if !strings.HasSuffix(before, ",") || strings.Count(text, " ") < 1 {
		return nil
	}
	// the signer's name: two to five words after a sentence's end, the
	// first and the last capitalised ("het LUMC, Amsterdam UMC" is a list)
	before = strings.TrimSuffix(before, ",")
	end := strings.LastIndexAny(before, ".!?\n")
	if end < 0 {
		return nil
	}
	signer := strings.Fields(before[end+1:])
	if len(signer) < 2 || len(signer) > 5 || !startsUpper(signer[0]) || !startsUpper(signer[len(signer)-1]) {
		return nil
	}
	ws := strings.Fields(text)
	n := 0
	switch {
	case len(ws) >= 3 && isPlace(ws[0]+" "+ws[1]):
		n = 2
	case isPlace(ws[0]):
		n = 1
	default:
		return nil
	}
	if !startsUpper(ws[n]) || compassWords[ws[n]] {
		return nil // Amsterdam Noord, Den Haag Centraal
	}
	place := strings.Join(ws[:n], " ")
	out := []kroniek.Mention{{Start: t.Start, End: t.Start + len(place), Text: place, Type: kroniek.LOC}}
	if rest := strings.Join(ws[n:], " "); givenShape(rest) {
		at := strings.Index(text[len(place):], ws[n]) + len(place)
		out = append(out, kroniek.Mention{Start: t.Start + at, End: t.End, Text: text[at:], Type: kroniek.PER})
	}
	return out
}

// initial reports whether w is one capital and a full stop: H. of H.
// Bakker.
func initial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n > 0 && unicode.IsUpper(r) && w[n:] == "."
}

// signedRun splits a letter's signature that runs, with no comma, into
// a place the knowledge base does not know and the next letter's heading:
// "… toestanden'. Gerrit Krajenbrink De Heurne En die rust dan?". The run
// opens a sentence, closes a paragraph or goes on with a capital, and is a
// given name, a family name (no given name, no particle) and a capital
// word (or an article and one): the place. Words after it are a heading,
// no mention. It returns nil when t is no such run.
func signedRun(all string, t kroniek.Mention, text string) []kroniek.Mention {
	ws := strings.Fields(text)
	// the tagger may type the whole run anything when a heading is glued
	// to it: "Gerrie Groot De Noord Vrouwen" (a place and a heading word)
	glued := false
	if t.Type != kroniek.PER && len(ws) >= 4 && isGivenName(ws[0]) {
		article := ws[2] == "De" || ws[2] == "Den" || ws[2] == "Het"
		glued = !article || len(ws) >= 5
	}
	if t.Type != kroniek.PER && !glued || len(ws) < 3 || !isGivenName(ws[0]) && !initial(ws[0]) || isGivenName(ws[1]) || particles[strings.ToLower(ws[1])] || !startsUpper(ws[1]) || strings.HasSuffix(ws[1], ".") {
		return nil // André F. Troost
	}
	before := strings.TrimRight(all[:t.Start], " ")
	if before != "" && !strings.ContainsAny(before[len(before)-1:], ".?!'\"\n") {
		return nil
	}
	n := 1
	if (ws[2] == "De" || ws[2] == "Den" || ws[2] == "Het") && len(ws) >= 4 {
		n = 2
	} else if particles[strings.ToLower(ws[2])] {
		return nil
	}
	for _, w := range ws[2 : 2+n] {
		if !startsUpper(w) || strings.ToUpper(w) == w {
			return nil
		}
	}
	if after := all[t.End:]; len(ws) == 2+n && after != "" && after[0] != '\n' && !(after[0] == ' ' && startsUpper(after[1:])) {
		return nil // Gabriel García Márquez schreef
	}
	per := ws[0] + " " + ws[1]
	off := strings.Index(text, ws[2])
	if !strings.HasPrefix(text, per) || off < len(per) {
		return nil
	}
	place := strings.Join(ws[2:2+n], " ")
	if !strings.HasPrefix(text[off:], place) {
		return nil
	}
	return []kroniek.Mention{
		{Start: t.Start, End: t.Start + len(per), Text: per, Type: kroniek.PER},
		{Start: t.Start + off, End: t.Start + off + len(place), Text: place, Type: kroniek.LOC},
	}
}

// personOfBody splits a person's name glued to the body he speaks for,
// "Meneer Huyskens van de Bovag": a family name or a given and a family
// name, then "van de" or "van het" and an organisation the knowledge
// base knows; or a given and a family name, "van" and such an
// organisation ("Dmitry Lisitsyn van Wereldnatuurfonds", which the tagger
// may type ORG). No family name ends in a known body's name (Van de Bovag),
// while "van de" + a place or a word can (Paul van de Laar). It returns
// nil when t is no such name.
func personOfBody(t kroniek.Mention, text string, isOrg func(string) bool) []kroniek.Mention {
	if t.Type != kroniek.PER && t.Type != kroniek.ORG {
		return nil
	}
	for _, sep := range []string{" van de ", " van het ", " van "} {
		i := strings.Index(text, sep)
		if i <= 0 || strings.Count(text[:i], " ") > 1 {
			continue
		}
		if per := text[:i]; (sep == " van " || t.Type == kroniek.ORG) && !fullNamePair(per) {
			continue // Willem van Oranje; a body's name the tagger typed ORG
		}
		body := text[i+len(sep):]
		if !startsUpper(body) || !isOrg(body) && (sep != " van " || strings.Contains(body, " ") || classOf(body) != kroniek.ORG) {
			continue // a one-word body by its class noun: Wereldnatuurfonds
		}
		off := i + len(sep)
		return []kroniek.Mention{
			{Start: t.Start, End: t.Start + i, Text: text[:i], Type: kroniek.PER},
			{Start: t.Start + off, End: t.End, Text: body, Type: kroniek.ORG},
		}
	}
	return nil
}

// fullNamePair reports whether s is a given name and a family name, two
// capitalised words without particles: "Dmitry Lisitsyn".
func fullNamePair(s string) bool {
	l, r, ok := strings.Cut(s, " ")
	return ok && !strings.Contains(r, " ") && startsUpper(l) && startsUpper(r) && !particles[strings.ToLower(l)] && !particles[strings.ToLower(r)] &&
		strings.ToUpper(l) != l && strings.ToUpper(r) != r && !isGivenName(r) // Jan Peter van …: two given names
}

// twoClauses reports whether the mention [start, end) sits between two
// finite verbs with nothing but words between: a finite verb earlier in
// its sentence and one right after it ("… blokt advertentie Milkshake
// Facebook heeft …"). Without a parse it reports false.
func twoClauses(doc *nl.Doc, start, end int) bool {
	i, j := tokenIndex(doc, start), tokenIndex(doc, end-1)
	if i < 0 || j < 0 || j+1 >= len(doc.Tokens) {
		return false
	}
	finite := func(t nl.Token) bool {
		return (t.POS == nl.VERB || t.POS == nl.AUX) && t.Feats.Has(nl.FeatFin)
	}
	if !finite(doc.Tokens[j+1]) {
		return false
	}
	for k := i - 1; k >= 0; k-- {
		t := doc.Tokens[k]
		if t.Kind != nl.Word && t.Kind != nl.Number {
			return false
		}
		if finite(t) {
			return true
		}
	}
	return false
}

// formerPrefixes glue to a noun with a hyphen and say "former" or
// "against": "Oud-hockeyster Ellen Hoog", "Ex-minister", "Anti-Trump".
var formerPrefixes = setOf("oud", "ex", "anti", "pro", "pseudo", "semi", "non", "niet", "post", "pre", "vice")

// dropFormerPrefixes drops a one-word name that is such a prefix before a
// hyphen and a word in lower case ("Oud-hockeyster"): no name.
func dropFormerPrefixes(doc *nl.Doc, cs []cand) []cand {
	out := cs[:0]
	for _, c := range cs {
		rest := doc.Text[c.end:]
		if formerPrefixes[strings.ToLower(c.text(doc))] && strings.HasPrefix(rest, "-") && startsLower(rest[1:]) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// clubsOfPlaces types a name of two words or more that the tagger made a
// person an organisation when its last word is a place the knowledge base
// knows and its first word is no given name or particle: clubs and firms
// are named after their town (Heracles Almelo, ADO Den Haag is a club
// too), persons seldom. A place or thing of three words or more that ends
// in a town after a body's class noun is a body too (bodyBeforePlace).
func clubsOfPlaces(doc *nl.Doc, cs []cand, k *kb.KB) {
	if k == nil {
		return
	}
	for i := range cs {
		c := &cs[i]
		if c.entry != nil || c.role != "" {
			continue
		}
		ws := strings.Fields(c.text(doc))
		if (c.typ == kroniek.LOC || c.typ == kroniek.MISC) && len(ws) >= 3 && bodyBeforePlace(ws, k) {
			c.typ, c.classTyped = kroniek.ORG, true // Christelijk Lyceum Apeldoorn, Stichting Wandelpark Waalwijk
			continue
		}
		if c.typ != kroniek.PER || c.classTyped {
			continue
		}
		if len(ws) < 2 || isGivenName(ws[0]) || particles[strings.ToLower(ws[0])] || particles[strings.ToLower(ws[len(ws)-2])] {
			continue
		}
		for _, e := range k.Lookup(ws[len(ws)-1]) {
			if e.Kind == kb.KindCity || e.Kind == kb.KindCapital {
				c.typ = kroniek.ORG
				break
			}
		}
	}
}

// bodyBeforePlace reports whether a name of words ws ends in a town or
// city the knowledge base knows and a word before it is a body's class
// noun, whole: the Christelijk Lyceum Apeldoorn and the Stichting
// Wandelpark Waalwijk are a school and a foundation in a town, no place.
func bodyBeforePlace(ws []string, k *kb.KB) bool {
	last := ws[len(ws)-1]
	if !slices.ContainsFunc(k.Lookup(last), func(e *kb.Entry) bool { return e.Kind == kb.KindCity || e.Kind == kb.KindCapital }) {
		return false
	}
	return slices.ContainsFunc(ws[:len(ws)-1], func(w string) bool { return classHeads[strings.ToLower(w)] == kroniek.ORG })
}

// bracketAcronyms types an acronym in brackets after the words it
// abbreviates ("de Nederlandse vereniging obstetrie en gynaecologie
// (Nvog)", "het Europees Geneesmiddelenbureau (EMA)") that the tagger
// made a person or place: a body when those words name one (a class noun
// of a body among them), and never a person when it is written in
// capitals. Knowledge-base links keep their type.
func bracketAcronyms(doc *nl.Doc, cs []cand) {
	for i := range cs {
		c := &cs[i]
		if c.entry != nil || c.typ != kroniek.PER && c.typ != kroniek.LOC || c.start < 2 || c.end >= len(doc.Text) ||
			doc.Text[c.start-1] != '(' || doc.Text[c.end] != ')' {
			continue
		}
		acr := c.text(doc)
		if strings.Contains(acr, " ") || utf8.RuneCountInString(acr) < 2 || utf8.RuneCountInString(acr) > 7 || !startsUpper(acr) {
			continue
		}
		ti := tokenIndex(doc, c.start)
		if ti < 2 {
			continue
		}
		var initials []rune
		body := false
		for j := ti - 2; j >= 0 && j >= ti-12 && len(initials) < utf8.RuneCountInString(acr); j-- {
			t := doc.Tokens[j]
			if t.Kind != nl.Word {
				break
			}
			lw := strings.ToLower(t.Text)
			if acronymSkips[lw] {
				continue
			}
			r, _ := utf8.DecodeRuneInString(lw)
			initials = append([]rune{r}, initials...)
			body = body || classOf(lw) == kroniek.ORG || bodyNouns[lw]
		}
		if string(initials) != strings.ToLower(acr) {
			if c.typ == kroniek.PER && acronymLike(acr) {
				c.typ, c.classTyped = kroniek.ORG, true // "(PP)": capitals in brackets are no person
			}
			continue
		}
		if body || c.typ == kroniek.PER {
			c.typ, c.classTyped = kroniek.ORG, true
		}
	}
}

// acronymSkips are the small words acronyms leave out.
var acronymSkips = setOf("van", "de", "het", "der", "den", "voor", "en", "op", "in", "of", "the", "and", "for", "des", "du", "la", "le")

// ownerUnnamed reports whether a knowledge-base body matched by its name
// without the owner that its full name puts before it ("Veiligheidsraad"
// for the VN-Veiligheidsraad) stands in an article that names that owner
// nowhere, by no name the knowledge base gives it (VN, Verenigde Naties):
// many countries have a Veiligheidsraad, and the bare word says the
// UN's only where the UN is in the story.
func ownerUnnamed(doc *nl.Doc, k *kb.KB, e *kb.Entry, text string) bool {
	if k == nil || e.Kind != kb.KindOrg || !strings.HasSuffix(e.Name, "-"+text) {
		return false
	}
	q := strings.TrimSuffix(e.Name, "-"+text)
	if q == "" || strings.Contains(q, " ") {
		return false
	}
	names := []string{q, e.Name}
	for _, o := range k.Lookup(q) {
		names = append(names, o.Name)
		names = append(names, o.Aliases...)
	}
	for _, n := range names {
		if i := strings.Index(doc.Text, n); i >= 0 && len(n) >= 2 {
			return false
		}
	}
	return true
}

// childNouns name a child, which only a person's name follows.
var childNouns = setOf("meisje", "meisjes", "jongen", "jongetje", "zoon", "zoontje", "dochter", "dochtertje", "baby", "peuter", "kleuter", "tiener", "kind", "kindje")

// childOrAged reports whether token ti, a name's first word, follows a
// child noun ("het meisje Noor", "haar zoontje Daan") or an age adjective
// after "de" or a possessive ("de tienjarige Sem", "de 16-jarige Lotte"):
// both say a person. Not after "het": "het 100-jarige Concertgebouw" is
// a body's age.
func childOrAged(doc *nl.Doc, ti int) bool {
	if ti < 1 {
		return false
	}
	p := doc.Tokens[ti-1].Text
	if childNouns[p] {
		return true
	}
	if !startsLower(p) || !strings.HasSuffix(p, "jarige") || ti < 2 {
		return false
	}
	switch doc.Tokens[ti-2].Text {
	case "de", "De", "zijn", "haar", "hun", "onze", "mijn":
		return true
	}
	return false
}
