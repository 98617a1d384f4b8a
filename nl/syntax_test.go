package nl

import (
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kroniek/kroniek/internal/shared"
)

var (
	testSyntaxOnce sync.Once
	testSyntax     *Syntax
	testSyntaxErr  error
)

// loadTestSyntax returns the embedded annotator, skipping when no model
// is embedded.
func loadTestSyntax(t testing.TB) *Syntax {
	t.Helper()
	testSyntaxOnce.Do(func() { testSyntax, testSyntaxErr = LoadSyntax() })
	s, err := testSyntax, testSyntaxErr
	if err != nil {
		t.Fatal(err)
	}
	if s.m == nil {
		t.Skip("no embedded syntax model")
	}
	return s
}

// annotated parses and annotates text.
func annotated(t testing.TB, s *Syntax, text string) *Doc {
	d := Parse(text, Options{Lang: "nl"})
	s.Annotate(d)
	return d
}

// annotatedAt annotates text and returns it with the index of its first
// token w.
func annotatedAt(t *testing.T, s *Syntax, text, w string) (*Doc, int) {
	t.Helper()
	d := annotated(t, s, text)
	return d, tok(t, d, w)
}

// tok returns the index of the first token with text w.
func tok(t *testing.T, d *Doc, w string) int {
	t.Helper()
	for i, x := range d.Tokens {
		if x.Text == w {
			return i
		}
	}
	t.Fatalf("no token %q in %q", w, d.Text)
	return -1
}

func text(d *Doc, i int) string {
	if i < 0 {
		return ""
	}
	return d.Tokens[i].Text
}

func spanText(d *Doc, i int) string {
	if i < 0 {
		return ""
	}
	f, l := d.Span(i)
	return d.Text[d.Tokens[f].Start:d.Tokens[l].End]
}

func dump(d *Doc) string {
	var b strings.Builder
	for i, t := range d.Tokens {
		b.WriteString(t.Text + "/" + t.POS.String() + "/" + t.Lemma + "/" + t.Rel)
		if t.Head >= 0 {
			b.WriteString("→" + d.Tokens[t.Head].Text)
		}
		if i < len(d.Tokens)-1 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func TestSyntaxRelativeClause(t *testing.T) {
	s := loadTestSyntax(t)
	d, v := annotatedAt(t, s, "De man die Anne Faber verkrachtte, krijgt tbs.", "verkrachtte")
	if got := text(d, d.Subject(v)); got != "man" {
		t.Errorf("Subject(verkrachtte) = %q, want man\n%s", got, dump(d))
	}
	if obj := d.Objects(v); len(obj) != 1 || spanText(d, obj[0]) != "Anne Faber" {
		t.Errorf("Objects(verkrachtte) = %v, want Anne Faber\n%s", obj, dump(d))
	}
	if got := text(d, d.Antecedent(tok(t, d, "die"))); got != "man" {
		t.Errorf("Antecedent(die) = %q, want man", got)
	}
}

func TestSyntaxPassive(t *testing.T) {
	s := loadTestSyntax(t)
	d, v := annotatedAt(t, s, "De Amersfoorter die is opgepakt, wordt verdacht van de moord.", "opgepakt")
	if !d.Passive(v) {
		t.Errorf("opgepakt is passive\n%s", dump(d))
	}
	if obj := d.Objects(v); len(obj) != 1 || text(d, obj[0]) != "Amersfoorter" {
		t.Errorf("Objects(opgepakt) = %v, want Amersfoorter\n%s", obj, dump(d))
	}
	if got := d.Subject(v); got != -1 {
		t.Errorf("Subject(opgepakt) = %q, want none", text(d, got))
	}
	d, v = annotatedAt(t, s, "De verdachte werd door de politie gearresteerd.", "gearresteerd")
	if got := text(d, d.Subject(v)); got != "politie" {
		t.Errorf("Subject(gearresteerd) = %q, want politie (door)\n%s", got, dump(d))
	}
	if obj := d.Objects(v); len(obj) != 1 || text(d, obj[0]) != "verdachte" {
		t.Errorf("Objects(gearresteerd) = %v, want verdachte\n%s", obj, dump(d))
	}
	if got := d.Tense(v); got != TensePast {
		t.Errorf("Tense(werd gearresteerd) = %v, want past", got)
	}
}

func TestSyntaxLemmas(t *testing.T) {
	s := loadTestSyntax(t)
	d := annotated(t, s, "De burgemeester riep de inwoners op om thuis te blijven.")
	if got := d.Tokens[tok(t, d, "riep")].Lemma; got != "oproepen" {
		t.Errorf("lemma of riep … op = %q, want oproepen\n%s", got, dump(d))
	}
	d, v := annotatedAt(t, s, "De ministers ontmoetten elkaar gisteren in Brussel.", "ontmoetten")
	if got := d.Tokens[v].Lemma; got != "ontmoeten" {
		t.Errorf("lemma of ontmoetten = %q, want ontmoeten", got)
	}
	if f := d.Tokens[v].Feats; !f.Has(FeatFin | FeatPast) {
		t.Errorf("ontmoetten features = %v, want Fin|Past", f)
	}
	if got := text(d, d.Subject(v)); got != "ministers" {
		t.Errorf("Subject(ontmoetten) = %q\n%s", got, dump(d))
	}
	if obl := d.Obliques(v); len(obl) == 0 || obl[len(obl)-1].Prep != "in" || text(d, obl[len(obl)-1].Head) != "Brussel" {
		t.Errorf("Obliques(ontmoetten) = %v, want in Brussel\n%s", obl, dump(d))
	}
}

func TestSyntaxNegationModalFuture(t *testing.T) {
	s := loadTestSyntax(t)
	d, v := annotatedAt(t, s, "Het kabinet zal de belasting niet verhogen.", "verhogen")
	if !d.Negated(v) {
		t.Errorf("niet verhogen is negated\n%s", dump(d))
	}
	if got := d.Tense(v); got != TenseFuture {
		t.Errorf("Tense(zal verhogen) = %v, want future\n%s", got, dump(d))
	}
	if got := d.Modal(v); got != "zullen" {
		t.Errorf("Modal(zal verhogen) = %q", got)
	}
	if got := text(d, d.Subject(v)); got != "kabinet" {
		t.Errorf("Subject(verhogen) = %q", got)
	}
}

func TestSyntaxOtherLanguage(t *testing.T) {
	s := loadTestSyntax(t)
	d := Parse("The minister said nothing.", Options{Lang: "en"})
	s.Annotate(d)
	if d.Annotated() || d.Tokens[0].POS != 0 || d.Parsed(0) || d.Subject(2) != -1 {
		t.Error("a doc in another language must stay unannotated")
	}
}

// TestSyntaxLongSentence checks that a sentence of thousands of tokens is
// annotated in linear time: 8,000 tokens may take at most a few times as
// long per token as 1,000 (CPU time, so a loaded machine does not matter).
func TestSyntaxLongSentence(t *testing.T) {
	s := loadTestSyntax(t)
	words := strings.Fields("de man die , zegt dat hij het 12 ( niet ) wist en Jan ging naar huis")
	run := func(n int) time.Duration {
		var b strings.Builder
		for i := range n {
			b.WriteString(words[i%len(words)])
			b.WriteByte(' ')
		}
		best := time.Duration(1 << 62)
		for range 3 { // the least CPU time of three runs: the machine may be shared
			d := Parse(b.String(), Options{Lang: "nl"})
			start := shared.CPUTime()
			s.Annotate(d)
			for i := range d.Sentences {
				d.Parsed(i)
				d.Span(d.Sentences[i].First)
			}
			best = min(best, shared.CPUTime()-start)
		}
		return best
	}
	small, large := run(1000), run(8000)
	if large > 30*small+50*time.Millisecond {
		t.Errorf("8,000 tokens took %v, 1,000 took %v: not linear", large, small)
	}
}

// TestHeldOutFloor scores the shipped model on UD_Dutch-LassySmall test,
// which no model is trained or tuned on (measured 6 Dec 2026, seventh
// session: UPOS 93.6, UAS 83.2, LAS 77.7, lemma 93.3; docs/bench/nl.md);
// the floors lie a few points below. It skips without ../shared.
func TestHeldOutFloor(t *testing.T) {
	s := loadTestSyntax(t)
	f, err := os.Open(shared.Path(t, "data", "ud_dutch", "UD_Dutch-LassySmall", "nl_lassysmall-ud-test.conllu"))
	if err != nil {
		t.Skipf("held-out set: %v", err)
	}
	gold, err := ReadCoNLLU(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	var sc TreeScore
	for i := range gold {
		p := s.AnalyzeWords(gold[i].Words)
		sc.Add(&gold[i], &p)
	}
	for _, c := range []struct {
		what       string
		got, floor float64
	}{{"UPOS", sc.Pct(sc.UPOS), 91}, {"UAS", sc.Pct(sc.UAS), 81}, {"LAS", sc.Pct(sc.LAS), 76}, {"lemma", sc.Pct(sc.Lemma), 91}} {
		if c.got < c.floor {
			t.Errorf("%s %.1f below the floor %.0f on %d words", c.what, c.got, c.floor, sc.Words)
		}
	}
}
