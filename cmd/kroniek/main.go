package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"os/signal"
	"runtime/pprof"
	"runtime/trace"
	"slices"
	"strings"
	"syscall"

	"github.com/kroniek/kroniek"
)

// Exit statuses.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
	exitSomeBad = 3 // the batch ran, but some inputs failed
)

// errSomeInputFailed is returned by commands whose batch completed while
// some inputs were reported as problems.
var errSomeInputFailed = errors.New("some inputs failed")

// errNotReady is status's error (exit status 1, as any command's that
// cannot read its store) when the store or the queue it was asked about
// cannot be read; the report already says why.
var errNotReady = errors.New("not ready")

// Command is a subcommand that reads its own command line (train, eval).
type Command interface {
	// Run parses the command's flags from args and does its work.
	Run(ctx context.Context, args []string) error
}

// commands maps subcommand names to their declarations, each in a file of
// its own. Add one line per command.
var commands = map[string]*command{
	"train":   trainCommand,
	"eval":    evalCommand,
	"analyze": analyzeCommand,
	"export":  exportCommand,
	"serve":   serveCommand,
	"worker":  workerCommand,
	"bench":   benchCommand,
	"load":    loadCommand,
	"submit":  submitCommand,
	"stories": storiesCommand,
	"story":   storyCommand,
	"gen":     genCommand,
	"watch":   watchCommand,
	"rebuild": rebuildCommand,
	"status":  statusCommand,
	"explain": explainCommand,
	"search":  searchCommand,
	"report":  reportCommand,
}

// trainCommand is `kroniek train`, which reads its own command line.
var trainCommand = &command{summary: "train a model: ner (the mention tagger), clusters (its word clusters) or parser (the Dutch syntax model)", raw: trainRun}

// trainRun runs `kroniek train`, which reads its own command line.
func trainRun(ctx context.Context, m *Main, args []string) error {
	return (&TrainCommand{Main: m}).Run(ctx, args)
}

// Main is the program: its streams, so tests can drive the real wiring.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
}

// NewMain returns a Main on the process's standard streams.
func NewMain() *Main {
	return &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	stopProfile := startProfile(os.Getenv("KRONIEK_CPUPROFILE"))
	stopTrace := startTrace(os.Getenv("KRONIEK_TRACE"))
	code := NewMain().Run(ctx, os.Args[1:])
	stopTrace()
	stopProfile()
	os.Exit(code)
}

// startProfile writes a CPU profile of the whole command to path (the
// environment variable KRONIEK_CPUPROFILE; "" for none) and returns the
// function that finishes it.
func startProfile(path string) func() {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "kroniek: KRONIEK_CPUPROFILE: %v\n", err)
		return func() {}
	}
	return func() { pprof.StopCPUProfile(); f.Close() }
}

// startTrace writes an execution trace of the whole command to path (the
// environment variable KRONIEK_TRACE; "" for none; read it with go tool
// trace) and returns the function that finishes it.
func startTrace(path string) func() {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = trace.Start(f)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "kroniek: KRONIEK_TRACE: %v\n", err)
		return func() {}
	}
	return func() { trace.Stop(); f.Close() }
}

// commandFirst moves the command name to the front when flags come
// before it (`kroniek --db x.db stories` = `kroniek stories --db x.db`),
// as flags may come anywhere after it: the first word that names a
// command is taken as the command. A line that starts with a flag and
// names no command is left as it is.
func commandFirst(args []string) []string {
	if !strings.HasPrefix(args[0], "-") {
		return args
	}
	for i, a := range args {
		if _, ok := commands[a]; ok {
			return append(append([]string{a}, args[:i]...), args[i+1:]...)
		}
	}
	return args
}

// Run runs the subcommand named by args[0] and returns the exit status.
func (m *Main) Run(ctx context.Context, args []string) int {
	if len(args) == 0 {
		m.usage(m.Stderr)
		return exitUsage
	}
	if args[0] == "help" || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		if len(args) > 1 && args[0] == "help" && !wantsHelp(args[1:2]) { // `help -h` is help
			if _, ok := commands[args[1]]; ok {
				return m.Run(ctx, []string{args[1], "-h"}) // `help analyze` = `analyze -h`
			}
			fmt.Fprintf(m.Stderr, "kroniek help: unknown command %q%s\n", args[1], suggestion(args[1]))
			return exitUsage
		}
		m.usage(m.Stdout)
		return exitOK
	}
	args = commandFirst(args)
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(m.Stderr, "kroniek: unknown command %q%s\n\n", args[0], suggestion(args[0]))
		m.usage(m.Stderr)
		return exitUsage
	}
	cm := m
	if wantsHelp(args[1:]) {
		// Asked-for help is output, not an error: the usage goes to stdout.
		help := *m
		help.Stderr = m.Stdout
		cm = &help
	}
	err := cm.runCommand(ctx, cmd, args[0], args[1:])
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, errNotReady):
		return exitFailure
	case errors.Is(err, errSomeInputFailed):
		fmt.Fprintf(m.Stderr, "kroniek %s: %v\n", args[0], err)
		return exitSomeBad
	case isUsage(err):
		fmt.Fprintf(m.Stderr, "kroniek %s: %v\n", args[0], err)
		return exitUsage
	default:
		msg := err.Error()
		if kroniek.ErrorCode(err) != kroniek.EINTERNAL {
			msg = kroniek.ErrorMessage(err) // an application error says it plainly
		}
		fmt.Fprintf(m.Stderr, "kroniek %s: %s\n", args[0], msg)
		return exitFailure
	}
}

// usageError marks a wrong command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func isUsage(err error) bool {
	var u usageError
	return errors.As(err, &u)
}

// usage prints the list of commands to w.
func (m *Main) usage(w io.Writer) {
	fmt.Fprintln(w, "kroniek turns news articles into a chronicle of the stories they tell.")
	fmt.Fprintln(w, "\nUsage: kroniek COMMAND [args] [flags]   (flags may come before or after the args)\n\nCommands:")
	for _, n := range slices.Sorted(maps.Keys(commands)) {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun `kroniek help COMMAND` or `kroniek COMMAND -h` for a command's flags.")
}

// aliases maps common misspellings (British spelling, plurals) to commands.
var aliases = map[string]string{"analyse": "analyze", "analyser": "analyze", "serveer": "serve", "exports": "export", "list": "stories"}

// suggestion returns ` (did you mean "X"?)` for a name close to a command,
// or "".
func suggestion(name string) string {
	best, bestD := "", 3
	if a, ok := aliases[name]; ok {
		best, bestD = a, 0
	}
	for c := range commands {
		if d := editDistance(name, c); d < bestD || d == bestD && c < best {
			best, bestD = c, d
		}
	}
	if best == "" || bestD > 2 || bestD*2 >= len(name) && bestD > 0 {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}
