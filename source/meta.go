package source

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kroniek/kroniek"
)

// DefaultMetaKey is the field metadata files are keyed by.
const DefaultMetaKey = "id"

// LoadMeta reads a metadata file, JSONL (one object per line) or CSV with
// a header row (.csv, .tsv), and returns its records keyed by the value of
// field key ("id" when empty): meta[id][field] = value. Records without
// the key are skipped; a later record for the same id adds to and
// overrides an earlier one.
func LoadMeta(path string, key string) (map[string]map[string]string, error) {
	if key == "" {
		key = DefaultMetaKey
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load meta: %w", err)
	}
	defer f.Close()
	meta := make(map[string]map[string]string)
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv", ".tsv":
		err = loadMetaCSV(f, strings.EqualFold(filepath.Ext(path), ".tsv"), key, meta)
	default:
		err = loadMetaJSONL(f, key, meta)
	}
	if err != nil {
		return nil, fmt.Errorf("load meta %s: %w", path, err)
	}
	return meta, nil
}

// loadMetaJSONL reads JSONL metadata records into meta.
func loadMetaJSONL(r io.Reader, key string, meta map[string]map[string]string) error {
	br := bufio.NewReaderSize(r, 64<<10)
	var buf []byte
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, buf[:0], DefaultMaxSize)
		buf = line
		if err != nil && err != io.EOF {
			return fmt.Errorf("read line %d: %w", n, err)
		}
		if tooLong {
			return fmt.Errorf("line %d: too long", n)
		}
		if len(bytes.TrimSpace(line)) > 0 {
			var fields map[string]json.RawMessage
			if e := json.Unmarshal(line, &fields); e != nil {
				return fmt.Errorf("line %d: %w", n, e)
			}
			rec := make(map[string]string, len(fields))
			for k, raw := range fields {
				if v, isNull := jsonString(raw); !isNull {
					rec[k] = v
				}
			}
			addMeta(meta, key, rec)
		}
		if err == io.EOF {
			return nil
		}
	}
}

// loadMetaCSV reads CSV (or TSV) metadata with a header row into meta.
func loadMetaCSV(r io.Reader, tsv bool, key string, meta map[string]map[string]string) error {
	cr := csv.NewReader(r)
	if tsv {
		cr.Comma = '\t'
	}
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return fmt.Errorf("read header: %w", err)
	}
	if len(header) > 0 {
		header[0] = strings.TrimPrefix(header[0], "\ufeff")
	}
	for {
		row, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read row: %w", err)
		}
		rec := make(map[string]string, len(header))
		for i, v := range row {
			if i < len(header) && v != "" {
				rec[header[i]] = v
			}
		}
		addMeta(meta, key, rec)
	}
}

// addMeta files rec under its key value.
func addMeta(meta map[string]map[string]string, key string, rec map[string]string) {
	id := rec[key]
	if id == "" {
		return
	}
	delete(rec, key)
	if old := meta[id]; old != nil {
		for k, v := range rec {
			old[k] = v
		}
		return
	}
	meta[id] = rec
}

// ParseMetaFlags loads every metadata file named by --meta, keyed by
// --meta-key (default "id"), renames fields as --meta-map "from=to" says
// (e.g. "publisher=outlet"), and merges them into one map for
// Options.Meta; later files override earlier ones.
func ParseMetaFlags(files []string, key string, mapping []string) (map[string]map[string]string, error) {
	if len(files) == 0 {
		if len(mapping) > 0 {
			return nil, errors.New("parse meta flags: --meta-map given without --meta")
		}
		return nil, nil
	}
	rename := make(map[string]string, len(mapping))
	for _, m := range mapping {
		from, to, ok := strings.Cut(m, "=")
		from, to = strings.TrimSpace(from), strings.TrimSpace(to)
		if !ok || from == "" || to == "" {
			return nil, fmt.Errorf("parse meta flags: --meta-map %q: want from=to", m)
		}
		rename[from] = to
	}
	all := make(map[string]map[string]string)
	for _, f := range files {
		meta, err := LoadMeta(f, key)
		if err != nil {
			return nil, fmt.Errorf("parse meta flags: %w", err)
		}
		for id, rec := range meta {
			dst := all[id]
			if dst == nil {
				dst = make(map[string]string, len(rec))
				all[id] = dst
			}
			for k, v := range rec {
				if to, ok := rename[k]; ok {
					k = to
				}
				dst[k] = v
			}
		}
	}
	return all, nil
}

// applyMeta joins the metadata for a's id: known fields (outlet, title,
// url, lang, author, published and their aliases, as in JSONL input) fill
// the article's own fields when empty; all other fields, and known ones
// the article already has, go to a.Meta unless it has them.
func applyMeta(a *kroniek.Article, meta map[string]map[string]string) {
	rec := meta[a.ID]
	if rec == nil {
		return
	}
	for _, k := range sortedFields(rec) {
		v := rec[k]
		target := fieldAliases[strings.ToLower(k)]
		if target == "id" || target == "text" {
			target = ""
		}
		if target == "published" {
			if a.Published == "" {
				if d, ok := parseDate(v); ok {
					a.Published = d
					continue
				}
			}
			target = ""
		}
		var unused string
		if target != "" && setField(a, target, v, &unused) {
			continue
		}
		if a.Meta == nil {
			a.Meta = make(map[string]string)
		}
		if _, ok := a.Meta[k]; !ok {
			a.Meta[k] = v
		}
	}
}
