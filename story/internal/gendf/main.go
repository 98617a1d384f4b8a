// Command gendf writes the background document frequencies that story
// clustering weighs terms and names with (story/background.txt), from a
// JSON-lines corpus of Dutch articles ({"title", "text"} per line):
//
//	go run ./story/internal/gendf ../shared/corpus/dpgmedia2019/dpgMedia2019-articles-byarticle-all.jsonl > story/background.txt
//
// Fixed weights make a story's articles cluster the same whatever else is
// clustered with them.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"

	"github.com/kroniek/kroniek/story"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gendf:", err)
		os.Exit(1)
	}
}

func run() error {
	if len(os.Args) != 2 {
		return fmt.Errorf("usage: gendf corpus.jsonl")
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		return fmt.Errorf("open corpus: %w", err)
	}
	defer f.Close()
	terms, names := map[string]int{}, map[string]int{}
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var rec struct{ Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return fmt.Errorf("read line %d: %w", n+1, err)
		}
		n++
		t, nm := story.BackgroundKeys(rec.Title, rec.Text, "nl")
		for k := range t {
			terms[k]++
		}
		for k := range nm {
			names[k]++
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read corpus: %w", err)
	}
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "# documents\t%d\n", n)
	write := func(kind string, m map[string]int) {
		keys := make([]string, 0, len(m))
		for k, c := range m {
			if c >= 2 {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(w, "%s\t%s\t%d\n", kind, k, m[k])
		}
	}
	write("t", terms)
	write("n", names)
	return w.Flush()
}
