package source

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// TextID returns the stable id of an article that has none of its own: the
// first 16 hex digits of the SHA-256 of its normalised text (NFC, runs of
// white space collapsed to one space, trimmed, lowercased). The same text
// read twice, or with other line endings or spacing, gets the same id.
func TextID(text string) string {
	sum := sha256.Sum256([]byte(NormaliseForID(text)))
	return hex.EncodeToString(sum[:8])
}

// NormaliseForID is the normal form TextID hashes.
func NormaliseForID(text string) string {
	text = norm.NFC.String(text)
	var b strings.Builder
	b.Grow(len(text))
	space := false
	for _, r := range text {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
