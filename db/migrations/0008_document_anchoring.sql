-- How the tagger anchors a document's year-less and relative dates: '' lets
-- it choose from the text, 'news' anchors them to the publication date,
-- 'narrative' to the reference time the text has set (issue 17).
ALTER TABLE documents ADD COLUMN anchoring TEXT NOT NULL DEFAULT ''
	CHECK (anchoring IN ('', 'news', 'narrative'));
