package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
)

// fieldAliases maps the JSON field names kroniek understands to the
// article field they fill, in order of preference.
var fieldAliases = map[string]string{
	"id":           "id",
	"title":        "title",
	"headline":     "title",
	"text":         "text",
	"body":         "text",
	"content":      "text",
	"published_at": "published",
	"published":    "published",
	"date":         "published",
	"url":          "url",
	"link":         "url",
	"outlet":       "outlet",
	"publisher":    "outlet",
	"source":       "outlet",
	"lang":         "lang",
	"language":     "lang",
	"author":       "author",
}

// readJSONL reads one article per line of JSON. A line that is not a JSON
// object is reported with its line number and skipped; other lines go on.
// Lines may be as long as opts.MaxSize.
func readJSONL(ctx context.Context, name string, r io.Reader, opts Options, emit Emit, report Report) error {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	limit := opts.MaxSize
	if limit <= 0 {
		limit = DefaultMaxSize
	}
	var buf []byte
	var sk skips
	defer sk.summary(name, report)
	for n := 1; ; n++ {
		if n%256 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		line, tooLong, err := readLine(br, buf[:0], limit)
		buf = line
		if err != nil && err != io.EOF {
			return fmt.Errorf("read jsonl line %d: %w", n, err)
		}
		loc := fmt.Sprintf("%s:%d", name, n)
		switch {
		case tooLong:
			report(problem(loc, fmt.Errorf("line longer than limit of %d bytes; skipped", limit), false))
		case len(bytes.TrimSpace(line)) > 0:
			if e := jsonLine(loc, line, emit, report, &sk); e != nil {
				return e
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readJSON reads a JSON array of article objects.
func readJSON(ctx context.Context, name string, r io.Reader, opts Options, emit Emit, report Report) error {
	dec := json.NewDecoder(r)
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return errors.New("not an array of articles")
	}
	var sk skips
	defer sk.summary(name, report)
	for i := 1; dec.More(); i++ {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return fmt.Errorf("item %d: %w", i, err)
		}
		if e := jsonLine(fmt.Sprintf("%s:%d", name, i), raw, emit, report, &sk); e != nil {
			return e
		}
	}
	return nil
}

// readLine appends one line (without its end) to buf. Lines longer than
// limit are read to their end but not kept.
func readLine(br *bufio.Reader, buf []byte, limit int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > limit+1 {
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		buf = bytes.TrimRight(buf, "\r\n")
		return buf, tooLong, err
	}
}

// problem builds a kroniek.Problem.
func problem(loc string, err error, warning bool) kroniek.Problem {
	return kroniek.Problem{Location: loc, Err: err, Message: err.Error(), Warning: warning}
}

// skips counts records skipped for having no text, so that a metadata
// file read as articles gives a few warnings and a summary rather than
// one warning per line.
type skips struct{ n int }

// maxSkipWarnings is how many skipped records are reported one by one.
const maxSkipWarnings = 3

// skip counts a skipped record and tells whether to report it.
func (s *skips) skip() bool {
	s.n++
	return s.n <= maxSkipWarnings
}

// summary reports the skipped records not reported one by one.
func (s *skips) summary(name string, report Report) {
	if s.n > maxSkipWarnings {
		report(problem(name, fmt.Errorf("%d more records without text or title skipped", s.n-maxSkipWarnings), true))
	}
}

// jsonLine turns one JSON object into an article and emits it. Problems
// go to report; only emit's error is returned.
func jsonLine(loc string, line []byte, emit Emit, report Report, sk *skips) error {
	if !utf8.Valid(line) {
		s, note := decodeText(line)
		line = []byte(s)
		report(problem(loc, errors.New(note), true))
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(line, &fields); err != nil {
		report(problem(loc, fmt.Errorf("%s; line skipped", jsonLineError(line, err)), false))
		return nil
	}
	a := &kroniek.Article{Source: loc}
	var dateRaw string
	for _, k := range sortedFields(fields) {
		raw := fields[k]
		v, isNull := jsonString(raw)
		if isNull {
			continue
		}
		target := fieldAliases[strings.ToLower(k)]
		if target != "" && isEmptyField(a, target, dateRaw) {
			fv, err := fieldValue(target, raw)
			if err != nil {
				report(problem(loc, fmt.Errorf("field %q %v; line skipped", k, err), false))
				return nil
			}
			v = fv
		}
		if target == "" || !setField(a, target, v, &dateRaw) {
			if a.Meta == nil {
				a.Meta = make(map[string]string)
			}
			a.Meta[k] = v
		}
	}
	if dateRaw != "" {
		if d, ok := parseDate(dateRaw); ok {
			a.Published = d
		} else {
			report(problem(loc, fmt.Errorf("unknown date format %q; article kept without date", dateRaw), true))
		}
	}
	if strings.TrimSpace(a.Body) == "" && strings.TrimSpace(a.Title) == "" {
		// An empty article with an id and a date is kept (its id and date
		// are facts); without a date it is more likely a metadata record
		// (labels keyed by id), which must not replace the article.
		if a.ID == "" || a.Published == "" {
			if sk.skip() {
				report(problem(loc, errors.New("no text or title; skipped (a metadata file? join it with --meta)"), true))
			}
			return nil
		}
		report(problem(loc, errors.New("no text and no title; article kept empty"), true))
	}
	if a.ID == "" {
		a.ID = TextID(a.Title + "\n\n" + a.Body)
	}
	return emit(a)
}

// canonical are the preferred field names: they win over their aliases.
var canonical = map[string]bool{
	"id": true, "title": true, "text": true, "published_at": true,
	"url": true, "outlet": true, "lang": true, "author": true,
}

// sortedFields gives the keys of a JSON object canonical names first, then
// the rest in lexical order, so that aliases are resolved the same way on
// every run.
func sortedFields[V any](fields map[string]V) []string {
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		ci, cj := canonical[strings.ToLower(keys[i])], canonical[strings.ToLower(keys[j])]
		if ci != cj {
			return ci
		}
		return keys[i] < keys[j]
	})
	return keys
}

// articleFields gives the article field each target name fills.
var articleFields = map[string]func(a *kroniek.Article) *string{
	"id":     func(a *kroniek.Article) *string { return &a.ID },
	"title":  func(a *kroniek.Article) *string { return &a.Title },
	"text":   func(a *kroniek.Article) *string { return &a.Body },
	"url":    func(a *kroniek.Article) *string { return &a.URL },
	"outlet": func(a *kroniek.Article) *string { return &a.Outlet },
	"lang":   func(a *kroniek.Article) *string { return &a.Lang },
	"author": func(a *kroniek.Article) *string { return &a.Author },
}

// setField fills the article field target with v when it is still empty,
// and tells whether it did. Dates are kept raw in *date for parsing.
func setField(a *kroniek.Article, target, v string, date *string) bool {
	p := date
	if target != "published" {
		field, ok := articleFields[target]
		if !ok {
			return false
		}
		p = field(a)
	}
	if *p != "" || v == "" {
		return false
	}
	*p = v
	return true
}

// isEmptyField tells whether the article field target is still to be
// filled: a field whose value kroniek will take, so its type matters.
func isEmptyField(a *kroniek.Article, target, date string) bool {
	if target == "published" {
		return date == ""
	}
	field, ok := articleFields[target]
	return ok && *field(a) == ""
}

// fieldValue gives the text of a JSON value for the article field target,
// or says why that value cannot be one. Text fields take a string; an id or
// a date may also be a number ("id": 10593548, "published": 1575158400); an
// outlet or an author may be an object with a "name" ({"name": "De Krant"},
// as schema.org writes them), and authors a list of those or of strings,
// joined with ", ". Anything else ("text": ["Een zin."], "title": 5,
// "published": true) is an error: stored as its JSON text it would be an
// article titled "5" or a date never parsed, silently.
func fieldValue(target string, raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	switch kind := jsonKind(raw); {
	case kind == "string":
		v, _ := jsonString(raw)
		return v, nil
	case kind == "number" && (target == "id" || target == "published"):
		return string(raw), nil
	case kind == "object" && (target == "outlet" || target == "author"):
		if name, ok := objectName(raw); ok {
			return name, nil
		}
		return "", errors.New(`is a JSON object without a "name" string, not a string`)
	case kind == "array" && target == "author":
		if names, ok := authorNames(raw); ok {
			return names, nil
		}
		return "", errors.New("is a JSON array of something other than names, not a string")
	default:
		want := "a string"
		if target == "id" || target == "published" {
			want = "a string or a number"
		}
		return "", fmt.Errorf("is a JSON %s, not %s", kind, want)
	}
}

// jsonKind names the kind of a JSON value as a user knows it: string,
// number, boolean, array or object.
func jsonKind(raw json.RawMessage) string {
	if len(raw) == 0 {
		return "null"
	}
	switch raw[0] {
	case '"':
		return "string"
	case '{':
		return "object"
	case '[':
		return "array"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "number"
}

// objectName gives the "name" string of a JSON object: {"@type":
// "Organization", "name": "De Krant"} gives "De Krant".
func objectName(raw json.RawMessage) (string, bool) {
	var o struct {
		Name *string `json:"name"`
	}
	if json.Unmarshal(raw, &o) != nil || o.Name == nil || strings.TrimSpace(*o.Name) == "" {
		return "", false
	}
	return strings.TrimSpace(*o.Name), true
}

// authorNames joins a JSON list of author names, or of objects with a
// name: ["A. de Vries", {"name": "B. Jansen"}] gives "A. de Vries, B. Jansen".
func authorNames(raw json.RawMessage) (string, bool) {
	var items []json.RawMessage
	if json.Unmarshal(raw, &items) != nil {
		return "", false
	}
	names := make([]string, 0, len(items))
	for _, it := range items {
		it = bytes.TrimSpace(it)
		var name string
		switch jsonKind(it) {
		case "string":
			name, _ = jsonString(it)
			name = strings.TrimSpace(name)
		case "object":
			name, _ = objectName(it)
		default:
			return "", false
		}
		if name != "" {
			names = append(names, name)
		}
	}
	return strings.Join(names, ", "), true
}

// jsonString renders a JSON value as a string: strings unquoted, numbers
// and booleans as written, objects and arrays as compact JSON.
func jsonString(raw json.RawMessage) (s string, isNull bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", true
	}
	switch raw[0] {
	case '"':
		// Fast path: no escapes to undo (raw was validated by the caller's
		// decoder, so it ends in a quote).
		if inner := raw[1 : len(raw)-1]; len(raw) >= 2 && bytes.IndexByte(inner, '\\') < 0 && utf8.Valid(inner) {
			return string(inner), false
		}
		if err := json.Unmarshal(raw, &s); err == nil {
			return s, false
		}
	case '{', '[':
		var b bytes.Buffer
		if json.Compact(&b, raw) == nil {
			return b.String(), false
		}
	}
	return string(raw), false
}

// dateLayouts are the date formats parseDate accepts, with the precision
// each keeps.
var dateLayouts = []struct{ layout, keep string }{
	{time.RFC3339Nano, "2006-01-02"},
	{"2006-01-02T15:04:05", "2006-01-02"},
	{"2006-01-02 15:04:05", "2006-01-02"},
	{"2006-01-02 15:04:05Z07:00", "2006-01-02"},
	{"2006-01-02 15:04", "2006-01-02"},
	{"2006-01-02", "2006-01-02"},
	{"2006/01/02", "2006-01-02"},
	{"2006-01", "2006-01"},
	{time.RFC1123Z, "2006-01-02"},
	{time.RFC1123, "2006-01-02"},
}

// parseDate parses a publication date in one of the accepted formats
// (RFC 3339, "2006-01-02 15:04:05", "2006-01-02", "2006-01", Unix seconds
// or milliseconds, or written out: "3 december 2026") and returns it as "YYYY-MM-DD" or "YYYY-MM". Dates with
// a zone keep the calendar day of that zone.
func parseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	// Fast paths: "2006-01-02" and "2006-01".
	if (len(s) == 10 || len(s) == 7) && s[4] == '-' && isDigits(s[:4]) && isDigits(s[5:7]) &&
		(len(s) == 7 || s[7] == '-' && isDigits(s[8:])) {
		layout := "2006-01-02"[:len(s)]
		if t, err := time.Parse(layout, s); err == nil && t.Year() >= 1000 {
			return s, true
		}
		return "", false
	}
	if isDigits(s) && len(s) >= 9 && len(s) <= 13 {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return "", false
		}
		if len(s) == 13 {
			n /= 1000
		}
		return time.Unix(n, 0).UTC().Format("2006-01-02"), true
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l.layout, s); err == nil {
			if t.Year() < 1000 {
				return "", false
			}
			return t.Format(l.keep), true
		}
	}
	// Written out, as a byline gives it: "3 december 2026", "December 3, 2026".
	return parseVisibleDate(s)
}

// isDigits tells whether s is all ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// jsonLineError says in a user's words why a JSONL line is not an article
// object: another JSON value (an array, a string, a number), or malformed
// JSON; never a Go type name.
func jsonLineError(line []byte, err error) string {
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return fmt.Sprintf("malformed json at byte %d of the line: %s", se.Offset, se.Error())
		}
		return "malformed json: " + err.Error()
	}
	switch c := bytes.TrimSpace(line); {
	case len(c) > 0 && c[0] == '[':
		return "the line is a JSON array, not an article object {...}; give a whole JSON array as a .json file, or one object a line"
	default:
		return fmt.Sprintf("the line is a JSON %s, not an article object {...}", te.Value)
	}
}
