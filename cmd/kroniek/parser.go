package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/kroniek/kroniek/clean"
	"github.com/kroniek/kroniek/ner"
	"github.com/kroniek/kroniek/nl"
)

// Default data of `kroniek train parser`, relative to the repository.
var (
	defaultAlpino = filepath.Join("..", "shared", "data", "alpino_treebank", "alpino.zip")
	defaultSelf   = []string{
		filepath.Join("..", "shared", "corpus", "dpgmedia2019", "dpgMedia2019-articles-byarticle-all.jsonl"),
		filepath.Join("..", "shared", "data", "conll2002", "ned.train"),
	}
	defaultUDTrain = []string{
		filepath.Join("..", "shared", "data", "ud_dutch", "UD_Dutch-LassySmall", "nl_lassysmall-ud-dev.conllu"),
		filepath.Join("..", "shared", "data", "ud_dutch", "UD_Dutch-Alpino", "nl_alpino-ud-dev.conllu"),
	}
)

// heldOutEvery keeps every tenth converted Alpino sentence out of
// training: the held-out slice `kroniek eval parser --alpino-heldout`
// scores.
const heldOutEvery = 10

// runParser trains the Dutch tagger, lemmatiser and parser.
func (c *TrainCommand) runParser(args []string) error {
	fs := subFlags(c.Main.Stderr, "kroniek train parser", "Usage: kroniek train parser [flags]\n\nTrain the Dutch tagger, lemmatiser and dependency parser and write their model.")
	alpino := fs.String("alpino", defaultAlpino, "Alpino treebank (alpino.zip or alpino.xml), converted to UD (\"\" for none)")
	var ud stringList
	fs.Var(&ud, "ud", "UD CoNLL-U training file (repeatable; default LassySmall dev and Alpino dev)")
	out := fs.String("out", filepath.Join("nl", "model", "syntax.bin.gz"), "model file to write")
	clusters := clustersFlag(fs)
	var o nl.SyntaxTrainOptions
	fs.IntVar(&o.TagEpochs, "tag-epochs", 8, "tagger passes")
	fs.IntVar(&o.ParseEpochs, "parse-epochs", 15, "parser passes")
	fs.IntVar(&o.LabelEpochs, "label-epochs", 8, "labeller passes")
	fs.IntVar(&o.LemmaEpochs, "lemma-epochs", 6, "lemmatiser passes")
	fs.IntVar(&o.UDRepeat, "ud-repeat", 2, "passes over the UD sentences per pass over the converted treebank")
	fs.IntVar(&o.Folds, "folds", 4, "jackknife folds giving the parser predicted tags")
	var self stringList
	fs.Var(&self, "self", "raw news text for self-training: JSONL with a \"text\" field, or a CoNLL file (repeatable; default dpgmedia2019 and CoNLL-2002 ned.train; \"\" for none)")
	fs.Float64Var(&o.SelfPartial, "self-partial", 0.9, "least share of agreed heads for a self-training sentence to join with those heads only (0: every head agreed)")
	fs.StringVar(&o.SelfCache, "self-cache", "", "CoNLL-U file of the self-training sentences: read if it exists (the helpers are not trained), else written (development only)")
	fs.IntVar(&o.Replicas, "replicas", 2, "parsers trained in different orders whose weights are averaged")
	fs.IntVar(&o.LabelFolds, "label-folds", 4, "jackknife folds giving the labeller predicted trees too (0: gold trees only)")
	fs.IntVar(&o.LiftMin, "lift", 0, "pseudo-projective training: least count of a lifted relation (rel|lost head's rel) to be learnt (0: projective trees only)")
	fs.IntVar(&o.LabelFoldEpochs, "label-fold-epochs", 8, "passes of each parser predicting the labeller's trees")
	reuse := fs.String("reuse", "", "model file whose tagger, lemmatiser and parser are kept: only the labeller is trained (development only)")
	bits := func(p *uint8, name string, def uint, usage string) {
		fs.Func(name, fmt.Sprintf("%s (default %d)", usage, def), func(v string) error {
			n, err := strconv.ParseUint(v, 10, 8)
			if err != nil || n < 8 || n > 24 {
				return fmt.Errorf("want 8 to 24")
			}
			*p = uint8(n)
			return nil
		})
		*p = uint8(def)
	}
	bits(&o.TagBits, "tag-bits", 17, "log2 of the tagger's weight rows")
	bits(&o.ParseBits, "parse-bits", 22, "log2 of the parser's weight rows")
	bits(&o.LabelBits, "label-bits", 17, "log2 of the labeller's weight rows")
	bits(&o.LemmaBits, "lemma-bits", 18, "log2 of the lemmatiser's weights")
	fs.Uint64Var(&o.Seed, "seed", 14, "seed of every random choice in training")
	fs.Float64Var(&o.Explore, "explore", 0.9, "chance of following the parser's own wrong move after the first pass")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if len(ud) == 0 {
		ud = defaultUDTrain
	}
	o.Log = c.Main.Stderr
	start := time.Now()
	if *clusters != "" {
		f, err := os.Open(*clusters)
		if err != nil {
			return fmt.Errorf("open clusters: %w", err)
		}
		cl, err := ner.ReadClusters(f)
		f.Close()
		if err != nil {
			return err
		}
		o.Clusters = make(map[string]string, len(cl))
		for _, x := range cl {
			if x.Path != "" {
				o.Clusters[x.Word] = x.Path
			}
		}
	}
	var train []nl.TreeSentence
	var morph []bool
	for _, p := range ud {
		s, err := readTreebank(p)
		if err != nil {
			return err
		}
		train = append(train, s...)
		for range s {
			morph = append(morph, true)
		}
	}
	if *alpino != "" {
		s, err := readAlpino(*alpino)
		if err != nil {
			return err
		}
		for i := range s {
			if i%heldOutEvery != 0 {
				train = append(train, s[i])
				morph = append(morph, false)
			}
		}
	}
	if len(self) == 0 {
		self = defaultSelf
	}
	for _, p := range self {
		if p == "" {
			continue
		}
		u, err := readSelfText(p)
		if err != nil {
			return err
		}
		o.Unlabelled = append(o.Unlabelled, u...)
	}
	if *reuse != "" {
		f, err := os.Open(*reuse)
		if err != nil {
			return err
		}
		o.Reuse, err = nl.ReadSyntaxModel(f)
		f.Close()
		if err != nil {
			return err
		}
	}
	sm, err := nl.TrainSyntax(train, morph, o)
	if err != nil {
		return err
	}
	size, err := writeModel(*out, "model", sm.Write)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.Main.Stdout, "wrote %s (%d bytes) from %d sentences in %s\n", *out, size, len(train), time.Since(start).Round(time.Second))
	return nil
}

// readSelfText reads the sentences of a CoNLL file, or the article texts
// of a JSONL file, cleaned as the pipeline cleans them and split into
// sentences (headings left out), as words.
func readSelfText(path string) ([][]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read self-training text: %w", err)
	}
	if len(data) == 0 || data[0] != '{' {
		return readCorpus(path)
	}
	var out [][]string
	for n, line := range bytes.Split(data, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var a struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(line, &a); err != nil {
			return nil, fmt.Errorf("read %s line %d: %w", path, n+1, err)
		}
		c := clean.Clean(a.Text)
		doc := nl.Parse(c.Text, nl.Options{Lang: "nl", Headings: c.Headings})
		for _, s := range doc.Sentences {
			if s.Heading {
				continue
			}
			w := make([]string, len(s.Tokens))
			for i, tk := range s.Tokens {
				w[i] = tk.Text
			}
			out = append(out, w)
		}
	}
	return out, nil
}

// readTreebank reads a CoNLL-U file.
func readTreebank(path string) ([]nl.TreeSentence, error) {
	return readWith(path, "treebank", nl.ReadCoNLLU)
}

// readAlpino reads and converts the Alpino treebank, from alpino.zip (its
// alpino/alpino.xml) or an XML file.
func readAlpino(path string) ([]nl.TreeSentence, error) {
	if !strings.HasSuffix(path, ".zip") {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("open alpino treebank: %w", err)
		}
		defer f.Close()
		s, _, err := nl.ReadAlpino(f)
		return s, err
	}
	z, err := zip.OpenReader(path)
	if err != nil {
		return nil, fmt.Errorf("open alpino treebank: %w", err)
	}
	defer z.Close()
	for _, f := range z.File {
		if strings.HasSuffix(f.Name, ".xml") {
			r, err := f.Open()
			if err != nil {
				return nil, fmt.Errorf("open %s: %w", f.Name, err)
			}
			s, _, err := nl.ReadAlpino(r)
			r.Close()
			return s, err
		}
	}
	return nil, fmt.Errorf("open alpino treebank: no xml file in %s", path)
}

// runEvalParser scores the syntax models on a CoNLL-U file with gold
// tokenisation; the last four lines are UPOS, UAS, LAS and lemma.
func (c *EvalCommand) runParser(args []string) error {
	fs := subFlags(c.Main.Stderr, "kroniek eval parser", "Usage: kroniek eval parser [flags] FILE.conllu...\n\nScore the Dutch tagger, lemmatiser and parser on CoNLL-U files with gold tokenisation.")
	modelPath := fs.String("model", "", "model file to score instead of the embedded one")
	alpinoHeld := fs.String("alpino-heldout", "", "also score the held-out slice of this Alpino treebank (alpino.zip)")
	predOut := fs.String("write", "", "write the predicted trees to this CoNLL-U file")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 && *alpinoHeld == "" {
		return usageError{"want a CoNLL-U FILE"}
	}
	var syn *nl.Syntax
	var err error
	if *modelPath != "" {
		f, err := os.Open(*modelPath)
		if err != nil {
			return fmt.Errorf("open model: %w", err)
		}
		syn, err = nl.ReadSyntax(f)
		f.Close()
		if err != nil {
			return err
		}
	} else if syn, err = nl.LoadSyntax(); err != nil {
		return err
	}
	var gold []nl.TreeSentence
	for _, p := range fs.Args() {
		s, err := readTreebank(p)
		if err != nil {
			return err
		}
		gold = append(gold, s...)
	}
	if *alpinoHeld != "" {
		s, err := readAlpino(*alpinoHeld)
		if err != nil {
			return err
		}
		for i := range s {
			if i%heldOutEvery == 0 {
				gold = append(gold, s[i])
			}
		}
	}
	var sc nl.TreeScore
	var preds []nl.TreeSentence
	start := time.Now()
	for i := range gold {
		p := syn.AnalyzeWords(gold[i].Words)
		sc.Add(&gold[i], &p)
		if *predOut != "" {
			p.ID = gold[i].ID
			preds = append(preds, p)
		}
	}
	el := time.Since(start)
	if *predOut != "" {
		f, err := os.Create(*predOut)
		if err != nil {
			return fmt.Errorf("create %s: %w", *predOut, err)
		}
		if err := nl.WriteCoNLLU(f, preds); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("close %s: %w", *predOut, err)
		}
	}
	fmt.Fprintf(c.Main.Stdout, "%d sentences, %d words, %.0f words/s (one core)\n", len(gold), sc.Words, float64(sc.Words)/el.Seconds())
	fmt.Fprintf(c.Main.Stdout, "feats %.1f\n", sc.Pct(sc.Feats))
	fmt.Fprintf(c.Main.Stdout, "UPOS %.1f\nUAS %.1f\nLAS %.1f\nlemma %.1f\n", sc.Pct(sc.UPOS), sc.Pct(sc.UAS), sc.Pct(sc.LAS), sc.Pct(sc.Lemma))
	return nil
}
