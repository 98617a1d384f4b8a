package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode"
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

// Load returns the tagger of the embedded model, loading it on first use.
func Load() (*Tagger, error) { return load() }

var load = sync.OnceValues(func() (*Tagger, error) { return Read(bytes.NewReader(embeddedModel)) })

// Read loads a tagger from a model file written by Train.
func Read(r io.Reader) (*Tagger, error) {
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
	toks   []token
	runes  []rune
	feats  []uint64 // base features of all tokens
	foff   []int32  // feature offsets per token, len n+1
	dfeats []uint64
	em     []float32
	em2    []float32
	delta  []float32
	back   []int8
	s1, s2 []int
	stats  docStats
	cases  caseCounts
	words  []string
	ends   []int
}

// prepare analyses the words of a document, whose sentences end at ends,
// and computes their base features. ann holds the words as tokens
// annotated by nl (nil: tag them here when the model reads parts of
// speech).
func (lx *lexicon) prepare(s *scratch, words []string, ends []int, ann []nl.Token) {
	if lx.pos && ann == nil {
		ann = tagPOS(words, ends)
	}
	n := len(words)
	if cap(s.toks) < n || cap(s.foff) < n+1 {
		s.toks = make([]token, n)
		s.em = make([]float32, n*numTags)
		s.delta = make([]float32, n*numTags)
		s.back = make([]int8, n*numTags)
		s.s1 = make([]int, n)
		s.s2 = make([]int, n)
		s.foff = make([]int32, n+1)
	}
	s.toks, s.em, s.delta, s.back = s.toks[:n], s.em[:n*numTags], s.delta[:n*numTags], s.back[:n*numTags]
	s.s1, s.s2, s.foff = s.s1[:n], s.s2[:n], s.foff[:n+1]
	s.feats = s.feats[:0]
	a := 0
	for _, b := range ends {
		caps := isAllCaps(words[a:b])
		for i := a; i < b; i++ {
			w := words[i]
			if caps {
				w = lx.truecase(w)
			}
			w = lx.possessiveStem(w)
			s.runes = lx.analyse(&s.toks[i], w, s.runes)
			s.toks[i].midCap = s.toks[i].initCap && !opensClause(words, a, i)
			if lx.pos && i < len(ann) {
				s.toks[i].pos = posClass(ann[i].POS)
				s.toks[i].lemma = hashLower(ann[i].Lemma)
			}
		}
		lx.markPhrases(s.toks[a:b])
		a = b
	}
	if lx.context {
		s.cases.count(s.toks)
	}
	a = 0
	for _, b := range ends {
		for i := a; i < b; i++ {
			s.foff[i] = int32(len(s.feats))
			s.feats = features(s.toks[a:b], i-a, s.feats)
		}
		a = b
	}
	s.foff[n] = int32(len(s.feats))
}

// opensClause reports whether words[i] opens its sentence, which starts
// at a, or a quote, a parenthesis or a list item: where Dutch capitalises
// any word.
func opensClause(words []string, a, i int) bool {
	if i == a {
		return true
	}
	switch words[i-1] {
	case ",,", "'", "\"", "‘", "“", "„", ":", "(", "-", "–", "—", "•", "‚":
		return true
	}
	return false
}

// tagDoc tags a prepared document and returns one tag index per word.
func (t *Tagger) tagDoc(s *scratch, ends []int) []int {
	st := t.m.stages
	n := len(s.toks)
	if cap(s.em2) < n*numTags {
		s.em2 = make([]float32, n*numTags)
	}
	s.em2 = s.em2[:n*numTags]
	clear(s.em)
	clear(s.em2)
	if st.n < 2 {
		for i := range s.toks {
			st.score(s.feats[s.foff[i]:s.foff[i+1]], 0, s.em[i*numTags:(i+1)*numTags])
		}
		decodeSentences(s, s.em, ends, &st.trans[0], s.s1)
		return s.s1
	}
	// One pass over the base features scores both stages.
	for i := range s.toks {
		st.score2(s.feats[s.foff[i]:s.foff[i+1]], s.em[i*numTags:(i+1)*numTags], s.em2[i*numTags:(i+1)*numTags])
	}
	decodeSentences(s, s.em, ends, &st.trans[0], s.s1)
	s.stats.reset()
	for i := range s.toks {
		s.stats.add(&s.toks[i], s.s1[i])
	}
	s.stats.annotate(s.toks, s.s1)
	if t.m.lex.context {
		s.stats.addSpans(s.toks, s.s1, ends)
		s.stats.annotateSpans(s.toks, s.s1, ends)
	}
	a := 0
	for _, b := range ends {
		for i := a; i < b; i++ {
			s.dfeats = docFeatures(s.toks[a:b], s.s1[a:b], i-a, &s.stats, s.dfeats[:0])
			st.score(s.dfeats, 1, s.em2[i*numTags:(i+1)*numTags])
		}
		a = b
	}
	decodeSentences(s, s.em2, ends, &st.trans[1], s.s2)
	propagate(s)
	return s.s2
}

// decodeSentences runs Viterbi over each sentence of em into tags.
func decodeSentences(s *scratch, em []float32, ends []int, trans *[numTags + 1][numTags]float32, tags []int) {
	a := 0
	for _, b := range ends {
		viterbi(em[a*numTags:b*numTags], trans, tags[a:b], s.back[a*numTags:b*numTags], s.delta[a*numTags:b*numTags])
		a = b
	}
}

// propagate makes a document consistent: a capitalised word that the
// rest of the document tags only as a name of one type (and never writes
// in lowercase) takes that type when it was left outside every name, or
// when it was a one-word name of another type and the others are at least
// two. A possessive (Poetins, Loekasjenko’s) follows its name.
func propagate(s *scratch) {
	s.stats.reset()
	for i := range s.toks {
		s.stats.add(&s.toks[i], s.s2[i])
	}
	tags := s.s2
	for i := range s.toks {
		t := &s.toks[i]
		single := tags[i]%2 == 1 && (i+1 == len(tags) || tags[i+1] != tags[i]+1)
		if !(tags[i] == 0 || single) || !t.initCap || s.stats.lower[t.low] > 0 {
			continue
		}
		own := typeOf(tags[i])
		others := *s.stats.forms[t.low]
		others[own]--
		if others == [5]int32{} && t.sStem != 0 && s.stats.lower[t.sStem] == 0 {
			if cs := s.stats.forms[t.sStem]; cs != nil {
				others = *cs
			}
		}
		if others[0] > 0 {
			continue
		}
		typ, n, total := 0, 0, int32(0)
		for k := 1; k < 5; k++ {
			if others[k] > 0 {
				typ = k
				n++
				total += others[k]
			}
		}
		if n != 1 || typ == own {
			continue
		}
		if own == 0 || total >= 2 {
			tags[i] = 2*typ - 1
		}
	}
}

// TagWords returns IOB2 tags for one sentence of pre-tokenised words.
func (t *Tagger) TagWords(words []string) []string {
	out := t.TagSentences([][]string{words})
	return out[0]
}

// TagSentences returns IOB2 tags for the pre-tokenised sentences of one
// document; the document as a whole informs the tags of each word.
func (t *Tagger) TagSentences(sents [][]string) [][]string {
	s := t.pool.Get().(*scratch)
	defer t.pool.Put(s)
	s.words, s.ends = s.words[:0], s.ends[:0]
	for _, w := range sents {
		s.words = append(s.words, w...)
		s.ends = append(s.ends, len(s.words))
	}
	t.m.lex.prepare(s, s.words, s.ends, nil)
	tags := t.tagDoc(s, s.ends)
	out := make([][]string, len(sents))
	a := 0
	for i, b := range s.ends {
		out[i] = make([]string, b-a)
		for j := a; j < b; j++ {
			out[i][j-a] = tagNames[tags[j]]
		}
		a = b
	}
	return out
}

// Common reports whether running text writes w in lower case far more
// often than with a capital and the gazetteer has no one-word name of it:
// a common word, even where a headline capitalises it.
func (t *Tagger) Common(w string) bool { return t.m.lex.mostlyLower(w) }

// Tag returns the name mentions of doc, sentence by sentence, with byte
// offsets into doc.Text. Article and Local are left empty.
func (t *Tagger) Tag(doc *nl.Doc) []kroniek.Mention {
	if doc == nil {
		return nil
	}
	s := t.pool.Get().(*scratch)
	defer t.pool.Put(s)
	s.words, s.ends = s.words[:0], s.ends[:0]
	var sents []nl.Sentence
	var ann []nl.Token
	if t.m.lex.pos && doc.Annotated() {
		ann = make([]nl.Token, 0, len(doc.Tokens))
	}
	for _, sent := range doc.Sentences {
		if len(sent.Tokens) == 0 {
			continue
		}
		for _, tk := range sent.Tokens {
			s.words = append(s.words, tk.Text)
			if ann != nil {
				ann = append(ann, tk)
			}
		}
		s.ends = append(s.ends, len(s.words))
		sents = append(sents, sent)
	}
	t.m.lex.prepare(s, s.words, s.ends, ann)
	all := t.tagDoc(s, s.ends)
	var out []kroniek.Mention
	var caps map[string]bool
	midCaps := func(doc *nl.Doc) map[string]bool {
		if caps == nil {
			caps = map[string]bool{}
			for _, sent := range doc.Sentences {
				for i, tk := range sent.Tokens {
					if r, _ := firstRune(tk.Text); unicode.IsUpper(r) && !clauseStart(sent.Tokens, i) {
						caps[tk.Text] = true
					}
				}
			}
		}
		return caps
	}
	a := 0
	for si, sent := range sents {
		toks := sent.Tokens
		base := a
		tags := all[a:s.ends[si]]
		a = s.ends[si]
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
			if j == i+1 && clauseStart(toks, i) && (t.m.lex.mostlyLower(toks[i].Text) || toks[i].POS == nl.NOUN && t.m.lex.commonCompound(toks[i].Text)) && !midCaps(doc)[toks[i].Text] {
				// a common word capitalised because it opens a sentence or
				// a quote ("Bewezen effectieve apps", ",,Helaas",
				// "Helmhandelaren verwachten"), unless the article
				// capitalises it elsewhere too (Bos, of Wouter Bos)
				i = j
				continue
			}
			first := i
			if clauseStart(toks, i) && s.toks[base+i].gspan&3 != 1 {
				// Words capitalised only because they open a sentence, a
				// quote or a heading glued to the sentence, before a name:
				// a common noun ("Hoofdbrandwacht Pim Lammertink", "Pastoor
				// Maickel Prasing", "Topdiplomaat Wang Yi", whatever part of
				// speech nl gives it) or a function word ("Waarmee Van der
				// Meulen", "Volgens Bos", "Cadeaupolitiek Volgens Breuker").
				// A known name of the gazetteer keeps its first word, and so
				// does a name whose word the article capitalises elsewhere
				// too (Omroep Brabant).
				for j-first >= 2 && t.openingWord(toks[first], i == 0 || first > i) && !midCaps(doc)[toks[first].Text] {
					if r, _ := firstRune(toks[first+1].Text); !unicode.IsUpper(r) {
						break
					}
					first++
				}
				if first > i && first == j-1 && t.m.lex.mostlyLower(toks[first].Text) {
					i = j // a heading glued to a sentence: "Badkamer Even"
					continue
				}
			}
			start, end := toks[first].Start, toks[j-1].End
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

// openingWord reports whether a capitalised word that opens a sentence,
// a quote or a parenthesis is no part of the name after it: a common noun,
// known as mostly lowercase or a compound whose head is
// ("Privacywaakhond"), or a function word written mostly lowercase; never
// a particle of a family name or a given name. A word nl tags as a proper
// noun counts only at the start of a sentence (sentence), and not when it
// looks like an adjective: in parentheses and quotes such words mostly
// start names and titles ("(Sociale Zaken)", "'Oude Dame'").
func (t *Tagger) openingWord(tk nl.Token, sentence bool) bool {
	lx := t.m.lex
	lw := strings.ToLower(tk.Text)
	if nl.Lex().Is(nl.ClassParticle, lw) || nl.Lex().Is(nl.Class("name_female"), lw) || nl.Lex().Is(nl.Class("name_male"), lw) {
		return false // Van Dijk, Roos Vermeer
	}
	switch {
	case tk.POS == nl.NOUN, tk.POS == nl.PROPN && sentence && !adjectival(lw):
		return lx.mostlyLower(tk.Text) || lx.commonCompound(tk.Text)
	}
	return functionWord(tk) && lx.mostlyLower(tk.Text)
}

// adjectival reports whether a lowercased word ends like a Dutch
// adjective (duurzaam, lokaal, sociale, nieuw): a name may start with one
// (Duurzaam Craneveer, Lokaal Belang).
func adjectival(lw string) bool {
	lw = strings.TrimSuffix(lw, "e")
	for _, suf := range []string{"aam", "baar", "lijk", "ig", "isch", "ief", "eel", "aal", "loos", "ieuw", "ns", "ds"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
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

// clauseStart reports whether token i opens its sentence or a quote,
// where Dutch capitalises any word.
func clauseStart(toks []nl.Token, i int) bool {
	if i == 0 {
		return true
	}
	switch toks[i-1].Text {
	case ",,", "'", "\"", "‘", "“", "„", ":", "(", "-", "–", "—", "•", "‚":
		return true
	}
	return false
}

// functionWord reports whether a token is a closed-class word (adverb,
// pronoun, conjunction, preposition, determiner, auxiliary) or a stop
// word of four letters or more, but no particle of a family name (De
// Jong, Van der Meulen) and no given name (Wil Burger).
func functionWord(t nl.Token) bool {
	lw := strings.ToLower(t.Text)
	if utf8.RuneCountInString(lw) < 4 || nl.Lex().Is(nl.ClassParticle, lw) ||
		nl.Lex().Is(nl.Class("name_female"), lw) || nl.Lex().Is(nl.Class("name_male"), lw) {
		return false
	}
	switch t.POS {
	case nl.ADV, nl.PRON, nl.CCONJ, nl.SCONJ, nl.ADP, nl.DET, nl.AUX:
		return true
	}
	return nl.IsStopword(lw)
}
