-- Every speaker of a quote, the first (quotes.speaker) and each
-- co-speaker with an entity id (data's co_speakers, "B" of "A en B zeggen
-- dat …"), one row each: a speaker's quotes are found by the index
-- (entity first) instead of by reading every quote's JSON. Written with
-- the quote rows, in the same transaction; deleting a quote deletes its
-- rows. Filled here from the quotes already stored: the migrations run in
-- one transaction under an advisory lock, so a second process waits and
-- finds this applied, and a store killed halfway has neither table nor
-- entry and fills it on its next open.
CREATE TABLE quote_speakers (
	entity  TEXT COLLATE "C" NOT NULL,
	article TEXT COLLATE "C" NOT NULL,
	seq     INTEGER NOT NULL,
	PRIMARY KEY (entity, article, seq),
	FOREIGN KEY (article, seq) REFERENCES quotes (article, seq) ON DELETE CASCADE
);
CREATE INDEX quote_speakers_quote ON quote_speakers (article, seq);

INSERT INTO quote_speakers (entity, article, seq)
	SELECT speaker, article, seq FROM quotes WHERE speaker != ''
	UNION
	SELECT c ->> 'id', q.article, q.seq
	FROM quotes q, jsonb_array_elements(q.data -> 'co_speakers') c
	WHERE coalesce(c ->> 'id', '') != '';
