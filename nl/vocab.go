package nl

import "unicode/utf8"

// CommonWord reports whether word, lower-cased, is a common word by the
// lemmatiser's lexicons (the UD treebanks' words and the Alpino treebank's
// nouns and adjectives, any part of speech but a proper noun): itself,
// its stem before a plural -en or -s, or a compound of a known tail and a
// head the lexicons or the tagger's lower-case news vocabulary know
// (kerk+uilen, bos+bodems, spinnen+gedrag); the tail may also be a news
// word never written with a capital (koolstof+opslag). "Flauwekul" and "Oorsuizen"
// are common words, "Rusland" and "Pontsteiger" are not. It is false for a
// document not annotated with the embedded models and for words shorter
// than three letters.
func (d *Doc) CommonWord(word string) bool {
	if d.syn == nil || d.syn.lem == nil || len(word) < 3 {
		return false
	}
	return d.syn.lem.commonWord(lowerWord(word))
}

// commonWord is CommonWord on a lower-cased word.
func (l *lemmatizer) commonWord(lw string) bool {
	if l.commonForm(lw) {
		return true
	}
	if len(lw) > maxCompound {
		return false
	}
	for k := 4; k+4 <= len(lw); k++ {
		if !utf8.RuneStart(lw[k]) || lw[k-1] == '-' || !l.commonForm(lw[k:]) && !l.lowered[lw[k:]] {
			continue
		}
		head := lw[:k]
		if nounPrefixes[head] || verbPrefixes[head] {
			continue
		}
		if l.common(head) || l.vocab[head] || len(head) >= 5 && (l.common(head[:len(head)-1]) && head[len(head)-1] == 's' || l.common(head[:len(head)-2]) && head[len(head)-2:] == "en") {
			return true
		}
		// a head that is a compound itself: kool+stof+opslag
		if len(head) >= 8 && l.commonWord(head) {
			return true
		}
	}
	return false
}

// commonForm reports whether lw or its stem before a plural -en, -s or -n
// is a common word of the lexicons.
func (l *lemmatizer) commonForm(lw string) bool {
	if l.common(lw) {
		return true
	}
	n := len(lw)
	return n > 5 && lw[n-2:] == "en" && l.common(lw[:n-2]) ||
		n > 5 && lw[n-2:] == "en" && lw[n-3] == lw[n-4] && l.common(lw[:n-3]) ||
		n > 4 && (lw[n-1] == 's' || lw[n-1] == 'n') && l.common(lw[:n-1])
}

// common reports whether a lexicon holds lw with a part of speech other
// than PROPN and X.
func (l *lemmatizer) common(lw string) bool {
	for p := POS(1); p < numPOS; p++ {
		if p == PROPN || p == X {
			continue
		}
		if _, ok := l.lex[lexEntry{lw, p}]; ok {
			return true
		}
		if _, ok := l.news[lexEntry{lw, p}]; ok {
			return true
		}
	}
	return false
}
