package nl

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
