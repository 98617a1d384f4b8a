package nl

import (
	"unicode"
	"unicode/utf8"
)

// tokRep is what the models know of a word, hashed once per sentence.
type tokRep struct {
	w      uint64 // lowercased word
	shape  uint64 // character classes, runs collapsed (Xx, d.d, X-Xx)
	pre    [3]uint64
	suf    [5]uint64
	flags  uint8 // flagCap, flagDigit, flagHyphen, flagAllCap
	length uint8
	clus   [4]uint64 // word cluster bit-path prefixes of 4, 8, 12 bits and the whole path
}

const (
	flagCap uint8 = 1 << iota
	flagDigit
	flagHyphen
	flagAllCap
	flagPunct
)

// sentBuf holds one sentence's working state; it is reused to avoid
// allocating in the hot path.
type sentBuf struct {
	words   []string
	rep     []tokRep
	pos     []POS
	feats   []Feats
	lemma   []string
	heads   []int
	rels    []int // label index
	fs      []uint64
	score   []float32
	ps      parseState
	wbuf    []string
	last    []int    // last dependent seen per head (labelling)
	seen    []uint64 // relations of the dependents labelled so far, per head (bits)
	curSeen uint64   // seen of the word being labelled
	// kids and preps count each word's dependents and prepositions among
	// them (strandedPreps, once per parsed sentence)
	kids, preps []int
	// lemI is the word being lemmatised; lemReady: b.fs holds its lemma
	// features (see needLemmaFeats)
	lemI     int
	lemReady bool
}

// resetBare sizes and clears the buffers for words, leaving b.rep to the
// caller.
func (b *sentBuf) resetBare(words []string) {
	n := len(words)
	b.words = words
	b.rep = grow(b.rep, n)
	b.pos = grow(b.pos, n)
	b.feats = grow(b.feats, n)
	b.lemma = grow(b.lemma, n)
	b.heads = grow(b.heads, n)
	b.rels = grow(b.rels, n)
}

// resetReps is reset with the word representations computed before
// (by resetClusters, when the sentence was tagged).
func (b *sentBuf) resetReps(words []string, reps []tokRep) {
	b.resetBare(words)
	copy(b.rep, reps)
}

func (b *sentBuf) reset(words []string) {
	b.resetClusters(words, nil)
}

// resetClusters is reset with word clusters (nil: none).
func (b *sentBuf) resetClusters(words []string, cl map[string][4]uint64) {
	b.resetBare(words)
	for i, w := range words {
		repOf(w, &b.rep[i])
		if cl != nil {
			c, ok := cl[w]
			if !ok && b.rep[i].flags&flagCap != 0 {
				c = cl[lowerWord(w)]
			}
			b.rep[i].clus = c
		}
	}
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/2)
	}
	s = s[:n]
	var zero T
	for i := range s {
		s[i] = zero
	}
	return s
}

// repOf fills r for word w.
func repOf(w string, r *tokRep) {
	*r = tokRep{w: hashLower(w)}
	// shape, prefixes and suffixes over lowercased runes
	sh := uint64(fnvOff)
	var last byte
	nr := 0
	upper, lower := 0, 0
	for _, c := range w {
		var cl byte
		switch {
		case unicode.IsUpper(c):
			cl = 'X'
			upper++
		case unicode.IsLetter(c):
			cl = 'x'
			lower++
		case unicode.IsDigit(c):
			cl = 'd'
			r.flags |= flagDigit
		case c == '-':
			cl = '-'
			r.flags |= flagHyphen
		case unicode.IsPunct(c):
			cl = '.'
		default:
			cl = '*'
		}
		if cl != last {
			sh ^= uint64(cl)
			sh *= fnvPrime
			last = cl
		}
		nr++
	}
	r.shape = sh
	if upper > 0 {
		f, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(f) {
			r.flags |= flagCap
		}
		if lower == 0 && upper > 1 {
			r.flags |= flagAllCap
		}
	}
	if upper+lower == 0 && r.flags&flagDigit == 0 {
		r.flags |= flagPunct
	}
	r.length = uint8(min(nr, 12))
	// prefixes 1..3, suffixes 1..5 of the lowercased word (by runes)
	for n := 1; n <= 3; n++ {
		if p, ok := runePrefix(w, n); ok {
			r.pre[n-1] = hashLower(p) + uint64(n)
		}
	}
	for n := 1; n <= 5; n++ {
		if s, ok := runeSuffix(w, n); ok {
			r.suf[n-1] = hashLower(s) + uint64(n)*7
		}
	}
}

func runePrefix(s string, n int) (string, bool) {
	i := 0
	for k := 0; k < n; k++ {
		if i >= len(s) {
			return "", false
		}
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return s[:i], true
}

func runeSuffix(s string, n int) (string, bool) {
	i := len(s)
	for k := 0; k < n; k++ {
		if i <= 0 {
			return "", false
		}
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:], true
}

// tagger is a greedy left-to-right averaged-perceptron UPOS tagger.
type tagger struct{ m *dense }

const nTags = int(numPOS) - 1 // classes: POS(c+1)

// tagFeats appends the features of word i given the two previous tags.
func tagFeats(b *sentBuf, i int, p1, p2 POS, out []uint64) []uint64 {
	r := &b.rep[i]
	n := len(b.rep)
	get := func(j int) *tokRep {
		if j < 0 || j >= n {
			return &boundary[min(max(j+2, 0), 1)]
		}
		return &b.rep[j]
	}
	m1, m2, n1, n2 := get(i-1), get(i-2), get(i+1), get(i+2)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	out = append(out,
		fk1(1, 0),
		fk1(2, r.w),
		fk1(3, m1.w),
		fk1(4, n1.w),
		fk1(5, m2.w),
		fk1(6, n2.w),
		fk1(7, r.suf[0]), fk1(8, r.suf[1]), fk1(9, r.suf[2]), fk1(10, r.suf[3]), fk1(11, r.suf[4]),
		fk1(12, r.pre[0]), fk1(13, r.pre[1]), fk1(14, r.pre[2]),
		fk2(15, r.shape, first),
		fk1(16, m1.shape), fk1(17, n1.shape),
		fk1(18, uint64(p1)),
		fk2(19, uint64(p1), uint64(p2)),
		fk2(20, uint64(p1), r.w),
		fk2(21, m1.w, r.w),
		fk2(22, r.w, n1.w),
		fk1(23, n1.suf[2]),
		fk1(24, m1.suf[2]),
		fk2(25, uint64(r.flags), first),
		fk2(26, uint64(p1), r.suf[2]),
		fk2(27, r.suf[1], n1.w),
		fk2(28, uint64(p1), n1.w),
		fk1(29, uint64(r.length)),
		fk1(30, r.clus[0]), fk1(31, r.clus[1]), fk1(32, r.clus[2]), fk1(33, r.clus[3]),
		fk2(34, r.clus[1], uint64(p1)), fk1(35, n1.clus[2]), fk1(36, m1.clus[2]),
	)
	return out
}

// boundary stands for the words before the start (0) and after the end
// (1) of a sentence.
var boundary = [2]tokRep{{w: 0xB0B0, shape: 0xB0B0}, {w: 0xE0E0, shape: 0xE0E0}}

// tag sets b.pos.
func (t *tagger) tag(b *sentBuf) {
	var p1, p2 POS
	b.score = grow(b.score, nTags)
	for i := range b.rep {
		if b.rep[i].flags&flagPunct != 0 {
			b.pos[i] = punctPOS(b.words[i]) // ,, '' and other marks never seen in training
		} else {
			b.fs = tagFeats(b, i, p1, p2, b.fs[:0])
			s := b.score[:nTags]
			clear(s)
			t.m.score(b.fs, s)
			b.pos[i] = POS(argmax(s, nil) + 1)
		}
		p2, p1 = p1, b.pos[i]
	}
	for i := 1; i+1 < len(b.words); i++ {
		if isScore(b.words, i) {
			b.pos[i] = SYM // the dash of a score, as UD Dutch tags it
		}
	}
}

// punctPOS tags a token without letters or digits: SYM for symbols,
// PUNCT for punctuation.
func punctPOS(w string) POS {
	for _, r := range w {
		if unicode.IsSymbol(r) || r == '%' || r == '@' || r == '#' || r == '&' || r == '*' || r == '§' {
			return SYM
		}
	}
	return PUNCT
}
