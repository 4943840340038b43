-- Key dates: what journalists decided about a day of a story (pinned as a
-- key date, kept out of the key dates, or a summary of their own). Stored by
-- story and date, never by event, so that the choice survives new articles
-- and re-extraction. key_date_changes is their history, like event_changes.

CREATE TABLE key_date_choices (
	story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	date     TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
	pin      TEXT NOT NULL DEFAULT '' CHECK (pin IN ('', 'pinned', 'unpinned')),
	-- summary replaces the chosen sentences when not empty.
	summary  TEXT NOT NULL DEFAULT '',
	author   TEXT NOT NULL DEFAULT '',
	changed  TEXT NOT NULL,
	PRIMARY KEY (story_id, date)
);

CREATE TABLE key_date_changes (
	id       INTEGER PRIMARY KEY,
	story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	date     TEXT NOT NULL,
	author   TEXT NOT NULL,
	changed  TEXT NOT NULL,
	field    TEXT NOT NULL CHECK (field IN ('pin', 'summary')),
	old      TEXT NOT NULL DEFAULT '',
	new      TEXT NOT NULL DEFAULT '',
	reason   TEXT NOT NULL DEFAULT ''
);

CREATE INDEX key_date_changes_story ON key_date_changes (story_id, date);

-- A choice changes what the story's pages and exports show: bump the
-- story's version stamp (0006), as every other write to a story does.
CREATE TRIGGER key_date_choices_version_insert AFTER INSERT ON key_date_choices
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.story_id;
END;
CREATE TRIGGER key_date_choices_version_update AFTER UPDATE ON key_date_choices
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.story_id;
END;
CREATE TRIGGER key_date_choices_version_delete AFTER DELETE ON key_date_choices
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = OLD.story_id;
END;
