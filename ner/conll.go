package ner

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Sentence is one labelled sentence of a CoNLL file.
type Sentence struct {
	Words []string
	Tags  []string // IOB2 gold tags, the last column
	// DocStart marks the first sentence after a -DOCSTART- line.
	DocStart bool
}

// ReadCoNLL reads a CoNLL-format file: one token per line with its tag in
// the last column, blank lines between sentences, -DOCSTART- lines
// skipped. IOB1 chunks (I- after O) are read as they are and scored as
// conlleval does.
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	var out []Sentence
	var cur Sentence
	docStart := false
	flush := func() {
		if len(cur.Words) > 0 {
			cur.DocStart = docStart
			docStart = false
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		fields := strings.Fields(line)
		if len(fields) == 0 {
			flush()
			continue
		}
		if fields[0] == "-DOCSTART-" {
			flush()
			docStart = true
			continue
		}
		if len(fields) < 2 {
			return nil, fmt.Errorf("read conll line %d: want a word and a tag", n)
		}
		cur.Words = append(cur.Words, fields[0])
		cur.Tags = append(cur.Tags, fields[len(fields)-1])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read conll line %d: %w", n, err)
	}
	flush()
	return out, nil
}

// Counts are span counts for one entity type.
type Counts struct {
	Gold, Predicted, Correct int
}

// Precision is Correct/Predicted in percent.
func (c Counts) Precision() float64 { return pct(c.Correct, c.Predicted) }

// Recall is Correct/Gold in percent.
func (c Counts) Recall() float64 { return pct(c.Correct, c.Gold) }

// F1 is the harmonic mean of precision and recall, in percent.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// Score holds exact-span counts per entity type and overall.
type Score struct {
	Types   map[string]*Counts
	Overall Counts
	Tokens  int
}

// TypeNames returns the scored types, sorted.
func (s *Score) TypeNames() []string {
	names := make([]string, 0, len(s.Types))
	for n := range s.Types {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Add scores one sentence of gold and predicted tags with conlleval's
// rules: a chunk counts as correct when type, start and end all match.
func (s *Score) Add(gold, pred []string) {
	if s.Types == nil {
		s.Types = map[string]*Counts{}
	}
	s.Tokens += len(gold)
	g, p := chunks(gold), chunks(pred)
	get := func(t string) *Counts {
		c := s.Types[t]
		if c == nil {
			c = &Counts{}
			s.Types[t] = c
		}
		return c
	}
	gs := map[span]bool{}
	for _, c := range g {
		gs[c] = true
		get(c.typ).Gold++
		s.Overall.Gold++
	}
	for _, c := range p {
		get(c.typ).Predicted++
		s.Overall.Predicted++
		if gs[c] {
			get(c.typ).Correct++
			s.Overall.Correct++
		}
	}
}

// span is one chunk: tokens [start, end) of type typ.
type span struct {
	start, end int
	typ        string
}

// chunks returns the chunks of an IOB tag sequence with conlleval's
// semantics: a chunk starts at B-X, at I-X after O or after another type,
// and ends before O, B- or a change of type.
func chunks(tags []string) []span {
	var out []span
	start, typ := -1, ""
	for i, t := range tags {
		prefix, ty := splitTag(t)
		begin := prefix == "B" || (prefix == "I" && ty != typ)
		if start >= 0 && (prefix == "O" || begin) {
			out = append(out, span{start, i, typ})
			start, typ = -1, ""
		}
		if begin {
			start, typ = i, ty
		}
	}
	if start >= 0 {
		out = append(out, span{start, len(tags), typ})
	}
	return out
}

func splitTag(t string) (prefix, typ string) {
	if t == "O" || len(t) < 3 || t[1] != '-' {
		return "O", ""
	}
	return t[:1], t[2:]
}

// Documents splits sentences read from a CoNLL file into documents: a new
// one starts at each sentence marked -DOCSTART-.
func Documents(sents []Sentence) [][]Sentence {
	var docs [][]Sentence
	for a := 0; a < len(sents); {
		b := a + 1
		for b < len(sents) && !sents[b].DocStart {
			b++
		}
		docs = append(docs, sents[a:b])
		a = b
	}
	return docs
}

// ScoreSentences tags sents document by document, as the tagger reads
// whole articles, and adds each sentence's tags to sc.
func (t *Tagger) ScoreSentences(sc *Score, sents []Sentence) {
	for _, doc := range Documents(sents) {
		words := make([][]string, len(doc))
		for i, s := range doc {
			words[i] = s.Words
		}
		for i, tags := range t.TagSentences(words) {
			sc.Add(doc[i].Tags, tags)
		}
	}
}
