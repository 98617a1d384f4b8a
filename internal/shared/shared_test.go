package shared

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGoldenCompareAndWrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.golden.json")
	v := map[string]int{"a": 1}
	if err := golden(path, v, false); err == nil || !strings.Contains(err.Error(), "-update") {
		t.Errorf("missing golden file: %v", err)
	}
	if err := golden(path, v, true); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "{\n  \"a\": 1\n}\n" {
		t.Errorf("written %q", b)
	}
	if err := golden(path, v, false); err != nil {
		t.Errorf("same value: %v", err)
	}
	err := golden(path, map[string]int{"a": 2}, false)
	if err == nil || !strings.Contains(err.Error(), "line 2:") || !strings.Contains(err.Error(), `"  \"a\": 2"`) {
		t.Errorf("changed value: %v", err)
	}
	if err := golden(path, []byte("{\n  \"a\": 1\n}"), false); err != nil {
		t.Errorf("bytes without the final newline: %v", err)
	}
}

func TestFirstDiff(t *testing.T) {
	if got := firstDiff("a\nb\n", "a\nb\nc\n"); !strings.Contains(got, "line 3:") || !strings.Contains(got, `want ""`) {
		t.Errorf("longer: %s", got)
	}
	if got := firstDiff("a\nb", "a\nb"); got != "(no line differs)" {
		t.Errorf("same: %s", got)
	}
}

func TestTSV(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.tsv"), filepath.Join(dir, "b.tsv")
	os.WriteFile(a, []byte("# comment\nzin een\tx|1 ; y|2 ; \n\nzin twee\r\n"), 0o644)
	os.WriteFile(b, []byte("derde\tz|3\n"), 0o644)
	rows := TSV(t, a, b)
	if len(rows) != 3 || rows[0].Line != 2 || rows[1].Line != 4 || rows[2].Pos != b+":1" || rows[1].Col(1) != "" {
		t.Fatalf("rows %+v", rows)
	}
	if items := rows[0].Items(t, 1, 2); len(items) != 2 || items[1][1] != "2" {
		t.Errorf("items %q", items)
	}
	if rows := Labelled(t, b, 1); len(rows) != 1 || rows[0].Cols[0] != "derde" {
		t.Errorf("labelled %+v", rows)
	}
}

func TestSeedText(t *testing.T) {
	path := filepath.Join(t.TempDir(), "007_x.txt")
	os.WriteFile(path, []byte(" date 2020-09 De tekst.\n"), 0o644)
	s := readSeed(t, path)
	if s.ID != "007" || s.Month != "2020-09" || s.Text != "De tekst.\n" || s.Raw != " date 2020-09 De tekst.\n" {
		t.Errorf("seed %+v", s)
	}
}

func TestRatio(t *testing.T) {
	if Ratio(1, 4) != 0.25 || Ratio(0, 0) != 1 {
		t.Error("Ratio")
	}
}
