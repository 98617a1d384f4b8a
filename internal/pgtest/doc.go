// Package pgtest gives tests PostgreSQL: a fresh schema of the database
// KRONIEK_PG_DSN names, or a private cluster (KRONIEK_PG_BIN) to restart.
// It owns only test plumbing; scripts/pgtest.sh starts a throwaway cluster
// for a developer.
package pgtest
