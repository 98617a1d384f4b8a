-- Every speaker of a quote, the first (quotes.speaker) and each
-- co-speaker with an entity id (data's co_speakers, "B" of "A en B zeggen
-- dat …"), one row each: a speaker's quotes are found by the index
-- (entity first) instead of by reading every quote's JSON. Written with
-- the quote rows, in the same transaction; deleting a quote deletes its
-- rows. Filled here from the quotes already stored: this file runs in
-- one transaction with its entry in migrations, so a store killed
-- halfway has neither and fills it again on its next open.
CREATE TABLE quote_speakers (
	entity  TEXT NOT NULL,
	article TEXT NOT NULL,
	seq     INTEGER NOT NULL,
	PRIMARY KEY (entity, article, seq),
	FOREIGN KEY (article, seq) REFERENCES quotes (article, seq) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX quote_speakers_quote ON quote_speakers (article, seq);

INSERT OR IGNORE INTO quote_speakers (entity, article, seq)
	SELECT speaker, article, seq FROM quotes WHERE speaker != '';
INSERT OR IGNORE INTO quote_speakers (entity, article, seq)
	SELECT json_extract(c.value, '$.id'), q.article, q.seq
	FROM quotes q, json_each(q.data, '$.co_speakers') c
	WHERE instr(q.data, '"co_speakers"') > 0 AND coalesce(json_extract(c.value, '$.id'), '') != '';
