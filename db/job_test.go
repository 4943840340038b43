package db

import (
	"context"
	"testing"
	"time"

	"storyline/timeline"
)

func TestJobQueue(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	s := newStory(t, db, "Trip")
	items := []JobItem{
		{Name: "a.txt", Kind: ItemText, Body: []byte("a")},
		{Name: "b.bin", Kind: ItemRefusedKind, Reason: "binary"},
		{Name: "c.html", Kind: ItemHTML, Body: []byte("<p>c")},
	}
	job, err := db.EnqueueJob(ctx, Job{Kind: JobImport, StoryID: s.ID, Author: "ed"}, items)
	if err != nil {
		t.Fatalf("EnqueueJob: %v", err)
	}
	p, err := db.JobProgress(ctx, job.ID)
	if err != nil {
		t.Fatal(err)
	}
	if p.State != JobQueued || p.Total != 3 || p.Pending != 2 || p.Refused != 1 {
		t.Fatalf("progress = %+v, want queued, 3 items, 2 pending, 1 refused", p)
	}
	if _, err := db.EnqueueJob(ctx, Job{Kind: JobImport, StoryID: 999}, nil); timeline.ErrorCodeOf(err) != timeline.ENotFound {
		t.Errorf("EnqueueJob for no story = %v, want not found", err)
	}

	claimed, ok, err := db.ClaimJob(ctx, "w1", time.Minute)
	if err != nil || !ok || claimed.ID != job.ID || claimed.State != JobRunning {
		t.Fatalf("ClaimJob = %+v, %v, %v; want job %d running", claimed, ok, err, job.ID)
	}
	if _, ok, _ := db.ClaimJob(ctx, "w2", time.Minute); ok {
		t.Fatal("a second worker claimed the job under lease")
	}
	it, ok, err := db.NextItem(ctx, job.ID)
	if err != nil || !ok || it.Name != "a.txt" || string(it.Body) != "a" {
		t.Fatalf("NextItem = %+v, %v, %v; want a.txt", it, ok, err)
	}
	it.State = ItemAdded
	if err := db.FinishItem(ctx, it); err != nil {
		t.Fatal(err)
	}
	if err := db.FinishItem(ctx, it); err == nil {
		t.Error("finishing an item twice succeeded")
	}

	// The worker stops (a restart): the job goes back to the queue and
	// resumes at its next pending item.
	if err := db.ReleaseJob(ctx, job.ID, "w1"); err != nil {
		t.Fatal(err)
	}
	claimed, ok, err = db.ClaimJob(ctx, "w2", time.Minute)
	if err != nil || !ok || claimed.ID != job.ID {
		t.Fatalf("ClaimJob after release = %v, %v; want the job again", ok, err)
	}
	if it, _, _ := db.NextItem(ctx, job.ID); it.Name != "c.html" {
		t.Errorf("resumed at %q, want c.html", it.Name)
	}

	// Cancelling a running job is seen at the next lease extension.
	if _, err := db.CancelJob(ctx, job.ID); err != nil {
		t.Fatal(err)
	}
	if cancel, err := db.ExtendLease(ctx, job.ID, "w2", time.Minute); err != nil || !cancel {
		t.Errorf("ExtendLease = %v, %v; want cancel", cancel, err)
	}
	if err := db.CompleteJob(ctx, job.ID, JobCancelled, ""); err != nil {
		t.Fatal(err)
	}
	p, _ = db.JobProgress(ctx, job.ID)
	if p.State != JobCancelled || p.Added != 1 || p.Cancelled != 1 || p.Pending != 0 || !p.Over() {
		t.Errorf("progress = %+v, want cancelled with 1 added, 1 cancelled", p)
	}
}

func TestClaimExpiredLease(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	s := newStory(t, db, "Trip")
	job, err := db.EnqueueJob(ctx, Job{Kind: JobReextract, StoryID: s.ID}, nil)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	db.now = func() time.Time { return now }
	if _, ok, _ := db.ClaimJob(ctx, "dead", time.Second); !ok {
		t.Fatal("no job claimed")
	}
	// The worker died; once its lease ran out another takes the job.
	db.now = func() time.Time { return now.Add(2 * time.Second) }
	got, ok, err := db.ClaimJob(ctx, "alive", time.Minute)
	if err != nil || !ok || got.ID != job.ID || got.Attempts != 2 {
		t.Fatalf("ClaimJob after the lease = %+v, %v, %v; want the job, attempt 2", got, ok, err)
	}
	if cancel, _ := db.ExtendLease(ctx, job.ID, "dead", time.Minute); !cancel {
		t.Error("the dead worker may still extend the lease")
	}
	// A queued job is cancelled at once.
	other, _ := db.EnqueueJob(ctx, Job{Kind: JobReextract, StoryID: s.ID}, nil)
	j, err := db.CancelJob(ctx, other.ID)
	if err != nil || j.State != JobCancelled {
		t.Errorf("CancelJob(queued) = %+v, %v; want cancelled", j, err)
	}
}
