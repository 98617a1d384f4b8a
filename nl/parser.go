package nl

// The parser is a greedy arc-hybrid transition parser (Kuhlmann et al.
// 2011) scored by an averaged perceptron and trained with Goldberg and
// Nivre's dynamic oracle; relations are given afterwards by a labeller
// that sees the whole unlabelled tree.

import "slices"

// Moves of the arc-hybrid system. The buffer ends with a ROOT pseudo
// word (index n).
const (
	mShift = iota
	mLeft  // s0 ← b0
	mRight // s1 → s0
	nMoves
)

// parseState is the configuration of the transition system.
type parseState struct {
	n      int
	stack  []int
	b      int // buffer front; n is ROOT
	heads  []int
	lc, rc [][2]int // two leftmost / rightmost children, -1 if none
	nl, nr []uint8  // number of left / right children
	onStk  []bool
}

func (p *parseState) init(n int) {
	p.n, p.b = n, 0
	p.stack = p.stack[:0]
	p.heads = grow(p.heads, n+1)
	p.lc = grow(p.lc, n+1)
	p.rc = grow(p.rc, n+1)
	p.nl = grow(p.nl, n+1)
	p.nr = grow(p.nr, n+1)
	p.onStk = grow(p.onStk, n+1)
	for i := range p.heads {
		p.heads[i] = -1
		p.lc[i] = [2]int{-1, -1}
		p.rc[i] = [2]int{-1, -1}
	}
}

func (p *parseState) done() bool { return p.b >= p.n && len(p.stack) == 0 }

func (p *parseState) legal(m int) bool {
	switch m {
	case mShift:
		return p.b < p.n
	case mLeft:
		return len(p.stack) > 0 && (p.b < p.n || len(p.stack) == 1)
	case mRight:
		return len(p.stack) > 1
	}
	return false
}

// only returns the one legal move, or -1 when there is a choice (or
// none): a forced move needs no scoring.
func (p *parseState) only() int {
	m := -1
	for k := range nMoves {
		if p.legal(k) {
			if m >= 0 {
				return -1
			}
			m = k
		}
	}
	return m
}

func (p *parseState) arc(h, d int) {
	p.heads[d] = h
	if d < h {
		p.nl[h]++
		// keep the two leftmost
		if p.lc[h][0] < 0 || d < p.lc[h][0] {
			p.lc[h][1] = p.lc[h][0]
			p.lc[h][0] = d
		} else if p.lc[h][1] < 0 || d < p.lc[h][1] {
			p.lc[h][1] = d
		}
	} else {
		p.nr[h]++
		if p.rc[h][0] < 0 || d > p.rc[h][0] {
			p.rc[h][1] = p.rc[h][0]
			p.rc[h][0] = d
		} else if p.rc[h][1] < 0 || d > p.rc[h][1] {
			p.rc[h][1] = d
		}
	}
}

func (p *parseState) apply(m int) {
	switch m {
	case mShift:
		p.stack = append(p.stack, p.b)
		p.onStk[p.b] = true
		p.b++
	case mLeft:
		s0 := p.stack[len(p.stack)-1]
		p.stack = p.stack[:len(p.stack)-1]
		p.onStk[s0] = false
		p.arc(p.b, s0)
	case mRight:
		s0 := p.stack[len(p.stack)-1]
		s1 := p.stack[len(p.stack)-2]
		p.stack = p.stack[:len(p.stack)-1]
		p.onStk[s0] = false
		p.arc(s1, s0)
	}
}

// cost returns the number of gold arcs move m makes unreachable (gold[i]
// is i's head, n for ROOT).
func (p *parseState) cost(m int, gold []int) int {
	c := 0
	switch m {
	case mShift:
		b0 := p.b
		top := -1
		if len(p.stack) > 0 {
			top = p.stack[len(p.stack)-1]
		}
		for _, k := range p.stack {
			if gold[k] == b0 {
				c++
			}
			if gold[b0] == k && k != top {
				c++
			}
		}
	case mLeft, mRight:
		s0 := p.stack[len(p.stack)-1]
		s1 := -1
		if len(p.stack) > 1 {
			s1 = p.stack[len(p.stack)-2]
		}
		g := gold[s0]
		if m == mLeft {
			if g != p.b && (g == s1 || g > p.b) {
				c++
			}
		} else if g >= p.b && g != s1 {
			c++
		}
		for k := p.b; k < p.n; k++ {
			if gold[k] == s0 {
				c++
			}
		}
	}
	return c
}

// parser scores moves; labeller gives relations.
type parser struct {
	m      *dense
	labels []string
	lab    *dense
	root   int // index of "root" in labels
	caseRl int // index of "case" in labels (-1: none)
	// base and want index labels: a label's base relation, and for a
	// lifted one (projective.go) the relation of the head it lost (-1:
	// none); want is nil when no label is lifted.
	base, want []int
}

// outside gives the code of a position outside the sentence: lo for the
// null token (i < 0) and lo+1 for ROOT (i ≥ n); out is false inside.
func (b *sentBuf) outside(i int, lo uint64) (code uint64, out bool) {
	switch {
	case i < 0:
		return lo, true
	case i >= len(b.rep):
		return lo + 1, true
	}
	return 0, false
}

// tw returns the hash of word i; 1 and 2 stand for the null token and
// ROOT.
func (b *sentBuf) tw(i int) uint64 {
	if c, out := b.outside(i, 1); out {
		return c
	}
	return b.rep[i].w
}

// tc returns word i's cluster path prefix k (see tokRep.clus); 1 and 2
// stand for the null token and ROOT.
func (b *sentBuf) tc(i, k int) uint64 {
	if c, out := b.outside(i, 1); out {
		return c
	}
	return b.rep[i].clus[k]
}

// suf3 returns the hash of word i's three-letter suffix (0 for none,
// the null token and ROOT).
func (b *sentBuf) suf3(i int) uint64 {
	if i < 0 || i >= len(b.rep) {
		return 0
	}
	return b.rep[i].suf[2]
}

// tt returns the tag of word i; 100 and 101 stand for the null token and
// ROOT.
func (b *sentBuf) tt(i int) uint64 {
	if c, out := b.outside(i, 100); out {
		return c
	}
	return uint64(b.pos[i])
}

func distBucket(d int) uint64 {
	switch {
	case d <= 0:
		return 0
	case d < 5:
		return uint64(d)
	case d < 10:
		return 5
	case d < 20:
		return 6
	}
	return 7
}

// moveFeats appends the features of the current configuration.
func moveFeats(b *sentBuf, p *parseState, out []uint64) []uint64 {
	st := p.stack
	s0, s1, s2 := -1, -1, -1
	if len(st) > 0 {
		s0 = st[len(st)-1]
	}
	if len(st) > 1 {
		s1 = st[len(st)-2]
	}
	if len(st) > 2 {
		s2 = st[len(st)-3]
	}
	b0, b1, b2 := p.b, -1, -1
	if p.b+1 <= p.n {
		b1 = p.b + 1
	}
	if p.b+2 <= p.n {
		b2 = p.b + 2
	}
	if b1 > p.n {
		b1 = -1
	}
	child := func(x int, c [][2]int, k int) int {
		if x < 0 || x > p.n {
			return -1
		}
		return c[x][k]
	}
	s0l1, s0l2, s0r1, s0r2 := child(s0, p.lc, 0), child(s0, p.lc, 1), child(s0, p.rc, 0), child(s0, p.rc, 1)
	s1r1, s1l1 := child(s1, p.rc, 0), child(s1, p.lc, 0)
	b0l1, b0l2 := child(b0, p.lc, 0), child(b0, p.lc, 1)
	s0w, s0t, s1w, s1t, s2t := b.tw(s0), b.tt(s0), b.tw(s1), b.tt(s1), b.tt(s2)
	b0w, b0t, b1w, b1t, b2t := b.tw(b0), b.tt(b0), b.tw(b1), b.tt(b1), b.tt(b2)
	var dist uint64
	if s0 >= 0 {
		dist = distBucket(b0 - s0)
	}
	var s0v, b0v uint64
	if s0 >= 0 {
		s0v = uint64(min(p.nl[s0], 3))<<4 | uint64(min(p.nr[s0], 3))
	}
	if b0 <= p.n {
		b0v = uint64(min(p.nl[b0], 3))
	}
	s0suf, b0suf := b.suf3(s0), b.suf3(b0)
	out = append(out,
		fk1(100, 0),
		fk1(101, s0w), fk1(102, s0t), fk2(103, s0w, s0t),
		fk1(104, s1w), fk1(105, s1t), fk2(106, s1w, s1t),
		fk1(107, b0w), fk1(108, b0t), fk2(109, b0w, b0t),
		fk1(110, b1w), fk1(111, b1t), fk2(112, b1w, b1t),
		fk1(113, b2t),
		fk2(114, s0w, b0w), fk2(115, s0t, b0t), fk3(116, s0w, s0t, b0t), fk3(117, s0t, b0w, b0t),
		fk2(118, s0w, s1w), fk2(119, s0t, s1t), fk3(120, s0w, s0t, s1t), fk3(121, s0t, s1w, s1t),
		fk3(122, s1t, s0t, b0t), fk3(123, s0t, b0t, b1t), fk3(124, b0t, b1t, b2t), fk3(125, s2t, s1t, s0t),
		fk2(126, s0t, dist), fk2(127, b0t, dist), fk3(128, s0t, b0t, dist), fk2(129, s0w, dist), fk2(130, b0w, dist),
		fk2(131, s0t, s0v), fk2(132, b0t, b0v), fk2(133, s0w, s0v),
		fk3(134, s0t, b.tt(s0l1), b.tt(s0l2)), fk3(135, s0t, b.tt(s0r1), b.tt(s0r2)),
		fk2(136, s0t, b.tt(s0l1)), fk2(137, s0t, b.tt(s0r1)), fk2(138, s0w, b.tt(s0r1)),
		fk3(139, b0t, b.tt(b0l1), b.tt(b0l2)), fk2(140, b0w, b.tt(b0l1)),
		fk3(141, s1t, b.tt(s1r1), s0t), fk3(142, s1t, b.tt(s1l1), s0t),
		fk2(143, b.tw(s0l1), s0t), fk2(144, b.tw(s0r1), s0t), fk2(145, b.tw(b0l1), b0t),
		fk3(146, s0t, s1t, b1t), fk2(147, s0suf, b0t), fk2(148, b0suf, s0t),
		fk3(149, s1t, s0t, dist), fk1(150, uint64(len(st))),
		fk3(151, s0t, b0t, between(b, s0, b0)), fk3(152, s1t, s0t, between(b, s1, s0)),
		fk3(153, s1w, s0t, b0t), fk3(154, s0w, b0t, b1t), fk2(155, b.tw(s2), s1t),
	)
	// word clusters (Koo et al. 2008) and more of Zhang and Nivre's
	// (2011) templates: children's tags, valencies, s1-s0 distance
	s0c8, s0c12, b0c8, b0c12, s1c8, s1c12, b1c8 := b.tc(s0, 1), b.tc(s0, 2), b.tc(b0, 1), b.tc(b0, 2), b.tc(s1, 1), b.tc(s1, 2), b.tc(b1, 1)
	var s1v, d10 uint64
	if s1 >= 0 {
		s1v = uint64(min(p.nl[s1], 3))<<4 | uint64(min(p.nr[s1], 3))
		d10 = distBucket(s0 - s1)
	}
	out = append(out,
		fk2(156, s0c8, b0c8), fk3(157, s0c12, s0t, b0t), fk3(158, s0t, b0c12, b0t),
		fk2(159, s1c8, s0c8), fk2(160, b0c12, b0t), fk2(161, s0c12, s0t), fk2(162, s1c12, s1t),
		fk3(163, s0c8, b0c8, dist), fk3(164, s0t, b0t, b1c8),
		fk3(165, s0t, b.tt(s0r1), b0t), fk3(166, s0t, b.tt(b0l1), b0t),
		fk3(167, s0w, s0t, b0w), fk3(168, s0w, b0w, b0t), fk3(169, s0t, s0v, b0t),
		fk2(170, s1t, s1v), fk3(171, s1t, s0t, b0w), fk3(172, b0t, b1w, s0t),
		fk3(173, b.tw(s0l1), s0t, b0t), fk3(174, s1t, s0t, d10),
	)
	{
		// prepositions of the candidates (PP attachment) and more lexical pairs
		s0l1w, b0l1w := b.tw(s0l1), b.tw(b0l1)
		out = append(out,
			fk3(175, b0l1w, s0w, b0t), fk3(176, b0l1w, s0c12, b0c8),
			fk3(177, s0l1w, s1w, s0t), fk3(178, s0l1w, s1c12, s0c8),
			fk3(179, s0l1w, b0w, s0t), fk2(180, b0w, b1w),
			fk3(181, s0t, s0v, dist), fk3(182, b.tc(s0r1, 1), s0t, b0t),
			fk3(183, b.tc(b0l1, 1), b0t, s0t), fk3(184, s1w, s0w, b0t),
		)
	}
	return out
}

// parse sets b.heads (and b.rels via label). With ud, the tree is
// repaired by UD Dutch's conventions where the parser's own convention
// (learnt from the converted treebank) or a greedy mistake leaves a tree
// no UD Dutch sentence has (reroot); training and self-training parse
// without it, so the models do not depend on the repairs.
func (ps *parser) parse(b *sentBuf, ud bool) {
	n := len(b.words)
	ps.attach(b, ud)
	scores := fixScores(b)
	ps.label(b)
	if scores {
		labelScores(b, ps.labels)
	}
	ps.unlift(b)
	// UD Dutch tags a verb AUX exactly when it is an auxiliary or copula.
	for i := range n {
		switch ps.labels[b.rels[i]] {
		case "aux", "aux:pass", "cop":
			if b.pos[i] == VERB || b.pos[i] == AUX {
				b.pos[i] = AUX
			}
		default:
			if b.pos[i] == AUX {
				b.pos[i] = VERB
			}
		}
	}
}

// attach sets b.heads: the parser's moves, with ud the repaired root,
// then the paired marks.
func (ps *parser) attach(b *sentBuf, ud bool) {
	n := len(b.words)
	p := &b.ps
	p.init(n)
	b.score = grow(b.score, nMoves)
	for steps := 0; !p.done() && steps < 3*n+3; steps++ {
		m := p.only()
		if m < 0 {
			b.fs = moveFeats(b, p, b.fs[:0])
			s := b.score[:nMoves]
			clear(s)
			ps.m.score(b.fs, s)
			m = argmax(s, p.legal)
		}
		if m < 0 {
			break
		}
		p.apply(m)
	}
	root := -1
	for i := range n {
		h := p.heads[i]
		if h == n || h < 0 {
			if root < 0 {
				root = i
				b.heads[i] = -1
				continue
			}
			h = root // a second root hangs under the first
		}
		b.heads[i] = h
	}
	// a first word left headless while a later root exists
	for i := range n {
		if b.heads[i] == -1 && i != root {
			b.heads[i] = root
		}
	}
	if ud {
		reroot(b.pos, b.heads, root)
	}
	pairMarks(b.words, b.pos, b.heads)
}

// reroot repairs a root no Dutch sentence has: when the parser left a
// punctuation mark, conjunction, pronoun, determiner or name at the
// bottom of its stack (",, Dit verzin je niet", "Maar ik kan …": every
// later word hung under the first), the verb with the largest subtree
// whose path up to that root crosses only such words becomes the root;
// the old root and the words of that path hang under it. (UD_Dutch-Alpino
// dev: 3 of 718 roots are such words, none of them over a verb; the
// tenth session's dev model built 33 such roots, 18 over a verb.)
func reroot(pos []POS, heads []int, root int) {
	if root < 0 || !rerootable(pos[root]) {
		return
	}
	const maxPath = 64
	size := subtreeSizes(heads)
	best, bestLen := -1, 0
	var path [maxPath]int
	for v := range heads {
		if v == root || pos[v] != VERB && pos[v] != AUX || best >= 0 && size[v] <= size[best] {
			continue
		}
		k, j := 0, heads[v]
		for j != root && j >= 0 && k < maxPath && rerootable(pos[j]) {
			k++
			j = heads[j]
		}
		if j == root {
			best, bestLen = v, k
		}
	}
	if best < 0 {
		return
	}
	for k, j := 0, heads[best]; k < bestLen; k, j = k+1, heads[j] {
		path[k] = j
	}
	heads[best], heads[root] = -1, best
	for _, x := range path[:bestLen] {
		heads[x] = best
	}
}

// rerootable reports whether a word of tag p cannot be a sentence's root
// over a verb.
func rerootable(p POS) bool {
	switch p {
	case PUNCT, CCONJ, PRON, DET, PROPN:
		return true
	}
	return false
}

// subtreeSizes returns the number of words in each word's subtree
// (itself included), in time linear in the words after sorting by depth;
// a word on a cycle counts as depth 0.
func subtreeSizes(heads []int) []int {
	n := len(heads)
	depth := make([]int, n)
	for i := range depth {
		depth[i] = -1
	}
	var stack []int
	for i := range n {
		j := i
		for j >= 0 && j < n && depth[j] == -1 && len(stack) <= n {
			depth[j] = -2 // on the current path
			stack = append(stack, j)
			j = heads[j]
		}
		d := 0
		if j >= 0 && j < n && depth[j] >= 0 {
			d = depth[j] + 1
		}
		for k := len(stack) - 1; k >= 0; k-- {
			depth[stack[k]] = d
			d++
		}
		stack = stack[:0]
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return depth[b] - depth[a] })
	size := make([]int, n)
	for _, i := range order {
		size[i]++
		if h := heads[i]; h >= 0 && h < n && depth[h] < depth[i] {
			size[h] += size[i]
		}
	}
	return size
}

// labelFeats appends the features for the relation of word d.
func labelFeats(b *sentBuf, d int, prev uint64, out []uint64) []uint64 {
	h := b.heads[d]
	dw, dt := b.tw(d), b.tt(d)
	hw, ht := uint64(3), uint64(102)
	if h >= 0 {
		hw, ht = b.tw(h), b.tt(h)
	}
	dir := uint64(0)
	if h >= 0 && h < d {
		dir = 1
	}
	if h < 0 {
		dir = 2
	}
	var dist uint64
	if h >= 0 {
		dist = distBucket(max(h-d, d-h))
	}
	gt := uint64(103)
	if h >= 0 && b.heads[h] >= 0 {
		gt = b.tt(b.heads[h])
	} else if h >= 0 {
		gt = 104
	}
	// d's first function word child (case, mark, det) and h's
	// auxiliaries; nominal siblings before d
	var dfun, dfun2, haux, hauxAfter, hcop uint64
	nomBefore, nomSib := uint64(0), uint64(0)
	n := len(b.words)
	lo, hi := max(0, min(d, h)-40), min(n, max(d, h)+40)
	for j := lo; j < hi; j++ {
		switch b.heads[j] {
		case d:
			if j < d && dfun == 0 {
				switch b.pos[j] {
				case ADP, SCONJ, DET, PRON:
					dfun = b.rep[j].w ^ uint64(b.pos[j])
				}
			} else if j < d && dfun2 == 0 && (b.pos[j] == ADP || b.pos[j] == SCONJ) {
				dfun2 = b.rep[j].w
			}
		case h:
			if h < 0 || j == d {
				continue
			}
			switch b.pos[j] {
			case AUX:
				haux = mix(haux, b.rep[j].w)
				if j > d {
					hauxAfter = 1
				}
			case NOUN, PROPN, PRON:
				nomSib++
				if j < d {
					nomBefore++
				}
			}
			if b.pos[j] == VERB && h >= 0 && b.pos[h] != VERB {
				hcop = b.rep[j].w
			}
		}
	}
	dsuf := b.suf3(d)
	dl, dr, nch, first, clauseBefore := dependentShape(b, d, h, lo, hi)
	out = append(out,
		// the relations of every earlier sibling
		fk3(237, dt, b.curSeen, dir), fk3(238, b.tc(d, 1), b.curSeen, ht),
		// d's own children: leftmost and rightmost tags, their number,
		// its leftmost child's word; punctuation between d and h
		fk3(229, dt, b.tt(dl), b.tt(dr)), fk3(230, dt, uint64(min(nch, 4)), dir),
		fk2(231, b.tw(dl), dt), fk3(232, dt, first, dir),
		fk3(233, b.tc(d, 2), b.tc(h, 2), dir), fk3(234, dt, ht, between(b, min(d, h), max(d, h))),
		fk3(235, dt, clauseBefore, dir), fk3(236, dt, ht, uint64(max(min(d-h, 3), -3)+3)),
	)
	out = append(out,
		fk1(200, 0),
		fk1(201, dw), fk1(202, dt), fk2(203, dw, dt),
		fk1(204, hw), fk1(205, ht), fk2(206, hw, ht),
		fk3(207, dt, ht, dir), fk3(208, dw, ht, dir), fk3(209, dt, hw, dir),
		fk3(210, dt, ht, dist), fk3(211, dt, ht, gt),
		fk3(212, dt, dfun, dir), fk3(213, dfun, ht, dir), fk2(214, dfun, dfun2),
		fk3(215, dt, haux, dir), fk3(216, dt, ht, haux),
		fk3(217, dt, nomBefore, dir), fk3(218, dt, nomSib, hauxAfter),
		fk3(219, dt, prev, dir), fk2(220, prev, ht),
		fk2(221, dsuf, dt), fk3(222, dt, hcop, dir), fk2(223, dw, hw),
		fk3(224, dt, ht, gt^dir<<8),
		// word clusters of the word and its head
		fk3(225, b.tc(d, 1), ht, dir), fk3(226, dt, b.tc(h, 1), dir), fk3(227, b.tc(d, 2), b.tc(h, 1), dt),
		fk3(228, dfun, b.tc(d, 1), dir),
	)
	return out
}

// dependentShape returns d's leftmost and rightmost children (-1 if
// none) and their number, whether d is h's first dependent, and whether
// h has a verb dependent (a clause) before it, looking at words lo to hi.
func dependentShape(b *sentBuf, d, h, lo, hi int) (dl, dr, nch int, first, clauseBefore uint64) {
	dl, dr, first = -1, -1, 1
	for j := lo; j < hi; j++ {
		switch b.heads[j] {
		case d:
			if dl < 0 {
				dl = j
			}
			dr = j
			nch++
		case h:
			if h < 0 || j == d {
				continue
			}
			if j < h && (b.pos[j] == VERB || b.pos[j] == AUX) {
				clauseBefore = 1
			}
			if j < d {
				first = 0
			}
		}
	}
	return dl, dr, nch, first, clauseBefore
}

// label sets b.rels: dependents of each head are labelled left to right,
// each seeing the relation of the sibling labelled before it.
func (ps *parser) label(b *sentBuf) {
	nl := len(ps.labels)
	b.score = grow(b.score, nl)
	n := len(b.words)
	for d := range n {
		h := b.heads[d]
		prev := b.prevSibling(d)
		if h < 0 {
			b.rels[d] = ps.root
			continue
		}
		b.fs = labelFeats(b, d, prev, b.fs[:0])
		s := b.score[:nl]
		clear(s)
		ps.lab.score(b.fs, s)
		s[ps.root] = -1e30
		b.rels[d] = argmax(s, nil)
	}
}

// dominatesIn reports whether a is i or an ancestor of i.
func dominatesIn(heads []int, a, i, n int) bool {
	for k := 0; i >= 0 && k <= n; k++ {
		if i == a {
			return true
		}
		i = heads[i]
	}
	return false
}

// prevSibling returns the relation of the nearest dependent of d's head
// before d (999 if none), from b.last, which label keeps up to date.
func (b *sentBuf) prevSibling(d int) uint64 {
	if d == 0 {
		b.last = grow(b.last, len(b.words)+1)
		b.seen = grow(b.seen, len(b.words)+1)
		for i := range b.last {
			b.last[i] = -1
			b.seen[i] = 0
		}
	}
	h := b.heads[d]
	b.curSeen = 0
	if h < 0 {
		return 999
	}
	j := b.last[h]
	b.last[h] = d
	if j < 0 {
		return 999
	}
	b.seen[h] |= 1 << (uint(b.rels[j]) & 63)
	b.curSeen = b.seen[h]
	return uint64(b.rels[j])
}

// between summarises the words strictly between a and c: whether a
// verb, a comma or other punctuation, a conjunction occur (a bit set).
func between(b *sentBuf, a, c int) uint64 {
	if a < 0 || c > len(b.pos) || c-a < 2 {
		return 0
	}
	var x uint64 = 1
	for k := a + 1; k < c && k < len(b.pos) && k < a+30; k++ {
		switch b.pos[k] {
		case VERB, AUX:
			x |= 2
		case PUNCT:
			x |= 4
			if b.words[k] == "," {
				x |= 8
			}
		case CCONJ:
			x |= 16
		case SCONJ:
			x |= 32
		}
	}
	return x
}

// closers maps closing marks to their opening marks; a straight quote
// closes when an odd number of its kind came before.
var closers = map[string]string{")": "(", "]": "[", "»": "«", "”": "“", "’": "‘", "''": ",,", "\"": "\"", "'": "'"}

// pairMarks attaches a closing bracket or quote to the head of its
// opening mark, as UD Dutch does (564 of 568 pairs in its dev sets).
func pairMarks(words []string, pos []POS, heads []int) {
	var open [len(openers)]int // last unmatched opening mark per kind
	for k := range open {
		open[k] = -1
	}
	for i, w := range words {
		if pos[i] != PUNCT {
			continue
		}
		if o, ok := closers[w]; ok {
			k := openerKind(o)
			if j := open[k]; j >= 0 {
				open[k] = -1
				if h := heads[j]; h >= 0 && h != i && !dominatesIn(heads, i, h, len(words)) {
					heads[i] = h
				}
				continue
			}
		}
		if k := openerKind(w); k >= 0 {
			open[k] = i
		}
	}
}

// openers are the opening marks closers pairs.
var openers = [...]string{"(", "[", "«", "“", "‘", ",,", "\"", "'"}

// openerKind returns w's index in openers, or -1.
func openerKind(w string) int {
	for k, x := range openers {
		if x == w {
			return k
		}
	}
	return -1
}

// isScoreNum reports whether w is a number of one or two digits, as in a
// match score.
func isScoreNum(w string) bool {
	if len(w) == 0 || len(w) > 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// isScore reports whether word i is the dash of a score (3 - 6).
func isScore(words []string, i int) bool {
	return i > 0 && i+1 < len(words) && (words[i] == "-" || words[i] == "–") && isScoreNum(words[i-1]) && isScoreNum(words[i+1])
}

// fixScores attaches the dash and the second number of a score (2 - 1)
// to the first number, as UD Dutch does (fixed); it reports whether it
// found any.
func fixScores(b *sentBuf) bool {
	found := false
	n := len(b.words)
	for i := 1; i+1 < n; i++ {
		if !isScore(b.words, i) {
			continue
		}
		found = true
		a := i - 1
		in := func(x int) bool { return x >= a && x <= i+1 }
		out := b.heads[a]
		for k := 0; in(out) && k < 3; k++ {
			out = b.heads[out]
		}
		if in(out) {
			out = -1
		}
		b.heads[a], b.heads[i], b.heads[i+1] = out, a, a
		for j := range n {
			if !in(j) && in(b.heads[j]) {
				b.heads[j] = a
			}
		}
		i++
	}
	return found
}

// labelScores gives the dash and the second number of a score the
// relation fixed.
func labelScores(b *sentBuf, labels []string) {
	fixed := -1
	for k, l := range labels {
		if l == "fixed" {
			fixed = k
		}
	}
	if fixed < 0 {
		return
	}
	for i := 1; i+1 < len(b.words); i++ {
		if isScore(b.words, i) && b.heads[i] == i-1 && b.heads[i+1] == i-1 {
			b.rels[i], b.rels[i+1] = fixed, fixed
			i++
		}
	}
}
