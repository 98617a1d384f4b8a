package source

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/kroniek/kroniek"
)

// readAll reads paths and returns the articles' ids and the problems.
func readAll(t *testing.T, paths ...string) ([]string, []kroniek.Problem) {
	t.Helper()
	var ids []string
	var probs []kroniek.Problem
	err := Read(context.Background(), paths, Options{}, func(a *kroniek.Article) error {
		ids = append(ids, a.ID)
		return nil
	}, func(p kroniek.Problem) { probs = append(probs, p) })
	if err != nil {
		t.Fatal(err)
	}
	return ids, probs
}

// TestJSONLArrayLine: a JSONL line holding an array is reported in plain
// words with its line number, and the other lines are read.
func TestJSONLArrayLine(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.jsonl")
	os.WriteFile(p, []byte(`[{"id":"x","text":"Een."}]`+"\n"+`{"id":"y","text":"Twee zinnen hier."}`+"\n"+`"tekst"`+"\n"), 0o644)
	ids, probs := readAll(t, p)
	if len(ids) != 1 || ids[0] != "y" {
		t.Errorf("ids %v, want [y]", ids)
	}
	if len(probs) != 2 || !strings.HasSuffix(probs[0].Location, ":1") || !strings.Contains(probs[0].Message, "the line is a JSON array, not an article object") ||
		!strings.Contains(probs[1].Message, "JSON string") || strings.Contains(probs[0].Message+probs[1].Message, "Go value") {
		t.Errorf("problems %+v", probs)
	}
}

// TestNotRegularFiles: a FIFO named as input is refused at once (opening
// it would block), and one in a folder is skipped with a warning.
func TestNotRegularFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pijp.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Een gewone tekst."), 0o644)
	_, probs := readAll(t, fifo)
	if len(probs) != 1 || probs[0].Warning || !strings.Contains(probs[0].Message, "FIFO") {
		t.Errorf("FIFO as input: %+v", probs)
	}
	ids, probs := readAll(t, dir)
	if len(ids) != 1 || len(probs) != 1 || !probs[0].Warning || !strings.Contains(probs[0].Message, "not a regular file") {
		t.Errorf("FIFO in a folder: ids %v, problems %+v", ids, probs)
	}
}

// TestJSONByteOrderMark: a JSONL or JSON file that starts with the byte
// order mark Windows tools write is read whole; the first line (or the
// whole array) was refused over it as "invalid character 'ï'" (user
// trial 17).
func TestJSONByteOrderMark(t *testing.T) {
	dir := t.TempDir()
	jsonl := filepath.Join(dir, "a.jsonl")
	os.WriteFile(jsonl, []byte("\ufeff"+`{"id":"x","text":"De raad stemde in."}`+"\r\n"+`{"id":"y","text":"De brug is open."}`+"\r\n"), 0o644)
	array := filepath.Join(dir, "b.json")
	os.WriteFile(array, []byte("\ufeff"+`[{"id":"z","text":"Het plan gaat door."}]`), 0o644)
	ids, probs := readAll(t, jsonl, array)
	if strings.Join(ids, " ") != "x y z" || len(probs) != 0 {
		t.Errorf("ids %v, problems %+v; want x y z and none", ids, probs)
	}
}

// TestTableNamedIsRefused: a CSV named as input is reported, not read as
// one text article titled by its header line ("id,text"; user trial 17);
// in a folder it is skipped with a warning, as any unknown format.
func TestTableNamedIsRefused(t *testing.T) {
	dir := t.TempDir()
	csv := filepath.Join(dir, "lijst.csv")
	os.WriteFile(csv, []byte("id,text\nc1,\"De wethouder opende de brug.\"\n"), 0o644)
	ids, probs := readAll(t, csv)
	if len(ids) != 0 || len(probs) != 1 || probs[0].Warning || !strings.Contains(probs[0].Message, "--meta") {
		t.Errorf("CSV named: ids %v, problems %+v; want none read and an error naming --meta", ids, probs)
	}
	ids, probs = readAll(t, dir)
	if len(ids) != 0 || len(probs) != 1 || !probs[0].Warning {
		t.Errorf("CSV in a folder: ids %v, problems %+v; want a warning", ids, probs)
	}
}
