package resolve

import (
	"sort"
	"strconv"
	"strings"

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
	keyOf := func(c *cand) string {
		if c.entry != nil && !c.weak {
			return "kb:" + c.entry.ID
		}
		return "n:" + strings.Join(nameWords(c.text(doc)), " ")
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
		if w := nameWords(c.text(doc)); len(w) > len(g.words) {
			g.words = w
		}
	}
	// short forms: a name that is the last word(s) of exactly one longer
	// person name in the article joins it (Loekasjenko, Michel).
	isPer := func(g *grp) bool {
		if g.entry != nil {
			return g.entry.Type == kroniek.PER
		}
		per, other := 0, 0
		for _, i := range g.members {
			if cs[i].typ == kroniek.PER || cs[i].role != "" {
				per++
			} else if cs[i].typ != "" {
				other++
			}
		}
		return per >= other && (per > 0 || len(g.words) >= 2)
	}
	merged := map[*grp]*grp{}
	for _, g := range groups {
		if g.entry != nil && g.entry.Kind != kb.KindPerson {
			continue
		}
		var target *grp
		n := 0
		for _, h := range groups {
			if h == g || len(h.words) <= len(g.words) || !isPer(h) || !hasSuffix(h.words, g.words) {
				continue
			}
			if g.entry != nil && h.entry != nil && g.entry != h.entry {
				continue
			}
			target = h
			n++
		}
		if n == 1 {
			merged[g] = target
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
	for _, g := range groups {
		if h := final(g); h != g {
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
		for _, i := range g.members {
			c := &cs[i]
			t := c.text(doc)
			if c.metonym {
				metonyms = append(metonyms, t)
			} else {
				texts = append(texts, t)
			}
			if c.typ != "" {
				types[c.typ]++
			}
			if c.role != "" {
				types[kroniek.PER]++
				le.Roles = appendUnique(le.Roles, c.role)
			}
			if c.country != "" {
				countries[c.country]++
			}
			m := kroniek.Mention{Start: c.start, End: c.end, Text: t, Type: c.typ, Local: key, Role: c.role}
			if g.entry != nil {
				m.KB = g.entry.ID
			}
			mentions = append(mentions, m)
		}
		le.Name = fullest(texts)
		if le.Name == "" && g.entry != nil {
			le.Name = g.entry.Name // only metonyms: name what they stand for
		}
		if le.Name == "" {
			le.Name = fullest(metonyms)
		}
		if g.entry != nil {
			le.KB, le.Type, le.Country = g.entry.ID, g.entry.Type, g.entry.Country
		}
		if le.Type == "" {
			le.Type = vote(types, []string{kroniek.PER, kroniek.ORG, kroniek.LOC, kroniek.MISC})
		}
		if le.Type == "" {
			le.Type = kroniek.MISC
		}
		if le.Country == "" && le.Type == kroniek.PER {
			le.Country = vote(countries, nil) // "de Russische president"
		}
		locals = append(locals, le)
	}
	sort.SliceStable(mentions, func(i, j int) bool { return mentions[i].Start < mentions[j].Start })
	return locals, mentions
}

// nameWords returns the folded, space-separated words of a name
// (Wit-Rusland is one word: Rusland is not its last name).
func nameWords(s string) []string {
	return strings.Fields(kb.Fold(s))
}

func hasSuffix(long, short []string) bool {
	if len(short) == 0 || len(short) >= len(long) {
		return false
	}
	off := len(long) - len(short)
	for i, w := range short {
		if long[off+i] != w {
			return false
		}
	}
	return true
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
