package ner

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"unicode"
)

// TrainOptions control Train.
type TrainOptions struct {
	// Epochs is the maximum number of passes over the training data.
	Epochs int
	// MinCount drops features seen fewer times in the training data.
	MinCount int
	// Prune drops features whose largest averaged weight is below it.
	Prune float64
	// Seed fixes the order in which sentences are visited.
	Seed uint64
	// Clusters are word clusters from unlabelled text (may be nil).
	Clusters []Cluster
	// Log receives progress lines (may be nil).
	Log io.Writer
}

// Cluster is one word of a cluster file: its bit path and frequency.
type Cluster struct {
	Word  string
	Path  string
	Count int
}

// Result is a trained model with its development score.
type Result struct {
	Tagger *Tagger
	Dev    Score
	Epoch  int
	file   *modelFile
}

// WriteTo writes the trained model, gzipped, to w.
func (r *Result) Write(w io.Writer) error { return writeModel(w, r.file) }

// Train learns an averaged structured perceptron from train, using dev
// only to choose the epoch (early stopping). The result is deterministic
// for the same inputs and options.
func Train(train, dev []Sentence, opt TrainOptions) (*Result, error) {
	if len(train) == 0 {
		return nil, fmt.Errorf("train ner: no training sentences")
	}
	if opt.Epochs <= 0 {
		opt.Epochs = 20
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 1
	}
	logf := func(format string, a ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format+"\n", a...)
		}
	}
	lf := lexiconFile(opt.Clusters)
	base, err := newModel(&modelFile{Version: modelVersion, Trans: make([]float32, (numTags+1)*numTags),
		ClusterWords: lf.ClusterWords, ClusterPaths: lf.ClusterPaths, CaseKeys: lf.CaseKeys, CaseVals: lf.CaseVals})
	if err != nil {
		return nil, err
	}
	lx := &base.lex

	// Intern the features of the training data.
	ids := map[uint64]int32{}
	var keys []uint64
	var counts []int32
	type inst struct {
		off  []int32 // feature offsets per token, len n+1
		fs   []int32
		gold []int
	}
	var feats []uint64
	var runes []rune
	var toks []token
	encode := func(s Sentence, intern bool) inst {
		n := len(s.Words)
		if cap(toks) < n {
			toks = make([]token, n)
		}
		toks = toks[:n]
		caps := isAllCaps(s.Words)
		for i, w := range s.Words {
			if caps {
				w = lx.truecase(w)
			}
			runes = lx.analyse(&toks[i], w, runes)
		}
		in := inst{off: make([]int32, 1, n+1), gold: make([]int, n)}
		for i := range n {
			feats = features(toks, i, feats[:0])
			for _, f := range feats {
				id, ok := ids[f]
				if !ok {
					if !intern {
						continue
					}
					id = int32(len(keys))
					ids[f] = id
					keys = append(keys, f)
					counts = append(counts, 0)
				}
				if intern {
					counts[id]++
				}
				in.fs = append(in.fs, id)
			}
			in.off = append(in.off, int32(len(in.fs)))
			in.gold[i] = tagIndex(s.Tags[i])
		}
		return in
	}
	tr := make([]inst, len(train))
	for i, s := range train {
		tr[i] = encode(s, true)
	}
	if opt.MinCount > 1 {
		// Drop rare features by filtering them out of the instances.
		for k := range tr {
			in := &tr[k]
			fs := in.fs[:0]
			off := []int32{0}
			for i := 0; i+1 < len(in.off); i++ {
				for _, f := range in.fs[in.off[i]:in.off[i+1]] {
					if int(counts[f]) >= opt.MinCount {
						fs = append(fs, f)
					}
				}
				off = append(off, int32(len(fs)))
			}
			in.fs, in.off = fs, off
		}
	}
	dv := make([]inst, len(dev))
	for i, s := range dev {
		dv[i] = encode(s, false)
	}
	nf := len(keys)
	logf("train ner: %d sentences, %d features, %d cluster words", len(train), nf, len(lf.ClusterWords))

	w := make([]float32, nf*numTags)
	u := make([]float32, nf*numTags)
	var tw, tu [(numTags + 1) * numTags]float32
	avgW := make([]float32, nf*numTags)
	var avgT [(numTags + 1) * numTags]float32
	bestW := make([]float32, nf*numTags)
	var bestT [(numTags + 1) * numTags]float32
	bestF, bestEpoch := -1.0, 0
	var bestScore Score

	var em, delta []float32
	var back []int8
	var pred []int
	decode := func(in *inst, wt []float32, tt *[(numTags + 1) * numTags]float32) []int {
		n := len(in.gold)
		if cap(em) < n*numTags {
			em = make([]float32, n*numTags)
			delta = make([]float32, n*numTags)
			back = make([]int8, n*numTags)
			pred = make([]int, n)
		}
		em, delta, back, pred = em[:n*numTags], delta[:n*numTags], back[:n*numTags], pred[:n]
		for i := range n {
			e := em[i*numTags : (i+1)*numTags]
			for k := range e {
				e[k] = 0
			}
			for _, f := range in.fs[in.off[i]:in.off[i+1]] {
				row := wt[int(f)*numTags : int(f)*numTags+numTags]
				for k := range numTags {
					e[k] += row[k]
				}
			}
		}
		var tr [numTags + 1][numTags]float32
		for p := 0; p <= numTags; p++ {
			copy(tr[p][:], tt[p*numTags:(p+1)*numTags])
		}
		viterbi(em, &tr, pred, back, delta)
		return pred
	}

	order := make([]int, len(tr))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x6b726f6e69656b))
	c := float32(1)
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, k := range order {
			in := &tr[k]
			p := decode(in, w, &tw)
			for i, g := range in.gold {
				pg, pp := 0, 0
				if i > 0 {
					pg, pp = in.gold[i-1]+1, p[i-1]+1
				}
				if g != p[i] {
					errs++
					for _, f := range in.fs[in.off[i]:in.off[i+1]] {
						w[int(f)*numTags+g]++
						u[int(f)*numTags+g] += c
						w[int(f)*numTags+p[i]]--
						u[int(f)*numTags+p[i]] -= c
					}
				}
				if g != p[i] || pg != pp {
					tw[pg*numTags+g]++
					tu[pg*numTags+g] += c
					tw[pp*numTags+p[i]]--
					tu[pp*numTags+p[i]] -= c
				}
			}
			c++
		}
		for i := range w {
			avgW[i] = w[i] - u[i]/c
		}
		for i := range tw {
			avgT[i] = tw[i] - tu[i]/c
		}
		var sc Score
		for k := range dv {
			p := decode(&dv[k], avgW, &avgT)
			g := make([]string, len(p))
			for i, t := range p {
				g[i] = tagNames[t]
			}
			sc.Add(dev[k].Tags, g)
		}
		f1 := sc.Overall.F1()
		logf("epoch %d: %d token errors, dev F1 %.2f", epoch, errs, f1)
		if len(dv) == 0 || f1 > bestF {
			bestF, bestEpoch, bestScore = f1, epoch, sc
			copy(bestW, avgW)
			bestT = avgT
		}
	}

	// Prune and quantise.
	maxAbs := float32(0)
	for _, x := range bestW {
		if a := float32(math.Abs(float64(x))); a > maxAbs {
			maxAbs = a
		}
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := maxAbs / 32767
	type kept struct {
		key uint64
		row int
	}
	var keep []kept
	for f := range nf {
		row := bestW[f*numTags : (f+1)*numTags]
		big := false
		for _, x := range row {
			if math.Abs(float64(x)) >= opt.Prune && math.Abs(float64(x)) >= float64(scale) {
				big = true
				break
			}
		}
		if big {
			keep = append(keep, kept{keys[f], f})
		}
	}
	sort.Slice(keep, func(i, j int) bool { return keep[i].key < keep[j].key })
	mf := &modelFile{Version: modelVersion, Scale: scale, Trans: bestT[:],
		ClusterWords: lf.ClusterWords, ClusterPaths: lf.ClusterPaths, CaseKeys: lf.CaseKeys, CaseVals: lf.CaseVals}
	mf.Keys = make([]uint64, len(keep))
	mf.Weights = make([]int16, len(keep)*numTags)
	for i, k := range keep {
		mf.Keys[i] = k.key
		for t := range numTags {
			mf.Weights[i*numTags+t] = int16(math.Round(float64(bestW[k.row*numTags+t] / scale)))
		}
	}
	mf.Info = fmt.Sprintf("averaged perceptron, %d training sentences, epoch %d of %d, %d of %d features kept, %d cluster words, dev F1 %.2f",
		len(train), bestEpoch, opt.Epochs, len(keep), nf, len(lf.ClusterWords), bestF)
	logf("train ner: %s", mf.Info)
	m, err := newModel(mf)
	if err != nil {
		return nil, err
	}
	return &Result{Tagger: newTagger(m), Dev: bestScore, Epoch: bestEpoch, file: mf}, nil
}

// lexiconFile turns clusters into the lexicon part of a model file: the
// cluster path of each word and the case profile of each lowercased word.
func lexiconFile(cl []Cluster) *modelFile {
	f := &modelFile{}
	type prof struct{ lower, title, upper, other int }
	profs := map[string]*prof{}
	for _, c := range cl {
		if c.Path != "" {
			f.ClusterWords = append(f.ClusterWords, c.Word)
			f.ClusterPaths = append(f.ClusterPaths, encodePath(c.Path))
		}
		lw := strings.ToLower(c.Word)
		p := profs[lw]
		if p == nil {
			p = &prof{}
			profs[lw] = p
		}
		switch caseClass(c.Word) {
		case 0:
			p.lower += c.Count
		case 1:
			p.title += c.Count
		case 2:
			p.upper += c.Count
		default:
			p.other += c.Count
		}
	}
	words := make([]string, 0, len(profs))
	for w := range profs {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		p := profs[w]
		total := p.lower + p.title + p.upper + p.other
		if total < 2 {
			continue
		}
		dom, best := 0, p.lower
		for i, n := range []int{p.title, p.upper, p.other} {
			if n > best {
				dom, best = i+1, n
			}
		}
		bucket := (4*(total-p.lower) + total/2) / total
		f.CaseKeys = append(f.CaseKeys, hashString(w))
		f.CaseVals = append(f.CaseVals, uint8(1+8*dom+bucket))
	}
	return f
}

// caseClass is 0 for a lowercase word, 1 for a title-case word, 2 for all
// caps and 3 otherwise (no letters, mixed).
func caseClass(w string) int {
	upper, lower, first := 0, 0, -1
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		u := unicode.IsUpper(r)
		if first < 0 {
			first = 0
			if u {
				first = 1
			}
		}
		if u {
			upper++
		} else {
			lower++
		}
	}
	switch {
	case upper == 0 && lower > 0:
		return 0
	case upper > 1 && lower == 0:
		return 2
	case first == 1 && upper == 1:
		return 1
	}
	return 3
}

// encodePath packs a bit path ("0110…") into a cluster value: up to 20
// bits in the low bits, the length in the top byte.
func encodePath(p string) uint32 {
	if len(p) > 20 {
		p = p[:20]
	}
	var bits uint32
	for i := 0; i < len(p); i++ {
		bits <<= 1
		if p[i] == '1' {
			bits |= 1
		}
	}
	return bits | uint32(len(p))<<24
}
