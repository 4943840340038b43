-- The words of happening of a source (timeline.Source.Trigger and Also):
-- the byte range of the word the event stands on in the source's document,
-- both 0 when it has none, and the other words its date anchors as a JSON
-- array of [start, end] byte ranges ('' for none). The API and the exports
-- give them so that a reader, or a scorer, finds the word as well as the
-- sentence. Sources saved before this migration have none until their
-- document is extracted again.
ALTER TABLE event_sources ADD COLUMN trigger_start INTEGER NOT NULL DEFAULT 0 CHECK (trigger_start >= 0);
ALTER TABLE event_sources ADD COLUMN trigger_end INTEGER NOT NULL DEFAULT 0 CHECK (trigger_end >= trigger_start);
ALTER TABLE event_sources ADD COLUMN also TEXT NOT NULL DEFAULT '';
