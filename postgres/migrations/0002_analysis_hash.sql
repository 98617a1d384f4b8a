-- The SHA-256 of an analysis's JSON as kroniek wrote it, so that putting
-- an equal analysis again rewrites nothing (jsonb keeps no byte form to
-- compare).
ALTER TABLE analyses ADD COLUMN data_hash TEXT NOT NULL DEFAULT '';
