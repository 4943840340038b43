-- What readers outside the newsroom (share links, public stories, embeds)
-- see of a story: every event that is not rejected, hidden or merged
-- ('all-but-rejected', the default), or only the events in state published
-- ('published'). The newsroom always sees every event.
ALTER TABLE stories ADD COLUMN show TEXT NOT NULL DEFAULT 'all-but-rejected'
	CHECK (show IN ('all-but-rejected', 'published'));
