-- The newsroom workflow: accounts, review state, corrections and history.
--
-- Secrets (session, set-up and API tokens) are stored as the hex SHA-256 of
-- the token, never the token itself. Share links are stored as they are:
-- they only grant reading one story, which anybody holding this file can
-- read anyway, and editors need to copy them again.

CREATE TABLE users (
	id            INTEGER PRIMARY KEY AUTOINCREMENT,
	name          TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),
	role          TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
	-- password_hash is a PHC string: $argon2id$v=19$m=...,t=...,p=...$salt$hash
	password_hash TEXT NOT NULL,
	created       TEXT NOT NULL
);

CREATE TABLE sessions (
	token_hash TEXT PRIMARY KEY,
	user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	created    TEXT NOT NULL,
	expires    TEXT NOT NULL
);

CREATE INDEX sessions_user_id ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires);

-- setup_tokens are one-time links that let someone choose a password and
-- become a user of the given role (and name, when set).
CREATE TABLE setup_tokens (
	token_hash TEXT PRIMARY KEY,
	name       TEXT NOT NULL DEFAULT '',
	role       TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
	created    TEXT NOT NULL,
	expires    TEXT NOT NULL,
	used       TEXT
);

CREATE TABLE api_tokens (
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	token_hash TEXT NOT NULL UNIQUE,
	label      TEXT NOT NULL DEFAULT '',
	created    TEXT NOT NULL,
	revoked    TEXT
);

CREATE INDEX api_tokens_user_id ON api_tokens (user_id);

CREATE TABLE share_links (
	id       INTEGER PRIMARY KEY AUTOINCREMENT,
	story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	token    TEXT NOT NULL UNIQUE,
	created  TEXT NOT NULL,
	author   TEXT NOT NULL DEFAULT '',
	revoked  TEXT
);

CREATE INDEX share_links_story_id ON share_links (story_id);

-- Review state of events. These columns are derived: replaceEvents resets
-- them and applies event_corrections, which hold what people decided.
ALTER TABLE events ADD COLUMN state TEXT NOT NULL DEFAULT 'new'
	CHECK (state IN ('new', 'checked', 'published', 'rejected'));
ALTER TABLE events ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1));
-- merged_into is the key of the event this one was merged into, '' when none.
ALTER TABLE events ADD COLUMN merged_into TEXT NOT NULL DEFAULT '';

CREATE INDEX events_story_state ON events (story_id, state);

-- merged_from is the key of the event a source was borrowed from by a
-- merge, '' for the event's own sources.
ALTER TABLE event_sources ADD COLUMN merged_from TEXT NOT NULL DEFAULT '';

-- event_corrections is the value of each field a person corrected, per
-- event key, as JSON. It is applied after every re-extraction, so a
-- correction outlives the extraction it corrected. extracted is what the
-- extraction last gave for the field (JSON), restored when the correction
-- is reverted.
CREATE TABLE event_corrections (
	story_id  INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	event_key TEXT NOT NULL,
	field     TEXT NOT NULL CHECK (field IN ('title', 'date', 'place', 'actors', 'state', 'hidden', 'merged', 'merged_into')),
	value     TEXT NOT NULL,
	extracted TEXT NOT NULL DEFAULT '',
	author    TEXT NOT NULL DEFAULT '',
	changed   TEXT NOT NULL,
	PRIMARY KEY (story_id, event_key, field)
);

-- Notes are annotations of kind 'note'; replies name their parent.
ALTER TABLE annotations ADD COLUMN parent_id INTEGER REFERENCES annotations (id) ON DELETE CASCADE;

-- What a change needs to be reverted: the old and new values as JSON,
-- whether the old value was itself a correction (else reverting restores
-- the extraction), and the change a revert reverted.
ALTER TABLE event_changes ADD COLUMN old_value TEXT NOT NULL DEFAULT '';
ALTER TABLE event_changes ADD COLUMN new_value TEXT NOT NULL DEFAULT '';
ALTER TABLE event_changes ADD COLUMN old_corrected INTEGER NOT NULL DEFAULT 0;
ALTER TABLE event_changes ADD COLUMN reverts INTEGER REFERENCES event_changes (id) ON DELETE SET NULL;

-- search_stale lists the stories whose full-text index must be rebuilt: a
-- program built without FTS5 wrote them.
CREATE TABLE search_stale (
	story_id INTEGER PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE
);
