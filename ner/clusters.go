package ner

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	kgzip "github.com/klauspost/compress/gzip"
)

// ClusterOptions control LearnClusters.
type ClusterOptions struct {
	// K is the number of leaf clusters (default 256).
	K int
	// MinCount is the least frequency of a clustered word (default 3);
	// rarer words share one unknown-word class.
	MinCount int
	// Iterations bounds the exchange passes (default 12).
	Iterations int
	// Log receives progress lines (may be nil).
	Log io.Writer
}

// LearnClusters learns hierarchical word clusters from sentences of
// tokens: first a flat partition into K classes by the exchange algorithm
// (maximising the likelihood of a class bigram model, as Brown clustering
// does), then a binary tree over the classes by Brown's greedy merging,
// which gives every word a bit path. Words seen at least twice but fewer
// than MinCount times are returned with an empty path (their counts still
// inform the case lexicon). The result is deterministic.
func LearnClusters(sents [][]string, opt ClusterOptions) []Cluster {
	if opt.K <= 1 {
		opt.K = 256
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 3
	}
	if opt.Iterations <= 0 {
		opt.Iterations = 12
	}
	logf := logTo(opt.Log)
	freq := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			freq[w]++
		}
	}
	words := make([]string, 0, len(freq))
	for w, n := range freq {
		if n >= 2 {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		a, b := freq[words[i]], freq[words[j]]
		if a != b {
			return a > b
		}
		return words[i] < words[j]
	})
	// Ids: 0 boundary, 1 unknown, then the clustered words by frequency.
	id := map[string]int32{}
	nv := 2
	for _, w := range words {
		if freq[w] >= opt.MinCount {
			id[w] = int32(nv)
			nv++
		}
	}
	K := opt.K
	if K > nv {
		K = nv
	}
	// Bigram counts.
	type pair struct{ a, b int32 }
	big := map[pair]int32{}
	total := 0
	for _, s := range sents {
		prev := int32(0)
		for _, w := range s {
			cur, ok := id[w]
			if !ok {
				cur = 1
			}
			big[pair{prev, cur}]++
			prev = cur
			total++
		}
		big[pair{prev, 0}]++
		total++
	}
	type nb struct{ w, n int32 }
	right := make([][]nb, nv)
	left := make([][]nb, nv)
	pairs := make([]pair, 0, len(big))
	for p := range big {
		pairs = append(pairs, p)
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].a != pairs[j].a {
			return pairs[i].a < pairs[j].a
		}
		return pairs[i].b < pairs[j].b
	})
	for _, p := range pairs {
		n := big[p]
		right[p.a] = append(right[p.a], nb{p.b, n})
		left[p.b] = append(left[p.b], nb{p.a, n})
	}
	logf("clusters: %d sentences, %d tokens, %d word types clustered, %d bigram types, K=%d", len(sents), total, nv-2, len(pairs), K)

	flog := make([]float64, total+2)
	for i := 1; i < len(flog); i++ {
		flog[i] = float64(i) * math.Log(float64(i))
	}
	f := func(x int64) float64 { return flog[x] }

	cl := make([]int32, nv)
	for w := range cl {
		cl[w] = int32(w % K)
	}
	N := make([]int64, K*K)
	Nl := make([]int64, K)
	Nr := make([]int64, K)
	for _, p := range pairs {
		n := int64(big[p])
		a, b := cl[p.a], cl[p.b]
		N[int(a)*K+int(b)] += n
		Nl[a] += n
		Nr[b] += n
	}
	Lw := make([]int64, K)
	Rw := make([]int64, K)
	var nzL, nzR []int32
	for it := 1; it <= opt.Iterations; it++ {
		moved := 0
		for w := 2; w < nv; w++ {
			a := cl[w]
			var self, nlw, nrw int64
			nzL, nzR = nzL[:0], nzR[:0]
			for _, e := range right[w] {
				nlw += int64(e.n)
				if e.w == int32(w) {
					self += int64(e.n)
					continue
				}
				d := cl[e.w]
				if Lw[d] == 0 {
					nzL = append(nzL, d)
				}
				Lw[d] += int64(e.n)
			}
			for _, e := range left[w] {
				nrw += int64(e.n)
				if e.w == int32(w) {
					continue
				}
				d := cl[e.w]
				if Rw[d] == 0 {
					nzR = append(nzR, d)
				}
				Rw[d] += int64(e.n)
			}
			// Take w out of a.
			for _, d := range nzL {
				N[int(a)*K+int(d)] -= Lw[d]
			}
			for _, d := range nzR {
				N[int(d)*K+int(a)] -= Rw[d]
			}
			N[int(a)*K+int(a)] -= self
			Nl[a] -= nlw
			Nr[a] -= nrw
			gain := func(b int32) float64 {
				g := 0.0
				row := N[int(b)*K : int(b)*K+K]
				for _, d := range nzL {
					if d != b {
						g += f(row[d]+Lw[d]) - f(row[d])
					}
				}
				for _, d := range nzR {
					if d != b {
						x := N[int(d)*K+int(b)]
						g += f(x+Rw[d]) - f(x)
					}
				}
				bb := row[b]
				g += f(bb+Lw[b]+Rw[b]+self) - f(bb)
				g -= f(Nl[b]+nlw) - f(Nl[b])
				g -= f(Nr[b]+nrw) - f(Nr[b])
				return g
			}
			best, bestG := a, gain(a)
			for b := int32(0); b < int32(K); b++ {
				if b == a {
					continue
				}
				if g := gain(b); g > bestG+1e-9 {
					best, bestG = b, g
				}
			}
			if best != a {
				moved++
			}
			for _, d := range nzL {
				N[int(best)*K+int(d)] += Lw[d]
			}
			for _, d := range nzR {
				N[int(d)*K+int(best)] += Rw[d]
			}
			N[int(best)*K+int(best)] += self
			Nl[best] += nlw
			Nr[best] += nrw
			cl[w] = best
			for _, d := range nzL {
				Lw[d] = 0
			}
			for _, d := range nzR {
				Rw[d] = 0
			}
		}
		logf("clusters: exchange pass %d, %d words moved", it, moved)
		if moved*1000 < nv {
			break
		}
	}
	paths := mergeTree(N, Nl, Nr, K, f)
	var out []Cluster
	for _, w := range words {
		c := Cluster{Word: w, Count: freq[w]}
		if i, ok := id[w]; ok {
			c.Path = paths[cl[i]]
		}
		out = append(out, c)
	}
	return out
}

// mergeTree builds a binary tree over K classes by repeatedly merging the
// two classes whose union loses the least class-bigram likelihood, and
// returns each class's bit path from the root.
func mergeTree(N, Nl, Nr []int64, K int, f func(int64) float64) []string {
	// Merged counts never exceed the total, which the table covers.
	g := func(a, b, d int) float64 {
		ad, bd, da, db := N[a*K+d], N[b*K+d], N[d*K+a], N[d*K+b]
		return f(ad+bd) - f(ad) - f(bd) + f(da+db) - f(da) - f(db)
	}
	active := make([]bool, K)
	for i := range active {
		active[i] = true
	}
	full := func(a, b int) float64 {
		s := 0.0
		for d := 0; d < K; d++ {
			if active[d] && d != a && d != b {
				s += g(a, b, d)
			}
		}
		aa, ab, ba, bb := N[a*K+a], N[a*K+b], N[b*K+a], N[b*K+b]
		s += f(aa+ab+ba+bb) - f(aa) - f(ab) - f(ba) - f(bb)
		s -= f(Nl[a]+Nl[b]) - f(Nl[a]) - f(Nl[b])
		s -= f(Nr[a]+Nr[b]) - f(Nr[a]) - f(Nr[b])
		return s
	}
	L := make([]float64, K*K)
	for a := 0; a < K; a++ {
		for b := a + 1; b < K; b++ {
			L[a*K+b] = full(a, b)
		}
	}
	// node[c] is the tree node of class c; children of internal nodes.
	node := make([]int, K)
	for i := range node {
		node[i] = i
	}
	type kids struct{ l, r int }
	var internal []kids
	for left := K; left > 1; left-- {
		bx, by, best := -1, -1, math.Inf(-1)
		for a := 0; a < K; a++ {
			if !active[a] {
				continue
			}
			for b := a + 1; b < K; b++ {
				if active[b] && L[a*K+b] > best {
					bx, by, best = a, b, L[a*K+b]
				}
			}
		}
		x, y := bx, by
		for a := 0; a < K; a++ {
			if !active[a] || a == x || a == y {
				continue
			}
			for b := a + 1; b < K; b++ {
				if active[b] && b != x && b != y {
					L[a*K+b] -= g(a, b, x) + g(a, b, y)
				}
			}
		}
		for d := 0; d < K; d++ {
			if d == x || d == y {
				continue
			}
			N[x*K+d] += N[y*K+d]
			N[d*K+x] += N[d*K+y]
		}
		N[x*K+x] += N[x*K+y] + N[y*K+x] + N[y*K+y]
		Nl[x] += Nl[y]
		Nr[x] += Nr[y]
		active[y] = false
		for a := 0; a < K; a++ {
			if !active[a] || a == x {
				continue
			}
			for b := a + 1; b < K; b++ {
				if active[b] && b != x {
					L[a*K+b] += g(a, b, x)
				}
			}
		}
		for a := 0; a < K; a++ {
			if active[a] && a != x {
				lo, hi := a, x
				if lo > hi {
					lo, hi = hi, lo
				}
				L[lo*K+hi] = full(lo, hi)
			}
		}
		internal = append(internal, kids{node[x], node[y]})
		node[x] = K + len(internal) - 1
	}
	// Walk from the root down.
	paths := make([]string, K+len(internal))
	var walk func(n int, p string)
	walk = func(n int, p string) {
		paths[n] = p
		if n >= K {
			k := internal[n-K]
			walk(k.l, p+"0")
			walk(k.r, p+"1")
		}
	}
	if len(internal) > 0 {
		walk(K+len(internal)-1, "")
	} else {
		paths[0] = "0"
	}
	return paths[:K]
}

// WriteClusters writes clusters gzipped, one "path<TAB>word<TAB>count"
// line each ("-" for an empty path), sorted by path, count and word.
func WriteClusters(w io.Writer, cl []Cluster) error {
	s := append([]Cluster(nil), cl...)
	sort.Slice(s, func(i, j int) bool {
		if s[i].Path != s[j].Path {
			return s[i].Path < s[j].Path
		}
		if s[i].Count != s[j].Count {
			return s[i].Count > s[j].Count
		}
		return s[i].Word < s[j].Word
	})
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("gzip clusters: %w", err)
	}
	bw := bufio.NewWriter(zw)
	for _, c := range s {
		p := c.Path
		if p == "" {
			p = "-"
		}
		fmt.Fprintf(bw, "%s\t%s\t%d\n", p, c.Word, c.Count)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write clusters: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("gzip clusters: %w", err)
	}
	return nil
}

// ReadClusters reads a file written by WriteClusters, gzipped or not.
func ReadClusters(r io.Reader) ([]Cluster, error) {
	br := bufio.NewReader(r)
	var src io.Reader = br
	if b, err := br.Peek(2); err == nil && b[0] == 0x1f && b[1] == 0x8b {
		zr, err := kgzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("gunzip clusters: %w", err)
		}
		defer zr.Close()
		src = zr
	}
	sc := bufio.NewScanner(src)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	var out []Cluster
	n := 0
	for sc.Scan() {
		n++
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) != 3 {
			return nil, fmt.Errorf("read clusters line %d: want path, word and count", n)
		}
		c, err := strconv.Atoi(parts[2])
		if err != nil {
			return nil, fmt.Errorf("read clusters line %d: %w", n, err)
		}
		p := parts[0]
		if p == "-" {
			p = ""
		}
		out = append(out, Cluster{Word: parts[1], Path: p, Count: c})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read clusters line %d: %w", n, err)
	}
	return out, nil
}
