package main

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

// writeWARCRecord appends one gzip member holding a WARC response record.
func writeWARCRecord(w *bytes.Buffer, uri, html string) {
	payload := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
	rec := fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: 2020-09-14T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:%x>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		uri, len(uri), len(payload), payload)
	zw := gzip.NewWriter(w)
	zw.Write([]byte(rec))
	zw.Close()
}

func page(title, body string) string {
	return "<!doctype html><html lang=nl><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + body + "</p><p>" + body + "</p></article></body></html>"
}

// TestBadInputMatrix puts every kind of bad input in one batch beside good
// articles: each bad input gets a clear message with its location, every
// good article is stored, and the exit status says some input failed.
func TestBadInputMatrix(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	good := "Het college van Utrecht besloot dinsdag om 40 miljoen euro te investeren in nieuwe fietspaden langs de Vecht.\n\nWethouder Jansen noemde het een historische stap."
	files := map[string][]byte{
		"good.txt": []byte(good),
		"good.jsonl": []byte(`{"id":"j1","title":"Brand in Zwolle","text":"Bij een brand in een loods in Zwolle is zondag niemand gewond geraakt, meldt de brandweer."}` + "\n" +
			`{"id":"j2","title":"Staking bij de NS","text":` + "\"De NS staakt donderdag op alle lijnen, zegt de vakbond.\"" + `, "published_at": "gisteren om drie uur"}` + "\n" +
			`{"id": "broken", "title": "kapot"` + "\n" +
			`{"id":"j3","title":"Nieuwe burgemeester","text":"Groningen heeft een nieuwe burgemeester gekozen."}` + "\n"),
		"binary.txt":       append([]byte("\x00\x01\x02PK\x03\x04"), bytes.Repeat([]byte{0, 0xff, 0x10}, 200)...),
		"empty.txt":        {},
		"invalid-utf8.txt": []byte("De gemeente Den Haag meldt \xff\xfe één tekort van 3 miljoen euro op de begroting voor volgend jaar."),
		"utf16.txt":        utf16LE("De provincie Zeeland opent maandag een nieuwe veerdienst tussen Vlissingen en Breskens."),
		"cp1252.txt":       []byte("De caf\xe9 in Maastricht sloot na een ruzie over de prijs van \x80 5 voor een pils."),
		"one-line.txt":     []byte(strings.Repeat("woord ", 1<<18/6) + "."), // one line four times a scanner's default buffer
		"nested.html":      []byte("<html><body>" + strings.Repeat("<div>", 100000) + "diep" + strings.Repeat("</div>", 100000) + "</body></html>"),
	}
	var warc bytes.Buffer
	writeWARCRecord(&warc, "https://example.org/nieuws/1", page("Dijk doorgebroken bij Roermond", "Bij Roermond is dinsdagavond een dijk doorgebroken. De gemeente evacueerde honderden inwoners uit de wijk."))
	writeWARCRecord(&warc, "https://example.org/nieuws/2", page("Trein ontspoord bij Amersfoort", "Bij Amersfoort is woensdag een goederentrein ontspoord. Niemand raakte gewond, meldt ProRail."))
	files["truncated.warc.gz"] = warc.Bytes()[:warc.Len()-40]
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A file over the size limit, sparse so it costs no disk.
	big, err := os.Create(filepath.Join(dir, "huge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := big.Truncate(100 << 20); err != nil {
		t.Fatal(err)
	}
	big.Close()

	db := filepath.Join(t.TempDir(), "k.db")
	_, errs, code := run(t, "analyze", "-q", "--db", db, dir)
	if code != exitSomeBad {
		t.Errorf("exit status %d, want %d (some input failed)\n%s", code, exitSomeBad, errs)
	}
	for _, want := range []struct{ where, what string }{
		{"binary.txt", "binary"},
		{"empty.txt", "empty"},
		{"invalid-utf8.txt", "UTF-8"},
		{"good.jsonl:3", ""},
		{"good.jsonl:2", "date"},
		{"huge.txt", "limit"},
		{"truncated.warc.gz", "offset"},
	} {
		found := false
		for _, line := range strings.Split(errs, "\n") {
			if strings.Contains(line, want.where) && strings.Contains(strings.ToLower(line), strings.ToLower(want.what)) {
				found = true
			}
		}
		if !found {
			t.Errorf("no message naming %s with %q in:\n%s", want.where, want.what, errs)
		}
	}
	store := openTestStore(t, db)
	as, _, err := store.Articles(context.Background(), kroniek.ArticleFilter{Page: kroniek.Page{Limit: 100}})
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, a := range as {
		texts[a.ID] = a.Text
	}
	for _, id := range []string{"good", "j1", "j2", "j3", "invalid-utf8", "utf16", "cp1252", "one-line"} {
		if _, ok := texts[id]; !ok {
			t.Errorf("article %s was not stored", id)
		}
	}
	if !strings.Contains(texts["cp1252"], "café") || !strings.Contains(texts["cp1252"], "€") {
		t.Errorf("Windows-1252 text not decoded: %q", texts["cp1252"])
	}
	if !strings.Contains(texts["utf16"], "Vlissingen") {
		t.Errorf("UTF-16 text not decoded: %q", texts["utf16"])
	}
	if !strings.Contains(texts["invalid-utf8"], "\uFFFD") {
		t.Errorf("invalid UTF-8 not repaired with U+FFFD: %q", texts["invalid-utf8"])
	}
	warcStored := 0
	for _, a := range as {
		if strings.Contains(a.Text, "Roermond") {
			warcStored++
		}
	}
	if warcStored != 1 {
		t.Errorf("%d articles from the truncated WARC stored, want the 1 record before the break", warcStored)
	}
	// Running the same batch again adds nothing.
	_, errs2, _ := run(t, "analyze", "--db", db, dir)
	if !strings.Contains(errs2, " 0 new, 0 updated") {
		t.Errorf("second run stored something: %s", errs2)
	}
}

func utf16LE(s string) []byte {
	out := []byte{0xff, 0xfe}
	for _, r := range s {
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

// TestProblemTextOnePath: a file that cannot be opened names its path once.
func TestProblemTextOnePath(t *testing.T) {
	t.Parallel()
	_, err := os.Stat("no/such/file.txt")
	pr := kroniek.Problem{Location: "no/such/file.txt", Err: fmt.Errorf("open: %w", err), Message: "open: " + err.Error()}
	if got := problemText(pr); got != "no/such/file.txt: no such file or directory" {
		t.Errorf("problemText = %q", got)
	}
}
