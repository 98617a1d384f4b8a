package postgres

import (
	"github.com/kroniek/kroniek/internal/sqlstore"
)

// dialect is what PostgreSQL's SQL differs in from SQLite's.
var dialect = &sqlstore.Dialect{
	Least:    "least",
	Text:     "?::text",
	JSON:     "?::jsonb",
	JSONText: "::text",
	Collate:  ` COLLATE "C"`,
	In: func(col string, list []string) (string, any) {
		return col + " = ANY(?)", list
	},
	Holds: func(col string) string {
		return col + " @> jsonb_build_array(?::text)"
	},
	QuoteSpeaker: sqlstore.IndexedSpeaker,
	True: func(col, key string) string {
		return "(" + col + " -> '" + key + "') = 'true'::jsonb"
	},
	Str: func(col, key string) string {
		return "coalesce(" + col + " ->> '" + key + "', '')"
	},
	FullText: tsSearch,
}
