// Package fuzzcheck holds the invariants the fuzz tests of every extractor
// share: where in a text a span may start and end. It owns no fuzz target.
package fuzzcheck
