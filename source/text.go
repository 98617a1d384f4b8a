package source

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/kroniek/kroniek"
)

// text reads one article in the seed format: UTF-8 plain text whose first
// line may start with " date YYYY-MM" or " date YYYY-MM-DD", which sets
// Published and is not part of the text. The id is the file's base name
// without extension; text from standard input gets a hash of its text.
func (r *reader) text(name string, raw []byte) error {
	s, note := decodeText(raw)
	if note != "" {
		r.warn(locationOf(name, raw, note), errors.New(note))
	}
	a := &kroniek.Article{Source: name}
	if date, rest, ok := splitDatePrefix(s); ok {
		a.Published, s = date, rest
	}
	if strings.TrimSpace(s) == "" {
		r.problem(name, errors.New("no text"))
		return nil
	}
	a.Body = s
	if name == "-" {
		a.ID = TextID(s)
	} else {
		a.ID = baseID(name)
	}
	return r.emit(a)
}

// baseID is a file's base name without its extensions (".txt", ".txt.gz").
func baseID(name string) string {
	base := filepath.Base(name)
	base = strings.TrimSuffix(base, ".gz")
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// splitDatePrefix takes an optional " date YYYY-MM[-DD] " prefix off the
// first line, returning the date and the rest of the text.
func splitDatePrefix(s string) (date, rest string, ok bool) {
	t := strings.TrimLeft(s, " \t")
	if !strings.HasPrefix(t, "date ") {
		return "", s, false
	}
	t = t[len("date "):]
	n := 0
	for n < len(t) && (t[n] >= '0' && t[n] <= '9' || t[n] == '-') {
		n++
	}
	d, ok := parseDate(t[:n])
	if !ok || n < 7 {
		return "", s, false
	}
	if n < len(t) && t[n] != ' ' && t[n] != '\t' && t[n] != '\n' && t[n] != '\r' {
		return "", s, false
	}
	rest = strings.TrimLeft(t[n:], " \t")
	return d, rest, true
}

// Notes decodeText gives when it had to repair or convert its input.
const (
	noteUTF16   = "UTF-16 text decoded to UTF-8"
	noteCP1252  = "not UTF-8: decoded as Windows-1252"
	noteInvalid = "invalid UTF-8 repaired with U+FFFD"
	noteMark    = "UTF-16 byte order mark before UTF-8 text: mark dropped"
)

// decodeText turns raw bytes into UTF-8 text: a UTF-8 byte order mark is
// dropped, UTF-16 with a byte order mark is decoded (a UTF-16 mark before
// 8-bit text is dropped and the rest decoded), valid UTF-8 is kept as
// it is, text without a single valid multi-byte UTF-8 sequence that
// Windows-1252 can decode is decoded as Windows-1252, and anything else has
// its invalid bytes replaced by U+FFFD. note is "" when the input was
// valid UTF-8, else one of the note constants.
func decodeText(b []byte) (text, note string) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		if mayBeUTF16(b[2:]) {
			return decodeUTF16(b[2:], b[0] == 0xFE), noteUTF16
		}
		if text, note := decodeText(b[2:]); note != "" {
			return text, note
		}
		return string(b[2:]), noteMark
	}
	if utf8.Valid(b) {
		return string(b), ""
	}
	if looksCP1252(b) {
		if s, err := charmap.Windows1252.NewDecoder().Bytes(b); err == nil {
			return string(s), noteCP1252
		}
	}
	return strings.ToValidUTF8(string(b), "\uFFFD"), noteInvalid
}

// decodeUTF16 decodes UTF-16 of the given byte order; unpaired surrogates
// become U+FFFD.
func decodeUTF16(b []byte, bigEndian bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return string(utf16.Decode(u))
}

// mayBeUTF16 tells whether the bytes after a UTF-16 byte order mark can be
// UTF-16 text. Text of any script in UTF-16 holds NUL bytes (every newline,
// space, digit or Latin letter has one), so a longer text without a single
// NUL is 8-bit text that merely starts with the mark's two bytes.
func mayBeUTF16(b []byte) bool {
	return len(b) < 16 || bytes.IndexByte(b, 0) >= 0
}

// looksCP1252 tells whether invalid UTF-8 is more likely Windows-1252: it
// holds no valid multi-byte UTF-8 sequence, none of the five bytes
// Windows-1252 leaves undefined, and every byte above ASCII reads as
// Windows-1252 text would: a letter next to a letter (the é of "café"),
// or a typographic sign (quotes, dashes, €, «, °, a no-break space). A
// stray UTF-8 lead byte in ASCII text ("Amsterdam \xc3(") reads as a
// lone "Ã" and is repaired as invalid UTF-8 instead.
func looksCP1252(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		switch c {
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
			return false
		}
		r, size := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError && size > 1 {
			return false
		}
		if !cp1252Plausible(b, i) {
			return false
		}
		i++
	}
	return true
}

// cp1252Plausible tells whether the byte at i, read as Windows-1252, is a
// sign or a letter with a letter beside it.
func cp1252Plausible(b []byte, i int) bool {
	c := b[i]
	if c < 0xC0 || c == 0xD7 || c == 0xF7 || c == 0xE0 {
		// 0x80–0xBF: signs, quotes, dashes, the few letters (Š, œ, ž, Ÿ, ª,
		// µ, º) and no-break space; × and ÷; à, a word of its own ("à 5 euro").
		return true
	}
	return cp1252Letter(b, i-1) || cp1252Letter(b, i+1)
}

// cp1252Letter tells whether the byte at i is a letter in Windows-1252.
func cp1252Letter(b []byte, i int) bool {
	if i < 0 || i >= len(b) {
		return false
	}
	c := b[i]
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		return true
	case c >= 0xC0:
		return c != 0xD7 && c != 0xF7
	}
	return false
}

// isBinary tells whether the start of an input is not text: it holds NUL
// bytes (and is not UTF-16 with a byte order mark) or many control bytes.
func isBinary(head []byte) bool {
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return false
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b {
			ctl++
		}
	}
	return ctl*20 > len(head)
}

// locationOf gives the location of a decoding note: for repaired UTF-8
// the file and the line of the first invalid byte, else the file.
func locationOf(name string, raw []byte, note string) string {
	if note != noteInvalid {
		return name
	}
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size == 1 {
			return fmt.Sprintf("%s:%d", name, bytes.Count(raw[:i], []byte{'\n'})+1)
		}
		i += size
	}
	return name
}
