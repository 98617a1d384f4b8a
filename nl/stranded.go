package nl

// strandedPreps hangs a stranded preposition on the R-pronoun before it
// as case, as UD Dutch does ("rouwden er niet om": om under er): a
// preposition without dependents, followed by a verb, a mark or nothing,
// after an R-pronoun (rPronouns) that has no preposition yet. The parser, taught by
// the converted treebank, hangs it on the verb as a particle. A particle
// of a verb the lexicons know as a particle verb (er … uitzien) stays.
// UD_Dutch-Alpino dev: 13 of 15 such prepositions hang on the R-pronoun
// (LassySmall dev 22 of 31; the others are particles).
func (s *Syntax) strandedPreps(b *sentBuf, verbLemma func(h int) string) {
	m := s.m
	if m.parse.caseRl < 0 {
		return
	}
	n := len(b.words)
	// kids: number of dependents of each word; preps: of them prepositions
	b.kids, b.preps = grow(b.kids, n), grow(b.preps, n)
	kids, preps := b.kids, b.preps
	for k, h := range b.heads[:n] {
		if h >= 0 && h < n {
			kids[h]++
			if b.pos[k] == ADP {
				preps[h]++
			}
		}
	}
	r := -1 // the last R-pronoun so far
	for i := range n {
		if rPronouns[lowerWord(b.words[i])] {
			r = i
			continue
		}
		if r < 0 || b.pos[i] != ADP || kids[i] > 0 || lowerWord(b.words[i]) == "te" ||
			i+1 < n && b.pos[i+1] != VERB && b.pos[i+1] != AUX && b.pos[i+1] != PUNCT {
			continue
		}
		h := b.heads[i]
		if preps[r] > 0 && !(h == r && preps[r] == 1) {
			continue
		}
		if h >= 0 && m.parse.labels[b.rels[i]] == "compound:prt" && (b.pos[h] == VERB || b.pos[h] == AUX) &&
			m.lem.prtVerbs[lowerWord(b.words[i])+"_"+verbLemma(h)] {
			continue
		}
		if h >= 0 && h < n {
			kids[h]--
			preps[h]--
		}
		b.heads[i], b.rels[i] = r, m.parse.caseRl
		kids[r]++
		preps[r]++
	}
}
