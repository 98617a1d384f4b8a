package nl

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"

	kgzip "github.com/klauspost/compress/gzip"
)

//go:embed model
var modelFS embed.FS

// modelFile is the embedded model, written by `kroniek train parser`.
const modelFile = "model/syntax.bin.gz"

const modelMagic = "kroniek-nl-syntax-3\n"

// models are the tagger, lemmatiser and parser.
type models struct {
	clus  map[string][4]uint64 // word → cluster path prefix keys
	paths []string             // word, path pairs as stored
	tag   tagger
	lem   lemmatizer
	parse parser
	pool  sync.Pool
}

// loadModels reads the embedded models; without a model file it returns
// nil models (Annotate then finds nothing).
func loadModels() (*models, error) {
	// read in place: ReadFile would copy the 10.6 MB first
	f, err := modelFS.Open(modelFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read syntax model: %w", err)
	}
	defer f.Close()
	return readModels(f)
}

// ReadSyntax reads a model file written by SyntaxModel.Write.
func ReadSyntax(r io.Reader) (*Syntax, error) {
	m, err := readModels(r)
	if err != nil {
		return nil, err
	}
	return &Syntax{m: m, kept: &kept{}}, nil
}

func readModels(r io.Reader) (*models, error) {
	zr, err := kgzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read syntax model: %w", err)
	}
	br := bufio.NewReaderSize(zr, 1<<16) // fewer refills while reading weights
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return nil, fmt.Errorf("read syntax model: not a syntax model")
	}
	m := &models{}
	if m.paths, err = readStrings(br); err != nil || len(m.paths)%2 != 0 {
		return nil, fmt.Errorf("read word clusters: bad list")
	}
	m.clus = clusterKeys(m.paths)
	if m.tag.m, err = readDense(br); err != nil {
		return nil, fmt.Errorf("read tagger: %w", err)
	}
	if m.parse.m, err = readDense(br); err != nil {
		return nil, fmt.Errorf("read parser: %w", err)
	}
	if m.parse.labels, err = readStrings(br); err != nil {
		return nil, fmt.Errorf("read labels: %w", err)
	}
	if m.parse.lab, err = readDense(br); err != nil {
		return nil, fmt.Errorf("read labeller: %w", err)
	}
	m.parse.base, m.parse.want = liftTables(m.parse.labels)
	m.parse.root, m.parse.caseRl = -1, -1
	for i, l := range m.parse.labels {
		switch l {
		case "root":
			m.parse.root = i
		case "case":
			m.parse.caseRl = i
		}
	}
	if m.parse.root < 0 || m.parse.lab.nc != len(m.parse.labels) || m.tag.m.nc != nTags || m.parse.m.nc != nMoves {
		return nil, fmt.Errorf("read syntax model: inconsistent sizes")
	}
	if m.lem.lex, err = readLex(br); err != nil {
		return nil, err
	}
	if m.lem.news, err = readLex(br); err != nil {
		return nil, err
	}
	m.lem.buildKnown()
	m.lem.buildVocab(m.clus)
	sk, err := readStrings(br)
	if err != nil {
		return nil, fmt.Errorf("read lemma scripts: %w", err)
	}
	for _, k := range sk {
		m.lem.scripts = append(m.lem.scripts, parseScript(k))
	}
	if m.lem.m, err = readDense(br); err != nil {
		return nil, fmt.Errorf("read lemma classifier: %w", err)
	}
	m.lem.index()
	fl, err := readStrings(br)
	if err != nil {
		return nil, fmt.Errorf("read feature sets: %w", err)
	}
	for _, x := range fl {
		v, err := strconv.ParseUint(x, 10, 16)
		if err != nil {
			return nil, fmt.Errorf("read feature sets: %w", err)
		}
		m.lem.featList = append(m.lem.featList, Feats(v))
	}
	fsets, err := readStrings(br)
	if err != nil || len(fsets) != int(numPOS) {
		return nil, fmt.Errorf("read feature sets: bad list")
	}
	for p, s := range fsets {
		for _, x := range strings.Fields(s) {
			k, err := strconv.Atoi(x)
			if err != nil || k < 0 || k >= len(m.lem.featList) {
				return nil, fmt.Errorf("read feature sets: bad index")
			}
			m.lem.featSet[p] = append(m.lem.featSet[p], k)
		}
	}
	if m.lem.fm, err = readDense(br); err != nil {
		return nil, fmt.Errorf("read feature classifier: %w", err)
	}
	m.pool.New = func() any { return new(sentBuf) }
	return m, nil
}

// write stores the models, gzipped, deterministically.
func (m *models) write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("write syntax model: %w", err)
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(modelMagic)
	writeStrings(bw, m.paths)
	m.tag.m.write(bw)
	m.parse.m.write(bw)
	writeStrings(bw, m.parse.labels)
	m.parse.lab.write(bw)
	writeStrings(bw, lexList(m.lem.lex))
	writeStrings(bw, lexList(m.lem.news))
	sk := make([]string, len(m.lem.scripts))
	for i, s := range m.lem.scripts {
		sk[i] = s.key()
	}
	writeStrings(bw, sk)
	m.lem.m.write(bw)
	fl := make([]string, len(m.lem.featList))
	for i, f := range m.lem.featList {
		fl[i] = strconv.Itoa(int(f))
	}
	writeStrings(bw, fl)
	fsets := make([]string, numPOS)
	for p := range fsets {
		var parts []string
		for _, k := range m.lem.featSet[p] {
			parts = append(parts, strconv.Itoa(k))
		}
		fsets[p] = strings.Join(parts, " ")
	}
	writeStrings(bw, fsets)
	m.lem.fm.write(bw)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write syntax model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write syntax model: %w", err)
	}
	return nil
}

// tagBuf tags, lemmatises and gives features to the words in b.
func (m *models) tagBuf(b *sentBuf) {
	m.tag.tag(b)
	for i, w := range b.words {
		b.lemI, b.lemReady = i, false // lemmaFeats computed when first needed
		b.feats[i] = m.lem.featsOf(b, i)
		b.lemma[i] = m.lem.lemmaOf(b, i, lowerWord(w))
		if f := b.feats[i]; f.Has(FeatFin) && !f.Has(FeatPast) && weakPast(lowerWord(w), b.lemma[i]) {
			b.feats[i] = f&^FeatPres | FeatPast
		}
	}
}

// AnalyzeWords tags, lemmatises and parses one pre-tokenised sentence,
// returning the analysis in UD form (lemmas with "_" between compound
// parts, as UD Dutch writes them).
func (s *Syntax) AnalyzeWords(words []string) TreeSentence {
	return s.analyzeWords(words, true)
}

// analyzeWords is AnalyzeWords; without udPunct separating punctuation
// keeps the parser's attachment (the converter's convention the parser
// learnt), as self-training needs it.
func (s *Syntax) analyzeWords(words []string, ud bool) TreeSentence {
	out := TreeSentence{Words: words, Lemmas: make([]string, len(words)), POS: make([]POS, len(words)),
		Feats: make([]Feats, len(words)), Heads: make([]int, len(words)), Rels: make([]string, len(words))}
	if s == nil || s.m == nil || len(words) == 0 {
		for i := range out.Heads {
			out.Heads[i] = -1
		}
		return out
	}
	b := s.m.pool.Get().(*sentBuf)
	defer s.m.pool.Put(b)
	b.resetClusters(words, s.m.clus)
	s.m.tagBuf(b)
	s.m.parse.parse(b, ud)
	if ud {
		udPunct(b)
		s.strandedPreps(b, func(h int) string { return b.lemma[h] })
	}
	s.m.lem.joinParticles(b, s.m.parse.labels)
	copy(out.POS, b.pos)
	copy(out.Feats, b.feats)
	copy(out.Lemmas, b.lemma)
	copy(out.Heads, b.heads)
	for i, r := range b.rels {
		out.Rels[i] = s.m.parse.labels[r]
	}
	return out
}

// sentWords fills b.words with the texts of sentence si.
func (b *sentBuf) sentWords(d *Doc, si int, cl map[string][4]uint64) {
	toks := d.Sentences[si].Tokens
	b.wbuf = grow(b.wbuf, len(toks))
	for i := range toks {
		b.wbuf[i] = toks[i].Text
	}
	b.resetClusters(b.wbuf, cl)
}

// tagSentence sets POS, Feats and Lemma of sentence si's tokens.
func (s *Syntax) tagSentence(d *Doc, si int) {
	b := s.m.pool.Get().(*sentBuf)
	defer s.m.pool.Put(b)
	b.sentWords(d, si, s.m.clus)
	s.m.tagBuf(b)
	first := d.Sentences[si].First
	if d.syn.reps != nil {
		copy(d.syn.reps[first:], b.rep)
	}
	for i := range b.words {
		t := &d.Tokens[first+i]
		t.POS, t.Feats = b.pos[i], apiFeats(b.pos[i], b.feats[i], t.Text)
		t.Lemma = apiLemma(t.Text, b.lemma[i])
	}
}

// apiFeats completes the features for the API: a participle is past
// (gezegd) or present (lachend).
func apiFeats(p POS, f Feats, w string) Feats {
	if f.Has(FeatPart) && f&(FeatPast|FeatPres) == 0 {
		lw := strings.ToLower(w)
		if strings.HasSuffix(lw, "end") || strings.HasSuffix(lw, "ende") {
			f |= FeatPres
		} else {
			f |= FeatPast
		}
	}
	return f
}

// parseSentence sets Head and Rel of sentence si's tokens (tagged
// already) and marks it parsed; a separable verb's lemma takes its
// particle (riep … op → oproepen).
func (s *Syntax) parseSentence(d *Doc, si int) {
	if d.syn == nil || d.syn.parsed[si] {
		return
	}
	b := s.m.pool.Get().(*sentBuf)
	defer s.m.pool.Put(b)
	first := d.Sentences[si].First
	if d.syn.reps != nil {
		toks := d.Sentences[si].Tokens
		b.wbuf = grow(b.wbuf, len(toks))
		for i := range toks {
			b.wbuf[i] = toks[i].Text
		}
		b.resetReps(b.wbuf, d.syn.reps[first:first+len(toks)])
	} else {
		b.sentWords(d, si, s.m.clus)
	}
	for i := range b.words {
		b.pos[i] = d.Tokens[first+i].POS
	}
	s.m.parse.parse(b, true)
	udPunct(b)
	s.strandedPreps(b, func(h int) string { return d.Tokens[first+h].Lemma })
	for i := range b.words {
		t := &d.Tokens[first+i]
		t.Head = -1
		if h := b.heads[i]; h >= 0 {
			t.Head = first + h
		}
		t.Rel = s.m.parse.labels[b.rels[i]]
		t.POS = b.pos[i] // AUX or VERB by the relation
	}
	for i := range b.words {
		t := &d.Tokens[first+i]
		if t.Rel != "compound:prt" || t.Head < 0 {
			continue
		}
		v := &d.Tokens[t.Head]
		if v.POS != VERB && v.POS != AUX {
			continue
		}
		if prt := lowerWord(t.Text); s.m.lem.particleVerb(prt, v.Lemma) {
			v.Lemma = prt + v.Lemma
		}
	}
	d.syn.parsed[si] = true
	if d.syn.indexed != nil {
		d.syn.indexed[si] = false
	}
}

// weakPast reports whether form is the weak past of the verb lemma:
// stem + te(n)/de(n) (ontmoetten from ontmoeten, werkte from werken).
func weakPast(form, lemma string) bool {
	if i := strings.LastIndexByte(lemma, '_'); i >= 0 {
		lemma = lemma[i+1:]
	}
	stem, ok := strings.CutSuffix(lemma, "en")
	if !ok || len(stem) < 2 || form == lemma {
		return false
	}
	// a doubled final consonant is written single in the stem (zetten: zet)
	if n := len(stem); n > 2 && stem[n-1] == stem[n-2] {
		stem = stem[:n-1]
	}
	for _, suf := range [...]string{"te", "ten", "de", "den"} {
		if form == stem+suf || (strings.HasSuffix(stem, "v") && form == stem[:len(stem)-1]+"f"+suf) || (strings.HasSuffix(stem, "z") && form == stem[:len(stem)-1]+"s"+suf) {
			return true
		}
	}
	return false
}

// lexList flattens a lemma lexicon to sorted (word, POS, lemma) triples.
func lexList(lex map[lexEntry]string) []string {
	keys := slices.SortedFunc(maps.Keys(lex), func(a, b lexEntry) int {
		return cmp.Or(strings.Compare(a.w, b.w), cmp.Compare(a.p, b.p))
	})
	kv := make([]string, 0, 3*len(keys))
	for _, k := range keys {
		kv = append(kv, k.w, k.p.String(), lex[k])
	}
	return kv
}

func readLex(br *bufio.Reader) (map[lexEntry]string, error) {
	kv, err := readStrings(br)
	if err != nil || len(kv)%3 != 0 {
		return nil, fmt.Errorf("read lemma lexicon: bad list")
	}
	lex := make(map[lexEntry]string, len(kv)/3)
	for i := 0; i < len(kv); i += 3 {
		lex[lexEntry{kv[i], ParsePOS(kv[i+1])}] = kv[i+2]
	}
	return lex, nil
}

// clusterKeys turns (word, bit path) pairs into feature keys of the
// path's prefixes.
func clusterKeys(paths []string) map[string][4]uint64 {
	out := make(map[string][4]uint64, len(paths)/2)
	for i := 0; i+1 < len(paths); i += 2 {
		p := paths[i+1]
		var k [4]uint64
		for j, n := range [4]int{4, 8, 12, 64} {
			k[j] = hashStr(p[:min(n, len(p))]) + uint64(n)
		}
		out[paths[i]] = k
	}
	return out
}

// apiLemma drops UD's compound marks from a lemma (basis_niveau →
// basisniveau), keeping the hyphen of a hyphenated word (FARC_rebel for
// FARC-rebellen → FARC-rebel).
func apiLemma(word, lemma string) string {
	if strings.IndexByte(lemma, '_') < 0 {
		return lemma
	}
	if j := strings.LastIndexByte(word, '-'); j > 0 && strings.HasPrefix(lemma, word[:j]+"_") {
		return word[:j] + "-" + strings.ReplaceAll(lemma[j+1:], "_", "")
	}
	return strings.ReplaceAll(lemma, "_", "")
}
