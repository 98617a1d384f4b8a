package source

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/kroniek/kroniek"
)

// Bounds of one WARC record header.
const (
	maxWARCHeaderLine  = 64 << 10
	maxWARCHeaderLines = 256
)

// errTruncated marks input that ends inside a record or gzip member.
var errTruncated = errors.New("truncated")

// warcHeader holds the named fields of one WARC record header.
type warcHeader struct {
	Version     string // "WARC/1.0", "WARC/1.1"
	Type        string // WARC-Type, lowercased
	TargetURI   string
	Date        string
	RecordID    string
	ContentType string
	Length      int64
}

// WARCStats counts what a WARC reader did with the records it saw.
type WARCStats struct {
	Records  int // records read
	Articles int // response records emitted as articles
	Skipped  int // records of other types, statuses or content types
	Failed   int // records reported as problems
}

// readWARC reads a .warc or .warc.gz stream record by record (a gzip
// member at a time, never the whole file), emitting an article for every
// HTTP 200 response record holding HTML. Request, metadata, warcinfo,
// revisit and non-HTML records are skipped. A stream that breaks off is
// reported with the byte offset of the record or member where it broke;
// every record before it has been emitted.
func readWARC(ctx context.Context, name string, r io.Reader, opts Options, emit Emit, report Report) error {
	_, err := ReadWARC(ctx, name, r, opts.MaxSize, emit, report)
	return err
}

// ReadWARC is readWARC with its counts, for tools and benchmarks. maxSize
// bounds one record's block (DefaultMaxSize when <= 0). Only a done
// context or emit's error is returned; all else goes to report.
func ReadWARC(ctx context.Context, name string, r io.Reader, maxSize int64, emit Emit, report Report) (WARCStats, error) {
	if maxSize <= 0 {
		maxSize = DefaultMaxSize
	}
	cr := &countingReader{r: r}
	br := bufio.NewReaderSize(cr, 64<<10)
	w := &warcReader{name: name, maxSize: maxSize, emit: emit, report: report,
		pos: func() int64 { return cr.n - int64(br.Buffered()) }}
	magic, _ := br.Peek(2)
	var err error
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		err = w.gzipped(ctx, br)
	} else {
		err = w.records(ctx, br, -1)
		if err != nil && ctx.Err() == nil && !w.emitFailed {
			w.broken(err)
			err = nil
		}
	}
	if err == nil && w.stats.Records > 0 && w.stats.Articles == 0 && w.stats.Failed == 0 {
		report(problem(name, fmt.Errorf("warc: none of %d records is an HTML page (HTTP 200 response)", w.stats.Records), true))
	}
	return w.stats, err
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// warcReader carries one WARC stream's state.
type warcReader struct {
	name       string
	maxSize    int64
	emit       Emit
	report     Report
	pos        func() int64 // offset of the next unread byte of the file
	stats      WARCStats
	emitFailed bool
	broke      int64 // offset of the record being read, for errors
	// nth counts the records of the current gzip member: a member of
	// several records (a whole archive gzipped at once) locates a record
	// by its number in the member, as its offset is the member's.
	nth int
}

// loc is the location of a record: "file@offset".
func (w *warcReader) loc(off int64) string { return fmt.Sprintf("%s@%d", w.name, off) }

// broken reports a stream that cannot be read past w.broke.
func (w *warcReader) broken(err error) {
	w.stats.Failed++
	w.report(problem(w.loc(w.broke), fmt.Errorf("warc broken at byte offset %d%s: %w", w.broke, w.inMember(), err), false))
}

// inMember says which record of a gzip member of several is meant, or ""
// when its member holds it alone (or the archive is not compressed).
func (w *warcReader) inMember() string {
	if w.nth < 2 {
		return ""
	}
	return fmt.Sprintf(" (record %d of the gzip member there)", w.nth)
}

// gzipped reads a .warc.gz member by member.
func (w *warcReader) gzipped(ctx context.Context, br *bufio.Reader) error {
	start := w.pos()
	zr, err := gzip.NewReader(br)
	if err != nil {
		w.broke = start
		w.broken(fmt.Errorf("gzip header: %w", err))
		return nil
	}
	mr := bufio.NewReaderSize(zr, 64<<10)
	for {
		zr.Multistream(false)
		w.nth = 0
		err := w.records(ctx, mr, start)
		if err != nil {
			if ctx.Err() != nil || w.emitFailed {
				return err
			}
			if isGzipErr(err) || fileEnded(br) {
				w.broke = start
				w.broken(err)
				return nil
			}
			// A bad record inside a sound member: report it, skip the
			// rest of the member and go on with the next.
			w.stats.Failed++
			w.report(problem(w.loc(start), fmt.Errorf("warc record at byte offset %d%s: %w", start, w.inMember(), err), false))
			if _, err := io.Copy(io.Discard, mr); err != nil {
				w.broke = start
				w.broken(err)
				return nil
			}
		}
		start = w.pos()
		if err := zr.Reset(br); err != nil {
			if err == io.EOF {
				return nil
			}
			w.broke = start
			w.broken(fmt.Errorf("gzip member header: %w", err))
			return nil
		}
		mr.Reset(zr)
	}
}

// fileEnded tells whether nothing is left to read.
func fileEnded(br *bufio.Reader) bool {
	_, err := br.Peek(1)
	return err != nil
}

// isGzipErr tells whether err comes from decompression rather than the
// WARC format.
func isGzipErr(err error) bool {
	var ce flate.CorruptInputError
	return errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, gzip.ErrChecksum) ||
		errors.Is(err, gzip.ErrHeader) || errors.As(err, &ce)
}

// records reads the records of one stream until its end. member is the
// offset of the gzip member holding them, or -1 for a plain WARC (records
// are then located by their own offset).
func (w *warcReader) records(ctx context.Context, rr *bufio.Reader, member int64) error {
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		off := member
		if err := skipBlankLines(rr); err != nil {
			if err == io.EOF {
				return nil // clean end of stream
			}
			return err
		}
		if member < 0 {
			off = w.pos()
		} else {
			w.nth++
		}
		w.broke = off
		h, err := readWARCHeader(rr)
		if err != nil {
			return err
		}
		w.stats.Records++
		if err := w.block(rr, h, off); err != nil {
			return err
		}
	}
}

// skipBlankLines consumes the CR/LF between records; io.EOF at the end.
func skipBlankLines(rr *bufio.Reader) error {
	for {
		b, err := rr.ReadByte()
		if err != nil {
			return err
		}
		if b != '\r' && b != '\n' {
			return rr.UnreadByte()
		}
	}
}

// readWARCHeader reads the version line and named fields of one record.
func readWARCHeader(rr *bufio.Reader) (*warcHeader, error) {
	line, err := readHeaderLine(rr)
	if err != nil {
		return nil, err
	}
	if !strings.HasPrefix(line, "WARC/") {
		return nil, fmt.Errorf("not a WARC record (starts with %q)", headOf([]byte(line), 20))
	}
	h := &warcHeader{Version: line, Length: -1}
	for n := 0; ; n++ {
		if n > maxWARCHeaderLines {
			return nil, fmt.Errorf("record header of over %d lines", maxWARCHeaderLines)
		}
		line, err := readHeaderLine(rr)
		if err != nil {
			return nil, err
		}
		if line == "" {
			break
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		v = strings.TrimSpace(v)
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "warc-type":
			h.Type = strings.ToLower(v)
		case "warc-target-uri":
			h.TargetURI = strings.Trim(v, "<>")
		case "warc-date":
			h.Date = v
		case "warc-record-id":
			h.RecordID = v
		case "content-type":
			h.ContentType = v
		case "content-length":
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil || n < 0 {
				return nil, fmt.Errorf("bad Content-Length %q", v)
			}
			h.Length = n
		}
	}
	if h.Length < 0 {
		return nil, errors.New("record without Content-Length")
	}
	return h, nil
}

// readHeaderLine reads one CRLF- or LF-ended line of at most
// maxWARCHeaderLine bytes.
func readHeaderLine(rr *bufio.Reader) (string, error) {
	var buf []byte
	for {
		part, isPrefix, err := rr.ReadLine()
		if err != nil {
			if err == io.EOF {
				return "", fmt.Errorf("%w: stream ends inside a record header", errTruncated)
			}
			return "", err
		}
		buf = append(buf, part...)
		if len(buf) > maxWARCHeaderLine {
			return "", fmt.Errorf("record header line over %d bytes", maxWARCHeaderLine)
		}
		if !isPrefix {
			return string(buf), nil
		}
	}
}

// block reads (or skips) one record's block and emits its article.
func (w *warcReader) block(rr *bufio.Reader, h *warcHeader, off int64) error {
	wanted := h.Type == "response" && strings.HasPrefix(strings.ToLower(h.ContentType), "application/http")
	if !wanted || h.Length > w.maxSize {
		n, err := io.CopyN(io.Discard, rr, h.Length)
		if err != nil {
			return w.shortBlock(err, n, h.Length)
		}
		if wanted {
			w.stats.Failed++
			w.report(problem(w.loc(off), fmt.Errorf("%w: warc record of %d bytes over the limit of %d; skipped", ErrTooLarge, h.Length, w.maxSize), false))
		} else {
			w.stats.Skipped++
		}
		return nil
	}
	// The block is streamed: a response that is no HTML page is skipped
	// after its HTTP header, without holding its body.
	lr := &io.LimitedReader{R: rr, N: h.Length}
	a, skip, err := warcArticle(h, lr)
	if _, derr := io.Copy(io.Discard, lr); derr != nil || lr.N > 0 {
		if derr == nil {
			derr = io.ErrUnexpectedEOF
		}
		return w.shortBlock(derr, h.Length-lr.N, h.Length)
	}
	switch {
	case err != nil:
		w.stats.Failed++
		w.report(problem(w.loc(off), err, false))
	case skip:
		w.stats.Skipped++
	default:
		a.Source = w.loc(off)
		w.stats.Articles++
		if err := w.emit(a); err != nil {
			w.emitFailed = true
			return err
		}
	}
	return nil
}

// shortBlock describes a block cut off after n of want bytes.
func (w *warcReader) shortBlock(err error, n, want int64) error {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return fmt.Errorf("%w: record block ends after %d of %d bytes", errTruncated, n, want)
	}
	return err
}

// warcArticle turns a response record's block (an HTTP response) into an
// article. skip is set for responses that are no HTML page with status 200.
// The caller drains what is left of block.
func warcArticle(h *warcHeader, block io.Reader) (a *kroniek.Article, skip bool, err error) {
	br := bufio.NewReaderSize(block, 16<<10)
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		return nil, false, fmt.Errorf("warc response for %s: http header: %w", h.TargetURI, err)
	}
	defer resp.Body.Close()
	ct := resp.Header.Get("Content-Type")
	mt, _, _ := mime.ParseMediaType(ct)
	if resp.StatusCode != http.StatusOK || (mt != "" && !htmlMediaTypes[mt] && mt != "text/plain" && mt != "application/octet-stream") {
		return nil, true, nil
	}
	// The archived Content-Length often no longer matches the stored
	// payload; only a chunked body is read through the HTTP reader, any
	// other is the rest of the block.
	var body []byte
	if len(resp.TransferEncoding) > 0 {
		body, err = io.ReadAll(resp.Body)
	} else {
		body, err = io.ReadAll(br)
	}
	if err != nil && len(body) == 0 {
		return nil, false, fmt.Errorf("warc response for %s: http body: %w", h.TargetURI, err)
	}
	body = decodeContentEncoding(resp.Header.Get("Content-Encoding"), body)
	if !isHTMLResponse(mt, body) {
		return nil, true, nil
	}
	a, err = ExtractHTML(body, h.TargetURI, ct)
	if err != nil {
		return nil, false, fmt.Errorf("warc response for %s: %w", h.TargetURI, err)
	}
	if a.URL == "" {
		a.URL = h.TargetURI
	}
	if a.ID == "" {
		a.ID = URLID(a.URL)
	}
	// WARC-Date is when the page was crawled, not published: kept as
	// metadata only.
	setMeta(a, "warc_date", h.Date)
	setMeta(a, "warc_record_id", h.RecordID)
	if h.TargetURI != a.URL {
		setMeta(a, "warc_target_uri", h.TargetURI)
	}
	return a, false, nil
}

// decodeContentEncoding undoes gzip or deflate content encoding. Archives
// often store the decoded payload under the original header, so a body
// that does not decode is returned as it is.
func decodeContentEncoding(enc string, body []byte) []byte {
	var rd io.ReadCloser
	switch strings.ToLower(strings.TrimSpace(enc)) {
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return body
		}
		rd = zr
	case "deflate":
		rd = flate.NewReader(bytes.NewReader(body))
	default:
		return body
	}
	defer rd.Close()
	out, err := io.ReadAll(io.LimitReader(rd, DefaultMaxSize))
	if err != nil && len(out) == 0 {
		return body
	}
	return out
}
