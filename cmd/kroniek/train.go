package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/ner"
	"github.com/kroniek/kroniek/nl"
)

// TrainCommand trains kroniek's models: `kroniek train ner` for the
// mention tagger and `kroniek train clusters` for the word clusters it
// uses.
type TrainCommand struct{ Main *Main }

// Run dispatches on the model name.
func (c *TrainCommand) Run(ctx context.Context, args []string) error {
	if len(args) > 0 {
		switch args[0] {
		case "ner":
			return c.runNER(args[1:])
		case "clusters":
			return c.runClusters(args[1:])
		case "parser":
			return c.runParser(args[1:])
		}
	}
	return noTarget(c.Main, args, "Usage: kroniek train ner|clusters|parser [flags]\n\nTrain one of kroniek's models; kroniek train NAME -h says more.",
		"model name", "ner", "clusters", "parser")
}

// noTarget answers a command that picks a target first (train, eval,
// gen) when its arguments name none it knows: the command's synopsis,
// then help or a usage error that names the targets (kind is what a
// target is: "model name").
func noTarget(m *Main, args []string, synopsis, kind string, targets ...string) error {
	fmt.Fprintln(m.Stderr, synopsis)
	want := strings.Join(targets[:len(targets)-1], ", ") + " or " + targets[len(targets)-1]
	switch {
	case wantsHelp(args) || len(args) > 0 && args[0] == "help":
		return flag.ErrHelp
	case len(args) > 0 && !strings.HasPrefix(args[0], "-"):
		return usageError{fmt.Sprintf("unknown %s %q: want %s", strings.Fields(kind)[0], args[0], want)}
	}
	return usageError{fmt.Sprintf("want a %s: %s", kind, want)}
}

func (c *TrainCommand) runNER(args []string) error {
	fs := subFlags(c.Main.Stderr, "kroniek train ner", "Usage: kroniek train ner --train FILE [--dev FILE] [flags]\n\nTrain the mention tagger on CoNLL-2002 files and write its model.")
	trainPath := fs.String("train", "", "CoNLL-2002 training file (ned.train)")
	devPath := fs.String("dev", "", "CoNLL-2002 development file for early stopping (ned.testa)")
	out := fs.String("out", filepath.Join("ner", "model", "ner.gob.gz"), "model file to write")
	clusters := clustersFlag(fs)
	epochs := fs.Int("epochs", 50, "maximum passes over the training data")
	replicas := fs.Int("replicas", 1, "perceptrons with different visiting orders to average")
	dropout := fs.Float64("dropout", 0.5, "share of features left out of each training update")
	minCount := fs.Int("min-count", 1, "drop features seen fewer times in training")
	prune := fs.Float64("prune", 0.5, "drop features whose averaged weights all stay below this")
	useKB := fs.Bool("kb", true, "use the names of the knowledge base as gazetteer features")
	usePOS := fs.Bool("pos", false, "use the parts of speech and lemmas of kroniek's own tagger as features (see docs/bench/ner.md)")
	useContext := fs.Bool("context", false, "use the document context as features: how the document writes a word elsewhere, names of several words found elsewhere (see docs/bench/ner.md)")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if *trainPath == "" {
		return usageError{"--train is required"}
	}
	train, err := readCoNLLFile(*trainPath)
	if err != nil {
		return err
	}
	var dev []ner.Sentence
	if *devPath != "" {
		if dev, err = readCoNLLFile(*devPath); err != nil {
			return err
		}
	}
	opt := ner.TrainOptions{Epochs: *epochs, Replicas: *replicas, Dropout: *dropout, MinCount: *minCount, Prune: *prune, POS: *usePOS, Context: *useContext, Log: c.Main.Stderr}
	if *clusters != "" {
		f, err := os.Open(*clusters)
		if err != nil {
			return fmt.Errorf("open clusters: %w", err)
		}
		opt.Clusters, err = ner.ReadClusters(f)
		f.Close()
		if err != nil {
			return err
		}
	}
	if *useKB {
		k, err := kb.Load()
		if err != nil {
			return fmt.Errorf("load knowledge base: %w", err)
		}
		for _, e := range k.Entries() {
			if e.Type == "" {
				continue
			}
			opt.Names = append(opt.Names, ner.Name{Text: e.Name, Type: e.Type})
			for _, a := range e.Aliases {
				opt.Names = append(opt.Names, ner.Name{Text: a, Type: e.Type})
			}
		}
	}
	res, err := ner.Train(train, dev, opt)
	if err != nil {
		return err
	}
	size, err := writeModel(*out, "model", res.Write)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.Main.Stdout, "wrote %s (%d bytes): %s\n", *out, size, res.Tagger.Info())
	return nil
}

func (c *TrainCommand) runClusters(args []string) error {
	fs := subFlags(c.Main.Stderr, "kroniek train clusters", "Usage: kroniek train clusters [flags] [--corpus FILE]... [FILE...]\n\nTrain the word clusters the tagger uses. FILE is JSONL with a \"text\" field (tokenised with nl.Parse) or a CoNLL file (its tokens).")
	out := fs.String("out", filepath.Join("ner", "model", "clusters.tsv.gz"), "cluster file to write")
	k := fs.Int("k", 512, "number of leaf clusters")
	minCount := fs.Int("min-count", 2, "least frequency of a clustered word")
	iters := fs.Int("iterations", 12, "maximum exchange passes")
	var corpus stringList
	fs.Var(&corpus, "corpus", "corpus FILE (repeatable; FILE arguments work too)")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	files := append(corpus, fs.Args()...)
	if len(files) == 0 {
		return usageError{"want at least one corpus FILE"}
	}
	var sents [][]string
	for _, p := range files {
		s, err := readCorpus(p)
		if err != nil {
			return err
		}
		sents = append(sents, s...)
	}
	cl := ner.LearnClusters(sents, ner.ClusterOptions{K: *k, MinCount: *minCount, Iterations: *iters, Log: c.Main.Stderr})
	size, err := writeModel(*out, "clusters", func(w io.Writer) error { return ner.WriteClusters(w, cl) })
	if err != nil {
		return err
	}
	fmt.Fprintf(c.Main.Stdout, "wrote %s (%d words, %d bytes)\n", *out, len(cl), size)
	return nil
}

// subFlags returns the flag set of a command's own subcommand (kroniek
// train ner), with the house usage: its synopsis above the flags.
func subFlags(stderr io.Writer, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	setUsage(fs, stderr, synopsis)
	return fs
}

// clustersFlag declares --clusters, the word clusters a trainer reads.
func clustersFlag(fs *flag.FlagSet) *string {
	return fs.String("clusters", filepath.Join("ner", "model", "clusters.tsv.gz"), `word clusters from "kroniek train clusters" ("" for none)`)
}

// writeModel writes a trained model (what it is names it in an error) to
// path, whole, and returns its size in bytes.
func writeModel(path, what string, write func(io.Writer) error) (int, error) {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return 0, err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return 0, fmt.Errorf("write %s: %w", what, err)
	}
	return buf.Len(), nil
}

// readCoNLLFile reads a CoNLL file from disk.
func readCoNLLFile(path string) ([]ner.Sentence, error) {
	return readWith(path, "conll", ner.ReadCoNLL)
}

// readWith opens the file at path and reads it with read; an error names
// what the file was to hold, or the file.
func readWith[T any](path, what string, read func(io.Reader) (T, error)) (T, error) {
	f, err := os.Open(path)
	if err != nil {
		var zero T
		return zero, fmt.Errorf("open %s: %w", what, err)
	}
	defer f.Close()
	v, err := read(f)
	if err != nil {
		return v, fmt.Errorf("%s: %w", path, err)
	}
	return v, nil
}

// readCorpus reads sentences of tokens from a JSONL file of articles
// (field "text", tokenised with nl.Parse) or from a CoNLL file.
func readCorpus(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open corpus: %w", err)
	}
	defer f.Close()
	br := bufio.NewReader(f)
	first, _ := br.Peek(1)
	if len(first) == 0 || first[0] != '{' {
		s, err := ner.ReadCoNLL(br)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out := make([][]string, len(s))
		for i := range s {
			out[i] = s[i].Words
		}
		return out, nil
	}
	sc := bufio.NewScanner(br)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var out [][]string
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var a struct {
			Title string `json:"title"`
			Text  string `json:"text"`
		}
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			return nil, fmt.Errorf("read jsonl line %d: %w", n, err)
		}
		for _, t := range []string{a.Title, a.Text} {
			doc := nl.Parse(t, nl.Options{Lang: "nl"})
			for _, s := range doc.Sentences {
				w := make([]string, len(s.Tokens))
				for i, tk := range s.Tokens {
					w[i] = tk.Text
				}
				if len(w) > 0 {
					out = append(out, w)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read jsonl line %d: %w", n, err)
	}
	return out, nil
}
