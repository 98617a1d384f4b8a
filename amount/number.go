package amount

import (
	"strconv"
	"strings"
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

var (
	units = map[string]int{
		"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
	}
	teens = map[string]int{
		"tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
		"zeventien": 17, "achttien": 18, "negentien": 19,
	}
	tens = map[string]int{
		"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90,
	}
)

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

func parseBelowThousand(s string) (int, bool) {
	if i := strings.Index(s, "honderd"); i >= 0 {
		left, right := s[:i], s[i+len("honderd"):]
		l := 1
		if left != "" {
			v, ok := units[left]
			if !ok {
				v, ok = teens[left] // vijftienhonderd
			}
			if !ok || left == "een" || left == "één" {
				return 0, false
			}
			l = v
		}
		r := 0
		if right != "" {
			var ok bool
			if r, ok = parseBelowHundred(right); !ok {
				return 0, false
			}
		}
		return l*100 + r, true
	}
	return parseBelowHundred(s)
}

func parseBelowHundred(s string) (int, bool) {
	if v, ok := units[s]; ok {
		return v, true
	}
	if v, ok := teens[s]; ok {
		return v, true
	}
	if v, ok := tens[s]; ok {
		return v, true
	}
	// eenentwintig, tweeëntwintig, drieënveertig
	for i, u := range unitWords {
		rest, ok := strings.CutPrefix(s, u)
		if !ok {
			continue
		}
		if r, ok := strings.CutPrefix(rest, "ën"); ok {
			rest = r
		} else if r, ok := strings.CutPrefix(rest, "en"); ok {
			rest = r
		} else {
			continue
		}
		if tv, ok := tens[rest]; ok {
			return tv + i + 1, true
		}
	}
	return 0, false
}

// unitWords are the units in order, for compounds such as eenentwintig.
var unitWords = []string{"een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"}

// ParseOrdinal reads an ordinal in words or digits: eerste, derde, zesde,
// twintigste, eenentwintigste, honderdste, 6e, 6de, 21ste.
func ParseOrdinal(s string) (float64, bool) {
	s = strings.ToLower(s)
	switch s {
	case "eerste":
		return 1, true
	case "derde":
		return 3, true
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
