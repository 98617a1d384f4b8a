package kb

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek/nl"
)

// special folds letters that Unicode decomposition leaves alone.
var special = map[rune]string{
	'ß': "ss", 'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d",
	'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ı': "i", 'þ': "th",
	'’': "'", '‘': "'", 'ʼ': "'", '`': "'", '´': "'",
	'‐': "-", '‑': "-", '–': "-",
}

// Fold lowercases s and strips diacritics like nl.Fold (Orbán → orban),
// and also folds the letters decomposition leaves alone (ł, ø, ß) and
// normalises apostrophes and hyphens, so it is safe for exact lookups of
// names.
func Fold(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return nl.Fold(foldSpecial(s))
		}
	}
	return nl.Fold(s)
}

func foldSpecial(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if rep, ok := special[r]; ok {
			b.WriteString(rep)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// rule rewrites one spelling into the key's alphabet. Upper-case letters
// in the output are key symbols that no input letter produces: S for the
// sh sound (sj, sh, sch, sz), Z for zh (zj, zh, dzj), X for the ch/kh/tsj
// family, E for the e or o after them (ё: Gorbatsjov, Gorbachev).
// Further: oe → u, j and y → i, w → v, c and q → k, ts and tz → z, an s
// that starts a word or stands between vowels → z (German Selenskyj,
// Nasarbajew), doubled consonants and i collapse.
type rule struct{ from, to string }

// rules are tried longest first at each position, left to right.
var rules = []rule{
	{"tsch", "X"}, {"sch", "S"}, {"tsj", "X"}, {"tch", "X"}, {"dzj", "Z"},
	{"sj", "S"}, {"sh", "S"}, {"sz", "S"}, {"zj", "Z"}, {"zh", "Z"},
	{"ch", "X"}, {"kh", "X"}, {"oe", "u"}, {"ph", "f"}, {"th", "t"},
	{"ck", "k"}, {"ie", "i"}, {"x", "ks"}, {"w", "v"}, {"j", "i"}, {"ts", "z"}, {"tz", "z"},
	{"y", "i"}, {"c", "k"}, {"q", "k"},
}

// rulesByFirst indexes rules by their first byte.
var rulesByFirst = func() (idx [256][]rule) {
	for _, r := range rules {
		idx[r.from[0]] = append(idx[r.from[0]], r)
	}
	return idx
}()

// Key returns the transliteration key of a name: Dutch, English and
// German renderings of the same Slavic (or other) name share it.
// Loekasjenko, Lukashenko and Lukaschenko all give "lukaSEnko"; Poetin
// and Putin give "putin"; Orbán and Orban give "orban". Words are
// separated by one space; hyphens and apostrophes separate words too,
// and a possessive 's is dropped. Keys are for equality only.
func Key(s string) string {
	f := strings.TrimSuffix(Fold(s), "'s")
	var b strings.Builder
	b.Grow(len(f))
	words := splitWords(f)
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		keyWord(&b, w)
	}
	return b.String()
}

// WordKey returns the key of one already folded word.
func WordKey(folded string) string {
	var b strings.Builder
	b.Grow(len(folded))
	keyWord(&b, folded)
	return b.String()
}

// splitWords splits a folded string into letter-and-digit words.
func splitWords(f string) []string {
	return strings.FieldsFunc(f, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func keyWord(b *strings.Builder, w string) {
	start := b.Len()
	var last byte
	for i := 0; i < len(w); {
		c := w[i]
		out := ""
		n := 1
		for _, r := range rulesByFirst[c] {
			if strings.HasPrefix(w[i:], r.from) {
				out, n = r.to, len(r.from)
				break
			}
		}
		// a palatal i or j after sh, zh, ch before a vowel is the Dutch j
		// the rule already took (Zaporizhzhia, Zaporizja)
		if (last == 'S' || last == 'Z' || last == 'X') && (c == 'i' || c == 'y') && i+1 < len(w) && isVowelByte(w[i+1]) {
			i++
			continue
		}
		// German writes s for the z of Slavic names at the start of a word
		// and between vowels (Selenskyj, Nasarbajew)
		if c == 's' && out == "" && (i == 0 || isVowelByte(w[i-1])) && (i+1 < len(w) && isVowelByte(w[i+1])) {
			out = "z"
		}
		if out == "" {
			out = w[i : i+1]
			// ё: Dutch and German write jo or o after sj, zj, tsj, English
			// e (Gorbatsjov, Gorbachev; Chroesjtsjov, Khrushchev)
			if (c == 'e' || c == 'o') && (last == 'S' || last == 'Z' || last == 'X') {
				out = "E"
			}
		}
		for j := 0; j < len(out); j++ {
			// collapse doubled consonants and i (Thierry/Thiery,
			// Dmitrij/Dmitri); doubled a, e, o, u mark Dutch long vowels
			// (Poortugaal is not Portugal)
			if out[j] == last && b.Len() > start && strings.IndexByte("aeou", out[j]) < 0 {
				continue
			}
			b.WriteByte(out[j])
			last = out[j]
		}
		i += n
	}
}

func isVowelByte(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'
}
