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
