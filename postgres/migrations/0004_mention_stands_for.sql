-- What a place or building used as an actor stands for, per mention
-- ("Moskou eist…": the knowledge-base id of the Russian government); the
-- export gives it as the entity id of that government where the corpus has
-- one. Rows from before this migration read as standing for nothing until
-- their article is analysed again.
ALTER TABLE mentions ADD COLUMN stands_for TEXT NOT NULL DEFAULT '';
