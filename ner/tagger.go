package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

//go:embed model/ner.gob.gz
var embeddedModel []byte

// Tagger tags names in tokenised text. It is safe for concurrent use.
type Tagger struct {
	m    *model
	pool sync.Pool
}

var (
	loadOnce   sync.Once
	loadTagger *Tagger
	loadErr    error
)

// Load returns the tagger of the embedded model, loading it on first use.
func Load() (*Tagger, error) {
	loadOnce.Do(func() {
		loadTagger, loadErr = Read(bytes.NewReader(embeddedModel))
	})
	return loadTagger, loadErr
}

// Read loads a tagger from a model file written by Train.
func Read(r interface{ Read([]byte) (int, error) }) (*Tagger, error) {
	f, err := readModel(r)
	if err != nil {
		return nil, fmt.Errorf("load ner model: %w", err)
	}
	m, err := newModel(f)
	if err != nil {
		return nil, fmt.Errorf("load ner model: %w", err)
	}
	return newTagger(m), nil
}

func newTagger(m *model) *Tagger {
	t := &Tagger{m: m}
	t.pool.New = func() any { return &scratch{} }
	return t
}

// Info describes how the model was trained.
func (t *Tagger) Info() string { return t.m.info }

// scratch is per-call working memory.
type scratch struct {
	toks  []token
	runes []rune
	feats []uint64
	em    []float32
	delta []float32
	back  []int8
	tags  []int
	words []string
}

// tagIndices tags words, returning tag indices in s.tags.
func (t *Tagger) tagIndices(s *scratch, words []string) []int {
	n := len(words)
	if cap(s.toks) < n {
		s.toks = make([]token, n)
		s.em = make([]float32, n*numTags)
		s.delta = make([]float32, n*numTags)
		s.back = make([]int8, n*numTags)
		s.tags = make([]int, n)
	}
	s.toks, s.em, s.delta, s.back, s.tags = s.toks[:n], s.em[:n*numTags], s.delta[:n*numTags], s.back[:n*numTags], s.tags[:n]
	lx := &t.m.lex
	caps := isAllCaps(words)
	for i, w := range words {
		if caps {
			w = lx.truecase(w)
		}
		s.runes = lx.analyse(&s.toks[i], w, s.runes)
	}
	m := t.m
	for i := range n {
		s.feats = features(s.toks, i, s.feats[:0])
		e := s.em[i*numTags : (i+1)*numTags]
		for k := range e {
			e[k] = 0
		}
		for _, f := range s.feats {
			r := m.row(f)
			if r < 0 {
				continue
			}
			w := m.weights[int(r)*numTags : int(r)*numTags+numTags]
			for k := range numTags {
				e[k] += w[k]
			}
		}
	}
	viterbi(s.em, &m.trans, s.tags, s.back, s.delta)
	return s.tags
}

// TagWords returns IOB2 tags for one sentence of pre-tokenised words.
func (t *Tagger) TagWords(words []string) []string {
	s := t.pool.Get().(*scratch)
	defer t.pool.Put(s)
	idx := t.tagIndices(s, words)
	out := make([]string, len(words))
	for i, k := range idx {
		out[i] = tagNames[k]
	}
	return out
}

// Tag returns the name mentions of doc, sentence by sentence, with byte
// offsets into doc.Text. Article and Local are left empty.
func (t *Tagger) Tag(doc *nl.Doc) []kroniek.Mention {
	if doc == nil {
		return nil
	}
	s := t.pool.Get().(*scratch)
	defer t.pool.Put(s)
	var out []kroniek.Mention
	for _, sent := range doc.Sentences {
		toks := sent.Tokens
		if len(toks) == 0 {
			continue
		}
		s.words = s.words[:0]
		for _, tk := range toks {
			s.words = append(s.words, tk.Text)
		}
		tags := t.tagIndices(s, s.words)
		for i := 0; i < len(tags); {
			k := tags[i]
			if k == 0 {
				i++
				continue
			}
			j := i + 1
			for j < len(tags) && tags[j] == typeOf(k)*2 {
				j++
			}
			start, end := toks[i].Start, toks[j-1].End
			start, end = trimQuotes(doc.Text, start, end)
			if start < end {
				out = append(out, kroniek.Mention{
					Start: start,
					End:   end,
					Text:  doc.Text[start:end],
					Type:  typeNames[typeOf(k)],
				})
			}
			i = j
		}
	}
	return out
}

// typeNames are the entity types by type number (1…4).
var typeNames = [5]string{"", kroniek.PER, kroniek.LOC, kroniek.ORG, kroniek.MISC}

// typeOf returns the type number (1…4) of a tag index, 0 for O.
func typeOf(k int) int { return (k + 1) / 2 }

// trimQuotes drops quote marks a tokeniser may have left at the edges of
// a mention.
func trimQuotes(text string, start, end int) (int, int) {
	const q = "\"'“”‘’„«»"
	for start < end {
		r, size := firstRune(text[start:end])
		if !strings.ContainsRune(q, r) {
			break
		}
		start += size
	}
	for start < end {
		r, size := lastRune(text[start:end])
		if !strings.ContainsRune(q, r) {
			break
		}
		end -= size
	}
	return start, end
}

func firstRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

func lastRune(s string) (rune, int) { return utf8.DecodeLastRuneInString(s) }
