package nl

import (
	"slices"
	"testing"
)

func TestInfinitiveCandidates(t *testing.T) {
	for stem, want := range map[string]string{"verlies": "verliezen", "ga": "gaan", "zie": "zien", "pak": "pakken",
		"maak": "maken", "geef": "geven", "klim": "klimmen", "lijk": "lijken"} {
		if got := infinitiveCandidates(stem); !slices.Contains(got, want) {
			t.Errorf("infinitiveCandidates(%q) = %v, want %q among them", stem, got, want)
		}
	}
}

func TestInnerParticle(t *testing.T) {
	for _, c := range []struct{ form, stem, want string }{
		{"opgeroepen", "roep", "op"}, {"toegeven", "geef", "toe"}, {"deelnam", "neem", "deel"},
		{"uitgeschakeld", "schakel", "uit"}, {"gegeven", "geef", ""}, {"verloor", "verlies", ""},
		{"herhaalde", "herhaal", ""}, {"betekende", "beteken", ""},
	} {
		if got := innerParticle(c.form, c.stem); got != c.want {
			t.Errorf("innerParticle(%q, %q) = %q, want %q", c.form, c.stem, got, c.want)
		}
	}
}

func TestFixScores(t *testing.T) {
	b := new(sentBuf)
	b.reset([]string{"Ajax", "won", "met", "2", "-", "1", "."})
	copy(b.heads, []int{1, -1, 5, 4, 1, 4, 1}) // a parse with the score torn apart
	if !fixScores(b) {
		t.Fatal("no score found")
	}
	if b.heads[4] != 3 || b.heads[5] != 3 {
		t.Errorf("heads of - and 1 = %d, %d, want 3, 3 (the first number)", b.heads[4], b.heads[5])
	}
	if b.heads[2] != 3 || b.heads[3] != 1 {
		t.Errorf("heads of met and 2 = %d, %d, want 3 and 1 (the score takes the place of its parts)", b.heads[2], b.heads[3])
	}
	if !wellFormed(b.heads) {
		t.Errorf("heads %v not a tree", b.heads)
	}
	b.reset([]string{"In", "1940", "-", "1945", "."})
	if fixScores(b) {
		t.Error("a range of years taken for a score")
	}
}

func TestUDLexical(t *testing.T) {
	s := TreeSentence{
		Words: []string{"als", "er", "er", "veel", "heel", "even"},
		POS:   []POS{ADP, NOUN, NOUN, NUM, ADV, ADJ},
		Rels:  []string{"case", "obl", "expl", "nummod", "advmod", "advmod"},
	}
	udLexical(&s)
	want := TreeSentence{POS: []POS{SCONJ, ADV, PRON, DET, ADJ, ADV}, Rels: []string{"mark", "obl", "expl", "det", "advmod", "advmod"}}
	if !slices.Equal(s.POS, want.POS) || !slices.Equal(s.Rels, want.Rels) {
		t.Errorf("udLexical: %v %v, want %v %v", s.POS, s.Rels, want.POS, want.Rels)
	}
}

func TestAPILemma(t *testing.T) {
	for _, c := range []struct{ word, lemma, want string }{
		{"basisniveau", "basis_niveau", "basisniveau"}, {"FARC-rebellen", "FARC_rebel", "FARC-rebel"},
		{"derde-rondepartij", "derde_ronde_partij", "derde-rondepartij"}, {"zegt", "zeggen", "zeggen"},
	} {
		if got := apiLemma(c.word, c.lemma); got != c.want {
			t.Errorf("apiLemma(%q, %q) = %q, want %q", c.word, c.lemma, got, c.want)
		}
	}
}

func TestInfinitive(t *testing.T) {
	for stem, want := range map[string]string{"pak": "pakken", "maak": "maken", "twijfel": "twijfelen", "reken": "rekenen",
		"stel": "stellen", "bestel": "bestellen", "schakel": "schakelen", "luister": "luisteren"} {
		if got := infinitive(stem); got != want {
			t.Errorf("infinitive(%q) = %q, want %q", stem, got, want)
		}
	}
}

func TestLemmaRules(t *testing.T) {
	l := &lemmatizer{
		lex: map[lexEntry]string{{"groep", NOUN}: "groep", {"spel", NOUN}: "spel", {"raam", NOUN}: "raam", {"roepen", VERB}: "roepen", {"vrouw", NOUN}: "vrouw",
			{"speelt", VERB}: "spelen"},
		news: map[lexEntry]string{{"telefoon", NOUN}: "telefoon", {"opgeroepen", VERB}: "op_roepen", {"plaatsvindt", VERB}: "plaats_vinden"},
	}
	l.buildKnown()
	l.buildVocab(map[string][4]uint64{"spelen": {}, "handhaven": {}, "doden": {}, "wijding": {}, "genoegen": {}})
	for w, want := range map[string]string{"groepje": "groep", "spelletje": "spel", "telefoontjes": "telefoon", "raampje": "raam", "meisje": ""} {
		if got, _ := l.diminutive(w, NOUN); got != want {
			t.Errorf("diminutive(%q) = %q, want %q", w, got, want)
		}
	}
	for _, c := range []struct {
		prt, lemma string
		want       bool
	}{{"op", "roepen", true}, {"plaats", "vinden", true}, {"plaats", "maken", true}, {"zien", "laten", false}, {"tot", "brengen", false}, {"op", "op_roepen", false}} {
		if got := l.particleVerb(c.prt, c.lemma); got != c.want {
			t.Errorf("particleVerb(%q, %q) = %v, want %v", c.prt, c.lemma, got, c.want)
		}
	}
	for form, want := range map[string]string{"speel": "spelen", "handhaafden": "handhaven", "gedood": "doden", "genoeg": ""} {
		if got, _ := l.verbLemma(form); got != want {
			t.Errorf("verbLemma(%q) = %q, want %q", form, got, want)
		}
	}
	l.lex[lexEntry{"sterk", ADJ}] = "sterk"
	l.news[lexEntry{"libanees", ADJ}] = "libanees"
	l.news[lexEntry{"groot", ADJ}] = "groot"
	l.news[lexEntry{"rap", ADJ}] = "rap"
	for w, want := range map[string]string{"sterker": "sterk", "grootste": "groot", "libanese": "libanees", "rappe": "rap", "jarige": "jarig", "lekker": ""} {
		if got, _ := l.adjective(w); got != want {
			t.Errorf("adjective(%q) = %q, want %q", w, got, want)
		}
	}
	for w, want := range map[string]string{"Rabo's": "Rabo", "DWK'ers": "DWK'er", "It's": "It's", "Afrikanen": "Afrikaan", "Argentijnen": "Argentijn", "Peters": "Peters"} {
		if got := properLemma(w); got != want {
			t.Errorf("properLemma(%q) = %q, want %q", w, got, want)
		}
	}
	for w, want := range map[string]string{"vóór": "voor", "óf": "of", "één": ""} {
		if got, ok := unaccented(w); ok != (want != "") || ok && got != want {
			t.Errorf("unaccented(%q) = %q, %v, want %q", w, got, ok, want)
		}
	}
	if got := l.splitCompound("vrouwenwijding"); got != "vrouw_wijding" {
		t.Errorf("splitCompound(vrouwenwijding) = %q, want vrouw_wijding", got)
	}
}

func TestSeparatorHead(t *testing.T) {
	// Oranje , topscorer , had zich populair gemaakt .
	//   0    1     2     3  4   5     6       7     8
	heads := []int{7, -2, 0, -2, 7, 7, 7, -1, -2}
	if h := separatorHead(heads, 1, 0, 2, 7); h != 2 {
		t.Errorf("comma after the head noun: head %d, want 2 (the apposition it opens)", h)
	}
	if h := separatorHead(heads, 3, 2, 4, 7); h != 0 {
		t.Errorf("comma before the verb: head %d, want 0 (the subject it closes)", h)
	}
	// the left word's path is longer than the walk: the root
	long := make([]int, 200)
	for i := range long {
		long[i] = 199
	}
	for i := 1; i < 100; i++ {
		long[i] = i - 1 // 99 → 98 → … → 0 → 199
	}
	long[100], long[199] = -2, -1
	if h := separatorHead(long, 100, 99, 101, 199); h != 199 {
		t.Errorf("long chain: head %d, want the root", h)
	}
}

// ",, Dit verzin je niet ." parsed with every word under the opening
// mark: the verb becomes the root. A verb root stays.
func TestReroot(t *testing.T) {
	pos := []POS{PUNCT, PRON, VERB, PRON, ADV, PUNCT}
	heads := []int{-1, 0, 0, 2, 2, 0}
	reroot(pos, heads, 0)
	if want := []int{2, 0, -1, 2, 2, 0}; !slices.Equal(heads, want) {
		t.Errorf("reroot = %v, want %v", heads, want)
	}
	// two verbs under a pronoun: the larger subtree wins
	pos = []POS{PRON, VERB, NOUN, VERB, ADV, NOUN}
	heads = []int{-1, 0, 1, 0, 3, 3}
	reroot(pos, heads, 0)
	if want := []int{3, 0, 1, -1, 3, 3}; !slices.Equal(heads, want) {
		t.Errorf("reroot, two verbs = %v, want %v", heads, want)
	}
	heads = []int{1, -1, 1, 1, 3, 3}
	reroot(pos, heads, 1)
	if want := []int{1, -1, 1, 1, 3, 3}; !slices.Equal(heads, want) {
		t.Errorf("reroot of a verb root = %v, want %v", heads, want)
	}
	// Maar ik kan ook terugzien .   (kan under ik under Maar): the path
	// of function words hangs under the verb
	pos = []POS{CCONJ, PRON, AUX, ADV, VERB, PUNCT}
	heads = []int{-1, 0, 1, 2, 2, 0}
	reroot(pos, heads, 0)
	if want := []int{2, 2, -1, 2, 2, 0}; !slices.Equal(heads, want) {
		t.Errorf("reroot over a path = %v, want %v", heads, want)
	}
	// a path through a noun is not repaired
	pos[1] = NOUN
	heads = []int{-1, 0, 1, 2, 2, 0}
	reroot(pos, heads, 0)
	if want := []int{-1, 0, 1, 2, 2, 0}; !slices.Equal(heads, want) {
		t.Errorf("reroot through a noun = %v, want %v", heads, want)
	}
}

func TestSubtreeSizes(t *testing.T) {
	if got, want := subtreeSizes([]int{2, 2, -1, 2, 2, 0}), []int{2, 1, 6, 1, 1, 1}; !slices.Equal(got, want) {
		t.Errorf("subtreeSizes = %v, want %v", got, want)
	}
	// a cycle does not hang
	subtreeSizes([]int{1, 0, -1})
}

func TestEnclosingMarks(t *testing.T) {
	// praten ' als moeders ' zoveel .   (the marks hung on praten)
	//   0    1  2     3     4   5     6
	b := &sentBuf{words: []string{"praten", "'", "als", "moeders", "'", "zoveel", "."},
		pos:   []POS{VERB, PUNCT, SCONJ, NOUN, PUNCT, ADV, PUNCT},
		heads: []int{-1, 0, 3, 0, 0, 0, 0}}
	enclosingMarks(b)
	if want := []int{-1, 3, 3, 0, 3, 0, 0}; !slices.Equal(b.heads, want) {
		t.Errorf("quoted phrase: heads %v, want %v", b.heads, want)
	}
	// two subtrees between the brackets: nothing moves
	b.heads = []int{-1, 0, 0, 0, 0, 0, 0}
	enclosingMarks(b)
	if want := []int{-1, 0, 0, 0, 0, 0, 0}; !slices.Equal(b.heads, want) {
		t.Errorf("two phrases: heads %v, want %v", b.heads, want)
	}
	// the phrase hangs under its own opening mark: no cycle
	b.heads = []int{-1, 0, 3, 1, 1, 0, 0}
	enclosingMarks(b)
	if want := []int{-1, 0, 3, 1, 3, 0, 0}; !slices.Equal(b.heads, want) {
		t.Errorf("phrase under its mark: heads %v, want %v", b.heads, want)
	}
}

func TestFinalStop(t *testing.T) {
	// Brons was voor Polen .   (the stop hung on Polen)
	b := &sentBuf{words: []string{"Brons", "was", "voor", "Polen", "."},
		pos:   []POS{NOUN, AUX, ADP, PROPN, PUNCT},
		heads: []int{1, -1, 3, 1, 3}}
	finalStop(b)
	if want := []int{1, -1, 3, 1, 1}; !slices.Equal(b.heads, want) {
		t.Errorf("verbal root: heads %v, want %v", b.heads, want)
	}
	// a nominal root: the stop stays
	b.pos[1], b.heads[4] = NOUN, 3
	finalStop(b)
	if b.heads[4] != 3 {
		t.Errorf("nominal root: the stop moved to %d", b.heads[4])
	}
}

func TestStrandedPreps(t *testing.T) {
	labels := []string{"advmod", "case", "compound:prt", "root"}
	s := &Syntax{m: &models{parse: parser{labels: labels, caseRl: 1}, lem: lemmatizer{prtVerbs: map[string]bool{"uit_zien": true}}}}
	// toeschouwers rouwden er niet om .   (om hung on rouwden as a particle)
	b := &sentBuf{words: []string{"toeschouwers", "rouwden", "er", "niet", "om", "."},
		pos:   []POS{NOUN, VERB, ADV, ADV, ADP, PUNCT},
		heads: []int{1, -1, 1, 1, 1, 1},
		rels:  []int{0, 3, 0, 0, 2, 0}}
	lemma := func(h int) string { return []string{"toeschouwer", "rouwen", "er", "niet", "om", "."}[h] }
	s.strandedPreps(b, lemma)
	if b.heads[4] != 2 || labels[b.rels[4]] != "case" {
		t.Errorf("om: head %d %s, want 2 case", b.heads[4], labels[b.rels[4]])
	}
	// het ziet er goed uit .   (a particle verb the lexicon knows stays)
	b = &sentBuf{words: []string{"het", "ziet", "er", "goed", "uit", "."},
		pos:   []POS{PRON, VERB, ADV, ADJ, ADP, PUNCT},
		heads: []int{1, -1, 1, 1, 1, 1},
		rels:  []int{0, 3, 0, 0, 2, 0}}
	lemma = func(h int) string { return []string{"het", "zien", "er", "goed", "uit", "."}[h] }
	s.strandedPreps(b, lemma)
	if b.heads[4] != 1 {
		t.Errorf("uit: head %d, want 1 (uitzien)", b.heads[4])
	}
}
