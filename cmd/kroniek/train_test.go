package main

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

// conllSample writes a small CoNLL file of invented sentences.
func conllSample(t *testing.T, dir, name string, copies int) string {
	t.Helper()
	sents := []string{
		"Jan B-PER\nJanssen I-PER\nwoont O\nin O\nGent B-LOC\n. O",
		"De O\nfirma O\nBarco B-ORG\nopent O\neen O\nfabriek O\nin O\nKortrijk B-LOC\n. O",
		"Maar O\nPiet B-PER\nPeeters I-PER\nwil O\nnaar O\nParijs B-LOC\n. O",
		"Het O\nBelgische B-MISC\nbedrijf O\nAgfa B-ORG\nmeldt O\nwinst O\n. O",
	}
	var b strings.Builder
	for i := range copies {
		if i%2 == 0 {
			b.WriteString("-DOCSTART- O\n\n")
		}
		for _, s := range sents {
			b.WriteString(s + "\n\n")
		}
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestTrainAndEval runs `train clusters`, `train ner` and `eval ner -model`
// on small invented data through the real wiring.
func TestTrainAndEval(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	train := conllSample(t, dir, "train.conll", 6)
	dev := conllSample(t, dir, "dev.conll", 2)
	jsonl := filepath.Join(dir, "corpus.jsonl")
	if err := os.WriteFile(jsonl, []byte(`{"text": "Jan woont in Gent. Piet woont in Parijs. Jan werkt bij Barco."}`+"\n"+
		`{"title": "Agfa", "text": "Agfa meldt winst. Barco meldt verlies in Kortrijk."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	clusters := filepath.Join(dir, "clusters.tsv.gz")
	out, errs, code := run(t, "train", "clusters", "--k", "8", "--out", clusters, "--corpus", jsonl, train)
	if code != 0 || !strings.Contains(out, "wrote") {
		t.Fatalf("train clusters exit %d: %s %s", code, out, errs)
	}
	model := filepath.Join(dir, "ner.gob.gz")
	out, errs, code = run(t, "train", "ner", "--train", train, "--dev", dev, "--clusters", clusters,
		"--kb=false", "--epochs", "3", "--out", model)
	if code != 0 || !strings.Contains(out, "two-stage") {
		t.Fatalf("train ner exit %d: %s %s", code, out, errs)
	}
	out, errs, code = run(t, "eval", "ner", "-model", model, dev)
	if code != 0 {
		t.Fatalf("eval exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "overall") || !strings.Contains(out, "PER") {
		t.Errorf("eval output lacks per-type and overall rows:\n%s", out)
	}
	out, _, code = run(t, "eval", "ner", "-json", "-model", model, dev)
	if code != 0 || !strings.Contains(out, `"Type": "overall"`) {
		t.Errorf("eval -json exit %d:\n%s", code, out)
	}
}

func TestTrainEvalUsage(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{
		{"train"}, {"train", "pos"}, {"train", "ner"}, {"train", "clusters"},
		{"eval"}, {"eval", "pos", "x"}, {"eval", "ner"},
	} {
		if _, _, code := run(t, args...); code != exitUsage {
			t.Errorf("%q: exit %d, want %d", args, code, exitUsage)
		}
	}
	if _, errs, code := run(t, "eval", "ner", filepath.Join(t.TempDir(), "missing.conll")); code != exitFailure {
		t.Errorf("eval of a missing file: exit %d (%s)", code, errs)
	}
}

// TestParseNewsSample writes the parses of 30 random dpgmedia sentences
// (5–40 words, a fixed seed) to the CoNLL-U file named by NEWS_SAMPLE,
// for reading by hand (docs/bench/nl.md: parse errors on real news).
func TestParseNewsSample(t *testing.T) {
	out, ok := os.LookupEnv("NEWS_SAMPLE")
	if !ok {
		t.Skip("NEWS_SAMPLE not set (a tool for error analysis, not a check)")
	}
	sents, err := readSelfText(shared.Path(t, "corpus", "dpgmedia2019", "dpgMedia2019-articles-byarticle-all.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	syn, err := nl.LoadSyntax()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(2026, 14))
	var pick []nl.TreeSentence
	for len(pick) < 30 {
		ws := sents[rng.IntN(len(sents))]
		if len(ws) < 5 || len(ws) > 40 {
			continue
		}
		pick = append(pick, syn.AnalyzeWords(ws))
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := nl.WriteCoNLLU(f, pick); err != nil {
		t.Fatal(err)
	}
}
