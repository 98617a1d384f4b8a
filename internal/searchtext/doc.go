// Package searchtext holds the search helpers both stores share: text to
// search terms (memoised per word), user queries to term groups, snippets
// and facets. It owns the query syntax; the index itself is each store's.
package searchtext
