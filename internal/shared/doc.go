// Package shared locates, for tests and benchmarks, the data kept beside
// the repository in ../shared, and skips with a clear message without it.
// It owns no data.
package shared
