package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/pipeline"
)

// command declares one subcommand, so that every command gets the same
// command line from one place (run): a flag set whose usage goes to
// stderr, flags anywhere on the line, --db and --pg where it has a
// store, a usage error for a wrong number of arguments, and its store
// opened before and closed after its body.
type command struct {
	summary  string // one line for `kroniek help`
	name     string // the flag set's name; "kroniek " + the command's name when empty
	synopsis string // printed above the flags by -h; "" for the flag package's heading
	store    storeUse
	stale    bool // with readStore: warn on stderr when the derived state is behind
	// nargs is the least and the most positional arguments (-1: any
	// number); argsErr is the usage error for another number, with the
	// first argument too many where it holds a %q.
	nargs   [2]int
	argsErr string
	// flags declares the command's own flags on x.fs and returns its
	// body, which runs once they are parsed.
	flags func(x *call) func(ctx context.Context) error
	// raw replaces all of the above for commands that read their command
	// line themselves (train, eval and gen, which pick a target first).
	raw func(ctx context.Context, m *Main, args []string) error
}

// storeUse is what a command does with the store its --db names.
type storeUse int

const (
	noStore   storeUse = iota // no --db flag
	ownStore                  // --db and --pg; the body opens the store (openWrite, or itself)
	readStore                 // --db and --pg; opened for reading (it must exist) before the body runs
)

// storeArgErr is the usage error of a command that reads a store and
// takes no arguments: `kroniek serve my.db` names the store by mistake
// as an argument, which would otherwise serve kroniek.db instead.
const storeArgErr = "unexpected argument %q: name the store with --db FILE"

// anyArgs takes any number of positional arguments, noArgs none.
var (
	anyArgs = [2]int{0, -1}
	noArgs  = [2]int{0, 0}
)

// call is one run of a declared command: the program's streams, its
// parsed command line and the store run opened for it.
type call struct {
	*Main
	fs      *flag.FlagSet
	db      *string       // the --db value (commands with a store)
	store   kroniek.Store // with readStore: open while the body runs
	closers []io.Closer
}

// args returns the positional arguments.
func (x *call) args() []string { return x.fs.Args() }

// openWrite opens the store --db names and the pipeline that analyses
// into it (openPipeline); the store is closed when the command returns.
func (x *call) openWrite() (kroniek.Store, *pipeline.Pipeline, error) {
	store, p, err := openPipeline(*x.db)
	if err != nil {
		return nil, nil, err
	}
	x.closers = append(x.closers, store)
	return store, p, nil
}

// newFlags returns the command's flag set with the house usage: the
// synopsis, when there is one, above the flags.
func (c *command) newFlags(m *Main, name string) *flag.FlagSet {
	if c.name != "" {
		name = c.name
	}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	synopsis := c.synopsis
	if synopsis == "" && c.summary != "" {
		// The house form, from the one-line summary, rather than the
		// flag package's "Usage of kroniek NAME:".
		synopsis = "Usage: " + name + " [flags]\n\n" + strings.ToUpper(c.summary[:1]) + c.summary[1:] + "."
	}
	if synopsis != "" {
		setUsage(fs, m.Stderr, synopsis)
	}
	return fs
}

// setUsage makes fs print synopsis, then its flags, to w for -h and on a
// usage error: the house form "Usage: kroniek NAME …" rather than the flag
// package's "Usage of NAME:".
func setUsage(fs *flag.FlagSet, w io.Writer, synopsis string) {
	fs.Usage = func() {
		fmt.Fprintln(w, synopsis)
		fs.PrintDefaults()
	}
}

// runCommand runs command c, named name, with args.
func (m *Main) runCommand(ctx context.Context, c *command, name string, args []string) error {
	if c.raw != nil {
		return c.raw(ctx, m, args)
	}
	x := &call{Main: m, fs: c.newFlags(m, "kroniek "+name)}
	if c.store != noStore {
		x.db = storeFlag(x.fs)
	}
	body := c.flags(x)
	if err := parseArgs(x.fs, args); err != nil {
		return err
	}
	if n := x.fs.NArg(); n < c.nargs[0] || c.nargs[1] >= 0 && n > c.nargs[1] {
		msg := c.argsErr
		if strings.Contains(msg, "%q") {
			msg = fmt.Sprintf(msg, x.fs.Arg(max(c.nargs[1], 0)))
		}
		return usageError{msg}
	}
	defer func() {
		for i := len(x.closers) - 1; i >= 0; i-- {
			x.closers[i].Close() // a reader's close has nothing to report; a writer commits before
		}
	}()
	if c.store == readStore {
		var err error
		if x.store, err = openExisting(ctx, *x.db); err != nil {
			return err
		}
		x.closers = append(x.closers, x.store)
		if c.stale {
			warnStale(ctx, m, x.store, *x.db)
		}
	}
	return body(ctx)
}

// writeJSON writes v as indented JSON, the form of every command's --json.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
