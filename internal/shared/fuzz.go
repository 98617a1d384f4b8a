package shared

import "strings"

// Hostile returns fuzz seeds every text stage must survive: empty text,
// invalid UTF-8, deep nesting, huge numbers, right-to-left text with bidi
// controls, combining accents, NUL bytes, emoji sequences, a byte-order
// mark with odd spaces and CRLF. Packages add their own (quote marks,
// markup) beside them.
func Hostile() []string {
	return []string{
		"",
		"\xff\xfe De premier \xc3\x28 zei \xe2\x82 iets.\xed\xa0\x80",
		strings.Repeat("(", 10000) + "Mark Rutte" + strings.Repeat(")", 10000),
		"99999999999999999999999999999999999999 euro en 1.000.000.000.000.000.000,99 miljard en 1e308 en 0,0000000000000000001%",
		"قال الرئيس \u202Eإن\u202C «السلام» قريب. \u200Fשלום\u200F עכשיו.",
		"Zelensky\u0301j zei e\u0301e\u0301n ding over ‘Ме\u0301дведев’ en \u0308\u0301 .",
		"Poetin\x00zei\x00: „ja\x00”. Mark\x00Rutte",
		"👨\u200D👩\u200D👧\u200D👦 Rutte 👍🏽 zei: „🏳️\u200D🌈” #nieuws @MarkRutte",
		"\ufeffDe\u00a0premier\u200bzei. \r\n\r\nNieuwe alinea.\r\n",
	}
}
