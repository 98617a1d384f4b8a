package resolve

import (
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/nl"
)

// cabinetNumerals are the numbers of a premier's cabinets, in Roman and
// Arabic figures, by their Roman spelling.
var cabinetNumerals = map[string]string{
	"I": "I", "II": "II", "III": "III", "IV": "IV", "V": "V", "VI": "VI", "VII": "VII", "VIII": "VIII",
	"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V",
}

// cabinets marks the cabinets named after their premier: a family name
// and a numeral ("Rutte III", "Rutte-II", "kabinet-Rutte III", "het
// kabinet Balkenende IV"). A cabinet is an organisation, never the
// person it is named after, and each numeral is another cabinet; its
// name is "Rutte III" however it is written. The numeral the tagger
// left out is taken in ("kabinet-Rutte" + "III"), and a numeral alone
// is no name ("III" after "kabinet-Rutte"). A given name before the
// numeral is a monarch or pope, or a club named after one (Willem II,
// Carlos III), and stays what it was.
func cabinets(doc *nl.Doc, cs []cand) []cand {
	out := cs[:0]
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		t := c.text(doc)
		if n, ok := cabinetNumerals[t]; c.entry == nil && ok && n == t {
			// a numeral alone: "III" the tagger split off "kabinet-Rutte
			// III"; after "Rutte-" it takes the family name in
			j := strings.LastIndexAny(doc.Text[:c.start], " \n(\"'")
			if c.start > 0 && doc.Text[c.start-1] == '-' && j < c.start-2 && (len(out) == 0 || out[len(out)-1].end <= j+1) {
				if b, _, _ := cabinetParts(doc.Text[j+1 : c.start-1]); b != "" {
					c.start = j + 1
					c.cabinet, c.typ = true, kroniek.ORG
					out = append(out, c)
				}
			}
			continue
		}
		base, num, prefixed := cabinetParts(t)
		if base == "" {
			out = append(out, c)
			continue
		}
		if num == "" {
			// the numeral after the name: "kabinet-Rutte III", "Rutte II"
			// when the tagger took the family name alone
			rest := doc.Text[c.end:]
			if len(rest) > 1 && (rest[0] == ' ' || rest[0] == '-') {
				w := rest[1:]
				j := 0
				for j < len(w) && (w[j] >= 'A' && w[j] <= 'Z' || w[j] >= '0' && w[j] <= '9') {
					j++
				}
				if n, ok := cabinetNumerals[w[:j]]; ok && j > 0 && (j == len(w) || !isWordByte(w[j])) && (prefixed || n == w[:j]) {
					num = n
					c.end += 1 + j
					for i+1 < len(cs) && cs[i+1].start < c.end {
						i++ // the numeral, or a name the tagger made of it
					}
				}
			}
		}
		if num == "" && !prefixed {
			out = append(out, c)
			continue
		}
		if c.entry != nil && c.entry.Kind != kb.KindPerson {
			out = append(out, c) // a known body or place with a number
			continue
		}
		c.cabinet = true
		c.typ = kroniek.ORG
		c.entry, c.weak, c.fromKB, c.role = nil, false, false, ""
		out = append(out, c)
	}
	return out
}

// cabinetParts splits a mention into a premier's family name and the
// cabinet's numeral in Roman figures ("" when it has none), and reports
// whether "kabinet" opened it. base is "" when it names no cabinet.
func cabinetParts(t string) (base, num string, prefixed bool) {
	lt := strings.ToLower(t)
	for _, p := range []string{"kabinet-", "kabinet "} {
		if strings.HasPrefix(lt, p) {
			t, prefixed = t[len(p):], true
			break
		}
	}
	if i := strings.LastIndexAny(t, " -"); i > 0 {
		if n, ok := cabinetNumerals[t[i+1:]]; ok {
			if !prefixed && t[i+1:] != n {
				return "", "", false // Formule 1, Covid-19: a figure makes no cabinet without "kabinet"
			}
			t, num = t[:i], n
		}
	}
	if strings.ContainsAny(t, " -'’.") || len(t) < 3 || !startsUpper(t) || strings.ToUpper(t) == t || isGivenName(t) {
		return "", "", false
	}
	if num == "" && !prefixed {
		return t, "", false // a family name: a numeral may follow it
	}
	return t, num, prefixed
}

// cabinetName is the name a cabinet mention is compared by: "Rutte III"
// for "kabinet-Rutte III" and "Rutte-III"; "kabinet-Rutte" alone stays so.
func cabinetName(t string) string {
	base, num, _ := cabinetParts(t)
	if base == "" || num == "" {
		return t
	}
	return base + " " + num
}

// isWordByte reports whether b is an ASCII letter or digit, or the first
// byte of a multi-byte letter.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}
