// Package sqlitetest opens the throwaway SQLite stores tests run on.
package sqlitetest
