// Package opt fills in the defaults of option structs: a field left zero
// (or, for sizes and durations, negative) takes its default.
package opt
