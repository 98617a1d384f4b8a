package amount

import (
	"strconv"
	"strings"

	"github.com/kroniek/kroniek/nl"
)

// ParseDigits reads a number written in digits with Dutch or English
// separators: 200.000, 1,3, 1.300.000,50, 1,300,000.50, 2.5. A lone comma
// is a Dutch decimal comma; a lone dot followed by exactly three digits
// groups thousands (200.000), otherwise it is a decimal point. It reports
// false for anything else (dates, ranges, phone numbers).
func ParseDigits(s string) (float64, bool) {
	if s == "" || !isDigit(s[0]) {
		return 0, false
	}
	dots, commas := strings.Count(s, "."), strings.Count(s, ",")
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isDigit(c) && c != '.' && c != ',' {
			return 0, false
		}
	}
	var intPart, frac string
	switch {
	case dots == 0 && commas == 0:
		intPart = s
	case dots > 0 && commas > 0:
		// The separator that comes last is the decimal one.
		dec, grp := byte(','), "."
		if strings.LastIndexByte(s, '.') > strings.LastIndexByte(s, ',') {
			dec, grp = '.', ","
		}
		i := strings.LastIndexByte(s, dec)
		if strings.IndexByte(s, dec) != i || !grouped(s[:i], grp) {
			return 0, false
		}
		intPart, frac = strings.ReplaceAll(s[:i], grp, ""), s[i+1:]
	default:
		sep := "."
		if commas > 0 {
			sep = ","
		}
		n := dots + commas
		switch {
		case n > 1 && grouped(s, sep):
			intPart = strings.ReplaceAll(s, sep, "")
		case n > 1:
			return 0, false
		case sep == "." && grouped(s, sep):
			intPart = strings.ReplaceAll(s, sep, "")
		default:
			i := strings.Index(s, sep)
			intPart, frac = s[:i], s[i+1:]
		}
	}
	if intPart == "" {
		return 0, false
	}
	num := intPart
	if frac != "" {
		num += "." + frac
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, false
	}
	return v, true
}

// grouped reports whether s is digits in groups of three after a first
// group of one to three digits, separated by sep.
func grouped(s, sep string) bool {
	parts := strings.Split(s, sep)
	if len(parts) < 2 || len(parts[0]) == 0 || len(parts[0]) > 3 {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// ParseWord reads a cardinal Dutch number word: twee, twintig,
// eenentwintig, tweeëntwintig, honderd, driehonderdvijftig,
// honderdduizend, tienduizend. Multipliers written apart (miljoen,
// miljard) are not words of this kind; see the lexicon.
func ParseWord(s string) (float64, bool) {
	s = strings.ToLower(s)
	if !numberEnding(s) {
		return 0, false
	}
	n, ok := parseBelowMillion(s)
	return float64(n), ok && n > 0
}

// numberEnding is a quick test: every cardinal word ends in one of these.
func numberEnding(s string) bool {
	if len(s) < 3 {
		return false
	}
	var ends []string
	switch s[len(s)-1] {
	case 'n':
		ends = []string{"een", "één", "zeven", "negen", "tien"}
	case 'e':
		ends = []string{"twee", "drie"}
	case 'r':
		ends = []string{"vier"}
	case 'f':
		ends = []string{"vijf", "elf", "twaalf"}
	case 's':
		ends = []string{"zes"}
	case 't':
		ends = []string{"acht"}
	case 'g':
		ends = []string{"tig"}
	case 'd':
		ends = []string{"honderd", "duizend"}
	}
	for _, e := range ends {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

func parseBelowMillion(s string) (int, bool) {
	if i := strings.Index(s, "duizend"); i >= 0 {
		left, right := s[:i], s[i+len("duizend"):]
		l := 1
		if left != "" {
			var ok bool
			if l, ok = parseBelowThousand(left); !ok {
				return 0, false
			}
		}
		r := 0
		if right != "" {
			var ok bool
			if r, ok = parseBelowThousand(right); !ok {
				return 0, false
			}
		}
		return l*1000 + r, true
	}
	return parseBelowThousand(s)
}

// parseBelowThousand reads a number word below a thousand from the one
// Dutch lexicon (nl.Lex: nul … negenhonderdnegenennegentig), and the
// hundreds of a teen: vijftienhonderd.
func parseBelowThousand(s string) (int, bool) {
	if v, ok := nl.Lex().Value(nl.ClassNumber, s); ok && v >= 1 && v <= 999 {
		return int(v), true
	}
	if left, ok := strings.CutSuffix(s, "honderd"); ok {
		if v, ok := nl.Lex().Value(nl.ClassNumber, left); ok && v >= 11 && v <= 19 {
			return int(v) * 100, true
		}
	}
	return 0, false
}

// ParseOrdinal reads an ordinal in words or digits: eerste, derde, zesde,
// twintigste, eenentwintigste, honderdste, 6e, 6de, 21ste. Words come from
// the one Dutch lexicon (nl.Lex), larger ones from the cardinal they are
// made of.
func ParseOrdinal(s string) (float64, bool) {
	s = strings.ToLower(s)
	if v, ok := nl.Lex().Value(nl.ClassOrdinal, s); ok && v > 0 {
		return v, true
	}
	for _, suf := range []string{"ste", "de", "e"} {
		stem, ok := strings.CutSuffix(s, suf)
		if !ok || stem == "" {
			continue
		}
		if isDigit(stem[0]) {
			if v, err := strconv.Atoi(stem); err == nil && v > 0 {
				return float64(v), true
			}
			continue
		}
		// Words take -de after 2, 4-7, 9-19 (tweede, zesde, tiende) and
		// -ste after 1, 8, 20 and up (achtste, twintigste, honderdste).
		v, ok := ParseWord(stem)
		if !ok || stem == "een" || stem == "één" {
			continue
		}
		last := int(v) % 100
		wantSte := last == 1 || last == 8 || last >= 20 || last == 0
		if (suf == "ste") == wantSte && suf != "e" {
			return v, true
		}
	}
	return 0, false
}
