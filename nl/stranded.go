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
	for i := range n {
		if b.pos[i] != ADP || lowerWord(b.words[i]) == "te" || i+1 < n && b.pos[i+1] != VERB && b.pos[i+1] != AUX && b.pos[i+1] != PUNCT {
			continue
		}
		r := -1
		for j := i - 1; j >= 0; j-- {
			if rPronouns[lowerWord(b.words[j])] {
				r = j
				break
			}
		}
		if r < 0 || hasDependent(b, i, -1) || hasDependent(b, r, i) {
			continue
		}
		h := b.heads[i]
		if h >= 0 && m.parse.labels[b.rels[i]] == "compound:prt" && (b.pos[h] == VERB || b.pos[h] == AUX) &&
			m.lem.prtVerbs[lowerWord(b.words[i])+"_"+verbLemma(h)] {
			continue
		}
		b.heads[i], b.rels[i] = r, m.parse.caseRl
	}
}

// hasDependent reports whether word h has a preposition (or, with
// except < 0, any word) as a dependent other than except.
func hasDependent(b *sentBuf, h, except int) bool {
	for k, x := range b.heads[:len(b.words)] {
		if x == h && k != except && (except < 0 || b.pos[k] == ADP) {
			return true
		}
	}
	return false
}
