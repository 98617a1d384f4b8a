// Package postgres is the kroniek.Store on PostgreSQL (pgx), for running
// several workers against one database; the contract is sqlite's. It owns
// the connection, retries, migrations, batch writes, locks and the
// full-text index; the reading SQL is internal/sqlstore's, in this
// package's dialect.
package postgres
