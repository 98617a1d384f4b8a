// Package shared holds what the tests and benchmarks of every package
// share: the data kept beside the repository in ../shared (the corpus, the
// seeds, the gold; skipping with a clear message without it), golden files
// with -update, tab-separated labelled files, and CPU time for benchmarks.
package shared
