// Package storeenc holds what the SQLite and PostgreSQL stores encode the
// same way: article rows and their content hash, JSON columns, paging. It
// owns encodings only, no SQL.
package storeenc
