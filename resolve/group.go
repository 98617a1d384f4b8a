package resolve

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/nl"
)

// group joins the article's mentions into local entities.
func group(doc *nl.Doc, cs []cand) ([]kroniek.LocalEntity, []kroniek.Mention) {
	type grp struct {
		members []int
		entry   *kb.Entry
		words   []string // folded words of the fullest name
	}
	var groups []*grp
	byKey := map[string]*grp{}
	// one-word names, and those the tagger made persons: "De X" joins X
	// when the article writes it so, and no person
	bare, perAlone := map[string]bool{}, map[string]bool{}
	keyName := func(c *cand) string {
		n := c.name(doc)
		if j := joinName(n, c.typ); j != n && bare[j] && !perAlone[j] {
			return j
		}
		return n
	}
	keyOf := func(c *cand) string {
		if c.entry != nil && !c.weak {
			return "kb:" + c.entry.ID
		}
		if c.cabinet {
			return "cabinet:" + strings.Join(nameWords(c.name(doc)), " ")
		}
		if c.family {
			return "family:" + strings.Join(nameWords(c.name(doc)), " ")
		}
		if c.shortOf != "" {
			return "n:" + strings.Join(nameWords(c.shortOf), " ")
		}
		if c.country != "" && isPortfolio(c.name(doc)) {
			// a portfolio is each country's own: the German and the
			// Venezuelan ministry of Buitenlandse Zaken are two
			return "n:" + strings.Join(nameWords(keyName(c)), " ") + "@" + c.country
		}
		return "n:" + strings.Join(nameWords(keyName(c)), " ")
	}
	// portfolioCountry is the country portfolioCountries gave a group of
	// a portfolio's name, "" for other names
	portfolioCountry := func(members []int) string {
		if c := &cs[members[0]]; isPortfolio(c.name(doc)) {
			return c.country
		}
		return ""
	}
	for i := range cs {
		if t := cs[i].name(doc); !strings.Contains(t, " ") {
			bare[t] = true
			perAlone[t] = perAlone[t] || cs[i].typ == kroniek.PER
		}
	}
	for i := range cs {
		c := &cs[i]
		key := keyOf(c)
		g := byKey[key]
		if g == nil {
			g = &grp{}
			if c.entry != nil && !c.weak {
				g.entry = c.entry
			}
			byKey[key] = g
			groups = append(groups, g)
		}
		g.members = append(g.members, i)
		if w := nameWords(keyName(c)); len(w) > len(g.words) {
			g.words = w
		}
	}
	// knowledge-base entries the article names in full
	fullNamed := map[string]bool{}
	for _, g := range groups {
		if g.entry != nil && len(g.words) > 0 && strings.Join(g.words, " ") == strings.Join(nameWords(g.entry.Name), " ") {
			fullNamed[g.entry.ID] = true
		}
	}
	// short forms: a name that is the last word(s) of exactly one longer
	// person name in the article joins it (Loekasjenko, Michel).
	isPer := func(g *grp) bool {
		if g.entry != nil {
			return g.entry.Type == kroniek.PER
		}
		per, other, classed := 0, 0, false
		for _, i := range g.members {
			if cs[i].typ == kroniek.PER || cs[i].role != "" {
				per++
			} else if cs[i].typ != "" {
				other++
			}
			classed = classed || cs[i].classTyped
		}
		if per < other && !classed && len(g.words) >= 2 && givenShape(cs[g.members[0]].text(doc)) && !isGivenName(cs[g.members[0]].text(doc)[strings.LastIndexByte(cs[g.members[0]].text(doc), ' ')+1:]) {
			return true // a given name and a family name: Lori Lightfoot as LOC
		}
		return per >= other && (per > 0 || len(g.words) >= 2)
	}
	// strongPer: the knowledge base says person, or a role came with
	// it, or the tagger says so at least as often as against
	strongPer := func(g *grp, against int) bool {
		if g.entry != nil {
			return g.entry.Type == kroniek.PER
		}
		n := 0
		for _, i := range g.members {
			if cs[i].role != "" || givenShape(cs[i].text(doc)) {
				return true // a role, or a given name before the family name
			}
			if cs[i].typ == kroniek.PER {
				n++
			}
		}
		return n >= against
	}
	// introduces reports whether h, a name of a given name and a family
	// name the tagger calls a person every time, opens the article's
	// text on g, a name of no knowledge-base entry the tagger called
	// otherwise, never a place: "Khalifa Haftar vocht …", then "Haftar"
	// typed ORG
	introduces := func(h, g *grp) bool {
		if h.entry != nil || g.entry != nil || len(h.words) < 2 || cs[h.members[0]].start > cs[g.members[0]].start || !firstNameLike(cs[h.members[0]].text(doc)) ||
			nameParticlesNL[h.words[len(h.words)-2]] {
			return false // Vlaanderen is no last name of the Ronde van Vlaanderen
		}
		for _, i := range h.members {
			if cs[i].typ != kroniek.PER {
				return false
			}
		}
		for _, i := range g.members {
			if cs[i].classTyped || cs[i].fromKB || cs[i].typ == kroniek.LOC {
				return false // a place: Almelo beside Heracles Almelo
			}
		}
		return true
	}
	// placeUsed reports whether a preposition of place stands before a
	// mention of g: "in Dubai", "naar Delft"
	placeUsed := func(g *grp) bool {
		for _, i := range g.members {
			if ti := tokenIndex(doc, cs[i].start); ti > 0 && placeWords[strings.ToLower(doc.Tokens[ti-1].Text)] {
				return true
			}
		}
		return false
	}
	// onPlace reports whether "op de" or "op het" stands before a mention
	// of g: "op de Hoogkamp" is a neighbourhood, no short form of the
	// cooperative Hoogkamp Energie Arnhem named after it
	onPlace := func(g *grp) bool {
		for _, i := range g.members {
			if ti := tokenIndex(doc, cs[i].start); ti > 1 && doc.Tokens[ti-2].Text == "op" && (doc.Tokens[ti-1].Text == "de" || doc.Tokens[ti-1].Text == "het") {
				return true
			}
		}
		return false
	}
	// indexes of the longer names by their last words, first words,
	// first word and initials keep this linear in the article's names
	perOf := map[*grp]bool{}
	bySuffix, byPrefix, byFirst, byInitials := map[string][]*grp{}, map[string][]*grp{}, map[string][]*grp{}, map[string][]*grp{}
	for _, h := range groups {
		perOf[h] = isPer(h)
		if len(h.words) < 2 || cs[h.members[0]].cabinet {
			continue
		}
		for k := 1; k < len(h.words); k++ {
			bySuffix[strings.Join(h.words[k:], " ")] = append(bySuffix[strings.Join(h.words[k:], " ")], h)
			byPrefix[strings.Join(h.words[:k], " ")] = append(byPrefix[strings.Join(h.words[:k], " ")], h)
		}
		byFirst[h.words[0]] = append(byFirst[h.words[0]], h)
		all, caps := initials(cs[h.members[0]].text(doc))
		byInitials[all] = append(byInitials[all], h)
		if caps != all {
			byInitials[caps] = append(byInitials[caps], h)
		}
		if whole := wholeAcronymInitials(cs[h.members[0]].text(doc)); whole != "" && whole != all && whole != caps {
			byInitials[whole] = append(byInitials[whole], h) // Amsterdam UMC: AUMC
		}
	}
	typeOf := func(g *grp) string {
		if g.entry != nil {
			return g.entry.Type
		}
		if cs[g.members[0]].cabinet {
			return kroniek.ORG
		}
		// a class noun before one mention says what the name is, over the
		// tagger's guesses at the others ("passiespel De Strijd", "de
		// stichting CPNB"), when the class nouns agree
		classed := ""
		for _, i := range g.members {
			if c := cs[i]; c.classTyped && c.role == "" && c.typ != "" {
				if classed != "" && classed != c.typ {
					classed = "-"
					break
				}
				classed = c.typ
			}
		}
		if classed != "" && classed != "-" {
			return classed
		}
		types := map[string]int{}
		for _, i := range g.members {
			if cs[i].role != "" {
				types[kroniek.PER]++
			} else if cs[i].typ != "" {
				types[cs[i].typ]++
			}
		}
		return vote(types, []string{kroniek.PER, kroniek.ORG, kroniek.LOC, kroniek.MISC})
	}
	// a one-word alias of an organisation that is the last name of the
	// one person of the article is that person (Oppenheimer beside Ruben
	// Oppenheimer is not Oppenheimer Holdings), unless the article also
	// gives the organisation's full name
	for _, g := range groups {
		if g.entry == nil || g.entry.Kind != kb.KindOrg || len(g.words) != 1 || kb.Fold(g.entry.Name) == g.words[0] || fullNamed[g.entry.ID] {
			continue
		}
		n := 0
		for _, h := range bySuffix[g.words[0]] {
			if h != g && perOf[h] && h.entry == nil {
				n++
			}
		}
		if n == 1 {
			g.entry = nil
			for _, i := range g.members {
				cs[i].entry, cs[i].typ = nil, kroniek.PER
			}
		}
	}
	merged := map[*grp]*grp{}
	reason := map[*grp]string{}
	for _, g := range groups {
		if g.entry != nil && g.entry.Kind != kb.KindPerson || len(g.members) > 0 && (cs[g.members[0]].family || cs[g.members[0]].cabinet) {
			continue // relatives are not the one person with their family name
		}
		po, per := 0, 0
		for _, i := range g.members {
			if cs[i].role != "" || cs[i].typ == kroniek.PER {
				per++
			} else if cs[i].typ == kroniek.LOC || cs[i].typ == kroniek.ORG {
				po++
			}
		}
		placeOrOrg := po > per
		var target *grp
		n := 0
		var earlier []*grp // the candidates named before the lone name
		for _, h := range bySuffix[strings.Join(g.words, " ")] {
			if h == g || !perOf[h] {
				continue
			}
			if placeOrOrg && !strongPer(h, po) && !introduces(h, g) {
				continue // Lissabon is not the last name of a heading "O Lissabon"
			}
			if g.entry != nil && h.entry != nil && g.entry != h.entry {
				continue
			}
			for hops := 0; merged[h] != nil && merged[h] != g && hops < len(groups); hops++ {
				h = merged[h] // Pierre Valkering, already joined to a longer name
			}
			if target != nil && (target == h || samePerson(target.words, h.words)) {
				continue // Khalifa Haftar and Khalifa Belqasim Haftar: one person
			}
			target = h
			n++
			if cs[h.members[0]].start < cs[g.members[0]].start {
				earlier = append(earlier, h)
			}
		}
		// several people of that family name, but the article named only
		// one of them before the lone name: "president Abdelaziz
		// Bouteflika" first, "Bouteflika" six times, then his brother
		// Saïd Bouteflika
		if n > 1 && len(earlier) == 1 && !placeOrOrg && g.entry == nil {
			target, n = earlier[0], 1
		}
		// no person ends in it, but the tagger calls it a person: the one
		// two-word name ending in it that the tagger mistyped (Odegard,
		// "Nora Lindqvist" as ORG)
		if n == 0 && per > po && g.entry == nil {
			for _, h := range bySuffix[strings.Join(g.words, " ")] {
				if h != g && h.entry == nil && len(h.words) == 2 && typeOf(h) != kroniek.LOC && firstNameLike(cs[h.members[0]].text(doc)) {
					target = h
					n++
				}
			}
		}
		if n == 1 && tradeNamed(doc, cs[g.members[0]].start, cs[target.members[0]].start) {
			for _, i := range g.members {
				cs[i].typ = kroniek.ORG // the firm named after its owner
			}
			continue
		}
		if n == 1 {
			merged[g], reason[g] = target, "last name of"
			if placeOrOrg && perOf[target] {
				for _, i := range g.members {
					cs[i].typ = kroniek.PER // the tagger's ORG for Haftar
				}
			}
		}
	}
	// a married name joins the double-barrelled one it begins: Ria Smit
	// → Ria Smit-Van den Berg
	for _, g := range groups {
		if _, ok := merged[g]; ok || len(g.words) < 2 || g.entry != nil || !perOf[g] {
			continue
		}
		n, last := len(g.words), g.words[len(g.words)-1]
		var target *grp
		count := 0
		for _, h := range byFirst[g.words[0]] {
			if h == g || !perOf[h] || len(h.words) < n || !strings.HasPrefix(h.words[n-1], last+"-") ||
				strings.Join(h.words[:n-1], " ") != strings.Join(g.words[:n-1], " ") {
				continue
			}
			target = h
			count++
		}
		if count == 1 {
			merged[g], reason[g] = target, "the first part of the double-barrelled name"
		}
	}
	// a product compound is a name of the product the article names
	// alone too: Heineken-bier → Heineken
	byName := map[string][]*grp{}
	for _, g := range groups {
		if len(g.words) == 1 {
			byName[g.words[0]] = append(byName[g.words[0]], g)
		}
	}
	for _, h := range groups {
		if _, ok := merged[h]; ok || len(h.words) != 1 || h.entry != nil {
			continue
		}
		i := strings.IndexAny(h.words[0], "-‐‑")
		if i <= 0 || !productCompound(h.words[0][i:]) {
			continue
		}
		if gs := byName[h.words[0][:i]]; len(gs) == 1 && gs[0] != h {
			merged[h], reason[h] = gs[0], "a product compound of"
		}
	}
	// the followers of a movement the article names are that movement:
	// Gülenisten → Gülenbeweging
	for _, h := range groups {
		if _, ok := merged[h]; ok || len(h.words) != 1 || h.entry != nil || !strings.HasSuffix(h.words[0], "isten") || len(h.words[0]) < 8 {
			continue
		}
		stem := strings.TrimSuffix(h.words[0], "isten")
		for _, mv := range []string{stem + "beweging", stem + "-beweging"} {
			if gs := byName[mv]; len(gs) == 1 && gs[0] != h {
				merged[h], reason[h] = gs[0], "the followers of"
				for _, i := range h.members {
					cs[i].typ = kroniek.ORG
				}
			}
		}
	}
	// a body named with its legal form and without is one body, typed by
	// the legal form: "NV Muziekgebouw" and Muziekgebouw, "Stichting Mars
	// One" and Mars One; a name the knowledge base knows stays itself
	// (FC Utrecht and Utrecht)
	byWords := map[string][]*grp{}
	for _, g := range groups {
		byWords[strings.Join(g.words, " ")] = append(byWords[strings.Join(g.words, " ")], g)
	}
	for _, g := range groups {
		if _, ok := merged[g]; ok || len(g.words) < 2 || g.entry != nil || perOf[g] || !legalForms[g.words[0]] {
			continue
		}
		for _, h := range byWords[strings.Join(g.words[1:], " ")] {
			if _, ok := merged[h]; ok || h == g || h.entry != nil || perOf[h] || len(h.members) == 0 {
				continue
			}
			merged[h], reason[h] = g, "the body without its legal form"
			for _, i := range h.members {
				cs[i].typ = kroniek.ORG
			}
			for _, i := range g.members {
				cs[i].typ = kroniek.ORG
			}
		}
	}
	// a body's, a show's or a park's name without the class words that
	// open it elsewhere in the article joins it: "Club Rodenburg" and
	// Rodenburg, "het Nationale Volkscongres" and het Volkscongres,
	// "RTL Late Night" and Late Night
	for _, g := range groups {
		// not a place named so: "in Lienden" beside VV Lienden
		if _, ok := merged[g]; ok || g.entry != nil || len(g.members) == 0 || placeNamed(doc, cs, g.members) || hasRole(cs, g.members) {
			continue
		}
		var target *grp
		n, typ := 0, ""
		for _, h := range bySuffix[strings.Join(g.words, " ")] {
			if _, ok := merged[h]; ok || h == g || perOf[h] || len(h.members) == 0 || len(h.words) <= len(g.words) {
				continue
			}
			long := cs[h.members[0]].text(doc)
			orig := strings.Fields(long)
			if len(orig) != len(h.words) || strings.ToUpper(long) == long {
				continue // a heading in capitals is no name ("MAN VAN AMERICA TODAY")
			}
			opener := orig[:len(orig)-len(g.words)]
			t := openerClass(opener, orig[len(orig)-1])
			if !classWordsOnly(opener) || t == kroniek.LOC && onPlace(g) {
				continue // "op de Mookerheide" is the heath, not Jachtslot Mookerheide
			}
			if perOf[g] && (t == "" || t == kroniek.PER || givenShape(cs[g.members[0]].text(doc))) {
				continue // the tagger's person, unless a class noun says otherwise: Pizzeria Il Giardino
			}
			target, typ = h, t
			n++
		}
		if n != 1 {
			continue // none, or two candidates compete
		}
		merged[g], reason[g] = target, "the name without the class words of"
		if typ != "" {
			// the class noun among those words types both: "Nationaal
			// Park" a place, "Club" a body
			for _, i := range append(slices.Clone(g.members), target.members...) {
				if cs[i].role == "" {
					cs[i].typ, cs[i].classTyped = typ, true
				}
			}
		}
	}
	// a name the article spells twice, one letter, a hyphen or a space
	// apart: "Christelijk Gereformeerde Kerken" and "Christelijke
	// Gereformeerde Kerken", "Klimaat-Gesprekken" and "KlimaatGesprekken";
	// a name the knowledge base knows takes in its misprint
	// ("Bergen om Zoom" beside Bergen op Zoom); and one name with one word
	// swapped for a particle or a compound ending in it ("Forum van
	// Democratie", "Zeeuwse Veilingen" beside Zeeuwse Visveilingen)
	for a, g := range groups {
		if _, ok := merged[g]; ok || perOf[g] || len(g.members) == 0 {
			continue
		}
		for _, h := range groups[a+1:] {
			if _, ok := merged[h]; ok || g.entry != nil && h.entry != nil || perOf[h] || len(h.members) == 0 ||
				!spellingVariant(g.words, h.words) && !wordVariant(g.words, h.words) {
				continue
			}
			if g.entry != nil || h.entry != nil {
				if h.entry != nil {
					merged[g], reason[g] = h, "a spelling variant of"
					break
				}
				merged[h], reason[h] = g, "a spelling variant of"
				continue
			}
			if len(h.members) > len(g.members) {
				merged[g], reason[g] = h, "a spelling variant of" // the spelling the article uses most
				break
			}
			merged[h], reason[h] = g, "a spelling variant of"
		}
	}
	groupOf := map[int]*grp{}
	for _, g := range groups {
		for _, i := range g.members {
			groupOf[i] = g
		}
	}
	byEnd := map[int]int{}
	for j := range cs {
		if _, ok := byEnd[cs[j].end]; !ok {
			byEnd[cs[j].end] = j
		}
	}
	// a first name alone joins the one person in the article with that
	// first name (Johan → Johan Cruijff); an acronym joins the one
	// name whose initials it spells or that introduced it in
	// parentheses (Forum voor Democratie (FvD)); a short name joins the
	// one organisation or other non-person name that begins with it
	// (Tata → Tata Steel, Forum → Forum voor Democratie).
	// lastNameOfPer reports whether h's words end a person's name in the
	// article: "De Groot (GL)" puts a party after a person
	lastNameOfPer := func(h *grp) bool {
		return slices.ContainsFunc(bySuffix[strings.Join(h.words, " ")], func(p *grp) bool { return p != h && perOf[p] })
	}
	for _, g := range groups {
		if _, ok := merged[g]; ok || len(g.words) == 0 {
			continue
		}
		text := cs[g.members[0]].text(doc)
		if h := groupOf[introducedBy(doc, cs, g.members, byEnd)]; h != nil && h != g && acronymLike(text) && (perOf[h] || lastNameOfPer(h)) {
			// an acronym in parentheses after a person is a body, a
			// party: "De Groot (GL)"
			for _, i := range g.members {
				if cs[i].typ == kroniek.PER && cs[i].role == "" {
					cs[i].typ = kroniek.ORG
				}
			}
		}
		gt := typeOf(g)
		var target *grp
		n, why := 0, ""
		pick := func(h *grp, r string) {
			for hops := 0; merged[h] != nil && hops < 4; hops++ {
				h = merged[h] // one of two spellings already joined
			}
			if h == g {
				return
			}
			if a, b := portfolioCountry(g.members), portfolioCountry(h.members); a != "" && b != "" && a != b {
				return // two countries' ministries of one portfolio
			}
			if target != h {
				target = h
				n++
			}
			why = r
		}
		if h := groupOf[introducedBy(doc, cs, g.members, byEnd)]; h != nil && h != g && (acronymLike(text) || clipOf(text, h.words) || wordAcronym(text, cs[h.members[0]].text(doc)) || wordShape(text) && compoundInitials(text, cs[h.members[0]].text(doc))) && !perOf[h] && !lastNameOfPer(h) &&
			(g.entry == nil || h.entry == nil && (spellsInitials(text, cs[h.members[0]].text(doc), nil) || clipOf(text, h.words))) &&
			(h.entry == nil || spellsInitials(text, cs[h.members[0]].text(doc), nil) || compoundInitials(text, cs[h.members[0]].text(doc))) {
			// an acronym, not a party after a person: "Karel Smit
			// (Forum voor Democratie)"; a known acronym only after the name
			// it spells ("Federal Reserve System (Fed)", not "minister voor
			// Rechtsbescherming (VVD)"); a linked name introduces only its
			// own acronym: "Europese Openbaar Ministerie (EOM)" is not the
			// Openbaar Ministerie. A class noun the long form opens or
			// ends in types both: "de Wet politiegegevens (Wpg)" is a law,
			// "de Algemene Onderwijsbond (AOb)" a body, whatever the
			// tagger made of either.
			pick(h, "introduced in parentheses after")
			if t := longFormClass(cs[h.members[0]].text(doc)); target == h && t != "" {
				for _, x := range []*grp{g, h} {
					if x.entry != nil {
						continue
					}
					for _, i := range x.members {
						if cs[i].role == "" && !cs[i].classTyped {
							cs[i].typ = t
						}
					}
				}
			}
		} else if h := groupOf[introducedBy(doc, cs, g.members, byEnd)]; h != nil && h != g && g.entry != nil && h.entry == nil && acronymLike(text) && !perOf[h] &&
			compoundSpells(text, cs[h.members[0]].text(doc)) {
			// a known acronym spelt by the compound that introduces it is
			// that compound's, not the knowledge base's: "de
			// Bouwbegeleidingscommissie (BBC)" is no broadcaster
			pick(h, "introduced in parentheses after")
			g.entry = nil
			for _, i := range g.members {
				cs[i].entry = nil
			}
		} else if acronymLike(text) && g.entry == nil {
			// a known acronym is the knowledge base's (EU is not the
			// Erasmus Universiteit)
			for _, h := range byInitials[strings.ToUpper(text)] {
				if h != g && !perOf[h] {
					pick(h, "acronym of")
				}
			}
		} else if len(g.words) == 1 && g.entry == nil && institutionShort[g.words[0]] && startsUpper(text) && !strings.HasPrefix(doc.Text[cs[g.members[0]].end:], "s") {
			// "de Commissie" after "de Europese Commissie": the one body
			// of the article whose name ends in it (not "beide Kamers")
			var hs []*grp
			for _, h := range bySuffix[g.words[0]] {
				if h != g && !perOf[h] && typeOf(h) != kroniek.LOC {
					hs = append(hs, h)
				}
			}
			if i := lowerHouse(g.words[0], len(hs), func(i int) []string { return hs[i].words }); i >= 0 {
				hs = hs[i : i+1]
			}
			for _, h := range hs {
				pick(h, "short form of")
			}
		} else if len(g.words) == 1 && (g.entry == nil || g.entry.Kind == kb.KindPerson) && gt != kroniek.LOC && gt != kroniek.ORG && !particles[g.words[0]] &&
			(gt != kroniek.MISC || slices.ContainsFunc(byFirst[g.words[0]], func(h *grp) bool { return perOf[h] })) {
			// (a thing no person's name opens goes on to the short forms
			// below: "de Ronde" of the Ronde van Vlaanderen)
			for _, h := range byFirst[g.words[0]] {
				if h != g && perOf[h] && (g.entry == nil || h.entry == nil || g.entry == h.entry) {
					pick(h, "first name of")
				}
			}
		} else if g.entry == nil && gt != kroniek.PER && !(gt == kroniek.LOC && placeUsed(g)) && !onPlace(g) && len(g.words) < 3 && !(len(g.words) == 1 && (classOf(g.words[0]) != "" || placeNouns[g.words[0]] || bodyNouns[g.words[0]] || englishHeads[g.words[0]])) {
			// a place the article writes as one ("in Dubai") is no short
			// form of a body named after it, Dubai Media City
			// a class noun alone (Hotel, Museum) is no short form of one
			// hotel or museum of the article
			var hs []*grp
			for _, h := range byPrefix[strings.Join(g.words, " ")] {
				if gt == kroniek.MISC && (capsWord(cs[h.members[0]].text(doc)) || slices.ContainsFunc(g.members, func(i int) bool { return strings.HasPrefix(doc.Text[cs[i].end:], "-") })) {
					// "Opschoondag" is no short form of the heading
					// "OPSCHOONDAG POPULAIR", nor the Erasmus of
					// "Erasmus-beurzen" of the Erasmus Generatie
					continue
				}
				if offshoot(g.words, h.words) {
					continue // Feyenoord is not Feyenoord TV, its channel
				}
				if h != g && (h.entry == nil || h.entry.Kind == kb.KindOrg) && !perOf[h] && typeOf(h) != kroniek.LOC {
					hs = append(hs, h)
				}
			}
			if orgs := slices.DeleteFunc(slices.Clone(hs), func(h *grp) bool { return typeOf(h) != kroniek.ORG }); len(hs) > 1 && len(orgs) == 1 {
				hs = orgs // Troika is the bank, not the Troika Laundromat it ran
			}
			for _, h := range hs {
				pick(h, "short form of")
			}
		}
		if n == 0 && g.entry == nil && (gt == kroniek.MISC && len(g.words) == 1 || len(g.words) >= 2 && (gt == kroniek.MISC || gt == kroniek.ORG)) &&
			!slices.ContainsFunc(g.members, func(i int) bool { return strings.HasPrefix(doc.Text[cs[i].end:], "-") }) {
			// a name the article shortens to its last words: the
			// Statenverkiezingen of the Provinciale Statenverkiezingen,
			// the Haga Lyceum of the Cornelius Haga Lyceum; the one name
			// of the same type that ends in it, whose words before are
			// no heading glued on (MAN VAN AMERICA TODAY, NVWA Sailors
			// and Crooks, "I&O. De Provinciale Statenverkiezingen")
			var hs []*grp
			for _, h := range bySuffix[strings.Join(g.words, " ")] {
				if h != g && !perOf[h] && (h.entry == nil || h.entry.Kind == kb.KindOrg) && typeOf(h) == gt && plainLead(cs[h.members[0]].text(doc), len(g.words)) {
					hs = append(hs, h)
				}
			}
			if len(hs) == 1 {
				pick(hs[0], "short form of")
			}
		}
		if n == 0 && len(g.words) == 1 && g.entry == nil && gt == kroniek.PER && !isGivenName(text) && !strongPer(g, 1<<30) {
			// the tagger's person "Etihad" after "Luchtvaartmaatschappij
			// Etihad Airways": the one body a class noun typed that begins
			// with it; the race "de Ronde" after the Ronde van Vlaanderen
			// (or, a company's name of two words or more the tagger
			// calls a body every time: "Tuf" of Tuf Recycling, "Dura" of
			// Dura Vermeer; not a cabinet, Rutte III)
			for _, h := range byPrefix[g.words[0]] {
				if h != g && h.entry == nil && !perOf[h] && (typeOf(h) == kroniek.ORG || typeOf(h) == kroniek.MISC) &&
					(slices.ContainsFunc(h.members, func(i int) bool { return cs[i].classTyped }) || len(h.words) >= 2 && taggedBody(cs, h.members)) {
					pick(h, "short form of")
				}
			}
			if n == 1 {
				for _, i := range g.members {
					cs[i].typ = typeOf(target)
				}
			}
		}
		if n == 1 {
			merged[g], reason[g] = target, why
		}
	}
	final := func(g *grp) *grp {
		for i := 0; i < 4; i++ {
			h, ok := merged[g]
			if !ok {
				break
			}
			g = h
		}
		return g
	}
	links := map[*grp][]string{}
	firstText := map[*grp]string{}
	for _, g := range groups {
		if len(g.members) > 0 {
			firstText[g] = cs[g.members[0]].text(doc)
		}
	}
	for _, g := range groups {
		if h := final(g); h != g {
			links[h] = append(links[h], firstText[g]+": "+reason[g]+" "+firstText[merged[g]])
			links[h] = append(links[h], links[g]...)
			h.members = append(h.members, g.members...)
			if h.entry == nil {
				h.entry = g.entry
			}
			g.members = nil
		}
	}
	// weak one-word person links stand when nothing in the article
	// claimed the name
	for _, g := range groups {
		if g.entry == nil && len(g.members) > 0 {
			for _, i := range g.members {
				if cs[i].weak && cs[i].entry != nil && len(g.words) == 1 {
					g.entry = cs[i].entry
					break
				}
			}
		}
	}
	var live []*grp
	for _, g := range groups {
		if len(g.members) > 0 {
			sort.Ints(g.members)
			live = append(live, g)
		}
	}
	sort.SliceStable(live, func(a, b int) bool { return live[a].members[0] < live[b].members[0] })
	locals := make([]kroniek.LocalEntity, 0, len(live))
	mentions := make([]kroniek.Mention, 0, len(cs))
	for n, g := range live {
		key := "L" + strconv.Itoa(n+1)
		le := kroniek.LocalEntity{Key: key}
		var texts, metonyms []string
		types := map[string]int{}
		countries := map[string]int{}
		standsFor := map[string]int{}
		givenFamily := false // a given name before a family name: a person
		first := len(mentions)
		classed := map[string]int{}
		headTypes := map[string]int{} // types of mentions that open a hyphenated compound
		fullPerson := false           // a mention is a person's name of two words or more
		agentClassed := false         // a class noun before a mention is a trade: "organisator Cory Zue"
		for _, i := range g.members {
			c := &cs[i]
			t := c.name(doc)
			if c.metonym {
				metonyms = append(metonyms, t)
			} else if c.ellipsis != "" {
				texts = append(texts, t+" "+c.ellipsis) // Kelsey of "Kelsey en Garion Mulder" is Kelsey Mulder
			} else {
				texts = append(texts, t)
			}
			if c.typ == kroniek.PER && strings.Contains(t, " ") {
				fullPerson = true
			}
			if c.typ != "" && compoundHead(doc, c) {
				headTypes[c.typ]++ // "de Rushdie-affaire": the affair's type, not Rushdie's
			} else if c.typ != "" {
				types[c.typ]++
				if c.classTyped {
					classed[c.typ]++
				}
			}
			// "kledingbedrijf Peter Hahn": a class noun before the name
			// outweighs its person's shape
			if c.entry == nil && givenShape(t) && !isGivenName(t[strings.LastIndexByte(t, ' ')+1:]) && (!c.classTyped || c.typ == kroniek.PER) {
				givenFamily = true
			}
			agentClassed = agentClassed || c.agentClass
			if c.role != "" {
				types[kroniek.PER]++
				le.Roles = appendUnique(le.Roles, c.role)
			}
			if c.country != "" {
				countries[c.country]++
			}
			m := kroniek.Mention{Start: c.start, End: c.end, Text: c.text(doc), Type: c.typ, Local: key, Role: c.role, StandsFor: c.standsFor}
			if c.standsFor != "" {
				standsFor[c.standsFor]++
			}
			if g.entry != nil {
				m.KB = g.entry.ID
			}
			mentions = append(mentions, m)
		}
		if !fullPerson {
			for t, n := range headTypes {
				types[t] += n // no person named in full: the compounds' type counts (de AOW-leeftijd)
			}
		}
		le.Name = fullest(texts)
		if ws := strings.Fields(le.Name); len(ws) >= 2 && legalForms[kb.Fold(ws[0])] && slices.Contains(texts, strings.Join(ws[1:], " ")) {
			le.Name = strings.Join(ws[1:], " ") // the name it goes by, as other articles write it: Muziekgebouw, not NV Muziekgebouw
		}
		if le.Name == "" && g.entry != nil {
			le.Name = g.entry.Name // only metonyms: name what they stand for
		}
		if le.Name == "" {
			le.Name = fullest(metonyms)
		}
		if g.entry != nil {
			le.KB, le.Type, le.Country = g.entry.ID, g.entry.Type, g.entry.Country
			if g.entry.Kind == kb.KindMetonym && types[kroniek.ORG] > types[kroniek.LOC] {
				le.Type = kroniek.ORG // a seat named mostly as the body it houses: het Kremlin liet weten
			}
		}
		le.Links = links[g]
		le.StandsFor = vote(standsFor, nil)
		if le.Type == "" && givenFamily {
			le.Type = kroniek.PER
		}
		if le.Type == "" {
			le.Type = vote(types, []string{kroniek.PER, kroniek.ORG, kroniek.LOC, kroniek.MISC})
			// a class noun before a mention ("ziekenhuis X") or ending its
			// name (Troika Bank) outweighs the tagger's person or place
			// elsewhere, and the tagger's thing ("museum Naturalis" and
			// three Naturalis typed MISC)
			if wasPer := le.Type == kroniek.PER; (wasPer || le.Type == kroniek.LOC && classed[kroniek.LOC] == 0 || le.Type == kroniek.MISC && classed[kroniek.MISC] == 0) && len(classed) > 0 {
				weighed := map[string]int{}
				for t, n := range types {
					weighed[t] = n + 2*classed[t]
				}
				le.Type = vote(weighed, []string{kroniek.PER, kroniek.ORG, kroniek.LOC, kroniek.MISC})
				// a one-word name no role or given name makes a person
				// is what its class noun says, however often the tagger
				// says person: "Topuniversiteit Yale" and six Yale
				// (or of several words not shaped as a person's: "het
				// zorgbedrijf Siza Nova Me" and twelve more typed PER)
				if len(le.Roles) == 0 && (!strings.Contains(le.Name, " ") && !isGivenName(le.Name) || multiWordNonPerson(le.Name) && !agentClassed) && classed[kroniek.PER] == 0 && wasPer {
					le.Type = vote(classed, []string{kroniek.ORG, kroniek.LOC, kroniek.MISC})
				}
				// the tagger's place or thing for a name it does not know
				// is one guess however often it repeats it; a class noun
				// is the text's word: "warenhuis Hudson's Bay" and four
				// Hudson's Bay typed LOC
				if !wasPer {
					le.Type = vote(classed, []string{kroniek.ORG, kroniek.LOC, kroniek.MISC})
				}
			}
			// the tagger's body for a name a class noun calls something
			// else counts once against the class noun's three: "het
			// festival Milkshake" and one Milkshake typed ORG is the
			// festival; "het merk Tesla" among five Tesla typed ORG stays
			// the firm
			if le.Type == kroniek.ORG && classed[kroniek.ORG] == 0 && len(classed) > 0 {
				weighed := map[string]int{}
				for t, n := range types {
					weighed[t] = n + 2*classed[t]
				}
				le.Type = vote(weighed, []string{kroniek.ORG, kroniek.LOC, kroniek.MISC, kroniek.PER})
			}
		}
		if le.Type == "" {
			le.Type = kroniek.MISC
		}
		if le.Country == "" && (le.Type == kroniek.PER || isPortfolio(le.Name)) {
			// "de Russische president"; whose "Defensie" it is
			le.Country = vote(countries, nil)
		}
		if le.Type == kroniek.PER {
			for j := first; j < len(mentions); j++ {
				if n := bareApostrophe(doc, mentions[j].Start, mentions[j].End); n > 0 {
					mentions[j].End += n // "Velvis' wijk": the possessive as printed
					mentions[j].Text = doc.Text[mentions[j].Start:mentions[j].End]
				}
			}
		}
		locals = append(locals, le)
	}
	sort.SliceStable(mentions, func(i, j int) bool { return mentions[i].Start < mentions[j].Start })
	return locals, mentions
}

// classWordsOnly reports whether the words a longer name puts before a
// shorter one only say what the name is (see classOpener), and are not
// the article alone: "Club" of Club Rodenburg, "Nationaal Park De" of
// Nationaal Park De Hoge Veluwe, not "Nationaal Park De Hoge" before
// Veluwe; "De Hoge Veluwe" beside "Hoge Veluwe" is one name written
// with its article, which other rules join.
func classWordsOnly(opener []string) bool {
	articleOnly := !slices.ContainsFunc(opener, func(w string) bool { return w != "De" && w != "Het" })
	return len(opener) > 0 && !articleOnly && !slices.ContainsFunc(opener, func(w string) bool { return !classOpener(w) })
}

// hasRole reports whether a role came with one of the members: "burgemeester
// Rodenburg" is a person whatever a club of that name is.
func hasRole(cs []cand, members []int) bool {
	return slices.ContainsFunc(members, func(i int) bool { return cs[i].role != "" })
}

// openerClass returns the type of the last whole class noun among the
// words that open a name (Park of "Nationaal Park De"), ORG for a body's
// adjective alone (het Nationale Volkscongres) unless the name's last
// word has a class of its own (het Nationaal Holocaust Namenmonument),
// or "".
func openerClass(opener []string, last string) string {
	for k := len(opener) - 1; k >= 0; k-- {
		if t := classHeads[strings.ToLower(opener[k])]; t != "" {
			return t
		}
	}
	if classOf(last) == "" && slices.ContainsFunc(opener, func(w string) bool { return bodyAdjectives[strings.ToLower(w)] }) {
		return kroniek.ORG
	}
	return ""
}

// placeNamed reports whether a mention of the members follows "in",
// "te", "uit", "nabij" or "vanuit": the name is a place there ("in
// Beesd"), which a club or a show named after it ("VV Beesd") is not.
func placeNamed(doc *nl.Doc, cs []cand, members []int) bool {
	for _, i := range members {
		if ti := tokenIndex(doc, cs[i].start); ti > 0 && (placePreps[strings.ToLower(doc.Tokens[ti-1].Text)] || strings.ToLower(doc.Tokens[ti-1].Text) == "uit") {
			return true
		}
	}
	return false
}

// bodyAdjectives open the official names of bodies, parks and assemblies
// before the name they go by: het Nationale Volkscongres, Koninklijke
// Philips, Nationaal Park De Meinweg.
var bodyAdjectives = setOf("nationaal", "nationale", "internationaal", "internationale", "koninklijk", "koninklijke")

// classOpener reports whether a capitalised word opening a longer name
// says what the name is rather than which one it is: a whole class noun
// (Club, Park, Stichting), a legal form, a body's adjective (Nationale),
// an acronym of a broadcaster or owner (RTL, NOS), or the article De/Het.
func classOpener(w string) bool {
	lw := strings.ToLower(w)
	if !startsUpper(w) {
		return false
	}
	if _, ok := classHeads[lw]; ok {
		return true
	}
	return legalForms[lw] || bodyAdjectives[lw] || w == "De" || w == "Het" ||
		len(w) >= 2 && len(w) <= 4 && strings.ToUpper(w) == w && acronymLike(w)
}

// multiWordNonPerson reports whether a name of several words has no
// person's shape: no given name before a family name (Jan de Vries), no
// first word and last word with particles between (Ruud van Nistelrooy),
// so a class noun before it may outweigh the tagger's person:
// "de club Wit Zwart Zeven", not "de club van Jan de Vries".
func multiWordNonPerson(name string) bool {
	words := strings.Fields(name)
	return len(words) >= 2 && !givenShape(name) && !personShape(name) && !isGivenName(words[0])
}

// offshootWords end the name of a body's channel, title or ground,
// which is not the body: Feyenoord TV, RTL Nieuws, Philips Stadion.
// (Academy is left out: Elance is what Elance Academy goes by.)
var offshootWords = setOf("tv", "radio", "fm", "magazine", "media", "records", "nieuws", "journaal",
	"stadion", "studios", "online", "live")

// offshoot reports whether long is short with one offshoot word after it.
func offshoot(short, long []string) bool {
	return len(long) == len(short)+1 && offshootWords[long[len(long)-1]]
}

// compoundHead reports whether a mention opens a hyphenated compound of a
// lower-case noun, "Rushdie" of "de Rushdie-affaire": the tagger's type
// there is the compound's (an affair), which does not outvote a person
// the article names in full (Salman Rushdie). Without such a name the
// compounds vote: "de AOW-leeftijd" and "de AOW" are one law.
func compoundHead(doc *nl.Doc, c *cand) bool {
	if c.end+1 >= len(doc.Text) || doc.Text[c.end] != '-' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(doc.Text[c.end+1:])
	return unicode.IsLower(r)
}

// samePerson reports whether two full names of one last name share
// their first word too, one with middle names the other leaves out
// (Khalifa Haftar, Khalifa Belqasim Haftar), or spell it one letter
// apart.
func samePerson(a, b []string) bool {
	return len(a) >= 2 && len(b) >= 2 && a[len(a)-1] == b[len(b)-1] &&
		(a[0] == b[0] || len(a[0]) >= 6 && len(b[0]) >= 6 && oneEditApart(a[0], b[0])) // Thierry, Thiery
}

// institutionShort are the last words of bodies' names that stand for
// the one body of the article that has them: de Commissie, de Kamer, de
// Staten (Provinciale Staten, de Noord-Brabantse Staten; the Verenigde
// Staten are a place).
var institutionShort = setOf("commissie", "kamer", "raad", "hof", "parlement", "senaat", "rechtbank", "bank", "unie", "staten")

// lowerHouse returns which of n bodies "de Kamer" stands for when the
// article names the Tweede Kamer beside the Eerste Kamer: Dutch news
// writes "de Kamer" for the lower house and spells the senate out ("de
// Eerste Kamer stemt in mei; de Kamer stemde al"). It returns -1 for
// other short forms and where there is no choice to make.
func lowerHouse(short string, n int, words func(int) []string) int {
	if short != "kamer" || n < 2 {
		return -1
	}
	for i := 0; i < n; i++ {
		if strings.Join(words(i), " ") == "tweede kamer" {
			return i
		}
	}
	return -1
}

// capsWord reports whether a name has a word of two letters or more in
// capitals: a heading or an acronym (OPSCHOONDAG POPULAIR, Orpheus De
// RMS).
func capsWord(name string) bool {
	for _, w := range strings.Fields(name) {
		if utf8.RuneCountInString(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
			return true
		}
	}
	return false
}

// nameWords returns the folded, space-separated words of a name
// (Wit-Rusland is one word: Rusland is not its last name).
func nameWords(s string) []string {
	return strings.Fields(kb.Fold(s))
}

func appendUnique(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// fullest returns the name with the most words, then the most frequent,
// then the first seen.
func fullest(texts []string) string {
	count := map[string]int{}
	for _, t := range texts {
		count[t]++
	}
	best := ""
	for _, t := range texts {
		if best == "" {
			best = t
			continue
		}
		wa, wb := len(strings.Fields(t)), len(strings.Fields(best))
		if wa > wb || wa == wb && count[t] > count[best] {
			best = t
		}
	}
	return best
}

// vote returns the most frequent key; ties go to the earlier key in
// order, else to the smaller string.
func vote(m map[string]int, order []string) string {
	best, bestN := "", 0
	rank := func(s string) int {
		for i, o := range order {
			if o == s {
				return i
			}
		}
		return len(order)
	}
	for k, n := range m {
		if n > bestN || (n == bestN && (rank(k) < rank(best) || rank(k) == rank(best) && k < best)) {
			best, bestN = k, n
		}
	}
	return best
}

// introducedBy returns the candidate whose name a member introduces in
// parentheses right after it, "Forum voor Democratie (FvD)", or -1;
// byEnd gives the candidate ending at an offset.
func introducedBy(doc *nl.Doc, cs []cand, members []int, byEnd map[int]int) int {
	for _, i := range members {
		c := &cs[i]
		if !strings.HasPrefix(doc.Text[c.end:], ")") {
			continue
		}
		before := strings.TrimRight(doc.Text[:c.start], " ")
		if !strings.HasSuffix(before, "(") {
			continue
		}
		at := len(strings.TrimRight(before[:len(before)-1], " "))
		if j, ok := byEnd[at]; ok && j != i {
			return j
		}
	}
	return -1
}

// acronymLike reports whether a name looks like an acronym: two to seven
// letters in one word, starting with a capital, at least two capitals
// (AVS, FvD, COA).
// wordAcronym reports whether s is an acronym written as a word, the
// Dutch way for one spoken as a word, that spells the initials of every
// word of name: "Commissie naamgeving openbare ruimte (Cnor)", "The
// European Fine Art Fair (Tefaf)".
func wordAcronym(s, name string) bool {
	if !wordShape(s) {
		return false
	}
	all, _ := initials(name)
	return all == strings.ToUpper(s)
}

func acronymLike(s string) bool {
	letters, upper := 0, 0
	for i, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
		if i == 0 && !unicode.IsUpper(r) {
			return false
		}
		letters++
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return letters >= 2 && letters <= 7 && upper >= 2
}

// spellsInitials reports whether an acronym spells the initials of a
// longer name: of all its words (Forum voor Democratie: FvD) or of its
// capitalised words (Centraal Orgaan opvang Asielzoekers: COA).
func spellsInitials(acr, name string, _ []string) bool {
	want := strings.ToUpper(acr)
	all, caps := initials(name)
	return len(want) >= 2 && (all == want || caps == want)
}

// compoundSpells reports whether an acronym's letters appear in order in
// a one-word name that begins with its first letter:
// Bouwbegeleidingscommissie spells BBC through the parts of the compound.
// Names of several words spell initials or nothing.
func compoundSpells(acr, name string) bool {
	want := []rune(strings.ToLower(acr))
	got := []rune(strings.ToLower(name))
	if len(want) < 2 || len(got) < 2*len(want) || got[0] != want[0] || strings.ContainsAny(name, " -") {
		return false
	}
	k := 1
	for _, r := range got[1:] {
		if k < len(want) && r == want[k] {
			k++
		}
	}
	return k == len(want)
}

// plainLead reports whether the words of name before its last n words
// are written as a name's are: not in capitals, no full stop, and the
// first starts with a capital or is an article or "ministerie".
func plainLead(name string, n int) bool {
	ws := strings.Fields(name)
	if len(ws) <= n {
		return false
	}
	for _, w := range ws[:len(ws)-n] {
		if strings.ContainsAny(w, ".&") || len([]rune(w)) > 1 && strings.ToUpper(w) == w {
			return false
		}
	}
	return true
}

// longFormClass returns the type of the class noun an acronym's long
// form opens with or ends in (Wet …, … Onderwijsbond, … Programma), or
// "".
func longFormClass(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return ""
	}
	if t := classOf(ws[0]); t != "" {
		return t
	}
	return classOf(ws[len(ws)-1])
}

// compoundInitials reports whether an acronym spells a name through the
// initials of its words and, after each initial, letters further inside
// the same word, the parts of a compound: "Wet politiegegevens (Wpg)",
// "Nederlandse Voedsel- en Warenautoriteit (NVWa)". Every word gives its
// initial but the small words acronyms leave out, which may give it or
// not; the acronym's letters are all used, in order.
func compoundInitials(acr, name string) bool {
	want := []rune(strings.ToLower(acr))
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' || r == '‐' || r == '‑' })
	if len(want) < 2 || len(want) > 7 || len(words) == 0 {
		return false
	}
	var match func(ai, wi int) bool
	// inside goes on in word wi from rune pos, or on to the next word
	var inside func(ai, wi, pos int) bool
	match = func(ai, wi int) bool {
		if wi == len(words) {
			return ai == len(want)
		}
		w := []rune(words[wi])
		if acronymSkips[words[wi]] && match(ai, wi+1) {
			return true
		}
		if ai == len(want) || len(w) == 0 || w[0] != want[ai] {
			return false
		}
		return inside(ai+1, wi, 1)
	}
	inside = func(ai, wi, pos int) bool {
		if match(ai, wi+1) {
			return true
		}
		w := []rune(words[wi])
		if ai == len(want) {
			return false
		}
		for j := max(pos, 3); j < len(w); j++ {
			if w[j] == want[ai] && inside(ai+1, wi, j+1) {
				return true
			}
		}
		return false
	}
	return match(0, 0)
}

// wordShape reports whether s is one word of three to seven letters
// that starts with a capital and goes on in lower case: Wpg, Cnor.
func wordShape(s string) bool {
	rs := []rune(s)
	if len(rs) < 3 || len(rs) > 7 || !unicode.IsUpper(rs[0]) {
		return false
	}
	for _, r := range rs[1:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// initials returns the initials of a name's words, upper-cased, and of
// its capitalised words.
func initials(name string) (string, string) {
	var all, caps strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' || r == '‐' || r == '‑' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		all.WriteRune(unicode.ToUpper(r))
		if unicode.IsUpper(r) {
			caps.WriteRune(r)
		}
	}
	return all.String(), caps.String()
}

// wholeAcronymInitials returns the initials of a name of two words or
// more in which an acronym stands whole, as acronyms of such names keep
// it: "Amsterdam UMC" gives AUMC. It returns "" when no word of the name
// is written in capitals or the name is one word.
func wholeAcronymInitials(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return ""
	}
	var b strings.Builder
	whole := false
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case !unicode.IsUpper(r):
			continue // "Universiteit van Amsterdam": the small words drop out
		case utf8.RuneCountInString(w) >= 2 && strings.ToUpper(w) == w:
			b.WriteString(w)
			whole = true
		default:
			b.WriteRune(r)
		}
	}
	if !whole {
		return ""
	}
	return b.String()
}

// clipOf reports whether a one-word name is the clipped first word of a
// longer name: Fed for Federal Reserve System.
func clipOf(name string, words []string) bool {
	f := kb.Fold(name)
	return len(words) >= 2 && len(f) >= 3 && !strings.Contains(f, " ") && strings.HasPrefix(words[0], f)
}

// firstNameLike reports whether a name starts with a word written as a
// first name: a capital, then at least two lower-case letters (Donee,
// not FC or AZ), and no noun of a body or place (Omgevingsraad).
func firstNameLike(name string) bool {
	w, _, _ := strings.Cut(name, " ")
	rs := []rune(w)
	if len(rs) < 3 || !unicode.IsUpper(rs[0]) || classOf(w) != "" {
		return false
	}
	lw := strings.ToLower(w)
	for n := range placeNouns {
		if len(n) >= 4 && strings.HasSuffix(lw, n) {
			return false // Omgevingsraad Schiphol
		}
	}
	for _, r := range rs[1:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// joinName is the name a mention is joined by: within one article a
// thing's name of two words without the capitalised article some texts write before it (De
// Hijschkamer, Het Diekman as Hijschkamer, Diekman); persons keep it (De
// Jong).
func joinName(name, typ string) string {
	if typ == kroniek.PER {
		return name
	}
	for _, a := range []string{"De ", "Het "} {
		if rest, ok := strings.CutPrefix(name, a); ok && utf8.RuneCountInString(rest) >= 4 && startsUpper(rest) && !strings.ContainsAny(rest, " -") && strings.ToUpper(rest) != rest {
			return rest
		}
	}
	return name
}

// spellingVariant reports whether two names, as folded words, are one
// name spelt twice: equal without hyphens and spaces, or, at ten letters
// or more in as many words, one edit apart (not in a digit, not in a
// Roman numeral: Windows 7 and Windows 8, Willem I and Willem II differ).
func spellingVariant(a, b []string) bool {
	x, y := strings.Join(a, ""), strings.Join(b, "")
	x, y = strings.ReplaceAll(x, "-", ""), strings.ReplaceAll(y, "-", "")
	if x == y {
		return len(x) >= 6 && strings.Join(a, " ") != strings.Join(b, " ")
	}
	if len(a) != len(b) || len(a) < 2 || len(x) < 10 || roman(a[len(a)-1]) || roman(b[len(b)-1]) {
		return false
	}
	// one letter apart: not a digit (Windows 7, Windows 8)
	return oneEditApart(x, y) && strings.Map(keepDigit, x) == strings.Map(keepDigit, y)
}

// legalForms open a body's registered name before the name it goes by
// (folded): NV Muziekgebouw, Stichting De Verre Bergen.
var legalForms = setOf("nv", "n.v.", "bv", "b.v.", "stichting", "vereniging", "cooperatie")

// wordVariant reports whether two names of as many words, two or more,
// differ in one word only, and there by a particle for a particle ("forum
// van democratie", "forum voor democratie") or by a compound and the word
// it ends in, seven letters or more ("zeeuwse visveilingen", "zeeuwse
// veilingen"). Other words (tweede/eerste kamer, gemeente/provincie
// utrecht) make two names.
func wordVariant(a, b []string) bool {
	if len(a) != len(b) || len(a) < 2 {
		return false
	}
	at := -1
	for i := range a {
		if a[i] != b[i] {
			if at >= 0 {
				return false
			}
			at = i
		}
	}
	if at < 0 {
		return false
	}
	x, y := a[at], b[at]
	if len(x) > len(y) {
		x, y = y, x
	}
	if functionWord(x) && functionWord(y) || x == "v" && functionWord(y) {
		return at > 0 && at < len(a)-1 // inside the name: Forum v Democratie
	}
	return len(x) >= 7 && strings.HasSuffix(y, x) && !strings.ContainsAny(x+y, "0123456789")
}

// functionWord reports whether a folded word is a name particle or a
// closed-class word: van, voor, op, om, of, for.
func functionWord(w string) bool {
	return particles[w] || nl.IsStopword(w)
}

// keepDigit keeps a digit and drops every other rune, for strings.Map.
func keepDigit(r rune) rune {
	if unicode.IsDigit(r) {
		return r
	}
	return -1
}

// roman reports whether a folded word is a Roman numeral: ii, iv, xiv.
func roman(w string) bool {
	return w != "" && strings.Trim(w, "ivxl") == ""
}

// taggedBody reports whether the tagger typed every mention of a name an
// organisation, none of them a cabinet.
func taggedBody(cs []cand, members []int) bool {
	for _, i := range members {
		if cs[i].typ != kroniek.ORG || cs[i].cabinet {
			return false
		}
	}
	return true
}

// tradeNamed reports whether the lone name first mentioned at byte lone
// is a firm's, not the last name of the person first named at byte
// person: the article names it first, after a
// lower-case noun of a trade ("gebouwd door de Brabantse scheepsbouwer
// Heesen", and only later "voormalig eigenaar Frans Heesen").
func tradeNamed(doc *nl.Doc, lone, person int) bool {
	if person < lone {
		return false
	}
	ti := tokenIndex(doc, lone)
	if ti < 1 {
		return false
	}
	w := doc.Tokens[ti-1].Text
	if !startsLower(w) || agentNoun(w) && !strings.HasSuffix(w, "bouwer") {
		return false
	}
	return strings.HasSuffix(w, "bouwer") || strings.HasSuffix(w, "werf") || slices.ContainsFunc(tradeHeads, func(h string) bool { return strings.HasSuffix(w, h) })
}
