// Package db stores stories, documents and events in SQLite. It is the only
// package that speaks SQL.
//
// A DB holds two connection pools on one file: a single writer connection
// whose transactions begin IMMEDIATE (so writes queue in Go instead of
// failing with SQLITE_BUSY), and a pool of read-only connections whose
// transactions see one WAL snapshot each, so readers never wait for the
// writer.
package db

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/mattn/go-sqlite3"

	"storyline/timeline"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is a Storyline database.
type DB struct {
	w *sql.DB // the one writer connection
	r *sql.DB // read-only connections
	// now returns the current time; tests may replace it.
	now func() time.Time
	// fts is whether the driver has FTS5 (see search.go).
	fts bool
	// commits counts the writer's commits (see Commits).
	commits atomic.Uint64
}

// readers is the size of the read-only pool.
const readers = 4

// Open opens the database at path, creating it and its parent directory when
// missing, and applies the migrations it has not applied yet.
func Open(path string) (*DB, error) {
	if path == "" {
		return nil, timeline.Errorf(timeline.EInvalid, "database path is empty")
	}
	if strings.HasPrefix(path, ":memory:") || strings.HasPrefix(path, "file:") {
		return nil, timeline.Errorf(timeline.EInvalid, "database path must be a file name, not %q", path)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	uri := "file:" + (&url.URL{Path: path}).EscapedPath()
	db := &DB{now: time.Now}
	// The writer counts its commits (see Commits).
	w := sql.OpenDB(countingConnector{dsn: uri + "?_foreign_keys=on&_journal_mode=WAL&_busy_timeout=5000&_txlock=immediate&_synchronous=NORMAL",
		driver: &sqlite3.SQLiteDriver{}, commits: &db.commits})
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	db.w = w
	if err := db.migrate(context.Background()); err != nil {
		w.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	if err := db.setupSearch(context.Background()); err != nil {
		w.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	// The read pool opens after the migrations, so the file exists and is in WAL mode.
	r, err := sql.Open("sqlite3", uri+"?mode=ro&_foreign_keys=on&_busy_timeout=5000&_txlock=deferred&_query_only=on")
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open database: %w", err)
	}
	r.SetMaxOpenConns(readers)
	r.SetMaxIdleConns(readers)
	if err := r.Ping(); err != nil {
		w.Close()
		r.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	db.r = r
	return db, nil
}

// Close closes the database.
func (db *DB) Close() error {
	return errors.Join(db.r.Close(), db.w.Close())
}

// migration is one numbered SQL file of migrations/.
type migration struct {
	version int
	name    string
	sql     string
}

// readMigrations returns the embedded migrations in version order.
func readMigrations() ([]migration, error) {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	seen := map[int]string{}
	for _, name := range names {
		base := strings.TrimSuffix(filepath.Base(name), ".sql")
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name must be NNNN_name.sql", name)
		}
		if other, dup := seen[v]; dup {
			return nil, fmt.Errorf("migrations %s and %s share version %d", other, name, v)
		}
		seen[v] = name
		b, err := migrations.ReadFile(name)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: base, sql: string(b)})
	}
	if len(ms) == 0 {
		return nil, errors.New("no migrations embedded")
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	return ms, nil
}

// migrate applies the migrations the database has not recorded, each in its
// own transaction together with its row in schema_migrations. On a database
// that is up to date it only reads: no write lock is taken, so opening the
// file while another process writes to it does not wait for that process.
func (db *DB) migrate(ctx context.Context) error {
	ms, err := readMigrations()
	if err != nil {
		return fmt.Errorf("read migrations: %w", err)
	}
	applied, err := appliedMigrations(ctx, db.w)
	if err != nil {
		return err
	}
	pending := false
	for _, m := range ms {
		if !applied[m.version] {
			pending = true
		}
	}
	// A database written by a newer program may hold data this one would
	// misread; refuse it rather than guess.
	known := ms[len(ms)-1].version
	for v := range applied {
		if v > known {
			return fmt.Errorf("database schema version %d is newer than this program's %d", v, known)
		}
	}
	if !pending {
		return nil
	}
	if _, err := db.w.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY,
		name    TEXT NOT NULL,
		applied TEXT NOT NULL
	)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	for _, m := range ms {
		if applied[m.version] {
			continue
		}
		if err := db.apply(ctx, m); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

// appliedMigrations reads the versions recorded in schema_migrations, none
// when the table does not exist yet. It only reads.
func appliedMigrations(ctx context.Context, q queryer) (map[int]bool, error) {
	var n int
	if err := q.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).Scan(&n); err != nil {
		return nil, fmt.Errorf("read schema version: %w", err)
	}
	applied := map[int]bool{}
	if n == 0 {
		return applied, nil
	}
	err := eachRow(ctx, q, `SELECT version FROM schema_migrations`, nil, func(rows *sql.Rows) error {
		var v int
		if err := rows.Scan(&v); err != nil {
			return err
		}
		applied[v] = true
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read schema version: %w", err)
	}
	return applied, nil
}

// goSteps are the parts of migrations SQL cannot do, by version: each runs
// after the migration's SQL, in its transaction.
var goSteps = map[int]func(context.Context, *sql.Tx) error{
	9:  fillActorKeys,
	12: fillActorKeys,
}

func (db *DB) apply(ctx context.Context, m migration) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	// Checked inside the (immediate) transaction, so two processes opening
	// the same new file do not both apply it.
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = ?`, m.version).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return err
	}
	if step := goSteps[m.version]; step != nil {
		if err := step(ctx, tx); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied) VALUES (?, ?, ?)`,
		m.version, m.name, formatTime(db.now())); err != nil {
		return err
	}
	return tx.Commit()
}

// SchemaVersion returns the highest migration version applied.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v sql.NullInt64
	if err := db.r.QueryRowContext(ctx, `SELECT MAX(version) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("schema version: %w", err)
	}
	return int(v.Int64), nil
}

// constraintError turns a constraint violation reported by SQLite into a
// *timeline.Error saying what was being done; other errors come back as
// they were.
func constraintError(err error, doing string) error {
	var se sqlite3.Error
	if !errors.As(err, &se) || se.Code != sqlite3.ErrConstraint {
		return err
	}
	switch se.ExtendedCode {
	case sqlite3.ErrConstraintUnique, sqlite3.ErrConstraintPrimaryKey:
		return &timeline.Error{Code: timeline.EConflict, Message: doing + ": already exists", Err: err}
	case sqlite3.ErrConstraintForeignKey:
		return &timeline.Error{Code: timeline.EInvalid, Message: doing + ": refers to something that does not exist", Err: err}
	}
	return &timeline.Error{Code: timeline.EInvalid, Message: doing + ": invalid value", Err: err}
}

// notFound is the error for a missing row.
func notFound(what string, id int64) error {
	return timeline.Errorf(timeline.ENotFound, "%s %d not found", what, id)
}

// formatTime writes an instant as RFC 3339 text in UTC.
func formatTime(t time.Time) string {
	return t.UTC().Format(time.RFC3339Nano)
}

// parseTime reads an instant written by formatTime.
func parseTime(s string) (time.Time, error) {
	return time.Parse(time.RFC3339Nano, s)
}

// dateLayout is the layout of civil dates and date bounds.
const dateLayout = "2006-01-02"

// formatDate writes the civil date of t (in t's own location) as
// YYYY-MM-DD; the zero time gives "".
func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Format(dateLayout)
}

// parseDate reads a civil date written by formatDate as UTC midnight.
func parseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(dateLayout, s)
}

// nullString stores "" as NULL.
func nullString(s string) sql.NullString {
	return sql.NullString{String: s, Valid: s != ""}
}
