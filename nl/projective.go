package nl

import "strings"

// Pseudo-projective parsing (Nivre and Nilsson 2005, the "Head"
// encoding). The arc-hybrid system builds projective trees only, but
// Dutch has crossing arcs (verb clusters: "dat hij het boek wil lezen",
// an extraposed relative clause). Training trees are made projective by
// lifting each crossing arc to the head's head until none crosses; a
// lifted word's relation records the relation of the head it left
// ("obl|xcomp": an obl whose real head is an xcomp below its new head).
// After labelling, unlift moves such a word back down: to the first
// word below its head, breadth first and left to right, whose relation
// is the recorded one.

// liftSep joins a lifted word's relation and its lost head's relation.
const liftSep = "|"

// crossing reports whether the arc from heads[d] to d spans a word its
// head does not dominate.
func crossing(heads []int, d int) bool {
	h := heads[d]
	if h < 0 {
		return false
	}
	for k := min(d, h) + 1; k < max(d, h); k++ {
		if !dominatesIn(heads, h, k, len(heads)) {
			return true
		}
	}
	return false
}

// projectivize returns the heads and relations of a tree with every
// crossing arc lifted, the shortest first, and the number of words
// lifted. A lifted word's relation becomes rel|lost, lost being the
// relation of its first head, unless the word is punctuation, which
// stays lifted (UD Dutch's rule re-hangs separating marks). A tree with
// unknown heads (self-training) is returned as it is.
func projectivize(heads []int, rels []string) ([]int, []string, int) {
	for _, h := range heads {
		if h < -1 || h >= len(heads) {
			return heads, rels, 0
		}
	}
	h := append([]int(nil), heads...)
	lost := map[int]string{}
	for range len(h) * len(h) {
		d := -1
		for i := range h {
			if crossing(h, i) && (d < 0 || abs(i-h[i]) < abs(d-h[d])) {
				d = i
			}
		}
		if d < 0 {
			break
		}
		if _, ok := lost[d]; !ok {
			lost[d] = rels[h[d]]
		}
		h[d] = h[h[d]]
	}
	if len(lost) == 0 {
		return heads, rels, 0
	}
	r := append([]string(nil), rels...)
	for d, l := range lost {
		if r[d] != "punct" && l != "" {
			r[d] += liftSep + l
		}
	}
	return h, r, len(lost)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// liftTables gives, for each label, its base relation's index and, for
// a lifted label (rel|lost), the index of lost (-1 otherwise); both are
// nil when no label is lifted.
func liftTables(labels []string) (base, want []int) {
	idx := map[string]int{}
	for i, l := range labels {
		idx[l] = i
	}
	base, want = make([]int, len(labels)), make([]int, len(labels))
	lifted := false
	for i, l := range labels {
		base[i], want[i] = i, -1
		r, lost, ok := strings.Cut(l, liftSep)
		if !ok {
			continue
		}
		b, okb := idx[r]
		w, okw := idx[lost]
		if okb && okw {
			base[i], want[i] = b, w
			lifted = true
		}
	}
	if !lifted {
		return nil, nil
	}
	return base, want
}

// unlift moves each lifted word (a label with a lost relation) to the
// first word under its head, breadth first and left to right, outside
// its own subtree, whose base relation is the lost one (none found: it
// stays), and gives every word its base relation.
func (ps *parser) unlift(b *sentBuf) {
	if len(ps.want) == 0 {
		return
	}
	n := len(b.words)
	var queue []int
	for d := range n {
		w := ps.want[b.rels[d]]
		if w < 0 || b.heads[d] < 0 {
			continue
		}
		queue = append(queue[:0], b.heads[d])
	search:
		for len(queue) > 0 {
			x := queue[0]
			queue = queue[1:]
			for c := range n {
				if b.heads[c] != x || c == d {
					continue
				}
				if ps.base[b.rels[c]] == w {
					b.heads[d] = c
					break search
				}
				queue = append(queue, c)
			}
		}
	}
	for d := range n {
		b.rels[d] = ps.base[b.rels[d]]
	}
}

// liftTrees returns train and extra made projective (see projectivize);
// a lifted relation seen fewer than minCount times in train becomes its
// base relation (the word stays lifted).
func liftTrees(train, extra []TreeSentence, minCount int, logf func(string, ...any)) ([]TreeSentence, []TreeSentence) {
	lift := func(sents []TreeSentence) ([]TreeSentence, int) {
		out := make([]TreeSentence, len(sents))
		words := 0
		for i, s := range sents {
			var k int
			s.Heads, s.Rels, k = projectivize(s.Heads, s.Rels)
			words += k
			out[i] = s
		}
		return out, words
	}
	tree, words := lift(train)
	count := map[string]int{}
	for _, s := range tree {
		for _, r := range s.Rels {
			if strings.Contains(r, liftSep) {
				count[r]++
			}
		}
	}
	ex, exWords := lift(extra)
	kept := 0
	for _, sents := range [][]TreeSentence{tree, ex} {
		for _, s := range sents {
			for d, r := range s.Rels {
				if base, _, ok := strings.Cut(r, liftSep); ok && count[r] < minCount {
					s.Rels[d] = base
				}
			}
		}
	}
	for _, c := range count {
		if c >= minCount {
			kept++
		}
	}
	logf("projective trees: %d words lifted (%d in parsed text), %d lifted relations of %d kept", words, exWords, kept, len(count))
	return tree, ex
}
