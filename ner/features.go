package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek/kb"
)

// Feature templates. Their numbers are part of the model format: append,
// never renumber.
const (
	tBias = iota + 1
	tW0
	tWm1
	tWp1
	tWm2
	tWp2
	tShape0
	tShapem1
	tShapep1
	tShort0
	tShortm1
	tShortp1
	tShort3
	tPre1
	tPre2
	tPre3
	tPre4
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tInitShort
	tCase0
	tCaseInit
	tCasem1
	tCasep1
	tPos
	tLast
	tC4
	tC6
	tC10
	tC20
	tC4m1
	tC6m1
	tC10m1
	tC4p1
	tC6p1
	tC10p1
	tC6m2
	tC6p2
	tWm1W0
	tW0Wp1
	tHFirst
	tHLast
	tHLastC6
	tHLastC10
	tStem
	tStemC6
	tStemC10
	tWm1Short0
	tShort0Wp1
	tGaz
	tGazm1
	tGazp1
	tS1
	tS1m1
	tS1p1
	tDocType
	tDocTypeS1
	tDocLower
	tDocTypeLow
	tGazBit
	tGazSpan
	tGazSpanEdge
	tTri
	tDocTypem1
	tDocTypep1
	tPOS0
	tPOSm1
	tPOSp1
	tPOS3
	tPOSShort
	tPOSW0
	tLemm1
	tLemp1
	tDocCase
	tDocSpan
	tDocSpanS1
	tDocPart
)

// Boundary values for words beyond the sentence.
const (
	valBOS = 0x5bd1e995a5a5a5a5
	valEOS = 0x27d4eb2f165667b1
)

// lexicon holds what the model knows of words outside the labelled data.
type lexicon struct {
	// clusters maps the hash of a word form to its cluster path: the bits in
	// the low 24 bits (first step highest), the length in the top 8.
	clusters map[uint64]uint32
	// cases maps the hash of a lowercased word to its case profile:
	// 1 + 8*dominant form (0 lower, 1 title, 2 upper, 3 other) + bucket of
	// the share of capitalised occurrences (0…4); 0 when unknown.
	cases map[uint64]uint8
	// gazetteer maps the gazKey of a word to the names it is
	// part of: bit 2t for a one-word name of type t (PER, LOC, ORG,
	// MISC), bit 2t+1 for a word of a longer name.
	gazetteer map[uint64]uint8
	// phrases maps the phraseStep hash of the lowercased words of a known
	// name of two to eight words to a bit per type, and the hash of the
	// first two or more words of a longer one to phrasePrefix.
	phrases map[uint64]uint8
	// pos: the model reads parts of speech and lemmas from nl's tagger.
	pos bool
	// context: the model reads how the document writes each word and the
	// names of several words its first stage finds (tDocCase, tDocSpan).
	context bool
}

// maxTri bounds the character trigrams of one word.
const maxTri = 10

// phrasePrefix marks, in lexicon.phrases, the hash of the first words
// (two or more) of a longer known name: markPhrases stops extending a
// phrase whose hash is not in the map at all.
const phrasePrefix uint8 = 1 << 7

// maxPhrase is the longest known name matched, in words.
const maxPhrase = 8

// phraseStep extends a phrase hash h with the hash of a lowercased word.
func phraseStep(h, w uint64) uint64 { return mix(h+0x51, w) }

// markPhrases sets gspan on the tokens of the longest known names found
// left to right: the type bits, shifted, and 1 for the first word, 2 for
// the others.
func (lx *lexicon) markPhrases(toks []token) {
	if len(lx.phrases) == 0 {
		return
	}
	for i := 0; i < len(toks); {
		h := uint64(0)
		bestL, bestT := 0, uint8(0)
		for l := 1; l <= maxPhrase && i+l <= len(toks); l++ {
			h = phraseStep(h, toks[i+l-1].low)
			if l < 2 {
				continue
			}
			t, ok := lx.phrases[h]
			if !ok {
				break // no known name starts with these words
			}
			if t &^= phrasePrefix; t != 0 {
				bestL, bestT = l, t
			}
		}
		if bestL == 0 {
			i++
			continue
		}
		for k := i; k < i+bestL; k++ {
			pos := uint8(2)
			if k == i {
				pos = 1
			}
			toks[k].gspan = bestT<<2 | pos
		}
		i += bestL
	}
}

// token is everything the feature templates need of one token.
type token struct {
	form, low     uint64
	sStem         uint64 // lowercased hash without a final s (Poetins)
	shape, short  uint64
	pre, suf      [4]uint64
	clu           uint32
	caseP         uint8
	gaz           uint8
	gspan         uint8
	pos           uint8  // posClass of nl's tag, 0 when untagged
	lemma         uint64 // hash of nl's lemma, lowercased
	hFirst, hLast uint64
	hLastClu      uint32
	stem          uint64
	stemClu       uint32
	tri           [maxTri]uint64 // inner character trigrams of capitalised words
	initCap       bool
	midCap        bool  // capitalised, not opening a sentence or a quote
	docCase       uint8 // how the rest of the document writes the word (docCase)
	// What the rest of the document says of the word (docStats.annotate).
	elBest        int8
	elUnan, elVia uint8
	elPart        uint8 // 1 when the word mostly begins its names elsewhere, 2 when inside
	elTotal       int32
	// A name of two words or more that the first stage finds elsewhere in
	// the document and that covers this token (docStats.annotateSpans):
	// its type, 1 for the first word and 2 for the others, and whether
	// the document always gives it that type.
	dsType, dsPos, dsUnan uint8
}

// analyse fills t for the word form w. rs is scratch space.
func (lx *lexicon) analyse(t *token, w string, rs []rune) []rune {
	*t = token{}
	rs = rs[:0]
	for _, r := range w {
		rs = append(rs, r)
	}
	n := len(rs)
	// Shapes on the original runes.
	var sh, ss uint64 = fnvOffset, fnvOffset
	var prev rune = -1
	run := 0
	hyph, apos := -1, -1
	for i, r := range rs {
		c := shapeClass(r)
		if c == prev {
			run++
		} else {
			run = 1
		}
		if run <= 4 {
			sh ^= uint64(c)
			sh *= fnvPrime
		}
		if run == 1 {
			ss ^= uint64(c)
			ss *= fnvPrime
		}
		prev = c
		if r == '-' && i > 0 && i < n-1 {
			if hyph < 0 {
				hyph = i
			}
		}
		if (r == '\'' || r == '’') && i > 0 && apos < 0 {
			apos = i
		}
	}
	t.shape, t.short = sh, ss
	if n > 0 {
		t.initCap = unicode.IsUpper(rs[0])
	}
	t.form = hashRunes(rs)
	// Exact-form cluster before lowercasing.
	if lx != nil && lx.clusters != nil {
		t.clu = lx.clusters[t.form]
		if hyph > 0 {
			last := strings.LastIndexByte(w, '-')
			t.hLastClu = lx.clusters[hashString(w[last+1:])]
		}
		if apos > 0 {
			t.stemClu = lx.clusters[hashRunes(rs[:apos])]
		}
	}
	for i, r := range rs {
		rs[i] = unicode.ToLower(r)
	}
	t.low = hashRunes(rs)
	if n > 3 && rs[n-1] == 's' && t.initCap {
		t.sStem = hashRunes(rs[:n-1])
	}
	for k := 1; k <= 4; k++ {
		if k <= n {
			t.pre[k-1] = hashRunes(rs[:k])
			t.suf[k-1] = hashRunes(rs[n-k:])
		}
	}
	if t.initCap && n >= 4 {
		// Inner trigrams, from the word with boundary marks.
		k := 0
		for i := 1; i+3 <= n && k < maxTri; i++ {
			t.tri[k] = hashRunes(rs[i : i+3])
			k++
		}
	}
	if hyph > 0 {
		t.hFirst = hashRunes(rs[:hyph])
		last := hyph
		for i := n - 2; i > hyph; i-- {
			if rs[i] == '-' {
				last = i
				break
			}
		}
		t.hLast = hashRunes(rs[last+1:])
	}
	if apos > 0 {
		t.stem = hashRunes(rs[:apos])
	}
	if lx != nil {
		if lx.cases != nil {
			t.caseP = lx.cases[t.low]
		}
		if lx.gazetteer != nil && t.initCap {
			t.gaz = lx.gazetteer[gazKey(w)]
		}
	}
	return rs
}

// shapeClass maps a rune to its shape character.
func shapeClass(r rune) rune {
	switch {
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	case r == '’' || r == '‘':
		return '\''
	case r == '“' || r == '”' || r == '„':
		return '"'
	}
	return r
}

// cluPrefix returns the first p bits of a cluster path as a feature value,
// or 0 when there is no cluster.
func cluPrefix(c uint32, p uint) uint64 {
	if c == 0 {
		return 0
	}
	n := uint(c >> 24)
	bits := c & 0xFFFFFF
	if n > p {
		bits >>= n - p
		n = p
	}
	return uint64(bits) | uint64(n)<<32 | 1<<40
}

// features appends the feature hashes of position i of toks to out.
func features(toks []token, i int, out []uint64) []uint64 {
	n := len(toks)
	t := &toks[i]
	var m1, p1, m2, p2 *token
	if i > 0 {
		m1 = &toks[i-1]
	}
	if i > 1 {
		m2 = &toks[i-2]
	}
	if i+1 < n {
		p1 = &toks[i+1]
	}
	if i+2 < n {
		p2 = &toks[i+2]
	}
	low := func(x *token, edge uint64) uint64 {
		if x == nil {
			return edge
		}
		return x.low
	}
	short := func(x *token, edge uint64) uint64 {
		if x == nil {
			return edge
		}
		return x.short
	}
	add := func(tmpl uint64, v uint64) {
		out = append(out, mix(tmpl, v))
	}
	add2 := func(tmpl uint64, a, b uint64) {
		out = append(out, mix2(tmpl, a, b))
	}
	add(tBias, 0)
	add(tW0, t.low)
	add(tWm1, low(m1, valBOS))
	add(tWp1, low(p1, valEOS))
	add(tWm2, low(m2, valBOS))
	add(tWp2, low(p2, valEOS))
	add(tShape0, t.shape)
	add(tShort0, t.short)
	if m1 != nil {
		add(tShapem1, m1.shape)
	} else {
		add(tShapem1, valBOS)
	}
	if p1 != nil {
		add(tShapep1, p1.shape)
	} else {
		add(tShapep1, valEOS)
	}
	sm1, sp1 := short(m1, valBOS), short(p1, valEOS)
	add(tShortm1, sm1)
	add(tShortp1, sp1)
	add2(tShort3, t.short, sm1*31+sp1)
	for k := 0; k < 4; k++ {
		if t.pre[k] != 0 {
			add(tPre1+uint64(k), t.pre[k])
			add(tSuf1+uint64(k), t.suf[k])
		}
	}
	init := uint64(0)
	if i == 0 {
		init = 1
	}
	add2(tInitShort, t.short, init)
	add(tCase0, uint64(t.caseP))
	add2(tCaseInit, uint64(t.caseP), init)
	if m1 != nil {
		add(tCasem1, uint64(m1.caseP))
	}
	if p1 != nil {
		add(tCasep1, uint64(p1.caseP))
	}
	pos := uint64(i)
	if pos > 3 {
		pos = 3
	}
	add(tPos, pos)
	if i == n-1 {
		add(tLast, 1)
	}
	if t.clu != 0 {
		add(tC4, cluPrefix(t.clu, 4))
		add(tC6, cluPrefix(t.clu, 6))
		add(tC10, cluPrefix(t.clu, 10))
		add(tC20, cluPrefix(t.clu, 20))
	}
	if m1 != nil && m1.clu != 0 {
		add(tC4m1, cluPrefix(m1.clu, 4))
		add(tC6m1, cluPrefix(m1.clu, 6))
		add(tC10m1, cluPrefix(m1.clu, 10))
	}
	if p1 != nil && p1.clu != 0 {
		add(tC4p1, cluPrefix(p1.clu, 4))
		add(tC6p1, cluPrefix(p1.clu, 6))
		add(tC10p1, cluPrefix(p1.clu, 10))
	}
	if m2 != nil && m2.clu != 0 {
		add(tC6m2, cluPrefix(m2.clu, 6))
	}
	if p2 != nil && p2.clu != 0 {
		add(tC6p2, cluPrefix(p2.clu, 6))
	}
	add2(tWm1W0, low(m1, valBOS), t.low)
	add2(tW0Wp1, t.low, low(p1, valEOS))
	if t.hFirst != 0 {
		add(tHFirst, t.hFirst)
		add(tHLast, t.hLast)
		if t.hLastClu != 0 {
			add(tHLastC6, cluPrefix(t.hLastClu, 6))
			add(tHLastC10, cluPrefix(t.hLastClu, 10))
		}
	}
	if t.stem != 0 {
		add(tStem, t.stem)
		if t.stemClu != 0 {
			add(tStemC6, cluPrefix(t.stemClu, 6))
			add(tStemC10, cluPrefix(t.stemClu, 10))
		}
	}
	add2(tWm1Short0, low(m1, valBOS), t.short)
	add2(tShort0Wp1, t.short, low(p1, valEOS))
	if t.gaz != 0 {
		add(tGaz, uint64(t.gaz))
		for b := uint64(0); b < 8; b++ {
			if t.gaz&(1<<b) != 0 {
				add(tGazBit, b)
			}
		}
	}
	for _, h := range t.tri {
		if h == 0 {
			break
		}
		add(tTri, h)
	}
	if t.gspan != 0 {
		add(tGazSpan, uint64(t.gspan))
		if m1 != nil && m1.gspan == 0 {
			add(tGazSpanEdge, uint64(t.gspan))
		}
	}
	if m1 != nil && m1.gaz != 0 {
		add(tGazm1, uint64(m1.gaz))
	}
	if t.pos != 0 {
		pm1, pp1 := uint64(valBOS), uint64(valEOS)
		if m1 != nil {
			pm1 = uint64(m1.pos)
		}
		if p1 != nil {
			pp1 = uint64(p1.pos)
		}
		add(tPOS0, uint64(t.pos))
		add(tPOSm1, pm1)
		add(tPOSp1, pp1)
		add2(tPOS3, uint64(t.pos), pm1*31+pp1)
		add2(tPOSShort, uint64(t.pos), t.short)
		add2(tPOSW0, uint64(t.pos), t.low)
		if m1 != nil {
			add(tLemm1, m1.lemma)
		}
		if p1 != nil {
			add(tLemp1, p1.lemma)
		}
	}
	if p1 != nil && p1.gaz != 0 {
		add(tGazp1, uint64(p1.gaz))
	}
	if t.docCase != 0 {
		add2(tDocCase, uint64(t.docCase), init)
	}
	return out
}

// isAllCaps reports whether words read as an all-caps line: at least three
// words with letters, four in five of them without a lowercase letter.
func isAllCaps(words []string) bool {
	lettered, upper := 0, 0
	for _, w := range words {
		hasLetter, hasLower := false, false
		for _, r := range w {
			if unicode.IsLetter(r) {
				hasLetter = true
				if unicode.IsLower(r) {
					hasLower = true
					break
				}
			}
		}
		if hasLetter {
			lettered++
			if !hasLower {
				upper++
			}
		}
	}
	return lettered >= 3 && upper*5 >= lettered*4
}

// truecase returns w in the case it most often has in running text: known
// lowercase words lowercased, known names title-cased, known acronyms kept;
// words unknown to the case lexicon are title-cased when the gazetteer has
// them as a one-word name and lowercased otherwise, so that an all-caps
// line is not read as a row of names.
func (lx *lexicon) truecase(w string) string {
	p := uint8(0)
	if lx != nil && lx.cases != nil {
		p = lx.cases[hashLower(w)]
	}
	if p == 0 {
		if lx != nil && lx.gazetteer[gazKey(w)]&0x55 != 0 {
			// A known one-word name (SOTSJI, LOEKASJENKO).
			return titleCase(w)
		}
		return strings.ToLower(w)
	}
	switch (p - 1) / 8 {
	case 1:
		return titleCase(w)
	case 2:
		return w
	}
	return strings.ToLower(w)
}

// titleCase uppercases the first letter of w and of each hyphen part and
// lowercases the rest.
func titleCase(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	start := true
	for _, r := range w {
		if start && unicode.IsLetter(r) {
			b.WriteRune(unicode.ToUpper(r))
			start = false
			continue
		}
		if r == '-' {
			start = true
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// caseCounts counts how a document writes each word: capitalised where
// nothing else calls for a capital, and in lowercase.
type caseCounts struct {
	mid, lower map[uint64]int32
}

// count sets docCase on each capitalised token of a document: 1 + 3 ×
// the times (0, 1, 2 or more) the rest of the document capitalises the
// word where no sentence or quote opens + the times it writes the word in
// lowercase (0, 1, 2 or more). A word that opens a sentence and is
// capitalised nowhere else is a common word; one capitalised mid-sentence
// elsewhere is a name.
func (c *caseCounts) count(toks []token) {
	if c.mid == nil {
		c.mid, c.lower = map[uint64]int32{}, map[uint64]int32{}
	}
	clear(c.mid)
	clear(c.lower)
	for i := range toks {
		t := &toks[i]
		switch {
		case t.midCap:
			c.mid[t.low]++
		case t.form == t.low:
			c.lower[t.low]++
		}
	}
	for i := range toks {
		t := &toks[i]
		if !t.initCap {
			continue
		}
		mid := c.mid[t.low]
		if t.midCap {
			mid--
		}
		t.docCase = uint8(1 + 3*min(mid, 2) + min(c.lower[t.low], 2))
	}
}

// docStats counts, over a document, how the first stage tagged each word
// form: entity type 1…4 or 0 for outside.
type docStats struct {
	forms map[uint64]*[5]int32
	lower map[uint64]int32 // lowercase occurrences of each lowercased form
	// inner counts the tokens of each lowercased form tagged inside a name
	// (I-X), against those tagged B-X.
	inner map[uint64]*[2]int32
	// spans counts the names of two words or more by the phraseStep hash
	// of their lowercased words, by type (1…4).
	spans map[uint64]*[5]int32
}

func (d *docStats) reset() {
	if d.forms == nil {
		d.forms = map[uint64]*[5]int32{}
		d.lower = map[uint64]int32{}
		d.inner = map[uint64]*[2]int32{}
		d.spans = map[uint64]*[5]int32{}
	}
	clear(d.forms)
	clear(d.lower)
	clear(d.inner)
	clear(d.spans)
}

// add records token t tagged with tag index k.
func (d *docStats) add(t *token, k int) {
	c := d.forms[t.low]
	if c == nil {
		c = new([5]int32)
		d.forms[t.low] = c
	}
	c[typeOf(k)]++
	if t.form == t.low {
		d.lower[t.low]++
	}
	if k > 0 {
		p := d.inner[t.low]
		if p == nil {
			p = new([2]int32)
			d.inner[t.low] = p
		}
		p[1-k%2]++
	}
}

// addSpans records the names of two words or more that the tags s1 give
// the sentences of toks, which end at ends.
func (d *docStats) addSpans(toks []token, s1 []int, ends []int) {
	a := 0
	for _, b := range ends {
		for i := a; i < b; {
			j := spanEnd(s1, i, b)
			if j-i >= 2 && j-i <= maxPhrase {
				h := uint64(0)
				for k := i; k < j; k++ {
					h = phraseStep(h, toks[k].low)
				}
				c := d.spans[h]
				if c == nil {
					c = new([5]int32)
					d.spans[h] = c
				}
				c[typeOf(s1[i])]++
			}
			i = max(j, i+1)
		}
		a = b
	}
}

// spanEnd returns the end of the name the tags give at i (i itself when
// no name starts there), within a sentence ending at b.
func spanEnd(tags []int, i, b int) int {
	k := tags[i]
	if k == 0 || k%2 == 0 {
		return i
	}
	j := i + 1
	for j < b && tags[j] == k+1 {
		j++
	}
	return j
}

// annotateSpans marks the tokens covered by a name of two words or more
// that the first stage (tags s1) finds elsewhere in the document, longest
// first: dsType, dsPos and dsUnan. The occurrence itself does not count.
func (d *docStats) annotateSpans(toks []token, s1 []int, ends []int) {
	for i := range toks {
		toks[i].dsType, toks[i].dsPos, toks[i].dsUnan = 0, 0, 0
	}
	var hs [maxPhrase + 1]uint64
	a := 0
	for _, b := range ends {
		for i := a; i < b; {
			h := uint64(0)
			for l := 1; l <= maxPhrase && i+l <= b; l++ {
				h = phraseStep(h, toks[i+l-1].low)
				hs[l] = h
			}
			found := 0
			for l := min(maxPhrase, b-i); l >= 2 && found == 0; l-- {
				c := d.spans[hs[l]]
				if c == nil {
					continue
				}
				others := *c
				if spanEnd(s1, i, b) == i+l {
					others[typeOf(s1[i])]--
				}
				best, total := 0, int32(0)
				for k := 1; k < 5; k++ {
					total += others[k]
					if others[k] > others[best] {
						best = k
					}
				}
				if best == 0 || others[best] == 0 {
					continue
				}
				unan := uint8(0)
				if others[best] == total {
					unan = 1
				}
				for k := i; k < i+l; k++ {
					toks[k].dsType, toks[k].dsPos, toks[k].dsUnan = uint8(best), 2, unan
				}
				toks[i].dsPos = 1
				found = l
			}
			i += max(found, 1)
		}
		a = b
	}
}

// docFeatures appends the second-stage features of toks[i]: the first
// stage's tags around it and how the rest of the document tagged the same
// word (the tokens must be annotated by docStats.annotate).
func docFeatures(toks []token, s1 []int, i int, d *docStats, out []uint64) []uint64 {
	add := func(tmpl uint64, v uint64) {
		out = append(out, mix(tmpl, v))
	}
	t := &toks[i]
	own := s1[i]
	add(tS1, uint64(own))
	if i > 0 {
		add(tS1m1, uint64(s1[i-1]))
	} else {
		add(tS1m1, valBOS)
	}
	if i+1 < len(toks) {
		add(tS1p1, uint64(s1[i+1]))
	} else {
		add(tS1p1, valEOS)
	}
	if best, unanimous, total, via := int(t.elBest), uint64(t.elUnan), t.elTotal, uint64(t.elVia); best >= 0 {
		add(tDocType, uint64(best)<<1|unanimous|via<<4)
		add(tDocTypeS1, uint64(best)<<8|uint64(typeOf(own)))
		if t.form != t.low {
			add(tDocTypeLow, uint64(best)<<1|uint64(min(total, 2)))
		}
	}
	if i > 0 {
		if m := &toks[i-1]; m.elBest > 0 {
			add(tDocTypem1, uint64(m.elBest)<<1|uint64(m.elUnan))
		}
	}
	if i+1 < len(toks) {
		if p := &toks[i+1]; p.elBest > 0 {
			add(tDocTypep1, uint64(p.elBest)<<1|uint64(p.elUnan))
		}
	}
	if t.form != t.low && d.lower[t.low] > 0 {
		add(tDocLower, 1)
	}
	if t.dsType != 0 {
		add(tDocSpan, uint64(t.dsType)<<3|uint64(t.dsPos)<<1|uint64(t.dsUnan))
		out = append(out, mix2(tDocSpanS1, uint64(t.dsType)<<2|uint64(t.dsPos), uint64(own)))
	}
	if t.elPart != 0 && t.elBest > 0 {
		add(tDocPart, uint64(t.elBest)<<2|uint64(t.elPart))
	}
	return out
}

// annotate records on each token what the rest of the document says of
// its word (see elsewhere), given the first-stage tags s1.
func (d *docStats) annotate(toks []token, s1 []int) {
	for i := range toks {
		t := &toks[i]
		best, unanimous, total, via := d.elsewhere(t, s1[i])
		t.elBest, t.elUnan, t.elTotal, t.elVia = int8(best), uint8(unanimous), total, uint8(via)
		t.elPart = 0
		if p := d.inner[t.low]; p != nil && via == 0 {
			first, inner := p[0], p[1]
			if k := s1[i]; k > 0 {
				if k%2 == 1 {
					first--
				} else {
					inner--
				}
			}
			switch {
			case first > inner:
				t.elPart = 1
			case inner > first:
				t.elPart = 2
			}
		}
	}
}

// elsewhere returns the type (0 for outside) the rest of the document
// most often gives t's word, whether it always does, how often the word
// occurs elsewhere and whether the counts come from the word without its
// s (Poetins); best is -1 when the word occurs nowhere else.
func (d *docStats) elsewhere(t *token, own int) (best int, unanimous uint64, total int32, via uint64) {
	c := d.forms[t.low]
	if c != nil && t.sStem != 0 {
		if n := c[0] + c[1] + c[2] + c[3] + c[4]; n == 1 {
			// Only this token: try the name without its s (Poetins).
			if cs := d.forms[t.sStem]; cs != nil {
				c, via = cs, 1
			}
		}
	}
	if c == nil {
		return -1, 0, 0, 0
	}
	others := *c
	if via == 0 {
		others[typeOf(own)]--
	}
	best = -1
	for k, n := range others {
		total += n
		if n > 0 && (best < 0 || n > others[best]) {
			best = k
		}
	}
	if best >= 0 && others[best] == total {
		unanimous = 1
	}
	return best, unanimous, total, via
}

// possessiveStem returns the name a possessive stands for when the
// possessive itself is unknown: Loekasjenko’s → Loekasjenko, Poetins →
// Poetin (when Poetin is a known word and Poetins is not). Other words are
// returned as they are.
func (lx *lexicon) possessiveStem(w string) string {
	n := len(w)
	if n < 4 || w[n-1] != 's' {
		return w
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return w
	}
	if strings.HasSuffix(w, "’s") {
		return w[:n-len("’s")]
	}
	if strings.HasSuffix(w, "'s") {
		return w[:n-2]
	}
	if lx == nil || lx.known(w) {
		return w
	}
	if stem := w[:n-1]; lx.knownName(stem) {
		return stem
	}
	return w
}

// knownName reports whether w is a one-word name in the gazetteer or a
// word mostly written with a capital.
func (lx *lexicon) knownName(w string) bool {
	if lx.gazetteer[gazKey(w)]&0x55 != 0 {
		return true
	}
	p := lx.cases[hashLower(w)]
	return p != 0 && (p-1)/8 == 1
}

// known reports whether the lexicon has seen w: in the clusters, the
// case lexicon or the gazetteer.
func (lx *lexicon) known(w string) bool {
	if _, ok := lx.clusters[hashString(w)]; ok {
		return true
	}
	low := hashLower(w)
	if _, ok := lx.cases[low]; ok {
		return true
	}
	_, ok := lx.gazetteer[gazKey(w)]
	return ok
}

// gazKey is the gazetteer key of a word: the hash of its transliteration
// key, so that Poetin finds Putin and Loekasjenko Lukashenko.
func gazKey(w string) uint64 {
	return hashString(kb.WordKey(kb.Fold(w)))
}

// mostlyLower reports whether running text writes w in lower case far
// more often than with a capital, and the gazetteer has no one-word name
// of it: a common word, whatever the tagger makes of a capitalised one.
func (lx *lexicon) mostlyLower(w string) bool {
	if lx == nil || lx.cases == nil || lx.gazetteer[gazKey(w)]&0x55 != 0 {
		return false
	}
	p := lx.cases[hashLower(w)]
	return p != 0 && (p-1)/8 == 0 && (p-1)%8 <= 1
}

// commonCompound reports whether w, a word without a hyphen that the case
// lexicon and the gazetteer do not know, ends in a word of four letters or
// more that running text writes mostly in lower case, after at least three
// letters: a compound common noun ("Privacywaakhond", "Topdiplomaat").
func (lx *lexicon) commonCompound(w string) bool {
	if lx == nil || lx.cases == nil || strings.ContainsRune(w, '-') || lx.known(w) {
		return false // oud-Wereldnatuurfonds, CDA-minister: a name's part
	}
	rs := []rune(strings.ToLower(w))
	for k := 3; k+4 <= len(rs); k++ {
		if lx.mostlyLower(string(rs[k:])) {
			return true
		}
	}
	return false
}
