-- The generation mark: data counts changes of articles and analyses (raised
-- in the transaction that makes them), corpus is the data generation the
-- entities, stories and links were built from. A store older than this
-- migration that holds articles starts stale, so its next run rebuilds.
CREATE TABLE generation (
	id     INTEGER PRIMARY KEY CHECK (id = 1),
	data   BIGINT NOT NULL,
	corpus BIGINT NOT NULL
);
INSERT INTO generation (id, data, corpus) SELECT 1, CASE WHEN EXISTS (SELECT 1 FROM articles) THEN 1 ELSE 0 END, 0;
