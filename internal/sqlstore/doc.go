// Package sqlstore holds the SQL bodies that the sqlite and postgres
// stores share, written once over a small Dialect: a change to a query is
// made here, and both stores run it.
//
// It owns every read (articles, analyses, entities with their timeline and
// co-actors, stories, quotes, events, search, export, feeds), the
// generation mark and the write-and-raise helpers. The stores own their
// connections, transactions, migrations and bulk writes.
package sqlstore
