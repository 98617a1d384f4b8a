-- An analysis as the extractors made it, beside data (the analysis as the
-- last corpus rebuild rewrote it): a rebuild reads this one, so that what
-- it builds never depends on the rebuilds before it. NULL for analyses
-- stored before this migration (data is all there is of them).
ALTER TABLE analyses ADD COLUMN IF NOT EXISTS extracted jsonb;
