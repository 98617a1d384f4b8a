package main

import (
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFlagsAnywhere runs every command with its flags before and after
// its arguments (as pflag and cobra allow) and checks both lines mean the
// same: the same exit status and output. Commands that need a server, a
// model run or a long corpus run are driven to an early, flag-dependent
// answer (a usage error naming the flag's value, or -h).
func TestFlagsAnywhere(t *testing.T) {
	t.Parallel()
	seeds := seedsDir(t)
	// One seed is enough to see that analyze read its flags.
	one, err := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if err != nil || len(one) == 0 {
		t.Fatalf("no seed texts in %s", seeds)
	}
	_, db := analyzeSeeds(t)
	out, _, _ := run(t, "stories", "--db", db, "--json")
	var list []struct{ ID string }
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list) == 0 {
		t.Fatalf("stories --json: %v %s", err, out)
	}
	story := list[0].ID
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.db")

	cases := []struct {
		name          string
		before, after []string
		code          int
		want          string // in stdout, or in stderr for failures
	}{
		{"analyze", []string{"analyze", "-q", "--json", "--db", filepath.Join(dir, "a.db"), one[0]},
			[]string{"analyze", one[0], "-q", "--db", filepath.Join(dir, "b.db"), "--json"}, 0, `"articles"`},
		{"export", []string{"export", "--db", db, "--format", "jsonl"}, []string{"export", "--format=jsonl", "--db", db}, 0, `"kind":"article"`},
		{"stories", []string{"stories", "--db", db, "-n", "1"}, []string{"stories", "-n", "1", "--db", db}, 0, "TITLE"},
		{"story", []string{"story", "--db", db, "--json", story}, []string{"story", story, "--db", db, "--json"}, 0, `"timeline"`},
		{"eval", []string{"eval", "ner", "--json", filepath.Join(dir, "none.conll")}, []string{"eval", "ner", filepath.Join(dir, "none.conll"), "--json"}, 1, "none.conll"},
		{"train", []string{"train", "ner", "--train", filepath.Join(dir, "none.conll"), "--out", filepath.Join(dir, "m")}, []string{"train", "ner", "--out", filepath.Join(dir, "m"), "--train", filepath.Join(dir, "none.conll")}, 1, "none.conll"},
		{"serve", []string{"serve", "--db", missing, "--addr", "127.0.0.1:0"}, []string{"serve", "--addr", "127.0.0.1:0", "--db", missing}, 1, "missing.db"},
		{"load", []string{"load", "--db", missing, "--duration", "1s"}, []string{"load", "--duration", "1s", "--db", missing}, 1, "missing.db"},
		{"bench", []string{"bench", "-h"}, []string{"bench", seeds, "-h"}, 0, "Usage: kroniek bench "},
		{"submit", []string{"submit", "-h"}, []string{"submit", seeds, "-h"}, 0, "Usage: kroniek submit "},
		{"worker", []string{"worker", "-h"}, []string{"worker", "--db", db, "-h"}, 0, "Usage: kroniek worker "},
		{"watch", []string{"watch", "-h"}, []string{"watch", "--db", db, "-h"}, 0, "kroniek watch"},
		{"gen", []string{"gen", "kb", "-h"}, []string{"gen", "kb", "--shared", dir, "-h"}, 0, "kroniek gen kb"},
		{"rebuild", []string{"rebuild", "--if-stale", "--db", missing}, []string{"rebuild", "--db", missing, "--if-stale"}, 1, "missing.db"},
		{"search", []string{"search", "--db", db, "-n", "1", "Sotsji"}, []string{"search", "Sotsji", "-n", "1", "--db", db}, 0, "«Sotsji»"},
		{"explain", []string{"explain", "--db", missing, "--json", "Poetin"}, []string{"explain", "Poetin", "--json", "--db", missing}, 1, "missing.db"},
		{"report", []string{"report", "--db", db}, []string{"report", "--db=" + db}, 0, "Story: "},
		{"status", []string{"status", "--json", "--db", db, "extra"}, []string{"status", "extra", "--db", db, "--json"}, exitUsage, `unexpected argument "extra"`},
	}
	seen := map[string]bool{}
	for _, c := range cases {
		seen[c.name] = true
		t.Run(c.name, func(t *testing.T) {
			out1, err1, code1 := run(t, c.before...)
			out2, err2, code2 := run(t, c.after...)
			if code1 != c.code || code2 != c.code {
				t.Fatalf("exit %d (flags first) and %d (flags last), want %d\n%s\n%s", code1, code2, c.code, err1, err2)
			}
			got1, got2 := out1, out2
			if c.code != 0 {
				got1, got2 = err1, err2
			}
			if !strings.Contains(got1, c.want) || !strings.Contains(got2, c.want) {
				t.Errorf("want %q in both:\n--- flags first\n%.600s\n--- flags last\n%.600s", c.want, got1, got2)
			}
			if c.name != "analyze" && c.name != "train" && got1 != got2 {
				t.Errorf("flags first and last differ:\n%.600s\n---\n%.600s", got1, got2)
			}
		})
	}
	for name := range commands {
		if !seen[name] {
			t.Errorf("command %s has no case in the flags-anywhere table", name)
		}
	}
}

// TestHelpForm: every command's -h opens with the house usage line
// ("Usage: kroniek NAME …", then what the command does), never the flag
// package's bare "Usage of kroniek NAME:", which names no argument.
func TestHelpForm(t *testing.T) {
	t.Parallel()
	for name, c := range commands {
		if c.raw != nil {
			continue // train, eval and gen pick a target first
		}
		out, errOut, code := run(t, name, "-h")
		if code != 0 || !strings.HasPrefix(out+errOut, "Usage: kroniek "+name+" ") || strings.Contains(out+errOut, "Usage of") {
			t.Errorf("%s -h: exit %d, %.200s", name, code, out+errOut)
		}
	}
	// The commands that pick a target first, each target, and the
	// arguments a command takes, named in its synopsis.
	for _, args := range [][]string{
		{"train", "-h"}, {"train", "ner", "-h"}, {"train", "clusters", "-h"}, {"train", "parser", "-h"},
		{"eval", "-h"}, {"eval", "ner", "-h"}, {"eval", "parser", "-h"},
		{"gen", "-h"}, {"gen", "kb", "-h"}, {"gen", "lex", "-h"},
	} {
		name := strings.Join(args[:len(args)-1], " ")
		out, errOut, code := run(t, args...)
		first, _, _ := strings.Cut(out+errOut, "\n")
		if code != 0 || !strings.HasPrefix(first, "Usage: kroniek "+name) || strings.Contains(out+errOut, "Usage of") {
			t.Errorf("%s: exit %d, %.200s", strings.Join(args, " "), code, out+errOut)
		}
		// A flag's line names its type, never a phrase the flag package
		// took from backquotes in the usage ("-clusters kroniek train
		// clusters").
		for _, line := range strings.Split(out+errOut, "\n") {
			if f := strings.Fields(line); len(f) > 2 && strings.HasPrefix(line, "  -") {
				t.Errorf("%s: a flag's line %q", strings.Join(args, " "), line)
			}
		}
	}
	for name, arg := range map[string]string{"bench": "CORPUS", "analyze": "PATH", "story": "ID", "eval ner": "FILE", "eval parser": "FILE"} {
		out, errOut, _ := run(t, append(strings.Fields(name), "-h")...)
		if first, _, _ := strings.Cut(out+errOut, "\n"); !strings.Contains(first, arg) {
			t.Errorf("%s -h does not name its argument %s: %q", name, arg, first)
		}
	}
}

// TestUsageErrors checks the command line's own messages: an unknown
// flag is a usage error wherever it stands, help goes to stdout, and a
// misspelt command gets a suggestion.
func TestUsageErrors(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{
		{"stories", "--bogus"},
		{"analyze", "x.txt", "--bogus"},
		{"export", "--db"},
		{"story", "a", "b"},
	} {
		if _, errs, code := run(t, args...); code != exitUsage || errs == "" {
			t.Errorf("%v: exit %d, want %d (%q)", args, code, exitUsage, errs)
		}
	}
	// A store named as an argument instead of with --db is refused,
	// not ignored for the default kroniek.db.
	for _, args := range [][]string{
		{"serve", "my.db", "--addr", "127.0.0.1:0"},
		{"export", "my.db"},
		{"load", "my.db"},
	} {
		if _, errs, code := run(t, args...); code != exitUsage || !strings.Contains(errs, `unexpected argument "my.db": name the store with --db`) {
			t.Errorf("%v: exit %d, want %d (%q)", args, code, exitUsage, errs)
		}
	}
	// A feeds file that is not there is a failure (1), as a missing
	// input of analyze is, not a wrong command line (2).
	if _, errs, code := run(t, "watch", "--feeds", filepath.Join(t.TempDir(), "none.txt"), "--once"); code != exitFailure || !strings.Contains(errs, "none.txt") {
		t.Errorf("watch --feeds none.txt: exit %d, want %d (%q)", code, exitFailure, errs)
	}
	// gen -h is help (exit 0); gen without a target says so once.
	if out, _, code := run(t, "gen", "-h"); code != 0 || !strings.Contains(out, "kroniek gen kb") {
		t.Errorf("gen -h: exit %d, %q", code, out)
	}
	if _, errs, code := run(t, "gen"); code != exitUsage || !strings.Contains(errs, "kroniek gen: want a target: kb or lex") {
		t.Errorf("gen: exit %d, %q", code, errs)
	}
	// eval names both its models, as train does, and an unknown one.
	if _, errs, code := run(t, "eval"); code != exitUsage || !strings.Contains(errs, "kroniek eval: want a model name: ner or parser") {
		t.Errorf("eval: exit %d, %q", code, errs)
	}
	if _, errs, code := run(t, "eval", "nre", "x.conll"); code != exitUsage || !strings.Contains(errs, `kroniek eval: unknown model "nre": want ner or parser`) {
		t.Errorf("eval nre: exit %d, %q", code, errs)
	}
	// Flags before the command: the command is found after them.
	dir := t.TempDir()
	if _, errs, code := run(t, "--db", filepath.Join(dir, "none.db"), "stories"); code != exitFailure || !strings.Contains(errs, "kroniek stories: no store at") {
		t.Errorf("--db X stories: exit %d, %q", code, errs)
	}
	if _, errs, code := run(t, "--bogus", "x"); code != exitUsage || !strings.Contains(errs, `unknown command "--bogus"`) {
		t.Errorf("--bogus x: exit %d, %q", code, errs)
	}
	out, errs, code := run(t, "help")
	if code != 0 || !strings.Contains(out, "Commands:") || errs != "" {
		t.Errorf("help: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	out, _, code = run(t, "help", "export")
	if code != 0 || !strings.Contains(out, "-format") {
		t.Errorf("help export: exit %d, %q", code, out)
	}
	out, _, code = run(t, "stories", "-h")
	if code != 0 || !strings.Contains(out, "-db") {
		t.Errorf("stories -h: exit %d, %q", code, out)
	}
	_, errs, code = run(t, "analyse", "x")
	if code != exitUsage || !strings.Contains(errs, `did you mean "analyze"?`) {
		t.Errorf("analyse: exit %d, %q", code, errs)
	}
	// A mistyped flag: one error line, with the nearest flag, no usage dump.
	_, errs, code = run(t, "analyze", "--jsno", "x")
	if code != exitUsage || strings.Count(errs, "jsno") != 1 || !strings.Contains(errs, "did you mean --json?") || strings.Contains(errs, "Usage") {
		t.Errorf("analyze --jsno: exit %d, %q; want one error suggesting --json", code, errs)
	}
	if _, errs, _ := run(t, "xyzzy"); strings.Contains(errs, "did you mean") {
		t.Errorf("xyzzy got a suggestion: %q", errs)
	}
	if out, errs, code := run(t, "help", "-h"); code != 0 || !strings.Contains(out, "json, jsonl, events-csv or plover") {
		t.Errorf("help -h: exit %d, %q; want the general help", code, errs)
	}
	if out, _, _ := run(t, "help"); !strings.Contains(out, "json, jsonl, events-csv or plover") {
		t.Errorf("help does not name export's formats")
	}
	if out, _, _ := run(t, "help"); !strings.Contains(out, "or parser (the Dutch syntax model)") || !strings.Contains(out, "eval parser FILE.conllu") {
		t.Errorf("help does not name the parser targets of train and eval")
	}
	// search without words names its filters, as its -h does (it named
	// only --db, --json and -n; user trial 17).
	if _, errs, code := run(t, "search"); code != exitUsage || !strings.Contains(errs, "[--outlet NAME] [--lang CODE] WORDS") {
		t.Errorf("search: exit %d, %q; want a usage naming the filters", code, errs)
	}
	// The formats analyze reads, and that a CSV is metadata only: it did
	// not say, and a CSV named as input became one article (user trial 17).
	if out, _, _ := run(t, "help", "analyze"); !strings.Contains(out, ".jsonl (one JSON object a line)") || !strings.Contains(out, "CSV is read as --meta only") {
		t.Errorf("help analyze does not name the formats it reads: %q", out)
	}
}

// TestReadsFlagValuesAsValues checks that a flag's value is never taken
// for an argument, and that `--` ends the flags.
func TestReadsFlagValuesAsValues(t *testing.T) {
	t.Parallel()
	got := func(args ...string) []string {
		fs := newTestFlags()
		if err := parseArgs(fs, args); err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		return fs.Args()
	}
	if a := got("x", "--db", "y.db", "z", "-q"); strings.Join(a, " ") != "x z" {
		t.Errorf("args %v, want [x z]", a)
	}
	if a := got("--", "-q", "--db"); strings.Join(a, " ") != "-q --db" {
		t.Errorf("args after --: %v", a)
	}
	if a := got("-", "--db=x"); strings.Join(a, " ") != "-" {
		t.Errorf("stdin dash: %v", a)
	}
	// A flag whose value is missing, last on the line or before another
	// flag, is a usage error; it never takes the `--` or the next flag as
	// its value (a store named "--" or "-q").
	for _, args := range [][]string{{"x", "--db"}, {"--db"}, {"--db", "-q", "x"}, {"x", "--db", "--", "y"}} {
		fs := newTestFlags()
		err := parseArgs(fs, args)
		if err == nil || !strings.Contains(err.Error(), "needs an argument") {
			t.Errorf("%v: err %v, db %q; want \"flag needs an argument\"", args, err, fs.Lookup("db").Value)
		}
	}
}

func newTestFlags() *flag.FlagSet {
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.String("db", "", "")
	fs.Bool("q", false, "")
	return fs
}

// TestStoreInsideInput: "kroniek analyze ." with the store in that folder
// (the default kroniek.db) reads the folder again on a rerun without
// reporting the store's own files (k.db, k.db-wal, k.db.lock …) as
// unknown formats; another unknown file still is.
func TestStoreInsideInput(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for name, text := range map[string]string{"a.txt": "Premier Rutte zei maandag in Den Haag dat het kabinet doorgaat.", "notes.docx": "x"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(dir, "k.db")
	for range 2 {
		_, errOut, _ := run(t, "analyze", "-q", "--db", db, dir)
		if strings.Contains(errOut, "k.db") {
			t.Errorf("the store's files are reported as input: %s", errOut)
		}
		if !strings.Contains(errOut, "notes.docx: skipped") {
			t.Errorf("an unknown file is not reported: %s", errOut)
		}
	}
}
