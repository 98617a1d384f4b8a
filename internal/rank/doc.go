// Package rank orders counted things the one way kroniek lists them: the
// most counted first, equal counts in key order.
package rank
