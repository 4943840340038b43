-- Stories, their documents and the events extracted from them, plus the
-- annotation and history tables of the review workflow.
--
-- Conventions: timestamps are RFC 3339 text in UTC; civil dates are
-- 'YYYY-MM-DD' text; spans are half-open byte offsets into documents.text.
-- Events are replaced on every re-extraction but keep their id while their
-- key (derived from their first source) stays the same; annotations and
-- changes refer to events by (story_id, event_key) so that they survive an
-- event that disappears and comes back. Stories, documents and events never
-- reuse the id of a deleted row (AUTOINCREMENT), so old links never show
-- something else.

CREATE TABLE stories (
	id      INTEGER PRIMARY KEY AUTOINCREMENT,
	title   TEXT NOT NULL CHECK (title <> ''),
	created TEXT NOT NULL
);

CREATE TABLE documents (
	id               INTEGER PRIMARY KEY AUTOINCREMENT,
	story_id         INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	title            TEXT NOT NULL DEFAULT '',
	outlet           TEXT NOT NULL DEFAULT '',
	url              TEXT NOT NULL DEFAULT '',
	text             TEXT NOT NULL,
	-- published is the civil publication date, '' when unknown;
	-- published_source says where it came from (user, meta, json-ld, ...).
	published        TEXT NOT NULL DEFAULT ''
		CHECK (published = '' OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
	published_source TEXT NOT NULL DEFAULT '',
	added            TEXT NOT NULL
);

CREATE INDEX documents_story_id ON documents (story_id);

CREATE TABLE events (
	id           INTEGER PRIMARY KEY AUTOINCREMENT,
	story_id     INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	-- key identifies the event across re-extractions: 'd<document id>:<start>-<end>'
	-- of its first source's span, with '/<n>' added when several events share it.
	key          TEXT NOT NULL CHECK (key <> ''),
	-- position is the event's place in the extraction's output; it breaks date ties.
	position     INTEGER NOT NULL,
	title        TEXT NOT NULL DEFAULT '',
	trigger      TEXT NOT NULL DEFAULT '',
	text         TEXT NOT NULL DEFAULT '',
	disagreement TEXT NOT NULL DEFAULT '',
	UNIQUE (story_id, key)
);

CREATE TABLE event_sources (
	id          INTEGER PRIMARY KEY,
	event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	position    INTEGER NOT NULL,
	document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	span_start  INTEGER NOT NULL CHECK (span_start >= 0),
	span_end    INTEGER NOT NULL CHECK (span_end >= span_start),
	quote       TEXT NOT NULL DEFAULT '',
	UNIQUE (event_id, position)
);

CREATE INDEX event_sources_document_id ON event_sources (document_id);

-- event_dates holds an event's own date (source_id NULL, at most one per
-- event) and the date each of its sources gave (source_id set). An undated
-- event has no row. lower_bound and upper_bound are the inclusive sortable
-- bounds of value, NULL where the range is open.
CREATE TABLE event_dates (
	id          INTEGER PRIMARY KEY,
	event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	source_id   INTEGER REFERENCES event_sources (id) ON DELETE CASCADE,
	value       TEXT NOT NULL DEFAULT '',
	type        TEXT NOT NULL DEFAULT '',
	mod         TEXT NOT NULL DEFAULT '',
	precision   TEXT NOT NULL DEFAULT '',
	lower_bound TEXT
		CHECK (lower_bound IS NULL OR lower_bound GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
	upper_bound TEXT
		CHECK (upper_bound IS NULL OR upper_bound GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
	edtf        TEXT NOT NULL DEFAULT '',
	expression  TEXT NOT NULL DEFAULT '',
	span_start  INTEGER NOT NULL DEFAULT 0 CHECK (span_start >= 0),
	span_end    INTEGER NOT NULL DEFAULT 0 CHECK (span_end >= span_start),
	explanation TEXT NOT NULL DEFAULT '',
	rule        TEXT NOT NULL DEFAULT '',
	anchor      TEXT NOT NULL DEFAULT '',
	tense       TEXT NOT NULL DEFAULT '',
	CHECK (lower_bound IS NULL OR upper_bound IS NULL OR lower_bound <= upper_bound)
);

CREATE UNIQUE INDEX event_dates_event ON event_dates (event_id) WHERE source_id IS NULL;
CREATE INDEX event_dates_event_id ON event_dates (event_id);
CREATE UNIQUE INDEX event_dates_source ON event_dates (source_id) WHERE source_id IS NOT NULL;
CREATE INDEX event_dates_bounds ON event_dates (lower_bound, upper_bound);

-- places is a cache of the gazetteer entries events refer to.
CREATE TABLE places (
	geonameid INTEGER PRIMARY KEY CHECK (geonameid > 0),
	name      TEXT NOT NULL,
	lat       REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
	lon       REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
	country   TEXT NOT NULL DEFAULT '',
	precision TEXT NOT NULL DEFAULT ''
);

CREATE TABLE event_places (
	event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	position   INTEGER NOT NULL,
	geonameid  INTEGER NOT NULL REFERENCES places (geonameid),
	mention    TEXT NOT NULL DEFAULT '',
	span_start INTEGER NOT NULL DEFAULT 0 CHECK (span_start >= 0),
	span_end   INTEGER NOT NULL DEFAULT 0 CHECK (span_end >= span_start),
	PRIMARY KEY (event_id, position)
);

CREATE INDEX event_places_geonameid ON event_places (geonameid);

CREATE TABLE event_actors (
	event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	position INTEGER NOT NULL,
	name     TEXT NOT NULL,
	kind     TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (event_id, position)
);

-- annotations are what reviewers add to an event. event_id follows the
-- event's key: it is set again after each re-extraction and is NULL while
-- no event has the key. author is free text until a users table exists.
CREATE TABLE annotations (
	id        INTEGER PRIMARY KEY,
	story_id  INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	event_key TEXT NOT NULL,
	event_id  INTEGER REFERENCES events (id) ON DELETE SET NULL,
	kind      TEXT NOT NULL
		CHECK (kind IN ('note', 'date', 'place', 'title', 'hidden', 'verified', 'merge')),
	body      TEXT NOT NULL DEFAULT '',
	author    TEXT NOT NULL DEFAULT '',
	created   TEXT NOT NULL
);

CREATE INDEX annotations_story_key ON annotations (story_id, event_key);
CREATE INDEX annotations_event_id ON annotations (event_id);

-- event_changes is the history of edits to events: who changed which field
-- from what to what, and why.
CREATE TABLE event_changes (
	id        INTEGER PRIMARY KEY,
	story_id  INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	event_key TEXT NOT NULL,
	event_id  INTEGER REFERENCES events (id) ON DELETE SET NULL,
	author    TEXT NOT NULL DEFAULT '',
	changed   TEXT NOT NULL,
	field     TEXT NOT NULL,
	old       TEXT NOT NULL DEFAULT '',
	new       TEXT NOT NULL DEFAULT '',
	reason    TEXT NOT NULL DEFAULT ''
);

CREATE INDEX event_changes_story_key ON event_changes (story_id, event_key);
CREATE INDEX event_changes_event_id ON event_changes (event_id);
