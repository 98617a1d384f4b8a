package nl

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
)

// Self-training (tri-training in the manner of Li, Zhang and Chen 2014
// and Weiss et al. 2015, with two views of one parser): a left-to-right
// and a right-to-left parser are trained on the treebanks and parse raw
// text; the sentences on whose every head the two agree are added, with
// the left-to-right parse, to the training data of the final parser and
// labeller (never of the tagger or the lemmatiser).

// Sentences of raw text shorter or longer than these are not used.
const (
	selfMinWords = 4
	selfMaxWords = 40
)

// unknownHead marks a self-training word whose head the helpers
// disagreed on.
const unknownHead = -2

// selfTrain trains the two helper models, parses o.Unlabelled with both
// and trains the final models with the sentences they agree on.
func selfTrain(train []TreeSentence, morph []bool, o SyntaxTrainOptions) (*SyntaxModel, error) {
	logf := o.logf
	base := o
	base.Unlabelled = nil
	if o.SelfCache != "" {
		data, err := os.ReadFile(o.SelfCache)
		if err == nil {
			extra, err := ReadCoNLLU(bytes.NewReader(data))
			if err != nil {
				return nil, fmt.Errorf("self-training cache: %w", err)
			}
			extra = slices.DeleteFunc(extra, func(s TreeSentence) bool { return !agreedEnough(s.Heads, o.SelfPartial) })
			logf("self-training: %d agreed sentences from %s", len(extra), o.SelfCache)
			return trainSyntax(train, morph, extra, base)
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("self-training cache: %w", err)
		}
	}
	helper := base
	helper.Replicas = 1
	logf("self-training: left-to-right helper")
	l2r, err := trainSyntax(train, morph, nil, helper)
	if err != nil {
		return nil, err
	}
	logf("self-training: right-to-left helper")
	rev := make([]TreeSentence, len(train))
	for i := range train {
		rev[i] = reversed(train[i])
	}
	r2l, err := trainSyntax(rev, morph, nil, helper)
	if err != nil {
		return nil, err
	}
	extra := agreedParses(l2r.Syntax(), r2l.Syntax(), o.Unlabelled, o.SelfPartial)
	words := 0
	for _, s := range extra {
		words += len(s.Words)
	}
	logf("self-training: the helpers agree on %d of %d sentences (%d words)", len(extra), len(o.Unlabelled), words)
	if o.SelfCache != "" {
		var buf bytes.Buffer
		if err := WriteCoNLLU(&buf, extra); err != nil {
			return nil, err
		}
		if err := os.WriteFile(o.SelfCache, buf.Bytes(), 0o644); err != nil {
			return nil, fmt.Errorf("self-training cache: %w", err)
		}
	}
	return trainSyntax(train, morph, extra, base)
}

// agreedParses parses each sentence of 4 to 40 words with both models
// (r2l reading it backwards) and returns l2r's analyses of those whose
// heads all agree, and, when minShare > 0, of those where at least that
// share agree, with the other heads unknownHead.
func agreedParses(l2r, r2l *Syntax, sents [][]string, minShare float64) []TreeSentence {
	var out []TreeSentence
	var back []string
	var differ []int
	for _, ws := range sents {
		n := len(ws)
		if n < selfMinWords || n > selfMaxWords {
			continue
		}
		p := l2r.analyzeWords(ws, false)
		back = back[:0]
		for i := n - 1; i >= 0; i-- {
			back = append(back, ws[i])
		}
		q := r2l.analyzeWords(back, false)
		differ = differ[:0]
		for i, h := range p.Heads {
			if r := q.Heads[n-1-i]; (h < 0) != (r < 0) || (h >= 0 && h != n-1-r) {
				differ = append(differ, i)
				if minShare <= 0 {
					break
				}
			}
		}
		if len(differ) == 0 {
			out = append(out, p)
			continue
		}
		if minShare <= 0 {
			continue
		}
		for _, i := range differ {
			p.Heads[i] = unknownHead
		}
		if agreedEnough(p.Heads, minShare) {
			out = append(out, p)
		}
	}
	return out
}

// agreedEnough reports whether a self-training sentence's known heads
// make up at least minShare of its words (every head when minShare is 0).
func agreedEnough(heads []int, minShare float64) bool {
	unknown := 0
	for _, h := range heads {
		if h == unknownHead {
			unknown++
		}
	}
	if minShare <= 0 {
		return unknown == 0
	}
	return float64(len(heads)-unknown) >= minShare*float64(len(heads))
}

// reversed returns s with its words in reverse order (heads renumbered).
func reversed(s TreeSentence) TreeSentence {
	n := len(s.Words)
	r := TreeSentence{ID: s.ID, Words: make([]string, n), Lemmas: make([]string, n), POS: make([]POS, n),
		Feats: make([]Feats, n), Heads: make([]int, n), Rels: make([]string, n)}
	for i := range n {
		j := n - 1 - i
		r.Words[j], r.Heads[j] = s.Words[i], -1
		if i < len(s.Lemmas) {
			r.Lemmas[j] = s.Lemmas[i]
		}
		if i < len(s.POS) {
			r.POS[j] = s.POS[i]
		}
		if i < len(s.Feats) {
			r.Feats[j] = s.Feats[i]
		}
		if i < len(s.Rels) {
			r.Rels[j] = s.Rels[i]
		}
		if i < len(s.Heads) && s.Heads[i] >= 0 {
			r.Heads[j] = n - 1 - s.Heads[i]
		}
	}
	return r
}
