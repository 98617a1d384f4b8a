package nl

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kroniek/kroniek/internal/shared"
)

// goldenDoc is the golden form of a parse: each sentence with its tokens.
type goldenDoc struct {
	Sentences []goldenSentence `json:"sentences"`
}

type goldenSentence struct {
	Text    string   `json:"text"`
	Heading bool     `json:"heading,omitempty"`
	Tokens  []string `json:"tokens"`
}

// TestGolden parses testdata/NAME.txt (English when NAME starts with
// "english") and compares its sentences and tokens with NAME.golden.json;
// -update rewrites the golden files.
func TestGolden(t *testing.T) {
	shared.Golden(t, "testdata/*.txt", func(t *testing.T, name string, in []byte) any {
		lang := "nl"
		if strings.HasPrefix(name, "english") {
			lang = "en"
		}
		doc := Parse(string(in), Options{Lang: lang})
		checkDoc(t, doc)
		var g goldenDoc
		for _, s := range doc.Sentences {
			gs := goldenSentence{Text: doc.Text[s.Start:s.End], Heading: s.Heading}
			for _, tok := range s.Tokens {
				gs.Tokens = append(gs.Tokens, tok.Text)
			}
			g.Sentences = append(g.Sentences, gs)
		}
		return g
	})
}

// checkDoc asserts the invariants every parse keeps.
func checkDoc(t *testing.T, doc *Doc) {
	t.Helper()
	prev := 0
	for i, tok := range doc.Tokens {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > len(doc.Text) {
			t.Fatalf("token %d %q has bad offsets %d-%d (prev end %d)", i, tok.Text, tok.Start, tok.End, prev)
		}
		if doc.Text[tok.Start:tok.End] != tok.Text {
			t.Fatalf("token %d text %q != text at offsets %q", i, tok.Text, doc.Text[tok.Start:tok.End])
		}
		if !utf8.RuneStart(doc.Text[tok.Start]) || (tok.End < len(doc.Text) && !utf8.RuneStart(doc.Text[tok.End])) {
			t.Fatalf("token %d %q not on rune boundaries", i, tok.Text)
		}
		prev = tok.End
	}
	n := 0
	for i, s := range doc.Sentences {
		if s.First != n {
			t.Fatalf("sentence %d starts at token %d, want %d", i, s.First, n)
		}
		n += len(s.Tokens)
		if s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End {
			t.Fatalf("sentence %d span does not match its tokens", i)
		}
	}
	if n != len(doc.Tokens) {
		t.Fatalf("sentences cover %d of %d tokens", n, len(doc.Tokens))
	}
}

func TestTokensStayWhole(t *testing.T) {
	text := "Loekasjenko’s zo’n video’s ’s avonds d’r Wit-Rusland o.a. bijv. J.P. 200.000 1,3 pic.twitter.com/eRbdLfuI1W @VoicesBelarus EU-top"
	doc := Parse(text, Options{})
	want := []string{"Loekasjenko’s", "zo’n", "video’s", "’s", "avonds", "d’r", "Wit-Rusland", "o.a.", "bijv.", "J.P.", "200.000", "1,3", "pic.twitter.com/eRbdLfuI1W", "@VoicesBelarus", "EU-top"}
	var got []string
	for _, tok := range doc.Tokens {
		got = append(got, tok.Text)
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("tokens\n got %q\nwant %q", got, want)
	}
}

func TestHeadingsAreSentences(t *testing.T) {
	text := "Eerste alinea. Nog een zin.\n\nAchter gesloten deuren\n\nTweede alinea."
	h := strings.Index(text, "Achter")
	doc := Parse(text, Options{Headings: [][2]int{{h, h + len("Achter gesloten deuren")}}})
	if len(doc.Sentences) != 4 {
		t.Fatalf("got %d sentences, want 4", len(doc.Sentences))
	}
	if !doc.Sentences[2].Heading || doc.Sentences[1].Heading {
		t.Errorf("heading flags wrong: %+v", doc.Sentences)
	}
}

func TestTerms(t *testing.T) {
	got := Terms("De demonstranten demonstreerden in Wit-Rusland; Orbán en Loekasjenko’s aanhangers.", "nl")
	want := []string{"demonstrant", "demonstreerd", "wit-rusland", "orban", "loekasjenko", "aanhanger"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Terms = %q, want %q", got, want)
	}
	got = Terms("The Protesters marched", "en")
	if strings.Join(got, " ") != "the protesters marched" {
		t.Errorf("english Terms = %q", got)
	}
}

// TestSeeds checks sentence splitting on the five seed articles: quote
// marks stay with their sentence, no sentence starts inside a word, and
// apostrophe words are never split.
func TestSeeds(t *testing.T) {
	for _, seed := range shared.Seeds(t) {
		f := seed.Path
		doc := Parse(seed.Raw, Options{})
		checkDoc(t, doc)
		for _, s := range doc.Sentences {
			st := doc.Text[s.Start:s.End]
			if strings.HasPrefix(st, "’s ") || strings.HasPrefix(st, "s ") {
				t.Errorf("%s: sentence starts at an apostrophe: %q", filepath.Base(f), st)
			}
			if strings.HasPrefix(st, "”") || strings.HasPrefix(st, "’,") {
				t.Errorf("%s: closing quote opens a sentence: %q", filepath.Base(f), st)
			}
		}
		for _, tok := range doc.Tokens {
			if tok.Text == "Loekasjenko" && strings.HasPrefix(doc.Text[tok.End:], "’s") {
				t.Errorf("%s: Loekasjenko’s split", filepath.Base(f))
			}
		}
	}
	// Seed 000 has the Michel quote ending a sentence with its closing mark.
	doc := Parse(shared.SeedArticle(t, "000").Raw, Options{})
	found := false
	for _, s := range doc.Sentences {
		if strings.HasSuffix(doc.Text[s.Start:s.End], "beginnen.”") {
			found = true
		}
	}
	if !found {
		t.Error("seed 000: no sentence ends with `beginnen.”`")
	}
}

func BenchmarkParse(b *testing.B) {
	var texts []string
	for _, a := range shared.Corpus(b) {
		if a.Text != "" {
			texts = append(texts, a.Text)
		}
	}
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	tokens := 0
	for i := 0; i < b.N; i++ {
		tokens = 0
		for _, t := range texts {
			tokens += len(Parse(t, Options{Lang: "nl"}).Tokens)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
