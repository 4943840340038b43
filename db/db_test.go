package db

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mattn/go-sqlite3"

	"storyline/timeline"
)

// openTest opens a database in a new directory under t.TempDir().
func openTest(t testing.TB) *DB {
	t.Helper()
	db, err := Open(filepath.Join(t.TempDir(), "data", "storyline.db"))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return db
}

// seed reads a seed article of testdata/seeds.
func seed(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

const (
	seedAlJazeera   = "000_48c26321fd265a38.txt"
	seedIndependent = "004_72fb59bc08362900.txt"
)

// spanOf returns the span of the first occurrence of sub in text.
func spanOf(t testing.TB, text, sub string) timeline.Span {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in text", sub)
	}
	return timeline.Span{Start: i, End: i + len(sub)}
}

func TestOpenTwice(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "a", "b", "storyline.db")
	ms, err := readMigrations()
	if err != nil {
		t.Fatalf("readMigrations: %v", err)
	}
	want := ms[len(ms)-1].version
	for i := range 3 {
		db, err := Open(path)
		if err != nil {
			t.Fatalf("Open #%d: %v", i+1, err)
		}
		v, err := db.SchemaVersion(ctx)
		if err != nil {
			t.Fatalf("SchemaVersion: %v", err)
		}
		if v != want {
			t.Errorf("Open #%d: SchemaVersion = %d, want %d", i+1, v, want)
		}
		var n int
		if err := db.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != len(ms) {
			t.Errorf("Open #%d: %d rows in schema_migrations, want %d", i+1, n, len(ms))
		}
		if i == 0 {
			if _, err := db.CreateStory(ctx, "Xi in Central Asia"); err != nil {
				t.Fatalf("CreateStory: %v", err)
			}
		}
		if got, err := db.StoryCount(ctx); err != nil || got != 1 {
			t.Errorf("Open #%d: StoryCount = %d, %v, want 1", i+1, got, err)
		}
		if err := db.Close(); err != nil {
			t.Fatalf("Close: %v", err)
		}
	}
}

func TestOpenOddPath(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "news room #1?x=%20")
	path := filepath.Join(dir, "story line.db")
	db, err := Open(path)
	if err != nil {
		t.Fatalf("Open(%q): %v", path, err)
	}
	if _, err := db.CreateStory(context.Background(), "Xi in Central Asia"); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if len(names) == 0 || names[0] != "story line.db" {
		t.Errorf("files in %q = %q, want %q first", dir, names, "story line.db")
	}
}

func TestOpenNewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "storyline.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.w.Exec(`INSERT INTO schema_migrations (version, name, applied) VALUES (9999, '9999_future', '2030-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if db, err := Open(path); err == nil {
		db.Close()
		t.Fatalf("Open of a database with schema version 9999 succeeded, want an error")
	}
}

func TestOpenInvalidPath(t *testing.T) {
	for _, path := range []string{"", ":memory:", "file:x.db?mode=memory"} {
		_, err := Open(path)
		if got := timeline.ErrorCodeOf(err); got != timeline.EInvalid {
			t.Errorf("Open(%q) error code = %q (%v), want %q", path, got, err, timeline.EInvalid)
		}
	}
}

func TestPragmas(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	tests := []struct {
		name   string
		pool   func() queryer
		pragma string
		want   string
	}{
		{"writer foreign keys", func() queryer { return db.w }, "foreign_keys", "1"},
		{"writer journal mode", func() queryer { return db.w }, "journal_mode", "wal"},
		{"writer busy timeout", func() queryer { return db.w }, "busy_timeout", "5000"},
		{"reader foreign keys", func() queryer { return db.r }, "foreign_keys", "1"},
		{"reader journal mode", func() queryer { return db.r }, "journal_mode", "wal"},
		{"reader query only", func() queryer { return db.r }, "query_only", "1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got string
			if err := tc.pool().QueryRowContext(ctx, "PRAGMA "+tc.pragma).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("PRAGMA %s = %q, want %q", tc.pragma, got, tc.want)
			}
		})
	}
}

func TestForeignKeys(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	tests := []struct {
		name  string
		query string
		args  []any
	}{
		{"document of missing story", `INSERT INTO documents (story_id, text, added) VALUES (?, 'x', '2022-09-14T00:00:00Z')`, []any{999}},
		{"event of missing story", `INSERT INTO events (story_id, key, position) VALUES (?, 'k', 0)`, []any{999}},
		{"source of missing event", `INSERT INTO event_sources (event_id, position, document_id, span_start, span_end) VALUES (?, 0, 1, 0, 1)`, []any{999}},
		{"place link to missing place", `INSERT INTO event_places (event_id, position, geonameid) VALUES (?, 0, 1526273)`, []any{999}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := db.w.ExecContext(ctx, tc.query, tc.args...)
			var se sqlite3.Error
			if !errors.As(err, &se) || se.ExtendedCode != sqlite3.ErrConstraintForeignKey {
				t.Fatalf("Exec(%s) = %v, want a foreign key violation", tc.name, err)
			}
			if got := timeline.ErrorCodeOf(constraintError(err, "insert")); got != timeline.EInvalid {
				t.Errorf("ErrorCodeOf(constraintError(%v)) = %q, want %q", err, got, timeline.EInvalid)
			}
		})
	}
}

func TestConstraintError(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	s, err := db.CreateStory(ctx, "Xi in Central Asia")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		query string
		args  []any
		want  timeline.ErrorCode
	}{
		{"duplicate primary key", `INSERT INTO stories (id, title, created) VALUES (?, 'again', '2022-09-14T00:00:00Z')`, []any{s.ID}, timeline.EConflict},
		{"duplicate event key", `INSERT INTO events (story_id, key, position) VALUES (?, 'k', 0), (?, 'k', 1)`, []any{s.ID, s.ID}, timeline.EConflict},
		{"empty title", `INSERT INTO stories (title, created) VALUES ('', '2022-09-14T00:00:00Z')`, nil, timeline.EInvalid},
		{"bad annotation kind", `INSERT INTO annotations (story_id, event_key, kind, created) VALUES (?, 'k', 'rumour', '2022-09-14T00:00:00Z')`, []any{s.ID}, timeline.EInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := db.w.ExecContext(ctx, tc.query, tc.args...)
			if err == nil {
				t.Fatalf("Exec(%s) succeeded, want a constraint violation", tc.name)
			}
			if got := timeline.ErrorCodeOf(constraintError(err, "insert")); got != tc.want {
				t.Errorf("ErrorCodeOf(constraintError(%v)) = %q, want %q", err, got, tc.want)
			}
		})
	}
	// Errors that are not constraint violations pass through unchanged.
	plain := errors.New("disk on fire")
	if got := constraintError(plain, "insert"); got != plain {
		t.Errorf("constraintError(%v) = %v, want it unchanged", plain, got)
	}
}

func TestCreateStory(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	now := time.Date(2022, 9, 14, 10, 30, 0, 123, time.UTC)
	db.now = func() time.Time { return now }
	tests := []struct {
		title string
		want  string // stored title; "" when invalid
	}{
		{"Xi in Central Asia", "Xi in Central Asia"},
		{"  SCO summit, Samarkand\n", "SCO summit, Samarkand"},
		{"", ""},
		{" \t\n", ""},
		{strings.Repeat("x", maxTitle+1), ""},
		{"bad \xff utf-8", ""},
	}
	var ids []int64
	for _, tc := range tests {
		s, err := db.CreateStory(ctx, tc.title)
		if tc.want == "" {
			if code := timeline.ErrorCodeOf(err); code != timeline.EInvalid {
				t.Errorf("CreateStory(%q) error code = %q (%v), want %q", tc.title, code, err, timeline.EInvalid)
			}
			continue
		}
		if err != nil {
			t.Errorf("CreateStory(%q): %v", tc.title, err)
			continue
		}
		if s.Title != tc.want || s.ID == 0 || !s.Created.Equal(now) {
			t.Errorf("CreateStory(%q) = %+v, want title %q, an id and created %v", tc.title, s, tc.want, now)
		}
		got, err := db.Story(ctx, s.ID)
		if err != nil {
			t.Fatalf("Story(%d): %v", s.ID, err)
		}
		if got.Title != s.Title || !got.Created.Equal(s.Created) || got.Documents != nil || got.Events != nil {
			t.Errorf("Story(%d) = %+v, want %+v", s.ID, got, s)
		}
		ids = append(ids, s.ID)
	}
	n, err := db.StoryCount(ctx)
	if err != nil || n != len(ids) {
		t.Errorf("StoryCount = %d, %v, want %d", n, err, len(ids))
	}
	list, err := db.ListStories(ctx)
	if err != nil {
		t.Fatalf("ListStories: %v", err)
	}
	if len(list) != len(ids) {
		t.Fatalf("ListStories returned %d stories, want %d", len(list), len(ids))
	}
	for i, s := range list {
		// Newest first.
		if want := ids[len(ids)-1-i]; s.ID != want {
			t.Errorf("ListStories()[%d].ID = %d, want %d", i, s.ID, want)
		}
		if s.Documents != 0 || s.Events != 0 || s.First != "" || s.Last != "" || !s.Created.Equal(now) {
			t.Errorf("ListStories()[%d] = %+v, want an empty story created %v", i, s, now)
		}
	}
}

func TestNotFound(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	const missing = 4242
	noop := func([]timeline.Document) ([]timeline.Event, error) { return nil, nil }
	tests := []struct {
		name string
		call func() error
	}{
		{"Story", func() error { _, err := db.Story(ctx, missing); return err }},
		{"Document", func() error { _, err := db.Document(ctx, missing); return err }},
		{"Event", func() error { _, err := db.Event(ctx, missing); return err }},
		{"DeleteStory", func() error { return db.DeleteStory(ctx, missing) }},
		{"SetPublished", func() error {
			return setPublished(ctx, db, missing, time.Date(2022, 9, 14, 0, 0, 0, 0, time.UTC), timeline.PublishedUser, noop)
		}},
		{"AddDocument", func() error {
			return addDocument(ctx, db, &timeline.Document{StoryID: missing, Text: "Xi arrived."}, noop)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			if code := timeline.ErrorCodeOf(err); code != timeline.ENotFound {
				t.Errorf("%s(%d) error code = %q (%v), want %q", tc.name, missing, code, err, timeline.ENotFound)
			}
			if msg := timeline.ErrorMessage(err); !strings.Contains(msg, "4242 not found") {
				t.Errorf("ErrorMessage(%s(%d)) = %q, want it to name the id", tc.name, missing, msg)
			}
		})
	}
	if n, err := db.StoryCount(ctx); err != nil || n != 0 {
		t.Errorf("StoryCount = %d, %v, want 0", n, err)
	}
}

// TestErrorMessages checks what users would be shown for the errors db
// returns: the message of invalid and not found errors, nothing of
// internal ones.
func TestErrorMessages(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	story := newStory(t, db, "Xi in Central Asia")
	crash := func([]timeline.Document) ([]timeline.Event, error) {
		return nil, errors.New("extractor crashed at /srv/secret/path")
	}
	tests := []struct {
		name string
		err  error
		code timeline.ErrorCode
		msg  string
	}{
		{"empty title", func() error { _, err := db.CreateStory(ctx, ""); return err }(), timeline.EInvalid, "A story needs a title."},
		{"missing story", func() error { _, err := db.Story(ctx, 77); return err }(), timeline.ENotFound, "story 77 not found"},
		{"rebuild crash", addDocument(ctx, db, &timeline.Document{StoryID: story.ID, Text: "Xi arrived."}, crash), timeline.EInternal, "An internal error occurred."},
		{"no error", nil, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := timeline.ErrorCodeOf(tc.err); got != tc.code {
				t.Errorf("ErrorCodeOf(%v) = %q, want %q", tc.err, got, tc.code)
			}
			if got := timeline.ErrorMessage(tc.err); got != tc.msg {
				t.Errorf("ErrorMessage(%v) = %q, want %q", tc.err, got, tc.msg)
			}
		})
	}
}
