// Package source reads articles from where users keep them: seed-format
// text files, JSONL dumps, HTML pages, RSS/Atom feeds and WARC archives,
// from files, directories, stdin or URLs.
package source
