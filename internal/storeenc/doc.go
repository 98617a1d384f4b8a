// Package storeenc holds what the SQLite and PostgreSQL stores encode the
// same way: article rows and their content hash, JSON columns, paging.
package storeenc
