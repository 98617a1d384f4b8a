// Package opt fills in the defaults of option structs: a field left zero
// (or, for sizes and durations, negative) takes its default.
package opt

import "cmp"

// Positive returns v, or def when v is zero or less.
func Positive[T cmp.Ordered](v, def T) T {
	var zero T
	if v <= zero {
		return def
	}
	return v
}
