package resolve

import (
	"sort"
	"strconv"
	"strings"
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
	metonym    bool // Moskou, het Kremlin standing for a government
	role       string
	country    string // affiliation from a demonym before the name
	group      int
}

func (c *cand) text(doc *nl.Doc) string { return doc.Text[c.start:c.end] }

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
// the mentions sorted by offset with Local set. k may be nil.
func Local(doc *nl.Doc, tagged []kroniek.Mention, k *kb.KB) ([]kroniek.LocalEntity, []kroniek.Mention) {
	if doc == nil {
		return nil, nil
	}
	var matches []kb.Match
	if k != nil {
		matches = k.Match(doc)
	}
	var cands []cand
	var affixes []affix
	for _, m := range matches {
		e := m.Entries[0]
		switch e.Kind {
		case kb.KindRole, kb.KindDemonym:
			affixes = append(affixes, affix{start: m.Start, end: m.End, tok: m.Tok, tokEnd: m.TokEnd,
				kind: e.Kind, country: e.Country, text: doc.Text[m.Start:m.End]})
			continue
		}
		c := cand{start: m.Start, end: m.End, fromKB: true}
		linkMatch(&c, doc, m, k)
		cands = append(cands, c)
	}
	for _, t := range tagged {
		c, ok := cleanTagged(doc, t, affixes)
		if !ok {
			continue
		}
		cands = mergeTagged(doc, cands, c)
	}
	cands = splitCompounds(doc, cands, k)
	cands = dropInitials(doc, cands)
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].start < cands[j].start })
	cands = dropOverlaps(cands)
	attachAffixes(doc, cands, affixes)
	stripPossessiveS(doc, cands, k)
	return group(doc, cands)
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
		t := k.Resolve(e)
		c.entry, c.typ, c.metonym = t, t.Type, true
	case (e.Kind == kb.KindCapital || e.Kind == kb.KindCity) && e.Target != "":
		if locative(doc, m.Tok) {
			c.entry, c.typ = e, kroniek.LOC
		} else {
			t := k.Resolve(e)
			c.entry, c.typ, c.metonym = t, t.Type, true
		}
	default:
		c.entry, c.typ = e, e.Type
	}
}

// locativePreps are words after which a capital is a place, not its
// government: "in Minsk", "naar Moskou".
var locativePreps = setOf("in", "te", "naar", "uit", "vanuit", "bij", "nabij", "rond", "rondom",
	"buiten", "richting", "via", "tot", "langs", "hoofdstad", "stad", "centrum", "straten",
	"omgeving", "inwoners", "burgemeester", "hartje", "rand", "buitenwijken", "luchthaven", "oosten",
	"westen", "noorden", "zuiden",
	"at", "to", "from", "near", "outside", "into", "capital", "city", "nach", "aus", "im", "bei", "vor",
	"hauptstadt", "dans", "à", "vers")

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
// never stripped as function words.
var particles = setOf("de", "het", "van", "der", "den", "ter", "ten", "te", "von", "la", "le", "du",
	"di", "da", "del", "el", "al", "'t")

// roleHeads end Dutch compound titles: VVD-leider, Verkeersminister,
// CDA-fractievoorzitter, oud-premier.
var roleHeads = []string{"minister", "leider", "voorzitter", "premier", "president", "woordvoerder",
	"woordvoerster", "voorman", "voorvrouw", "kopstuk", "coryfee", "chef", "topman", "topvrouw",
	"directeur", "commissaris", "secretaris", "burgemeester", "wethouder", "ambassadeur", "generaal",
	"kandidaat", "lijsttrekker", "senator", "kamerlid", "coach", "trainer", "aanvoerder", "advocaat",
	"rechter", "hoogleraar", "onderzoeker", "deskundige", "econoom", "analist", "activist", "journalist",
	"frontman", "prominent", "politicus", "ceo", "baas", "kanselier", "diplomaat", "gezant"}

// roleCompound reports whether a lower-cased word is a title: a role
// head alone or at the end of a compound.
func roleCompound(w string) bool {
	for _, h := range roleHeads {
		if strings.HasSuffix(w, h) {
			return true
		}
	}
	return false
}

// cleanTagged trims a tagger mention: leading determiners, roles and
// demonyms ("Russische president Vladimir Poetin"), a possessive ’s, and
// mentions that are only a role or a demonym.
func cleanTagged(doc *nl.Doc, t kroniek.Mention, affixes []affix) (cand, bool) {
	start, end := t.Start, t.End
	if start < 0 || end > len(doc.Text) || start >= end {
		return cand{}, false
	}
	c := cand{typ: t.Type}
	for {
		moved := false
		for _, a := range affixes {
			// a role may begin before the tagger's span: "minister van
			// [Buitenlandse Zaken Blok]"
			if a.start <= start && start < a.end && a.end < end {
				if a.kind == kb.KindDemonym && !demonymBeforeName(doc, a, affixes, c.typ) {
					continue // Frans Timmermans: a first name, not French
				}
				if a.kind == kb.KindRole {
					c.role = strings.ToLower(a.text)
				} else {
					c.country = a.country
				}
				start = skipSpace(doc.Text, a.end)
				moved = true
			}
			if a.start == start && a.end >= end {
				return cand{}, false // only a role or a demonym
			}
		}
		if sp := strings.IndexByte(doc.Text[start:end], ' '); sp > 0 {
			w := doc.Text[start : start+sp]
			switch lw := strings.ToLower(w); {
			case determiners[w]: // a lower-case article: "de Europese Unie"
				start = skipSpace(doc.Text, start+sp)
				moved = true
			case !particles[lw] && lw != "ben" && nl.IsStopword(lw) && startsSentence(doc, start):
				// a capitalised function word before a name: "Mocht Mark Rutte"
				start = skipSpace(doc.Text, start+sp)
				moved = true
			case roleCompound(lw):
				// "VVD-leider Mark Rutte", "Verkeersminister Cora van Nieuwenhuizen"
				c.role = lw
				start = skipSpace(doc.Text, start+sp)
				moved = true
			}
		}
		if !moved || start >= end {
			break
		}
	}
	if start >= end {
		return cand{}, false
	}
	// symbols and punctuation the tagger took along ("Belarus⚪️🔴⚪️")
	for end > start {
		r, n := utf8.DecodeLastRuneInString(doc.Text[start:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' {
			break
		}
		end -= n
	}
	txt := doc.Text[start:end]
	for _, suf := range []string{"’s", "'s", "ʼs"} {
		if strings.HasSuffix(txt, suf) && len(txt) > len(suf)+1 {
			end -= len(suf)
			break
		}
	}
	r, _ := utf8.DecodeRuneInString(doc.Text[start:end])
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return cand{}, false
	}
	c.start, c.end = start, end
	return c, true
}

// demonymBeforeName reports whether demonym a at the start of a tagged
// name qualifies it ("Russische president Poetin", "Franse Macron")
// rather than being part of it (Frans Timmermans): it is inflected, or a
// role follows, or the name is not a person.
func demonymBeforeName(doc *nl.Doc, a affix, affixes []affix, typ string) bool {
	if typ != kroniek.PER || strings.HasSuffix(a.text, "e") {
		return true
	}
	for _, b := range affixes {
		if b.kind == kb.KindRole && b.tok == a.tokEnd {
			return true
		}
	}
	return false
}

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
		i++
	}
	return i
}

// mergeTagged adds tagger mention c to cands, deciding overlaps with
// knowledge-base matches: the knowledge base wins when its span covers
// the tagger's, or when the tagger's extends it only by a lower-case
// compound part (NAVO-troepen); the tagger wins when it saw a longer
// name (Frans Timmermans over the demonym Frans, Bank of England).
func mergeTagged(doc *nl.Doc, cands []cand, c cand) []cand {
	var inside []int
	for i := range cands {
		k := &cands[i]
		if !k.fromKB || k.end <= c.start || c.end <= k.start {
			continue
		}
		if k.start <= c.start && c.end <= k.end {
			if k.typ == "" {
				k.typ = c.typ
			}
			return cands // the knowledge base already has it
		}
		if k.start == c.start && isPossessiveTail(doc.Text[k.end:c.end]) {
			return cands // Poetins: the knowledge base dropped the s
		}
		if c.start <= k.start && k.end <= c.end && onlyFunctionWords(doc.Text[c.start:k.start]+" "+compoundTail(doc.Text[k.end:c.end])) {
			return cands // "De Europese Unie": the knowledge base's name
		}
		if c.start <= k.start && k.end <= c.end {
			inside = append(inside, i)
			continue
		}
		return cands // crossing spans: trust the knowledge base
	}
	if len(inside) > 1 {
		// the tagger ran two names together ("het Kremlin Wit-Rusland …"):
		// when the knowledge base's names and function words make up the
		// whole span, they stand
		var b strings.Builder
		at := c.start
		for _, i := range inside {
			b.WriteString(doc.Text[at:cands[i].start])
			b.WriteByte(' ')
			at = cands[i].end
		}
		b.WriteString(doc.Text[at:c.end])
		if onlyFunctionWords(b.String()) {
			return cands
		}
	}
	if len(inside) > 0 {
		rest := doc.Text[c.start:c.end]
		// NAVO-troepen, EU-top, pro-Loekasjenko: compounds keep the name
		if !strings.Contains(rest, " ") && strings.ContainsAny(rest, "-‐‑") {
			return cands
		}
		if len(inside) == 1 && cands[inside[0]].start == c.start && cands[inside[0]].end == c.end {
			return cands
		}
		// the tagger's longer name wins; drop the matches it covers
		out := cands[:0]
		for i, k := range cands {
			if contains(inside, i) {
				continue
			}
			out = append(out, k)
		}
		cands = out
	}
	return append(cands, c)
}

// compoundTail removes a lower-case compound tail that follows a name
// ("-debat" of "Tweede Kamer-debat") from the start of s.
func compoundTail(s string) string {
	_, w := utf8.DecodeRuneInString(s)
	if s == "" || !strings.ContainsRune("-‐‑", []rune(s)[0]) {
		return s
	}
	i := w
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLower(r) {
			break
		}
		i += n
	}
	if i == w {
		return s
	}
	return s[i:]
}

// onlyFunctionWords reports whether s has only Dutch function words.
func onlyFunctionWords(s string) bool {
	for _, w := range strings.Fields(s) {
		if !nl.IsStopword(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

func isPossessiveTail(s string) bool {
	return s == "s" || s == "’s" || s == "'s"
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

// dropInitials drops mentions with fewer than two letters ("P.", "K."):
// an initial alone names nobody.
func dropInitials(doc *nl.Doc, cs []cand) []cand {
	out := cs[:0]
	for _, c := range cs {
		letters := 0
		for _, r := range c.text(doc) {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				letters++
			}
		}
		if letters >= 2 {
			out = append(out, c)
		}
	}
	return out
}

// dropOverlaps keeps the first of overlapping mentions (sorted by start).
func dropOverlaps(cs []cand) []cand {
	out := cs[:0]
	lastEnd := -1
	for _, c := range cs {
		if c.start < lastEnd {
			continue
		}
		out = append(out, c)
		lastEnd = c.end
	}
	return out
}

// startsSentence reports whether a sentence of doc starts at off.
func startsSentence(doc *nl.Doc, off int) bool {
	i := sort.Search(len(doc.Sentences), func(i int) bool { return doc.Sentences[i].Start >= off })
	if i < len(doc.Sentences) && doc.Sentences[i].Start == off {
		return true
	}
	// quotes and dashes may open a sentence before its first word
	if i > 0 {
		toks := doc.Sentences[i-1].Tokens
		for _, t := range toks {
			if t.Start == off {
				return true
			}
			if t.Kind == nl.Word || t.Kind == nl.Number {
				break
			}
		}
	}
	return false
}

// tokenIndex returns the index of the token that starts at or contains
// byte offset off, or -1.
func tokenIndex(doc *nl.Doc, off int) int {
	i := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].End > off })
	if i < len(doc.Tokens) && doc.Tokens[i].Start <= off {
		return i
	}
	return -1
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
	for i := range cs {
		c := &cs[i]
		ti := tokenIndex(doc, c.start)
		if ti < 0 || doc.Tokens[ti].Start != c.start {
			continue
		}
		if c.role == "" && (c.entry == nil || c.entry.Kind == kb.KindPerson) {
			if role, country, ok := roleOf(doc, cs, byEnd, affixes, ti); ok {
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
// Rusland Poetin". It returns the role as written (role word lower-cased),
// and the country when the organisation is a country.
func roleOf(doc *nl.Doc, cs []cand, byEnd map[int]int, affixes []affix, ti int) (string, string, bool) {
	j := ti
	if j > 0 && doc.Tokens[j-1].Text == "," {
		j--
	}
	var org *cand
	for i := range cs {
		o := &cs[i]
		if o.entry != nil && o.entry.Kind != kb.KindPerson && j > 0 && o.end == doc.Tokens[j-1].End {
			org = o
			break
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

// stripPossessiveS drops the s of a possessive without apostrophe
// (Poetins, Wit-Ruslands) when the name without it is known: from the
// knowledge base or as another mention in the article.
func stripPossessiveS(doc *nl.Doc, cs []cand, k *kb.KB) {
	known := map[string]bool{}
	for _, c := range cs {
		t := kb.Fold(c.text(doc))
		known[t] = true
		if i := strings.LastIndexByte(t, ' '); i >= 0 {
			known[t[i+1:]] = true
		}
	}
	for i := range cs {
		c := &cs[i]
		t := c.text(doc)
		if c.fromKB || len(t) < 5 || t[len(t)-1] != 's' {
			continue
		}
		stem := t[:len(t)-1]
		if known[kb.Fold(stem)] || (k != nil && (len(k.Lookup(stem)) > 0 || len(k.LookupPerson(stem)) > 0)) {
			c.end--
		}
	}
}

// splitCompounds turns a tagger mention that is one hyphenated word into
// the name inside it, when that name is known in the article or the
// knowledge base: pro-Loekasjenkobijeenkomst → Loekasjenko,
// anti-Loekasjenko → Loekasjenko. Unknown compounds are dropped rather
// than kept whole.
func splitCompounds(doc *nl.Doc, cs []cand, k *kb.KB) []cand {
	known := map[string]bool{}
	for _, c := range cs {
		t := c.text(doc)
		if strings.ContainsAny(t, "-‐‑") && !strings.Contains(t, " ") {
			continue
		}
		known[kb.Fold(t)] = true
		if i := strings.LastIndexByte(t, ' '); i >= 0 {
			known[kb.Fold(t[i+1:])] = true
		}
	}
	covered := func(start, end int) bool {
		for _, c := range cs {
			if c.start < end && start < c.end {
				return true
			}
		}
		return false
	}
	// untagged compounds: pro-Loekasjenkobijeenkomst, anti-Poetinbetoging
	var extra []cand
	for _, tok := range doc.Tokens {
		if tok.Kind != nl.Word || !strings.ContainsAny(tok.Text, "-‐‑") || covered(tok.Start, tok.End) {
			continue
		}
		for i, r := range tok.Text {
			if r != '-' && r != '‐' && r != '‑' {
				continue
			}
			rest := tok.Text[i+utf8.RuneLen(r):]
			if r2, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r2) {
				continue
			}
			if cut, _ := hyphenCut(rest); cut >= 0 {
				rest = rest[:cut]
			}
			if n := knownPrefix(rest, known); n > 0 {
				ps := tok.Start + i + utf8.RuneLen(r)
				c := cand{start: ps, end: ps + n}
				if k != nil {
					for _, e := range k.Lookup(rest[:n]) {
						if e.Kind != kb.KindRole && e.Kind != kb.KindDemonym {
							c.entry, c.typ, c.fromKB = e, e.Type, true
							break
						}
					}
				}
				extra = append(extra, c)
				break
			}
		}
	}
	out := cs[:0]
	for _, c := range cs {
		t := c.text(doc)
		if c.fromKB || strings.Contains(t, " ") || !strings.ContainsAny(t, "-‐‑") {
			out = append(out, c)
			continue
		}
		if k != nil && len(k.Lookup(t)) > 0 {
			out = append(out, c)
			continue
		}
		// a hyphenated name of its own (Jean-Claude, Saint-Denis): every
		// piece capitalised
		pieces := strings.FieldsFunc(t, func(r rune) bool { return r == '-' || r == '‐' || r == '‑' })
		allUpper := true
		for _, p := range pieces {
			r, _ := utf8.DecodeRuneInString(p)
			if !unicode.IsUpper(r) {
				allUpper = false
			}
		}
		if allUpper {
			out = append(out, c)
			continue
		}
		off := c.start
		for _, p := range pieces {
			pos := strings.Index(doc.Text[off:c.end], p)
			if pos < 0 {
				break
			}
			ps := off + pos
			off = ps + len(p)
			r, _ := utf8.DecodeRuneInString(p)
			if !unicode.IsUpper(r) {
				continue
			}
			if n := knownPrefix(p, known); n > 0 {
				c.start, c.end = ps, ps+n
				out = append(out, c)
				break
			}
		}
	}
	return append(out, extra...)
}

// hyphenCut returns the index and width of the first hyphen in s, or -1.
func hyphenCut(s string) (int, int) {
	for i, r := range s {
		if r == '-' || r == '‐' || r == '‑' {
			return i, utf8.RuneLen(r)
		}
	}
	return -1, 0
}

// knownPrefix returns the length of the known name p starts with, if the
// rest is a lower-case compound tail (Loekasjenkobijeenkomst) or nothing.
func knownPrefix(p string, known map[string]bool) int {
	if known[kb.Fold(p)] {
		return len(p)
	}
	for i := len(p) - 4; i >= 3; i-- {
		if !utf8.RuneStart(p[i]) {
			continue
		}
		if known[kb.Fold(p[:i])] {
			return i
		}
	}
	return 0
}

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
