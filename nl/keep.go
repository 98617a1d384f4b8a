package nl

import "sync"

// A reader that parses a text's sentences again after the extractors (the
// timeline reads the parse of an article's dated sentences when the
// stories are built) can take over the parses made of them: Syntax.Keep
// keeps the annotation of some parsed sentences of a doc, and
// AnnotateOnDemand of a doc of the same text and language gives those
// sentences that annotation instead of tagging and parsing them again.
// A sentence is tagged and parsed alone (see AnnotateOnDemand), so the
// annotation taken over is the one it would make.

// maxKeptTokens bounds the tokens kept: when a doc would pass it, all
// that is kept is dropped (a long-running process whose kept docs are
// never read again holds at most this much; a sentence not kept is only
// parsed again).
const maxKeptTokens = 1 << 19

// kept holds the kept parses of a Syntax, by text.
type kept struct {
	mu     sync.Mutex
	docs   map[string]*keptDoc
	tokens int
}

// keptDoc is what was kept of one doc.
type keptDoc struct {
	lang  string
	sents []keptSentence
}

// keptSentence is the annotation of one parsed sentence, with where it
// was in its doc.
type keptSentence struct {
	index, first, start, end int
	toks                     []keptToken
}

// keptToken is the annotation of one token.
type keptToken struct {
	lemma, rel string
	head       int
	feats      Feats
	pos        POS
}

// Keep keeps the annotation of the sentences sents of d that are parsed
// (others are left out, and so is a doc not annotated by s) for the next
// AnnotateOnDemand of a doc of the same text and language, which takes it
// over once. A later Keep of the same text replaces it. sents must be
// in order. Safe for concurrent use (each caller with its own Doc).
func (s *Syntax) Keep(d *Doc, sents []int) {
	if s == nil || s.kept == nil || d.syn == nil {
		return
	}
	kd := &keptDoc{lang: d.Lang}
	n := 0
	for _, si := range sents {
		if si < 0 || si >= len(d.Sentences) || !d.syn.parsed[si] {
			continue
		}
		if k := len(kd.sents); k > 0 && kd.sents[k-1].index == si {
			continue // asked twice in a row
		}
		sent := d.Sentences[si]
		ks := keptSentence{index: si, first: sent.First, start: sent.Start, end: sent.End, toks: make([]keptToken, len(sent.Tokens))}
		// d.Tokens, not sent.Tokens: the annotation is set there
		for i, t := range d.Tokens[sent.First : sent.First+len(sent.Tokens)] {
			ks.toks[i] = keptToken{lemma: t.Lemma, rel: t.Rel, head: t.Head, feats: t.Feats, pos: t.POS}
		}
		n += len(sent.Tokens)
		kd.sents = append(kd.sents, ks)
	}
	if len(kd.sents) == 0 {
		return
	}
	k := s.kept
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.docs == nil || k.tokens+n > maxKeptTokens {
		k.docs, k.tokens = map[string]*keptDoc{}, 0
	}
	if old := k.docs[d.Text]; old != nil {
		k.tokens -= old.size()
	}
	k.docs[d.Text] = kd
	k.tokens += n
}

// take returns and forgets what was kept of a doc of d's text and
// language, or nil.
func (k *kept) take(d *Doc) *keptDoc {
	if k == nil {
		return nil
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	kd := k.docs[d.Text]
	if kd == nil || kd.lang != d.Lang {
		return nil
	}
	delete(k.docs, d.Text)
	k.tokens -= kd.size()
	return kd
}

// size is the number of tokens kept of a doc.
func (kd *keptDoc) size() int {
	n := 0
	for _, ks := range kd.sents {
		n += len(ks.toks)
	}
	return n
}

// attach hands d the sentences kept of it, for Doc.Parsed to take over
// when each is first asked for (until then they stay untagged, as on
// demand); a sentence that is not where it was (the doc was cut
// otherwise) is left to be parsed.
func (kd *keptDoc) attach(d *Doc) {
	for i := range kd.sents {
		ks := &kd.sents[i]
		if ks.index >= len(d.Sentences) {
			continue
		}
		sent := d.Sentences[ks.index]
		if sent.First != ks.first || sent.Start != ks.start || sent.End != ks.end || len(sent.Tokens) != len(ks.toks) {
			continue
		}
		if d.syn.kept == nil {
			d.syn.kept = make([]*keptSentence, len(d.Sentences))
		}
		d.syn.kept[ks.index] = ks
	}
}

// takeKept gives sentence si the annotation kept of it, if any, marks it
// tagged and parsed, and reports whether it did.
func (d *Doc) takeKept(si int) bool {
	if d.syn.kept == nil || d.syn.kept[si] == nil {
		return false
	}
	ks := d.syn.kept[si]
	d.syn.kept[si] = nil
	toks := d.Tokens[ks.first:]
	for i, kt := range ks.toks {
		t := &toks[i]
		t.POS, t.Feats, t.Lemma, t.Head, t.Rel = kt.pos, kt.feats, kt.lemma, kt.head, kt.rel
	}
	d.syn.tagged[si] = true
	d.syn.parsed[si] = true
	if d.syn.indexed != nil {
		d.syn.indexed[si] = false
	}
	return true
}
