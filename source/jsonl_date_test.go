package source

import "testing"

// TestParseDateWritten: a published date written out in words, as a
// Dutch or English export gives it, is read; words without a whole date
// are not.
func TestParseDateWritten(t *testing.T) {
	for in, want := range map[string]string{
		"3 december 2026":          "2026-12-03",
		"zaterdag 3 dec. 2026":     "2026-12-03",
		"December 3, 2026":         "2026-12-03",
		"2026-12-03":               "2026-12-03",
		"gisteren":                 "",
		"december 2026":            "",
		"3 december":               "",
		"31 februari 2026":         "",
		"half december, rond 2026": "",
	} {
		got, ok := parseDate(in)
		if got != want || ok != (want != "") {
			t.Errorf("parseDate(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}
