-- The analyses whose mention, quote, amount, time and event rows are not
-- written yet: a run that rebuilds the corpus after its batches stores
-- each batch's analyses without them (PutExtractions), and the corpus
-- write writes them once, with their cross-document ids, instead of
-- rewriting the batch's. An analysis listed here has no such rows; every
-- PutCorpus writes them and takes it off. (A table of its own: reading a
-- mark kept beside the analysis's JSON would read through that JSON.)
CREATE TABLE rows_pending (
	article TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE
);
