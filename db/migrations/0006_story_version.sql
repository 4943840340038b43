-- Reading big stories: an index for the merged-events join, and a version
-- stamp per story that every write touching the story bumps, so pages,
-- exports and caches can tell a story that changed from one that did not.

-- reviewed() finds the events merged into each event by
-- (story_id, merged_into); without this index it scanned the story once
-- per event; position last, so that the merged events come in their order
-- from the index (the events_story_position index would win otherwise).
CREATE INDEX events_story_merged_into ON events (story_id, merged_into, position);

-- version counts the writes to a story; updated is the time of the last
-- one (RFC 3339, UTC). The triggers below keep both, so no write path in
-- Go (today's or a later one on these tables) can forget to.
ALTER TABLE stories ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE stories ADD COLUMN updated TEXT NOT NULL DEFAULT '';
UPDATE stories SET updated = created;

-- Any change to the story's own row (title, visibility, settings added
-- later) other than the bump itself.
CREATE TRIGGER stories_version_update AFTER UPDATE ON stories WHEN OLD.version = NEW.version
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;

-- Tables with a story_id column.
CREATE TRIGGER documents_version_insert AFTER INSERT ON documents
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.story_id;
END;
CREATE TRIGGER documents_version_update AFTER UPDATE ON documents
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.story_id;
END;
CREATE TRIGGER documents_version_delete AFTER DELETE ON documents
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = OLD.story_id;
END;

CREATE TRIGGER events_version_insert AFTER INSERT ON events
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.story_id;
END;
CREATE TRIGGER events_version_update AFTER UPDATE ON events
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.story_id;
END;
CREATE TRIGGER events_version_delete AFTER DELETE ON events
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = OLD.story_id;
END;

CREATE TRIGGER annotations_version_insert AFTER INSERT ON annotations
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.story_id;
END;
CREATE TRIGGER annotations_version_update AFTER UPDATE ON annotations
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.story_id;
END;
CREATE TRIGGER annotations_version_delete AFTER DELETE ON annotations
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = OLD.story_id;
END;

CREATE TRIGGER event_changes_version_insert AFTER INSERT ON event_changes
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.story_id;
END;
CREATE TRIGGER event_changes_version_update AFTER UPDATE ON event_changes
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.story_id;
END;
CREATE TRIGGER event_changes_version_delete AFTER DELETE ON event_changes
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = OLD.story_id;
END;

CREATE TRIGGER event_corrections_version_insert AFTER INSERT ON event_corrections
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.story_id;
END;
CREATE TRIGGER event_corrections_version_update AFTER UPDATE ON event_corrections
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.story_id;
END;
CREATE TRIGGER event_corrections_version_delete AFTER DELETE ON event_corrections
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = OLD.story_id;
END;

CREATE TRIGGER share_links_version_insert AFTER INSERT ON share_links
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.story_id;
END;
CREATE TRIGGER share_links_version_update AFTER UPDATE ON share_links
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.story_id;
END;
CREATE TRIGGER share_links_version_delete AFTER DELETE ON share_links
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = OLD.story_id;
END;

-- The parts of an event, which reach their story through the event.
CREATE TRIGGER event_dates_version_insert AFTER INSERT ON event_dates
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
	WHERE id = (SELECT story_id FROM events WHERE id = NEW.event_id);
END;
CREATE TRIGGER event_dates_version_update AFTER UPDATE ON event_dates
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
	WHERE id = (SELECT story_id FROM events WHERE id = NEW.event_id);
END;
CREATE TRIGGER event_dates_version_delete AFTER DELETE ON event_dates
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
	WHERE id = (SELECT story_id FROM events WHERE id = OLD.event_id);
END;

CREATE TRIGGER event_sources_version_insert AFTER INSERT ON event_sources
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
	WHERE id = (SELECT story_id FROM events WHERE id = NEW.event_id);
END;
CREATE TRIGGER event_sources_version_update AFTER UPDATE ON event_sources
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
	WHERE id = (SELECT story_id FROM events WHERE id = NEW.event_id);
END;
CREATE TRIGGER event_sources_version_delete AFTER DELETE ON event_sources
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
	WHERE id = (SELECT story_id FROM events WHERE id = OLD.event_id);
END;

CREATE TRIGGER event_places_version_insert AFTER INSERT ON event_places
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
	WHERE id = (SELECT story_id FROM events WHERE id = NEW.event_id);
END;
CREATE TRIGGER event_places_version_update AFTER UPDATE ON event_places
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
	WHERE id = (SELECT story_id FROM events WHERE id = NEW.event_id);
END;
CREATE TRIGGER event_places_version_delete AFTER DELETE ON event_places
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
	WHERE id = (SELECT story_id FROM events WHERE id = OLD.event_id);
END;

CREATE TRIGGER event_actors_version_insert AFTER INSERT ON event_actors
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
	WHERE id = (SELECT story_id FROM events WHERE id = NEW.event_id);
END;
CREATE TRIGGER event_actors_version_update AFTER UPDATE ON event_actors
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
	WHERE id = (SELECT story_id FROM events WHERE id = NEW.event_id);
END;
CREATE TRIGGER event_actors_version_delete AFTER DELETE ON event_actors
BEGIN
	UPDATE stories SET version = version + 1, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
	WHERE id = (SELECT story_id FROM events WHERE id = OLD.event_id);
END;
