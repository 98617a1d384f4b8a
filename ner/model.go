package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/gob"
	"fmt"
	"io"
	"math"
	"strings"

	kgzip "github.com/klauspost/compress/gzip"
)

// Tags in the CoNLL-2002 IOB2 scheme, in model order.
var tagNames = [numTags]string{"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}

// numTags is the number of IOB2 tags.
const numTags = 9

// modelVersion is the version of the model file format.
const modelVersion = 3

// tagIndex returns the index of an IOB2 tag; unknown tags are O.
func tagIndex(tag string) int {
	for i, t := range tagNames {
		if t == tag {
			return i
		}
	}
	return 0
}

// allowed reports whether tag t may follow tag prev (prev < 0: sentence
// start) under IOB2: I-X only after B-X or I-X.
func allowed(prev, t int) bool {
	if t == 0 || t%2 == 1 {
		return true
	}
	return prev == t || prev == t-1
}

// modelFile is the serialised model.
type modelFile struct {
	Version int
	// Stages are the first-stage (sentence) and second-stage (document)
	// weights.
	Stages []stageFile
	// Cluster lexicon: word forms and their encoded cluster paths.
	ClusterWords []string
	ClusterPaths []uint32
	// Case lexicon: hashes of lowercased words and their case profiles.
	CaseKeys []uint64
	CaseVals []uint8
	// Gazetteer: words of known names and their name bits. They are
	// keyed with the knowledge base's transliteration key when loaded, so
	// the model follows improvements of that key.
	GazWords []string
	GazVals  []uint8
	// Phrases are known names of two to eight words, lowercased and
	// joined by spaces, with a bit per type.
	Phrases     []string
	PhraseTypes []uint8
	// POS: the model reads parts of speech and lemmas from nl's tagger.
	POS bool
	// Context: the model reads how the document writes each word and the
	// names of several words its first stage finds elsewhere in it.
	Context bool
	// Info describes how the model was trained.
	Info string
}

// stageFile holds the weights of one perceptron.
type stageFile struct {
	// Keys are the feature hashes, sorted; Weights holds numTags
	// weights per key, quantised with Scale.
	Keys    []uint64
	Weights []int16
	Scale   float32
	// Trans holds transition weights: row 0 for the sentence start, row
	// 1+p for previous tag p.
	Trans []float32
}

// model is a loaded model ready for scoring.
type model struct {
	stages *stage
	lex    lexicon
	info   string
}

// stage holds the weights of up to two perceptrons in one open-addressing
// table whose slots keep a feature's key and both weight rows together,
// so that scoring a feature for both stages touches one cache line.
type stage struct {
	n     int // number of stages
	mask  uint64
	slots []slot
	scale [2]float32
	trans [2][numTags + 1][numTags]float32
}

// slot is one feature: its hash (0 = empty) and its quantised weights in
// each stage.
type slot struct {
	key uint64
	w   [2][numTags]int16
	_   [48 - 8 - 4*numTags]byte
}

// newModel builds the scoring structures from a model file.
func newModel(f *modelFile) (*model, error) {
	if f.Version != modelVersion {
		return nil, fmt.Errorf("model version %d, want %d", f.Version, modelVersion)
	}
	if len(f.ClusterWords) != len(f.ClusterPaths) || len(f.CaseKeys) != len(f.CaseVals) || len(f.GazWords) != len(f.GazVals) {
		return nil, fmt.Errorf("model lexicon sizes do not match")
	}
	m := &model{info: f.Info}
	m.lex.pos = f.POS
	m.lex.context = f.Context
	st, err := newStage(f.Stages...)
	if err != nil {
		return nil, err
	}
	m.stages = st
	m.lex.clusters = make(map[uint64]uint32, len(f.ClusterWords))
	for i, w := range f.ClusterWords {
		m.lex.clusters[hashString(w)] = f.ClusterPaths[i]
	}
	m.lex.cases = make(map[uint64]uint8, len(f.CaseKeys))
	for i, k := range f.CaseKeys {
		m.lex.cases[k] = f.CaseVals[i]
	}
	if len(f.Phrases) != len(f.PhraseTypes) {
		return nil, fmt.Errorf("model phrase sizes do not match")
	}
	if len(f.Phrases) > 0 {
		m.lex.phrases = make(map[uint64]uint8, len(f.Phrases))
		for i, p := range f.Phrases {
			h := uint64(0)
			for k, w := range strings.Fields(p) {
				if k > 1 {
					m.lex.phrases[h] |= phrasePrefix // a longer name goes on
				}
				h = phraseStep(h, hashString(w))
			}
			m.lex.phrases[h] |= f.PhraseTypes[i]
		}
	}
	if len(f.GazWords) > 0 {
		m.lex.gazetteer = make(map[uint64]uint8, len(f.GazWords))
		for i, w := range f.GazWords {
			m.lex.gazetteer[gazKey(w)] |= f.GazVals[i]
		}
	}
	return m, nil
}

// newStage builds the weight table of one or two stages.
func newStage(fs ...stageFile) (*stage, error) {
	if len(fs) > 2 {
		return nil, fmt.Errorf("model has %d stages, want at most 2", len(fs))
	}
	m := &stage{n: len(fs)}
	total := 0
	for i := range fs {
		f := &fs[i]
		if len(f.Weights) != len(f.Keys)*numTags || len(f.Trans) != (numTags+1)*numTags {
			return nil, fmt.Errorf("model sizes do not match")
		}
		total += len(f.Keys)
	}
	size := 1
	for size*5 < total*8+8 {
		size <<= 1
	}
	m.mask = uint64(size - 1)
	m.slots = make([]slot, size)
	for s := range fs {
		f := &fs[s]
		m.scale[s] = f.Scale
		for r, k := range f.Keys {
			j := k & m.mask
			for m.slots[j].key != 0 && m.slots[j].key != k {
				j = (j + 1) & m.mask
			}
			m.slots[j].key = k
			copy(m.slots[j].w[s][:], f.Weights[r*numTags:(r+1)*numTags])
		}
		for p := 0; p <= numTags; p++ {
			copy(m.trans[s][p][:], f.Trans[p*numTags:(p+1)*numTags])
		}
	}
	return m, nil
}

// find returns the slot of feature f, nil when the model has no weights
// for it (open addressing, linear probing).
func (m *stage) find(f uint64) *slot {
	for j := f & m.mask; ; j = (j + 1) & m.mask {
		sl := &m.slots[j]
		if sl.key == f {
			return sl
		}
		if sl.key == 0 {
			return nil
		}
	}
}

// score adds the stage-s weights of feats to e (numTags scores).
func (m *stage) score(feats []uint64, s int, e []float32) {
	var sum [numTags]int32
	for _, f := range feats {
		if sl := m.find(f); sl != nil {
			for k := range numTags {
				sum[k] += int32(sl.w[s][k])
			}
		}
	}
	for k := range numTags {
		e[k] += float32(sum[k]) * m.scale[s]
	}
}

// touch loads the first slot of every feature of feats before they are
// looked up: the loads do not depend on one another, so their cache
// misses overlap instead of stalling each probe in turn (the table is
// far larger than the cache and most features hit a cold line). The
// caller must use the result, or the compiler drops the loads.
func (m *stage) touch(feats []uint64) uint64 {
	var t uint64
	for _, f := range feats {
		t |= m.slots[f&m.mask].key
	}
	return t
}

// score2 adds the weights of feats in both stages to e1 and e2.
func (m *stage) score2(feats []uint64, e1, e2 []float32) {
	var s1, s2 [numTags]int32
	if m.touch(feats) == 0 {
		s1[0] = 0 // keeps the loads; changes nothing
	}
	for _, f := range feats {
		if sl := m.find(f); sl != nil {
			for k := range numTags {
				s1[k] += int32(sl.w[0][k])
				s2[k] += int32(sl.w[1][k])
			}
		}
	}
	for k := range numTags {
		e1[k] += float32(s1[k]) * m.scale[0]
		e2[k] += float32(s2[k]) * m.scale[1]
	}
}

// allowedPrev lists, for each tag, the tags that may come before it
// (allowed), in increasing order: viterbi's inner loop reads them
// instead of testing all pairs.
var allowedPrev = func() (ps [numTags][]int) {
	for t := range numTags {
		for p := range numTags {
			if allowed(p, t) {
				ps[t] = append(ps[t], p)
			}
		}
	}
	return ps
}()

// viterbi returns the best IOB2 tag sequence for emission scores em
// (numTags per position) and transitions trans, writing into tags.
func viterbi(em []float32, trans *[numTags + 1][numTags]float32, tags []int, back []int8, delta []float32) {
	n := len(tags)
	if n == 0 {
		return
	}
	ninf := float32(math.Inf(-1))
	for t := 0; t < numTags; t++ {
		if allowed(-1, t) {
			delta[t] = em[t] + trans[0][t]
		} else {
			delta[t] = ninf
		}
	}
	for i := 1; i < n; i++ {
		cur := delta[i*numTags : (i+1)*numTags]
		prev := delta[(i-1)*numTags : i*numTags]
		for t := 0; t < numTags; t++ {
			best, arg := ninf, 0
			for _, p := range allowedPrev[t] {
				s := prev[p] + trans[p+1][t]
				if s > best {
					best, arg = s, p
				}
			}
			cur[t] = best + em[i*numTags+t]
			back[i*numTags+t] = int8(arg)
		}
	}
	last := delta[(n-1)*numTags : n*numTags]
	best, arg := ninf, 0
	for t := 0; t < numTags; t++ {
		if last[t] > best {
			best, arg = last[t], t
		}
	}
	tags[n-1] = arg
	for i := n - 1; i > 0; i-- {
		tags[i-1] = int(back[i*numTags+tags[i]])
	}
}

// writeModel writes f gzipped gob to w.
func writeModel(w io.Writer, f *modelFile) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("gzip model: %w", err)
	}
	if err := gob.NewEncoder(zw).Encode(f); err != nil {
		return fmt.Errorf("encode model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("gzip model: %w", err)
	}
	return nil
}

// readModel reads a gzipped gob model.
func readModel(r io.Reader) (*modelFile, error) {
	zr, err := kgzip.NewReader(bufio.NewReader(r))
	if err != nil {
		return nil, fmt.Errorf("gunzip model: %w", err)
	}
	defer zr.Close()
	var f modelFile
	if err := gob.NewDecoder(zr).Decode(&f); err != nil {
		return nil, fmt.Errorf("decode model: %w", err)
	}
	return &f, nil
}
