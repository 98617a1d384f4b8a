-- The PostgreSQL form of sqlite/migrations/0001_init.sql. Ordered text
-- columns use the "C" collation so that every ordering is by bytes, as in
-- SQLite, and both stores export the same document. JSON columns are jsonb.

-- Articles as read and cleaned. The link columns (duplicate_of, similarity,
-- story) are written by PutCorpus only and are not part of content_hash.
CREATE TABLE articles (
	id                   TEXT COLLATE "C" PRIMARY KEY,
	source               TEXT NOT NULL DEFAULT '',
	url                  TEXT NOT NULL DEFAULT '',
	outlet               TEXT COLLATE "C" NOT NULL DEFAULT '',
	title                TEXT NOT NULL DEFAULT '',
	author               TEXT NOT NULL DEFAULT '',
	published            TEXT COLLATE "C" NOT NULL DEFAULT '',
	published_inferred   BOOLEAN NOT NULL DEFAULT FALSE,
	published_confidence DOUBLE PRECISION NOT NULL DEFAULT 0,
	lang                 TEXT COLLATE "C" NOT NULL DEFAULT '',
	lang_confidence      DOUBLE PRECISION NOT NULL DEFAULT 0,
	body                 TEXT NOT NULL DEFAULT '',
	text                 TEXT NOT NULL DEFAULT '',
	removed              JSONB NOT NULL DEFAULT '[]',
	headings             JSONB NOT NULL DEFAULT '[]',
	meta                 JSONB NOT NULL DEFAULT '{}',
	duplicate_of         TEXT COLLATE "C" NOT NULL DEFAULT '',
	similarity           DOUBLE PRECISION NOT NULL DEFAULT 0,
	story                TEXT COLLATE "C" NOT NULL DEFAULT '',
	content_hash         TEXT NOT NULL,
	updated_at           TIMESTAMPTZ NOT NULL
);
-- Publication order: unknown dates last, then id.
CREATE INDEX articles_order ON articles ((published = ''), published, id);
CREATE INDEX articles_outlet ON articles (outlet);
CREATE INDEX articles_lang ON articles (lang);
CREATE INDEX articles_story ON articles (story);

-- The full analysis as JSON; the tables below are derived from it for querying.
CREATE TABLE analyses (
	article TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	data    JSONB NOT NULL
);

CREATE TABLE mentions (
	article TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	seq     INTEGER NOT NULL,
	start   INTEGER NOT NULL,
	"end"   INTEGER NOT NULL,
	text    TEXT NOT NULL,
	type    TEXT NOT NULL,
	local   TEXT NOT NULL,
	entity  TEXT COLLATE "C" NOT NULL,
	kb      TEXT NOT NULL,
	role    TEXT NOT NULL,
	PRIMARY KEY (article, seq)
);
CREATE INDEX mentions_entity ON mentions (entity, article);

CREATE TABLE quotes (
	article TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	seq     INTEGER NOT NULL,
	start   INTEGER NOT NULL,
	"end"   INTEGER NOT NULL,
	speaker TEXT COLLATE "C" NOT NULL,
	kind    TEXT COLLATE "C" NOT NULL,
	data    JSONB NOT NULL,
	PRIMARY KEY (article, seq)
);
CREATE INDEX quotes_speaker ON quotes (speaker);

CREATE TABLE amounts (
	article TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	seq     INTEGER NOT NULL,
	start   INTEGER NOT NULL,
	"end"   INTEGER NOT NULL,
	unit    TEXT NOT NULL,
	value   DOUBLE PRECISION NOT NULL,
	data    JSONB NOT NULL,
	PRIMARY KEY (article, seq)
);

CREATE TABLE times (
	article TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	seq     INTEGER NOT NULL,
	start   INTEGER NOT NULL,
	"end"   INTEGER NOT NULL,
	value   TEXT NOT NULL,
	data    JSONB NOT NULL,
	PRIMARY KEY (article, seq)
);

-- actor and recipient are JSON arrays of entity ids.
CREATE TABLE events (
	article   TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	seq       INTEGER NOT NULL,
	start     INTEGER NOT NULL,
	type      TEXT COLLATE "C" NOT NULL,
	mode      TEXT NOT NULL,
	date      TEXT COLLATE "C" NOT NULL,
	actor     JSONB NOT NULL,
	recipient JSONB NOT NULL,
	event_id  TEXT NOT NULL,
	data      JSONB NOT NULL,
	PRIMARY KEY (article, seq)
);
CREATE INDEX events_type ON events (type, article);
CREATE INDEX events_event_id ON events (event_id);
CREATE INDEX events_actor ON events USING GIN (actor jsonb_path_ops);
CREATE INDEX events_recipient ON events USING GIN (recipient jsonb_path_ops);

-- Entities and stories are replaced as a whole by PutCorpus.
CREATE TABLE entities (
	id      TEXT COLLATE "C" PRIMARY KEY,
	name    TEXT NOT NULL,
	type    TEXT COLLATE "C" NOT NULL,
	country TEXT NOT NULL,
	count   INTEGER NOT NULL,
	data    JSONB NOT NULL
);
CREATE INDEX entities_order ON entities (count DESC, id);
CREATE INDEX entities_type ON entities (type);

-- Lowercased name and aliases of each entity, for prefix lookups.
CREATE TABLE entity_names (
	entity TEXT COLLATE "C" NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
	name   TEXT COLLATE "C" NOT NULL,
	PRIMARY KEY (entity, name)
);
CREATE INDEX entity_names_name ON entity_names (name text_pattern_ops);

CREATE TABLE stories (
	id      TEXT COLLATE "C" PRIMARY KEY,
	title   TEXT NOT NULL,
	start   TEXT NOT NULL,
	"end"   TEXT NOT NULL,
	updated TEXT COLLATE "C" NOT NULL,
	data    JSONB NOT NULL
);
CREATE INDEX stories_order ON stories (updated DESC, id);

-- Full-text search. terms holds the article's own search terms (nl.Terms:
-- folded, and for Dutch stemmed without stop words) as a tsvector the
-- store builds itself, title terms weighted A and text terms D, so the
-- lexemes are kroniek's and never the server parser's (which depends on
-- the cluster's encoding and locale); it is the 'simple' configuration's
-- job done in Go.
CREATE TABLE search_docs (
	article TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	terms   TSVECTOR NOT NULL
);
CREATE INDEX search_docs_terms ON search_docs USING GIN (terms);

CREATE TABLE feeds (
	url  TEXT PRIMARY KEY,
	data JSONB NOT NULL
);
