// Package searchtext holds the search helpers both stores share: text to
// search terms (memoised per word), user queries to term groups, snippets.
package searchtext
