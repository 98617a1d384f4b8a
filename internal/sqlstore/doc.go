// Package sqlstore holds the SQL bodies that the sqlite and postgres
// stores share, written once over a small Dialect: a change to a query is
// made here, and both stores run it.
package sqlstore
