package ner

import "unicode"

// Feature hashing: every feature is a 64-bit hash of a template id and a
// value, computed without building strings.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashRunes hashes a rune slice.
func hashRunes(rs []rune) uint64 {
	h := uint64(fnvOffset)
	for _, r := range rs {
		h ^= uint64(r)
		h *= fnvPrime
	}
	return h
}

// hashString hashes s rune by rune, so that hashString(s) ==
// hashRunes([]rune(s)).
func hashString(s string) uint64 { return hashText(s, false) }

// hashLower hashes the lowercased runes of s.
func hashLower(s string) uint64 { return hashText(s, true) }

// hashText hashes the runes of s, lowercased when lower is set.
func hashText(s string, lower bool) uint64 {
	h := uint64(fnvOffset)
	for _, r := range s {
		if lower {
			r = unicode.ToLower(r)
		}
		h ^= uint64(r)
		h *= fnvPrime
	}
	return h
}

// mix combines a template id and a value into a non-zero feature hash.
func mix(tmpl uint64, v uint64) uint64 {
	x := v ^ (tmpl * 0x9E3779B97F4A7C15)
	x ^= x >> 30
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	if x == 0 {
		x = 1
	}
	return x
}

// mix2 combines a template id and two values.
func mix2(tmpl uint64, a, b uint64) uint64 {
	return mix(tmpl, a*0xC2B2AE3D27D4EB4F^(b+0x165667B19E3779F9))
}
