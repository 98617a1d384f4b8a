// Package resolve turns name mentions into entities: within one article
// (Local: roles, possessives, short forms, knowledge-base links) and
// across all articles (Corpus: knowledge-base ids and transliteration keys).
// It owns entity identity; the facts it links to are kb's.
package resolve
