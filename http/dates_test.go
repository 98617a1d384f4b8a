package http

import "testing"

// TestDateLabel: weeks, seasons, decades and centuries read as words in
// the page language; the page showed the stored "2019-W13", "2018-SU"
// and "199X" (user trial 17). Days, months, years and what is no date
// are left as they are.
func TestDateLabel(t *testing.T) {
	for _, c := range []struct{ lang, in, want string }{
		{"nl", "2019-W13", "week 13 van 2019"},
		{"en", "2019-W13", "week 13 of 2019"},
		{"nl", "2019-W14-WE", "weekend van week 14, 2019"},
		{"en", "2019-W14-WE", "weekend of week 14, 2019"},
		{"nl", "2018-SU", "zomer 2018"},
		{"en", "2018-FA", "autumn 2018"},
		{"nl", "199X", "jaren 1990"},
		{"en", "199X", "1990s"},
		{"nl", "19XX", "20e eeuw"},
		{"en", "19XX", "20th century"},
		{"en", "20XX", "21st century"},
		{"nl", "2019-03-25", "2019-03-25"},
		{"nl", "2019-03", "2019-03"},
		{"en", "2019", "2019"},
		{"nl", "PRESENT_REF", "PRESENT_REF"},
		{"nl", "", ""},
	} {
		if got := dateLabel(labels[c.lang], c.in); got != c.want {
			t.Errorf("%s %q: %q, want %q", c.lang, c.in, got, c.want)
		}
	}
	if ordinalSuffix(11) != "th" || ordinalSuffix(22) != "nd" || ordinalSuffix(13) != "th" || ordinalSuffix(3) != "rd" {
		t.Error("ordinalSuffix: 11th, 22nd, 13th, 3rd")
	}
}
