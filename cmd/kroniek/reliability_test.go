package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/sqlite"
	"github.com/kroniek/kroniek/storetest"
)

// exportDoc returns a store's export document.
func exportDoc(t *testing.T, db string) *kroniek.Export {
	t.Helper()
	var doc kroniek.Export
	if err := json.Unmarshal([]byte(mustRun(t, "export", "--db", db)), &doc); err != nil {
		t.Fatal(err)
	}
	return &doc
}

// TestTwoAnalyzeAtOnce runs two `kroniek analyze` processes on one store
// at the same time, each with half of the input: the second waits for the
// first with a message, both halves are stored, the corpus is up to date,
// and no mention, quote or event points at an entity that does not exist.
func TestTwoAnalyzeAtOnce(t *testing.T) {
	shared.Long(t, "runs two processes on one store")
	t.Parallel()
	input := corpusSample(t, 100)
	data, err := os.ReadFile(filepath.Join(input, "dpg.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.SplitAfter(bytes.TrimSpace(data), []byte("\n"))
	dir := t.TempDir()
	half1, half2 := filepath.Join(dir, "half1.jsonl"), filepath.Join(dir, "half2.jsonl")
	os.WriteFile(half1, bytes.Join(lines[:len(lines)/2], nil), 0o644)
	os.WriteFile(half2, bytes.Join(lines[len(lines)/2:], nil), 0o644)
	bin := buildBinary(t)
	db := filepath.Join(dir, "r.db")
	var cmds []*exec.Cmd
	var errbs []*bytes.Buffer
	for _, in := range []string{half1, half2} {
		cmd := exec.Command(bin, "analyze", "-q", "--db", db, in)
		var eb bytes.Buffer
		cmd.Stderr = &eb
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds, errbs = append(cmds, cmd), append(errbs, &eb)
	}
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("analyze %d: %v\n%s", i, err, errbs[i])
		}
	}
	if msgs := errbs[0].String() + errbs[1].String(); !strings.Contains(msgs, "store busy: waiting for") {
		t.Logf("neither process had to wait (the first finished before the second began):\n%s", msgs)
	}
	doc := exportDoc(t, db)
	if len(doc.Articles) != len(lines) {
		t.Errorf("%d articles stored, want %d", len(doc.Articles), len(lines))
	}
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if g, err := s.Generation(context.Background()); err != nil || g.Stale() {
		t.Errorf("generation %+v (%v): the corpus is behind", g, err)
	}
	if d := storetest.DanglingEntities(t, s); len(d) > 0 {
		t.Errorf("%d references to missing entities, e.g. %s", len(d), d[0])
	}
}

// TestStoreBusyMessage holds a store's writer lock in this process and
// checks that `analyze` says it waits, then finishes once the lock is free.
func TestStoreBusyMessage(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "k.db")
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	unlock, err := s.Lock(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(in, []byte("De gemeenteraad van Zwolle stemde dinsdag in met het plan."), 0o644)
	errb := &syncBuffer{}
	done := make(chan int)
	go func() {
		m := &Main{Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: errb}
		done <- m.Run(context.Background(), []string{"analyze", "-q", "--db", db, in})
	}()
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(errb.String(), "store busy") && time.Now().Before(deadline) {
		select {
		case code := <-done:
			t.Fatalf("analyze finished (%d) while the lock was held: %s", code, errb.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	unlock()
	s.Close()
	code := <-done
	if got := errb.String(); code != 0 || !strings.Contains(got, "store busy: waiting for pid") || !strings.Contains(got, db) {
		t.Errorf("analyze while the store is locked: exit %d, %s", code, got)
	}
}

// syncBuffer is a bytes.Buffer safe for one writer and one reader.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// TestReadOnlyStore: export, stories and a rebuild check read a store in a
// read-only folder; analyze fails with a message that names the file.
func TestReadOnlyStore(t *testing.T) {
	t.Parallel()
	if os.Geteuid() == 0 {
		t.Log("running as root: permissions are not enforced, so the file is also opened through a read-only path check only")
	}
	dir := filepath.Join(t.TempDir(), "ro")
	os.Mkdir(dir, 0o755)
	db := filepath.Join(dir, "k.db")
	mustRun(t, "analyze", "-q", "--db", db, seedsDir(t))
	before, _ := os.Stat(db)
	os.Chmod(db, 0o444)
	os.Chmod(dir, 0o555)
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	if _, errs, code := run(t, "export", "--db", db); code != 0 {
		t.Errorf("export of a read-only store: %d %s", code, errs)
	}
	if out, errs, code := run(t, "stories", "--db", db); code != 0 || out == "" {
		t.Errorf("stories of a read-only store: %d %s", code, errs)
	}
	if os.Geteuid() != 0 {
		in := filepath.Join(t.TempDir(), "a.txt")
		os.WriteFile(in, []byte("De gemeenteraad van Zwolle stemde dinsdag in met het plan."), 0o644)
		_, errs, code := run(t, "analyze", "-q", "--db", filepath.Join(dir, "new.db"), in)
		if code == 0 || !strings.Contains(errs, filepath.Join(dir, "new.db")) {
			t.Errorf("analyze into a read-only folder: %d %s; want a failure naming the file", code, errs)
		}
	}
	// The readers changed nothing (no migration, no write).
	if after, _ := os.Stat(db); after.Size() != before.Size() || !after.ModTime().Equal(before.ModTime()) {
		t.Errorf("the store file changed: %d bytes at %v, was %d at %v", after.Size(), after.ModTime(), before.Size(), before.ModTime())
	}
}

// TestNoStoreFromNothing: a mistyped input path creates no store, and
// `export` of a zero-byte file fails without turning it into a database.
func TestNoStoreFromNothing(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "k.db")
	_, errs, code := run(t, "analyze", "-q", "--db", db, filepath.Join(dir, "artikels-typo"))
	if code == 0 || !strings.Contains(errs, "artikels-typo") {
		t.Errorf("analyze of a missing path: %d %s", code, errs)
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("analyze of a missing path created a store")
	}
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o644)
	_, errs, code = run(t, "export", "--db", empty)
	if code == 0 || !strings.Contains(errs, empty) {
		t.Errorf("export of a zero-byte file: %d %s", code, errs)
	}
	if fi, err := os.Stat(empty); err != nil || fi.Size() != 0 {
		t.Errorf("export changed the zero-byte file: %v %v", fi.Size(), err)
	}
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err == nil {
		_, errs, code = run(t, "analyze", "-q", "--db", db, fifo)
		if code == 0 || !strings.Contains(errs, "not a regular file") {
			t.Errorf("analyze of a FIFO: %d %s", code, errs)
		}
	}
}

// TestSameFileNameTwoFolders: artikel.txt in two folders, analysed in two
// runs, are two articles; rerunning either changes nothing; a changed text
// of one is an update of its own article; index.html without a canonical
// URL likewise.
func TestSameFileNameTwoFolders(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "n.db")
	write := func(rel, text string) {
		p := filepath.Join(dir, rel)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(text), 0o644)
	}
	write("d1/artikel.txt", "Minister Jansen bezocht maandag Utrecht voor overleg over de begroting.")
	write("d2/artikel.txt", "De gemeenteraad van Zwolle stemde dinsdag in met het nieuwe plan.")
	write("d1/index.html", "<html><head><title>Haven</title></head><body><article><p>De haven van Delfzijl krijgt een nieuwe kade voor de windparken op zee.</p></article></body></html>")
	write("d2/index.html", "<html><head><title>Dijk</title></head><body><article><p>Het waterschap versterkt de dijk bij Kampen voor de winter begint.</p></article></body></html>")
	analyze := func(path, want string) {
		t.Helper()
		_, errs, code := run(t, "analyze", "--db", db, path)
		if code != 0 || !strings.Contains(errs, want) {
			t.Errorf("analyze %s: %d %s; want %q", path, code, errs, want)
		}
	}
	analyze(filepath.Join(dir, "d1"), "2 new")
	analyze(filepath.Join(dir, "d2"), "2 new, 0 updated")
	analyze(filepath.Join(dir, "d2"), "0 new, 0 updated, 2 unchanged")
	analyze(filepath.Join(dir, "d1"), "0 new, 0 updated, 2 unchanged")
	write("d2/artikel.txt", "De gemeenteraad van Zwolle stemde woensdag toch tegen het nieuwe plan.")
	analyze(filepath.Join(dir, "d2"), "0 new, 1 updated")
	doc := exportDoc(t, db)
	texts := map[string]bool{}
	for _, a := range doc.Articles {
		texts[a.Text] = true
	}
	if len(doc.Articles) != 4 || !texts["Minister Jansen bezocht maandag Utrecht voor overleg over de begroting."] {
		var ids []string
		for _, a := range doc.Articles {
			ids = append(ids, a.ID+" "+a.Source)
		}
		t.Errorf("articles %v; want both folders' two files", ids)
	}
}

// TestRerunWithoutMetaKeepsIt: a rerun without --meta keeps the outlets an
// earlier run joined; --meta with another value updates it.
func TestRerunWithoutMetaKeepsIt(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "a.jsonl")
	os.WriteFile(in, []byte(`{"id":"a1","title":"Haven","text":"De haven van Delfzijl krijgt een nieuwe kade."}
{"id":"a2","title":"Dijk","text":"Het waterschap versterkt de dijk bij Kampen."}
`), 0o644)
	meta := filepath.Join(dir, "meta.jsonl")
	os.WriteFile(meta, []byte(`{"id":"a1","publisher":"Dagblad"}`+"\n"), 0o644)
	db := filepath.Join(dir, "m.db")
	outlet := func() string {
		for _, a := range exportDoc(t, db).Articles {
			if a.ID == "a1" {
				return a.Outlet
			}
		}
		return "(missing)"
	}
	if _, errs, code := run(t, "analyze", "--db", db, "--meta", meta, "--meta-map", "publisher=outlet", in); code != 0 {
		t.Fatal(errs)
	}
	_, errs, code := run(t, "analyze", "--db", db, in)
	if code != 0 || !strings.Contains(errs, "0 updated, 2 unchanged") || outlet() != "Dagblad" {
		t.Errorf("rerun without --meta: %s; outlet %q", errs, outlet())
	}
	os.WriteFile(meta, []byte(`{"id":"a1","publisher":"Avondblad"}`+"\n"), 0o644)
	if _, errs, code := run(t, "analyze", "--db", db, "--meta", meta, "--meta-map", "publisher=outlet", in); code != 0 || !strings.Contains(errs, "1 updated") {
		t.Errorf("rerun with other --meta: %s", errs)
	}
	if o := outlet(); o != "Avondblad" {
		t.Errorf("outlet after --meta with another value: %q", o)
	}
}

// TestWatchOnceBackingOff: `watch --once` exits 3 when a feed fails, and
// again on the next run while that feed backs off (it was not read).
func TestWatchOnceBackingOff(t *testing.T) {
	shared.Long(t, "waits out the watcher's back-off")
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "overloaded", http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "w.db")
	for i, want := range []string{"503", "backing off"} {
		_, errs, code := run(t, "watch", "--once", "-q", "--delay", "0", "--db", db, srv.URL+"/feed")
		if code != 3 || !strings.Contains(errs, want) {
			t.Errorf("watch --once run %d: exit %d, want 3 and %q:\n%s", i+1, code, want, errs)
		}
	}
}
