package sqlite

import (
	"github.com/kroniek/kroniek/internal/sqlstore"
	"github.com/kroniek/kroniek/internal/storeenc"
)

// dialect is what SQLite's SQL differs in from PostgreSQL's.
var dialect = &sqlstore.Dialect{
	Least: "min",
	Text:  "?",
	JSON:  "?",
	In: func(col string, list []string) (string, any) {
		return col + " IN (SELECT value FROM json_each(?))", storeenc.JSONStrings(list)
	},
	Holds: func(col string) string {
		return "EXISTS (SELECT 1 FROM json_each(" + col + ") WHERE value = ?)"
	},
	True: func(col, key string) string {
		return "json_extract(" + col + ", '$." + key + "') = 1"
	},
	Str: func(col, key string) string {
		return "coalesce(json_extract(" + col + ", '$." + key + "'), '')"
	},
	FullText: ftsSearch,
}
