package nl

import (
	"strings"
	"unicode/utf8"
)

// The lemmatiser looks a (word, POS) pair up in a lexicon learnt from the
// treebanks; an unknown word gets the best-scoring edit script (strip a
// suffix, add one, maybe drop the participle's ge-) of those that fit it.
// The morphological features are chosen the same way among the feature
// sets seen with the word's POS.

// script turns a lowercased form into a lemma.
type script struct {
	strip, add string
	ge         bool // drop a "ge" prefix first (gezegd → zeggen)
}

func (s script) key() string {
	g := "0"
	if s.ge {
		g = "1"
	}
	return g + "\x00" + s.strip + "\x00" + s.add
}

func parseScript(k string) script {
	p := strings.SplitN(k, "\x00", 3)
	if len(p) != 3 {
		return script{}
	}
	return script{ge: p[0] == "1", strip: p[1], add: p[2]}
}

// apply returns the lemma, or ok false if the script does not fit form.
func (s script) apply(form string) (string, bool) {
	if s.ge {
		if !strings.HasPrefix(form, "ge") || len(form) < 5 {
			return "", false
		}
		form = form[2:]
	}
	if !strings.HasSuffix(form, s.strip) {
		return "", false
	}
	return form[:len(form)-len(s.strip)] + s.add, true
}

// scriptFor returns the script turning form into lemma (both lowercase).
func scriptFor(form, lemma string) script {
	best := script{strip: form, add: lemma}
	try := func(f string, ge bool) {
		p := 0
		for p < len(f) && p < len(lemma) && f[p] == lemma[p] {
			p++
		}
		for p > 0 && p < len(f) && !utf8.RuneStart(f[p]) {
			p--
		}
		s := script{strip: f[p:], add: lemma[p:], ge: ge}
		if len(s.strip)+len(s.add) < len(best.strip)+len(best.add) {
			best = s
		}
	}
	try(form, false)
	if strings.HasPrefix(form, "ge") && !strings.HasPrefix(lemma, "ge") {
		try(form[2:], true)
	}
	return best
}

// lemmatizer holds the lexicon and the script and feature classifiers.
type lemmatizer struct {
	lex      map[lexEntry]string // (lowercased word, POS) → lemma
	scripts  []script
	m        *dense // pair model: feature × script key
	featList []Feats
	featSet  [numPOS][]int // indexes into featList seen with each POS
	fm       *dense        // one weight per feature set in featList
}

// lexEntry keys the lemma lexicon.
type lexEntry struct {
	w string
	p POS
}

// lemmaFeats appends the features of word i for the lemma and feature
// classifiers.
func lemmaFeats(b *sentBuf, i int, out []uint64) []uint64 {
	r := &b.rep[i]
	t := uint64(b.pos[i])
	var prevW, nextW uint64 = 1, 2
	if i > 0 {
		prevW = b.rep[i-1].w
	}
	if i+1 < len(b.rep) {
		nextW = b.rep[i+1].w
	}
	return append(out,
		fk1(300, t), fk2(301, r.w, t),
		fk2(302, r.suf[0], t), fk2(303, r.suf[1], t), fk2(304, r.suf[2], t), fk2(305, r.suf[3], t), fk2(306, r.suf[4], t),
		fk2(307, r.pre[1], t), fk2(308, uint64(r.length), t), fk2(309, prevW, t), fk2(310, nextW, t),
		fk1(311, r.suf[2]), fk1(312, r.suf[3]),
	)
}

// pairScore sums the weights of feats paired with class key c.
func pairScore(m *dense, feats []uint64, c uint64) float32 {
	var s float32
	for _, f := range feats {
		s += m.w[m.row(mix(f, c))]
	}
	return s
}

func pairUpdate(m *dense, feats []uint64, good, bad uint64, v float32) {
	for _, f := range feats {
		r := m.row(mix(f, good))
		m.w[r] += v
		m.acc[r] += m.n * float64(v)
		r = m.row(mix(f, bad))
		m.w[r] -= v
		m.acc[r] -= m.n * float64(v)
	}
}

// featsOf chooses the features of word i (b.fs holds its lemma features).
func (l *lemmatizer) featsOf(b *sentBuf, i int) Feats {
	set := l.featSet[b.pos[i]]
	switch len(set) {
	case 0:
		return 0
	case 1:
		return l.featList[set[0]]
	}
	return l.featList[l.bestFeats(b, set)]
}

// bestFeats returns the best-scoring index of set.
func (l *lemmatizer) bestFeats(b *sentBuf, set []int) int {
	nf := len(l.featList)
	b.score = grow(b.score, nf)
	s := b.score[:nf]
	clear(s)
	l.fm.score(b.fs, s)
	best, bv := set[0], float32(-1e30)
	for _, k := range set {
		if s[k] > bv {
			best, bv = k, s[k]
		}
	}
	return best
}

// lemmaOf returns the lemma of word i in UD form (compound parts joined
// by "_" where the lexicon knows them).
func (l *lemmatizer) lemmaOf(b *sentBuf, i int, lw string) string {
	p := b.pos[i]
	if lm, ok := l.lex[lexEntry{lw, p}]; ok {
		if p == PROPN && lm == lw {
			return b.words[i]
		}
		return lm
	}
	switch p {
	case PROPN, PUNCT, SYM, NUM, X:
		return b.words[i]
	}
	if lm, ok := l.compound(lw, p); ok {
		return lm
	}
	form := lw
	if i > 0 && b.rep[i].flags&flagCap != 0 {
		form = b.words[i] // Nederlandse → Nederlands keeps its capital
	}
	best, bv := "", float32(-1e30)
	for k, s := range l.scripts {
		lm, ok := s.apply(form)
		if !ok || lm == "" || lm[0] == '_' {
			continue
		}
		if v := pairScore(l.m, b.fs, uint64(k)+1<<41); v > bv {
			best, bv = lm, v
		}
	}
	if best == "" {
		return lw
	}
	return best
}

// candidates returns the scripts that fit form, as indexes.
func (l *lemmatizer) candidates(lw string, out []int) []int {
	for k, s := range l.scripts {
		if lm, ok := s.apply(lw); ok && lm != "" {
			out = append(out, k)
		}
	}
	return out
}

// lowerWord lowercases w only when it has an upper-case letter.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || (c >= 'A' && c <= 'Z') {
			return strings.ToLower(w)
		}
	}
	return w
}

// verbPrefixes are inseparable prefixes: ver+moorden is no compound.
var verbPrefixes = map[string]bool{"ver": true, "ont": true, "her": true, "be": true, "ge": true, "er": true, "mis": true, "vol": false}

// compound lemmatises an unknown word through its longest known tail:
// meegesprongen → mee_springen, kopgroepen → kop_groep.
func (l *lemmatizer) compound(lw string, p POS) (string, bool) {
	switch p {
	case NOUN, VERB, ADJ:
	default:
		return "", false
	}
	for k := 3; k+4 <= len(lw); k++ {
		if !utf8.RuneStart(lw[k]) || lw[k-1] == '-' {
			continue
		}
		lm, ok := l.lex[lexEntry{lw[k:], p}]
		if !ok || strings.IndexByte(lm, '_') >= 0 && p == VERB {
			continue
		}
		head := lw[:k]
		if p == VERB && verbPrefixes[head] {
			return "", false
		}
		if strings.HasSuffix(head, "s") && len(head) > 3 {
			if _, ok := l.lex[lexEntry{head[:len(head)-1], NOUN}]; ok {
				head = head[:len(head)-1] // opleidings+ploeg
			}
		}
		return head + "_" + lm, true
	}
	return "", false
}

// joinParticles gives a verb with a separated particle (riep … op) the
// lemma of the particle verb, in UD form (op_roepen).
func joinParticles(b *sentBuf, labels []string) {
	for i := range b.words {
		h := b.heads[i]
		if h < 0 || labels[b.rels[i]] != "compound:prt" || (b.pos[h] != VERB && b.pos[h] != AUX) {
			continue
		}
		prt := lowerWord(b.words[i])
		if !strings.HasPrefix(b.lemma[h], prt) {
			b.lemma[h] = prt + "_" + b.lemma[h]
		}
	}
}
