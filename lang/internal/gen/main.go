// Command gen builds lang's compact n-gram model (../../model.bin.gz) from
// the character n-gram statistics that ship with the lingua-go module,
// keeping only kroniek's languages and only uni-, bi- and trigrams.
//
//	go run ./lang/internal/gen            (from the module root)
//
// Output format, gzipped: a header line "kroniek-lang 1 nl en de ..."
// then one record per n-gram: its length in bytes (1 byte), its UTF-8
// bytes, and one cost byte per language: round(-ln(p) * 16), capped at
// 254, with 255 meaning "not seen in that language".
package main

import (
	"archive/zip"
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/pemistahl/lingua-go/serialization"
	"google.golang.org/protobuf/proto"
)

// langs must match lang.Languages, in order.
var langs = []string{"nl", "en", "de", "fr", "es", "it", "pl", "ru", "uk"}

func main() {
	out := flag.String("o", "lang/model.bin.gz", "output file")
	dir := flag.String("lingua", "", "lingua-go module directory (default: from go list)")
	flag.Parse()
	if err := run(*out, *dir); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(out, dir string) error {
	if dir == "" {
		b, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/pemistahl/lingua-go").Output()
		if err != nil {
			return fmt.Errorf("locate lingua-go: %w", err)
		}
		dir = strings.TrimSpace(string(b))
	}
	costs := map[string][]byte{}
	for li, l := range langs {
		for _, n := range []string{"unigrams", "bigrams", "trigrams"} {
			m, err := load(filepath.Join(dir, "language-models", l, n+".pb.bin.zip"))
			if err != nil {
				return err
			}
			for _, set := range m.GetNgramSets() {
				c := -math.Log(set.GetProbability()) * 16
				q := byte(math.Min(254, math.Round(c)))
				for _, g := range set.GetNgrams() {
					v := costs[g]
					if v == nil {
						v = make([]byte, len(langs))
						for i := range v {
							v[i] = 255
						}
						costs[g] = v
					}
					v[li] = q
				}
			}
		}
	}
	keys := make([]string, 0, len(costs))
	for k := range costs {
		if len(k) < 256 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintf(w, "kroniek-lang 1 %s\n", strings.Join(langs, " "))
	for _, k := range keys {
		w.WriteByte(byte(len(k)))
		w.WriteString(k)
		w.Write(costs[k])
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gen: %d n-grams for %d languages -> %s\n", len(keys), len(langs), out)
	return f.Close()
}

// load reads one lingua-go model file.
func load(path string) (*serialization.SerializableLanguageModel, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, fmt.Errorf("open model: %w", err)
	}
	defer zr.Close()
	if len(zr.File) != 1 {
		return nil, fmt.Errorf("open model %s: want one file", path)
	}
	rc, err := zr.File[0].Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		return nil, err
	}
	var m serialization.SerializableLanguageModel
	if err := proto.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("decode model %s: %w", path, err)
	}
	return &m, nil
}
