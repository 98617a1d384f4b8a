// Package kb is kroniek's knowledge base: countries, capitals, demonyms,
// international organisations, government metonyms and office holders,
// embedded as a table that `kroniek gen kb` builds from ../shared.
//
// It owns the facts (lexicon/ by hand, data/ generated) and the lookups
// of names in them; deciding which mention is which entity is resolve's.
package kb
