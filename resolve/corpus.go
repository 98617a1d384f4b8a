package resolve

import (
	"cmp"
	"crypto/sha1"
	"encoding/hex"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/kb"
)

// node is one article's local entity during corpus resolution.
type node struct {
	ai      int // index into analyses
	local   *kroniek.LocalEntity
	lang    string
	words   []string // transliteration keys of the name's words
	folds   []string // the folded words themselves, one for each key word
	key     string   // join key: the words, or the exact short name or acronym
	mention []int    // indexes into analyses[ai].Mentions
}

// uf is a union-find over nodes that refuses to join two different
// knowledge-base ids, or a component of persons with one of places or
// organisations. It keeps the reason of every join.
type uf struct {
	parent []int
	kbid   []string
	per    []int // mentions typed as a person, per root
	other  []int // mentions typed as a place or organisation, per root
	loc    []int // of those, as a place
	edges  []edge
}

// edge is one join: node b joined node a by rule.
type edge struct {
	a, b int
	rule string
}

// join is union with a reason.
func (u *uf) join(a, b int, rule string) bool {
	if u.find(a) == u.find(b) {
		return true
	}
	if !u.union(a, b) {
		return false
	}
	u.edges = append(u.edges, edge{a, b, rule})
	return true
}

// typeClash reports whether joining the components of a and b would put
// a person together with a place or organisation.
func (u *uf) typeClash(a, b int) bool {
	ra, rb := u.find(a), u.find(b)
	pa, pb := u.per[ra] > u.other[ra], u.per[rb] > u.other[rb]
	oa, ob := u.other[ra] > u.per[ra], u.other[rb] > u.per[rb]
	return pa && ob || oa && pb
}

// kindClash is typeClash that also keeps places apart from
// organisations (Twente, the region, and Twente, the club).
func (u *uf) kindClash(a, b int) bool {
	if u.typeClash(a, b) {
		return true
	}
	ra, rb := u.find(a), u.find(b)
	la, lb := u.loc[ra]*2 > u.other[ra], u.loc[rb]*2 > u.other[rb]
	return u.other[ra] > 0 && u.other[rb] > 0 && la != lb
}

func (u *uf) find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *uf) union(a, b int) bool {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return true
	}
	if u.kbid[ra] != "" && u.kbid[rb] != "" && u.kbid[ra] != u.kbid[rb] {
		return false
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
	u.per[ra] += u.per[rb]
	u.other[ra] += u.other[rb]
	u.loc[ra] += u.loc[rb]
	if u.kbid[ra] == "" {
		u.kbid[ra] = u.kbid[rb]
	}
	return true
}

// Corpus resolves the local entities of all analyses into entities of the
// whole corpus and sets, in the analyses, Mention.Entity, Quote.Speaker
// and Event.Actor/Recipient (generic: keys pass through). Local entities
// join when they share a knowledge-base id or a transliteration key of
// their full name (Loekasjenko = Lukashenko = Lukaschenko) and their
// types agree; a last name alone joins the one person in the corpus with
// that last name, and two full names with one last name join when their
// first names agree (Aleksandr/Alexander Loekasjenko/Lukashenko, never
// Charles and Louis Michel). Two different knowledge-base ids never join.
// Entity ids are stable for the same input in any order; the display
// name is the fullest, most frequent name in the corpus's dominant
// language (Dutch whenever there are Dutch articles).
func Corpus(articles []*kroniek.Article, analyses []*kroniek.Analysis) []*kroniek.Entity {
	langOf := map[string]string{}
	langs := map[string]int{}
	for _, a := range articles {
		if a == nil {
			continue
		}
		langOf[a.ID] = a.Lang
		langs[a.Lang]++
	}
	dominant := "nl"
	if langs["nl"] == 0 && len(langs) > 0 {
		dominant = vote(langs, nil)
	}
	var nodes []node
	for ai, an := range analyses {
		if an == nil {
			continue
		}
		idx := map[string]int{}
		for li := range an.Locals {
			le := &an.Locals[li]
			idx[le.Key] = len(nodes)
			nodes = append(nodes, node{ai: ai, local: le, lang: langOf[an.Article], words: strings.Fields(kb.Key(le.Name)), folds: foldWords(le.Name), key: nameKey(le.Name)})
		}
		for mi, m := range an.Mentions {
			if ni, ok := idx[m.Local]; ok {
				nodes[ni].mention = append(nodes[ni].mention, mi)
			}
		}
	}
	retypeBarePersons(nodes, analyses)
	retypeFamousNames(nodes, analyses)
	u := &uf{parent: make([]int, len(nodes)), kbid: make([]string, len(nodes)), per: make([]int, len(nodes)), other: make([]int, len(nodes)), loc: make([]int, len(nodes))}
	for i, n := range nodes {
		u.parent[i] = i
		u.kbid[i] = n.local.KB
		w := max(len(n.mention), 1)
		switch n.local.Type {
		case kroniek.PER:
			u.per[i] = w
		case kroniek.LOC:
			u.other[i], u.loc[i] = w, w
		case kroniek.ORG:
			u.other[i] = w
		}
	}
	// 1. the same knowledge-base id
	byKB := map[string]int{}
	for i, n := range nodes {
		if n.local.KB == "" {
			continue
		}
		if j, ok := byKB[n.local.KB]; ok {
			u.join(j, i, "the same knowledge-base entry ("+n.local.KB+") as")
		} else {
			byKB[n.local.KB] = i
		}
	}
	// lowerIn reports whether the article of analyses[ai] writes w in
	// lower case somewhere: then w is also a common word there
	lowerSets := map[int]map[string]bool{}
	var texts map[string]string
	lowerIn := func(ai int, w string) bool {
		set, ok := lowerSets[ai]
		if !ok {
			if texts == nil {
				texts = map[string]string{}
				for _, a := range articles {
					if a != nil {
						texts[a.ID] = a.Text
					}
				}
			}
			set = lowerWordsOf(texts[analyses[ai].Article])
			lowerSets[ai] = set
		}
		return set[w]
	}
	// ctxOf is the context kind of node i (contextKind), read once
	ctxs := map[int]string{}
	ctxOf := func(i int) string {
		if k, ok := ctxs[i]; ok {
			return k
		}
		lowerIn(nodes[i].ai, "") // fills texts
		an := analyses[nodes[i].ai]
		ms := make([]kroniek.Mention, 0, len(nodes[i].mention))
		for _, mi := range nodes[i].mention {
			ms = append(ms, an.Mentions[mi])
		}
		ctxs[i] = contextKind(texts[an.Article], ms)
		return ctxs[i]
	}
	// sameText reports whether two analyses are of one text (a copy
	// published twice)
	articleText := map[string]string{}
	for _, a := range articles {
		if a != nil {
			articleText[a.ID] = a.Text
		}
	}
	sameText := func(a, b int) bool {
		ta, tb := articleText[analyses[a].Article], articleText[analyses[b].Article]
		return len(ta) == len(tb) && ta == tb
	}
	// institutionIn reports whether name is a long word, no bare class
	// noun, that the article of analyses[ai] capitalises mid-sentence
	// (Onderwijsinspectie, Belastingdienst): the name of one institution,
	// even where the article also writes it in lower case
	midCaps := map[int]map[string]bool{}
	institutionIn := func(ai int, name string) bool {
		if lw := strings.ToLower(name); utf8.RuneCountInString(lw) < 11 || classHeads[lw] != "" {
			return false
		}
		set, ok := midCaps[ai]
		if !ok {
			set = midCapWordsOf(articleText[analyses[ai].Article])
			midCaps[ai] = set
		}
		return set[kb.Fold(name)]
	}
	// taggerPlace reports whether n is a one-word name of no
	// knowledge-base entry that only the tagger made a place, never after
	// a preposition of place, and the component of other is a body named
	// five times as often: "Ajax treft vanavond …" is the club
	taggerPlace := func(n *node, other int) bool {
		if n.local.Type != kroniek.LOC || n.local.KB != "" || len(n.words) != 1 {
			return false
		}
		r := u.find(other)
		if u.loc[r]*2 > u.other[r] || u.other[r] < 5*max(len(n.mention), 1) {
			return false
		}
		an := analyses[n.ai]
		t := articleText[an.Article]
		for _, mi := range n.mention {
			m := an.Mentions[mi]
			if m.Field == kroniek.FieldTitle || m.Start > len(t) {
				continue
			}
			before := strings.Fields(t[max(0, m.Start-12):m.Start])
			if w := ""; len(before) > 0 {
				w = strings.ToLower(strings.Trim(before[len(before)-1], ",.;:"))
				if placeWords[w] || classOf(w) == kroniek.LOC {
					return false // in Twente, uit Twente, de havenstad Beira: a place
				}
			}
		}
		return true
	}
	// qualifierOf returns the place adjective before a one-word name of
	// no knowledge-base entry ("de Rotterdamse Rekenkamer", "de Friese
	// Milieufederatie"), "" when none, and whether it names a region
	// rather than a country before a body every government has (a
	// city's Rekenkamer is not the national one, but the Amsterdamse
	// Rijksmuseum is the Rijksmuseum)
	quals := map[int]string{}
	qualifierOf := func(i int) (string, bool) {
		n := &nodes[i]
		if len(n.words) != 1 || n.local.KB != "" {
			return "", false
		}
		q, ok := quals[i]
		if !ok {
			an := analyses[n.ai]
			t := articleText[an.Article]
			for _, mi := range n.mention {
				if m := an.Mentions[mi]; m.Field != kroniek.FieldTitle && m.Start <= len(t) && m.Start > 0 && t[m.Start-1] == ' ' {
					if w, ok := placeAdjectiveBefore(t[:m.Start]); ok {
						q = w
						break
					}
				}
			}
			quals[i] = q
		}
		return q, q != "" && isPortfolio(n.local.Name) && regionAdjective(q)
	}
	// councilOf returns the province whose council a node named
	// Provinciale Staten, Gedeputeerde Staten or Staten is: the province
	// its article names most, at least twice and more often than any
	// other; "" for an article of all provinces or none (the councils in
	// general, as an election speaks of them). Other names return "-".
	councils := map[int]string{}
	councilOf := func(i int) string {
		n := &nodes[i]
		if n.local.KB != "" || !provincialCouncils[kb.Fold(n.local.Name)] {
			return "-"
		}
		if c, ok := councils[n.ai]; ok {
			return c
		}
		if c := namedProvince(analyses[n.ai], n.mention, articleText[analyses[n.ai].Article]); c != "" {
			return c // de Provinciale Staten van Gelderland, whatever else the article names
		}
		c := dominantProvince(analyses[n.ai], articleText[analyses[n.ai].Article])
		councils[n.ai] = c
		return c
	}
	// districtOf returns the city whose district a node named by a
	// compass point (Noord, Zuid, Nieuw-West) is, when its article names
	// another Dutch town most than the one most of the corpus's articles
	// with that district name do: Rotterdam's Zuid beside Amsterdam's.
	// The corpus's usual town, or none named, return ""; other names "-".
	townOf := map[int]string{}
	usual := map[string]map[string]int{} // district name → town → articles
	for i := range nodes {
		n := &nodes[i]
		if n.local.KB != "" || n.local.Type != kroniek.LOC || !compassDistricts[kb.Fold(n.local.Name)] {
			continue
		}
		t, ok := townOf[n.ai]
		if !ok {
			t = dominantTown(analyses[n.ai])
			townOf[n.ai] = t
		}
		if t != "" {
			d := kb.Fold(n.local.Name)
			if usual[d] == nil {
				usual[d] = map[string]int{}
			}
			usual[d][t]++
		}
	}
	districtOf := func(i int) string {
		n := &nodes[i]
		d := kb.Fold(n.local.Name)
		if n.local.KB != "" || n.local.Type != kroniek.LOC || !compassDistricts[d] {
			return "-"
		}
		t := townOf[n.ai]
		if t == "" || t == vote(usual[d], nil) {
			return ""
		}
		return t
	}
	// 2. the same full-name key and agreeing types
	byKey := map[string][]int{}
	for i, n := range nodes {
		if n.key != "" {
			byKey[n.key] = append(byKey[n.key], i)
		}
	}
	// a first or last name alone joins the same name in other articles
	// only when the corpus leaves it one person: it is nobody's first name
	// and ends at most one full name (Michel, with Charles and Louis
	// Michel about, is left to rule 4; Max, the first name of several, is
	// left alone)
	firstName, lastOf := map[string]bool{}, map[string]map[string]bool{}
	firstCount, lastCount := map[string]int{}, map[string]int{}
	for _, n := range nodes {
		if n.local.Type == kroniek.PER && len(n.words) >= 2 && !particles[n.words[0]] && !romanEnd(n.local.Name) {
			firstCount[n.words[0]]++
			lastCount[n.words[len(n.words)-1]]++
		}
	}
	for _, n := range nodes {
		if n.local.Type == kroniek.PER && len(n.words) >= 2 && !particles[n.words[0]] {
			// a word that ends five full names or more and opens far
			// fewer is a family name a tagger ran into the next word
			// (Rutte Robesin): Rutte III is a cabinet
			if w := n.words[0]; !romanEnd(n.local.Name) && (firstCount[w]*3 > lastCount[w] || lastCount[w] < 5 || len(n.folds) > 0 && isGivenName(capitalised(n.folds[0]))) {
				firstName[w] = true // Lee, a given name, stays one
			}
			last := n.words[len(n.words)-1]
			if lastOf[last] == nil {
				lastOf[last] = map[string]bool{}
			}
			lastOf[last][strings.Join(n.words, " ")] = true
		}
	}
	for _, ids := range sortedGroups(byKey) {
		for x := 1; x < len(ids); x++ {
			nx := &nodes[ids[x]]
			if len(nx.words) == 1 && nx.local.KB == "" && nx.local.Type == kroniek.PER && (firstName[nx.words[0]] || len(lastOf[nx.words[0]]) > 1) {
				continue // left to rule 4
			}
			givenAlone := len(nx.words) == 1 && nx.local.KB == "" && nx.local.Type != kroniek.LOC && isGivenName(nx.local.Name)
			for y := 0; y < x; y++ {
				ny := &nodes[ids[y]]
				if givenAlone && !sameText(nx.ai, ny.ai) {
					continue // a given name alone (Fred) is a different person in each article but a copy
				}
				if !sameSpelling(nx, ny, nx.folds, ny.folds) || len(nx.folds) >= 2 && len(ny.folds) >= 2 && !initialsAgree(nx.folds, ny.folds) {
					continue // Kuik is not Cuijk, Petter is not Peter, J. Smit is not I. Smit
				}
				if nx.local.Country != "" && ny.local.Country != "" && nx.local.Country != ny.local.Country && nx.local.Type != kroniek.PER {
					continue // Defensie of France is not the Dutch ministry
				}
				if len(nx.words) == 1 && nx.local.KB == "" && ny.local.KB == "" && contextsDisagree(ctxOf(ids[x]), ctxOf(ids[y])) {
					continue // the child in "het zusje van Lux" is not "filmtheater Lux"
				}
				if unlinkedPortfolio(nx, ny) || unlinkedPortfolio(ny, nx) {
					continue // "minister van Justitie" is not the prosecution "justitie" names
				}
				if unlinkedPlace(nx, ny) || unlinkedPlace(ny, nx) {
					continue // sportpark De Bijenkorf is not the shop De Bijenkorf
				}
				if ownerLost(nx, ny) || ownerLost(ny, nx) {
					continue // Kazakhstan's Veiligheidsraad is not the VN-Veiligheidsraad
				}
				if nx.local.KB == "" && ny.local.KB == "" && len(nx.folds) == 1 && nx.folds[0] == "kamer" && !sameText(nx.ai, ny.ai) {
					continue // "de Kamer" left unlinked where both chambers occur is either, in each article
				}
				if districtOf(ids[x]) != districtOf(ids[y]) {
					continue // Amsterdam's Zuid is not Rotterdam's
				}
				if councilOf(ids[x]) != councilOf(ids[y]) {
					continue // the Staten of Noord-Brabant are not those of Zeeland
				}
				qx, rx := qualifierOf(ids[x])
				qy, ry := qualifierOf(ids[y])
				if qx != qy && (qx != "" && qy != "" || rx || ry) {
					continue // the Brabantse and the Friese Milieufederatie; Rotterdam's Rekenkamer is not the national one
				}
				if len(nx.words) == 1 && nx.local.KB == "" && ny.local.KB == "" && len(nx.folds) == 1 && (lowerIn(nx.ai, nx.folds[0]) || lowerIn(ny.ai, ny.folds[0]) || townSquares[nx.folds[0]] && !sameText(nx.ai, ny.ai)) &&
					!(institutionIn(nx.ai, nx.local.Name) && institutionIn(ny.ai, ny.local.Name)) {
					continue // a common word as a name (De Toekomst, de Markt) names different things
				}
				// a full name of two words or more is the same name whatever
				// the tagger called it once (Karel Smit as ORG); a name of
				// one word joins only the same type (Max the broadcaster is
				// not Max the aeroplane)
				agree := len(nx.words) >= 2 && !u.typeClash(ids[x], ids[y])
				if len(nx.words) < 2 {
					agree = !u.kindClash(ids[x], ids[y]) || !u.typeClash(ids[x], ids[y]) && (taggerPlace(nx, ids[y]) || taggerPlace(ny, ids[x]))
				}
				if agree && u.join(ids[y], ids[x], "the same name as") {
					break
				}
			}
		}
	}
	// 2b. one foreign name in two transliterations: every word of the one
	// spelled differently from the other's, but the same by its loose
	// key (Muammar Kadhafi, Moammar Khaddafi); a word they share (Jan
	// Jansen, Jan Janssen) says they are two spellings of two names
	byLoose := map[string][]int{}
	for i := range nodes {
		if k := looseName(&nodes[i]); k != "" {
			byLoose[k] = append(byLoose[k], i)
		}
	}
	for _, ids := range sortedGroups(byLoose) {
		for x := 1; x < len(ids); x++ {
			for y := 0; y < x; y++ {
				nx, ny := &nodes[ids[x]], &nodes[ids[y]]
				differ := true
				for i := range nx.folds {
					differ = differ && nx.folds[i] != ny.folds[i]
				}
				if differ && !u.typeClash(ids[x], ids[y]) && u.join(ids[y], ids[x], "another transliteration of") {
					break
				}
			}
		}
	}
	// 2c. a name an article shortens to its last words stands for that
	// long name in the articles that write only the short form
	// (Statenverkiezingen of the Provinciale Statenverkiezingen)
	joinShortTails(nodes, u)
	// 3. full person names with one last name and agreeing first names
	byLast := map[string][]int{}
	for i, n := range nodes {
		if n.local.Type == kroniek.PER && len(n.words) >= 2 {
			last := n.words[len(n.words)-1]
			byLast[last] = append(byLast[last], i)
		}
	}
	for _, ids := range sortedGroups(byLast) {
		// an initial (J. Hendriks) joins only when one first name of the
		// group begins with it: never Jacques Hendriks and Jorrit Hendrix
		// through it
		fulls := map[byte]map[string]bool{}
		for _, i := range ids {
			if w := nodes[i].words[0]; len(w) > 1 {
				if fulls[w[0]] == nil {
					fulls[w[0]] = map[string]bool{}
				}
				fulls[w[0]][w] = true
			}
		}
		ambiguous := func(n *node) bool {
			w := n.words[0]
			if len(w) != 1 {
				return false
			}
			names := slices.Sorted(maps.Keys(fulls[w[0]]))
			for i := range names {
				for j := i + 1; j < len(names); j++ {
					if !firstNamesAgree(names[i:i+1], names[j:j+1]) {
						return true // Aleksandr and Alexander are one, Jacques and Jorrit two
					}
				}
			}
			return false
		}
		for x := 1; x < len(ids); x++ {
			for y := 0; y < x; y++ {
				nx, ny := &nodes[ids[x]], &nodes[ids[y]]
				if ambiguous(nx) || ambiguous(ny) {
					continue
				}
				if len(nx.folds) > 0 && len(ny.folds) > 0 && firstNamesAgree(nx.words, ny.words) && initialsAgree(nx.folds, ny.folds) && middleInitialsAgree(nx.local.Name, ny.local.Name) && sameSpelling(nx, ny, nx.folds[len(nx.folds)-1:], ny.folds[len(ny.folds)-1:]) {
					u.join(ids[y], ids[x], "the same last name and first name or initial as")
				}
			}
		}
	}
	// 4. a last name alone (Michel, Von der Leyen) joins the one person
	// whose full name ends in it
	bySuffix := map[string][]int{}
	for i, n := range nodes {
		if n.local.Type == kroniek.PER && len(n.words) >= 2 {
			for s := 1; s < len(n.words); s++ {
				k := strings.Join(n.words[s:], " ")
				bySuffix[k] = append(bySuffix[k], i)
			}
		}
	}
	// particleBefore reports whether a particle stands right before a
	// mention of n in its text: "De Jonge zei" where the tagger left out
	// a capitalised De opening the sentence
	textOf, titleOf := map[string]string{}, map[string]string{}
	for _, a := range articles {
		if a != nil {
			textOf[a.ID], titleOf[a.ID] = a.Text, a.Title
		}
	}
	// anyBefore reports whether the text before some mention of n (in
	// its title for a title mention) satisfies ok
	anyBefore := func(n *node, ok func(before string) bool) bool {
		an := analyses[n.ai]
		for _, mi := range n.mention {
			m := an.Mentions[mi]
			t := textOf[an.Article]
			if m.Field == kroniek.FieldTitle {
				t = titleOf[an.Article]
			}
			if m.Start > 0 && m.Start <= len(t) && ok(t[:m.Start]) {
				return true
			}
		}
		return false
	}
	particleBefore := func(n *node) bool {
		return anyBefore(n, func(t string) bool {
			before := strings.Fields(t[max(0, len(t)-8):])
			return len(before) > 0 && particles[strings.ToLower(before[len(before)-1])] && strings.HasSuffix(t, " ")
		})
	}
	// suffixSpelled keeps the candidates whose name ends in n's words as
	// spelled (a transliteration only across languages)
	suffixSpelled := func(n *node, cands []int) []int {
		var out []int
		for _, j := range cands {
			m := &nodes[j]
			if len(m.folds) < len(n.folds) {
				continue
			}
			if sameSpelling(n, m, n.folds, m.folds[len(m.folds)-len(n.folds):]) {
				out = append(out, j)
			}
		}
		return out
	}
	// 4a. a full name (two words or more, not starting with a particle)
	// is the same person as every longer name ending in it: Donald Trump,
	// a tagger's "Toen Donald Trump"
	for i := range nodes {
		n := &nodes[i]
		if len(n.words) < 2 || particles[n.words[0]] || !typesAgree(n.local.Type, kroniek.PER) {
			continue
		}
		for _, j := range suffixSpelled(n, bySuffix[strings.Join(n.words, " ")]) {
			u.join(j, i, "a longer form of")
		}
	}
	// workName holds the lone names written after an indefinite article
	// somewhere ("een echte Van Gogh", "een nieuwe Mulisch"): a work or a
	// type named after someone famous, whom the corpus need not name in
	// full; when the corpus writes it alone more often than the one full
	// name it could end, it is someone else (the painter, not Theo van
	// Gogh)
	workName := map[int]bool{}
	for i := range nodes {
		n := &nodes[i]
		if len(n.words) == 0 || len(n.words) > 3 || n.local.Type != kroniek.PER {
			continue
		}
		workName[i] = anyBefore(n, indefiniteBefore)
	}
	for i := range nodes {
		if workName[i] {
			workName[u.find(i)] = true
		}
	}
	// 4b. a last name alone (Michel, Von der Leyen) joins the dominant
	// person whose name ends in it, when something vouches for it
	byID := map[string]*kroniek.Article{}
	for _, a := range articles {
		if a != nil {
			byID[a.ID] = a
		}
	}
	articleOf := func(ai int) *kroniek.Article { return byID[analyses[ai].Article] }
	ctx := storyContext(nodes)
	for i := range nodes {
		n := &nodes[i]
		if len(n.words) == 0 || n.local.KB != "" && n.local.Type != kroniek.PER || isCaps(n.local.Name) || slices.ContainsFunc(n.local.Roles, func(r string) bool { return kinNouns[r] }) {
			continue // relatives ("de zussen Lobo") are not one person
		}
		// a name the article makes a place or a body (Zevenbergen the
		// town, De Nijs the builder) or a first name of many (Jan) is
		// left alone
		if (n.local.Type == kroniek.LOC || n.local.Type == kroniek.ORG) && len(n.local.Roles) == 0 || len(n.words) == 1 && firstName[n.words[0]] {
			continue
		}
		// the tagger's type of a lone last name is weak evidence (Baudet
		// as ORG); the dominance of one person decides. A Dutch family
		// name keeps its particle when it stands alone (Van Driel, never
		// Driel, for Bart van Driel): a name after a particle is no
		// short form
		cands := suffixSpelled(n, bySuffix[strings.Join(n.words, " ")])
		kept := cands[:0:0]
		for _, j := range cands {
			m := &nodes[j]
			if b := len(m.words) - len(n.words) - 1; b >= 1 && particles[m.words[b]] && !particles[n.words[0]] && !particleBefore(n) {
				continue
			}
			kept = append(kept, j)
		}
		cands = kept
		if len(cands) == 0 {
			continue
		}
		// a lone name with a role ("president Bouteflika") is the one
		// candidate the knowledge base knows (Abdelaziz Bouteflika, not
		// his brother Saïd) when the others are unknown to it
		if len(n.local.Roles) > 0 {
			known := slices.DeleteFunc(slices.Clone(cands), func(j int) bool { return !strings.HasPrefix(u.kbid[u.find(j)], "person:") })
			if len(known) > 0 && len(known) < len(cands) {
				if _, one := dominantComponent(u, nodes, known); one && len(uniqueRoots(u, known)) == 1 {
					cands = known
				}
			}
		}
		if _, ok := dominantComponent(u, nodes, cands); !ok {
			// the one person among them whose name opens with a given
			// name, named more often than the rest together and with a
			// role of the lone name's: "minister Wiebes" is Eric Wiebes,
			// never a "burgemeester Wiebes"
			given := slices.DeleteFunc(slices.Clone(cands), func(j int) bool {
				return len(nodes[j].folds) == 0 || !isGivenName(capitalised(nodes[j].folds[0]))
			})
			if len(given) > 0 && len(uniqueRoots(u, given)) == 1 && 2*mentionsOf(nodes, given) > mentionsOf(nodes, cands) && sharesRole(u, nodes, n, given[0]) &&
				!slices.ContainsFunc(cands, func(j int) bool {
					return !slices.Contains(given, j) && len(nodes[j].folds) > 0 && isGivenName(capitalised(nodes[j].folds[0]))
				}) {
				cands = given
			}
		}
		if r, ok := dominantComponent(u, nodes, cands); ok {
			// a place of that name that the corpus names often, or an
			// organisation named more often than the person, is not a
			// tagger's slip (Eindhoven is not Brainport Eindhoven)
			ri, rr := u.find(i), u.find(r)
			own, their := u.per[ri]+u.other[ri], u.per[rr]+u.other[rr]
			if u.typeClash(r, i) && (u.loc[ri]*2 > u.other[ri] && own*10 > their || own > their) {
				continue
			}
			if workName[ri] && own > their {
				continue // Van Gogh, more often alone than Theo van Gogh in full, is the painter
			}
			if !vouchedFor(u, nodes, n, cands, r, articleOf, ctx) {
				continue // Van der Meulen in a letter is not the Jacques van der Meulen of another article
			}
			u.join(r, i, "the last name of the one person in the corpus called")
		}
	}
	return build(nodes, u, analyses, dominant)
}

// placeWords are prepositions that put a place after them.
// townSquares are the squares and streets nearly every Dutch town has
// by the same name: the Markt of Middelburg is not that of Hengelo, so
// the name alone joins no two articles (but copies of one text).
var townSquares = setOf("markt", "plein", "brink", "kade", "singel", "haven", "stationsplein", "dorpsstraat", "kerkstraat",
	"hoofdstraat", "marktplein", "stationsstraat", "dorpsplein", "kerkplein", "raadhuisplein", "stadspark", "ring")

var placeWords = setOf("in", "te", "uit", "naar", "nabij", "rond", "rondom", "vanuit", "richting", "door")

// capitalised returns w with its first letter in capitals.
func capitalised(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// foldWords returns the folded words of a name, split as kb.Key splits
// them, so that they stand beside its key words.
func foldWords(name string) []string {
	f := strings.TrimSuffix(kb.Fold(name), "'s")
	return strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// sameSpelling reports whether two names (or parts of them) may be one
// name: in articles of different languages, with one transliteration key
// (Loekasjenko, Lukashenko); within one language, with one spellingKey
// (a name sounding like another is another name: Kuik, Cuijk, Quick).
func sameSpelling(a, b *node, fa, fb []string) bool {
	if a.lang != b.lang && a.lang != "" && b.lang != "" {
		return true
	}
	if len(fa) != len(fb) {
		return len(a.words) == len(b.words) && strings.Join(fa, "") == strings.Join(fb, "")
	}
	for i := range fa {
		if fa[i] != fb[i] && (spellingKey(fa[i]) != spellingKey(fb[i]) || unTransliterated(fa[i]) != unTransliterated(fb[i])) {
			return false
		}
	}
	return true
}

// unTransliterated returns which of the spellings q, ph, ck and an
// opening th a folded word has: Dutch, English and German transliterations of
// Cyrillic, Greek and Arabic names write none of them where another
// spelling has k, t or f (Sotsji, Sochi; Misjoestin, Mishustin), so two
// names of one language that differ in them are two names: Talis, the
// housing corporation, and Thalys, the train; Marqt and Markt; Kronyck
// and Kroniek.
func unTransliterated(w string) string {
	var b strings.Builder
	if strings.HasPrefix(w, "th") {
		b.WriteString("th") // an opening th only: Nazareth is Nazaret
	}
	for _, sp := range []string{"q", "ph", "ck"} {
		if strings.Contains(w, sp) {
			b.WriteString(sp)
		}
	}
	return b.String()
}

// spellingKey returns the transliteration key of a folded word that
// keeps a c or q before a vowel apart from k, doubled consonants apart
// from single ones and a final ie apart from i: one language spells a
// foreign name several ways (Loekasjenko, Lukashenko; Istanboel,
// Istanbul), but Kuik, Cuijk and Quick are three names, and so are
// Petter and Peter, Indi and Indië.
func spellingKey(w string) string {
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case (c == 'c' || c == 'q') && i+1 < len(w) && strings.IndexByte("aeiouy", w[i+1]) >= 0,
			// a doubled consonant (Petter is not Peter)
			i > 0 && c == w[i-1] && c >= 'a' && c <= 'z' && strings.IndexByte("aeiouy", c) < 0,
			// a final e after i (Indie, Indië, is not Indi)
			c == 'e' && i == len(w)-1 && i > 0 && w[i-1] == 'i':
			b.WriteByte(c - 'a' + 'A') // no key rule reads capitals
			continue
		}
		b.WriteByte(c)
	}
	return kb.WordKey(b.String())
}

// looseName is the key two transliterations of one foreign person name
// share: of a person of two or three words, each of four letters or more
// and none a particle, the consonants with an h after them (kh, dh),
// doubled letters and the vowels o/u and e/i folded together, each word
// keeping its first letter. It is "" for other names.
func looseName(n *node) string {
	if n.local.Type != kroniek.PER || len(n.folds) < 2 || len(n.folds) > 3 || len(n.folds) != len(n.words) {
		return ""
	}
	var b strings.Builder
	for i, w := range n.folds {
		if len(w) < 4 || particles[w] || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			return ""
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte(w[0])
		last := w[0]
		for j := 1; j < len(w); j++ {
			c := w[j]
			switch c {
			case 'h':
				if strings.IndexByte("aeiou", w[j-1]) < 0 {
					continue // kh, dh, gh, th
				}
			case 'o':
				c = 'u'
			case 'e', 'y', 'j':
				c = 'i'
			case 'q', 'c':
				c = 'k'
			}
			if c == last {
				continue
			}
			b.WriteByte(c)
			last = c
		}
	}
	return b.String()
}

// famousArticles is the number of articles (copies counted once) that
// name a person in full before a last name alone in any article is
// taken for that person without other evidence: Trump, Baudet and
// Wiebes are; a reader's Van der Meulen is not the Jacques van der
// Meulen of two other articles.
const famousArticles = 3

// vouchedFor reports whether the lone name n may join the component of
// r, one of cands (the full names ending in n's name): the knowledge base
// knows the person, n shares a role with the component ("minister
// Wiebes"), the two articles name the same others (one story), n's
// article writes the first word of one of its full names
// (a Frans van Benthem there makes a later Van Benthem his), or the corpus names the
// person in full in famousArticles articles or more. Two people of one
// family name in different articles are otherwise never one.
func vouchedFor(u *uf, nodes []node, n *node, cands []int, r int, articleOf func(int) *kroniek.Article, ctx *context) bool {
	rr := u.find(r)
	if strings.HasPrefix(u.kbid[rr], "person:") || sharesRole(u, nodes, n, r) {
		return true
	}
	for _, j := range cands {
		if u.find(j) == rr && len(nodes[j].words) >= 2 && ctx.shared(n.ai, nodes[j].ai, n.words[len(n.words)-1]) >= storyShared {
			return true // one story: both articles name the same others
		}
	}
	titles := map[string]bool{}
	var given []string
	for _, j := range cands {
		m := &nodes[j]
		if u.find(j) != rr || len(m.words) < 2 {
			continue
		}
		if a := articleOf(m.ai); a != nil {
			titles[a.Title+"\x00"+strconv.Itoa(len(a.Text))] = true
		}
		if first, _, ok := strings.Cut(m.local.Name, " "); ok && utf8.RuneCountInString(first) >= 2 && !particles[strings.ToLower(first)] {
			given = append(given, first) // Ad, Marischka: whatever opens the full name
		}
	}
	if len(titles) >= famousArticles {
		return true
	}
	if a := articleOf(n.ai); a != nil {
		for _, g := range given {
			if containsWord(a.Text, g) {
				return true
			}
		}
	}
	return false
}

// storyShared is how many named persons or bodies, none of them common
// in the corpus, two articles must share to tell one story.
const storyShared = 2

// context holds, per article, the names of its persons (by the key of
// the last word, so that Poetin alone and Vladimir Putin meet) and its
// bodies, and in how many articles each name stands.
type context struct {
	of map[int]map[string]bool // analysis index → name keys
	df map[string]int
}

func storyContext(nodes []node) *context {
	c := &context{of: map[int]map[string]bool{}, df: map[string]int{}}
	for i := range nodes {
		n := &nodes[i]
		if n.local.Type != kroniek.PER && n.local.Type != kroniek.ORG || len(n.words) == 0 {
			continue
		}
		k := n.key
		if n.local.Type == kroniek.PER {
			k = n.words[len(n.words)-1]
		}
		m := c.of[n.ai]
		if m == nil {
			m = map[string]bool{}
			c.of[n.ai] = m
		}
		if !m[k] {
			m[k] = true
			c.df[k]++
		}
	}
	return c
}

// shared counts the names articles a and b both have, but for the one
// being joined (self) and those more than a few dozen articles have (the
// cabinet, a big party, a common family name).
func (c *context) shared(a, b int, self string) int {
	if a == b {
		return 0
	}
	n := 0
	for k := range c.of[a] {
		if k != self && c.of[b][k] && c.df[k] <= 30 {
			n++
		}
	}
	return n
}

// containsWord reports whether w stands in text as a whole word.
func containsWord(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before, _ := utf8.DecodeLastRuneInString(text[:j])
		after, _ := utf8.DecodeRuneInString(text[j+len(w):])
		if (j == 0 || !unicode.IsLetter(before)) && (j+len(w) == len(text) || !unicode.IsLetter(after)) {
			return true
		}
		i = j + len(w)
	}
}

// dominantComponent returns the one component among the candidates' components,
// or one that has at least ten times the mentions of all the others
// together: a tagger's stray "Ivanka Trump" or "Amsterdam Baudet" does not
// keep "Trump" from Donald Trump, but Louis Michel named as often as
// Charles keeps "Michel" apart from both.
func dominantComponent(u *uf, nodes []node, cands []int) (int, bool) {
	weight := map[int]int{}
	for _, j := range cands {
		weight[u.find(j)] += max(len(nodes[j].mention), 1)
	}
	best, bestW, rest := -1, 0, 0
	for r, w := range weight {
		rest += w
		if w > bestW || w == bestW && r < best {
			best, bestW = r, w
		}
	}
	rest -= bestW
	return best, len(weight) == 1 || bestW >= 10*rest
}

// sharesRole reports whether a node of j's component has a role of n's.
func sharesRole(u *uf, nodes []node, n *node, j int) bool {
	if len(n.local.Roles) == 0 {
		return false
	}
	r := u.find(j)
	for k := range nodes {
		if u.find(k) == r && slices.ContainsFunc(nodes[k].local.Roles, func(x string) bool { return slices.Contains(n.local.Roles, x) }) {
			return true
		}
	}
	return false
}

// mentionsOf counts the mentions of the nodes ids (one at least each).
func mentionsOf(nodes []node, ids []int) int {
	n := 0
	for _, j := range ids {
		n += max(len(nodes[j].mention), 1)
	}
	return n
}

// uniqueRoots returns the components of the nodes ids.
func uniqueRoots(u *uf, ids []int) map[int]bool {
	out := map[int]bool{}
	for _, j := range ids {
		out[u.find(j)] = true
	}
	return out
}

// isCaps reports whether a name is written in capitals (an acronym).
func isCaps(name string) bool {
	return strings.HasPrefix(nameKey(name), "=") && strings.ToUpper(name) == name
}

// nameKey returns the words of a name's join key: transliteration keys,
// except for short names and acronyms, which keep their exact spelling
// (IQ is not Ik, VWS is not VS).
func nameKey(name string) string {
	if romanEnd(name) {
		// the key folds repeated letters: Rutte II is not Rutte III
		i := strings.LastIndexByte(name, ' ')
		return nameKey(name[:i]) + " " + name[i+1:]
	}
	letters, upper := kb.LetterCase(name)
	if letters < 5 || upper == letters {
		return "=" + strings.Join(strings.Fields(name), " ")
	}
	return kb.Key(name)
}

// sortedGroups returns the groups of a map in key order, for determinism.
func sortedGroups(m map[string][]int) [][]int {
	keys := make([]string, 0, len(m))
	for k, v := range m {
		if len(v) > 1 {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	out := make([][]int, len(keys))
	for i, k := range keys {
		out[i] = m[k]
	}
	return out
}

// retypeBarePersons gives a one-word name the tagger alone made a
// person the type the corpus gives it elsewhere: no role, no given name,
// no full name of a person opening or ending in it, and the same word typed a place
// or a body (never a thing) in twice as many other articles or more,
// three or more or one of them with a knowledge-base link. "Maasdriel zal ..."
// is the municipality that "in Maasdriel" names in another article.
func retypeBarePersons(nodes []node, analyses []*kroniek.Analysis) {
	personWords := map[string]bool{}
	bare := map[string][]int{}
	other := map[string]map[string]int{} // key -> type -> articles
	linked := map[string]bool{}
	for i, n := range nodes {
		if len(n.words) >= 2 && n.local.Type == kroniek.PER {
			personWords[n.words[len(n.words)-1]] = true
			personWords[n.words[0]] = true // Volkert of Volkert van der Graaf
		}
		if len(n.words) != 1 || n.key == "" {
			continue
		}
		switch n.local.Type {
		case kroniek.PER:
			bare[n.key] = append(bare[n.key], i)
		case kroniek.LOC, kroniek.ORG:
			if other[n.key] == nil {
				other[n.key] = map[string]int{}
			}
			other[n.key][n.local.Type]++
			linked[n.key] = linked[n.key] || n.local.KB != ""
		}
	}
	for _, k := range slices.Sorted(maps.Keys(bare)) {
		ids := bare[k]
		o := other[k]
		total := o[kroniek.LOC] + o[kroniek.ORG]
		if total < len(ids) || total < 2*len(ids) && o[kroniek.LOC] < len(ids) || total < 3 && !linked[k] && len(ids) > 1 || personWords[nodes[ids[0]].words[0]] {
			continue
		}
		weak := true
		for _, i := range ids {
			le := nodes[i].local
			if le.KB != "" || len(le.Roles) > 0 || isGivenName(le.Name) || strings.ToUpper(le.Name) == le.Name {
				weak = false
				break
			}
		}
		if !weak {
			continue
		}
		t := vote(o, []string{kroniek.LOC, kroniek.ORG})
		for _, i := range ids {
			n := &nodes[i]
			n.local.Type = t
			for _, mi := range n.mention {
				analyses[n.ai].Mentions[mi].Type = t
			}
		}
	}
}

// famousFull is the number of articles that must name a person in full
// (a given name and the family name) before the family name alone, which
// the tagger made a body or a place, is taken for a person.
const famousFull = 10

// retypeFamousNames gives a one-word name the tagger alone made a body or
// a place (no knowledge-base link, no role) the person's type when it is
// the family name of a person the corpus names in full in famousFull
// articles or more and in three times as many articles as it has such
// one-word bodies or places: "De vrouw die Baudet bedreigde", typed ORG
// in a whole article, is Thierry Baudet. A town (Beek) or a body of the
// same word in a few articles (Bos op het Plein, omroep Max) is never so
// famous a person's name.
func retypeFamousNames(nodes []node, analyses []*kroniek.Analysis) {
	full := map[string]map[int]bool{}   // family name -> articles naming a person in full
	bodies := map[string]map[int]bool{} // one word -> articles with it as a body or place
	for _, n := range nodes {
		if n.local.Type == kroniek.PER && len(n.words) >= 2 && !particles[n.words[0]] {
			last := n.words[len(n.words)-1]
			if full[last] == nil {
				full[last] = map[int]bool{}
			}
			full[last][n.ai] = true
		}
		if len(n.words) == 1 && (n.local.Type == kroniek.ORG || n.local.Type == kroniek.LOC) {
			if bodies[n.words[0]] == nil {
				bodies[n.words[0]] = map[int]bool{}
			}
			bodies[n.words[0]][n.ai] = true
		}
	}
	for i := range nodes {
		n := &nodes[i]
		if len(n.words) != 1 || n.local.Type != kroniek.ORG && n.local.Type != kroniek.LOC || n.local.KB != "" || len(n.local.Roles) > 0 ||
			strings.ToUpper(n.local.Name) == n.local.Name {
			continue
		}
		w := n.words[0]
		if f := len(full[w]); f < famousFull || f < 3*len(bodies[w]) {
			continue
		}
		n.local.Type = kroniek.PER
		for _, mi := range n.mention {
			analyses[n.ai].Mentions[mi].Type = kroniek.PER
		}
	}
}

// unlinkedPlace reports whether a is a place that bears the name of an
// organisation b links to the knowledge base, without that link: the
// article itself made it a place ("sportpark De Bijenkorf", "de wijk
// Feijenoord"), so it is not the shop or the club.
func unlinkedPlace(a, b *node) bool {
	return a.local.KB == "" && a.local.Type == kroniek.LOC && b.local.Type == kroniek.ORG && strings.HasPrefix(b.local.KB, "org:")
}

// typesAgree: persons only with persons; places, organisations and
// other names with each other (a capital is a place and a government).
func typesAgree(a, b string) bool {
	if a == b || a == kroniek.MISC || b == kroniek.MISC || a == "" || b == "" {
		return true
	}
	return a != kroniek.PER && b != kroniek.PER
}

// firstNamesAgree compares the first names of two full names: equal keys,
// an initial (A. Loekasjenko), or, for names of six letters or more, one
// letter apart (Aleksandr, Alexander) — but Maria is not Marina.
func firstNamesAgree(a, b []string) bool {
	fa, fb := a[0], b[0]
	if fa == fb {
		return true
	}
	if len(fa) == 0 || len(fb) == 0 || fa[0] != fb[0] {
		return false
	}
	if len(fa) == 1 || len(fb) == 1 {
		return true
	}
	return len(fa) >= 6 && len(fb) >= 6 && oneEditApart(fa, fb)
}

// initialsAgree reports whether two names, as folded words, open with the
// same letter where one opens with an initial: the transliteration key
// makes J and I one letter (Dmitrij, Dmitri), but J. van den Berg is no
// Irene van den Berg.
func initialsAgree(a, b []string) bool {
	fa, fb := a[0], b[0]
	if fa == "" || fb == "" || len(fa) > 1 && len(fb) > 1 {
		return true
	}
	return fa[0] == fb[0]
}

// middleInitialsAgree reports whether two full names do not name two
// people by the initials between first and last name: George H.W. Bush
// is the father of George W. Bush. A name without such initials (George
// Bush) agrees with both.
func middleInitialsAgree(a, b string) bool {
	ma, mb := middleInitials(a), middleInitials(b)
	return ma == "" || mb == "" || ma == mb
}

// middleInitials returns the letters of the initials between the first
// word and the last of a name ("George H.W. Bush": "HW"), "" when a
// middle word is no initial (Khalifa Belqasim Haftar) or there is none.
func middleInitials(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 3 {
		return ""
	}
	var b strings.Builder
	for _, w := range ws[1 : len(ws)-1] {
		for _, part := range strings.Split(strings.TrimSuffix(w, "."), ".") {
			r, size := utf8.DecodeRuneInString(part)
			if size == 0 || size != len(part) || !unicode.IsUpper(r) {
				return ""
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// oneEditApart reports whether a and b differ by at most one inserted,
// deleted or replaced byte.
func oneEditApart(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+min(1, len(a)-i):] == b[i+min(1, len(b)-i):]
	}
	return a[i:] == b[i+1:]
}

// build turns the components into entities and writes the ids back.
func build(nodes []node, u *uf, analyses []*kroniek.Analysis, dominant string) []*kroniek.Entity {
	comps := map[int][]int{}
	for i := range nodes {
		r := u.find(i)
		comps[r] = append(comps[r], i)
	}
	edgesOf := map[int][]edge{}
	for _, ed := range u.edges {
		r := u.find(ed.a)
		edgesOf[r] = append(edgesOf[r], ed)
	}
	type comp struct {
		canon string
		first string // smallest article id and local key: breaks ties in canon
		ids   []int
	}
	list := make([]comp, 0, len(comps))
	for r, ids := range comps {
		c := comp{canon: canonical(nodes, ids, u.kbid[r]), ids: ids}
		for _, i := range ids {
			f := analyses[nodes[i].ai].Article + "\x00" + nodes[i].local.Key
			if c.first == "" || f < c.first {
				c.first = f
			}
		}
		list = append(list, c)
	}
	slices.SortFunc(list, func(a, b comp) int {
		return cmp.Or(strings.Compare(a.canon, b.canon), cmp.Compare(a.first, b.first))
	})
	used := map[string]int{}
	localID := map[localRef]string{}
	var out []*kroniek.Entity
	for _, c := range list {
		id := entityID(c.canon)
		if n := used[id]; n > 0 {
			used[id]++
			id += "-" + string(rune('a'+n-1))
		} else {
			used[id] = 1
		}
		root := u.find(c.ids[0])
		e := &kroniek.Entity{ID: id, KB: u.kbid[root]}
		standsFor := map[string]int{}
		names := map[string]int{}
		domNames := map[string]int{}
		types := map[string]int{}
		countries := map[string]int{}
		aliases := map[string]bool{}
		for _, ni := range c.ids {
			n := nodes[ni]
			an := analyses[n.ai]
			localID[localRef{n.ai, n.local.Key}] = id
			w := len(n.mention)
			if w == 0 {
				w = 1
			}
			names[n.local.Name]++ // articles using the name
			if n.lang == dominant || n.lang == "" && dominant == "nl" {
				domNames[n.local.Name]++
			}
			types[n.local.Type] += w
			if n.local.Country != "" {
				countries[n.local.Country] += w
			}
			if n.local.StandsFor != "" {
				standsFor[n.local.StandsFor] += w
			}
			for _, l := range n.local.Links {
				e.Links = append(e.Links, kroniek.Link{Article: an.Article, Name: n.local.Name, Rule: l})
			}
			for _, mi := range n.mention {
				m := &an.Mentions[mi]
				if m.Article == "" {
					m.Article = an.Article
				}
				m.Entity = id
				aliases[m.Text] = true
				e.Mentions = append(e.Mentions, *m)
			}
		}
		e.Type = vote(types, []string{kroniek.PER, kroniek.ORG, kroniek.LOC, kroniek.MISC})
		if len(domNames) > 0 {
			names = domNames
		}
		// a person by the fullest name; a linked country or organisation
		// by its most frequent one (Duitsland, not Bondsrepubliek Duitsland)
		e.Name = pickName(names, e.Type == kroniek.PER || e.KB == "")
		e.Country = vote(countries, nil)
		e.StandsFor = vote(standsFor, nil)
		for _, ed := range edgesOf[root] {
			a, b := nodes[ed.a], nodes[ed.b]
			e.Links = append(e.Links, kroniek.Link{Article: analyses[b.ai].Article, Name: b.local.Name,
				Rule: ed.rule + " " + a.local.Name + " in " + analyses[a.ai].Article})
		}
		slices.SortStableFunc(e.Links, func(a, b kroniek.Link) int { return strings.Compare(a.Article, b.Article) })
		for a := range aliases {
			e.Aliases = append(e.Aliases, a)
		}
		slices.Sort(e.Aliases)
		if e.Aliases == nil {
			e.Aliases = []string{}
		}
		slices.SortStableFunc(e.Mentions, func(a, b kroniek.Mention) int {
			// a title's names first, then the text's, each by offset
			return cmp.Or(strings.Compare(a.Article, b.Article), strings.Compare(b.Field, a.Field), cmp.Compare(a.Start, b.Start))
		})
		e.Count = len(e.Mentions)
		out = append(out, e)
	}
	// what a place stands for: the government's entity where the corpus
	// has one, else its knowledge-base id
	byKB := map[string]string{}
	for _, e := range out {
		if e.KB != "" {
			byKB[e.KB] = e.ID
		}
	}
	for _, e := range out {
		if id, ok := byKB[seatOf(e.KB, e.StandsFor, byKB)]; ok {
			e.StandsFor = id
		}
	}
	for ai, an := range analyses {
		if an == nil {
			continue
		}
		stands := map[string]string{}
		for _, le := range an.Locals {
			if id, ok := byKB[seatOf(le.KB, le.StandsFor, byKB)]; ok {
				stands[le.Key] = id
			}
		}
		// events and speakers use what a place stands for (Moskou eist…)
		look := func(local string) string {
			if strings.HasPrefix(local, "generic:") {
				return local
			}
			if id, ok := stands[local]; ok {
				return id
			}
			return localID[localRef{ai, local}]
		}
		for qi := range an.Quotes {
			q := &an.Quotes[qi]
			if q.SpeakerLocal != "" {
				q.Speaker = look(q.SpeakerLocal)
			}
			for ci := range q.CoSpeakers {
				if c := &q.CoSpeakers[ci]; c.Local != "" {
					c.ID = look(c.Local)
				}
			}
		}
		for ei := range an.Events {
			ev := &an.Events[ei]
			ev.Actor = mapKeys(ev.ActorLocal, look)
			ev.Recipient = mapKeys(ev.RecipientLocal, look)
		}
	}
	slices.SortStableFunc(out, func(a, b *kroniek.Entity) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
	return out
}

func mapKeys(locals []string, look func(string) string) []string {
	if locals == nil {
		return nil
	}
	out := make([]string, 0, len(locals))
	for _, l := range locals {
		if id := look(l); id != "" {
			out = append(out, id)
		}
	}
	return out
}

// localRef names a local entity: analysis index and local key.
type localRef struct {
	ai  int
	key string
}

// canonical is what an entity id is a hash of: its knowledge-base id, or
// the type and key of its longest (then smallest) name.
func canonical(nodes []node, ids []int, kbid string) string {
	if kbid != "" {
		return "kb:" + kbid
	}
	best := ""
	bestWords := 0
	typ := map[string]int{}
	for _, i := range ids {
		n := nodes[i]
		typ[n.local.Type]++
		k := strings.Join(n.words, " ")
		if len(n.words) > bestWords || len(n.words) == bestWords && k < best {
			best, bestWords = k, len(n.words)
		}
	}
	t := vote(typ, []string{kroniek.PER, kroniek.ORG, kroniek.LOC, kroniek.MISC})
	if t != kroniek.PER {
		t = "NP" // non-person types may join each other; keep ids stable
	}
	return "key:" + t + ":" + best
}

func entityID(canon string) string {
	h := sha1.Sum([]byte(canon))
	return "e-" + hex.EncodeToString(h[:6])
}

// pickName returns the most frequent name; when full is set, the most
// frequent of those with two words or more (a person's full name, not a
// tagger's stray "Toen Donald Trump" that is fuller but rare). Ties go to
// the longer, then the smaller string.
func pickName(names map[string]int, full bool) string {
	best := ""
	// a full name of two words or more, no initial opening it (Theodor
	// Holman before T. Holman, the signature t.holman)
	multi := func(n string) bool {
		f := strings.Fields(n)
		return full && len(f) >= 2 && !(len(f[0]) == 2 && f[0][1] == '.')
	}
	for n, c := range names {
		if best == "" {
			best = n
			continue
		}
		mn, mb := multi(n), multi(best)
		if mn != mb {
			if mn {
				best = n
			}
			continue
		}
		cb := names[best]
		if c > cb || c == cb && (len(n) > len(best) || len(n) == len(best) && n < best) {
			best = n
		}
	}
	return best
}

// lowerWordsOf returns the folded words a text writes in lower case.
func lowerWordsOf(text string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			set[kb.Fold(w)] = true
		}
	}
	return set
}

// midCapWordsOf returns the folded words a text capitalises right after a
// word in lower case: mid-sentence, where a capital makes a name.
func midCapWordsOf(text string) map[string]bool {
	set := map[string]bool{}
	prevLower := false
	for _, w := range strings.FieldsFunc(text, unicode.IsSpace) {
		r, _ := utf8.DecodeRuneInString(w)
		if prevLower && unicode.IsUpper(r) {
			set[kb.Fold(strings.TrimRightFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))] = true
		}
		last, _ := utf8.DecodeLastRuneInString(w)
		prevLower = unicode.IsLower(r) && unicode.IsLetter(last)
	}
	return set
}

// placeAdjectiveBefore returns the capitalised adjective of a place
// ending the text before a name, after "de" or "het": "de Rotterdamse ",
// "het Japanse ".
func placeAdjectiveBefore(before string) (string, bool) {
	ws := strings.Fields(before[max(0, len(before)-40):])
	if len(ws) < 2 {
		return "", false
	}
	w, d := ws[len(ws)-1], ws[len(ws)-2]
	if d != "de" && d != "het" && d != "De" && d != "Het" {
		return "", false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || utf8.RuneCountInString(w) < 5 || !strings.HasSuffix(w, "se") || w == "Nederlandse" {
		return "", false
	}
	return w, true
}

// regionAdjective reports whether a place adjective names no country
// (Rotterdamse, Friese, Utrechtse), by the knowledge base's demonyms:
// those of a region of the Netherlands are no country's for a Dutch
// paper.
func regionAdjective(w string) bool {
	k, err := kb.Load()
	if err != nil {
		return false
	}
	for _, e := range k.Lookup(w) {
		if e.Kind == kb.KindDemonym && e.Country != "NL" {
			return false
		}
	}
	return true
}

// indefiniteBefore reports whether the text before a name ends in an
// indefinite article, perhaps with an adjective of type between: "een ",
// "een echte ", "Een ".
func indefiniteBefore(before string) bool {
	ws := strings.Fields(before[max(0, len(before)-30):])
	if len(ws) == 0 || !strings.HasSuffix(before, " ") {
		return false
	}
	last := ws[len(ws)-1]
	if last == "een" || last == "Een" {
		return true
	}
	return len(ws) >= 2 && (ws[len(ws)-2] == "een" || ws[len(ws)-2] == "Een") && typeAdjectives[last]
}

// typeAdjectives make a famous name a work or a type after "een": een
// echte Van Gogh, een nieuwe Cruijff, een late Rembrandt (never a
// description of the person: een zwetende Loekasjenko).
var typeAdjectives = setOf("echte", "nieuwe", "tweede", "ware", "heuse", "originele", "vroege", "late", "onbekende")

// provincialCouncils are the folded names of a province's councils,
// which every province has one of.
var provincialCouncils = setOf("provinciale staten", "gedeputeerde staten", "staten")

// provinceIDs are the knowledge base's Dutch provinces, by id; Utrecht,
// Groningen and Limburg, named like a city or a Belgian province, count
// only after "provincie" (provincesAfterNoun).
var provinceIDs = setOf("place:drenthe", "place:flevoland", "place:friesland", "place:gelderland", "place:noord-brabant",
	"place:noord-holland", "place:overijssel", "place:zeeland", "place:zuid-holland")

var provincesAfterNoun = setOf("Utrecht", "Groningen", "Limburg")

// dominantProvince returns the Dutch province an analysis names most,
// at least twice and more often than any other, or "".
func dominantProvince(an *kroniek.Analysis, text string) string {
	count := map[string]int{}
	for _, m := range an.Mentions {
		switch {
		case provinceIDs[m.KB]:
			count[m.KB]++
		case provincesAfterNoun[m.Text] && m.Field != kroniek.FieldTitle && m.Start <= len(text) && strings.HasSuffix(text[:m.Start], "provincie "):
			count["place:"+strings.ToLower(m.Text)]++
		}
	}
	best, second := "", 0
	for _, p := range slices.Sorted(maps.Keys(count)) {
		if c := count[p]; best == "" || c > count[best] {
			best, second = p, max(second, count[best])
		} else {
			second = max(second, c)
		}
	}
	if best == "" || count[best] < 2 || count[best] == second {
		return ""
	}
	return best
}

// compassDistricts are the names of city districts by a compass point,
// which many Dutch cities share (Amsterdam-Zuid, Rotterdam-Zuid).
var compassDistricts = setOf("noord", "zuid", "oost", "west", "noordoost", "noordwest", "zuidoost", "zuidwest",
	"nieuw-west", "centrum")

// dominantTown returns the Dutch town or city an analysis names most, more
// often than any other, or "".
func dominantTown(an *kroniek.Analysis) string {
	count := map[string]int{}
	for _, m := range an.Mentions {
		if strings.HasPrefix(m.KB, "municipality:nl:") || m.KB == "capital:NL" {
			count[m.KB]++
		}
	}
	best, second := "", 0
	for _, p := range slices.Sorted(maps.Keys(count)) {
		if c := count[p]; best == "" || c > count[best] {
			best, second = p, max(second, count[best])
		} else {
			second = max(second, c)
		}
	}
	if best == "" || count[best] == second {
		return ""
	}
	return best
}

// namedProvince returns the province that a mention of the council (the
// mentions ms of analysis an) names right after it: "de Provinciale
// Staten van Gelderland", "de Provinciale Staten in Limburg"; "" when
// none does.
func namedProvince(an *kroniek.Analysis, ms []int, text string) string {
	for _, mi := range ms {
		m := an.Mentions[mi]
		if m.Field == kroniek.FieldTitle || m.End > len(text) {
			continue
		}
		rest := text[m.End:]
		var gap string
		switch {
		case strings.HasPrefix(rest, " van "):
			gap = " van "
		case strings.HasPrefix(rest, " in "):
			gap = " in "
		default:
			continue
		}
		for _, p := range an.Mentions {
			if p.Field == kroniek.FieldTitle || p.Start != m.End+len(gap) {
				continue
			}
			if provinceIDs[p.KB] {
				return p.KB
			}
			if provincesAfterNoun[p.Text] {
				return "place:" + strings.ToLower(p.Text)
			}
		}
	}
	return ""
}

// ownerLost reports whether a one-word name without a knowledge-base
// link meets the same word linked to a body the knowledge base names
// with its owner before it (org:vn-veiligheidsraad for "Veiligheidsraad"):
// the local stage links the bare word only where its article names the
// owner (ownerUnnamed), so the unlinked one is another owner's body.
func ownerLost(a, b *node) bool {
	if len(a.words) != 1 || a.local.KB != "" || b.local.KB == "" || a.local.Type != kroniek.ORG {
		return false
	}
	id := b.local.KB
	i := strings.IndexByte(id, ':')
	if i < 0 || id[:i] != kb.KindOrg {
		return false
	}
	rest, name := id[i+1:], strings.ToLower(kb.Fold(a.local.Name))
	return strings.HasSuffix(rest, "-"+name) && len(rest) > len(name)+1
}

// seatOf is what a place of knowledge-base id place stands for: a
// capital used as an actor ("aldus Washington", "New Delhi wil") stands
// for its country's government where the corpus has that government's
// entity (org:kabinet-<cc>, "de Indiase regering"), else for the country
// (stands). Amsterdam is not the seat of the Dutch government, and
// Brussel as an actor is mostly the EU's, so their capitals keep the
// country.
func seatOf(place, stands string, byKB map[string]string) string {
	cc, ok := strings.CutPrefix(stands, "country:")
	if !ok || !strings.HasPrefix(place, "capital:") || cc == "NL" || cc == "BE" {
		return stands
	}
	if gov := "org:kabinet-" + strings.ToLower(cc); byKB[gov] != "" {
		return gov
	}
	return stands
}

// joinShortTails joins the nodes named by a short form to the long name
// that one or more articles shortened to it, when the corpus shortens it
// to no other name: an article writes "de Provinciale
// Statenverkiezingen" and then "de Statenverkiezingen", so another that
// writes only "de Statenverkiezingen" means them too. Only the last
// words of the long name count, of two words or of one long compound, no
// institution's short form (de Kamer, de Commissie, het Hof name a
// different body in each article), no person and no name the knowledge
// base knows.
func joinShortTails(nodes []node, u *uf) {
	longOf := map[string]map[string]bool{} // short key -> keys of the long names shortened to it
	nodeOf := map[string]int{}             // long key -> its first node
	for i, n := range nodes {
		for _, l := range n.local.Links {
			short, long, ok := strings.Cut(l, ": short form of ")
			if !ok || !shortTail(short, long) {
				continue
			}
			k := nameKey(short)
			if longOf[k] == nil {
				longOf[k] = map[string]bool{}
			}
			longOf[k][n.key] = true
			if _, seen := nodeOf[n.key]; !seen {
				nodeOf[n.key] = i
			}
		}
	}
	for i, n := range nodes {
		longs := longOf[n.key]
		if len(longs) != 1 || n.local.KB != "" || n.local.Type == kroniek.PER {
			continue
		}
		for long := range longs {
			if j := nodeOf[long]; !u.typeClash(i, j) {
				u.join(j, i, "the short form, as another article writes it, of")
			}
		}
	}
}

// shortTail reports whether short is the last words of long, two words
// or more or one word of twelve letters or more, and no institution's
// short form: "Statenverkiezingen" of "Provinciale Statenverkiezingen",
// "Haga Lyceum" of "Cornelius Haga Lyceum", not "Kamer" nor "Journaal".
func shortTail(short, long string) bool {
	sw, lw := strings.Fields(short), strings.Fields(long)
	if len(sw) == 0 || len(sw) >= len(lw) || strings.Join(lw[len(lw)-len(sw):], " ") != strings.Join(sw, " ") {
		return false
	}
	if len(sw) == 1 && (utf8.RuneCountInString(sw[0]) < 12 || institutionShort[strings.ToLower(sw[0])]) {
		return false
	}
	return true
}

// unlinkedPortfolio reports whether a is a portfolio's name the knowledge
// base left unlinked (Justitie, "minister van Justitie") and b a name it
// linked to a body that is no ministry: the prosecution that "volgens
// justitie" names is another body than the portfolio written the same
// way. A ministry ("minister van Financiën" beside the linked Financiën)
// still joins.
func unlinkedPortfolio(a, b *node) bool {
	return a.local.KB == "" && b.local.KB != "" && !strings.HasPrefix(b.local.KB, "org:min-") && isPortfolio(a.local.Name)
}
