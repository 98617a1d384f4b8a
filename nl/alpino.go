package nl

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file converts Alpino treebank XML (phrase structure with
// dependency relations su, obj1, hd, vc, …) to Universal Dependencies
// trees, so the parser can learn from the Alpino newspaper treebank. UD
// takes content words as heads: auxiliaries and copulas hang under the
// main predicate, adpositions are case of their noun, complementisers
// mark of their clause.

// alpinoNode is one node of an Alpino tree.
type alpinoNode struct {
	Rel   string        `xml:"rel,attr"`
	Cat   string        `xml:"cat,attr"`
	Pos   string        `xml:"pos,attr"`
	Root  string        `xml:"root,attr"`
	Word  string        `xml:"word,attr"`
	Index string        `xml:"index,attr"`
	Begin int           `xml:"begin,attr"`
	End   int           `xml:"end,attr"`
	Kids  []*alpinoNode `xml:"node"`

	parent *alpinoNode
}

type alpinoDS struct {
	ID       string      `xml:"id,attr"`
	Node     *alpinoNode `xml:"node"`
	Sentence string      `xml:"sentence"`
}

// empty reports whether n is a trace (an index without content).
func (n *alpinoNode) empty() bool { return n.Cat == "" && n.Word == "" && len(n.Kids) == 0 }

// leaf reports whether n is a word.
func (n *alpinoNode) leaf() bool { return n.Word != "" }

// kind is the category of a phrase or the part of speech of a word.
func (n *alpinoNode) kind() string {
	if n.Cat != "" {
		return n.Cat
	}
	return n.Pos
}

// ReadAlpino reads an Alpino treebank XML file (one <alpino> element of
// <alpino_ds> sentences, ISO-8859-1 or UTF-8) and converts each sentence
// to a UD tree. Sentences that cannot be converted are skipped; the
// number skipped is returned.
func ReadAlpino(r io.Reader) ([]TreeSentence, int, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, 0, fmt.Errorf("read alpino xml: %w", err)
	}
	if bytes.Contains(raw[:min(len(raw), 200)], []byte("ISO-8859-1")) {
		raw = latin1ToUTF8(raw)
		raw = bytes.Replace(raw, []byte("ISO-8859-1"), []byte("UTF-8"), 1)
	}
	dec := xml.NewDecoder(bytes.NewReader(raw))
	var out []TreeSentence
	skipped := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, skipped, fmt.Errorf("read alpino xml: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "alpino_ds" {
			continue
		}
		var ds alpinoDS
		if err := dec.DecodeElement(&ds, &se); err != nil {
			return nil, skipped, fmt.Errorf("read alpino sentence: %w", err)
		}
		s, ok := convertAlpino(&ds)
		if !ok {
			skipped++
			continue
		}
		out = append(out, s)
	}
	fixInitialNames(out)
	return out, skipped, nil
}

func latin1ToUTF8(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/16)
	for _, c := range b {
		out = utf8.AppendRune(out, rune(c))
	}
	return out
}

// alpinoConv holds the state of one sentence's conversion.
type alpinoConv struct {
	words  []*alpinoNode
	heads  []int
	rels   []string
	index  map[string]*alpinoNode // index → the node with content
	traces map[string][]*alpinoNode
	memo   map[*alpinoNode]int
}

func convertAlpino(ds *alpinoDS) (TreeSentence, bool) {
	if ds.Node == nil {
		return TreeSentence{}, false
	}
	n := len(strings.Fields(ds.Sentence))
	c := &alpinoConv{words: make([]*alpinoNode, n), heads: make([]int, n), rels: make([]string, n),
		index: map[string]*alpinoNode{}, traces: map[string][]*alpinoNode{}, memo: map[*alpinoNode]int{}}
	ok := true
	var walk func(p, x *alpinoNode)
	walk = func(p, x *alpinoNode) {
		x.parent = p
		if x.leaf() {
			if x.Begin < 0 || x.Begin >= n || c.words[x.Begin] != nil {
				ok = false
				return
			}
			c.words[x.Begin] = x
		}
		if x.Index != "" {
			if x.empty() {
				c.traces[x.Index] = append(c.traces[x.Index], x)
			} else {
				c.index[x.Index] = x
			}
		}
		for _, k := range x.Kids {
			walk(x, k)
		}
		sort.SliceStable(x.Kids, func(i, j int) bool { return x.Kids[i].Begin < x.Kids[j].Begin })
	}
	walk(nil, ds.Node)
	if !ok {
		return TreeSentence{}, false
	}
	for i := range c.words {
		if c.words[i] == nil {
			return TreeSentence{}, false
		}
		c.heads[i] = -2
	}
	// The top node: its non-punctuation daughters; the first (or the
	// largest) is the root, the others parataxis.
	var parts []*alpinoNode
	for _, k := range ds.Node.Kids {
		if !k.empty() && !(k.leaf() && k.Pos == "punct") {
			parts = append(parts, k)
		}
	}
	root := -1
	if len(parts) > 0 {
		main := parts[0]
		for _, p := range parts[1:] {
			if p.End-p.Begin > main.End-main.Begin {
				main = p
			}
		}
		root = c.head(main)
		for _, p := range parts {
			if p != main {
				if h := c.head(p); h >= 0 && h != root {
					c.attach(h, root, "parataxis")
				}
			}
		}
	}
	if root < 0 {
		return TreeSentence{}, false
	}
	c.heads[root], c.rels[root] = -1, "root"
	c.attachPunct(root)
	s := TreeSentence{ID: ds.ID, Words: make([]string, n), Lemmas: make([]string, n), POS: make([]POS, n), Feats: make([]Feats, n), Heads: c.heads, Rels: c.rels}
	for i, w := range c.words {
		if c.heads[i] == -2 {
			return TreeSentence{}, false // a word the conversion did not reach
		}
		s.Words[i] = w.Word
		s.Lemmas[i] = w.Root
	}
	for i := range c.words {
		s.POS[i] = c.upos(i)
	}
	udLexical(&s)
	if !wellFormed(s.Heads) {
		return TreeSentence{}, false
	}
	return s, true
}

// wellFormed reports whether heads form a tree with one root.
func wellFormed(heads []int) bool {
	roots := 0
	for i, h := range heads {
		if h == -1 {
			roots++
		}
		if h < -1 || h >= len(heads) || h == i {
			return false
		}
		// no cycles
		j := i
		for k := 0; j >= 0 && k <= len(heads); k++ {
			j = heads[j]
		}
		if j >= 0 {
			return false
		}
	}
	return roots == 1
}

func (c *alpinoConv) attach(dep, head int, rel string) {
	if dep < 0 || head < 0 || dep == head {
		return
	}
	if c.heads[dep] != -2 {
		return // attached already (shared through an index)
	}
	c.heads[dep], c.rels[dep] = head, rel
}

// kidsOf returns the daughters of n with content, in order.
func kidsOf(n *alpinoNode) []*alpinoNode {
	var out []*alpinoNode
	for _, k := range n.Kids {
		if !k.empty() {
			out = append(out, k)
		}
	}
	return out
}

func kid(n *alpinoNode, rel string) *alpinoNode {
	for _, k := range n.Kids {
		if k.Rel == rel && !k.empty() {
			return k
		}
	}
	return nil
}

// auxRoots are the Alpino stems of verbs UD Dutch treats as auxiliaries
// when they take a verbal complement.
var auxRoots = map[string]bool{"heb": true, "ben": true, "word": true, "zal": true, "kan": true, "moet": true, "mag": true}

var clauseCats = map[string]bool{"smain": true, "ssub": true, "sv1": true, "inf": true, "ppart": true, "ti": true, "oti": true, "cp": true, "whsub": true, "whq": true, "rel": true, "whrel": true, "du": true, "svan": true, "ahi": true}

// verbal reports whether a vc daughter is a verb phrase an auxiliary can
// govern (not a clause with a complementiser).
func verbal(k *alpinoNode) bool {
	switch k.kind() {
	case "inf", "ppart", "verb", "ti":
		return true
	case "conj":
		for _, c := range k.Kids {
			if c.Rel == "cnj" && !c.empty() {
				return verbal(c)
			}
		}
	}
	return false
}

// passive reports whether clause n is a passive: worden with a
// participle, or zijn with a participle whose object is the clause's
// subject.
func passive(n *alpinoNode) bool {
	hd, vc := kid(n, "hd"), vcKid(n)
	if hd == nil || vc == nil || !hd.leaf() {
		return false
	}
	if hd.Root == "word" && (vc.kind() == "ppart" || vc.kind() == "conj") {
		return true
	}
	if auxRoots[hd.Root] && verbal(vc) && passive(vc) {
		return true
	}
	if hd.Root == "ben" && vc.kind() == "ppart" {
		su := suIndex(n)
		for _, k := range vc.Kids {
			if (k.Rel == "obj1" || k.Rel == "obj2") && k.empty() && su != "" && k.Index == su {
				return true
			}
		}
	}
	return false
}

func vcKid(n *alpinoNode) *alpinoNode {
	for _, k := range n.Kids {
		if k.Rel == "vc" {
			return k
		}
	}
	return nil
}

// suIndex returns the index of n's subject (content or trace), or "".
func suIndex(n *alpinoNode) string {
	for _, k := range n.Kids {
		if k.Rel == "su" {
			return k.Index
		}
	}
	return ""
}

// head converts phrase n and returns the word heading it in UD, or -1.
func (c *alpinoConv) head(n *alpinoNode) int {
	if n == nil || n.empty() {
		return -1
	}
	if h, ok := c.memo[n]; ok {
		return h
	}
	c.memo[n] = -1 // guards against cycles through indexes
	h := c.convert(n)
	c.memo[n] = h
	return h
}

func (c *alpinoConv) convert(n *alpinoNode) int {
	if n.leaf() {
		return n.Begin
	}
	kids := kidsOf(n)
	if len(kids) == 0 {
		return -1
	}
	switch n.Cat {
	case "conj":
		return c.conj(n, kids)
	case "mwu":
		h := c.head(kids[0])
		rel := "flat"
		for _, k := range kids {
			if k.Pos != "noun" && k.Pos != "name" && k.Pos != "num" {
				rel = "fixed"
			}
		}
		for _, k := range kids[1:] {
			c.attach(c.head(k), h, rel)
		}
		return h
	}
	// Pick the content head.
	var hk *alpinoNode
	hd := kid(n, "hd")
	switch {
	case kid(n, "body") != nil:
		hk = kid(n, "body")
	case kid(n, "nucl") != nil:
		hk = kid(n, "nucl")
	case n.Cat == "pp" && hd != nil && (kid(n, "obj1") != nil || kid(n, "vc") != nil || kid(n, "predc") != nil):
		hk = kid(n, "obj1")
		if hk == nil {
			hk = kid(n, "vc")
		}
		if hk == nil {
			hk = kid(n, "predc")
		}
	case hd != nil && hd.leaf() && hd.Pos == "verb" && auxRoots[hd.Root] && vcKid(n) != nil && !vcKid(n).empty() && verbal(vcKid(n)):
		hk = vcKid(n)
	case hd != nil && hd.leaf() && hd.Pos == "verb" && hd.Root == "ben" && kid(n, "predc") != nil:
		hk = kid(n, "predc")
	case hd != nil:
		hk = hd
	default:
		for _, r := range []string{"dp", "cnj", "mwp", "obj1", "predc", "vc", "su"} {
			if hk = kid(n, r); hk != nil {
				break
			}
		}
		if hk == nil {
			for _, k := range kids {
				if !(k.leaf() && k.Pos == "punct") {
					hk = k
					break
				}
			}
		}
		if hk == nil {
			hk = kids[0]
		}
	}
	h := c.head(hk)
	if h < 0 {
		return -1
	}
	pass := passive(n)
	nominal := n.Cat == "np" || n.Cat == "mwu" || n.Cat == "detp" || (hk.leaf() && (hk.Pos == "noun" || hk.Pos == "name" || hk.Pos == "pron"))
	for _, k := range kids {
		if k == hk {
			continue
		}
		if k.Rel == "rhd" || k.Rel == "whd" {
			c.relHead(n, k, h)
			continue
		}
		kh := c.head(k)
		if kh < 0 {
			continue
		}
		c.attach(kh, h, c.label(n, k, hk, pass, nominal))
	}
	return h
}

// conj converts a coordination: the first conjunct heads, the others are
// conj, each conjunction cc of the conjunct after it.
func (c *alpinoConv) conj(n *alpinoNode, kids []*alpinoNode) int {
	var cnjs []*alpinoNode
	for _, k := range kids {
		if k.Rel == "cnj" {
			cnjs = append(cnjs, k)
		}
	}
	if len(cnjs) == 0 {
		cnjs = kids[:1]
	}
	h := c.head(cnjs[0])
	for _, k := range cnjs[1:] {
		c.attach(c.head(k), h, "conj")
	}
	for _, k := range kids {
		if k.Rel == "cnj" || k == cnjs[0] {
			continue
		}
		kh := c.head(k)
		if kh < 0 {
			continue
		}
		// the conjunct following the conjunction: the first whose head
		// comes after it (a conjunct's span starts at a shared
		// phrase's trace, "buitenlandse granen en [buitenlandse]
		// zuivelprodukten", so its Begin can lie before the conjunction)
		target := h
		for _, cj := range cnjs {
			if ch := c.head(cj); ch > kh {
				target = ch
				break
			}
		}
		rel := "cc"
		if k.Rel != "crd" {
			rel = c.label(n, k, cnjs[0], false, false)
			target = h
		}
		c.attach(kh, target, rel)
	}
	return h
}

// relHead attaches the relative or wh-phrase k of clause n (head h) with
// the function its trace has inside the clause.
func (c *alpinoConv) relHead(n, k *alpinoNode, h int) {
	kh := c.head(k)
	if kh < 0 {
		return
	}
	if k.Index != "" {
		for _, t := range c.traces[k.Index] {
			p := t.parent
			if p == nil {
				continue
			}
			ph := c.head(p)
			if ph < 0 || ph == kh {
				continue
			}
			// Label as if k stood where its trace is.
			lk := *k
			lk.Rel = t.Rel
			nominal := p.Cat == "np"
			if p.Cat == "pp" && t.Rel == "obj1" {
				// waar … mee: the pronoun is the object of the adposition
				c.attach(kh, c.head(kid(p, "hd")), "obl")
				return
			}
			c.attach(kh, ph, c.label(p, &lk, nil, passive(p), nominal))
			return
		}
	}
	c.attach(kh, h, c.label(n, k, nil, passive(n), false))
}

// possessives are the possessive determiners (UD: PRON, nmod:poss).
var possessives = map[string]bool{"mijn": true, "zijn": true, "haar": true, "hun": true, "ons": true, "onze": true, "jouw": true, "uw": true, "je": true, "m'n": true, "z'n": true, "d'r": true, "mijne": true, "zijne": true}

// label returns the UD relation of daughter k (not the content head) of
// node n; hk is the daughter holding the content head.
func (c *alpinoConv) label(n, k, hk *alpinoNode, pass, nominal bool) string {
	kk := k.kind()
	clausal := clauseCats[kk]
	switch k.Rel {
	case "hd":
		if n.Cat == "pp" || (k.leaf() && k.Pos == "prep") {
			if hk != nil && hk.Rel == "vc" {
				return "mark"
			}
			return "case"
		}
		if k.leaf() && k.Pos == "verb" {
			if hk != nil && hk.Rel == "predc" {
				return "cop"
			}
			if (k.Root == "word" || k.Root == "ben") && pass {
				return "aux:pass"
			}
			return "aux"
		}
		return "dep"
	case "su":
		if clausal {
			return "csubj"
		}
		if pass {
			return "nsubj:pass"
		}
		return "nsubj"
	case "obj1":
		if clausal && nominal {
			return "acl" // UD: a clause under a noun is acl (het feit dat …)
		}
		if clausal {
			if kk == "ti" || kk == "oti" || kk == "inf" {
				return "xcomp"
			}
			return "ccomp"
		}
		if n.Cat == "pp" {
			return "obl"
		}
		return "obj"
	case "obj2":
		if kk == "pp" || (k.leaf() && k.Pos == "prep") {
			return "obl"
		}
		return "iobj"
	case "pc":
		if clausal {
			return "advcl"
		}
		return "obl:arg"
	case "ld", "me":
		if nominal {
			return "nmod"
		}
		if kk == "adv" || kk == "advp" || kk == "adj" || kk == "ap" {
			return "advmod"
		}
		return "obl"
	case "vc":
		if nominal {
			return "acl"
		}
		if kk == "ti" || kk == "oti" || kk == "inf" || kk == "ppart" || kk == "verb" {
			return "xcomp"
		}
		return "ccomp"
	case "predc":
		return "xcomp"
	case "svp":
		if clausal {
			return "xcomp"
		}
		return "compound:prt"
	case "det":
		switch {
		case k.leaf() && k.Pos == "num" && isOrdinal(strings.ToLower(k.Word)):
			return "amod"
		case k.leaf() && k.Pos == "num":
			return "nummod"
		case k.leaf() && possessives[strings.ToLower(k.Word)]:
			return "nmod:poss"
		case kk == "np" || (k.leaf() && k.Pos == "noun"):
			return "nmod:poss"
		}
		return "det"
	case "app":
		return "appos"
	case "cnj":
		return "conj"
	case "crd":
		return "cc"
	case "cmp":
		return "mark"
	case "hdf":
		return "case"
	case "se":
		return "expl:pv"
	case "sup", "pobj1":
		return "expl"
	case "dp", "sat", "tag":
		return "parataxis"
	case "dlink":
		if k.leaf() && (k.Pos == "vg" || k.Pos == "comp") {
			return "mark" // a sentence-initial Maar, En: UD Dutch's CCONJ mark
		}
		return "advmod"
	case "mwp":
		return "fixed"
	case "--":
		if k.leaf() && k.Pos == "punct" {
			return "punct"
		}
		return "parataxis"
	case "rhd", "whd":
		if kk == "pp" || (k.leaf() && (k.Pos == "pp" || k.Pos == "adv")) {
			return "obl"
		}
		return "nsubj"
	}
	// mod, predm, obcomp and the rest: by the daughter's category.
	switch {
	case kk == "rel" || kk == "whrel":
		return "acl:relcl"
	case clausal:
		if nominal {
			return "acl"
		}
		return "advcl"
	case kk == "pp":
		if kid(k, "obj1") == nil && kid(k, "vc") == nil && kid(k, "predc") == nil {
			return "advmod"
		}
		if hd := kid(k, "hd"); hd != nil && hd.Root == "door" && n.Cat == "ppart" && n.Rel == "vc" && n.parent != nil && passive(n.parent) {
			return "obl:agent"
		}
		if nominal {
			return "nmod"
		}
		return "obl"
	case kk == "adv" || kk == "advp" || (k.leaf() && k.Pos == "pp"):
		if nominal {
			return "amod" // UD Dutch: ook Saskia, ongeveer 350000 gulden, Boogerd zelf
		}
		return "advmod"
	case kk == "np" || kk == "noun" || kk == "name" || kk == "pron" || kk == "mwu":
		if nominal {
			return "nmod"
		}
		return "obl"
	case kk == "num" && isOrdinal(strings.ToLower(k.Word)):
		if nominal {
			return "amod"
		}
		return "advmod"
	case kk == "num":
		if nominal {
			return "nummod"
		}
		return "advmod"
	case kk == "ap" || kk == "adj" || kk == "verb" || kk == "comparative":
		if nominal {
			return "amod"
		}
		return "advmod"
	case kk == "conj":
		for _, cj := range k.Kids {
			if cj.Rel == "cnj" && !cj.empty() {
				l := *cj
				l.Rel = k.Rel
				return c.label(n, &l, hk, pass, nominal)
			}
		}
	case k.leaf() && k.Pos == "prep":
		return "case"
	case k.leaf() && k.Pos == "det":
		return "det"
	}
	return "advmod"
}

// attachPunct attaches punctuation as UD Dutch does: at the edges of the
// sentence to the root; inside, to the head of the constituent that
// follows it (closing brackets and quotes: the one before it), taken at
// the level where the neighbours' paths to the root meet.
func (c *alpinoConv) attachPunct(root int) {
	n := len(c.words)
	isP := func(i int) bool { return c.heads[i] == -2 && c.words[i].Pos == "punct" }
	for i := range n {
		if c.heads[i] != -2 {
			continue
		}
		if !isP(i) {
			c.heads[i], c.rels[i] = root, "dep"
			continue
		}
		l := i - 1
		for l >= 0 && isP(l) {
			l--
		}
		r := i + 1
		for r < n && isP(r) {
			r++
		}
		if l < 0 || r >= n {
			c.heads[i], c.rels[i] = root, "punct"
			continue
		}
		closing := strings.ContainsAny(c.words[i].Word, ")]}»") || c.words[i].Word == "''" || c.words[i].Word == "'"
		side, other := r, l
		if closing {
			side, other = l, r
		}
		anc := c.ancestors(other)
		path := c.ancestors(side)
		h := root
		for j, a := range path {
			if anc.has(a) {
				if j > 0 {
					h = path[j-1]
				} else {
					h = a
				}
				break
			}
		}
		c.heads[i], c.rels[i] = h, "punct"
	}
}

// ancestors lists i and its heads up to the root (path order), and as a
// set when asked through the map.
func (c *alpinoConv) ancestors(i int) pathSet {
	var p pathSet
	for k := 0; i >= 0 && k <= len(c.heads); k++ {
		p = append(p, i)
		i = c.heads[i]
	}
	return p
}

// pathSet is a path of token indexes that can also be asked for
// membership.
type pathSet []int

func (p pathSet) has(i int) bool {
	for _, x := range p {
		if x == i {
			return true
		}
	}
	return false
}

// pronouns are words Alpino tags noun that UD tags PRON.
var pronouns = map[string]bool{"ik": true, "jij": true, "je": true, "u": true, "hij": true, "zij": true, "ze": true, "het": true, "wij": true, "we": true, "jullie": true, "men": true, "mij": true, "me": true, "jou": true, "hem": true, "haar": true, "ons": true, "hen": true, "hun": true, "zich": true, "zichzelf": true, "elkaar": true, "mekaar": true, "die": true, "dat": true, "dit": true, "deze": true, "wie": true, "wat": true, "iets": true, "niets": true, "niks": true, "iemand": true, "niemand": true, "alles": true, "allen": true, "beide": true, "beiden": true, "welke": true, "sommigen": true, "velen": true, "anderen": true, "ieder": true, "iedereen": true, "elk": true, "zoiets": true, "er": false, "hetzelfde": true, "degene": true, "diegene": true, "datgene": true, "dezelfde": true, "hemzelf": true, "zelf": false, "mijzelf": true, "onszelf": true}

var symbols = "%$€£&+=§*#/<>@"

// upos maps word i's Alpino part of speech to UPOS, using the relation
// the conversion gave it.
func (c *alpinoConv) upos(i int) POS {
	w := c.words[i]
	lw := strings.ToLower(w.Word)
	rel := c.rels[i]
	switch w.Pos {
	case "punct":
		if strings.ContainsAny(w.Word, symbols) {
			return SYM
		}
		return PUNCT
	case "noun", "name", "pron":
		if pronouns[lw] || w.Pos == "pron" {
			return PRON
		}
		if _, err := strconv.ParseFloat(strings.ReplaceAll(w.Word, ",", "."), 64); err == nil {
			return NUM
		}
		if Lex().IsCalendarName(lw) {
			return PROPN // UD Dutch tags weekdays and months as names
		}
		r, _ := utf8.DecodeRuneInString(w.Word)
		if unicode.IsUpper(r) && (i > 0 || w.parent.Cat == "mwu" || rel == "flat") {
			return PROPN
		}
		if w.parent.Cat == "mwu" && capitalisedPart(w.parent) {
			return PROPN // der, van in a name
		}
		if w.Pos == "name" {
			return PROPN
		}
		return NOUN
	case "verb":
		if rel == "aux" || rel == "aux:pass" || rel == "cop" {
			return AUX
		}
		return VERB
	case "det":
		if possessives[lw] {
			return PRON
		}
		if rel != "det" && rel != "nmod:poss" && pronouns[lw] {
			return PRON
		}
		return DET
	case "prep":
		return ADP
	case "adj":
		return ADJ
	case "adv", "pp":
		if lw == "er" && rel == "expl" {
			return PRON
		}
		return ADV
	case "comp":
		if lw == "te" || lw == "om" {
			return ADP
		}
		if w.Rel == "dlink" {
			return CCONJ // a sentence-initial En
		}
		return SCONJ
	case "comparative":
		return SCONJ
	case "vg":
		if rel == "cc" || w.Rel == "dlink" {
			return CCONJ
		}
		return SCONJ
	case "num":
		if lw == "een" {
			return DET
		}
		if isOrdinal(lw) {
			return ADJ
		}
		return NUM
	case "part":
		if lw == "te" {
			return ADP
		}
		if lw == "er" || adverbParticles[lw] {
			return ADV
		}
		return ADP
	case "tag":
		return INTJ
	case "fixed":
		switch lw {
		case "de", "het", "een":
			return DET
		case "in", "op", "van", "ten", "ter", "tot", "te", "met", "voor", "uit", "aan", "bij", "door", "over", "naar", "om", "onder":
			return ADP
		}
		return NOUN
	}
	return X
}

// isOrdinal reports whether a (lowercased) number word is an ordinal:
// eerste, tweede, 21ste, honderdste.
func isOrdinal(w string) bool {
	if w == "eerste" || w == "1e" || w == "2e" || w == "3e" {
		return true
	}
	return len(w) > 3 && (strings.HasSuffix(w, "de") || strings.HasSuffix(w, "ste")) && w != "duizende"
}

// capitalisedPart reports whether a multiword unit has a capitalised noun.
func capitalisedPart(n *alpinoNode) bool {
	for _, k := range n.Kids {
		r, _ := utf8.DecodeRuneInString(k.Word)
		if k.Pos == "noun" && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// fixInitialNames re-tags sentence-initial capitalised nouns: a name
// (PROPN) unless the word also occurs in lowercase in the treebank.
func fixInitialNames(sents []TreeSentence) {
	lower := map[string]bool{}
	for _, s := range sents {
		for i, w := range s.Words {
			if i > 0 && w != "" && w == strings.ToLower(w) {
				lower[w] = true
			}
		}
	}
	for _, s := range sents {
		if len(s.Words) == 0 || s.POS[0] != NOUN {
			continue
		}
		w := s.Words[0]
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) && !lower[strings.ToLower(w)] {
			s.POS[0] = PROPN
		}
	}
}

// adverbParticles are separable particles UD Dutch tags ADV (terug in
// terugkomen), where the others (op, af, aan) are ADP.
var adverbParticles = map[string]bool{"terug": true, "weg": true, "samen": true, "tegemoet": true, "overeen": true,
	"voort": true, "uiteen": true, "thuis": true, "tentoon": true, "teweeg": true, "achterna": true}

// rPronouns are the adverbial pronouns Alpino tags as nouns when they
// are the object of a split preposition (er … mee); UD Dutch: ADV.
var rPronouns = map[string]bool{"er": true, "daar": true, "hier": true, "waar": true, "ergens": true, "nergens": true, "overal": true}

// quantifiers are the words Alpino tags as numerals that UD Dutch tags
// DET (veel mensen: det).
var quantifiers = map[string]bool{"veel": true, "weinig": true, "enkele": true, "enige": true, "beide": true, "meer": true,
	"minder": true, "vele": true, "weinige": true, "meerdere": true}

// udLexical brings the converted tags and relations of a few words to UD
// Dutch's conventions where Alpino's categories differ: als is SCONJ
// (mark, also before a noun: als voorzitter); er, daar, waar are ADV
// (PRON as an expletive); quantifiers are DET; heel is ADJ; even,
// geleden and meest are ADV.
func udLexical(s *TreeSentence) {
	for i, w := range s.Words {
		lw := strings.ToLower(w)
		switch {
		case lw == "als" && (s.POS[i] == ADP || s.POS[i] == SCONJ || s.POS[i] == CCONJ):
			s.POS[i] = SCONJ
			if s.Rels[i] == "case" {
				s.Rels[i] = "mark"
			}
		case rPronouns[lw] && (s.POS[i] == NOUN || s.POS[i] == PRON):
			s.POS[i] = ADV
			if s.Rels[i] == "expl" {
				s.POS[i] = PRON
			}
		case quantifiers[lw] && s.POS[i] == NUM:
			s.POS[i] = DET
			if s.Rels[i] == "nummod" {
				s.Rels[i] = "det"
			}
		case lw == "heel" && s.POS[i] == ADV:
			s.POS[i] = ADJ
		case (lw == "even" || lw == "geleden" || lw == "meest") && s.POS[i] == ADJ:
			s.POS[i] = ADV
		}
	}
}
