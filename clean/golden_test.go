package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kroniek/kroniek/internal/shared"
)

// golden is the JSON form of a Result in testdata/NAME.golden.json.
type golden struct {
	Text    string `json:"text"`
	Removed []struct {
		Kind  string `json:"kind"`
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
	} `json:"removed"`
	Headings []struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
	} `json:"headings"`
}

func toGolden(res Result) golden {
	var g golden
	g.Text = res.Text
	for _, r := range res.Removed {
		g.Removed = append(g.Removed, struct {
			Kind  string `json:"kind"`
			Start int    `json:"start"`
			End   int    `json:"end"`
			Text  string `json:"text"`
		}{r.Kind, r.Start, r.End, r.Text})
	}
	for _, h := range res.Headings {
		g.Headings = append(g.Headings, struct {
			Start int    `json:"start"`
			End   int    `json:"end"`
			Text  string `json:"text"`
		}{h[0], h[1], res.Text[h[0]:h[1]]})
	}
	return g
}

// TestGolden cleans testdata/NAME.txt and compares the result with
// NAME.golden.json; -update rewrites the golden files.
func TestGolden(t *testing.T) {
	n := shared.Golden(t, "testdata/*.txt", func(t *testing.T, _ string, in []byte) any {
		res := Clean(string(in))
		checkInvariants(t, string(in), res)
		return toGolden(res)
	})
	if n < 8 {
		t.Errorf("want at least 8 golden inputs, found %d", n)
	}
}

// checkInvariants checks what holds for every Result: removals point at
// their text in the body, in order; headings lie in Text on rune
// boundaries; Text has no "\r" and no blank runs beyond "\n\n".
func checkInvariants(t *testing.T, body string, res Result) {
	t.Helper()
	last := 0
	for _, r := range res.Removed {
		if r.Start < last || r.End > len(body) || r.Start >= r.End || body[r.Start:r.End] != r.Text {
			t.Errorf("removal %+v out of place", r)
			continue
		}
		last = r.End
	}
	prev := 0 // headings are in text order and apart: nl.Parse reads them so
	for _, h := range res.Headings {
		if h[0] < prev || h[1] > len(res.Text) || h[0] >= h[1] || !utf8.RuneStart(res.Text[h[0]]) ||
			(h[1] < len(res.Text) && !utf8.RuneStart(res.Text[h[1]])) {
			t.Errorf("heading %v out of place", h)
		}
		prev = h[1]
	}
	if strings.Contains(res.Text, "\r") || strings.Contains(res.Text, "\n\n\n") || strings.TrimSpace(res.Text) != res.Text {
		t.Errorf("text not normalised: %q", res.Text)
	}
}

func FuzzClean(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("Lees ook:\n\nTitel\n\nLead.\n\r\n\r")
	f.Fuzz(func(t *testing.T, body string) {
		checkInvariants(t, body, Clean(body))
	})
}
