package nl

import (
	"strings"
	"testing"
)

// handParse annotates a one-sentence doc with a hand-written parse:
// one "word/POS/lemma/head/rel" per token, heads 1-based as in CoNLL-U.
func handParse(t *testing.T, spec string) *Doc {
	t.Helper()
	var words []string
	fields := strings.Fields(spec)
	for _, f := range fields {
		words = append(words, strings.Split(f, "/")[0])
	}
	d := Parse(strings.Join(words, " "), Options{Lang: "nl"})
	if len(d.Tokens) != len(fields) || len(d.Sentences) != 1 {
		t.Fatalf("tokenised %q into %d tokens, %d sentences", spec, len(d.Tokens), len(d.Sentences))
	}
	d.syn = &docSyntax{parsed: []bool{true}}
	for i, f := range fields {
		p := strings.Split(f, "/")
		tok := &d.Tokens[i]
		tok.POS, tok.Lemma, tok.Rel = ParsePOS(p[1]), p[2], p[4]
		var h int
		for _, c := range p[3] {
			h = h*10 + int(c-'0')
		}
		tok.Head = h - 1
		if len(p) > 5 {
			for _, x := range strings.Split(p[5], ",") {
				for k, n := range featNames {
					if n == x {
						tok.Feats |= 1 << k
					}
				}
			}
		}
	}
	return d
}

func TestUnannotated(t *testing.T) {
	d := Parse("De man die Anne Faber verkrachtte.", Options{Lang: "nl"})
	if d.Parsed(0) || d.Subject(5) != -1 || d.Objects(5) != nil || d.Clause(1) != -1 || d.Antecedent(2) != -1 || d.NounHead(1) != -1 || d.Tense(5) != TenseNone {
		t.Error("an unannotated doc must give no syntax")
	}
	if f, l := d.Span(1); f != 1 || l != 1 {
		t.Errorf("Span of an unparsed token = %d,%d, want itself", f, l)
	}
	var s *Syntax
	s.Annotate(d) // nil annotator: no models
	if d.Parsed(0) || d.Tokens[0].Head != -1 {
		t.Error("a doc annotated without models must stay unparsed with heads -1")
	}
}

func TestAccessorsRelativeClause(t *testing.T) {
	// De man die Anne Faber verkrachtte , zweeg .
	d := handParse(t, "De/DET/de/2/det man/NOUN/man/8/nsubj die/PRON/die/6/nsubj Anne/PROPN/Anne/6/obj Faber/PROPN/Faber/4/flat verkrachtte/VERB/verkrachten/2/acl:relcl/Fin,Past ,/PUNCT/,/2/punct zweeg/VERB/zwijgen/0/root/Fin,Past ./PUNCT/./8/punct")
	if got := d.Subject(5); got != 1 {
		t.Errorf("Subject(verkrachtte) = %d, want 1 (man)", got)
	}
	if got := d.Objects(5); len(got) != 1 || got[0] != 3 {
		t.Errorf("Objects(verkrachtte) = %v, want [3] (Anne)", got)
	}
	if f, l := d.Span(3); f != 3 || l != 4 {
		t.Errorf("Span(Anne) = %d,%d, want 3,4 (Anne Faber)", f, l)
	}
	if got := d.Antecedent(2); got != 1 {
		t.Errorf("Antecedent(die) = %d, want 1", got)
	}
	if got := d.Subject(7); got != 1 {
		t.Errorf("Subject(zweeg) = %d, want 1", got)
	}
	if got := d.Tense(5); got != TensePast {
		t.Errorf("Tense(verkrachtte) = %v", got)
	}
	if got := d.NounHead(0); got != 1 {
		t.Errorf("NounHead(De) = %d", got)
	}
	if got := d.Clause(4); got != 5 {
		t.Errorf("Clause(Faber) = %d", got)
	}
}

func TestAccessorsPassive(t *testing.T) {
	// De Amersfoorter die is opgepakt door de politie , zwijgt niet .
	d := handParse(t, "De/DET/de/2/det Amersfoorter/PROPN/Amersfoorter/11/nsubj die/PRON/die/5/nsubj:pass is/AUX/zijn/5/aux:pass/Fin,Pres opgepakt/VERB/oppakken/2/acl:relcl/Part,Past door/ADP/door/8/case de/DET/de/8/det politie/NOUN/politie/5/obl:agent ,/PUNCT/,/2/punct niet/ADV/niet/11/advmod zwijgt/VERB/zwijgen/0/root/Fin,Pres ./PUNCT/./11/punct")
	if !d.Passive(4) || !d.Passive(3) {
		t.Error("opgepakt is passive")
	}
	if got := d.Subject(4); got != 7 {
		t.Errorf("Subject(opgepakt) = %d, want 7 (politie)", got)
	}
	if got := d.Objects(4); len(got) != 1 || got[0] != 1 {
		t.Errorf("Objects(opgepakt) = %v, want [1] (Amersfoorter)", got)
	}
	if got := d.Obliques(4); len(got) != 1 || got[0] != (Oblique{Prep: "door", Head: 7}) {
		t.Errorf("Obliques(opgepakt) = %v", got)
	}
	if got := d.Tense(4); got != TensePast {
		t.Errorf("Tense(is opgepakt) = %v, want past", got)
	}
	if !d.Negated(10) || d.Negated(4) {
		t.Error("zwijgt niet is negated, opgepakt is not")
	}
	if f, l := d.Span(1); f != 0 || l != 8 {
		t.Errorf("Span(Amersfoorter) = %d,%d, want 0,8", f, l)
	}
}

func TestAccessorsModalFuture(t *testing.T) {
	// Hij zal morgen vertrekken en zou kunnen zwijgen .
	d := handParse(t, "Hij/PRON/hij/4/nsubj zal/AUX/zullen/4/aux/Fin,Pres morgen/ADV/morgen/4/advmod vertrekken/VERB/vertrekken/0/root/Inf en/CCONJ/en/8/cc zou/AUX/zullen/8/aux/Fin,Past kunnen/AUX/kunnen/8/aux/Inf zwijgen/VERB/zwijgen/4/conj/Inf ./PUNCT/./4/punct")
	if got := d.Tense(3); got != TenseFuture {
		t.Errorf("Tense(zal vertrekken) = %v", got)
	}
	if got := d.Modal(3); got != "zullen" {
		t.Errorf("Modal = %q", got)
	}
	if got := d.Subject(7); got != 0 {
		t.Errorf("Subject(zwijgen) via conj = %d, want 0", got)
	}
	if got := d.Dependents(3, "conj"); len(got) != 1 || got[0] != 7 {
		t.Errorf("Dependents conj = %v", got)
	}
}
