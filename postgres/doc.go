// Package postgres is the kroniek.Store on PostgreSQL (pgx), for running
// several workers against one database; the contract is sqlite's.
package postgres
