-- A public story can be read by anybody, signed in or not (the demo story).
-- Every other story is private to the newsroom, and shared read-only
-- through share links.
ALTER TABLE stories ADD COLUMN public INTEGER NOT NULL DEFAULT 0 CHECK (public IN (0, 1));
