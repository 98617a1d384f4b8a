package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/nl"
)

// genCommand generates embedded data: the knowledge base from the data
// beside the project (`kroniek gen kb --shared ../shared --out
// kb/data/kb.json.gz`) and the Dutch lexicon from its sources in nl/lex
// (`kroniek gen lex --src nl/lex --out nl/data/lexicon.tsv`).
var genCommand = &command{summary: "generate embedded data: gen kb (the knowledge base, from ../shared), gen lex (the Dutch lexicon, from nl/lex)", raw: genRun}

// genRun runs `kroniek gen`, which reads its own command line.
func genRun(ctx context.Context, m *Main, args []string) error {
	if len(args) > 0 {
		if g, ok := generators[args[0]]; ok {
			return m.runCommand(ctx, g.command(args[0]), "", args[1:])
		}
	}
	return noTarget(m, args, "Usage: kroniek gen kb [--shared DIR] [--out FILE]\n       kroniek gen lex [--src nl/lex] [--out nl/data/lexicon.tsv]\n\nGenerate embedded data; kroniek gen NAME -h says more.",
		"target", "kb", "lex")
}

// generator is a target of `kroniek gen`: the flag that names its input,
// its output, and how it makes the data from the input.
type generator struct {
	name, synopsis        string // the flag set's name and usage text
	in, inDefault, inHelp string // the input flag
	out                   string // the default output file
	generate              func(in string) (write func(io.Writer) error, what string, err error)
}

// generators are the targets of `kroniek gen`.
var generators = map[string]generator{
	"kb": {
		name:     "gen kb",
		synopsis: "Usage: kroniek gen kb [--shared DIR] [--out FILE]\n\nGenerate the knowledge base (kb/data/kb.json.gz) from the data in ../shared.",
		in:       "shared", inDefault: "../shared", inHelp: "path of the shared data folder",
		out: "kb/data/kb.json.gz",
		generate: func(shared string) (func(io.Writer) error, string, error) {
			es, err := kb.Generate(shared)
			if err != nil {
				return nil, "", fmt.Errorf("generate kb: %w", err)
			}
			return func(w io.Writer) error { return kb.WriteEntries(w, es) }, fmt.Sprintf("%d entries", len(es)), nil
		},
	},
	"lex": {
		name:     "gen lex",
		synopsis: "Usage: kroniek gen lex [--src nl/lex] [--out nl/data/lexicon.tsv]\n\nGenerate the Dutch lexicon (nl/data/lexicon.tsv) from its sources.",
		in:       "src", inDefault: "nl/lex", inHelp: "folder of the lexicon sources",
		out: "nl/data/lexicon.tsv",
		generate: func(src string) (func(io.Writer) error, string, error) {
			data, err := nl.GenerateLexicon(os.DirFS(src))
			if err != nil {
				return nil, "", fmt.Errorf("generate lexicon: %w", err)
			}
			return func(w io.Writer) error { _, err := w.Write(data); return err }, fmt.Sprintf("%d bytes", len(data)), nil
		},
	},
}

// command returns `kroniek gen target`.
func (g generator) command(target string) *command {
	return &command{
		name: g.name, synopsis: g.synopsis,
		nargs: noArgs, argsErr: "gen " + target + ": unexpected argument %q",
		flags: func(x *call) func(context.Context) error {
			in := x.fs.String(g.in, g.inDefault, g.inHelp)
			out := x.fs.String("out", g.out, "output file")
			return func(ctx context.Context) error {
				write, what, err := g.generate(*in)
				if err != nil {
					return err
				}
				if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
					return fmt.Errorf("create output folder: %w", err)
				}
				if err := writeAtomic(*out, write); err != nil {
					return err
				}
				fmt.Fprintf(x.Stderr, "kroniek gen %s: %s written to %s\n", target, what, *out)
				return ctx.Err()
			}
		},
	}
}

// writeAtomic writes the file at path through a temporary file beside it,
// renamed into place once it is written whole.
func writeAtomic(path string, write func(w io.Writer) error) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("create %s: %w", tmp, err)
	}
	werr := write(f)
	if err := errors.Join(werr, f.Close()); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("rename %s: %w", tmp, err)
	}
	return nil
}
