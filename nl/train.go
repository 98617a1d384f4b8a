package nl

import (
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
	"strings"
)

// SyntaxTrainOptions control TrainSyntax.
type SyntaxTrainOptions struct {
	TagEpochs, ParseEpochs, LabelEpochs, LemmaEpochs int
	// Folds is the number of jackknife folds giving the parser predicted
	// tags to learn from (0 or 1: gold tags).
	Folds int
	// Explore is the probability of following the model's own (wrong)
	// move after the first epoch (dynamic oracle exploration).
	Explore float64
	// UDRepeat shows sentences with Morph set (gold UD) this many times
	// per pass to the tagger, parser and labeller (0 or 1: once), to weigh
	// UD's own conventions above the converted treebank's.
	UDRepeat int
	// Clusters maps words to the bit paths of their word clusters (the
	// ones ner learns; nil: none), a tagger feature.
	Clusters map[string]string
	// Unlabelled holds tokenised sentences of raw text for self-training
	// (see selfTrain); nil: none.
	Unlabelled [][]string
	// SelfPartial, if above 0, is the least share of heads the two
	// self-training helpers must agree on for a sentence to join the
	// training data with only those heads (the others unknown: the
	// oracle lets the parser choose them freely, the labeller skips
	// them); 0: only sentences they agree on everywhere.
	SelfPartial float64
	// SelfCache, if set, is a CoNLL-U file holding the sentences the
	// self-training helpers agreed on: read instead of training the
	// helpers when it exists, written after training them when not (a
	// development shortcut; the cached parses come from the helpers of
	// the run that wrote it).
	SelfCache string
	// Replicas is the number of parsers, each visiting the training
	// sentences in another order, whose weights are averaged (0 or 1:
	// one).
	Replicas int
	// LabelFolds, if above 1, also teaches the labeller the trees that
	// parsers trained on the other folds (LabelFoldEpochs passes, one
	// replica) predict for the treebank sentences, so it learns to label
	// the head errors the parser makes on unseen text (jackknifing, as
	// for the tags); a word whose predicted head is wrong is not learnt.
	LabelFolds, LabelFoldEpochs int
	// Reuse, if set, supplies the tagger, lemmatiser and parser: only the
	// labeller is trained (development: labeller experiments on one
	// parser).
	Reuse *SyntaxModel
	// LiftMin, if above 0, trains pseudo-projectively (projective.go): the
	// parser and labeller learn trees whose crossing arcs are lifted, a
	// lifted word's relation recording its lost head's (rel|lost) when
	// that pair occurs at least LiftMin times (else it stays lifted with
	// its own relation); parsing moves such words back down.
	LiftMin int
	// Seed fixes every random choice.
	Seed uint64
	// TagBits, ParseBits, LabelBits, LemmaBits size the weight tables.
	TagBits, ParseBits, LabelBits, LemmaBits uint8
	// Log receives progress lines (may be nil).
	Log io.Writer
}

// logf writes a progress line to o.Log (if any).
func (o *SyntaxTrainOptions) logf(format string, a ...any) {
	if o.Log != nil {
		fmt.Fprintf(o.Log, format+"\n", a...)
	}
}

func (o *SyntaxTrainOptions) defaults() {
	def := func(x *int, v int) {
		if *x <= 0 {
			*x = v
		}
	}
	def(&o.TagEpochs, 8)
	def(&o.ParseEpochs, 10)
	def(&o.LabelEpochs, 8)
	def(&o.LemmaEpochs, 6)
	defb := func(x *uint8, v uint8) {
		if *x == 0 {
			*x = v
		}
	}
	defb(&o.TagBits, 18)
	defb(&o.ParseBits, 22)
	defb(&o.LabelBits, 17)
	defb(&o.LemmaBits, 18)
	if o.Seed == 0 {
		o.Seed = 14
	}
}

// SyntaxModel is a trained model ready to be written.
type SyntaxModel struct{ m *models }

// ReadSyntaxModel reads a model file written by Write (to reuse its
// parts in training, see SyntaxTrainOptions.Reuse).
func ReadSyntaxModel(r io.Reader) (*SyntaxModel, error) {
	m, err := readModels(r)
	if err != nil {
		return nil, err
	}
	for _, d := range []*dense{m.tag.m, m.parse.m, m.parse.lab, m.lem.m, m.lem.fm} {
		d.w = make([]float32, len(d.q)) // written again from w
		for i, x := range d.q {
			d.w[i] = float32(x) * d.qs
		}
		d.q = nil
	}
	return &SyntaxModel{m: m}, nil
}

// Syntax returns an annotator using the model.
func (sm *SyntaxModel) Syntax() *Syntax { return &Syntax{m: sm.m} }

// Write writes the model in the embedded format.
func (sm *SyntaxModel) Write(w io.Writer) error { return sm.m.write(w) }

// TrainSyntax trains the tagger, lemmatiser and parser. Sentences with
// Morph set also teach lemmas and features. The result depends only on
// the data and the options.
func TrainSyntax(train []TreeSentence, morph []bool, o SyntaxTrainOptions) (*SyntaxModel, error) {
	o.defaults()
	if len(o.Unlabelled) > 0 {
		return selfTrain(train, morph, o)
	}
	return trainSyntax(train, morph, nil, o)
}

// trainSyntax trains the models on train; extra sentences (parsed text)
// teach only the parser and the labeller.
func trainSyntax(train []TreeSentence, morph []bool, extra []TreeSentence, o SyntaxTrainOptions) (*SyntaxModel, error) {
	logf := o.logf
	if len(train) == 0 {
		return nil, fmt.Errorf("train syntax: no sentences")
	}
	m := &models{}
	m.pool.New = func() any { return new(sentBuf) }
	words := make([]string, 0, len(o.Clusters))
	for w := range o.Clusters {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		m.paths = append(m.paths, w, o.Clusters[w])
	}
	m.clus = clusterKeys(m.paths)
	if o.Reuse != nil {
		r := o.Reuse.m
		m.paths, m.clus, m.tag, m.lem, m.parse.m = r.paths, r.clus, r.tag, r.lem, r.parse.m
	}
	logf("%d attributive participles retagged VERB", retagParticiples(train, morph))

	rep := func(sents []TreeSentence) []TreeSentence {
		out := append([]TreeSentence(nil), sents...)
		for r := 1; r < o.UDRepeat; r++ {
			for k := range sents {
				if k < len(morph) && morph[k] {
					out = append(out, sents[k])
				}
			}
		}
		return out
	}
	if o.Reuse == nil {
		m.tag.m = trainTagger(rep(train), m.clus, o, o.Seed)
		logf("tagger trained (%d sentences)", len(train))
	}

	// Jackknifed tags for the parser.
	predPOS := make([][]POS, len(train))
	if o.Folds > 1 {
		for f := 0; f < o.Folds; f++ {
			var part []TreeSentence
			for i := range train {
				if i%o.Folds != f {
					part = append(part, train[i])
				}
			}
			tg := tagger{m: trainTagger(part, m.clus, o, o.Seed+uint64(f)+1)}
			b := new(sentBuf)
			for i := range train {
				if i%o.Folds == f {
					b.resetClusters(train[i].Words, m.clus)
					tg.tag(b)
					predPOS[i] = append([]POS(nil), b.pos...)
				}
			}
			logf("jackknife fold %d/%d tagged", f+1, o.Folds)
		}
	} else {
		for i := range train {
			predPOS[i] = train[i].POS
		}
	}

	// Trees the parser and labeller learn: train itself, or made
	// projective; the tagger and lemmatiser keep train.
	tree := train
	if o.LiftMin > 0 {
		tree, extra = liftTrees(train, extra, o.LiftMin, logf)
	}

	// Labels, sorted.
	seen := map[string]bool{}
	for _, s := range tree {
		for _, r := range s.Rels {
			seen[r] = true
		}
	}
	for r := range seen {
		m.parse.labels = append(m.parse.labels, r)
	}
	sort.Strings(m.parse.labels)
	li := map[string]int{}
	for i, r := range m.parse.labels {
		li[r] = i
	}
	if _, ok := li["root"]; !ok {
		return nil, fmt.Errorf("train syntax: no root relation in the data")
	}
	m.parse.root = li["root"]
	m.parse.caseRl = -1
	if c, ok := li["case"]; ok {
		m.parse.caseRl = c
	}
	m.parse.base, m.parse.want = liftTables(m.parse.labels)
	ptrain, ppos := append([]TreeSentence(nil), tree...), append([][]POS(nil), predPOS...)
	for r := 1; r < o.UDRepeat; r++ {
		for k := range tree {
			if k < len(morph) && morph[k] {
				ptrain = append(ptrain, tree[k])
				ppos = append(ppos, predPOS[k])
			}
		}
	}
	if len(extra) > 0 {
		// tagged by the tagger just trained, which never saw them
		b := new(sentBuf)
		for _, x := range extra {
			b.resetClusters(x.Words, m.clus)
			m.tag.tag(b)
			ptrain = append(ptrain, x)
			ppos = append(ppos, append([]POS(nil), b.pos...))
		}
	}
	ltrain, lpos := ptrain, ppos
	if o.LabelFolds > 1 {
		ltrain = append(ltrain, predictedTrees(tree, predPOS, m.clus, o, logf)...)
		lpos = append(lpos, predPOS...)
	}
	if o.Reuse == nil {
		m.parse.m = trainParser(ptrain, ppos, m.clus, o, logf)
	}
	m.parse.lab = trainLabeller(ltrain, lpos, m.clus, li, len(m.parse.labels), o, logf)
	if o.Reuse == nil {
		trainLemmas(&m.lem, m.clus, train, morph, o, logf)
	}
	return &SyntaxModel{m: m}, nil
}

// predictedTrees returns train with the heads a parser trained on the
// other o.LabelFolds folds predicts for each sentence (tags pos); a word
// whose predicted head is not its gold one has no relation ("": the
// labeller does not learn it, but its siblings see it labelled).
func predictedTrees(train []TreeSentence, pos [][]POS, clus map[string][4]uint64, o SyntaxTrainOptions, logf func(string, ...any)) []TreeSentence {
	out := make([]TreeSentence, len(train))
	fo := o
	fo.ParseEpochs = max(o.LabelFoldEpochs, 1)
	right, all := 0, 0
	for f := range o.LabelFolds {
		var part []TreeSentence
		var ppos [][]POS
		for i := range train {
			if i%o.LabelFolds != f {
				part = append(part, train[i])
				ppos = append(ppos, pos[i])
			}
		}
		ps := parser{m: trainParserOnce(part, ppos, clus, fo, o.Seed+uint64(f)*104729+5, func(string, ...any) {})}
		b := new(sentBuf)
		for i := range train {
			if i%o.LabelFolds != f {
				continue
			}
			s := train[i]
			b.resetClusters(s.Words, clus)
			copy(b.pos, pos[i])
			ps.attach(b, false)
			fixScores(b)
			s.Heads = append([]int(nil), b.heads[:len(s.Words)]...)
			s.Rels = make([]string, len(s.Words))
			for d, h := range s.Heads {
				all++
				if h == train[i].Heads[d] {
					s.Rels[d] = train[i].Rels[d]
					right++
				}
			}
			out[i] = s
		}
		logf("labeller fold %d/%d parsed", f+1, o.LabelFolds)
	}
	logf("labeller folds: %.2f%% of heads right", 100*float64(right)/float64(max(all, 1)))
	return out
}

func shuffled(n int, rng *rand.Rand) []int {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	rng.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
	return order
}

func trainTagger(train []TreeSentence, cl map[string][4]uint64, o SyntaxTrainOptions, seed uint64) *dense {
	m := newDense(o.TagBits, nTags, true)
	rng := rand.New(rand.NewPCG(seed, 1))
	b := new(sentBuf)
	s := make([]float32, nTags)
	for ep := 0; ep < o.TagEpochs; ep++ {
		for _, k := range shuffled(len(train), rng) {
			sent := &train[k]
			b.resetClusters(sent.Words, cl)
			var p1, p2 POS
			for i := range sent.Words {
				b.fs = tagFeats(b, i, p1, p2, b.fs[:0])
				clear(s)
				m.score(b.fs, s)
				pred := argmax(s, nil)
				gold := int(sent.POS[i]) - 1
				if gold >= 0 && pred != gold {
					m.update(b.fs, gold, pred, 1)
				}
				m.tick()
				// follow gold history in training
				p2, p1 = p1, sent.POS[i]
			}
		}
	}
	m.average()
	return m
}

// trainParser trains o.Replicas parsers, each visiting the sentences in
// another order, and averages their weights.
func trainParser(train []TreeSentence, pos [][]POS, clus map[string][4]uint64, o SyntaxTrainOptions, logf func(string, ...any)) *dense {
	var sum *dense
	reps := max(o.Replicas, 1)
	for r := range reps {
		m := trainParserOnce(train, pos, clus, o, o.Seed+uint64(r)*7919, logf)
		if sum == nil {
			sum = m
			continue
		}
		for i, x := range m.w {
			sum.w[i] += x
		}
	}
	if reps > 1 {
		for i := range sum.w {
			sum.w[i] /= float32(reps)
		}
	}
	return sum
}

func trainParserOnce(train []TreeSentence, pos [][]POS, clus map[string][4]uint64, o SyntaxTrainOptions, seed uint64, logf func(string, ...any)) *dense {
	m := newDense(o.ParseBits, nMoves, true)
	rng := rand.New(rand.NewPCG(seed, 2))
	b := new(sentBuf)
	s := make([]float32, nMoves)
	var gold []int
	for ep := 0; ep < o.ParseEpochs; ep++ {
		errs, total := 0, 0
		for _, k := range shuffled(len(train), rng) {
			sent := &train[k]
			n := len(sent.Words)
			b.resetClusters(sent.Words, clus)
			copy(b.pos, pos[k])
			gold = grow(gold, n)
			for i, h := range sent.Heads {
				if h == -1 {
					h = n
				}
				gold[i] = h // unknownHead costs nothing (see parseState.cost)
			}
			p := &b.ps
			p.init(n)
			for steps := 0; !p.done() && steps < 3*n+3; steps++ {
				b.fs = moveFeats(b, p, b.fs[:0])
				clear(s)
				m.score(b.fs, s)
				var costs [nMoves]int
				minCost := 1 << 30
				for mv := range nMoves {
					if p.legal(mv) {
						costs[mv] = p.cost(mv, gold)
						minCost = min(minCost, costs[mv])
					}
				}
				pred := argmax(s, p.legal)
				best := argmax(s, func(mv int) bool { return p.legal(mv) && costs[mv] == minCost })
				total++
				if costs[pred] > minCost {
					errs++
					m.update(b.fs, best, pred, 1)
				}
				m.tick()
				next := best
				if ep > 0 && rng.Float64() < o.Explore {
					next = pred
				}
				p.apply(next)
			}
		}
		logf("parser epoch %d: %.2f%% wrong moves", ep+1, 100*float64(errs)/float64(max(total, 1)))
	}
	m.average()
	return m
}

func trainLabeller(train []TreeSentence, pos [][]POS, clus map[string][4]uint64, li map[string]int, nl int, o SyntaxTrainOptions, logf func(string, ...any)) *dense {
	m := newDense(o.LabelBits, nl, true)
	rng := rand.New(rand.NewPCG(o.Seed, 3))
	b := new(sentBuf)
	s := make([]float32, nl)
	rootL := li["root"]
	for ep := 0; ep < o.LabelEpochs; ep++ {
		errs, total := 0, 0
		for _, k := range shuffled(len(train), rng) {
			sent := &train[k]
			b.resetClusters(sent.Words, clus)
			copy(b.pos, pos[k])
			copy(b.heads, sent.Heads)
			for d, r := range sent.Rels {
				b.rels[d] = li[r]
			}
			for d := range sent.Words {
				h := b.heads[d]
				prev := b.prevSibling(d)
				b.fs = labelFeats(b, d, prev, b.fs[:0])
				clear(s)
				m.score(b.fs, s)
				pred := argmax(s, func(c int) bool { return (c == rootL) == (h < 0) })
				if h == unknownHead || sent.Rels[d] == "" {
					// self-training: a head the helpers disagreed on; a
					// predicted tree: a wrong head
					b.rels[d] = pred
					continue
				}
				total++
				if g := b.rels[d]; pred != g {
					errs++
					m.update(b.fs, g, pred, 1)
				}
				m.tick()
			}
		}
		logf("labeller epoch %d: %.2f%% wrong", ep+1, 100*float64(errs)/float64(max(total, 1)))
	}
	m.average()
	return m
}

func trainLemmas(l *lemmatizer, clus map[string][4]uint64, train []TreeSentence, morph []bool, o SyntaxTrainOptions, logf func(string, ...any)) {
	counts := map[lexEntry]map[string]int{}
	scriptN := map[string]int{}
	featN := [numPOS]map[Feats]int{}
	for p := range featN {
		featN[p] = map[Feats]int{}
	}
	var idx []int
	for k := range train {
		if k < len(morph) && morph[k] {
			idx = append(idx, k)
		}
	}
	for _, k := range idx {
		s := &train[k]
		// A verb with a separated particle carries the particle verb's
		// lemma (riep … op: op_roepen); the lexicon keeps the bare verb's.
		lemmas := append([]string(nil), s.Lemmas...)
		for i, r := range s.Rels {
			if h := s.Heads[i]; r == "compound:prt" && h >= 0 {
				lemmas[h] = strings.TrimPrefix(lemmas[h], lowerWord(s.Words[i])+"_")
			}
		}
		for i, w := range s.Words {
			lw := lowerWord(w)
			key := lexEntry{lw, s.POS[i]}
			if counts[key] == nil {
				counts[key] = map[string]int{}
			}
			counts[key][lemmas[i]]++
			scriptN[scriptFor(lw, lowerWord(lemmas[i])).key()]++
			featN[s.POS[i]][s.Feats[i]]++
		}
	}
	// Nouns and adjectives of the other (converted) sentences, with
	// their treebank roots: simple lemmas, no compound marks.
	newsN := map[lexEntry]map[string]int{}
	for k := range train {
		if k < len(morph) && morph[k] {
			continue
		}
		s := &train[k]
		for i, w := range s.Words {
			if p := s.POS[i]; (p == NOUN || p == ADJ) && s.Lemmas[i] != "" && strings.IndexByte(s.Lemmas[i], '_') < 0 {
				key := lexEntry{lowerWord(w), p}
				if newsN[key] == nil {
					newsN[key] = map[string]int{}
				}
				newsN[key][lowerWord(s.Lemmas[i])]++
			}
		}
	}
	treebankVerbs(train, morph, newsN)
	l.news = map[lexEntry]string{}
	for key, c := range newsN {
		if _, ok := counts[key]; ok {
			continue
		}
		best, bn := "", 0
		for lm, n := range c {
			if n > bn || (n == bn && lm < best) {
				best, bn = lm, n
			}
		}
		l.news[key] = best
	}
	l.lex = map[lexEntry]string{}
	for key, c := range counts {
		best, bn := "", 0
		for lm, n := range c {
			if n > bn || (n == bn && lm < best) {
				best, bn = lm, n
			}
		}
		l.lex[key] = best
	}
	var keys []string
	for k, n := range scriptN {
		if n >= 2 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		l.scripts = append(l.scripts, parseScript(k))
	}
	l.index()
	l.buildKnown()
	l.buildVocab(clus)
	sidx := map[string]int{}
	for i, k := range keys {
		sidx[k] = i
	}
	// the feature sets seen at least twice with a POS
	all := map[Feats]bool{}
	for p := range featN {
		for f, n := range featN[p] {
			if n >= 2 {
				all[f] = true
			}
		}
	}
	for f := range all {
		l.featList = append(l.featList, f)
	}
	sort.Slice(l.featList, func(i, j int) bool { return l.featList[i] < l.featList[j] })
	fidx := map[Feats]int{}
	for i, f := range l.featList {
		fidx[f] = i
	}
	for p := range featN {
		for _, f := range l.featList {
			if featN[p][f] >= 2 {
				l.featSet[p] = append(l.featSet[p], fidx[f])
			}
		}
	}
	l.m = newDense(o.LemmaBits, 1, true)
	l.fm = newDense(14, max(len(l.featList), 1), true)
	rng := rand.New(rand.NewPCG(o.Seed, 4))
	b := new(sentBuf)
	var cands []int
	for ep := 0; ep < o.LemmaEpochs; ep++ {
		errs, ferrs, total := 0, 0, 0
		for _, j := range shuffled(len(idx), rng) {
			s := &train[idx[j]]
			b.reset(s.Words)
			copy(b.pos, s.POS)
			lemmas := append([]string(nil), s.Lemmas...)
			for i, r := range s.Rels {
				if h := s.Heads[i]; r == "compound:prt" && h >= 0 {
					lemmas[h] = strings.TrimPrefix(lemmas[h], lowerWord(s.Words[i])+"_")
				}
			}
			for i, w := range s.Words {
				b.fs = lemmaFeats(b, i, b.fs[:0])
				total++
				if set := l.featSet[s.POS[i]]; len(set) > 1 {
					pred := l.bestFeats(b, set)
					if g, ok := fidx[s.Feats[i]]; ok && pred != g {
						ferrs++
						l.fm.update(b.fs, g, pred, 1)
					}
					l.fm.tick()
				}
				lw := lowerWord(w)
				g, ok := sidx[scriptFor(lw, lowerWord(lemmas[i])).key()]
				if !ok {
					continue
				}
				cands = l.candidates(lw, cands[:0])
				best, bv := -1, float32(-1e30)
				for _, c := range cands {
					if v := pairScore(l.m, b.fs, uint64(c)+1<<41); v > bv {
						best, bv = c, v
					}
				}
				if best != g && best >= 0 {
					errs++
					pairUpdate(l.m, b.fs, uint64(g)+1<<41, uint64(best)+1<<41, 1)
				}
				l.m.tick()
			}
		}
		logf("lemma epoch %d: scripts %.2f%% wrong, features %.2f%% wrong", ep+1, 100*float64(errs)/float64(max(total, 1)), 100*float64(ferrs)/float64(max(total, 1)))
	}
	l.m.average()
	l.fm.average()
}

// particleHeads are separable particles that precede "ge" in a participle
// (opgepakt, aangekondigd).
var particleHeads = []string{"", "af", "op", "aan", "uit", "in", "mee", "toe", "terug", "over", "door", "voor", "na", "om", "bij", "neer", "weg", "vast", "los", "tegen", "samen", "achter", "onder"}

// looksParticiple reports whether a lowercased word has the form of a
// participle: (particle)ge…d/t/en(e), or …end(e).
func looksParticiple(w string) bool {
	if len(w) < 6 {
		return false
	}
	if strings.HasSuffix(w, "ende") || strings.HasSuffix(w, "end") {
		return true
	}
	w = strings.TrimSuffix(w, "e")
	if !(strings.HasSuffix(w, "d") || strings.HasSuffix(w, "t") || strings.HasSuffix(w, "en")) {
		return false
	}
	for _, p := range particleHeads {
		if strings.HasPrefix(w, p+"ge") && len(w) > len(p)+4 {
			return true
		}
	}
	return false
}

// retagParticiples gives converted (non-UD) sentences UD's tag for
// attributive participles: VERB (de afgelopen week), unless the UD
// sentences know the word as an adjective.
func retagParticiples(train []TreeSentence, morph []bool) int {
	adj := map[string]bool{}
	for k := range train {
		if k < len(morph) && morph[k] {
			for i, w := range train[k].Words {
				if train[k].POS[i] == ADJ {
					adj[lowerWord(w)] = true
				}
			}
		}
	}
	n := 0
	for k := range train {
		if k < len(morph) && morph[k] {
			continue
		}
		s := &train[k]
		for i, w := range s.Words {
			lw := lowerWord(w)
			if s.POS[i] == ADJ && s.Rels[i] == "amod" && !adj[lw] && looksParticiple(lw) {
				s.POS[i] = VERB
				n++
			}
		}
	}
	return n
}

// treebankVerbs adds the verb forms of the converted treebank to newsN
// with their infinitives: a treebank root is a stem (verlies), so its
// infinitive is the form among the root's own forms that the spelling
// rules make of the stem (verliezen); every form of the root (verloor,
// verloren) then gets it, a particle verb's form with its particle
// inside (opgelegd, root leg_op) as particle_infinitive (op_leggen).
func treebankVerbs(train []TreeSentence, morph []bool, newsN map[lexEntry]map[string]int) {
	forms := map[string]map[string]bool{} // stem → its forms without a particle inside
	for k := range train {
		if k < len(morph) && morph[k] {
			continue
		}
		s := &train[k]
		for i, w := range s.Words {
			if p := s.POS[i]; p != VERB && p != AUX {
				continue
			}
			stem, prt, _ := strings.Cut(strings.ToLower(s.Lemmas[i]), "_")
			if stem == "" || strings.Contains(prt, "_") {
				continue
			}
			lw := lowerWord(w)
			if forms[stem] == nil {
				forms[stem] = map[string]bool{}
			}
			if prt == "" || !strings.HasPrefix(lw, prt) {
				forms[stem][lw] = true
			}
		}
	}
	inf := map[string]string{}
	for stem, fs := range forms {
		for _, c := range infinitiveCandidates(stem) {
			if fs[c] {
				inf[stem] = c
				break
			}
		}
	}
	for k := range train {
		if k < len(morph) && morph[k] {
			continue
		}
		s := &train[k]
		for i, w := range s.Words {
			p := s.POS[i]
			if p != VERB && p != AUX {
				continue
			}
			stem, prt, _ := strings.Cut(strings.ToLower(s.Lemmas[i]), "_")
			in, ok := inf[stem]
			if !ok || strings.Contains(prt, "_") {
				continue
			}
			lw := lowerWord(w)
			lm := in
			if prt != "" && strings.HasPrefix(lw, prt) {
				lm = prt + "_" + in
			} else if q := innerParticle(lw, stem); prt == "" && q != "" {
				lm = q + "_" + in // opgeroepen, root roep: op_roepen
			}
			key := lexEntry{lw, p}
			if newsN[key] == nil {
				newsN[key] = map[string]int{}
			}
			newsN[key][lm]++
		}
	}
}

// infinitiveCandidates returns the infinitives the spelling rules allow
// for a verb stem: maak → maken, pak → pakken, verlies → verliezen,
// geef → geven, ga → gaan, zie → zien.
func infinitiveCandidates(stem string) []string {
	n := len(stem)
	if n < 1 {
		return nil
	}
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	var out []string
	bases := []string{stem}
	if n >= 3 && vowel(stem[n-2]) && stem[n-2] == stem[n-3] && !vowel(stem[n-1]) {
		bases = append(bases, stem[:n-2]+stem[n-1:]) // maak → mak(en)
	}
	for _, b := range bases {
		out = append(out, b+"en")
		if strings.HasSuffix(b, "f") {
			out = append(out, b[:len(b)-1]+"ven")
		}
		if strings.HasSuffix(b, "s") {
			out = append(out, b[:len(b)-1]+"zen")
		}
	}
	last := stem[n-1]
	if !vowel(last) {
		out = append(out, stem+string(last)+"en") // pak → pakken
	} else {
		out = append(out, stem+"n", stem+string(last)+"n") // zie → zien, ga → gaan
	}
	return out
}

// innerParticle returns the separable particle a verb form begins with
// when its treebank root (stem) leaves it out: opgeroepen (roep) → op,
// toegeven (geef) → toe, deelnam (neem) → deel; "" if none.
func innerParticle(form, stem string) string {
	if len(stem) < 2 || strings.HasPrefix(form, stem[:2]) {
		return ""
	}
	j := strings.IndexByte(form[min(2, len(form)):], stem[0])
	if j < 0 {
		return ""
	}
	p := strings.TrimSuffix(form[:j+2], "ge")
	if p == "" || !(separableParticle[p] || adverbParticles[p]) {
		return ""
	}
	return p
}

// separableParticle are the particles a separable verb's forms begin
// with (opgeroepen, deelnam).
var separableParticle = map[string]bool{"af": true, "op": true, "aan": true, "uit": true, "in": true, "mee": true, "toe": true,
	"over": true, "door": true, "voor": true, "na": true, "om": true, "bij": true, "neer": true, "vast": true, "los": true,
	"tegen": true, "achter": true, "onder": true, "deel": true, "plaats": true, "klaar": true, "vrij": true, "dicht": true,
	"stil": true, "kwijt": true, "bekend": true, "open": true, "goed": true, "tegemoet": true, "binnen": true, "voorbij": true,
	"ineen": true, "tekort": true, "rond": true, "gelijk": true}
