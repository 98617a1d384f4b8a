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
)

// decodeText turns raw bytes into UTF-8 text: a UTF-8 byte order mark is
// dropped, UTF-16 with a byte order mark is decoded, valid UTF-8 is kept as
// it is, text without a single valid multi-byte UTF-8 sequence that
// Windows-1252 can decode is decoded as Windows-1252, and anything else has
// its invalid bytes replaced by U+FFFD. note is "" when the input was
// valid UTF-8, else one of the note constants.
func decodeText(b []byte) (text, note string) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return decodeUTF16(b[2:], false), noteUTF16
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeUTF16(b[2:], true), noteUTF16
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

// looksCP1252 tells whether invalid UTF-8 is more likely Windows-1252: it
// holds no valid multi-byte UTF-8 sequence and none of the five bytes
// Windows-1252 leaves undefined.
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
		i++
	}
	return true
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
