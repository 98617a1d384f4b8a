package main

import (
	"errors"
	"flag"
	"strings"
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
	if err := fs.Parse(reorderArgs(fs, args)); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	return nil
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
		if i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	if len(pos) == 0 {
		return flags
	}
	return append(append(flags, "--"), pos...)
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
