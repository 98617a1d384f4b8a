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
	HoldsID: func(col, key string) string {
		// instr first: most rows lack the key, and reading their JSON
		// costs more than finding the key's bytes (37 -> 22 ms a scan of
		// the 8,724 quotes of dpgmedia).
		return "(instr(" + col + `, '"` + key + `"') > 0 AND EXISTS (SELECT 1 FROM json_each(` + col + ", '$." + key + "') WHERE json_extract(value, '$.id') = ?))"
	},
	True: func(col, key string) string {
		return "json_extract(" + col + ", '$." + key + "') = 1"
	},
	Str: func(col, key string) string {
		return "coalesce(json_extract(" + col + ", '$." + key + "'), '')"
	},
	FullText: ftsSearch,
}
