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
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path leads the message
		}
		return nil, &MetaError{Path: path, Err: err}
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
		var me *MetaError
		if errors.As(err, &me) {
			me.Path = path
			return nil, me
		}
		return nil, &MetaError{Path: path, Err: err}
	}
	return meta, nil
}

// MetaError is a metadata file that cannot be read, with the place in it:
// "labels.csv:2:12: bare \" in non-quoted field", as compilers and the
// inputs' problems name them, the location first.
type MetaError struct {
	Path         string
	Line, Column int // 0 when unknown
	Err          error
}

// Error implements error.
func (e *MetaError) Error() string {
	loc := e.Path
	if e.Line > 0 {
		loc += fmt.Sprintf(":%d", e.Line)
		if e.Column > 0 {
			loc += fmt.Sprintf(":%d", e.Column)
		}
	}
	return loc + ": " + e.Err.Error()
}

// Unwrap returns the cause.
func (e *MetaError) Unwrap() error { return e.Err }

// metaLineError says why a JSONL metadata line is no record object, in a
// user's words (as jsonLineError does for articles).
func metaLineError(line []byte, err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Errorf("the line is a JSON %s, not a record object {...}", te.Value)
	}
	return errors.New(jsonLineError(line, err))
}

// csvError places a CSV reader's error at its line and column.
func csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &MetaError{Line: pe.Line, Column: pe.Column, Err: pe.Err}
	}
	return err
}

// loadMetaJSONL reads JSONL metadata records into meta.
func loadMetaJSONL(r io.Reader, key string, meta map[string]map[string]string) error {
	br := bufio.NewReaderSize(r, 64<<10)
	var buf []byte
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, buf[:0], DefaultMaxSize)
		buf = line
		if err != nil && err != io.EOF {
			return &MetaError{Line: n, Err: err}
		}
		if tooLong {
			return &MetaError{Line: n, Err: fmt.Errorf("line over %d bytes", DefaultMaxSize)}
		}
		if len(bytes.TrimSpace(line)) > 0 {
			var fields map[string]json.RawMessage
			if e := json.Unmarshal(line, &fields); e != nil {
				return &MetaError{Line: n, Err: metaLineError(line, e)}
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
	if err == io.EOF {
		return errors.New("empty: no header row")
	} else if err != nil {
		return csvError(err)
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
			return csvError(err)
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
			return nil, errors.New("--meta-map given without --meta")
		}
		return nil, nil
	}
	rename := make(map[string]string, len(mapping))
	for _, m := range mapping {
		from, to, ok := strings.Cut(m, "=")
		from, to = strings.TrimSpace(from), strings.TrimSpace(to)
		if !ok || from == "" || to == "" {
			return nil, fmt.Errorf("--meta-map %q: want from=to", m)
		}
		rename[from] = to
	}
	all := make(map[string]map[string]string)
	for _, f := range files {
		meta, err := LoadMeta(f, key)
		if err != nil {
			return nil, fmt.Errorf("--meta %w", err)
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
