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
var genCommand = &command{
	summary: "generate embedded data: gen kb (the knowledge base, from ../shared), gen lex (the Dutch lexicon, from nl/lex)",
	raw: func(ctx context.Context, m *Main, args []string) error {
		if len(args) > 0 && args[0] == "lex" {
			return m.runCommand(ctx, genLexCommand, "", args[1:])
		}
		if len(args) > 0 && args[0] == "kb" {
			return m.runCommand(ctx, genKBCommand, "", args[1:])
		}
		fs := genKBCommand.newFlags(m, "")
		genKBCommand.flags(&call{Main: m, fs: fs})
		fs.Usage()
		return usageError{msg: "gen: want a target: kb or lex"}
	},
}

// genKBCommand is `kroniek gen kb`.
var genKBCommand = &command{
	name:     "gen",
	synopsis: "Usage: kroniek gen kb [--shared DIR] [--out FILE]\n       kroniek gen lex [--src nl/lex] [--out nl/data/lexicon.tsv]",
	nargs:    noArgs, argsErr: "gen kb: unexpected argument %q",
	flags: func(x *call) func(context.Context) error {
		shared := x.fs.String("shared", "../shared", "path of the shared data folder")
		out := x.fs.String("out", "kb/data/kb.json.gz", "output file")
		return func(ctx context.Context) error { return genKB(ctx, x.Stderr, *shared, *out) }
	},
}

// genKB writes the knowledge base generated from the shared data folder.
func genKB(ctx context.Context, stderr io.Writer, shared, out string) error {
	es, err := kb.Generate(shared)
	if err != nil {
		return fmt.Errorf("generate kb: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return fmt.Errorf("create output folder: %w", err)
	}
	if err := writeAtomic(out, func(w io.Writer) error { return kb.WriteEntries(w, es) }); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "kroniek gen kb: %d entries written to %s\n", len(es), out)
	return ctx.Err()
}

// genLexCommand is `kroniek gen lex`.
var genLexCommand = &command{
	name:  "gen lex",
	nargs: noArgs, argsErr: "gen lex: unexpected argument %q",
	flags: func(x *call) func(context.Context) error {
		src := x.fs.String("src", "nl/lex", "folder of the lexicon sources")
		out := x.fs.String("out", "nl/data/lexicon.tsv", "output file")
		return func(ctx context.Context) error { return genLex(ctx, x.Stderr, *src, *out) }
	},
}

// genLex writes the Dutch lexicon generated from its sources.
func genLex(ctx context.Context, stderr io.Writer, src, out string) error {
	data, err := nl.GenerateLexicon(os.DirFS(src))
	if err != nil {
		return fmt.Errorf("generate lexicon: %w", err)
	}
	if err := writeAtomic(out, func(w io.Writer) error { _, err := w.Write(data); return err }); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "kroniek gen lex: %d bytes written to %s\n", len(data), out)
	return ctx.Err()
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
