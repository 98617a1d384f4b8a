package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/nl"
)

// GenCommand generates embedded data: the knowledge base from the data
// beside the project (`kroniek gen kb --shared ../shared --out
// kb/data/kb.json.gz`) and the Dutch lexicon from its sources in nl/lex
// (`kroniek gen lex --src nl/lex --out nl/data/lexicon.tsv`).
type GenCommand struct{ Main *Main }

// Run implements Command.
func (c *GenCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(c.Main.Stderr)
	shared := fs.String("shared", "../shared", "path of the shared data folder")
	out := fs.String("out", "kb/data/kb.json.gz", "output file")
	fs.Usage = func() {
		fmt.Fprintln(c.Main.Stderr, "Usage: kroniek gen kb [--shared DIR] [--out FILE]\n       kroniek gen lex [--src nl/lex] [--out nl/data/lexicon.tsv]")
		fs.PrintDefaults()
	}
	if len(args) > 0 && args[0] == "lex" {
		return c.runLex(ctx, args[1:])
	}
	if len(args) == 0 || args[0] != "kb" {
		fs.Usage()
		return usageError{msg: "gen: want a target: kb or lex"}
	}
	if err := parseArgs(fs, args[1:]); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{msg: fmt.Sprintf("gen kb: unexpected argument %q", fs.Arg(0))}
	}
	es, err := kb.Generate(*shared)
	if err != nil {
		return fmt.Errorf("generate kb: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		return fmt.Errorf("create output folder: %w", err)
	}
	tmp := *out + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("create %s: %w", tmp, err)
	}
	werr := kb.WriteEntries(f, es)
	cerr := f.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", *out, err)
	}
	if err := os.Rename(tmp, *out); err != nil {
		return fmt.Errorf("rename %s: %w", tmp, err)
	}
	fmt.Fprintf(c.Main.Stderr, "kroniek gen kb: %d entries written to %s\n", len(es), *out)
	return ctx.Err()
}

// runLex writes the Dutch lexicon generated from its sources.
func (c *GenCommand) runLex(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("gen lex", flag.ContinueOnError)
	fs.SetOutput(c.Main.Stderr)
	src := fs.String("src", "nl/lex", "folder of the lexicon sources")
	out := fs.String("out", "nl/data/lexicon.tsv", "output file")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{msg: fmt.Sprintf("gen lex: unexpected argument %q", fs.Arg(0))}
	}
	data, err := nl.GenerateLexicon(os.DirFS(*src))
	if err != nil {
		return fmt.Errorf("generate lexicon: %w", err)
	}
	tmp := *out + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", tmp, err)
	}
	if err := os.Rename(tmp, *out); err != nil {
		return fmt.Errorf("rename %s: %w", tmp, err)
	}
	fmt.Fprintf(c.Main.Stderr, "kroniek gen lex: %d bytes written to %s\n", len(data), *out)
	return ctx.Err()
}
