package nl

// udPunct re-attaches punctuation by UD Dutch's rules after labelling:
// separating marks (separators) and the marks that enclose a phrase
// (enclosingMarks).
func udPunct(b *sentBuf) {
	separators(b)
	enclosingMarks(b)
	finalStop(b)
}

// finalStop hangs the marks that end a sentence (. ? !) on its root when
// the root is a verb, as UD Dutch does with 1,962 of its 1,968 final
// stops: a stop the parser left under another word of a verbal sentence
// went wrong with that word, while under a nominal root the parser's
// root is as often wrong as the stop (UD_Dutch-Alpino dev, a dev model
// without self-training: 9 right, 3 wrong; under any root 11 right, 15
// wrong).
func finalStop(b *sentBuf) {
	root := -1
	for i, h := range b.heads {
		if h < 0 {
			root = i
		}
	}
	if root < 0 || b.pos[root] != VERB && b.pos[root] != AUX {
		return
	}
	for i := len(b.words) - 1; i >= 0 && b.pos[i] == PUNCT; i-- {
		switch b.words[i] {
		case ".", "?", "!":
			if i != root && !dominatesIn(b.heads, i, root, len(b.words)) {
				b.heads[i] = root
			}
		}
	}
}

// enclosingMarks hangs a pair of brackets or quotes on the head of the
// phrase they enclose, when the words between them form one subtree (one
// word among them has its head outside): "' als moeders '" under
// moeders. UD Dutch does so for 1,185 of the 1,186 such pairs of its two
// dev sets; the parser hangs the opening mark where the converted
// treebank did and pairMarks the closing one with it.
func enclosingMarks(b *sentBuf) {
	n := len(b.words)
	var open [len(openers)]int
	for k := range open {
		open[k] = -1
	}
	for i, w := range b.words {
		if b.pos[i] != PUNCT {
			continue
		}
		if o, ok := closers[w]; ok {
			if k := openerKind(o); open[k] >= 0 {
				a := open[k]
				open[k] = -1
				if h := phraseHead(b.heads, a, i); h >= 0 {
					for _, m := range [2]int{a, i} {
						if !dominatesIn(b.heads, m, h, n) {
							b.heads[m] = h
						}
					}
				}
				continue
			}
		}
		if k := openerKind(w); k >= 0 {
			open[k] = i
		}
	}
}

// phraseHead returns the one word strictly between a and c whose head
// lies outside them, or -1 if there are none or several.
func phraseHead(heads []int, a, c int) int {
	h := -1
	for k := a + 1; k < c; k++ {
		if x := heads[k]; x > a && x < c {
			continue
		}
		if h >= 0 {
			return -1
		}
		h = k
	}
	return h
}

// separators re-attaches commas, colons, semicolons and dashes inside the
// sentence by UD Dutch's rule (separatorHead) on the parsed words: the
// converted Alpino treebank hangs every mark on the phrase after it, so
// the parser's own choice between the phrase before and the phrase after
// is wrong more often than the rule. It runs after labelling: the
// labeller learnt from trees with the converter's convention.
func separators(b *sentBuf) {
	n := len(b.words)
	root := -1
	for i := range n {
		if b.heads[i] < 0 {
			root = i
		}
	}
	if root < 0 {
		return
	}
	for i := range n {
		if b.pos[i] != PUNCT || !separator(b.words[i]) {
			continue
		}
		l, r := i-1, i+1
		for l >= 0 && b.pos[l] == PUNCT {
			l--
		}
		for r < n && b.pos[r] == PUNCT {
			r++
		}
		if l < 0 || r >= n {
			continue
		}
		if h := separatorHead(b.heads, i, l, r, root); h != i && reachesRootAvoiding(b.heads, h, i) {
			b.heads[i] = h
		}
	}
}

// separator reports whether punctuation word w separates phrases (a
// comma, colon, semicolon or dash) rather than enclosing one.
func separator(w string) bool {
	switch w {
	case ",", ":", ";", "-", "–":
		return true
	}
	return false
}

// separatorHead returns the head UD Dutch gives a separating mark at i
// between the words l and r: where the paths of l and r to the root
// meet, the mark belongs to the phrase on the side away from the meeting
// word (the phrase it closes before a later head, the one it opens after
// an earlier head): "Oranje<, topscorer …, had", "Als … valt<, is het",
// "finale, in Buenos Aires,": 1,597 of the 1,646 commas, colons,
// semicolons and dashes of the two UD Dutch dev sets. A path is followed
// at most maxPath steps; root if the paths do not meet.
func separatorHead(heads []int, i, l, r, root int) int {
	const maxPath = 64
	var pl [maxPath]int
	nl := 0
	for x := l; x >= 0 && x < len(heads) && nl < maxPath; x = heads[x] {
		pl[nl] = x
		nl++
	}
	prevR := -1
	for x, k := r, 0; x >= 0 && x < len(heads) && k < maxPath; x, k = heads[x], k+1 {
		for j := 0; j < nl; j++ {
			if pl[j] != x {
				continue
			}
			if x > i {
				if j > 0 {
					return pl[j-1] // the left phrase, closed before its head
				}
				return x
			}
			if prevR >= 0 {
				return prevR // the right phrase, opened after its head
			}
			return x
		}
		prevR = x
	}
	return root
}

// reachesRootAvoiding reports whether the path from h to the root, within
// 64 steps, avoids i (so that i can hang under h without a cycle).
func reachesRootAvoiding(heads []int, h, i int) bool {
	for k := 0; k < 64; k++ {
		switch {
		case h == i:
			return false
		case h < 0:
			return true
		}
		h = heads[h]
	}
	return false
}
