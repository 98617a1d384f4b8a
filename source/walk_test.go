package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kroniek/kroniek/internal/shared"

	"github.com/kroniek/kroniek"
)

// collect runs Read and returns what it emitted and reported.
func collect(t testing.TB, paths []string, opts Options) ([]*kroniek.Article, []kroniek.Problem) {
	t.Helper()
	var arts []*kroniek.Article
	var probs []kroniek.Problem
	err := Read(context.Background(), paths, opts,
		func(a *kroniek.Article) error { arts = append(arts, a); return nil },
		func(p kroniek.Problem) { probs = append(probs, p) })
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return arts, probs
}

func TestReadSeeds(t *testing.T) {
	seeds := filepath.Join(shared.Dir(t), "corpus", "seeds")
	arts, probs := collect(t, []string{seeds}, Options{})
	if len(probs) != 0 {
		t.Errorf("problems: %v", probs)
	}
	if len(arts) != 5 {
		t.Fatalf("got %d articles, want 5", len(arts))
	}
	want := map[string]string{"002": "2020-09", "003": "2020-08"}
	for _, a := range arts {
		prefix := a.ID[:3]
		if a.Published != want[prefix] {
			t.Errorf("%s: published %q, want %q", a.ID, a.Published, want[prefix])
		}
		if strings.Contains(a.Body, " date ") || strings.HasPrefix(a.Body, " ") {
			t.Errorf("%s: date prefix left in body: %.40q", a.ID, a.Body)
		}
		if a.Source != filepath.Join(seeds, a.ID+".txt") {
			t.Errorf("%s: source %q", a.ID, a.Source)
		}
		if a.Title != "" || a.Outlet != "" {
			t.Errorf("%s: title %q outlet %q, want empty", a.ID, a.Title, a.Outlet)
		}
	}
	if !strings.HasPrefix(arts[2].Body, "De politieke ontmoetingen") {
		t.Errorf("002 body starts %.40q", arts[2].Body)
	}
}

func TestReadDPGMediaWithMeta(t *testing.T) {
	dir := filepath.Join(shared.Dir(t), "corpus", "dpgmedia2019")
	meta, err := ParseMetaFlags([]string{filepath.Join(dir, "dpgMedia2019-labels-byarticle.jsonl")}, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	arts, probs := collect(t, []string{filepath.Join(dir, "dpgMedia2019-articles-byarticle-all.jsonl")}, Options{Meta: meta})
	// Four records have neither title nor text: kept, with a warning; the
	// labels file knows 751 of the 1,438 ids, and a last warning says so.
	if len(probs) != 5 || !probs[0].Warning || !probs[4].Warning || probs[4].Location != "--meta" ||
		probs[4].Message != "687 of 1438 articles have no metadata: their ids are in no --meta file" {
		t.Errorf("%d problems, want 5 warnings, the last on --meta: %v", len(probs), probs)
	}
	if len(arts) != 1438 {
		t.Errorf("got %d articles, want 1438", len(arts))
	}
	outlets, dated := 0, 0
	ids := map[string]bool{}
	for _, a := range arts {
		if a.Outlet != "" {
			outlets++
		}
		if len(a.Published) == 10 {
			dated++
		}
		if ids[a.ID] {
			t.Errorf("duplicate id %s", a.ID)
		}
		ids[a.ID] = true
	}
	// The labels file has 766 lines but 751 distinct ids, all of them
	// articles of this file.
	if outlets != 751 {
		t.Errorf("%d articles with an outlet, want 751", outlets)
	}
	if dated != len(arts) {
		t.Errorf("%d of %d articles dated", dated, len(arts))
	}
	a := arts[0]
	if a.ID != "10593548" || a.Title == "" || !strings.HasSuffix(a.Source, ":1") {
		t.Errorf("first article: id %q title %q source %q", a.ID, a.Title, a.Source)
	}
}

// TestReadBadInput is the bad-input matrix of the readers owned here: each
// bad input gives its problem and the good input of the batch is read.
func TestReadBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", []byte("Een gewone zin over het nieuws van vandaag.\n"))
	utf16le := []byte{0xFF, 0xFE}
	for _, r := range "Zo’n dag in Minsk." {
		utf16le = append(utf16le, byte(r), byte(r>>8))
	}
	bigLine := `{"id":"big","text":"` + strings.Repeat("woord ", 200_000) + `"}` + "\n"
	tests := []struct {
		name, file string
		data       []byte
		opts       Options
		size       int64 // when set, the file is extended to this size
		wantLoc    string
		wantMsg    string
		warning    bool
		wantArts   int // articles from this input
		check      func(t *testing.T, a *kroniek.Article)
	}{
		{name: "binary", file: "pic.txt", data: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), wantMsg: "binary file"},
		{name: "empty", file: "empty.txt", data: nil, wantMsg: "empty file"},
		{name: "blank", file: "blank.txt", data: []byte(" \n\n\t\n"), wantMsg: "empty file"},
		{name: "invalid utf8", file: "bad.txt", data: []byte("Eerste regel.\nHet kost 5 \xff\xfe euro en ‘meer’.\n"),
			wantLoc: "bad.txt:2", wantMsg: "invalid UTF-8 repaired", warning: true, wantArts: 1,
			check: func(t *testing.T, a *kroniek.Article) {
				if !strings.Contains(a.Body, "5 \uFFFD euro en ‘meer’") {
					t.Errorf("body %q", a.Body)
				}
			}},
		{name: "utf16", file: "u16.txt", data: utf16le, wantMsg: "UTF-16", warning: true, wantArts: 1,
			check: func(t *testing.T, a *kroniek.Article) {
				if a.Body != "Zo’n dag in Minsk." {
					t.Errorf("body %q", a.Body)
				}
			}},
		{name: "windows-1252", file: "cp.txt", data: []byte("Caf\xe9 \x93De Kroon\x94 \x96 E\xe9n \xe0 \x80 5"),
			wantMsg: "Windows-1252", warning: true, wantArts: 1,
			check: func(t *testing.T, a *kroniek.Article) {
				if a.Body != "Café “De Kroon” – Eén à € 5" {
					t.Errorf("body %q", a.Body)
				}
			}},
		{name: "one stray lead byte", file: "stray.txt",
			data:    []byte("Dit gaat over Amsterdam \xc3( en de burgemeester zei dat het goed gaat.\n"),
			wantLoc: "stray.txt:1", wantMsg: "invalid UTF-8 repaired", warning: true, wantArts: 1,
			check: func(t *testing.T, a *kroniek.Article) {
				if !strings.Contains(a.Body, "Amsterdam \uFFFD( en") {
					t.Errorf("body %q", a.Body)
				}
			}},
		{name: "utf-16 mark before utf-8", file: "mark.txt",
			data:    append([]byte{0xFF, 0xFE}, "Een gewone tekst die met twee vreemde bytes begint.\n"...),
			wantMsg: "mark dropped", warning: true, wantArts: 1,
			check: func(t *testing.T, a *kroniek.Article) {
				if strings.TrimSpace(a.Body) != "Een gewone tekst die met twee vreemde bytes begint." {
					t.Errorf("body %q", a.Body)
				}
			}},
		{name: "too large", file: "big.txt", data: bytes.Repeat([]byte("tekst "), 400),
			opts: Options{MaxSize: 1000}, wantMsg: "file too large"},
		{name: "100 MB file", file: "huge.txt", data: []byte("Tekst.\n"), size: 100 << 20, wantMsg: "file too large: 104857600 bytes"},
		{name: "malformed jsonl", file: "m.jsonl",
			data:    []byte("{\"id\":1,\"text\":\"Een.\"}\n{\"id\":2,\"text\":\n{\"id\":3,\"text\":\"Drie.\"}\n"),
			wantLoc: "m.jsonl:2", wantMsg: "malformed json", wantArts: 2},
		{name: "unknown date", file: "d.jsonl", data: []byte(`{"id":"x","text":"Tekst.","date":"gisteren"}` + "\n"),
			wantLoc: "d.jsonl:1", wantMsg: "unknown date format", warning: true, wantArts: 1,
			check: func(t *testing.T, a *kroniek.Article) {
				if a.Published != "" {
					t.Errorf("published %q", a.Published)
				}
			}},
		{name: "1 MB single line", file: "long.jsonl", data: []byte(bigLine), wantArts: 1},
		{name: "line over limit", file: "over.jsonl", data: []byte(bigLine + `{"id":"ok","text":"Kort."}` + "\n"),
			opts: Options{MaxSize: 1 << 16}, wantLoc: "over.jsonl:1", wantMsg: "longer than limit", wantArts: 1},
		{name: "jsonl without text", file: "nt.jsonl", data: []byte(`{"id":"9","publisher":"vk"}` + "\n"),
			wantLoc: "nt.jsonl:1", wantMsg: "no text or title; skipped", warning: true},
		{name: "jsonl empty but dated", file: "ed.jsonl", data: []byte(`{"id":"9","date":"2019-01-02"}` + "\n"),
			wantLoc: "ed.jsonl:1", wantMsg: "kept empty", warning: true, wantArts: 1},
		{name: "jsonl title only", file: "to.jsonl", data: []byte(`{"id":"x","title":"Kop"}` + "\n"), wantArts: 1},
		{name: "jsonl text a list", file: "tl.jsonl",
			data:    []byte(`{"id":"a","text":"Een."}` + "\n" + `{"id":"b","text":["Twee zinnen.","In een lijst."]}` + "\n"),
			wantLoc: "tl.jsonl:2", wantMsg: `field "text" is a JSON array, not a string; line skipped`, wantArts: 1},
		{name: "jsonl title a number", file: "tn.jsonl", data: []byte(`{"id":"c","title":5,"text":"Vijf."}` + "\n"),
			wantLoc: "tn.jsonl:1", wantMsg: `field "title" is a JSON number, not a string`},
		{name: "jsonl date a boolean", file: "db.jsonl", data: []byte(`{"id":"d","text":"Waar.","published":true}` + "\n"),
			wantLoc: "db.jsonl:1", wantMsg: `field "published" is a JSON boolean, not a string or a number`},
		{name: "json item outlet a list", file: "ol.json", data: []byte(`[{"id":"e","text":"Lijst.","outlet":["vk"]}]`),
			wantLoc: "ol.json:1", wantMsg: `field "outlet" is a JSON array`},
		{name: "jsonl names as schema.org writes them", file: "so.jsonl",
			data: []byte(`{"id":7,"text":"Tekst.","publisher":{"@type":"Organization","name":"De Krant"},` +
				`"author":["A. de Vries",{"name":"B. Jansen"}],"published":1575158400}` + "\n"),
			wantArts: 1,
			check: func(t *testing.T, a *kroniek.Article) {
				if a.ID != "7" || a.Outlet != "De Krant" || a.Author != "A. de Vries, B. Jansen" || a.Published != "2019-12-01" {
					t.Errorf("article %+v", a)
				}
			}},
		{name: "json not an array", file: "obj.json", data: []byte(`{"a":1}`), wantMsg: "read json: not an array of articles"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(tt.file, tt.data)
			if tt.size > 0 {
				// A sparse file: its size is known without writing it.
				if err := os.Truncate(p, tt.size); err != nil {
					t.Fatal(err)
				}
			}
			arts, probs := collect(t, []string{p, good}, tt.opts)
			if tt.wantMsg == "" {
				if len(probs) != 0 {
					t.Errorf("problems: %v", probs)
				}
			} else if len(probs) != 1 {
				t.Fatalf("got problems %v, want one with %q", probs, tt.wantMsg)
			} else {
				pr := probs[0]
				wantLoc := p
				if tt.wantLoc != "" {
					wantLoc = filepath.Join(dir, tt.wantLoc)
				}
				if strings.Count(pr.Message, "read ") > 1 {
					t.Errorf("message says what it read twice: %q", pr.Message)
				}
				if pr.Location != wantLoc || !strings.Contains(pr.Message, tt.wantMsg) || pr.Warning != tt.warning {
					t.Errorf("problem %+v, want location %s, message with %q, warning %v", pr, wantLoc, tt.wantMsg, tt.warning)
				}
			}
			if len(arts) != tt.wantArts+1 || arts[len(arts)-1].ID != "good" {
				t.Fatalf("got %d articles, want %d then good", len(arts), tt.wantArts)
			}
			if tt.check != nil {
				tt.check(t, arts[0])
			}
		})
	}
}

func TestReadDirSkips(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string]string{
		"b.txt":          "Tweede.",
		"a/c":            "Derde, zonder extensie.",
		".hidden/x.txt":  "Verborgen.",
		".verborgen.txt": "Verborgen.",
		"a.txt":          "Eerste.",
		"plaatje.png":    "x",
	} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	arts, probs := collect(t, []string{dir, filepath.Join(dir, "missing.txt")}, Options{})
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	if got := strings.Join(ids, " "); got != "c a b" {
		t.Errorf("ids %q, want lexical walk order \"c a b\"", got)
	}
	if len(probs) != 2 || !strings.Contains(probs[0].Message, "skipped") || !strings.Contains(probs[1].Message, "open") {
		t.Errorf("problems %v", probs)
	}
}

// Links in a walked folder: a link to a file is read like the file, a
// broken one is a problem, a link to a folder is walked, and a link back
// into the walk (a loop) is skipped with a warning. A link to a folder
// given as the path is walked too.
func TestReadDirLinks(t *testing.T) {
	dir, elsewhere := t.TempDir(), t.TempDir()
	target := filepath.Join(elsewhere, "stuk.txt")
	if err := os.WriteFile(target, []byte("Een artikel buiten de map."), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(elsewhere, "ander.txt"), []byte("Een ander artikel."), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, to := range map[string]string{
		"a.txt":     target,
		"b.txt":     filepath.Join(elsewhere, "weg.txt"),
		"c-dir":     elsewhere,
		"d-dir/lus": dir,
	} {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		if err := os.Symlink(to, filepath.Join(dir, name)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	arts, probs := collect(t, []string{dir}, Options{})
	var got []string
	for _, a := range arts {
		got = append(got, a.Source[len(dir)+1:]+"="+a.Body)
	}
	if want := "a.txt=Een artikel buiten de map. c-dir/ander.txt=Een ander artikel. c-dir/stuk.txt=Een artikel buiten de map."; strings.Join(got, " ") != want {
		t.Errorf("articles %q, want %q", got, want)
	}
	if len(probs) != 2 || !strings.Contains(probs[0].Message, "broken link") || probs[0].Warning ||
		!strings.Contains(probs[1].Message, "already read") || !probs[1].Warning || !strings.HasSuffix(probs[1].Location, "lus") {
		t.Errorf("problems %+v, want a broken link and a skipped loop", probs)
	}

	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(elsewhere, link); err != nil {
		t.Fatal(err)
	}
	arts, probs = collect(t, []string{link}, Options{})
	if len(arts) != 2 || len(probs) != 0 || arts[0].Source != filepath.Join(link, "ander.txt") {
		t.Errorf("a link to a folder as the path: %d articles, problems %+v; want its 2 files", len(arts), probs)
	}
}

func TestReadStdinAndDatePrefix(t *testing.T) {
	in := strings.NewReader(" date 2020-09-14 Loekasjenko reist af.\n\nTweede alinea.")
	arts, probs := collect(t, []string{"-"}, Options{Stdin: in})
	if len(probs) != 0 || len(arts) != 1 {
		t.Fatalf("arts %d problems %v", len(arts), probs)
	}
	a := arts[0]
	if a.Published != "2020-09-14" || a.Body != "Loekasjenko reist af.\n\nTweede alinea." || a.ID != TextID(a.Body) || a.Source != "-" {
		t.Errorf("article %+v", a)
	}
}

func TestReadJSONLFields(t *testing.T) {
	in := strings.NewReader(`{"id": 42, "headline": "Kop", "body": "Tekst hier.", "published": 1600000000, "publisher": "nrc", "lang": "nl", "tags": ["a","b"], "score": 0.5, "x": null}
{"text": "  Zonder   id.\n", "published_at": "2020-09-14T23:30:00+03:00", "url": "https://example.org/a", "outlet": "ad", "source": "rss"}
{"text": "Maand.", "date": "2020-08"}
{"text": "Tijd.", "date": "2020-08-09 10:11:12"}
`)
	arts, probs := collect(t, []string{"-"}, Options{Stdin: in})
	if len(probs) != 0 || len(arts) != 4 {
		t.Fatalf("arts %d problems %v", len(arts), probs)
	}
	a := arts[0]
	if a.ID != "42" || a.Title != "Kop" || a.Body != "Tekst hier." || a.Published != "2020-09-13" ||
		a.Outlet != "nrc" || a.Lang != "nl" || a.Source != "-:1" {
		t.Errorf("first %+v", a)
	}
	if a.Meta["tags"] != `["a","b"]` || a.Meta["score"] != "0.5" || len(a.Meta) != 2 {
		t.Errorf("meta %v", a.Meta)
	}
	b := arts[1]
	if b.ID != TextID("\n\nzonder id.") || b.Published != "2020-09-14" || b.URL != "https://example.org/a" ||
		b.Outlet != "ad" || b.Meta["source"] != "rss" {
		t.Errorf("second %+v", b)
	}
	if arts[2].Published != "2020-08" || arts[3].Published != "2020-08-09" {
		t.Errorf("dates %q %q", arts[2].Published, arts[3].Published)
	}
}

func TestTextID(t *testing.T) {
	a := TextID("Café  Noir\r\nis open.")
	b := TextID(" cafe\u0301 noir is OPEN. ")
	if a != b || len(a) != 16 {
		t.Errorf("TextID %q vs %q", a, b)
	}
	if TextID("een") == TextID("twee") {
		t.Error("different texts share an id")
	}
}

func TestMetaFlags(t *testing.T) {
	dir := t.TempDir()
	csvPath := filepath.Join(dir, "m.csv")
	os.WriteFile(csvPath, []byte("key,krant,titel\nk1,Trouw,Kop een\nk2,,Kop twee\n"), 0o644)
	jsonlPath := filepath.Join(dir, "m.jsonl")
	os.WriteFile(jsonlPath, []byte(`{"key":"k2","krant":"Parool","extra":3}`+"\n"), 0o644)
	meta, err := ParseMetaFlags([]string{csvPath, jsonlPath}, "key", []string{"krant=outlet", "titel=title"})
	if err != nil {
		t.Fatal(err)
	}
	if meta["k1"]["outlet"] != "Trouw" || meta["k2"]["outlet"] != "Parool" || meta["k2"]["title"] != "Kop twee" || meta["k2"]["extra"] != "3" {
		t.Errorf("meta %v", meta)
	}
	if _, err := ParseMetaFlags([]string{csvPath}, "", []string{"bad"}); err == nil {
		t.Error("bad mapping accepted")
	}
	a := &kroniek.Article{ID: "k2", Title: "Eigen kop"}
	applyMeta(a, meta)
	if a.Outlet != "Parool" || a.Title != "Eigen kop" || a.Meta["title"] != "Kop twee" || a.Meta["extra"] != "3" {
		t.Errorf("joined %+v", a)
	}
}

func TestReadGzipAndJSONArray(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(`{"id":"g1","text":"Gecomprimeerd."}` + "\n"))
	zw.Close()
	os.WriteFile(filepath.Join(dir, "a.jsonl.gz"), buf.Bytes(), 0o644)
	os.WriteFile(filepath.Join(dir, "b.json"), []byte(`[{"id":"j1","text":"Een."},{"id":"j2","text":"Twee."}]`), 0o644)
	os.WriteFile(filepath.Join(dir, "c"), []byte(`{"id":"s1","text":"Gesnuffeld."}`+"\n"), 0o644)
	arts, probs := collect(t, []string{dir}, Options{})
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	if len(probs) != 0 || strings.Join(ids, " ") != "g1 j1 j2 s1" {
		t.Errorf("ids %v problems %v", ids, probs)
	}
}

// TestReadDPGMediaDir walks the whole corpus folder: the labels file is
// metadata, not articles, and gives a few warnings and a summary.
func TestReadDPGMediaDir(t *testing.T) {
	dir := filepath.Join(shared.Dir(t), "corpus", "dpgmedia2019")
	arts, probs := collect(t, []string{dir}, Options{})
	if len(arts) != 1438 {
		t.Errorf("got %d articles, want 1438", len(arts))
	}
	// README.md skipped, 4 empty dated articles kept, 3 label lines and
	// one summary of the other 763.
	if len(probs) != 1+4+3+1 || !strings.Contains(probs[len(probs)-1].Message, "763 more records") {
		t.Errorf("problems: %v", probs)
	}
}

// TestReadEmptyDir: a directory with nothing to read (empty, or only
// hidden files) is a warning, not a silent empty run.
func TestReadEmptyDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, ".verborgen.txt"), []byte("Verborgen."), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, probs := collect(t, []string{dir}, Options{})
	if len(arts) != 0 || len(probs) != 1 || !probs[0].Warning || probs[0].Location != dir || !strings.Contains(probs[0].Message, "no files") {
		t.Errorf("%d articles, problems %+v; want one warning about the empty directory", len(arts), probs)
	}
	// A directory with files says nothing of the kind.
	if err := os.WriteFile(filepath.Join(dir, "a.png"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, probs = collect(t, []string{dir}, Options{}); len(probs) != 1 || strings.Contains(probs[0].Message, "no files") {
		t.Errorf("problems %+v; want only the skipped .png", probs)
	}
}

// TestMetaErrorsLeadWithTheFile: an unreadable --meta file is reported as
// an input is, its file and line first ("--meta bad.csv:2:12: …"), not as a
// chain of the calls that read it.
func TestMetaErrorsLeadWithTheFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	missing := filepath.Join(dir, "nosuch.jsonl")
	for _, tc := range []struct {
		path, want string
	}{
		{missing, "--meta " + missing + ": no such file or directory"},
		{write("bad.csv", "id,outlet\nk1,Tr\"ouw\n"), "--meta " + filepath.Join(dir, "bad.csv") + `:2:6: bare " in non-quoted-field`},
		{write("bad.jsonl", "{\"id\":\"k1\"}\n{\"id\": \n"), "--meta " + filepath.Join(dir, "bad.jsonl") + ":2: malformed json"},
		{write("list.jsonl", "[1, 2]\n"), "--meta " + filepath.Join(dir, "list.jsonl") + ":1: the line is a JSON array, not a record object {...}"},
		{write("empty.csv", ""), "--meta " + filepath.Join(dir, "empty.csv") + ": empty: no header row"},
	} {
		_, err := ParseMetaFlags([]string{tc.path}, "", nil)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %s…", filepath.Base(tc.path), err, tc.want)
		}
	}
	if _, err := ParseMetaFlags([]string{missing}, "", nil); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing file is not fs.ErrNotExist: %v", err)
	}
	if _, err := ParseMetaFlags(nil, "", []string{"publisher=outlet"}); err == nil || err.Error() != "--meta-map given without --meta" {
		t.Errorf("--meta-map alone: %v", err)
	}
	if _, err := ParseMetaFlags([]string{missing}, "", []string{"publisher"}); err == nil || err.Error() != `--meta-map "publisher": want from=to` {
		t.Errorf("--meta-map without =: %v", err)
	}
}
