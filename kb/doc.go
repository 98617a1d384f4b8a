// Package kb is kroniek's knowledge base: countries, capitals, demonyms,
// international organisations, government metonyms and office holders,
// embedded as a table that `kroniek gen kb` builds from ../shared.
package kb
