package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/kroniek/kroniek"
)

// Input formats Read dispatches to.
const (
	formatText  = "text"
	formatJSONL = "jsonl"
	formatJSON  = "json"
	formatHTML  = "html"
	formatFeed  = "feed"
	formatWARC  = "warc"
)

// sniffSize is how much of an input is looked at to guess its format.
const sniffSize = 8 << 10

// Read reads every path and emits the articles found. A path is a file, a
// directory (walked recursively in lexical order, hidden entries skipped),
// "-" for standard input, or an http(s) URL. The format comes from the
// extension and, where that says nothing, from the content.
//
// Every input that cannot be read, or can only be read in part, is sent to
// report as a kroniek.Problem with its location, and reading goes on. Read
// returns an error only when it cannot go on: the context is done or emit
// failed. Articles whose id is in opts.Meta get those fields joined; how
// many had none is reported as a warning.
func Read(ctx context.Context, paths []string, opts Options, emit Emit, report Report) error {
	if opts.MaxSize <= 0 {
		opts.MaxSize = DefaultMaxSize
	}
	r := &reader{opts: opts, report: report}
	seen := make(map[string]string)    // id -> hash of the text first read under it
	sources := make(map[string]string) // id -> source of the text first read under it
	read, joined := 0, 0               // articles read, and those the metadata knew
	r.emit = func(a *kroniek.Article) error {
		read++
		if opts.Meta[a.ID] != nil {
			joined++
		}
		applyMeta(a, opts.Meta)
		h := TextID(a.Title + "\n\n" + a.Body)
		if nameID(a) {
			// An id from a file name names the file: another file of the
			// same name (in another folder, now or in an earlier run) with
			// another text gets the id and a hash of its path, the same in
			// every run, so a changed text of one file stays an update of
			// its article and two files never replace each other. The same
			// text under the same name is the same article, however the
			// path to it was spelled.
			old := a.ID
			if first, ok := seen[a.ID]; ok && first != h && sources[a.ID] != a.Source {
				a.ID = sourceID(old, a.Source)
			} else if !ok && opts.Stored != nil {
				if st := opts.Stored(a.ID); st != nil && st.Source != a.Source && TextID(st.Title+"\n\n"+st.Body) != h {
					a.ID = sourceID(old, a.Source)
				}
			}
			if a.ID != old {
				r.warn(a.Source, fmt.Errorf("id %q already names the article of another file; stored as %q", old, a.ID))
			}
		} else if first, ok := seen[a.ID]; ok && first != h {
			// Two different texts under one id in this batch: the later
			// one gets an id of its own, so neither is lost.
			old := a.ID
			a.ID = old + "-" + h[:8]
			r.warn(a.Source, fmt.Errorf("id %q already used by another text in this batch; stored as %q", old, a.ID))
		}
		if _, ok := seen[a.ID]; !ok {
			seen[a.ID], sources[a.ID] = h, a.Source
		}
		if err := emit(a); err != nil {
			r.emitErr = err
			return err
		}
		return nil
	}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := r.path(ctx, p); err != nil {
			return err
		}
	}
	if len(opts.Meta) > 0 && joined < read {
		r.warn("--meta", fmt.Errorf("%d of %d articles have no metadata: their ids are in no --meta file", read-joined, read))
	}
	return nil
}

// reader carries one Read call's settings and its fatal emit error.
type reader struct {
	opts    Options
	emit    Emit
	report  Report
	emitErr error
	files   int // files met in directory walks, read or skipped
}

// problem reports a failed input.
func (r *reader) problem(loc string, err error) {
	r.report(kroniek.Problem{Location: loc, Err: err, Message: err.Error()})
}

// warn reports an input that was used after a repair.
func (r *reader) warn(loc string, err error) {
	r.report(kroniek.Problem{Location: loc, Err: err, Message: err.Error(), Warning: true})
}

// fatal tells whether err must stop Read: a done context or a failed emit.
func (r *reader) fatal(ctx context.Context, err error) error {
	if r.emitErr != nil {
		return r.emitErr
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return nil
}

// path reads one command-line path.
func (r *reader) path(ctx context.Context, p string) error {
	switch {
	case p == "-":
		in := r.opts.Stdin
		if in == nil {
			in = os.Stdin
		}
		return r.stream(ctx, "-", "", in, -1)
	case isURL(p):
		if err := readURL(ctx, p, r.opts, r.emit, r.report); err != nil {
			if f := r.fatal(ctx, err); f != nil {
				return f
			}
			var fe *FetchError
			if errors.As(err, &fe) && fe.URL == p {
				err = fe.Err // the location is the URL already
			}
			r.problem(p, fmt.Errorf("read url: %w", err))
		}
		return nil
	}
	info, err := os.Stat(p)
	if err != nil {
		r.problem(p, fmt.Errorf("open: %w", err))
		return nil
	}
	if info.IsDir() {
		before := r.files
		if err := r.dir(ctx, p); err != nil {
			return err
		}
		if r.files == before {
			// Say so, rather than print an empty chronicle with exit 0.
			r.warn(p, errors.New("no files in this directory (hidden ones are skipped)"))
		}
		return nil
	}
	if !info.Mode().IsRegular() {
		// Opening a FIFO blocks until a writer comes, and a device never
		// ends: neither is a file of articles.
		r.problem(p, fmt.Errorf("refused: %s, not a regular file (to read a stream, pipe it to kroniek and give - as the path)", fileKind(info.Mode())))
		return nil
	}
	return r.file(ctx, p, false)
}

// dir walks a directory in lexical order, skipping hidden entries. Files
// with an extension kroniek does not read are reported as skipped.
// Symbolic links are followed: a link to a file is read like the file, a
// link to a directory is walked, and a broken link is a problem. Each
// directory is walked once, so a link back into the walk (a loop) is
// skipped with a warning instead of walked in circles.
func (r *reader) dir(ctx context.Context, root string) error {
	return r.walk(ctx, root, map[string]bool{})
}

// walk reads the directory dir for dir, remembering in seen the real
// path of every directory walked.
func (r *reader) walk(ctx context.Context, dir string, seen map[string]bool) error {
	real, err := filepath.EvalSymlinks(dir)
	if err == nil {
		real, err = filepath.Abs(real)
	}
	if err != nil {
		r.problem(dir, fmt.Errorf("walk: %w", err))
		return nil
	}
	if seen[real] {
		r.warn(dir, fmt.Errorf("skipped: a link to a directory already read (%s)", real))
		return nil
	}
	seen[real] = true
	entries, err := os.ReadDir(dir)
	if err != nil {
		// ReadDir returns the entries it read before the error.
		r.problem(dir, fmt.Errorf("walk: %w", err))
	}
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return err
		}
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		p := filepath.Join(dir, e.Name())
		typ := e.Type()
		if typ&fs.ModeSymlink != 0 {
			info, err := os.Stat(p)
			if err != nil {
				r.problem(p, fmt.Errorf("broken link: %w", err))
				continue
			}
			typ = info.Mode().Type()
		}
		var fatal error // from a done context or a failed emit
		switch {
		case typ.IsDir():
			fatal = r.walk(ctx, p, seen)
		case typ.IsRegular():
			r.files++
			fatal = r.file(ctx, p, true)
		case typ&(fs.ModeNamedPipe|fs.ModeDevice|fs.ModeCharDevice|fs.ModeSocket) != 0:
			r.warn(p, fmt.Errorf("skipped: %s, not a regular file", fileKind(typ)))
		}
		if fatal != nil {
			return fatal
		}
	}
	return nil
}

// file opens and reads one file. In a directory walk, files whose
// extension names no known format are skipped with a warning.
func (r *reader) file(ctx context.Context, p string, walking bool) error {
	format, known := formatByName(p)
	if walking && !known {
		r.warn(p, fmt.Errorf("skipped: not a known article format (%s)", filepath.Ext(p)))
		return nil
	}
	if isTable(p) {
		// Sniffed, a table read as one text article, its header line
		// for a title ("id,text"): say what is read instead.
		r.problem(p, errors.New("skipped: a CSV/TSV table is not read as articles; give them as JSONL (one object a line), or this file as --meta"))
		return nil
	}
	f, err := os.Open(p)
	if err != nil {
		r.problem(p, fmt.Errorf("open: %w", err))
		return nil
	}
	defer f.Close()
	size := int64(-1)
	if info, err := f.Stat(); err == nil {
		size = info.Size()
	}
	return r.stream(ctx, p, format, f, size)
}

// stream reads one input of the given format ("" to sniff) and size (-1
// when unknown).
func (r *reader) stream(ctx context.Context, name, format string, in io.Reader, size int64) error {
	var rd io.Reader = in
	if strings.HasSuffix(strings.ToLower(name), ".gz") && format != formatWARC {
		zr, err := gzip.NewReader(in)
		if err != nil {
			r.problem(name, fmt.Errorf("open gzip: %w", err))
			return nil
		}
		defer zr.Close()
		rd, size = zr, -1
	}
	if format != "" && !isStreamed(format) && size > r.opts.MaxSize {
		r.problem(name, fmt.Errorf("file too large: %d bytes, limit %d", size, r.opts.MaxSize))
		return nil
	}
	br := bufio.NewReaderSize(rd, 64<<10)
	head, err := br.Peek(sniffSize)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		r.problem(name, fmt.Errorf("read: %w", err))
		return nil
	}
	if len(bytes.TrimSpace(head)) == 0 {
		r.problem(name, errors.New("empty file"))
		return nil
	}
	if format == "" {
		format = sniffFormat(head)
	}
	if format != formatWARC && isBinary(head) {
		r.problem(name, errors.New("binary file, not text; skipped"))
		return nil
	}
	if !isStreamed(format) && size > r.opts.MaxSize {
		r.problem(name, fmt.Errorf("file too large: %d bytes, limit %d", size, r.opts.MaxSize))
		return nil
	}
	if (format == formatJSONL || format == formatJSON) && bytes.HasPrefix(head, utf8BOM) {
		// The byte order mark Windows tools write before UTF-8 is no
		// JSON: the first line, or the whole array, was refused over it
		// ("invalid character 'ï'").
		_, _ = br.Discard(len(utf8BOM))
	}
	var rerr error
	switch format {
	case formatJSONL:
		rerr = readJSONL(ctx, name, br, r.opts, r.emit, r.report)
	case formatJSON:
		rerr = readJSON(ctx, name, br, r.opts, r.emit, r.report)
	case formatWARC:
		rerr = readWARC(ctx, name, br, r.opts, r.emit, r.report)
	case formatHTML, formatFeed:
		body, ok := r.readLimited(name, br)
		if !ok {
			return nil
		}
		if format == formatHTML {
			rerr = readHTML(ctx, name, bytes.NewReader(body), r.opts, r.emit, r.report)
		} else {
			rerr = readFeed(ctx, name, bytes.NewReader(body), r.opts, r.emit, r.report)
		}
	default:
		body, ok := r.readLimited(name, br)
		if !ok {
			return nil
		}
		rerr = r.text(name, body)
	}
	if rerr != nil {
		if f := r.fatal(ctx, rerr); f != nil {
			return f
		}
		r.problem(name, fmt.Errorf("read %s: %w", format, rerr))
	}
	return nil
}

// utf8BOM is the byte order mark some tools write before UTF-8 text.
var utf8BOM = []byte("\ufeff")

// readLimited reads a whole input of at most MaxSize bytes.
func (r *reader) readLimited(name string, br io.Reader) ([]byte, bool) {
	body, err := io.ReadAll(io.LimitReader(br, r.opts.MaxSize+1))
	if err != nil {
		r.problem(name, fmt.Errorf("read: %w", err))
		return nil, false
	}
	if int64(len(body)) > r.opts.MaxSize {
		r.problem(name, fmt.Errorf("file too large: over limit of %d bytes", r.opts.MaxSize))
		return nil, false
	}
	return body, true
}

// isStreamed tells whether a format is read record by record, so that
// the size limit applies to each record (a JSONL line, a WARC record)
// rather than to the whole file.
func isStreamed(format string) bool { return format == formatJSONL || format == formatWARC }

// isURL tells whether p is an http(s) URL.
func isURL(p string) bool {
	l := strings.ToLower(p)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// isTable reports whether p names a CSV or TSV table ("lijst.csv",
// "lijst.tsv.gz"): kroniek reads tables as --meta only.
func isTable(p string) bool {
	ext := filepath.Ext(strings.TrimSuffix(strings.ToLower(p), ".gz"))
	return ext == ".csv" || ext == ".tsv"
}

// formatByName gives the format an extension names, and whether it names
// one ("" and false for unknown extensions; "" and true for none, which is
// sniffed).
func formatByName(p string) (string, bool) {
	base := strings.ToLower(filepath.Base(p))
	base = strings.TrimSuffix(base, ".gz")
	switch ext := filepath.Ext(base); ext {
	case ".txt", ".text":
		return formatText, true
	case ".jsonl", ".ndjson", ".json-lines", ".jsonlines":
		return formatJSONL, true
	case ".json":
		return formatJSON, true
	case ".html", ".htm", ".xhtml":
		return formatHTML, true
	case ".xml", ".rss", ".atom":
		return formatFeed, true
	case ".warc", ".arc":
		return formatWARC, true
	case "":
		return "", true
	default:
		return "", false
	}
}

// sniffFormat guesses a format from the start of an input.
func sniffFormat(head []byte) string {
	h := bytes.TrimLeft(head, "\ufeff \t\r\n")
	l := bytes.ToLower(h[:min(len(h), 1024)])
	switch {
	case bytes.HasPrefix(h, []byte("WARC/")):
		return formatWARC
	case bytes.HasPrefix(l, []byte("<!doctype html")), bytes.HasPrefix(l, []byte("<html")):
		return formatHTML
	case bytes.HasPrefix(l, []byte("<?xml")), bytes.HasPrefix(l, []byte("<rss")), bytes.HasPrefix(l, []byte("<feed")):
		if bytes.Contains(l, []byte("<html")) {
			return formatHTML
		}
		return formatFeed
	case bytes.HasPrefix(h, []byte("{")):
		return formatJSONL
	case bytes.HasPrefix(h, []byte("[")) && bytes.Contains(h[:min(len(h), 64)], []byte("{")):
		return formatJSON
	}
	return formatText
}

// nameID reports whether an article's id is its file's name (a text file,
// or a page without a canonical URL), not an id of the source's own.
func nameID(a *kroniek.Article) bool {
	return a.Source != "" && a.Source != "-" && !isURL(a.Source) && a.ID == baseID(a.Source) &&
		!strings.Contains(filepath.Ext(a.Source), ":")
}

// sourceID is the id of a file whose name is already the id of another
// file's article: the name and 8 hex digits of the hash of its path.
func sourceID(id, source string) string {
	return id + "-" + TextID(filepath.ToSlash(filepath.Clean(source)))[:8]
}

// fileKind names a file mode that is not a regular file's.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO (named pipe)"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return "not a regular file"
}
