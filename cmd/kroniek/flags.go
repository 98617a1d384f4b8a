package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/kroniek/kroniek/source"
)

// boolFlag is the interface the flag package uses to recognise flags that
// take no value.
type boolFlag interface {
	flag.Value
	IsBoolFlag() bool
}

// parseArgs parses args with fs, accepting flags anywhere on the line as
// pflag and cobra do: `analyze DIR --db x.db` means what `analyze --db x.db
// DIR` means. Everything after a bare `--` is an argument, and so is a lone
// `-` (standard input). A wrong flag is a usage error; -h returns
// flag.ErrHelp after printing the command's usage.
func parseArgs(fs *flag.FlagSet, args []string) error {
	// The flag package prints an error and the whole usage itself; the
	// caller prints the error once, with a hint, instead.
	out, usage := fs.Output(), fs.Usage
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	err := fs.Parse(reorderArgs(fs, args))
	fs.SetOutput(out)
	fs.Usage = usage
	if err == nil {
		return nil
	}
	if errors.Is(err, flag.ErrHelp) {
		if usage != nil {
			usage()
		} else {
			fmt.Fprintf(out, "Usage of %s:\n", fs.Name())
			fs.PrintDefaults()
		}
		return err
	}
	return usageError{flagMessage(fs, err)}
}

// flagMessage rewords the flag package's error: an unknown flag gets the
// nearest known flag as a suggestion, and every error says where the
// flags are listed.
func flagMessage(fs *flag.FlagSet, err error) string {
	msg := err.Error()
	help := "; see `" + strings.Replace(fs.Name(), "kroniek ", "kroniek help ", 1) + "`"
	name, ok := strings.CutPrefix(msg, "flag provided but not defined: ")
	if !ok {
		return msg + help
	}
	name = strings.TrimLeft(name, "-")
	msg = "unknown flag --" + name
	best, bestD := "", 3
	fs.VisitAll(func(f *flag.Flag) {
		if d := editDistance(name, f.Name); d < bestD || d == bestD && f.Name < best {
			best, bestD = f.Name, d
		}
	})
	if best != "" && bestD*2 <= len(name) {
		msg += fmt.Sprintf(" (did you mean --%s?)", best)
	}
	return msg + help
}

// reorderArgs moves the flags of args (with their values) before the
// positional arguments, which follow a `--` so the flag package never reads
// an argument that starts with a dash as a flag.
func reorderArgs(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		f := fs.Lookup(name)
		if f == nil {
			continue // unknown: fs.Parse reports it
		}
		if b, ok := f.Value.(boolFlag); ok && b.IsBoolFlag() {
			continue
		}
		if i+1 == len(args) || isFlag(fs, args[i+1]) {
			// No value follows: end the line here so that fs.Parse says
			// "flag needs an argument" instead of reading the `--` this
			// function adds, or the next flag, as the value.
			return flags
		}
		i++
		flags = append(flags, args[i])
	}
	if len(pos) == 0 {
		return flags
	}
	return append(append(flags, "--"), pos...)
}

// isFlag reports whether a is `--` or a flag fs defines (`--db`, `-q`,
// `--db=x`), so that it is never taken as the value of the flag before it.
func isFlag(fs *flag.FlagSet, a string) bool {
	if a == "--" {
		return true
	}
	if len(a) < 2 || a[0] != '-' {
		return false
	}
	name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
	return fs.Lookup(name) != nil || name == "h" || name == "help"
}

// wantsHelp reports whether args ask for a command's usage (-h, -help or
// --help before any `--`).
func wantsHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help":
			return true
		}
	}
	return false
}

// metaFlags are the metadata flags of the commands that read articles:
// --meta, --meta-map and --meta-key.
type metaFlags struct {
	files, mapping stringList
	key            string
}

// addMetaFlags declares the metadata flags on fs, --meta with the help
// text metaHelp.
func addMetaFlags(fs *flag.FlagSet, metaHelp string) *metaFlags {
	m := &metaFlags{}
	fs.Var(&m.files, "meta", metaHelp)
	fs.Var(&m.mapping, "meta-map", "rename a metadata field, e.g. publisher=outlet (repeatable)")
	fs.StringVar(&m.key, "meta-key", "id", "the id field of --meta files")
	return m
}

// parse reads the metadata files the flags name (source.ParseMetaFlags).
func (m *metaFlags) parse() (map[string]map[string]string, error) {
	return source.ParseMetaFlags(m.files, m.key, m.mapping)
}
