// Package source reads articles from where users keep them: seed-format
// text files, JSONL dumps, HTML pages, RSS/Atom feeds and WARC archives,
// from files, directories, stdin or URLs.
//
// It owns reading, decoding, fetching (politely) and the metadata join;
// what to keep of a body is clean's.
package source
