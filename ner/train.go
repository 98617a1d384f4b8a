package ner

import (
	"fmt"
	"io"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"sync"
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
	// Replicas is the number of perceptrons trained with different
	// visiting orders whose weights are averaged (default 1).
	Replicas int
	// Dropout is the share of features left out of each training update
	// (0 for none).
	Dropout float64
	// Seed fixes the order in which sentences are visited.
	Seed uint64
	// Clusters are word clusters from unlabelled text (may be nil).
	Clusters []Cluster
	// Names are known names (from the knowledge base) whose words become
	// gazetteer features (may be nil).
	Names []Name
	// POS adds features of the parts of speech and lemmas nl's tagger
	// gives (UPOS of the word and its neighbours, lemmas of the neighbours).
	POS bool
	// Context adds features of the document context: how the document
	// writes a capitalised word elsewhere, the names of several words
	// stage 1 finds elsewhere (see docs/bench/ner.md).
	Context bool
	// Log receives progress lines (may be nil).
	Log io.Writer
}

// Name is a known name and its CoNLL type (PER, LOC, ORG or MISC).
type Name struct {
	Text string
	Type string
}

// gazetteerFile turns names into the gazetteer part of a model file: for
// each lowercased word, a bit per type of the one-word names it is and
// of the longer names it is part of.
func gazetteerFile(names []Name, f *modelFile) {
	bits := map[string]uint8{}
	phrases := map[string]uint8{}
	for _, n := range names {
		t := -1
		for i, tn := range typeNames[1:] {
			if tn == n.Type {
				t = i
			}
		}
		if t < 0 {
			continue
		}
		words := strings.FieldsFunc(n.Text, func(r rune) bool {
			return unicode.IsSpace(r) || r == ',' || r == '(' || r == ')' || r == '"'
		})
		if len(words) >= 2 && len(words) <= maxPhrase {
			p := strings.ToLower(strings.Join(words, " "))
			phrases[p] |= 1 << t
		}
		for _, w := range words {
			w = strings.ToLower(w)
			if len(words) == 1 {
				bits[w] |= 1 << (2 * t)
			} else {
				bits[w] |= 1 << (2*t + 1)
			}
		}
	}
	for _, w := range slices.Sorted(maps.Keys(bits)) {
		f.GazWords = append(f.GazWords, w)
		f.GazVals = append(f.GazVals, bits[w])
	}
	for _, p := range slices.Sorted(maps.Keys(phrases)) {
		f.Phrases = append(f.Phrases, p)
		f.PhraseTypes = append(f.PhraseTypes, phrases[p])
	}
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

// Write writes the trained model, gzipped, to w.
func (r *Result) Write(w io.Writer) error { return writeModel(w, r.file) }

// Train learns the tagger: a first averaged structured perceptron over
// sentence features, then a second one that also sees how the first
// tagged the rest of the document (trained on first-stage tags from
// five-fold jackknifing, so that it learns from realistic errors). dev is
// used only to choose each stage's epoch (early stopping). The result is
// deterministic for the same inputs and options.
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
	logf := logTo(opt.Log)
	lf := lexiconFile(opt.Clusters)
	gazetteerFile(opt.Names, lf)
	lf.Version = modelVersion
	lf.POS = opt.POS
	lf.Context = opt.Context
	base, err := newModel(lf)
	if err != nil {
		return nil, err
	}
	trDocs := prepareDocs(&base.lex, train)
	dvDocs := prepareDocs(&base.lex, dev)
	logf("train ner: %d sentences in %d documents, %d cluster words, %d gazetteer words, %d phrases", len(train), len(trDocs), len(lf.ClusterWords), len(lf.GazWords), len(lf.Phrases))

	// Stage 1 on all training documents and, for the jackknife, on four
	// fifths of them five times: independent trainings, run side by side.
	const folds = 5
	var (
		st1 *stageFile
		sc1 Score
		ep1 int
		wg  sync.WaitGroup
	)
	foldOut := make([][]*pdoc, folds)
	foldSt := make([]*stageFile, folds)
	foldSc := make([]Score, folds)
	foldEp := make([]int, folds)
	wg.Add(1 + folds)
	go func() {
		defer wg.Done()
		st1, sc1, ep1 = trainStage(instances(trDocs, false, false), instances(dvDocs, false, false), dev, opt, logf)
	}()
	for k := range folds {
		var in []*pdoc
		for i, d := range trDocs {
			if i%folds == k {
				foldOut[k] = append(foldOut[k], d)
			} else {
				in = append(in, d)
			}
		}
		go func() {
			defer wg.Done()
			foldSt[k], foldSc[k], foldEp[k] = trainStage(instances(in, false, false), instances(dvDocs, false, false), dev, opt, nil)
		}()
	}
	wg.Wait()
	logf("train ner: stage 1 epoch %d, dev F1 %.2f", ep1, sc1.Overall.F1())
	full1, err := newStage(*st1)
	if err != nil {
		return nil, err
	}
	for _, d := range dvDocs {
		d.decode(full1)
	}
	// Jackknife stage-1 tags for the training documents.
	for k := range folds {
		logf("train ner: fold %d of %d, epoch %d, dev F1 %.2f", k+1, folds, foldEp[k], foldSc[k].Overall.F1())
		sk, err := newStage(*foldSt[k])
		if err != nil {
			return nil, err
		}
		for _, d := range foldOut[k] {
			d.decode(sk)
		}
	}
	st2, sc2, ep2 := trainStage(instances(trDocs, true, opt.Context), instances(dvDocs, true, opt.Context), dev, opt, logf)
	logf("train ner: stage 2 epoch %d, dev F1 %.2f", ep2, sc2.Overall.F1())

	mf := lf
	mf.Stages = []stageFile{*st1, *st2}
	mf.Info = fmt.Sprintf("two-stage averaged perceptron, %d training sentences; stage 1 epoch %d, %d features, dev F1 %.2f; stage 2 epoch %d, %d features, dev F1 %.2f; %d cluster words, %d gazetteer words, %d phrases",
		len(train), ep1, len(st1.Keys), sc1.Overall.F1(), ep2, len(st2.Keys), sc2.Overall.F1(), len(lf.ClusterWords), len(lf.GazWords), len(lf.Phrases))
	logf("train ner: %s", mf.Info)
	m, err := newModel(mf)
	if err != nil {
		return nil, err
	}
	return &Result{Tagger: newTagger(m), Dev: sc2, Epoch: ep2, file: mf}, nil
}

// pdoc is a prepared document: its tokens, base features, gold tags and
// first-stage tags.
type pdoc struct {
	toks  []token
	feats []uint64
	foff  []int32
	ends  []int
	gold  []int
	s1    []int
}

// prepareDocs groups sentences into documents (at DocStart) and computes
// their features.
func prepareDocs(lx *lexicon, sents []Sentence) []*pdoc {
	var out []*pdoc
	var s scratch
	for _, doc := range Documents(sents) {
		var words []string
		var ends []int
		var gold []int
		for _, st := range doc {
			words = append(words, st.Words...)
			ends = append(ends, len(words))
			for _, g := range st.Tags {
				gold = append(gold, tagIndex(g))
			}
		}
		lx.prepare(&s, words, ends, nil)
		d := &pdoc{
			toks:  append([]token(nil), s.toks...),
			feats: append([]uint64(nil), s.feats...),
			foff:  append([]int32(nil), s.foff...),
			ends:  ends,
			gold:  gold,
			s1:    make([]int, len(words)),
		}
		out = append(out, d)
	}
	return out
}

// decode sets d.s1 with the tags of stage st.
func (d *pdoc) decode(st *stage) {
	n := len(d.toks)
	s := scratch{em: make([]float32, n*numTags), delta: make([]float32, n*numTags), back: make([]int8, n*numTags)}
	for i := 0; i < n; i++ {
		st.score(d.feats[d.foff[i]:d.foff[i+1]], 0, s.em[i*numTags:(i+1)*numTags])
	}
	decodeSentences(&s, s.em, d.ends, &st.trans[0], d.s1)
}

// hinst is one sentence as feature hashes.
type hinst struct {
	hashes []uint64
	off    []int32 // len n+1
	gold   []int
}

// instances turns documents into sentences of feature hashes, with the
// second-stage document features when second is set (and the names of
// several words found elsewhere when context is set).
func instances(docs []*pdoc, second, context bool) []hinst {
	var out []hinst
	var stats docStats
	var df []uint64
	for _, d := range docs {
		if second {
			stats.reset()
			for i := range d.toks {
				stats.add(&d.toks[i], d.s1[i])
			}
			stats.annotate(d.toks, d.s1)
			if context {
				stats.addSpans(d.toks, d.s1, d.ends)
				stats.annotateSpans(d.toks, d.s1, d.ends)
			}
		}
		a := 0
		for _, b := range d.ends {
			h := hinst{off: make([]int32, 1, b-a+1), gold: d.gold[a:b]}
			for i := a; i < b; i++ {
				h.hashes = append(h.hashes, d.feats[d.foff[i]:d.foff[i+1]]...)
				if second {
					df = docFeatures(d.toks[a:b], d.s1[a:b], i-a, &stats, df[:0])
					h.hashes = append(h.hashes, df...)
				}
				h.off = append(h.off, int32(len(h.hashes)))
			}
			out = append(out, h)
			a = b
		}
	}
	return out
}

// trainStage trains one averaged structured perceptron on hashed
// sentences, choosing the epoch by F1 on dev, and returns its pruned,
// quantised weights.
func trainStage(train, dev []hinst, devSents []Sentence, opt TrainOptions, logf func(string, ...any)) (*stageFile, Score, int) {
	if logf == nil {
		logf = func(string, ...any) {}
	}
	ids := map[uint64]int32{}
	var keys []uint64
	var counts []int32
	type inst struct {
		off  []int32
		fs   []int32
		gold []int
	}
	tr := make([]inst, len(train))
	for k, h := range train {
		in := inst{off: h.off, gold: h.gold, fs: make([]int32, len(h.hashes))}
		for j, f := range h.hashes {
			id, ok := ids[f]
			if !ok {
				id = int32(len(keys))
				ids[f] = id
				keys = append(keys, f)
				counts = append(counts, 0)
			}
			counts[id]++
			in.fs[j] = id
		}
		tr[k] = in
	}
	if opt.MinCount > 1 {
		for k := range tr {
			in := &tr[k]
			fs := make([]int32, 0, len(in.fs))
			off := make([]int32, 1, len(in.off))
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
	for k, h := range dev {
		in := inst{gold: h.gold, off: make([]int32, 1, len(h.off))}
		for i := 0; i+1 < len(h.off); i++ {
			for _, f := range h.hashes[h.off[i]:h.off[i+1]] {
				if id, ok := ids[f]; ok {
					in.fs = append(in.fs, id)
				}
			}
			in.off = append(in.off, int32(len(in.fs)))
		}
		dv[k] = in
	}
	nf := len(keys)
	reps := max(opt.Replicas, 1)
	type replica struct {
		w, u   []float32
		tw, tu [(numTags + 1) * numTags]float32
		order  []int
		rng    *rand.Rand
	}
	rs := make([]*replica, reps)
	for r := range rs {
		rp := &replica{w: make([]float32, nf*numTags), u: make([]float32, nf*numTags), order: make([]int, len(tr))}
		for i := range rp.order {
			rp.order[i] = i
		}
		rp.rng = rand.New(rand.NewPCG(opt.Seed+uint64(r), 0x6b726f6e69656b))
		rs[r] = rp
	}
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
			clear(e)
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

	c := float32(1)
	var drop inst
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		errs := 0
		c0 := c
		for _, rp := range rs {
			c = c0
			w, u, order := rp.w, rp.u, rp.order
			rp.rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			for _, k := range order {
				in := &tr[k]
				if opt.Dropout > 0 {
					// Leave out a random share of the features for this
					// update, so that no feature can carry a sentence alone.
					drop.gold = in.gold
					drop.fs = drop.fs[:0]
					drop.off = append(drop.off[:0], 0)
					for i := 0; i+1 < len(in.off); i++ {
						for _, f := range in.fs[in.off[i]:in.off[i+1]] {
							if rp.rng.Float64() >= opt.Dropout {
								drop.fs = append(drop.fs, f)
							}
						}
						drop.off = append(drop.off, int32(len(drop.fs)))
					}
					in = &drop
				}
				p := decode(in, w, &rp.tw)
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
						rp.tw[pg*numTags+g]++
						rp.tu[pg*numTags+g] += c
						rp.tw[pp*numTags+p[i]]--
						rp.tu[pp*numTags+p[i]] -= c
					}
				}
				c++
			}
		}
		// The mean of the replicas' averaged weights.
		clear(avgW)
		avgT = [(numTags + 1) * numTags]float32{}
		for _, rp := range rs {
			for i := range avgW {
				avgW[i] += (rp.w[i] - rp.u[i]/c) / float32(reps)
			}
			for i := range avgT {
				avgT[i] += (rp.tw[i] - rp.tu[i]/c) / float32(reps)
			}
		}
		var sc Score
		for k := range dv {
			p := decode(&dv[k], avgW, &avgT)
			g := make([]string, len(p))
			for i, t := range p {
				g[i] = tagNames[t]
			}
			sc.Add(devSents[k].Tags, g)
		}
		f1 := sc.Overall.F1()
		logf("epoch %d: %d token errors, dev F1 %.2f", epoch, errs/reps, f1)
		if len(dv) == 0 || f1 > bestF {
			bestF, bestEpoch, bestScore = f1, epoch, sc
			copy(bestW, avgW)
			bestT = avgT
		}
	}
	return quantise(keys, bestW, bestT[:], opt.Prune), bestScore, bestEpoch
}

// quantise keeps the features with a weight of at least prune and stores
// their weights as int16.
func quantise(keys []uint64, w []float32, trans []float32, prune float64) *stageFile {
	maxAbs := float32(0)
	for _, x := range w {
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
	for f := range keys {
		row := w[f*numTags : (f+1)*numTags]
		for _, x := range row {
			a := math.Abs(float64(x))
			if a >= prune && a >= float64(scale) {
				keep = append(keep, kept{keys[f], f})
				break
			}
		}
	}
	sort.Slice(keep, func(i, j int) bool { return keep[i].key < keep[j].key })
	sf := &stageFile{Scale: scale, Trans: append([]float32(nil), trans...)}
	sf.Keys = make([]uint64, len(keep))
	sf.Weights = make([]int16, len(keep)*numTags)
	for i, k := range keep {
		sf.Keys[i] = k.key
		for t := range numTags {
			sf.Weights[i*numTags+t] = int16(math.Round(float64(w[k.row*numTags+t] / scale)))
		}
	}
	return sf
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

// logTo returns a printf that writes a line to w, or nothing when w is nil.
func logTo(w io.Writer) func(format string, a ...any) {
	return func(format string, a ...any) {
		if w != nil {
			fmt.Fprintf(w, format+"\n", a...)
		}
	}
}
