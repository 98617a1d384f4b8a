package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/kroniek/kroniek/ner"
)

// evalCommand scores a model on labelled data: `kroniek eval ner FILE`
// scores the embedded tagger on a CoNLL-format file with conlleval's
// exact-span rules, `kroniek eval parser` the Dutch parser (parser.go).
var evalCommand = &command{summary: "score a model on labelled data: eval ner FILE (CoNLL format), eval parser FILE.conllu", raw: evalRun}

// evalRun runs `kroniek eval`, which reads its own command line.
func evalRun(ctx context.Context, m *Main, args []string) error {
	if len(args) > 0 && args[0] == "parser" {
		return (&EvalCommand{Main: m}).runParser(args[1:])
	}
	if len(args) > 0 && args[0] == "ner" {
		return m.runCommand(ctx, evalNERCommand, "eval ner", args[1:])
	}
	return noTarget(m, args, "Usage: kroniek eval ner [-json] [-model FILE] FILE...\n       kroniek eval parser [-model FILE] FILE.conllu...\n\nScore a model on labelled data; kroniek eval NAME -h says more.",
		"model name", "ner", "parser")
}

// EvalCommand is the receiver of `kroniek eval parser` (parser.go).
type EvalCommand struct{ Main *Main }

// evalNERCommand is `kroniek eval ner`.
var evalNERCommand = &command{
	synopsis: "Usage: kroniek eval ner [-json] [-model FILE] FILE...\n\nScore the mention tagger on CoNLL-format files (conlleval's exact-span rules).",
	nargs:    [2]int{1, -1}, argsErr: "want at least one CoNLL FILE", flags: evalNERFlags,
}

// evalNERFlags declares the flags of `kroniek evalNER` and returns its body.
func evalNERFlags(x *call) func(context.Context) error {
	asJSON := x.fs.Bool("json", false, "print the scores as JSON")
	modelPath := x.fs.String("model", "", "model file to score instead of the embedded one")
	return func(context.Context) error { return evalNER(x.Stdout, x.args(), *modelPath, *asJSON) }
}

// evalNER scores the tagger at modelPath (the embedded one when empty) on
// the CoNLL files and prints the scores.
func evalNER(stdout io.Writer, files []string, modelPath string, asJSON bool) error {
	tg, err := loadTagger(modelPath)
	if err != nil {
		return err
	}
	var sc ner.Score
	for _, p := range files {
		sents, err := readCoNLLFile(p)
		if err != nil {
			return err
		}
		tg.ScoreSentences(&sc, sents)
	}
	if asJSON {
		type row struct {
			Type                     string
			Gold, Predicted, Correct int
			Precision, Recall, F1    float64
		}
		var rows []row
		for _, t := range sc.TypeNames() {
			x := sc.Types[t]
			rows = append(rows, row{t, x.Gold, x.Predicted, x.Correct, x.Precision(), x.Recall(), x.F1()})
		}
		o := sc.Overall
		rows = append(rows, row{"overall", o.Gold, o.Predicted, o.Correct, o.Precision(), o.Recall(), o.F1()})
		return writeJSON(stdout, rows)
	}
	fmt.Fprintf(stdout, "%d tokens, %d gold spans, %d predicted, %d correct\n",
		sc.Tokens, sc.Overall.Gold, sc.Overall.Predicted, sc.Overall.Correct)
	fmt.Fprintf(stdout, "%-8s %9s %9s %9s %7s\n", "type", "precision", "recall", "F1", "gold")
	for _, t := range sc.TypeNames() {
		x := sc.Types[t]
		fmt.Fprintf(stdout, "%-8s %9.2f %9.2f %9.2f %7d\n", t, x.Precision(), x.Recall(), x.F1(), x.Gold)
	}
	o := sc.Overall
	fmt.Fprintf(stdout, "%-8s %9.2f %9.2f %9.2f %7d\n", "overall", o.Precision(), o.Recall(), o.F1(), o.Gold)
	return nil
}

// loadTagger returns the embedded tagger, or one read from path.
func loadTagger(path string) (*ner.Tagger, error) {
	if path == "" {
		return ner.Load()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open model: %w", err)
	}
	defer f.Close()
	return ner.Read(f)
}
