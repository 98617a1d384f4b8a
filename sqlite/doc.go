// Package sqlite is kroniek's embedded Store: articles, analyses, the
// cross-document corpus and an FTS5 search index in one SQLite file.
package sqlite
