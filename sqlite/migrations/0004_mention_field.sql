-- Where a mention's offsets point: '' for the article's text, 'title' for
-- its title (a name only the headline gives). Rows from before this
-- migration are mentions in the text.
ALTER TABLE mentions ADD COLUMN field TEXT NOT NULL DEFAULT '';
