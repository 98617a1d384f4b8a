package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/kroniek/kroniek/kb"
)

// GenCommand generates embedded data from the data beside the project:
// `kroniek gen kb --shared ../shared --out kb/data/kb.json.gz`.
type GenCommand struct{ Main *Main }

// Run implements Command.
func (c *GenCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(c.Main.Stderr)
	shared := fs.String("shared", "../shared", "path of the shared data folder")
	out := fs.String("out", "kb/data/kb.json.gz", "output file")
	fs.Usage = func() {
		fmt.Fprintln(c.Main.Stderr, "Usage: kroniek gen kb [--shared DIR] [--out FILE]")
		fs.PrintDefaults()
	}
	if len(args) == 0 || args[0] != "kb" {
		fs.Usage()
		return usageError{msg: "gen: want a target: kb"}
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
