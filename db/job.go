package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"storyline/timeline"
)

// Jobs are work that takes longer than a request: importing many articles,
// extracting a whole story again. They are rows of a small durable queue
// (jobs) with their units of work (job_items), so that a job survives a
// restart and shows its progress. Every step is its own short transaction:
// claiming a job, finishing an item, finishing the job.
//
// The claim is written so that a PostgreSQL version is mechanical: the
// candidate is chosen with SELECT ... FOR UPDATE SKIP LOCKED there, with a
// conditional UPDATE here (SQLite has one writer, so the UPDATE's WHERE
// decides which of two workers wins).

// Job kinds.
const (
	JobImport    = "import"    // items are articles to add
	JobReextract = "reextract" // no items: extract the story again
)

// Job states.
const (
	JobQueued    = "queued"
	JobRunning   = "running"
	JobDone      = "done"
	JobFailed    = "failed"
	JobCancelled = "cancelled"
)

// Item states.
const (
	ItemPending   = "pending"
	ItemAdded     = "added"
	ItemDuplicate = "duplicate"
	ItemRefused   = "refused"
	ItemCancelled = "cancelled"
)

// Item kinds: how the body of an item is read.
const (
	ItemText = "text"
	ItemHTML = "html"
	ItemURL  = "url"
	// ItemRefusedKind is an item refused before the job started (a file
	// that is binary, say); it is stored so that the job lists it.
	ItemRefusedKind = "refused"
)

// Job is a queued or finished job.
type Job struct {
	ID       int64
	Kind     string
	StoryID  int64
	State    string
	Cancel   bool
	Attempts int
	Error    string
	Author   string
	Created  time.Time
	Started  time.Time
	Finished time.Time
}

// Over reports whether the job will not change any more.
func (j Job) Over() bool {
	return j.State == JobDone || j.State == JobFailed || j.State == JobCancelled
}

// JobItem is one unit of a job: one article of an import.
type JobItem struct {
	ID       int64
	JobID    int64
	Position int
	Name     string
	Kind     string
	Body     []byte
	// Title, Outlet, URL and Published (YYYY-MM-DD) are what the import
	// said about the article; empty fields are read from the article.
	Title, Outlet, URL, Published string
	State                         string
	Reason                        string
	DocumentID                    int64
}

// JobProgress is a job with the count of its items in each state.
type JobProgress struct {
	Job
	Total, Pending, Added, Duplicates, Refused, Cancelled int
}

// maxAttempts is how many times a job whose worker died is claimed again
// before it is marked failed.
const maxAttempts = 5

// EnqueueJob stores a job and its items (positions are set in order) in one
// transaction and returns the job with its id. An item of kind
// ItemRefusedKind is stored as refused with its reason.
func (db *DB) EnqueueJob(ctx context.Context, job Job, items []JobItem) (Job, error) {
	if job.Kind != JobImport && job.Kind != JobReextract {
		return Job{}, timeline.Errorf(timeline.EInvalid, "unknown job kind %q", job.Kind)
	}
	job.State, job.Created = JobQueued, db.now().UTC()
	err := db.write(ctx, "enqueue job", func(tx *sql.Tx) error {
		if _, err := story(ctx, tx, job.StoryID); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO jobs (kind, story_id, author, created) VALUES (?, ?, ?, ?)`,
			job.Kind, job.StoryID, job.Author, formatTime(job.Created))
		if err != nil {
			return constraintError(err, "enqueue job")
		}
		if job.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		st, err := tx.PrepareContext(ctx, `INSERT INTO job_items
			(job_id, position, name, kind, body, title, outlet, url, published, state, reason)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer st.Close()
		for i, it := range items {
			state := ItemPending
			if it.Kind == ItemRefusedKind {
				state = ItemRefused
			}
			body := it.Body
			if body == nil {
				body = []byte{}
			}
			if _, err := st.ExecContext(ctx, job.ID, i, it.Name, it.Kind, body, it.Title, it.Outlet, it.URL,
				it.Published, state, it.Reason); err != nil {
				return constraintError(err, "enqueue job item")
			}
		}
		return nil
	})
	if err != nil {
		return Job{}, err
	}
	return job, nil
}

// ClaimJob gives the oldest job that is queued, or running under a lease
// that ran out (its worker stopped without releasing it), to owner until
// now+lease. It answers ok=false when there is none. Finding none takes no
// write lock.
func (db *DB) ClaimJob(ctx context.Context, owner string, lease time.Duration) (job Job, ok bool, err error) {
	now := db.now().UTC()
	var id int64
	err = db.r.QueryRowContext(ctx, `SELECT id FROM jobs
		WHERE state = 'queued' OR (state = 'running' AND lease < ?)
		ORDER BY id LIMIT 1`, formatTime(now)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return Job{}, false, nil
	}
	if err != nil {
		return Job{}, false, fmt.Errorf("claim job: %w", err)
	}
	err = db.write(ctx, "claim job", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE jobs SET state = 'running', owner = ?, lease = ?,
			attempts = attempts + 1, started = CASE WHEN started = '' THEN ? ELSE started END
			WHERE id = ? AND (state = 'queued' OR (state = 'running' AND lease < ?))`,
			owner, formatTime(now.Add(lease)), formatTime(now), id, formatTime(now))
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return err // another worker was faster: ok stays false
		}
		ok = true
		j, err := jobByID(ctx, tx, id)
		if err != nil {
			return err
		}
		job = j
		if job.Attempts > maxAttempts {
			// It keeps killing its workers: give up on it.
			ok = false
			return finishJob(ctx, tx, id, JobFailed, "the job was interrupted too many times", now)
		}
		return nil
	})
	return job, ok, err
}

// ExtendLease keeps a claimed job for lease more, and reports whether
// someone asked to cancel it.
func (db *DB) ExtendLease(ctx context.Context, jobID int64, owner string, lease time.Duration) (cancel bool, err error) {
	err = db.write(ctx, "extend job lease", func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `UPDATE jobs SET lease = ? WHERE id = ? AND owner = ? RETURNING cancel`,
			formatTime(db.now().UTC().Add(lease)), jobID, owner).Scan(&cancel)
	})
	if errors.Is(err, sql.ErrNoRows) {
		return true, nil // no longer ours: stop
	}
	return cancel, err
}

// ReleaseJob puts a running job back in the queue (its worker is shutting
// down), so that the next worker resumes it at its first pending item.
func (db *DB) ReleaseJob(ctx context.Context, jobID int64, owner string) error {
	return db.write(ctx, "release job", func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE jobs SET state = 'queued', owner = '', lease = '',
			attempts = MAX(attempts - 1, 0)
			WHERE id = ? AND owner = ? AND state = 'running'`, jobID, owner)
		return err
	})
}

// NextItem returns the first pending item of a job; ok is false when none is left.
func (db *DB) NextItem(ctx context.Context, jobID int64) (JobItem, bool, error) {
	items, err := jobItems(ctx, db.r, true, `job_id = ? AND state = 'pending' ORDER BY position LIMIT 1`, jobID)
	if err != nil {
		return JobItem{}, false, fmt.Errorf("next job item: %w", err)
	}
	if len(items) == 0 {
		return JobItem{}, false, nil
	}
	return items[0], true, nil
}

// FinishItem records what came of an item: its state, the reason it was
// refused and the document it added or matched.
func (db *DB) FinishItem(ctx context.Context, it JobItem) error {
	return db.write(ctx, "finish job item", func(tx *sql.Tx) error {
		return finishItem(ctx, tx, it)
	})
}

func finishItem(ctx context.Context, tx *sql.Tx, it JobItem) error {
	var doc sql.NullInt64
	if it.DocumentID != 0 {
		doc = sql.NullInt64{Int64: it.DocumentID, Valid: true}
	}
	return affectOne(tx.ExecContext(ctx, `UPDATE job_items SET state = ?, reason = ?, document_id = ?
		WHERE id = ? AND state = 'pending'`, it.State, it.Reason, doc, it.ID))
}

// CompleteJob marks a job done, failed (with a message) or cancelled; the
// items still pending are marked cancelled.
func (db *DB) CompleteJob(ctx context.Context, jobID int64, state, message string) error {
	if state != JobDone && state != JobFailed && state != JobCancelled {
		return fmt.Errorf("complete job: %q is not a final state", state)
	}
	return db.write(ctx, "complete job", func(tx *sql.Tx) error {
		return finishJob(ctx, tx, jobID, state, message, db.now().UTC())
	})
}

func finishJob(ctx context.Context, tx *sql.Tx, jobID int64, state, message string, now time.Time) error {
	if _, err := tx.ExecContext(ctx, `UPDATE job_items SET state = 'cancelled' WHERE job_id = ? AND state = 'pending'`, jobID); err != nil {
		return err
	}
	return affectOne(tx.ExecContext(ctx, `UPDATE jobs SET state = ?, error = ?, finished = ?, owner = '', lease = ''
		WHERE id = ?`, state, message, formatTime(now), jobID))
}

// CancelJob asks a job to stop. A queued job is cancelled at once; a
// running one stops before its next item. A job that is over is left as it
// is.
func (db *DB) CancelJob(ctx context.Context, jobID int64) (Job, error) {
	var job Job
	err := db.write(ctx, "cancel job", func(tx *sql.Tx) error {
		j, err := jobByID(ctx, tx, jobID)
		if err != nil {
			return err
		}
		switch j.State {
		case JobQueued:
			if err := finishJob(ctx, tx, jobID, JobCancelled, "", db.now().UTC()); err != nil {
				return err
			}
		case JobRunning:
			if _, err := tx.ExecContext(ctx, `UPDATE jobs SET cancel = 1 WHERE id = ?`, jobID); err != nil {
				return err
			}
		}
		job, err = jobByID(ctx, tx, jobID)
		return err
	})
	return job, err
}

// Job returns one job.
func (db *DB) Job(ctx context.Context, id int64) (Job, error) {
	j, err := jobByID(ctx, db.r, id)
	if err != nil {
		return Job{}, fmt.Errorf("read job: %w", err)
	}
	return j, nil
}

// JobProgress returns a job and the count of its items per state.
func (db *DB) JobProgress(ctx context.Context, id int64) (JobProgress, error) {
	tx, err := db.r.BeginTx(ctx, nil)
	if err != nil {
		return JobProgress{}, fmt.Errorf("job progress: %w", err)
	}
	defer tx.Rollback()
	return jobProgress(ctx, tx, id)
}

// JobItems returns the items of a job, without their bodies, in order.
func (db *DB) JobItems(ctx context.Context, id int64) ([]JobItem, error) {
	items, err := jobItems(ctx, db.r, false, `job_id = ? ORDER BY position`, id)
	if err != nil {
		return nil, fmt.Errorf("job items: %w", err)
	}
	return items, nil
}

func jobProgress(ctx context.Context, tx *sql.Tx, id int64) (JobProgress, error) {
	j, err := jobByID(ctx, tx, id)
	if err != nil {
		return JobProgress{}, fmt.Errorf("job progress: %w", err)
	}
	p := JobProgress{Job: j}
	err = eachRow(ctx, tx, `SELECT state, COUNT(*) FROM job_items WHERE job_id = ? GROUP BY state`, []any{id}, func(rows *sql.Rows) error {
		var (
			state string
			n     int
		)
		if err := rows.Scan(&state, &n); err != nil {
			return err
		}
		p.Total += n
		switch state {
		case ItemPending:
			p.Pending = n
		case ItemAdded:
			p.Added = n
		case ItemDuplicate:
			p.Duplicates = n
		case ItemRefused:
			p.Refused = n
		case ItemCancelled:
			p.Cancelled = n
		}
		return nil
	})
	if err != nil {
		return JobProgress{}, fmt.Errorf("job progress: %w", err)
	}
	return p, nil
}

// StoryJobs returns the jobs of a story, newest first, at most limit.
func (db *DB) StoryJobs(ctx context.Context, storyID int64, limit int) ([]Job, error) {
	var jobs []Job
	err := eachRow(ctx, db.r, `SELECT `+jobColumns+` FROM jobs WHERE story_id = ? ORDER BY id DESC LIMIT ?`,
		[]any{storyID, limit}, func(rows *sql.Rows) error {
			j, err := scanJob(rows)
			if err != nil {
				return err
			}
			jobs = append(jobs, j)
			return nil
		})
	if err != nil {
		return nil, fmt.Errorf("story jobs: %w", err)
	}
	return jobs, nil
}

const jobColumns = `id, kind, story_id, state, cancel, attempts, error, author, created, started, finished`

type scanner interface{ Scan(dest ...any) error }

func scanJob(row scanner) (Job, error) {
	var (
		j                          Job
		created, started, finished string
	)
	if err := row.Scan(&j.ID, &j.Kind, &j.StoryID, &j.State, &j.Cancel, &j.Attempts, &j.Error, &j.Author,
		&created, &started, &finished); err != nil {
		return Job{}, err
	}
	var err error
	if j.Created, err = parseTime(created); err != nil {
		return Job{}, fmt.Errorf("job %d: %w", j.ID, err)
	}
	if started != "" {
		if j.Started, err = parseTime(started); err != nil {
			return Job{}, fmt.Errorf("job %d: %w", j.ID, err)
		}
	}
	if finished != "" {
		if j.Finished, err = parseTime(finished); err != nil {
			return Job{}, fmt.Errorf("job %d: %w", j.ID, err)
		}
	}
	return j, nil
}

func jobByID(ctx context.Context, q queryer, id int64) (Job, error) {
	j, err := scanJob(q.QueryRowContext(ctx, `SELECT `+jobColumns+` FROM jobs WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Job{}, notFound("job", id)
	}
	return j, err
}

// jobItems reads the items matching where (a condition on job_items with
// its ORDER BY), with their bodies when body is set.
func jobItems(ctx context.Context, q queryer, body bool, where string, args ...any) ([]JobItem, error) {
	bodyCol := `x''`
	if body {
		bodyCol = `body`
	}
	var items []JobItem
	err := eachRow(ctx, q, `SELECT id, job_id, position, name, kind, `+bodyCol+`, title, outlet, url, published,
		state, reason, COALESCE(document_id, 0) FROM job_items WHERE `+where, args, func(rows *sql.Rows) error {
		var it JobItem
		if err := rows.Scan(&it.ID, &it.JobID, &it.Position, &it.Name, &it.Kind, &it.Body, &it.Title, &it.Outlet,
			&it.URL, &it.Published, &it.State, &it.Reason, &it.DocumentID); err != nil {
			return err
		}
		items = append(items, it)
		return nil
	})
	return items, err
}

// StoryBare returns a story's id, title and creation time, without its
// documents and events.
func (db *DB) StoryBare(ctx context.Context, id int64) (timeline.Story, error) {
	s, err := story(ctx, db.r, id)
	if err != nil {
		return timeline.Story{}, fmt.Errorf("read story: %w", err)
	}
	return s, nil
}
