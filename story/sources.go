package story

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/nl"
)

// sourceKeyer returns what the sources of a story of members ms are told
// apart by: an article's outlet; an article of no known outlet is one
// source with the others of no known outlet, "unknown", when some of the
// story's articles name their outlet. When none does (a folder of texts),
// each author, else each article, is a source of its own: lumped together
// they would hide how they name things differently (Wit-Rusland and
// Belarus in the seeds). Every renderer counts and lists these sources
// (SourceCount), so the report, the page and the JSON agree.
func sourceKeyer(ms []*member) func(*kroniek.Article) string {
	for _, m := range ms {
		if outletOf(m.a) != "" {
			return outletOf
		}
	}
	return func(a *kroniek.Article) string {
		if a.Author != "" {
			return "\x00author\x00" + a.Author
		}
		return "\x00article\x00" + a.ID
	}
}

// SourceCount is the number of a story's sources: the entries of its
// source comparison (Story.Sources, told apart by sourceKeyer); 0 for a
// story stored without one.
func SourceCount(s *kroniek.Story) int { return len(s.Sources) }

// sources compares the story's sources: their articles, first publication,
// the timeline items only they report, and the spelling each uses for
// entities that sources name differently. A source is an outlet; articles
// of no known outlet are shown with an empty Outlet, as one source or
// each as its own (sourceKeyer).
func (b *builder) sources(ms []*member, timeline []kroniek.TimelineItem) []kroniek.SourceView {
	sourceKey := sourceKeyer(ms)
	byOutlet := map[string]*kroniek.SourceView{}
	outletOfID := map[string]string{}
	var names []string
	for _, m := range ms {
		o := sourceKey(m.a)
		outletOfID[m.a.ID] = o
		v := byOutlet[o]
		if v == nil {
			v = &kroniek.SourceView{Outlet: outletOf(m.a)}
			byOutlet[o] = v
			names = append(names, o)
		}
		v.Articles = append(v.Articles, m.a.ID)
		if m.a.Published != "" && (v.First == "" || m.a.Published < v.First) {
			v.First = m.a.Published
		}
	}
	sort.Strings(names)
	if len(names) > 1 {
		for _, it := range timeline {
			o := outletOfID[it.Articles[0]]
			only := true
			for _, a := range it.Articles[1:] {
				if outletOfID[a] != o {
					only = false
					break
				}
			}
			if only && b.uniqueReadsAlone(ms, it) && !b.toldElsewhere(ms, sourceKey, o, it) && !b.toldInWords(ms, sourceKey, o, it) {
				byOutlet[o].Unique = append(byOutlet[o].Unique, it.Date+": "+it.Text)
			}
		}
		for entity, spellings := range b.naming(ms, sourceKey) {
			for o, sp := range spellings {
				v := byOutlet[o]
				if v.Naming == nil {
					v.Naming = map[string]string{}
				}
				v.Naming[entity] = sp
			}
		}
	}
	out := make([]kroniek.SourceView, len(names))
	for i, n := range names {
		out[i] = *byOutlet[n]
	}
	return out
}

// toldElsewhere reports whether a source other than o tells the timeline
// item it in words of its own: a sentence of another source's article
// dated the same by one of its time expressions shares two of the item's
// terms, besides the words of the date itself ("Bouteflika heeft maandag laten weten dat hij nog voor 28 april
// zijn functie neerlegt" against "De politicus kondigde maandag al aan dat
// hij op 28 april zou vertrekken"). The timeline merges the reports of one
// fact only when their words overlap much; "only in" claims less.
func (b *builder) toldElsewhere(ms []*member, sourceKey func(*kroniek.Article) string, o string, it kroniek.TimelineItem) bool {
	var terms map[string]bool
	for _, m := range ms {
		if m.an == nil || sourceKey(m.a) == o {
			continue
		}
		for _, t := range m.an.Times {
			if t.Value != it.Date || t.Field != "" {
				continue
			}
			sents := m.sentences()
			si := sentenceAt(sents, t.Start)
			if si < 0 {
				continue
			}
			if terms == nil {
				terms = termSet(b.opts.Terms(it.Text, m.a.Lang))
			}
			shared := 0
			when := termSet(b.opts.Terms(t.Text, m.a.Lang)) // the date's own words tell nothing
			for w := range termSet(b.opts.Terms(m.a.Text[sents[si].Start:sents[si].End], m.a.Lang)) {
				if terms[w] && !when[w] {
					shared++
				}
			}
			if shared >= 2 {
				return true
			}
		}
	}
	return false
}

// uniqueReadsAlone reports whether the timeline item it, offered as a
// fact only one source tells, reads on its own by the summary's tests
// (readsAlone): the timeline keeps "Maar tijdens de bekerwedstrijd werd
// er nog meer vuurwerk afgestoken" beside the entries around it, but
// under "only in", cut from them, it says nothing. An item whose sentence
// cannot be found in its first article is kept.
func (b *builder) uniqueReadsAlone(ms []*member, it kroniek.TimelineItem) bool {
	m := memberOf(ms, it.Articles[0])
	if m == nil {
		return true
	}
	text := strings.TrimSuffix(it.Text, "…")
	key := text[:min(len(text), 40)]
	for _, s := range m.sentences() {
		own := strings.Join(strings.Fields(m.a.Text[s.Start:s.End]), " ")
		if strings.HasPrefix(strings.Join(strings.Fields(m.a.Text[s.Start:min(len(m.a.Text), s.End+len(key))]), " "), key) ||
			strings.Contains(own, key) {
			// Only the item's first sentence: a second one the timeline
			// joined to it leans on it by design ("… Krol gaat als
			// informateur aan de slag. Water Natuurlijk kwam gisteren met
			// die verrassende keus.").
			return b.readsAlone(ms, m, s, own)
		}
	}
	return true
}

// memberOf returns the member of article id, or nil.
func memberOf(ms []*member, id string) *member {
	for _, m := range ms {
		if m.a.ID == id {
			return m
		}
	}
	return nil
}

// toldInWords reports whether a source other than o has a sentence, dated
// or not, that shares at least three of the timeline item's terms and
// half of them: the same fact told without a date of its own ("Jansen
// maakte gisteren wél indruk in een fel debat met De Vries" against "Hij
// maakte wél indruk in een fel debat met De Vries"). toldElsewhere asks
// less of a sentence dated the same. Two thirds (tried) kept two facts
// told elsewhere and still took "De vrouw uit Ede die werd aangehouden,
// is gisteren vrijgelaten" for the arrest told elsewhere.
func (b *builder) toldInWords(ms []*member, sourceKey func(*kroniek.Article) string, o string, it kroniek.TimelineItem) bool {
	var terms map[string]bool
	for _, m := range ms {
		if m.an == nil || sourceKey(m.a) == o {
			continue
		}
		if terms == nil {
			terms = termSet(b.opts.Terms(it.Text, m.a.Lang))
			if len(terms) < 3 {
				return false
			}
		}
		for _, s := range m.sentences() {
			shared := 0
			for w := range termSet(b.opts.Terms(m.a.Text[s.Start:s.End], m.a.Lang)) {
				if terms[w] {
					shared++
				}
			}
			if shared >= 3 && 2*shared >= len(terms) {
				return true
			}
		}
	}
	return false
}

// naming returns, for each entity that outlets name differently (beyond
// inflection or a shorter form of the same name), the spelling each
// outlet uses most: display name -> outlet -> spelling.
func (b *builder) naming(ms []*member, sourceKey func(*kroniek.Article) string) map[string]map[string]string {
	// entity -> outlet -> key -> count; key -> most used surface form.
	counts := map[string]map[string]map[string]int{}
	surface := map[string]map[string]int{}
	display := map[string]string{}
	demonyms := map[string]bool{} // mention text -> an inhabitant name, asked once
	for _, m := range ms {
		if m.an == nil {
			continue
		}
		o := sourceKey(m.a)
		for _, mn := range m.an.Mentions {
			if mn.Entity == "" || mn.Text == "" {
				continue
			}
			demonym, ok := demonyms[mn.Text]
			if !ok {
				demonym = isDemonym(mn.Text)
				demonyms[mn.Text] = demonym
			}
			if demonym {
				// "Fransen" names the French, not France: no spelling of
				// the country to compare.
				continue
			}
			key := spellingKey(mn.Text)
			if counts[mn.Entity] == nil {
				counts[mn.Entity] = map[string]map[string]int{}
			}
			if counts[mn.Entity][o] == nil {
				counts[mn.Entity][o] = map[string]int{}
			}
			counts[mn.Entity][o][key]++
			if surface[key] == nil {
				surface[key] = map[string]int{}
			}
			surface[key][strings.TrimSpace(mn.Text)]++
			if _, ok := display[mn.Entity]; !ok {
				display[mn.Entity] = mn.Text
				if e := b.entities[mn.Entity]; e != nil {
					display[mn.Entity] = e.Name
				}
			}
		}
	}
	out := map[string]map[string]string{}
	for entity, byOutlet := range counts {
		if len(byOutlet) < 2 {
			continue
		}
		preferred := map[string]string{}
		names := []string{spellingKey(display[entity])}
		for o, keys := range byOutlet {
			preferred[o] = argmax(keys)
			for k := range keys {
				names = append(names, k)
			}
		}
		listed := apart(byOutlet, preferred, names)
		if len(listed) == 0 {
			continue
		}
		spell := map[string]string{}
		for o := range listed {
			spell[o] = argmax(surface[preferred[o]])
		}
		out[display[entity]] = spell
	}
	return out
}

// spellingKey folds a mention for comparing spellings: lowercased, without
// diacritics, a possessive 's and hyphens ("bisdom Haarlem-Amsterdam" is
// "bisdom Haarlem Amsterdam").
func spellingKey(s string) string {
	k := nl.Fold(strings.TrimSpace(s))
	for _, suf := range []string{"’s", "'s", "’", "'"} {
		k = strings.TrimSuffix(k, suf)
	}
	return strings.Join(strings.FieldsFunc(k, func(r rune) bool { return r == ' ' || r == '-' || r == '–' }), " ")
}

// apart returns the sources that name the entity apart from another: each
// of the two prefers a spelling the other never uses, and the two are not
// forms of one name (sameName, over names: every spelling of the entity in
// the story and its display name). Sources that each write "VS",
// "Verenigde Staten" and "Amerika" and merely prefer different ones name
// the country alike, and a source that writes every spelling is apart
// from none; so are one that writes "Forum" and one that writes "FvD" for
// Forum voor Democratie, or "Armina" and "Hambartsjumian" for Armina
// Hambartsjumian. None when no two sources are apart.
func apart(byOutlet map[string]map[string]int, preferred map[string]string, names []string) map[string]bool {
	listed := map[string]bool{}
	for o, k := range preferred {
		for other, ok := range preferred {
			if other == o || ok == k || byOutlet[other][k] > 0 || byOutlet[o][ok] > 0 {
				continue
			}
			if !sameName(k, ok, names) {
				listed[o], listed[other] = true, true
			}
		}
	}
	return listed
}

// sameName reports whether spellings a and b are forms of one name: one
// holds the other, or abbreviates it (FvD: Forum voor Democratie), or both
// are parts of one of names (first name and surname, short form and
// initials of one long name).
func sameName(a, b string, names []string) bool {
	if strings.Contains(a, b) || strings.Contains(b, a) || acronym(a, b) || acronym(b, a) {
		return true
	}
	for _, n := range names {
		if partOf(a, n) && partOf(b, n) {
			return true
		}
	}
	return false
}

// partOf reports whether spelling x is a part of the name n: its words
// are words of n, or it is made of n's initials.
func partOf(x, n string) bool {
	if acronym(x, n) {
		return true
	}
	words := strings.Fields(n)
	for _, w := range strings.Fields(x) {
		if !slices.Contains(words, w) {
			return false
		}
	}
	return true
}

// isDemonym tells whether a mention is only an inhabitant name or
// adjective of a country in the knowledge base (Fransen, Amerikanen;
// not Polen, which is the country too).
func isDemonym(text string) bool {
	k, err := kb.Load()
	if err != nil {
		return false
	}
	es := k.Lookup(text)
	for _, e := range es {
		if e.Kind != kb.KindDemonym {
			return false
		}
	}
	return len(es) > 0
}

// acronym reports whether short is made of the initials of long's words
// (fvd: forum voor democratie, pvdd: partij voor de dieren).
func acronym(short, long string) bool {
	words := strings.FieldsFunc(long, func(r rune) bool { return r == ' ' || r == '-' })
	if len(words) < 2 || len(words) != utf8.RuneCountInString(short) {
		return false
	}
	i := 0
	for _, r := range short {
		first, _ := utf8.DecodeRuneInString(words[i])
		if first != r {
			return false
		}
		i++
	}
	return true
}

// argmax returns the key with the highest count, the smallest on ties.
func argmax(m map[string]int) string {
	best, bestN := "", -1
	for k, n := range m {
		if n > bestN || n == bestN && k < best {
			best, bestN = k, n
		}
	}
	return best
}

// formatValue prints a figure's value without trailing zeros.
func formatValue(v float64) string {
	return strconv.FormatFloat(v, 'g', -1, 64)
}
