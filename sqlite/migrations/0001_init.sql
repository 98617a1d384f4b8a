-- Articles as read and cleaned. The link columns (duplicate_of, similarity,
-- story) are written by PutCorpus only and are not part of content_hash.
CREATE TABLE articles (
	id                   TEXT PRIMARY KEY,
	source               TEXT NOT NULL DEFAULT '',
	url                  TEXT NOT NULL DEFAULT '',
	outlet               TEXT NOT NULL DEFAULT '',
	title                TEXT NOT NULL DEFAULT '',
	author               TEXT NOT NULL DEFAULT '',
	published            TEXT NOT NULL DEFAULT '',
	published_inferred   INTEGER NOT NULL DEFAULT 0,
	published_confidence REAL NOT NULL DEFAULT 0,
	lang                 TEXT NOT NULL DEFAULT '',
	lang_confidence      REAL NOT NULL DEFAULT 0,
	body                 TEXT NOT NULL DEFAULT '',
	text                 TEXT NOT NULL DEFAULT '',
	removed              TEXT NOT NULL DEFAULT '[]',
	headings             TEXT NOT NULL DEFAULT '[]',
	meta                 TEXT NOT NULL DEFAULT '{}',
	duplicate_of         TEXT NOT NULL DEFAULT '',
	similarity           REAL NOT NULL DEFAULT 0,
	story                TEXT NOT NULL DEFAULT '',
	content_hash         TEXT NOT NULL,
	updated_at           TEXT NOT NULL
);
-- Publication order: unknown dates last, then id.
CREATE INDEX articles_order ON articles (published = '', published, id);
CREATE INDEX articles_outlet ON articles (outlet);
CREATE INDEX articles_lang ON articles (lang);
CREATE INDEX articles_story ON articles (story);

-- The full analysis as JSON; the tables below are derived from it for querying.
CREATE TABLE analyses (
	article TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	data    TEXT NOT NULL
);

CREATE TABLE mentions (
	article TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	seq     INTEGER NOT NULL,
	start   INTEGER NOT NULL,
	"end"   INTEGER NOT NULL,
	text    TEXT NOT NULL,
	type    TEXT NOT NULL,
	local   TEXT NOT NULL,
	entity  TEXT NOT NULL,
	kb      TEXT NOT NULL,
	role    TEXT NOT NULL,
	PRIMARY KEY (article, seq)
);
CREATE INDEX mentions_entity ON mentions (entity, article);

CREATE TABLE quotes (
	article TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	seq     INTEGER NOT NULL,
	start   INTEGER NOT NULL,
	"end"   INTEGER NOT NULL,
	speaker TEXT NOT NULL,
	kind    TEXT NOT NULL,
	data    TEXT NOT NULL,
	PRIMARY KEY (article, seq)
);
CREATE INDEX quotes_speaker ON quotes (speaker);

CREATE TABLE amounts (
	article TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	seq     INTEGER NOT NULL,
	start   INTEGER NOT NULL,
	"end"   INTEGER NOT NULL,
	unit    TEXT NOT NULL,
	value   REAL NOT NULL,
	data    TEXT NOT NULL,
	PRIMARY KEY (article, seq)
);

CREATE TABLE times (
	article TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	seq     INTEGER NOT NULL,
	start   INTEGER NOT NULL,
	"end"   INTEGER NOT NULL,
	value   TEXT NOT NULL,
	data    TEXT NOT NULL,
	PRIMARY KEY (article, seq)
);

-- actor and recipient are JSON arrays of entity ids.
CREATE TABLE events (
	article   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	seq       INTEGER NOT NULL,
	start     INTEGER NOT NULL,
	type      TEXT NOT NULL,
	mode      TEXT NOT NULL,
	date      TEXT NOT NULL,
	actor     TEXT NOT NULL,
	recipient TEXT NOT NULL,
	event_id  TEXT NOT NULL,
	data      TEXT NOT NULL,
	PRIMARY KEY (article, seq)
);
CREATE INDEX events_type ON events (type, article);
CREATE INDEX events_event_id ON events (event_id);

-- Entities and stories are replaced as a whole by PutCorpus.
CREATE TABLE entities (
	id      TEXT PRIMARY KEY,
	name    TEXT NOT NULL,
	type    TEXT NOT NULL,
	country TEXT NOT NULL,
	count   INTEGER NOT NULL,
	data    TEXT NOT NULL
);
CREATE INDEX entities_order ON entities (count DESC, id);
CREATE INDEX entities_type ON entities (type);

-- Lowercased name and aliases of each entity, for prefix lookups.
CREATE TABLE entity_names (
	entity TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
	name   TEXT NOT NULL,
	PRIMARY KEY (entity, name)
);
CREATE INDEX entity_names_name ON entity_names (name);

CREATE TABLE stories (
	id      TEXT PRIMARY KEY,
	title   TEXT NOT NULL,
	start   TEXT NOT NULL,
	"end"   TEXT NOT NULL,
	updated TEXT NOT NULL,
	data    TEXT NOT NULL
);
CREATE INDEX stories_order ON stories (updated DESC, id);

-- Full-text search over normalised (stemmed) title and text. search_docs
-- maps the FTS rowid to the article, so the rowid never depends on the
-- articles table's implicit rowid.
CREATE TABLE search_docs (
	doc     INTEGER PRIMARY KEY,
	article TEXT NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE
);
CREATE VIRTUAL TABLE search USING fts5 (
	title, text,
	content = '', contentless_delete = 1,
	tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TABLE feeds (
	url  TEXT PRIMARY KEY,
	data TEXT NOT NULL
);
