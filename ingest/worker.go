package ingest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"storyline/db"
	"storyline/timeline"
)

// Queue is the durable job queue the worker takes its work from. db.DB
// implements it on SQLite; on PostgreSQL the same methods map onto SELECT
// ... FOR UPDATE SKIP LOCKED (claim) and plain UPDATEs.
type Queue interface {
	EnqueueJob(ctx context.Context, job db.Job, items []db.JobItem) (db.Job, error)
	ClaimJob(ctx context.Context, owner string, lease time.Duration) (db.Job, bool, error)
	ExtendLease(ctx context.Context, jobID int64, owner string, lease time.Duration) (cancel bool, err error)
	ReleaseJob(ctx context.Context, jobID int64, owner string) error
	NextItem(ctx context.Context, jobID int64) (db.JobItem, bool, error)
	FinishItem(ctx context.Context, it db.JobItem) error
	CompleteJob(ctx context.Context, jobID int64, state, message string) error
	JobProgress(ctx context.Context, id int64) (db.JobProgress, error)
	CancelJob(ctx context.Context, id int64) (db.Job, error)
}

// Worker runs jobs from the queue, one at a time.
type Worker struct {
	Service *Service
	Queue   Queue
	// Lease is how long a claimed job stays this worker's without news;
	// past it another worker may take it over. Poll is how often an idle
	// worker looks for work (Wake makes it look at once).
	Lease, Poll time.Duration
	Logger      *slog.Logger
	// Progress, when set, is called after each item.
	Progress func(db.JobProgress)
	owner    string
	wake     chan struct{}
}

// NewWorker returns a worker with a 30 s lease that polls every second.
func NewWorker(s *Service, q Queue, logger *slog.Logger) *Worker {
	b := make([]byte, 8)
	rand.Read(b)
	return &Worker{Service: s, Queue: q, Lease: 30 * time.Second, Poll: time.Second, Logger: logger,
		owner: hex.EncodeToString(b), wake: make(chan struct{}, 1)}
}

// Wake tells an idle worker that a job was queued.
func (w *Worker) Wake() {
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

// Run works on jobs until ctx is done. A job in progress when ctx ends is
// put back in the queue, to resume at its first pending item.
func (w *Worker) Run(ctx context.Context) {
	t := time.NewTicker(w.Poll)
	defer t.Stop()
	for {
		for ctx.Err() == nil {
			job, ok, err := w.Queue.ClaimJob(ctx, w.owner, w.Lease)
			if err != nil {
				if ctx.Err() == nil {
					w.Logger.Error("claiming a job", "err", err)
				}
				break
			}
			if !ok {
				break
			}
			w.work(ctx, job)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-w.wake:
		}
	}
}

// RunJob works on jobs of the queue until job id (queued by the caller, as
// the command line does) is over, and answers its final progress. When
// another worker (a server on the same file) has it, it waits for it.
func (w *Worker) RunJob(ctx context.Context, id int64) (db.JobProgress, error) {
	for {
		job, ok, err := w.Queue.ClaimJob(ctx, w.owner, w.Lease)
		if err != nil {
			return db.JobProgress{}, err
		}
		if ok {
			w.work(ctx, job)
			continue
		}
		p, err := w.Queue.JobProgress(context.WithoutCancel(ctx), id)
		if err != nil || p.Over() || ctx.Err() != nil {
			return p, err
		}
		w.report(ctx, id)
		select {
		case <-ctx.Done():
		case <-time.After(w.Poll):
		}
	}
}

// work runs one claimed job to its end, or puts it back when ctx ends.
func (w *Worker) work(ctx context.Context, job db.Job) {
	log := w.Logger.With("job", job.ID, "kind", job.Kind, "story", job.StoryID)
	bg := context.WithoutCancel(ctx)
	var err error
	switch job.Kind {
	case db.JobImport:
		err = w.importItems(ctx, job)
	case db.JobReextract:
		err = w.Service.Reextract(ctx, job.StoryID)
	default:
		err = fmt.Errorf("unknown job kind %q", job.Kind)
	}
	switch {
	case ctx.Err() != nil:
		if rerr := w.Queue.ReleaseJob(bg, job.ID, w.owner); rerr != nil {
			log.Error("releasing a job", "err", rerr)
		}
		return
	case errors.Is(err, errCancelled):
		err = w.Queue.CompleteJob(bg, job.ID, db.JobCancelled, "")
	case err != nil:
		log.Error("job failed", "err", err)
		err = w.Queue.CompleteJob(bg, job.ID, db.JobFailed, reason(err))
	default:
		err = w.Queue.CompleteJob(bg, job.ID, db.JobDone, "")
	}
	if err != nil {
		log.Error("finishing a job", "err", err)
	}
	w.report(bg, job.ID)
}

var errCancelled = errors.New("cancelled")

// importItems adds the pending items of an import one by one, each in its
// own short transaction.
func (w *Worker) importItems(ctx context.Context, job db.Job) error {
	for {
		cancel, err := w.Queue.ExtendLease(ctx, job.ID, w.owner, w.Lease)
		if err != nil {
			return err
		}
		if cancel {
			return errCancelled
		}
		it, ok, err := w.Queue.NextItem(ctx, job.ID)
		if err != nil || !ok {
			return err
		}
		it.State, it.Reason, it.DocumentID = w.importItem(ctx, job.StoryID, it)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err := w.Queue.FinishItem(ctx, it); err != nil {
			return err
		}
		w.report(ctx, job.ID)
	}
}

// importItem adds one item and says what came of it.
func (w *Worker) importItem(ctx context.Context, storyID int64, it db.JobItem) (state, why string, docID int64) {
	in := input(it)
	if it.Kind == db.ItemURL {
		if w.Service.Fetcher == nil {
			return db.ItemRefused, "This server does not fetch URLs.", 0
		}
		fetched, err := w.Service.Fetcher.Fetch(ctx, string(it.Body))
		if err != nil {
			return db.ItemRefused, reason(err), 0
		}
		// What the import said wins over what the page says.
		fetched.Title = firstNonEmpty(it.Title, fetched.Title)
		fetched.Outlet = firstNonEmpty(it.Outlet, fetched.Outlet)
		fetched.Published = firstNonEmpty(it.Published, fetched.Published)
		in = fetched
	}
	add, err := w.Service.Add(ctx, storyID, in)
	switch {
	case err != nil:
		if timeline.ErrorCodeOf(err) != timeline.EInvalid && ctx.Err() == nil {
			w.Logger.Error("importing an article", "item", it.Name, "err", err)
		}
		return db.ItemRefused, reason(err), 0
	case add.Duplicate:
		return db.ItemDuplicate, fmt.Sprintf("The story already has this article (document %d, “%s”).", add.Document.ID, add.Document.Title), add.Document.ID
	}
	return db.ItemAdded, "", add.Document.ID
}

func (w *Worker) report(ctx context.Context, id int64) {
	if w.Progress == nil {
		return
	}
	if p, err := w.Queue.JobProgress(ctx, id); err == nil {
		w.Progress(p)
	}
}
