// Package sqlite is kroniek's embedded Store: articles, analyses, the
// cross-document corpus and an FTS5 search index in one SQLite file. It
// owns the file, locks, migrations, writes and the FTS5 index; the reading
// SQL is internal/sqlstore's, in this package's dialect.
package sqlite
