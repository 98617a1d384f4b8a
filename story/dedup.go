package story

import (
	"hash/fnv"
	"math"
	"sort"
)

// Near-duplicate detection: MinHash signatures over word 3-shingles, LSH
// banding to find candidate pairs, and an exact Jaccard/containment check
// on the shingle sets to confirm them.

const (
	minhashBands = 32
	minhashRows  = 2
	minhashSize  = minhashBands * minhashRows
	shingleWidth = 3
)

// DupDoc is what duplicate detection needs of one article.
type DupDoc struct {
	ID   string
	Date int // days since 1970-01-01; NoDate when unknown
	Text string
}

// Dup says that Article is a near-duplicate of Original.
type Dup struct {
	Article    string
	Original   string
	Similarity float64 // containment of the shorter text's shingles in the other
}

// shingleSet returns the hashed word 3-shingles of text, sorted and
// without repeats. Texts shorter than three words give one shingle of all
// their words.
func shingleSet(text string) []uint64 {
	ws := words(text)
	if len(ws) == 0 {
		return nil
	}
	n := len(ws) - shingleWidth + 1
	if n < 1 {
		n = 1
	}
	set := make([]uint64, 0, n)
	h := fnv.New64a()
	for i := 0; i < n; i++ {
		h.Reset()
		for j := i; j < i+shingleWidth && j < len(ws); j++ {
			h.Write([]byte(ws[j]))
			h.Write([]byte{0})
		}
		set = append(set, mix(h.Sum64()))
	}
	sort.Slice(set, func(i, j int) bool { return set[i] < set[j] })
	out := set[:0]
	for i, v := range set {
		if i == 0 || v != set[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// mix is the splitmix64 finaliser: a cheap, well-spread 64-bit permutation.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// signature returns the MinHash signature of a shingle set: for each of
// minhashSize hash functions (seeded permutations of the shingle hash), the
// smallest value over the set.
func signature(set []uint64) [minhashSize]uint64 {
	var sig [minhashSize]uint64
	for i := range sig {
		sig[i] = math.MaxUint64
	}
	for _, s := range set {
		for i := range sig {
			v := mix(s ^ seeds[i])
			if v < sig[i] {
				sig[i] = v
			}
		}
	}
	return sig
}

var seeds = func() [minhashSize]uint64 {
	var s [minhashSize]uint64
	x := uint64(0x9e3779b97f4a7c15)
	for i := range s {
		x += 0x9e3779b97f4a7c15
		s[i] = mix(x)
	}
	return s
}()

// overlap returns |a∩b| of two sorted sets.
func overlap(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// Dedup finds near-duplicates among docs: exact copies, syndicated copies
// with small edits, and updated versions of one article. Each duplicate
// points at the earliest article (by date, then id) of its group; the
// result does not depend on the order of docs. Pairs are confirmed when
// the Jaccard similarity of their shingle sets reaches opts.DupJaccard or
// the containment of the smaller set in the larger reaches
// opts.DupContainment.
func Dedup(docs []DupDoc, opts Options) []Dup {
	opts = opts.withDefaults()
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := docs[order[i]], docs[order[j]]
		if a.Date != b.Date {
			return dateKey(a.Date) < dateKey(b.Date)
		}
		return a.ID < b.ID
	})
	// Shingles and signatures on all cores; the buckets are filled in
	// date order after.
	sets := make([][]uint64, len(docs))
	sigs := make([][minhashSize]uint64, len(docs))
	parallel(len(docs), func(i int) {
		if sets[i] = shingleSet(docs[i].Text); len(sets[i]) > 0 {
			sigs[i] = signature(sets[i])
		}
	})
	original := make([]int, len(docs)) // index of the group's earliest doc
	buckets := make(map[[2]uint64][]int)
	var out []Dup
	for _, i := range order {
		original[i] = i
		set := sets[i]
		if len(set) == 0 {
			continue
		}
		sig := &sigs[i]
		keys := make([][2]uint64, minhashBands)
		for b := 0; b < minhashBands; b++ {
			h := uint64(b + 1)
			for r := 0; r < minhashRows; r++ {
				h = mix(h ^ sig[b*minhashRows+r])
			}
			keys[b] = [2]uint64{uint64(b), h}
		}
		seen := map[int]bool{}
		best, bestSim := -1, 0.0
		for _, k := range keys {
			for _, j := range buckets[k] {
				if seen[j] {
					continue
				}
				seen[j] = true
				sim, ok := confirm(set, sets[j], opts)
				if ok && (sim > bestSim || sim == bestSim && j < best) {
					best, bestSim = j, sim
				}
			}
		}
		for _, k := range keys {
			buckets[k] = append(buckets[k], i)
		}
		if best >= 0 {
			original[i] = original[best]
			out = append(out, Dup{Article: docs[i].ID, Original: docs[original[i]].ID, Similarity: bestSim})
		}
	}
	return out
}

// confirm checks a candidate pair on the full shingle sets and returns its
// containment similarity.
func confirm(a, b []uint64, opts Options) (float64, bool) {
	small, large := len(a), len(b)
	if small > large {
		small, large = large, small
	}
	if small == 0 {
		return 0, false
	}
	n := overlap(a, b)
	jac := float64(n) / float64(len(a)+len(b)-n)
	cont := float64(n) / float64(small)
	if small < opts.DupMinShingles {
		// Very short texts: only (near) identical ones count.
		return cont, jac >= 0.9
	}
	return cont, jac >= opts.DupJaccard || cont >= opts.DupContainment
}
