package resolve

import (
	"sort"
	"strings"

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
	dropped    bool // a knowledge-base match a longer tagger mention replaced
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
// the mentions sorted by offset with Local set. k may be nil. When tagged
// is nil and the document is not Dutch, names are found by their capitals
// (see capitalNames) besides the knowledge base.
func Local(doc *nl.Doc, tagged []kroniek.Mention, k *kb.KB) ([]kroniek.LocalEntity, []kroniek.Mention) {
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
	nkb := len(cands) // the knowledge base's matches: sorted, never overlapping
	kbCands := append([]cand(nil), cands...)
	sort.SliceStable(affixes, func(i, j int) bool { return affixes[i].start < affixes[j].start })
	sort.SliceStable(kbCands, func(i, j int) bool { return kbCands[i].start < kbCands[j].start })
	for _, t := range tagged {
		// Only roles and names near the mention can attach to it: looking
		// at those keeps a long text linear.
		lo, hi := t.Start-nearBytes, t.End
		a0 := sort.Search(len(affixes), func(i int) bool { return affixes[i].start >= lo })
		a1 := sort.Search(len(affixes), func(i int) bool { return affixes[i].start > hi })
		k0 := sort.Search(len(kbCands), func(i int) bool { return kbCands[i].start >= lo })
		k1 := sort.Search(len(kbCands), func(i int) bool { return kbCands[i].start > hi })
		c, ok := cleanTagged(doc, t, affixes[a0:a1], kbCands[k0:k1])
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

// nearBytes bounds how far before a tagger mention a role, demonym or
// organisation may start and still attach to it.
const nearBytes = 300
