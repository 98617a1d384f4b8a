package kb

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek/nl"
)

// node is one state of the token trie. Edges are transliteration keys of
// words, so the trie finds "Poetin" under Putin's alias; terms keep the
// exact folded alias so callers can tell exact from phonetic matches.
type node struct {
	next  map[string]*node
	terms []term
}

type term struct {
	entry   int32
	folded  string // the alias, folded, words joined by one space
	acronym bool   // written in capitals (EU, OM, IS): matches capitals only
	// lowerEnd: the alias ends in a lower-case word (AK partij, Europese
	// verkiezingen), so a match may end in one
	lowerEnd bool
	// lowerWord: the alias is one word that opens in lower case (brexit,
	// al-Qaida, dpa), so it matches where the text writes it just so
	lowerWord string
}

// add inserts alias a for entry id; lowerOK lets an alias that ends in
// a lower-case word match so (names of bodies and places, not persons).
func (n *node) add(a string, id int32, lowerOK bool) {
	words := splitWords(strings.TrimSuffix(Fold(a), "'s"))
	if len(words) == 0 {
		return
	}
	cur := n
	for _, w := range words {
		k := WordKey(w)
		if cur.next == nil {
			cur.next = make(map[string]*node, 1)
		}
		nx := cur.next[k]
		if nx == nil {
			nx = &node{}
			cur.next[k] = nx
		}
		cur = nx
	}
	f := strings.Join(words, " ")
	lowerEnd := false
	if ws := strings.Fields(a); lowerOK && len(ws) > 1 {
		r0, _ := utf8.DecodeRuneInString(ws[0])
		r1, _ := utf8.DecodeRuneInString(ws[len(ws)-1])
		lowerEnd = unicode.IsUpper(r0) && unicode.IsLower(r1)
	}
	lowerWord := ""
	if lowerOpening(a) && lowerOK {
		lowerWord = a
	}
	for i, t := range cur.terms {
		if t.entry == id && t.folded == f {
			// the same alias in lower and capital letters: either matches
			cur.terms[i].acronym = t.acronym && isAcronym(a)
			cur.terms[i].lowerEnd = t.lowerEnd || lowerEnd
			if lowerWord != "" {
				cur.terms[i].lowerWord = lowerWord
			}
			return
		}
	}
	cur.terms = append(cur.terms, term{entry: id, folded: f, acronym: isAcronym(a), lowerEnd: lowerEnd, lowerWord: lowerWord})
}

// lowerOpening reports whether alias a is one word that opens in lower
// case, all of it (brexit, dpa) or a short article before a hyphen
// (al-Qaida). Such a name matches only as the text writes it, so brexit
// is a name and the word kabinet is not; a common noun before a name
// (kabinet-Rutte) is no such alias.
func lowerOpening(a string) bool {
	r, _ := utf8.DecodeRuneInString(a)
	if !unicode.IsLower(r) || strings.ContainsAny(a, " ") {
		return false
	}
	if _, upper := LetterCase(a); upper == 0 {
		return true
	}
	i := strings.IndexByte(a, '-')
	return i > 0 && i <= 3 && strings.IndexFunc(a[:i], unicode.IsUpper) < 0
}

func (n *node) walk(fn func(*node)) {
	fn(n)
	for _, c := range n.next {
		c.walk(fn)
	}
}

// Match is one knowledge-base name found in a text.
type Match struct {
	Start, End int // byte offsets of the name, without a possessive ’s or s
	// Tok and TokEnd are the indexes of the first and one past the last
	// nl token the match touches (a match may cover part of a hyphenated
	// token: the NAVO of NAVO-troepen).
	Tok, TokEnd int
	// Entries are the candidates for this surface, best first.
	Entries []*Entry
	// Exact is false when the match is only by transliteration key
	// (Poetin for Putin); such matches are kept for persons only.
	Exact bool
	// Possessive is true when a trailing s or ’s was dropped (Poetins).
	Possessive bool
}

// part is a word or a hyphen-separated piece of a word token.
type part struct {
	tok        int
	start, end int
	folded     string
	key        string
	keyS       string // key without a final possessive s, if plausible
	upper      bool   // starts with an upper-case letter or digit
	capsWord   bool   // every letter a capital
	keyed      bool   // key and keyS are filled
	firstInTok bool
	lastInTok  bool
	barrier    bool // punctuation, numbers and symbols stop matches
}

// Match finds knowledge-base names in doc, leftmost-longest, never
// overlapping. Names must start and end with a capital (roles excepted),
// so sentence words do not match; a hyphen piece matches only when the
// piece before it in the same word is lower case (NAVO-troepen,
// anti-Rusland, EU-top) or itself matched, never the second half of
// Noord-Ierland.
func (k *KB) Match(doc *nl.Doc) []Match {
	buf := partsPool.Get().(*[]part)
	defer partsPool.Put(buf)
	*buf = splitParts(doc, (*buf)[:0])
	parts := *buf
	var out []Match
	prevMatched := -1 // index of the last part inside a match
	for i := 0; i < len(parts); {
		p := &parts[i]
		if p.barrier || (!p.firstInTok && i > 0 && parts[i-1].upper && prevMatched != i-1) ||
			(!p.upper && !k.roleFirst[p.folded] && !k.lowerFirst[p.folded]) {
			i++
			continue
		}
		m, n := k.longest(parts, i, doc.Text)
		if n == 0 {
			i++
			continue
		}
		// a capitalised piece after it in the same word makes a name of
		// its own (Oostenrijk-Hongarije) unless that piece is a name too
		// (Rusland-Oekraïne)
		if j := i + n; j < len(parts) && parts[j].tok == parts[j-1].tok && parts[j].upper && !parts[j].barrier {
			if _, n2 := k.longest(parts, j, doc.Text); n2 == 0 {
				i = j
				continue
			}
		}
		out = append(out, m)
		prevMatched = i + n - 1
		i += n
	}
	return out
}

// longest returns the longest acceptable match starting at parts[i] and
// the number of parts it covers.
func (k *KB) longest(parts []part, i int, text string) (Match, int) {
	var best Match
	bestN := 0
	cur := k.trie
	for j := i; j < len(parts) && !parts[j].barrier; j++ {
		p := &parts[j]
		if j > i && p.tok != parts[j-1].tok && !adjacentWords(text, parts[j-1].end, p.start) && !suspendedHyphen(text, parts[j-1].end, p.start) {
			break
		}
		p.computeKeys()
		// possessive variant: ends the match here
		if p.keyS != "" && p.lastInTok {
			if nx := cur.next[p.keyS]; nx != nil && len(nx.terms) > 0 {
				if m, ok := k.accept(parts, i, j, nx, text, true); ok && j-i+1 > bestN {
					best, bestN = m, j-i+1
				}
			}
		}
		nx := cur.next[p.key]
		if nx == nil {
			break
		}
		cur = nx
		if len(cur.terms) > 0 {
			if m, ok := k.accept(parts, i, j, cur, text, false); ok && j-i+1 >= bestN {
				best, bestN = m, j-i+1
			}
		}
	}
	return best, bestN
}

// adjacentWords reports whether only spaces lie between two words.
func adjacentWords(text string, a, b int) bool {
	if b-a > 3 || b < a {
		return false
	}
	return strings.TrimSpace(text[a:b]) == ""
}

// suspendedHyphen reports whether the words at a and b are a first
// part of a compound whose hyphen stands for the part it shares with
// the next and the conjunction after it: "Immigratie- en
// Naturalisatiedienst", "Voedsel- of".
func suspendedHyphen(text string, a, b int) bool {
	if b < a || b-a != 2 || text[a:b] != "- " {
		return false
	}
	return strings.HasPrefix(text[b:], "en ") || strings.HasPrefix(text[b:], "of ")
}

// accept checks capitals and exactness for parts[i..j] ending in node n.
func (k *KB) accept(parts []part, i, j int, n *node, text string, poss bool) (Match, bool) {
	first, last := &parts[i], &parts[j]
	var b strings.Builder
	for x := i; x <= j; x++ {
		if x > i {
			b.WriteByte(' ')
		}
		f := parts[x].folded
		if poss && x == j {
			f = f[:len(f)-1]
		}
		b.WriteString(f)
	}
	span := b.String()
	upper := first.upper && last.upper
	caps := allCaps(text[first.start:last.end])
	if caps && i == j && headline(parts, i) {
		return Match{}, false // HET IS: a capitalised headline, not IS
	}
	var exact, phon []*Entry
	for _, t := range n.terms {
		e := &k.entries[t.entry]
		if t.lowerWord != "" && !first.upper {
			// brexit, al-Qaida: a name written in lower case, matched as
			// written and as a whole word (anti-brexit, brexit-deal too)
			if !poss && text[first.start:last.end] == t.lowerWord {
				exact = appendEntry(exact, e)
			}
			continue
		}
		if !upper && !(first.upper && t.lowerEnd) && e.Kind != KindRole || t.acronym && !caps {
			continue
		}
		if poss && (e.Kind == KindRole || e.Kind == KindDemonym || e.Kind == KindCity && isGiven(text[first.start:last.end])) {
			continue // Niels is no possessive of the town Niel
		}
		if t.folded == span {
			exact = appendEntry(exact, e)
		} else if e.Kind == KindPerson && utf8.RuneCountInString(span) >= 6 {
			phon = appendEntry(phon, e)
		}
	}
	m := Match{Start: first.start, End: last.end, Tok: first.tok, TokEnd: last.tok + 1, Possessive: poss}
	if poss {
		m.End--
	}
	switch {
	case len(exact) > 0:
		m.Entries, m.Exact = exact, true
	case len(phon) > 0:
		m.Entries = phon
	default:
		return Match{}, false
	}
	return m, true
}

func appendEntry(es []*Entry, e *Entry) []*Entry {
	for _, x := range es {
		if x == e {
			return es
		}
	}
	return append(es, e)
}

// partsPool holds the part arrays of finished Match calls: the parts
// live only during a call, and an article's ran to 40 KB, allocated
// anew for every article.
var partsPool = sync.Pool{New: func() any { return new([]part) }}

// splitParts turns doc's tokens into words and hyphen pieces, appended
// to parts.
func splitParts(doc *nl.Doc, parts []part) []part {
	parts = slices.Grow(parts, len(doc.Tokens)+8)
	for ti, t := range doc.Tokens {
		if t.Kind != nl.Word {
			parts = append(parts, part{tok: ti, start: t.Start, end: t.End, barrier: true})
			continue
		}
		end := t.End
		txt := t.Text
		// a possessive ’s belongs to the name before it
		if n := possessiveSuffix(txt); n > 0 {
			txt = txt[:len(txt)-n]
			end -= n
		}
		start := t.Start
		firstIdx := len(parts)
		for len(txt) > 0 {
			cut, w := hyphenIndex(txt)
			piece := txt
			if cut >= 0 {
				piece = txt[:cut]
			}
			if piece != "" {
				parts = append(parts, newPart(ti, start, piece))
			}
			if cut < 0 {
				break
			}
			start += cut + w
			txt = txt[cut+w:]
		}
		if len(parts) > firstIdx {
			parts[firstIdx].firstInTok = true
			parts[len(parts)-1].lastInTok = true
		}
	}
	return parts
}

func newPart(tok, start int, piece string) part {
	r, _ := utf8.DecodeRuneInString(piece)
	return part{tok: tok, start: start, end: start + len(piece), folded: Fold(piece),
		upper: unicode.IsUpper(r) || unicode.IsDigit(r), capsWord: allCaps(piece)}
}

// computeKeys fills the transliteration keys of a part on first use: most
// words are never looked at past the first test.
func (p *part) computeKeys() {
	if p.keyed {
		return
	}
	p.keyed = true
	f := p.folded
	p.key = WordKey(f)
	if len(f) >= 5 && f[len(f)-1] == 's' && p.upper {
		p.keyS = WordKey(f[:len(f)-1])
	}
}

// possessiveSuffix returns the byte length of a final ’s or 's.
func possessiveSuffix(s string) int {
	for _, suf := range []string{"’s", "'s", "ʼs"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf)+1 {
			return len(suf)
		}
	}
	return 0
}

// hyphenIndex returns the index and width of the first hyphen in s.
func hyphenIndex(s string) (int, int) {
	for i, r := range s {
		if r == '-' || r == '‐' || r == '‑' {
			return i, utf8.RuneLen(r)
		}
	}
	return -1, 0
}

// isAcronym reports whether an alias is written in capitals (EU, NAVO,
// OM): such aliases match only text in capitals, so "Om" and "Is" at the
// start of a sentence are not organisations.
func isAcronym(a string) bool {
	letters, upper := LetterCase(a)
	return letters >= 2 && upper == letters
}

// allCaps reports whether s has letters and all of them are capitals.
func allCaps(s string) bool {
	letters, upper := LetterCase(s)
	return letters > 0 && upper == letters
}

// LetterCase counts the letters of s and the capitals among them.
func LetterCase(s string) (letters, upper int) {
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters, upper
}

// headline reports whether the words on both sides of parts[i] are in
// capitals too: a headline in capitals, where acronyms cannot be told
// from words.
func headline(parts []part, i int) bool {
	caps := 0
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(parts) && !parts[j].barrier && parts[j].upper && parts[j].folded != "" {
			if p := parts[j]; p.end-p.start >= 2 && p.capsWord {
				caps++
			}
		}
	}
	return caps >= 1
}
