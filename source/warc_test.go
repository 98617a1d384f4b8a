package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// warcWriter writes WARC records for the tests, each in a gzip member of
// its own when gz is set. offsets holds where each record starts.
type warcWriter struct {
	buf     bytes.Buffer
	gz      bool
	version string
	n       int
	offsets []int
}

func (w *warcWriter) record(typ, uri, contentType string, block []byte) {
	w.n++
	w.offsets = append(w.offsets, w.buf.Len())
	var rec bytes.Buffer
	version := w.version
	if version == "" {
		version = "WARC/1.0"
	}
	fmt.Fprintf(&rec, "%s\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-%012d>\r\n", version, typ, w.n)
	fmt.Fprintf(&rec, "WARC-Date: 2024-03-0%dT12:00:00Z\r\n", 1+w.n%9)
	if uri != "" {
		fmt.Fprintf(&rec, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&rec, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n", contentType, len(block))
	rec.Write(block)
	rec.WriteString("\r\n\r\n")
	if !w.gz {
		w.buf.Write(rec.Bytes())
		return
	}
	zw := gzip.NewWriter(&w.buf)
	zw.Write(rec.Bytes())
	zw.Close()
}

// response writes an HTTP response record.
func (w *warcWriter) response(uri string, status int, header string, body []byte) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %d X\r\n%s\r\n", status, header)
	b.Write(body)
	w.record("response", uri, "application/http; msgtype=response", b.Bytes())
}

// chunked encodes body with chunked transfer-encoding.
func chunked(body []byte) []byte {
	var b bytes.Buffer
	for len(body) > 0 {
		n := min(len(body), 700)
		fmt.Fprintf(&b, "%x\r\n", n)
		b.Write(body[:n])
		b.WriteString("\r\n")
		body = body[n:]
	}
	b.WriteString("0\r\n\r\n")
	return b.Bytes()
}

func gzipped(body []byte) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(body)
	zw.Close()
	return b.Bytes()
}

// testArchive writes an archive of every record kind: warcinfo, request,
// three HTML pages (plain, chunked+gzip, and no metadata URL), a 404, an
// image, metadata and a revisit.
func testArchive(t testing.TB, gz bool, version string) *warcWriter {
	w := &warcWriter{gz: gz, version: version}
	w.record("warcinfo", "", "application/warc-fields", []byte("software: kroniek-test\r\n"))
	w.record("request", "https://www.rivierenblad.example/binnenland/dijk-kampen", "application/http; msgtype=request",
		[]byte("GET /binnenland/dijk-kampen HTTP/1.1\r\nHost: www.rivierenblad.example\r\n\r\n"))
	dijk := readFixture(t, "dijk.html")
	w.response("https://www.rivierenblad.example/binnenland/dijk-kampen", 200,
		fmt.Sprintf("Content-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n", len(dijk)), dijk)
	museum := readFixture(t, "museum.html")
	w.response("https://geldersdagblad.example/cultuur/schilderij-elburg", 200,
		"Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", chunked(gzipped(museum)))
	w.response("https://www.rivierenblad.example/weg", 404, "Content-Type: text/html\r\nContent-Length: 9\r\n", []byte("not found"))
	w.response("https://www.rivierenblad.example/logo.png", 200, "Content-Type: image/png\r\nContent-Length: 8\r\n", []byte("\x89PNG\r\n\x1a\n"))
	w.record("metadata", "https://www.rivierenblad.example/binnenland/dijk-kampen", "application/warc-fields", []byte("via: x\r\n"))
	w.record("revisit", "https://www.rivierenblad.example/binnenland/dijk-kampen", "application/http; msgtype=response", []byte("HTTP/1.1 200 OK\r\n\r\n"))
	bib := readFixture(t, "bibliotheek.html")
	w.response("http://stedelijknieuws.example/2019/11/28/bibliotheek", 200,
		fmt.Sprintf("Content-Type: text/html\r\nContent-Length: %d\r\n", len(bib)), bib)
	return w
}

func readWARCBytes(t *testing.T, name string, data []byte) ([]*kroniek.Article, []kroniek.Problem, WARCStats) {
	t.Helper()
	var arts []*kroniek.Article
	var probs []kroniek.Problem
	st, err := ReadWARC(context.Background(), name, bytes.NewReader(data), 0,
		func(a *kroniek.Article) error { arts = append(arts, a); return nil },
		func(p kroniek.Problem) { probs = append(probs, p) })
	if err != nil {
		t.Fatal(err)
	}
	return arts, probs, st
}

func TestReadWARC(t *testing.T) {
	for _, c := range []struct {
		name    string
		gz      bool
		version string
	}{{"a.warc", false, "WARC/1.0"}, {"a.warc.gz", true, "WARC/1.0"}, {"b.warc.gz", true, "WARC/1.1"}} {
		t.Run(c.name, func(t *testing.T) {
			w := testArchive(t, c.gz, c.version)
			arts, probs, st := readWARCBytes(t, c.name, w.buf.Bytes())
			if len(probs) != 0 {
				t.Fatalf("problems: %v", probs)
			}
			if len(arts) != 3 || st.Records != 9 || st.Articles != 3 || st.Skipped != 6 {
				t.Fatalf("%d articles, stats %+v", len(arts), st)
			}
			dijk, museum, bib := arts[0], arts[1], arts[2]
			if dijk.Title != "Waterschap versterkt dijk bij Kampen na hoogwater" || dijk.Published != "2021-02-03" ||
				dijk.Source != fmt.Sprintf("%s@%d", c.name, w.offsets[2]) || dijk.Meta["warc_date"] != "2024-03-04T12:00:00Z" ||
				dijk.ID != URLID("https://www.rivierenblad.example/binnenland/dijk-kampen") {
				t.Errorf("dijk: %+v", dijk)
			}
			if !strings.HasPrefix(museum.Body, "Het Museum Elburg") || museum.URL != "https://geldersdagblad.example/cultuur/schilderij-elburg" {
				t.Errorf("chunked gzip page: url %q body %.60q", museum.URL, museum.Body)
			}
			if !strings.Contains(bib.Body, "Renée") || bib.Published != "2019-11-28" {
				t.Errorf("windows-1252 page: %q %.80q", bib.Published, bib.Body)
			}
		})
	}
}

func TestReadWARCTruncated(t *testing.T) {
	w := testArchive(t, true, "")
	data := w.buf.Bytes()
	last := w.offsets[len(w.offsets)-1]
	cut := data[:last+(len(data)-last)/2]
	arts, probs, _ := readWARCBytes(t, "cut.warc.gz", cut)
	if len(arts) != 2 {
		t.Errorf("kept %d articles before the break, want 2", len(arts))
	}
	want := fmt.Sprintf("cut.warc.gz@%d", last)
	if len(probs) != 1 || probs[0].Location != want || !strings.Contains(probs[0].Message, fmt.Sprintf("byte offset %d", last)) {
		t.Errorf("problems %v, want one at %s", probs, want)
	}

	// A plain WARC cut inside a record block.
	p := testArchive(t, false, "")
	pdata := p.buf.Bytes()
	plast := p.offsets[len(p.offsets)-1]
	arts, probs, _ = readWARCBytes(t, "cut.warc", pdata[:plast+300])
	if len(arts) != 2 || len(probs) != 1 || probs[0].Location != fmt.Sprintf("cut.warc@%d", plast) ||
		!strings.Contains(probs[0].Message, "truncated") {
		t.Errorf("plain: %d articles, problems %v", len(arts), probs)
	}

	// Garbage between members.
	g := testArchive(t, true, "")
	gdata := append(append([]byte{}, g.buf.Bytes()[:g.offsets[3]]...), []byte("this is no gzip member")...)
	arts, probs, _ = readWARCBytes(t, "junk.warc.gz", gdata)
	if len(arts) != 1 || len(probs) != 1 || probs[0].Location != fmt.Sprintf("junk.warc.gz@%d", g.offsets[3]) {
		t.Errorf("junk: %d articles, problems %v", len(arts), probs)
	}
}

// TestReadWARCOneMember: a whole archive gzipped as one member (gzip -c
// archive.warc) and cut short is located by the record's number in the
// member, since every record's offset there is the member's, 0.
func TestReadWARCOneMember(t *testing.T) {
	p := testArchive(t, false, "")
	plain := p.buf.Bytes()
	whole := gzipped(plain[:p.offsets[len(p.offsets)-1]+300]) // the last record cut inside its block
	arts, probs, _ := readWARCBytes(t, "one.warc.gz", whole)
	want := fmt.Sprintf("(record %d of the gzip member there)", len(p.offsets))
	if len(arts) != 2 || len(probs) != 1 || probs[0].Location != "one.warc.gz@0" || !strings.Contains(probs[0].Message, want) {
		t.Errorf("%d articles, problems %v; want one at one.warc.gz@0 saying %q", len(arts), probs, want)
	}
}

func TestReadWARCBadRecord(t *testing.T) {
	w := &warcWriter{gz: true}
	w.response("https://a.example/1", 200, "Content-Type: text/html\r\n", readFixture(t, "veerpont.html"))
	w.offsets = append(w.offsets, w.buf.Len())
	zw := gzip.NewWriter(&w.buf)
	zw.Write([]byte("HTTP/1.1 200 OK\r\n\r\nno warc header here"))
	zw.Close()
	w.response("https://a.example/3", 200, "Content-Type: text/html\r\n", readFixture(t, "museum.html"))
	arts, probs, _ := readWARCBytes(t, "bad.warc.gz", w.buf.Bytes())
	if len(arts) != 2 || len(probs) != 1 || !strings.Contains(probs[0].Message, "not a WARC record") {
		t.Errorf("%d articles, problems %v", len(arts), probs)
	}
}

func TestReadWARCThroughRead(t *testing.T) {
	dir := t.TempDir()
	w := testArchive(t, true, "")
	path := filepath.Join(dir, "crawl.warc.gz")
	if err := os.WriteFile(path, w.buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, probs := collect(t, []string{dir}, Options{})
	if len(arts) != 3 || len(probs) != 0 {
		t.Errorf("%d articles, problems %v", len(arts), probs)
	}
}

// benchWARC reads the WARC data b.N times and reports records/s.
func benchWARC(b *testing.B, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	records := 0
	for i := 0; i < b.N; i++ {
		st, err := ReadWARC(context.Background(), "bench.warc.gz", bytes.NewReader(data), 0,
			func(*kroniek.Article) error { return nil }, func(p kroniek.Problem) { b.Fatal(p) })
		if err != nil {
			b.Fatal(err)
		}
		records += st.Records
	}
	b.ReportMetric(float64(records)/b.Elapsed().Seconds(), "records/s")
}

func BenchmarkReadWARC(b *testing.B) {
	w := &warcWriter{gz: true}
	for i := 0; i < 50; i++ {
		name := webFixtures[i%len(webFixtures)]
		w.record("request", "https://x.example/", "application/http; msgtype=request", []byte("GET / HTTP/1.1\r\n\r\n"))
		page := readFixture(b, name+".html")
		w.response(fmt.Sprintf("https://x.example/%d", i), 200, fmt.Sprintf("Content-Type: text/html\r\nContent-Length: %d\r\n", len(page)), page)
	}
	benchWARC(b, w.buf.Bytes())
}

// BenchmarkReadWARCParse measures the record reader alone: gzip members,
// headers and HTTP parsing of responses that are skipped (images).
func BenchmarkReadWARCParse(b *testing.B) {
	w := &warcWriter{gz: true}
	img := bytes.Repeat([]byte{0x89, 'P', 'N', 'G'}, 4096)
	for i := 0; i < 500; i++ {
		w.response(fmt.Sprintf("https://x.example/%d.png", i), 200, fmt.Sprintf("Content-Type: image/png\r\nContent-Length: %d\r\n", len(img)), img)
	}
	w.response("https://x.example/page", 200, "Content-Type: text/html\r\n", readFixture(b, "dijk.html"))
	benchWARC(b, w.buf.Bytes())
}
