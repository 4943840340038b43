-- The statement of a source (timeline.Source.Statement): the verb of saying
-- that reports the event's happening with a date of its own ("said on
-- Monday that ferries would be barred from April 1": the event is the
-- barring, the statement "said" on Monday). Stored as JSON with the word's
-- and the date expression's byte ranges in the source's document and the
-- date ('' for none): it is shown and exported with its source, never
-- queried by date, so it takes no columns of event_dates. Sources saved
-- before this migration have none until their document is extracted again.
ALTER TABLE event_sources ADD COLUMN statement TEXT NOT NULL DEFAULT '';
