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
	QuoteSpeaker: sqlstore.IndexedSpeaker,
	True: func(col, key string) string {
		return "json_extract(" + col + ", '$." + key + "') = 1"
	},
	Str: func(col, key string) string {
		return "coalesce(json_extract(" + col + ", '$." + key + "'), '')"
	},
	FullText: ftsSearch,
}

// legacyDialect is dialect for a store read-only and older than the
// speaker index (migration 0007, which a read-only store cannot apply):
// a speaker's quotes are found by reading each quote's co_speakers, as
// before it. instr first: most rows lack the key, and reading their JSON
// costs more than finding the key's bytes.
var legacyDialect = func() *sqlstore.Dialect {
	d := *dialect
	d.QuoteSpeaker = func(id string) (string, []any) {
		return `(x.speaker = ? OR (instr(x.data, '"co_speakers"') > 0 AND EXISTS (SELECT 1 FROM json_each(x.data, '$.co_speakers') WHERE json_extract(value, '$.id') = ?)))`, []any{id, id}
	}
	return &d
}()
