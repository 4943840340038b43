-- Incremental, idempotent ingest and durable import jobs.
--
-- text_hash is the hex SHA-256 of a document's text with its white space
-- collapsed (see timeline.TextHash): the same article added twice has the
-- same hash. Rows written before this migration have '' and are compared by
-- their text instead.
ALTER TABLE documents ADD COLUMN text_hash TEXT NOT NULL DEFAULT '';

CREATE INDEX documents_story_hash ON documents (story_id, text_hash);
CREATE INDEX documents_story_url ON documents (story_id, url) WHERE url <> '';
CREATE INDEX documents_story_unhashed ON documents (story_id) WHERE text_hash = '';

-- An add numbers its new events after the story's last one (MAX(position)
-- through this index reads one entry, not the story's events).
CREATE INDEX events_story_position ON events (story_id, position);

-- jobs is a small durable queue. A worker claims a queued job (or a running
-- one whose lease ran out: its worker died) by setting owner and lease in
-- one short transaction, works on it, and marks it done, failed or
-- cancelled. On PostgreSQL the claim is SELECT ... FOR UPDATE SKIP LOCKED
-- on the same columns.
CREATE TABLE jobs (
	id        INTEGER PRIMARY KEY AUTOINCREMENT,
	kind      TEXT NOT NULL CHECK (kind IN ('import', 'reextract')),
	story_id  INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	state     TEXT NOT NULL DEFAULT 'queued'
		CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
	-- cancel is set by whoever asks to cancel; the worker stops at the next item.
	cancel    INTEGER NOT NULL DEFAULT 0 CHECK (cancel IN (0, 1)),
	owner     TEXT NOT NULL DEFAULT '',
	lease     TEXT NOT NULL DEFAULT '',
	attempts  INTEGER NOT NULL DEFAULT 0,
	error     TEXT NOT NULL DEFAULT '',
	author    TEXT NOT NULL DEFAULT '',
	created   TEXT NOT NULL,
	started   TEXT NOT NULL DEFAULT '',
	finished  TEXT NOT NULL DEFAULT ''
);

CREATE INDEX jobs_state ON jobs (state, id);
CREATE INDEX jobs_story_id ON jobs (story_id);

-- job_items are the units of a job (the files, lines or URLs of an import),
-- done one by one, each in its own short transaction. state says what came
-- of it; reason why it was refused; document_id the document it added or
-- matched.
CREATE TABLE job_items (
	id          INTEGER PRIMARY KEY,
	job_id      INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
	position    INTEGER NOT NULL,
	name        TEXT NOT NULL DEFAULT '',
	-- kind is how body is read: text, html or url (body is then the address).
	kind        TEXT NOT NULL CHECK (kind IN ('text', 'html', 'url', 'refused')),
	body        BLOB NOT NULL DEFAULT x'',
	title       TEXT NOT NULL DEFAULT '',
	outlet      TEXT NOT NULL DEFAULT '',
	url         TEXT NOT NULL DEFAULT '',
	published   TEXT NOT NULL DEFAULT '',
	state       TEXT NOT NULL DEFAULT 'pending'
		CHECK (state IN ('pending', 'added', 'duplicate', 'refused', 'cancelled')),
	reason      TEXT NOT NULL DEFAULT '',
	document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,
	UNIQUE (job_id, position)
);

CREATE INDEX job_items_pending ON job_items (job_id, state, position);

-- reports are what the extraction made of each sentence of a document (one
-- happening as one sentence tells it), as JSON; an event is the merge of its
-- reports. report_keys file them under the keys the merge looks new
-- reports up by (date and kind, kind and actor...), so that adding a
-- document compares its reports with the few events under the same keys,
-- and removing one rebuilds only the events it supported.
CREATE TABLE reports (
	id          INTEGER PRIMARY KEY,
	story_id    INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	body        TEXT NOT NULL
);

CREATE INDEX reports_event_id ON reports (event_id);
CREATE INDEX reports_document_id ON reports (document_id);
CREATE INDEX reports_story_id ON reports (story_id);

CREATE TABLE report_keys (
	story_id  INTEGER NOT NULL,
	key       TEXT NOT NULL,
	report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
	PRIMARY KEY (story_id, key, report_id)
) WITHOUT ROWID;

CREATE INDEX report_keys_report_id ON report_keys (report_id);

-- reports_ready says the story's reports are stored (its events were made
-- by incremental adds or a re-extraction that stores them). A story
-- extracted the old way has 0: its next add extracts it again first.
ALTER TABLE stories ADD COLUMN reports_ready INTEGER NOT NULL DEFAULT 0 CHECK (reports_ready IN (0, 1));
