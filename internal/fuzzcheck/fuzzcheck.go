package fuzzcheck

import "unicode/utf8"

// RuneBounds marks the offsets of s a span may start or end at: where
// utf8.RuneStart holds, and len(s). In invalid UTF-8 a stray byte is a
// rune of its own, as the decoder (and so the tokeniser) sees it.
func RuneBounds(s string) []bool {
	b := make([]bool, len(s)+1)
	if utf8.ValidString(s) {
		for i := 0; i < len(s); i++ {
			b[i] = utf8.RuneStart(s[i])
		}
	} else {
		for i := range s {
			b[i] = true
		}
	}
	b[len(s)] = true
	return b
}
