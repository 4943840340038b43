-- actor_keys file the names of a story's actors under timeline.ActorKeys
-- (the name and each of its words in lower case), so that resolving the
-- short names of a new document ("Xi") reads only the full names it could
-- mean ("Xi Jinping"), not every actor of the story. Rows are added with
-- the event_actors rows they describe and never removed with them (they
-- go with the story): a reader keeps a name only while an event of the
-- story still has it, which event_actors_name finds. Rows for the actors
-- stored before this migration are filled by its Go step (lower-casing
-- needs Unicode, which SQLite's lower() lacks).
CREATE TABLE actor_keys (
	story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	key      TEXT NOT NULL,
	name     TEXT NOT NULL,
	kind     TEXT NOT NULL,
	PRIMARY KEY (story_id, key, name, kind)
) WITHOUT ROWID;

CREATE INDEX event_actors_name ON event_actors (name, kind);
