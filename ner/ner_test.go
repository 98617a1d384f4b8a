package ner

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

// scoreFile tags a CoNLL file document by document and scores it.
func scoreFile(t testing.TB, tg *Tagger, path string) Score {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	var sc Score
	tg.ScoreSentences(&sc, sents)
	return sc
}

// TestDevF1 is the quality floor on CoNLL-2002 ned.testa, which training
// uses only to choose the epoch.
func TestDevF1(t *testing.T) {
	tg := shared.Must(t, Load)
	sc := scoreFile(t, tg, shared.Path(t, "data", "conll2002", "ned.testa"))
	for _, ty := range sc.TypeNames() {
		c := sc.Types[ty]
		t.Logf("%-5s P %.2f R %.2f F1 %.2f", ty, c.Precision(), c.Recall(), c.F1())
	}
	f1 := sc.Overall.F1()
	t.Logf("overall F1 %.2f on %d tokens", f1, sc.Tokens)
	if f1 < 82 {
		t.Errorf("F1 %.2f on ned.testa, want >= 82", f1)
	}
}

func TestChunksConllevalSemantics(t *testing.T) {
	tests := []struct {
		tags []string
		want []span
	}{
		{[]string{"B-PER", "I-PER", "O", "B-LOC"}, []span{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{[]string{"I-ORG", "I-ORG", "B-ORG"}, []span{{0, 2, "ORG"}, {2, 3, "ORG"}}},
		{[]string{"B-PER", "I-LOC", "O"}, []span{{0, 1, "PER"}, {1, 2, "LOC"}}},
		{[]string{"O", "O"}, nil},
		{[]string{"B-MISC", "I-MISC"}, []span{{0, 2, "MISC"}}},
	}
	for _, tt := range tests {
		got := chunks(tt.tags)
		if len(got) != len(tt.want) {
			t.Errorf("chunks(%v) = %v, want %v", tt.tags, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("chunks(%v) = %v, want %v", tt.tags, got, tt.want)
			}
		}
	}
	var sc Score
	sc.Add([]string{"B-PER", "I-PER", "O", "B-LOC"}, []string{"B-PER", "O", "O", "B-LOC"})
	if sc.Overall.Correct != 1 || sc.Overall.Gold != 2 || sc.Overall.Predicted != 2 {
		t.Errorf("score = %+v, want 1 correct of 2 gold, 2 predicted", sc.Overall)
	}
	if got := sc.Overall.F1(); got != 50 {
		t.Errorf("F1 = %v, want 50", got)
	}
}

func TestReadCoNLL(t *testing.T) {
	in := "-DOCSTART- -DOCSTART- O\nDe Art O\nEU N B-ORG\n\nMaar Conj O\n\n-DOCSTART- -DOCSTART- O\nPoetin N B-PER\n"
	s, err := ReadCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 3 || !s[0].DocStart || s[1].DocStart || !s[2].DocStart {
		t.Fatalf("got %+v", s)
	}
	if s[0].Words[1] != "EU" || s[0].Tags[1] != "B-ORG" {
		t.Errorf("sentence 0 = %+v", s[0])
	}
	if _, err := ReadCoNLL(strings.NewReader("alleen\n")); err == nil {
		t.Error("want an error for a line without a tag")
	}
}

// mentionTexts returns "Type:Text" for each mention of text.
func mentionTexts(tg *Tagger, text string) []string {
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	var out []string
	for _, m := range tg.Tag(doc) {
		if text[m.Start:m.End] != m.Text {
			out = append(out, "BAD OFFSETS "+m.Text)
		}
		out = append(out, m.Type+":"+m.Text)
	}
	return out
}

func has(ms []string, want string) bool {
	for _, m := range ms {
		if m == want {
			return true
		}
	}
	return false
}

func TestTagDoc(t *testing.T) {
	tg := shared.Must(t, Load)
	text := "Bondspresident Alexander Van der Bellen ontving dinsdag in Wenen de Nederlandse premier Mark Rutte.\n\n" +
		"Maar volgens Frans Timmermans van de Europese Commissie is dat niet genoeg. Woensdag reist Timmermans naar Berlijn.\n\n" +
		"In Minsk zei president Loekasjenko dat hij niet zal wijken. Hij rekent op de Russische president Poetin.\n\n" +
		"De oppositie eist dat Loekasjenko opstapt.\n\n" +
		"Loekasjenko’s woordvoerder zei dat de Wit-Russische regering standhoudt. Poetins steun is volgens hem zeker."
	ms := mentionTexts(tg, text)
	t.Logf("%q", ms)
	for _, want := range []string{"PER:Alexander Van der Bellen", "PER:Mark Rutte", "LOC:Wenen", "PER:Frans Timmermans",
		"ORG:Europese Commissie", "LOC:Berlijn", "PER:Timmermans"} {
		if !has(ms, want) {
			t.Errorf("missing %s in %q", want, ms)
		}
	}
	for _, m := range ms {
		if strings.HasPrefix(m, "BAD") {
			t.Error(m)
		}
		for _, bad := range []string{"Maar", "Woensdag", "dinsdag"} {
			if strings.HasSuffix(m, ":"+bad) {
				t.Errorf("sentence-initial or weekday word tagged: %s", m)
			}
		}
	}
	for _, want := range []string{"PER:Loekasjenko’s", "PER:Poetins"} {
		if !has(ms, want) {
			t.Errorf("possessive %s not tagged as a person: %q", want, ms)
		}
	}
}

func TestAllCapsHeadline(t *testing.T) {
	tg := shared.Must(t, Load)
	ms := mentionTexts(tg, "REGERING WIL MEER GELD VOOR ONDERWIJS EN ZORG\n\nHet kabinet trekt volgend jaar extra geld uit.")
	if len(ms) > 1 {
		t.Errorf("all-caps headline of common words gave mentions %q", ms)
	}
}

func TestTagWordsQuotesAndEmpty(t *testing.T) {
	tg := shared.Must(t, Load)
	if got := tg.TagWords(nil); len(got) != 0 {
		t.Errorf("TagWords(nil) = %v", got)
	}
	if got := tg.Tag(nil); got != nil {
		t.Errorf("Tag(nil) = %v", got)
	}
	words := strings.Fields(`" Er zou geen bemoeienis van buitenaf mogen zijn " , schreef Charles Michel maandag .`)
	tags := tg.TagWords(words)
	if len(tags) != len(words) {
		t.Fatalf("got %d tags for %d words", len(tags), len(words))
	}
	if tags[12] != "B-PER" || tags[13] != "I-PER" {
		t.Errorf("Charles Michel tagged %s %s", tags[12], tags[13])
	}
	if tags[14] != "O" {
		t.Errorf("maandag tagged %s", tags[14])
	}
}

// TestDeterministic trains twice on a small sample and compares models.
func TestDeterministic(t *testing.T) {
	f, err := os.Open(shared.Path(t, "data", "conll2002", "ned.train"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLL(bufio.NewReader(f))
	if err != nil {
		t.Fatal(err)
	}
	train, dev := sents[:600], sents[600:800]
	var outs [2]strings.Builder
	for i := range outs {
		res, err := Train(train, dev, TrainOptions{Epochs: 2, POS: true})
		if err != nil {
			t.Fatal(err)
		}
		if err := res.Write(&outs[i]); err != nil {
			t.Fatal(err)
		}
	}
	if outs[0].String() != outs[1].String() {
		t.Error("two trainings on the same input gave different models")
	}
}

func TestClusters(t *testing.T) {
	var sents [][]string
	for _, s := range []string{"de kat zit op de mat", "de hond zit op de bank", "een kat loopt naar de mat",
		"een hond loopt naar de bank", "Jan zit op de bank", "Piet loopt naar de mat"} {
		for range 3 {
			sents = append(sents, strings.Fields(s))
		}
	}
	a := LearnClusters(sents, ClusterOptions{K: 4, MinCount: 2})
	b := LearnClusters(sents, ClusterOptions{K: 4, MinCount: 2})
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if string(ja) != string(jb) {
		t.Error("clustering is not deterministic")
	}
	var buf strings.Builder
	if err := WriteClusters(&buf, a); err != nil {
		t.Fatal(err)
	}
	back, err := ReadClusters(strings.NewReader(buf.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(back) != len(a) {
		t.Fatalf("read %d clusters, wrote %d", len(back), len(a))
	}
	path := map[string]string{}
	for _, c := range back {
		if c.Path == "" {
			t.Errorf("word %q without a path", c.Word)
		}
		path[c.Word] = c.Path
	}
	if path["kat"] != path["hond"] || path["zit"] != path["loopt"] || path["kat"] == path["zit"] {
		t.Errorf("words with the same contexts apart, or different ones together: %v", path)
	}
}

func bytesReader(b []byte) *strings.Reader { return strings.NewReader(string(b)) }

// TestConcurrentTag tags documents from several goroutines and compares
// with tagging them one by one.
func TestConcurrentTag(t *testing.T) {
	tg := shared.Must(t, Load)
	texts := []string{
		"Premier Mark Rutte sprak in Brussel met Ursula von der Leyen over de Europese Unie.",
		"In Antwerpen opende Barco een nieuwe fabriek. Volgens Barco komen er tweehonderd banen bij.",
		"Charles Michel en Emmanuel Macron belden met Vladimir Poetin over Wit-Rusland.",
	}
	want := make([][]string, len(texts))
	for i, s := range texts {
		want[i] = mentionTexts(tg, s)
	}
	done := make(chan error)
	for g := range 8 {
		go func() {
			for k := range 20 {
				i := (g + k) % len(texts)
				got := mentionTexts(tg, texts[i])
				if strings.Join(got, "|") != strings.Join(want[i], "|") {
					done <- fmt.Errorf("text %d: got %q, want %q", i, got, want[i])
					return
				}
			}
			done <- nil
		}()
	}
	for range 8 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// TestTagReadsAnnotation checks that Tag reads the parts of speech of an
// annotated document and tags an unannotated one itself, alike, and that
// the model reads them at all.
func TestTagReadsAnnotation(t *testing.T) {
	tg := shared.Must(t, Load)
	if !tg.m.lex.pos {
		t.Skip("the model reads no parts of speech")
	}
	syn := shared.Must(t, syntax)
	text := "Volgens topman Jan de Vries van Philips gaat de fabriek in Eindhoven dicht.\n\n" +
		"De Vries zei dat tegen het Financieele Dagblad. Ook Ahold en ING schrappen banen."
	plain := nl.Parse(text, nl.Options{Lang: "nl"})
	annotated := nl.Parse(text, nl.Options{Lang: "nl"})
	syn.Annotate(annotated)
	a, b := tg.Tag(plain), tg.Tag(annotated)
	if fmt.Sprint(a) != fmt.Sprint(b) {
		t.Errorf("unannotated %v, annotated %v", a, b)
	}
	// The parts of speech given are the ones read.
	var s1, s2 scratch
	tg.m.lex.prepare(&s1, []string{"Philips"}, []int{1}, []nl.Token{{Text: "Philips", POS: nl.PROPN}})
	tg.m.lex.prepare(&s2, []string{"Philips"}, []int{1}, []nl.Token{{Text: "Philips", POS: nl.NOUN}})
	if fmt.Sprint(s1.feats) == fmt.Sprint(s2.feats) {
		t.Error("a PROPN and a NOUN token have the same features")
	}
}

func TestOpeningWords(t *testing.T) {
	tg := shared.Must(t, Load)
	for _, c := range []struct {
		text string
		pos  nl.POS
		want bool
	}{
		{"Pastoor", nl.PROPN, true},       // a common noun, whatever nl calls it
		{"Kaasdirecteur", nl.PROPN, true}, // a compound whose head is common
		{"Kaasdiplomaat", nl.NOUN, true},
		{"CDA-kaasdirecteur", nl.NOUN, false}, // a hyphen part may be a name
		{"Van", nl.PROPN, false},              // Van Dijk
		{"Jan", nl.PROPN, false},
		{"Amsterdam", nl.PROPN, false},
		{"Rotterdammers", nl.NOUN, false},
	} {
		if got := tg.openingWord(nl.Token{Text: c.text, POS: c.pos}, true); got != c.want {
			t.Errorf("openingWord(%s/%v) = %v, want %v", c.text, c.pos, got, c.want)
		}
	}
	if tg.openingWord(nl.Token{Text: "Sociale", POS: nl.PROPN}, false) {
		t.Error("a proper noun in parentheses counts as an opening word")
	}
	syn := shared.Must(t, syntax)
	text := "Pastoor Maickel Prasing kreeg het zwaar. Gisteren sprak Maickel Prasing in de kerk."
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	syn.Annotate(doc)
	var got []string
	for _, m := range tg.Tag(doc) {
		got = append(got, m.Text)
	}
	if want := "Maickel Prasing|Maickel Prasing"; strings.Join(got, "|") != want {
		t.Errorf("mentions %q, want %s", got, want)
	}
}

// TestDocCase checks the document's case counts of a capitalised word:
// capitalised mid-sentence elsewhere, in lowercase elsewhere.
func TestDocCase(t *testing.T) {
	words := strings.Fields("Bakker zegt dat Bakker komt . Maar de bakker en Maar zijn hier . Tuin ligt daar .")
	ends := []int{6, 14, 18}
	lx := &lexicon{context: true}
	var s scratch
	lx.prepare(&s, words, ends, nil)
	for _, tt := range []struct {
		i    int
		want uint8
	}{
		{0, 1 + 3*1 + 1},  // Bakker opening: once mid-sentence, once lowercase elsewhere
		{3, 1 + 3*0 + 1},  // Bakker mid-sentence: once lowercase elsewhere
		{6, 1 + 3*1 + 0},  // Maar opening: "en Maar" elsewhere
		{8, 0},            // bakker: lowercase
		{14, 1 + 3*0 + 0}, // Tuin: nowhere else
	} {
		if got := s.toks[tt.i].docCase; got != tt.want {
			t.Errorf("%s (%d): docCase %d, want %d", words[tt.i], tt.i, got, tt.want)
		}
	}
	lx.context = false
	lx.prepare(&s, words, ends, nil)
	if s.toks[0].docCase != 0 {
		t.Error("docCase set by a model without context features")
	}
}

// TestDocSpans checks that a name of several words the first stage finds
// marks its other occurrences, whatever the first stage made of them.
func TestDocSpans(t *testing.T) {
	words := strings.Fields("Europese Commissie zegt nee . Volgens de Europese Commissie niet . De Europese Unie ook niet .")
	ends := []int{5, 11, 17}
	var lx lexicon
	var s scratch
	lx.prepare(&s, words, ends, nil)
	s1 := make([]int, len(words))
	s1[0], s1[1] = tagIndex("B-ORG"), tagIndex("I-ORG")   // Europese Commissie
	s1[7] = tagIndex("B-MISC")                            // Europese, alone
	s1[12], s1[13] = tagIndex("B-ORG"), tagIndex("I-ORG") // Europese Unie
	var d docStats
	d.reset()
	for i := range s.toks {
		d.add(&s.toks[i], s1[i])
	}
	d.annotate(s.toks, s1)
	d.addSpans(s.toks, s1, ends)
	d.annotateSpans(s.toks, s1, ends)
	got := func(i int) [3]uint8 { return [3]uint8{s.toks[i].dsType, s.toks[i].dsPos, s.toks[i].dsUnan} }
	org := uint8(typeOf(tagIndex("B-ORG")))
	for _, tt := range []struct {
		i    int
		want [3]uint8
	}{
		{7, [3]uint8{org, 1, 1}}, // the second Europese Commissie: from the first
		{8, [3]uint8{org, 2, 1}},
		{0, [3]uint8{}},  // the first: its own tags do not count, the second is no name
		{12, [3]uint8{}}, // Europese Unie occurs once
	} {
		if g := got(tt.i); g != tt.want {
			t.Errorf("%s (%d): dsType, dsPos, dsUnan %v, want %v", words[tt.i], tt.i, g, tt.want)
		}
	}
	if s.toks[8].elPart != 2 {
		t.Errorf("Commissie: elPart %d, want 2 (inside its name elsewhere)", s.toks[8].elPart)
	}
}
