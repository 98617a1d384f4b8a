package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
)

// seedsDir returns ../shared/corpus/seeds or skips the test.
func seedsDir(t *testing.T) string {
	t.Helper()
	return shared.Path(t, "corpus", "seeds")
}

// run drives the real command wiring and returns stdout, stderr and the
// exit status.
func run(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}
	code := m.Run(context.Background(), args)
	return out.String(), errb.String(), code
}

// seedsRun is the seeds analysed once per test run: analyzeSeeds hands
// every caller its own copy.
var seedsRun struct {
	once sync.Once
	dir  string // holds k.db
	out  []byte // analyze --json
	err  string
}

// analyzeSeeds analyses the seeds into a fresh store and returns the
// export document and the store path. The analysis runs once; each
// caller gets its own document and its own copy of the store.
func analyzeSeeds(t *testing.T) (*kroniek.Export, string) {
	t.Helper()
	seeds := seedsDir(t) // skips without ../shared, outside the Once
	seedsRun.once.Do(func() {
		dir, err := os.MkdirTemp("", "kroniek-seeds-")
		if err != nil {
			seedsRun.err = err.Error()
			return
		}
		seedsRun.dir = dir
		out, errs, code := run(t, "analyze", "-q", "--json", "--db", filepath.Join(dir, "k.db"), seeds)
		if code != 0 {
			seedsRun.err = fmt.Sprintf("analyze exit %d: %s", code, errs)
		}
		seedsRun.out = []byte(out)
	})
	if seedsRun.err != "" {
		t.Fatal(seedsRun.err)
	}
	db := copyStore(t, filepath.Join(seedsRun.dir, "k.db"))
	var doc kroniek.Export
	if err := json.Unmarshal(seedsRun.out, &doc); err != nil {
		t.Fatalf("analyze --json is not the export document: %v", err)
	}
	return &doc, db
}

// copyStore copies a closed SQLite store (with its WAL, if any) into a
// new folder and returns the copy's path.
func copyStore(t *testing.T, db string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), filepath.Base(db))
	for _, suffix := range []string{"", "-wal"} {
		data, err := os.ReadFile(db + suffix)
		if suffix != "" && errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst+suffix, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

func byPrefix(doc *kroniek.Export, prefix string) kroniek.ExportArticle {
	for _, a := range doc.Articles {
		if strings.HasPrefix(a.ID, prefix) {
			return a
		}
	}
	return kroniek.ExportArticle{}
}

// TestSeedsSpine checks the spine's done-when on the seeds: five Dutch
// articles, month-level dates kept, exactly the expected boilerplate
// removed, idempotent re-runs, and offsets that point at their text.
func TestSeedsSpine(t *testing.T) {
	t.Parallel()
	doc, db := analyzeSeeds(t)
	if len(doc.Articles) != 5 {
		t.Fatalf("got %d articles, want 5", len(doc.Articles))
	}
	for _, a := range doc.Articles {
		if a.Lang != "nl" {
			t.Errorf("%s: lang %q, want nl", a.ID, a.Lang)
		}
	}
	if p := byPrefix(doc, "002").Published; p == nil || *p != "2020-09" {
		t.Errorf("002 published %v, want 2020-09", p)
	}
	if p := byPrefix(doc, "003").Published; p == nil || *p != "2020-08" {
		t.Errorf("003 published %v, want 2020-08", p)
	}
	kinds := func(prefix string) string {
		var ks []string
		for _, r := range byPrefix(doc, prefix).Removed {
			ks = append(ks, r.Kind)
		}
		return strings.Join(ks, ",")
	}
	for prefix, want := range map[string]string{"000": "related", "001": "caption", "002": "", "003": "", "004": "caption,embed"} {
		if got := kinds(prefix); got != want {
			t.Errorf("%s removed %q, want %q", prefix, got, want)
		}
	}
	if r := byPrefix(doc, "000").Removed; len(r) == 1 && !strings.Contains(r[0].Text, "Deze drie factoren") {
		t.Errorf("000: the related block does not take its teasers: %q", r[0].Text)
	}
	// Every offset points into its article's text.
	texts := map[string]string{}
	for _, a := range doc.Articles {
		texts[a.ID] = a.Text
	}
	check := func(kind, art string, start, end int, text string) {
		t.Helper()
		tx := texts[art]
		if start < 0 || end > len(tx) || start > end {
			t.Errorf("%s in %s: offsets %d-%d outside text", kind, art, start, end)
			return
		}
		if text != "" && tx[start:end] != text {
			t.Errorf("%s in %s: text %q != text at offsets %q", kind, art, text, tx[start:end])
		}
	}
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			check("mention", m.Article, m.Start, m.End, m.Text)
		}
	}
	for _, q := range doc.Quotes {
		check("quote", q.Article, q.Start, q.End, q.Text)
	}
	for _, a := range doc.Amounts {
		check("amount", a.Article, a.Start, a.End, a.Text)
	}
	for _, tm := range doc.Times {
		check("time", tm.Article, tm.Start, tm.End, tm.Text)
	}
	for _, e := range doc.Events {
		check("event", e.Article, e.Start, e.End, e.Text)
	}

	// A second run stores nothing new and exports the same document.
	out2, errs, code := run(t, "analyze", "--json", "--db", db, seedsDir(t))
	if code != 0 {
		t.Fatalf("second analyze exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, "0 new, 0 updated, 5 unchanged, 0 analysed") {
		t.Errorf("second run: %q, want 0 new, 0 updated, 5 unchanged, 0 analysed", errs)
	}
	first, _ := json.Marshal(doc)
	var doc2 kroniek.Export
	if err := json.Unmarshal([]byte(out2), &doc2); err != nil {
		t.Fatal(err)
	}
	second, _ := json.Marshal(&doc2)
	if !bytes.Equal(first, second) {
		t.Error("the second run's export differs from the first")
	}
}

// entityOf returns the entity that has a mention of this text: a mention
// with exactly this text, or one that starts where the text occurs (a
// possessive such as Loekasjenko’s is a mention of Loekasjenko).
func entityOf(doc *kroniek.Export, text string) *kroniek.Entity {
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			if m.Text == text {
				return e
			}
		}
	}
	texts := map[string]string{}
	for _, a := range doc.Articles {
		texts[a.ID] = a.Text
	}
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			if tx := texts[m.Article]; strings.HasPrefix(tx[m.Start:], text) {
				return e
			}
		}
	}
	return nil
}

// TestSeedsEntities checks that spellings of one actor meet and that
// different actors stay apart (issue 3).
func TestSeedsEntities(t *testing.T) {
	t.Parallel()
	doc, _ := analyzeSeeds(t)
	same := [][]string{
		{"Loekasjenko", "Aleksandr Loekasjenko", "Loekasjenko’s"},
		{"Poetin", "Vladimir Poetin"},
		{"Wit-Rusland", "Belarus"},
		{"Orbán", "Orban"},
		{"OVSE", "Organisatie voor Veiligheid en Samenwerking in Europa"},
		{"Michel", "Charles Michel"},
	}
	for _, group := range same {
		var first *kroniek.Entity
		for _, name := range group {
			e := entityOf(doc, name)
			if e == nil {
				t.Errorf("no entity with a mention %q", name)
				continue
			}
			if first == nil {
				first = e
			} else if e.ID != first.ID {
				t.Errorf("%q (%s) and %q (%s) are different entities", group[0], first.Name, name, e.Name)
			}
		}
	}
	apart := [][2]string{{"Wit-Rusland", "Rusland"}, {"Michel", "Macron"}, {"Europese Raad", "EU"}}
	for _, p := range apart {
		a, b := entityOf(doc, p[0]), entityOf(doc, p[1])
		if a != nil && b != nil && a.ID == b.ID {
			t.Errorf("%q and %q are one entity (%s)", p[0], p[1], a.Name)
		}
	}
}

// TestSeedsQuotes checks the speakers of the seeds' key quotes (issue 4).
func TestSeedsQuotes(t *testing.T) {
	t.Parallel()
	doc, _ := analyzeSeeds(t)
	names := entityNames(doc)
	want := []struct{ prefix, start, speaker string }{
		{"000", "Er zou geen bemoeienis", "Charles Michel"},
		{"000", "De bevolking van Wit-Rusland", "Charles Michel"},
		{"004", "Alle verdragen", "Svetlana Tichanovskaja"},
		{"004", "Het spijt me zeer", "Svetlana Tichanovskaja"},
		{"003", "Ik moet contact opnemen met Poetin", "Aleksandr Loekasjenko"},
		{"002", "absoluut eerlijk", "Vladimir Poetin"},
	}
	for _, w := range want {
		var got []string // the speakers (as written) of every quote that matches
		for _, q := range doc.Quotes {
			if strings.HasPrefix(q.Article, w.prefix) && strings.HasPrefix(q.Text, w.start) {
				got = append(got, names[q.Speaker]+" ("+q.SpeakerText+")")
			}
		}
		if len(got) == 0 || slices.ContainsFunc(got, func(s string) bool { return !strings.HasPrefix(s, w.speaker+" (") }) {
			t.Errorf("%s %q: speakers %q, want %s", w.prefix, w.start, got, w.speaker)
		}
	}
	for _, q := range doc.Quotes {
		if strings.HasPrefix(q.Text, "s ") || strings.HasSuffix(q.Text, "Loekasjenko") {
			t.Errorf("quote starts or ends at an apostrophe: %q", q.Text)
		}
	}
}

// TestSeedsFigures checks figures and dates of the seeds (issue 5).
func TestSeedsFigures(t *testing.T) {
	t.Parallel()
	doc, _ := analyzeSeeds(t)
	has := func(prefix string, value float64, unit, modifier, object string) bool {
		for _, a := range doc.Amounts {
			if strings.HasPrefix(a.Article, prefix) && a.Value == value && a.Unit == unit && a.Modifier == modifier && (object == "" || a.Object == object) {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		prefix   string
		value    float64
		unit     string
		modifier string
		object   string
	}{
		{"004", 1_300_000_000, "EUR", "", "lening"},
		{"003", 200_000, "", "zeker", "demonstranten"},
		{"004", 100_000, "", "meer dan", "mensen"},
		{"004", 1000, "", "bijna", "demonstranten"},
		{"000", 27, "", "", "regeringsleiders"},
	} {
		if !has(c.prefix, c.value, c.unit, c.modifier, c.object) {
			t.Errorf("%s: no amount %v %s %q %s", c.prefix, c.value, c.unit, c.modifier, c.object)
		}
	}
	time := func(prefix, text, value string) {
		t.Helper()
		for _, tm := range doc.Times {
			if strings.HasPrefix(tm.Article, prefix) && tm.Text == text && tm.Value == value {
				return
			}
		}
		t.Errorf("%s: no time %q = %s", prefix, text, value)
	}
	time("002", "9 augustus", "2020-08-09")
	time("000", "9 augustus", "2020-08-09") // 000 is undated: the year comes from its story
	time("001", "2014", "2014")
	p := byPrefix(doc, "004")
	if p.Published == nil || !p.PublishedInferred || !strings.HasPrefix(*p.Published, "2020-09-1") {
		t.Errorf("004: published %v inferred %v, want mid-September 2020 inferred", p.Published, p.PublishedInferred)
	}
}

// TestSeedsStory checks that the seeds tell one story (issue 7).
func TestSeedsStory(t *testing.T) {
	t.Parallel()
	doc, _ := analyzeSeeds(t)
	if len(doc.Stories) != 1 {
		t.Fatalf("got %d stories, want 1", len(doc.Stories))
	}
	s := doc.Stories[0]
	if len(s.Articles) != 5 {
		t.Errorf("story has %d articles, want 5", len(s.Articles))
	}
	// The election of 2020-08-09 is the earliest date a timeline entry
	// may have (see TestStoriesAndStory for why it is not the first).
	if len(s.Timeline) == 0 || s.Timeline[0].Date < "2020-08-09" || s.Timeline[0].Date > "2020-09-14" {
		t.Errorf("timeline should begin between the election of 2020-08-09 and 2020-09-14: %+v", s.Timeline[:min(1, len(s.Timeline))])
	}
	if len(s.Summary) < 3 || len(s.Summary) > 5 {
		t.Errorf("summary has %d sentences, want 3 to 5", len(s.Summary))
	}
}

// TestReportShowsStory checks the human report.
func TestReportShowsStory(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "k.db")
	out := mustRun(t, "analyze", "-q", "--db", db, seedsDir(t))
	for _, want := range []string{"kroniek · 5 articles", "Story:", "Actors", "Timeline", "Said", "Charles Michel", "Summary"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

// TestDPGMediaTwice analyses dpgmedia articles with their outlets joined
// from the labels file, twice.
func TestDPGMediaTwice(t *testing.T) {
	shared.Long(t, "analyses the whole corpus twice")
	t.Parallel()
	// The first 200 dpgmedia articles (the whole file is 1,438): the outlets
	// come from the labels file joined by id, and a second run changes
	// nothing.
	const n = 200
	articles := filepath.Join(corpusSample(t, n), "dpg.jsonl")
	labels := shared.Path(t, "corpus", "dpgmedia2019", "dpgMedia2019-labels-byarticle.jsonl")
	db := filepath.Join(t.TempDir(), "k.db")
	args := []string{"analyze", "--db", db, "--meta", labels, "--meta-map", "publisher=outlet", articles}
	out, errs, code := run(t, args...)
	if code != 0 {
		t.Fatalf("first run: exit %d\n%s", code, errs)
	}
	if !strings.Contains(errs, fmt.Sprintf("%d read, %d new", n, n)) {
		t.Errorf("first run: %s", lastLine(errs))
	}
	if !strings.Contains(out, "Outlets") || strings.Contains(out, fmt.Sprintf("%s %d", noOutletNamed, n)) {
		t.Errorf("outlets not joined:\n%.400s", out)
	}
	_, errs, code = run(t, args...)
	if code != 0 {
		t.Fatalf("second run: exit %d", code)
	}
	if !strings.Contains(errs, fmt.Sprintf("0 new, 0 updated, %d unchanged, 0 analysed", n)) {
		t.Errorf("second run: %s", lastLine(errs))
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// TestSeedsEvents checks the seeds' key events through the real pipeline
// (issue 6): who did what to whom.
func TestSeedsEvents(t *testing.T) {
	t.Parallel()
	doc, _ := analyzeSeeds(t)
	names := entityNames(doc)
	side := func(ids []string) string {
		var out []string
		for _, id := range ids {
			if n := names[id]; n != "" {
				out = append(out, n)
			} else {
				out = append(out, id)
			}
		}
		return strings.Join(out, "+")
	}
	has := func(prefix, typ, mode, actor, recipient string) bool {
		for _, e := range doc.Events {
			if strings.HasPrefix(e.Article, prefix) && e.Type == typ && (mode == "" || e.Mode == mode) &&
				strings.Contains(side(e.Actor), actor) && strings.Contains(side(e.Recipient), recipient) {
				return true
			}
		}
		return false
	}
	for _, c := range []struct{ prefix, typ, mode, actor, recipient string }{
		{"004", "AID", "", "Rusland", "Loekasjenko"},                          // the 1,3 miljard euro loan
		{"004", "CONSULT", "", "Loekasjenko", "Poetin"},                       // Sotsji
		{"000", "CONSULT", "phone", "Macron+Merkel+Charles Michel", "Poetin"}, // belden … met
		{"002", "SANCTION", "", "baltic", "Wit-Rusland"},
		{"002", "ACCUSE", "", "Lavrov", "Oekraïne"},
		{"004", "REJECT", "", "Tichanovskaja", ""},
		{"001", "REJECT", "", "Loekasjenko", ""},
		{"004", "COERCE", "arrest", "politie", "protesters"}, // de politie: an entity of its country (resolve/bodies.go)
	} {
		if !has(c.prefix, c.typ, c.mode, c.actor, c.recipient) {
			t.Errorf("%s: no %s %s event %s → %s", c.prefix, c.typ, c.mode, c.actor, c.recipient)
		}
	}
	for _, e := range doc.Events {
		// "Na de annexatie van de Krim in 2014 nam Belarus …: … weigerde
		// Loekasjenko …": 2014 dates the annexation, in another clause
		if strings.HasPrefix(e.Article, "001") && e.Type == "REJECT" && strings.Contains(side(e.Actor), "Loekasjenko") && e.Date != "" {
			t.Errorf("001: Loekasjenko's refusal to recognise the annexation dated %q, want none", e.Date)
		}
	}
}

// mustRun runs kroniek like run and fails the test unless it exits 0;
// it returns the standard output.
func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, errs, code := run(t, args...)
	if code != 0 {
		t.Fatalf("%s exit %d: %s", strings.Join(args, " "), code, errs)
	}
	return out
}

// openTestStore opens the store db names for a test; it is closed when
// the test ends.
func openTestStore(t *testing.T, db string) kroniek.Store {
	t.Helper()
	store, err := openStore(db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	return store
}

// entityNames maps the entity ids of doc to their names.
func entityNames(doc *kroniek.Export) map[string]string {
	names := make(map[string]string, len(doc.Entities))
	for _, e := range doc.Entities {
		names[e.ID] = e.Name
	}
	return names
}

// TestRerunNamesUpdated: a rerun after one input file changed says which
// article was updated, not only how many.
func TestRerunNamesUpdated(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("een.txt", "Gemeente sluit het plein.\n\nDe gemeente Utrecht sluit vanaf maandag het Vredenburgplein.")
	write("twee.txt", "Raad stemt in.\n\nDe gemeenteraad van Utrecht stemde gisteren in met het plan.")
	db := filepath.Join(t.TempDir(), "k.db")
	if _, errs, code := run(t, "analyze", "--db", db, dir); code != 0 {
		t.Fatalf("first run: exit %d: %s", code, errs)
	}
	write("twee.txt", "Raad stemt in.\n\nDe gemeenteraad van Utrecht stemde gisteren in met het plan van de wethouder.")
	_, errs, code := run(t, "analyze", "--db", db, dir)
	if code != 0 || !strings.Contains(errs, "0 new, 1 updated, 1 unchanged") || !strings.Contains(errs, "kroniek: updated: twee") {
		t.Errorf("rerun: exit %d, stderr %q; want the updated article named", code, errs)
	}
}
