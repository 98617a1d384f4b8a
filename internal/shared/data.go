package shared

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// Article is one article of the dpgmedia2019 corpus in ../shared.
type Article struct {
	ID        string
	Title     string
	Text      string
	Published string // as the corpus gives it: "2019-01-31…", or shorter
}

var corpus struct {
	once sync.Once
	arts []Article
	err  error
}

// Corpus returns the 1,438 Dutch articles of
// ../shared/corpus/dpgmedia2019, in file order, read once per test binary;
// it skips without them and fails on a line it cannot read.
func Corpus(tb testing.TB) []Article {
	tb.Helper()
	path := Path(tb, "corpus", "dpgmedia2019", "dpgMedia2019-articles-byarticle-all.jsonl")
	corpus.once.Do(func() {
		corpus.err = readJSONL(path, func(line []byte) error {
			var a struct {
				ID        json.Number `json:"id"`
				Title     string      `json:"title"`
				Text      string      `json:"text"`
				Published string      `json:"published_at"`
			}
			if err := json.Unmarshal(line, &a); err != nil {
				return err
			}
			corpus.arts = append(corpus.arts, Article{ID: a.ID.String(), Title: a.Title, Text: a.Text, Published: a.Published})
			return nil
		})
	})
	if corpus.err != nil {
		tb.Fatal(corpus.err)
	}
	return slices.Clone(corpus.arts)
}

// Publishers maps the id of each dpgmedia2019 article to its publisher
// (the labels file beside the corpus); it skips without it.
func Publishers(tb testing.TB) map[string]string {
	tb.Helper()
	out := map[string]string{}
	err := readJSONL(Path(tb, "corpus", "dpgmedia2019", "dpgMedia2019-labels-byarticle.jsonl"), func(line []byte) error {
		var x struct{ ID, Publisher string }
		if err := json.Unmarshal(line, &x); err != nil {
			return err
		}
		out[x.ID] = x.Publisher
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// JSONL decodes each line of the JSON-lines file at path (a test's own
// data, as "testdata/labelled.jsonl") as a T; it fails the test when the
// file cannot be read or a line decoded.
func JSONL[T any](tb testing.TB, path string) []T {
	tb.Helper()
	var out []T
	err := readJSONL(path, func(line []byte) error {
		var v T
		if err := json.Unmarshal(line, &v); err != nil {
			return err
		}
		out = append(out, v)
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// readJSONL calls fn with each line of the file at path.
func readJSONL(path string, fn func([]byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		if err := fn(sc.Bytes()); err != nil {
			return fmt.Errorf("read %s line %d: %w", filepath.Base(path), n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", filepath.Base(path), err)
	}
	return nil
}

// Gold decodes ../shared/gold/dpg-dev.json, the hand-labelled development
// gold (../shared/gold/GUIDELINES.md), into v; it skips without it.
func Gold(tb testing.TB, v any) {
	tb.Helper()
	data, err := os.ReadFile(Path(tb, "gold", "dpg-dev.json"))
	if err != nil {
		tb.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		tb.Fatalf("read gold: %v", err)
	}
}

// Seed is one seed article of ../shared/corpus/seeds.
type Seed struct {
	ID    string // the file name's prefix: "000"
	Path  string
	Raw   string // the file as it is
	Month string // of the " date YYYY-MM" line the file may start with, or ""
	Text  string // the article without that line
}

// Seeds returns the seed articles in file order; it skips without them.
func Seeds(tb testing.TB) []Seed {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(Path(tb, "corpus", "seeds"), "*.txt"))
	if len(files) == 0 {
		tb.Skip("../shared/corpus/seeds holds no seeds: test skipped")
	}
	out := make([]Seed, len(files))
	for i, f := range files {
		out[i] = readSeed(tb, f)
	}
	return out
}

// SeedArticle returns the seed whose file name starts with id and "_"; it
// skips without it.
func SeedArticle(tb testing.TB, id string) Seed {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(Path(tb, "corpus", "seeds"), id+"_*.txt"))
	if len(files) != 1 {
		tb.Skipf("seed %s not found in ../shared/corpus/seeds: test skipped", id)
	}
	return readSeed(tb, files[0])
}

func readSeed(tb testing.TB, path string) Seed {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	s := Seed{ID: strings.SplitN(filepath.Base(path), "_", 2)[0], Path: path, Raw: string(data), Text: string(data)}
	if strings.HasPrefix(s.Raw, " date ") && len(s.Raw) > 13 {
		s.Month, s.Text = s.Raw[6:13], strings.TrimLeft(s.Raw[13:], " ")
	}
	return s
}

// Row is one line of a tab-separated labelled file.
type Row struct {
	Pos  string // "path:line", for messages
	Path string
	Line int
	Cols []string
}

// Col returns column i, or "" when the line has fewer.
func (r Row) Col(i int) string {
	if i < len(r.Cols) {
		return r.Cols[i]
	}
	return ""
}

// Labelled reads a tab-separated file of labelled examples as TSV does,
// and fails the test when it holds fewer than least: the file is then
// missing lines or misread.
func Labelled(tb testing.TB, path string, least int) []Row {
	tb.Helper()
	rows := TSV(tb, path)
	if len(rows) < least {
		tb.Fatalf("%s: only %d labelled lines, want at least %d: the file is missing lines or misread", path, len(rows), least)
	}
	return rows
}

// TSV reads tab-separated files of labelled examples, one after the
// other, passing over blank lines and lines that start with "#"; it fails
// the test when a file cannot be read.
func TSV(tb testing.TB, paths ...string) []Row {
	tb.Helper()
	var out []Row
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			tb.Fatal(err)
		}
		for i, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSuffix(line, "\r")
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			out = append(out, Row{Pos: fmt.Sprintf("%s:%d", path, i+1), Path: path, Line: i + 1, Cols: strings.Split(line, "\t")})
		}
	}
	return out
}
