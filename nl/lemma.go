package nl

import (
	"strings"
	"unicode"
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
	featSet  [numPOS][]int       // indexes into featList seen with each POS
	fm       *dense              // one weight per feature set in featList
	news     map[lexEntry]string // nouns and adjectives of the Alpino treebank → their root
	known    map[string]bool     // every form of both lexicons
	vocab    map[string]bool     // known words: both lexicons and the clustered news words
	lowered  map[string]bool     // clustered news words written only in lower case (opslag, not veen beside Veen)
	prtVerbs map[string]bool     // particle verb lemmas of both lexicons (op_roepen)
	verbs    map[string]bool     // verb lemmas of both lexicons, without particles
	byLast   [256][]int32        // scripts by the last byte they strip
	anyEnd   []int32             // scripts stripping nothing
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

// needLemmaFeats puts the lemma features of word b.lemI in b.fs, unless
// they are there already (tagBuf asks for them only for words whose
// features or lemma the perceptrons choose).
func (b *sentBuf) needLemmaFeats() {
	if !b.lemReady {
		b.fs = lemmaFeats(b, b.lemI, b.fs[:0])
		b.lemReady = true
	}
}

// pairScore sums the weights of feats paired with class key c.
func pairScore(m *dense, feats []uint64, c uint64) float32 {
	var s float32
	if m.q != nil {
		var a int32
		for _, f := range feats {
			a += int32(m.q[m.row(mix(f, c))])
		}
		return float32(a) * m.qs
	}
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

// featsOf chooses the features of word i (= b.lemI).
func (l *lemmatizer) featsOf(b *sentBuf, i int) Feats {
	set := l.featSet[b.pos[i]]
	switch len(set) {
	case 0:
		return 0
	case 1:
		return l.featList[set[0]]
	}
	b.needLemmaFeats()
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
	lm := l.lemmaOf1(b, i, lw)
	// A capitalised adjective in -s or -sch inside a sentence is a
	// proper one (Nederlandse → Nederlands, Egyptische → Egyptisch); the
	// lexicons hold it lower-cased.
	if b.pos[i] == ADJ && !initial(b, i) && b.rep[i].flags&(flagCap|flagAllCap) == flagCap && lm != "" && lm[0] >= 'a' && lm[0] <= 'z' &&
		(strings.HasSuffix(lm, "s") || strings.HasSuffix(lm, "sch")) {
		if w := b.words[i]; w[0] == lm[0]-'a'+'A' {
			lm = w[:1] + lm[1:]
		}
	}
	return lm
}

// lemmaOf1 is lemmaOf before the capital of a proper adjective.
func (l *lemmatizer) lemmaOf1(b *sentBuf, i int, lw string) string {
	p := b.pos[i]
	if lm, ok := l.lex[lexEntry{lw, p}]; ok {
		if p == PROPN && lm == lw {
			return b.words[i]
		}
		return lm
	}
	if plain, ok := unaccented(lw); ok {
		if lm, ok := l.lex[lexEntry{plain, p}]; ok {
			return lm // vóór, óf, méér: as without the stress marks
		}
	}
	if first, lm, ok := l.hyphenated(b.words[i], p); ok {
		if lm == "" {
			tail := lowerWord(b.words[i][len(first)+1:])
			if lm, ok = l.adjective(tail); !ok {
				lm = l.byScript(b, tail)
			}
		}
		return first + "_" + lm
	}
	switch p {
	case PROPN:
		if lx := Lex(); len(lx.Lookup(ClassWeekday, lw)) > 0 || len(lx.Lookup(ClassMonth, lw)) > 0 {
			return lw // Zaterdag, Augustus at a sentence's start: zaterdag
		}
		return properLemma(b.words[i])
	case PUNCT, SYM, NUM, X:
		return b.words[i]
	}
	if p == VERB || p == AUX {
		if lm, ok := l.news[lexEntry{lw, p}]; ok {
			return lm // a treebank verb form: verloor → verliezen
		}
	}
	if lm, ok := l.diminutive(lw, p); ok {
		return lm
	}
	if p == ADJ {
		if es := Lex().Lookup(ClassOrdinal, lw); len(es) > 0 && es[0].Lemma != "" {
			if es[0].Lemma == "een" {
				return "één"
			}
			return es[0].Lemma // vijfde → vijf, as UD Dutch
		}
		if lm, ok := l.adjective(lw); ok {
			return lm
		}
	}
	// A word the Alpino treebank has as its own root (ziekenhuis,
	// doelpunten → doelpunt) is lexicalised: not split as a compound.
	news, inNews := l.news[lexEntry{lw, p}]
	if inNews && (news == lw || !strings.HasSuffix(lw, news)) {
		return news
	}
	if lm, ok := l.compound(lw, p); ok {
		return lm
	}
	if inNews {
		return news
	}
	if p == VERB || p == AUX {
		if lm, ok := l.verbLemma(lw); ok {
			return lm
		}
	}
	form := lw
	if !initial(b, i) && b.rep[i].flags&flagCap != 0 {
		form = b.words[i] // Nederlandse → Nederlands keeps its capital
	}
	lm := l.byScript(b, form)
	if p == NOUN {
		lm = l.splitCompound(lm)
	}
	return lm
}

// initial reports whether word i opens its sentence: only punctuation
// (an opening quote, at most three marks) comes before it.
func initial(b *sentBuf, i int) bool {
	if i > 3 {
		return false
	}
	for j := 0; j < i; j++ {
		if b.pos[j] != PUNCT {
			return false
		}
	}
	return true
}

// byScript lemmatises form by the best edit script that fits it, chosen
// by the perceptron over b.fs (the features of the word); form itself
// if none fits.
func (l *lemmatizer) byScript(b *sentBuf, form string) string {
	b.needLemmaFeats()
	lw := lowerWord(form)
	best, bv := -1, float32(-1e30)
	try := func(ks []int32) {
		for _, k := range ks {
			if !l.scripts[k].fits(form) {
				continue
			}
			if v := pairScore(l.m, b.fs, uint64(k)+1<<41); v > bv {
				best, bv = int(k), v
			}
		}
	}
	if len(form) > 0 {
		try(l.byLast[form[len(form)-1]])
	}
	try(l.anyEnd)
	if best < 0 {
		return lw
	}
	if lm, ok := l.scripts[best].apply(form); ok && lm != "" && lm[0] != '_' {
		return lm
	}
	return lw
}

// candidates returns the scripts that fit form, as indexes.
func (l *lemmatizer) candidates(lw string, out []int) []int {
	for k, s := range l.scripts {
		if s.fits(lw) {
			out = append(out, k)
		}
	}
	return out
}

// index files the scripts by the last byte they strip.
func (l *lemmatizer) index() {
	l.anyEnd = nil
	l.byLast = [256][]int32{}
	for k, s := range l.scripts {
		if s.strip == "" {
			l.anyEnd = append(l.anyEnd, int32(k))
		} else {
			c := s.strip[len(s.strip)-1]
			l.byLast[c] = append(l.byLast[c], int32(k))
		}
	}
}

// fits reports whether the script applies to form and leaves a lemma.
func (s script) fits(form string) bool {
	if s.ge {
		if !strings.HasPrefix(form, "ge") || len(form) < 5 {
			return false
		}
		form = form[2:]
	}
	return strings.HasSuffix(form, s.strip) && (len(form) > len(s.strip) || s.add != "")
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
	if len(lw) > maxCompound {
		return "", false
	}
	for k := 3; k+4 <= len(lw); k++ {
		if !utf8.RuneStart(lw[k]) || lw[k-1] == '-' {
			continue
		}
		lm, ok := l.lex[lexEntry{lw[k:], p}]
		if !ok && p != VERB {
			lm, ok = l.news[lexEntry{lw[k:], p}]
		}
		if !ok || strings.IndexByte(lm, '_') >= 0 && p == VERB {
			continue
		}
		head := lw[:k]
		if p == VERB {
			if verbPrefixes[head] {
				return "", false
			}
			if _, noun := l.lex[lexEntry{head, NOUN}]; !verbParticle(head) && !noun {
				continue // onder+steunen, best+rijden: no particle verb
			}
			return head + "_" + lm, true
		}
		if derivational[lm] {
			continue // spreek+ster, voer+tuig
		}
		if nounPrefixes[head] {
			return "", false // voorsprong, overwinning: derived, not compounds
		}
		// The head must be a known word too, maybe with a linking s or
		// en (opleidings+ploeg, vrouwen+wijding), and not a preposition
		// (voorsprong is derived, not a compound, in UD Dutch).
		switch {
		case l.known[head]:
		case strings.HasSuffix(head, "s") && l.known[head[:len(head)-1]]:
			head = head[:len(head)-1]
		case strings.HasSuffix(head, "en") && l.known[head[:len(head)-2]]:
			head = head[:len(head)-2]
		default:
			continue
		}
		if hl, ok := l.lex[lexEntry{head, NOUN}]; ok && strings.IndexByte(hl, '_') < 0 {
			head = hl // paarden+sport → paard_sport, jaren+lang → jaar_lang
		}
		return head + "_" + lm, true
	}
	return "", false
}

// maxCompound is the longest word (in bytes) split as a compound; the
// splitting looks up every tail, so it stays out of token soup.
const maxCompound = 60

// verbParticle reports whether a verb may begin with head as a separable
// particle: op+roepen, terug+komen; not the particles that also make
// inseparable verbs (onder+steunen, over+lijden).
func verbParticle(head string) bool {
	switch head {
	case "onder", "over", "om", "voor", "achter", "vol", "mis", "weer":
		return false
	}
	return separableParticle[head] || adverbParticles[head]
}

// derivational are suffixes the compound rule would take for words.
var derivational = map[string]bool{"ster": true, "tuig": true, "aar": true, "heid": true, "ding": true, "ling": true, "schap": true}

// splitCompound splits a lemma the edit scripts made of an unknown word
// into a known head and a known tail: vrouwenwijding → vrouw_wijding,
// zedendelinquent → zede_delinquent.
func (l *lemmatizer) splitCompound(lm string) string {
	if len(lm) > maxCompound {
		return lm
	}
	for k := 4; k+5 <= len(lm); k++ {
		if !utf8.RuneStart(lm[k]) || strings.IndexByte(lm[:k], '-') >= 0 {
			continue
		}
		tail := lm[k:]
		if !l.vocab[tail] || derivational[tail] {
			continue
		}
		head := lm[:k]
		switch {
		case nounPrefixes[head]:
			return lm
		case l.known[head] && len(head) >= 4:
		case strings.HasSuffix(head, "s") && l.known[head[:len(head)-1]] && len(head) >= 5:
			head = head[:len(head)-1]
		case strings.HasSuffix(head, "en") && l.known[head[:len(head)-2]] && len(head) >= 6:
			head = head[:len(head)-2]
		default:
			continue
		}
		if hl, ok := l.lex[lexEntry{head, NOUN}]; ok && strings.IndexByte(hl, '_') < 0 {
			head = hl
		}
		return head + "_" + tail
	}
	return lm
}

// buildKnown fills the set of known word forms.
func (l *lemmatizer) buildKnown() {
	l.buildParticleVerbs()
	l.known = make(map[string]bool, len(l.lex)+len(l.news))
	for k := range l.lex {
		if len(k.w) >= 3 {
			l.known[k.w] = true
		}
	}
	for k := range l.news {
		if len(k.w) >= 3 {
			l.known[k.w] = true
		}
	}
}

// buildVocab fills the set of known words from the lexicons and the
// clustered words.
func (l *lemmatizer) buildVocab(clus map[string][4]uint64) {
	l.vocab = make(map[string]bool, len(l.known)+len(clus))
	for w := range l.known {
		l.vocab[w] = true
	}
	for w := range clus {
		l.vocab[w] = true
	}
	l.lowered = loweredWords(clus)
}

// loweredWords returns the clustered words of five letters or more the
// news writes in lower case and never with a capital: "opslag" and
// "stoornissen" are, "veen" is not (Veen is a name too).
func loweredWords(clus map[string][4]uint64) map[string]bool {
	out := map[string]bool{}
	for w := range clus {
		if utf8.RuneCountInString(w) < 5 || strings.ToLower(w) != w {
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		if _, ok := clus[string(unicode.ToUpper(r))+w[n:]]; !ok {
			out[w] = true
		}
	}
	return out
}

// joinParticles gives a verb with a separated particle (riep … op) the
// lemma of the particle verb, in UD form (op_roepen).
func (l *lemmatizer) joinParticles(b *sentBuf, labels []string) {
	for i := range b.words {
		h := b.heads[i]
		if h < 0 || labels[b.rels[i]] != "compound:prt" || (b.pos[h] != VERB && b.pos[h] != AUX) {
			continue
		}
		if prt := lowerWord(b.words[i]); l.particleVerb(prt, b.lemma[h]) {
			b.lemma[h] = prt + "_" + b.lemma[h]
		}
	}
}

// particleVerb reports whether particle prt joins the verb lemma: a
// separable particle (op, terug) or a particle verb the lexicons know
// (plaats_vinden), and not already in the lemma. A word the parser
// hangs as compound:prt by mistake (plaats maken, om te) stays apart.
func (l *lemmatizer) particleVerb(prt, lemma string) bool {
	if lemma == "" || strings.HasPrefix(lemma, prt) {
		return false
	}
	return separableParticle[prt] || adverbParticles[prt] || l.prtVerbs[prt+"_"+lemma]
}

// buildParticleVerbs fills the sets of verb lemmas and particle verb
// lemmas the lexicons know (roepen, op_roepen, plaats_vinden).
func (l *lemmatizer) buildParticleVerbs() {
	l.prtVerbs, l.verbs = map[string]bool{}, map[string]bool{}
	for _, m := range [...]map[lexEntry]string{l.lex, l.news} {
		for k, lm := range m {
			if k.p != VERB && k.p != AUX {
				continue
			}
			l.verbs[lm[strings.LastIndexByte(lm, '_')+1:]] = true
			if strings.Count(lm, "_") == 1 {
				l.prtVerbs[lm] = true
			}
		}
	}
}

// weakParticiple lemmatises a weak participle by rule: (particle)ge +
// stem + t/d → (particle_)infinitive (opgepakt → op_pakken, gemaakt →
// maken, gewerkt → werken).
func weakParticiple(w string) (string, bool) {
	if !(strings.HasSuffix(w, "t") || strings.HasSuffix(w, "d")) || len(w) < 6 {
		return "", false
	}
	for _, prt := range particleHeads {
		rest, ok := strings.CutPrefix(w, prt+"ge")
		if !ok || len(rest) < 3 {
			continue
		}
		stem := rest[:len(rest)-1]
		inf := infinitive(stem)
		if inf == "" {
			return "", false
		}
		if prt != "" {
			return prt + "_" + inf, true
		}
		return inf, true
	}
	return "", false
}

// infinitive builds the infinitive of a weak verb's stem: a short vowel
// doubles the final consonant (pak → pakken), a long one is written
// single (maak → maken).
func infinitive(stem string) string {
	n := len(stem)
	if n < 2 {
		return ""
	}
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	last := stem[n-1]
	if vowel(last) {
		return stem + "en"
	}
	if n >= 3 && vowel(stem[n-2]) && vowel(stem[n-3]) && stem[n-2] == stem[n-3] {
		return stem[:n-2] + stem[n-1:] + "en" // maak → maken
	}
	if vowel(stem[n-2]) && (n < 3 || !vowel(stem[n-3])) && strings.IndexByte("wjy", last) < 0 && !unstressedEnd(stem) {
		return stem + string(last) + "en" // pak → pakken
	}
	return stem + "en"
}

// verbClasses are the verb classes of the Dutch lexicon (nl/lex) whose
// lemmas serve as exceptions for verb forms the treebanks lack.
var verbClasses = []Class{ClassSpeechVerb, ClassModal, ClassHedge, ClassPassiveAux, ClassPerfectAux, ClassFutureAux}

// verbLemma lemmatises a verb form the UD lexicon lacks: from the Dutch
// lexicon (zei → zeggen; a separable form without its particle), as a
// weak participle (opgepakt → op_pakken), or as a weak past whose
// infinitive is a known word (ontmoetten → ontmoeten).
func (l *lemmatizer) verbLemma(lw string) (string, bool) {
	lx := Lex()
	for _, c := range verbClasses {
		for _, e := range lx.Lookup(c, lw) {
			if e.Lemma != "" && !strings.Contains(e.Lemma, " ") {
				return strings.TrimPrefix(e.Lemma, e.Particle), true
			}
		}
	}
	if lm, ok := weakParticiple(lw); ok {
		base := lm[strings.LastIndexByte(lm, '_')+1:]
		if rest, ok := strings.CutPrefix(lw, "ge"); ok && !l.vocab[base] {
			if inf, ok := l.knownInfinitive(rest); ok {
				return inf, true // gedood, gevlucht: doden, vluchten
			}
		}
		return lm, true
	}
	// a weak past (ontmoetten) whose infinitive is a known word, or a
	// present form (speel, vertrouwt) whose infinitive is a known verb
	// (not genoeg → genoegen)
	for _, suf := range [...]string{"ten", "den", "te", "de", "t", ""} {
		stem, ok := strings.CutSuffix(lw, suf)
		if !ok || len(stem) < 3 {
			continue
		}
		if inf, ok := l.knownInfinitive(stem); ok && inf != lw && (len(suf) > 1 || l.verbs[inf]) {
			return inf, true
		}
	}
	return "", false
}

// diminutive lemmatises a diminutive as UD Dutch does, by its known
// base noun: groepje → groep, telefoontje → telefoon, raampje → raam,
// spelletje → spel, zusjes → zus.
func (l *lemmatizer) diminutive(lw string, p POS) (string, bool) {
	if p != NOUN {
		return "", false
	}
	w := strings.TrimSuffix(lw, "s")
	for _, suf := range [...]string{"etje", "tje", "pje", "je"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 3 {
			continue
		}
		if suf == "etje" && len(stem) >= 4 && stem[len(stem)-1] == stem[len(stem)-2] {
			stem = stem[:len(stem)-1] // spelletje → spel
		}
		if lm, ok := l.lex[lexEntry{stem, NOUN}]; ok {
			return lm, true
		}
		if lm, ok := l.news[lexEntry{stem, NOUN}]; ok {
			return lm, true
		}
	}
	return "", false
}

// adjective lemmatises an inflected, comparative or superlative
// adjective whose base the lexicons know: sterker → sterk, grootste →
// groot, Libanese → Libanees, religieuze → religieus, rappe → rap;
// an -ige form is always -ig (24-jarige → jarig).
func (l *lemmatizer) adjective(lw string) (string, bool) {
	if base, ok := strings.CutSuffix(lw, "ige"); ok && len(base) >= 2 {
		return base + "ig", true
	}
	for _, suf := range [...]string{"ere", "er", "ste", "st", "e"} {
		stem, ok := strings.CutSuffix(lw, suf)
		if !ok || len(stem) < 3 {
			continue
		}
		for _, c := range adjectiveBases(stem) {
			_, inLex := l.lex[lexEntry{c, ADJ}]
			if _, inNews := l.news[lexEntry{c, ADJ}]; inLex || inNews {
				return c, true
			}
		}
	}
	return "", false
}

// adjectiveBases returns the spellings an adjective's base may have
// once an ending is cut: as it is (sterk), one consonant less (rapp →
// rap), f and s for v and z (productiev → productief, religieuz →
// religieus), a vowel doubled in the closed syllable (Libanes →
// Libanees, acut → acuut).
func adjectiveBases(stem string) []string {
	out := []string{stem}
	n := len(stem)
	last := stem[n-1]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case last == stem[n-2] && !vowel(last):
		out = append(out, stem[:n-1])
	case last == 'v':
		stem = stem[:n-1] + "f"
		out = append(out, stem)
	case last == 'z':
		stem = stem[:n-1] + "s"
		out = append(out, stem)
	}
	if n >= 3 && !vowel(stem[n-1]) && vowel(stem[n-2]) && !vowel(stem[n-3]) && stem[n-2] != 'i' {
		out = append(out, stem[:n-1]+stem[n-2:n-1]+stem[n-1:])
	}
	return out
}

// stressMarks takes acute stress marks off (built once, not per word).
var stressMarks = strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u")

// unaccented returns w without acute stress marks (vóór → voor) and
// whether it had any; één keeps them (they tell the numeral).
func unaccented(w string) (string, bool) {
	if !strings.ContainsAny(w, "áéíóú") || w == "één" || w == "eén" {
		return w, false
	}
	return stressMarks.Replace(w), true
}

// properLemma lemmatises a name: a possessive or plural 's goes
// (Rabo's → Rabo, DWK'ers → DWK'er), a plural inhabitant name takes
// its singular (Afrikanen → Afrikaan, Argentijnen → Argentijn).
func properLemma(w string) string {
	if base, ok := strings.CutSuffix(w, "'s"); ok && len(base) >= 2 && (strings.IndexByte("aeiouy", base[len(base)-1]) >= 0 || strings.ToUpper(base) == base) {
		return base // Dutch writes 's after a vowel or an abbreviation; not It's, Women's
	}
	if base, ok := strings.CutSuffix(w, "'ers"); ok && len(base) >= 2 {
		return base + "'er"
	}
	if base, ok := strings.CutSuffix(w, "anen"); ok && len(base) >= 3 {
		return base + "aan"
	}
	if base, ok := strings.CutSuffix(w, "ijnen"); ok && len(base) >= 3 {
		return base + "ijn"
	}
	return w
}

// knownInfinitive returns the infinitive of a verb stem that the spelling
// rules allow and the vocabulary knows: speel → spelen, handhaaf →
// handhaven, pleit → pleiten.
func (l *lemmatizer) knownInfinitive(stem string) (string, bool) {
	if len(stem) < 2 {
		return "", false
	}
	inf := infinitive(stem)
	if l.vocab[inf] {
		return inf, true
	}
	for _, c := range [...][2]string{{"f", "v"}, {"s", "z"}} {
		if b, ok := strings.CutSuffix(stem, c[0]); ok {
			if v := infinitive(b + c[1]); v != "" && l.vocab[v] {
				return v, true // handhaaf → handhaven, verwees → verwezen (sic)
			}
		}
	}
	return "", false
}

// nounPrefixes are prepositions and particles that begin derived nouns
// and adjectives UD Dutch writes as one lemma (voorsprong, overwinning,
// uitgang, aanleiding, toegang).
var nounPrefixes = map[string]bool{"voor": true, "over": true, "tegen": true, "uit": true, "aan": true, "op": true, "af": true,
	"in": true, "onder": true, "na": true, "om": true, "bij": true, "mee": true, "toe": true, "door": true, "achter": true,
	"neer": true, "terug": true, "samen": true, "tele": true, "teleur": true, "inter": true, "ver": true, "be": true, "ont": true, "her": true}

// hyphenated splits a hyphenated compound as UD Dutch lemmatises it: the
// part before the last hyphen as written, and the lemma of the last part
// (FARC-rebellen → FARC, rebel: FARC_rebel; 24-jarige → 24, jarig). The
// lemma is "" when no lexicon knows the last part of an adjective (the
// caller then uses the edit scripts); an unknown noun stays as written
// (weekend-uitje). A name stays whole: a capitalised last part
// (Zuid-Amerikaanse, West-Vlaanderen); a word tagged PROPN with a
// lower-case last part splits (Rabo-ploeg → Rabo_ploeg).
func (l *lemmatizer) hyphenated(w string, p POS) (first, lemma string, ok bool) {
	j := strings.LastIndexByte(w, '-')
	if j <= 0 || j+3 > len(w) {
		return "", "", false
	}
	first, tail := w[:j], w[j+1:]
	lt := lowerWord(tail)
	if lt != tail {
		return "", "", false // Zuid-Amerikaanse, Noord-Ierse: one name
	}
	if j < 2 {
		return "", "", false // e-mail
	}
	switch p {
	case NOUN, ADJ:
	case PROPN:
		p = NOUN // Rabo-ploeg
	default:
		return "", "", false
	}
	if lm, ok := l.lex[lexEntry{lt, p}]; ok {
		return first, lm, true
	}
	if lm, ok := l.news[lexEntry{lt, p}]; ok {
		return first, lm, true
	}
	if lm, ok := l.compound(lt, p); ok {
		return first, lm, true
	}
	if p == ADJ {
		return first, "", true // the caller lemmatises the tail by script
	}
	return first, lt, true
}

// unstressedEnd reports whether a verb stem ends in an unstressed -el,
// -er, -em or -en syllable, whose consonant does not double (twijfel →
// twijfelen, reken → rekenen; but stel → stellen, bestel → bestellen).
func unstressedEnd(stem string) bool {
	n := len(stem)
	if n < 4 || stem[n-2] != 'e' || strings.IndexByte("lrmn", stem[n-1]) < 0 {
		return false
	}
	for _, p := range [...]string{"be", "ge", "ver", "ont", "her", "er"} {
		if rest, ok := strings.CutPrefix(stem, p); ok && len(rest) >= 3 {
			stem = rest
			break
		}
	}
	groups, inVowel := 0, false
	for i := 0; i < len(stem); i++ {
		v := strings.IndexByte("aeiouy", stem[i]) >= 0
		if v && !inVowel {
			groups++
		}
		inVowel = v
	}
	return groups >= 2
}
