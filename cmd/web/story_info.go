package main

import (
	"context"
	"sync"
	"time"

	"storyline/db"
)

// storyInfos reads stories' rows (db.StoryInfo: visibility and version,
// what a cached page needs) for many concurrent requests with few reads.
//
//   - A row read is kept until the store commits anything (db.Commits) or
//     infoTTL passes: a cached page then costs no read at all. The count is
//     loaded before the read, so a row is never kept under a count newer
//     than the data it was read from, and any write through this process
//     (a page, the API, the import worker, a test) makes the next request
//     read again. infoTTL bounds how late a write by another process (the
//     command-line tool on the same file) is seen.
//   - The requests for one story that arrive while its row is being read
//     share the next read, which starts once that one is over: every
//     request is answered from a read that began after it arrived, and 200
//     readers make a handful of reads a millisecond at most instead of
//     queueing for the read pool.
type storyInfos struct {
	read    func(ctx context.Context, id int64) (db.StoryInfo, error)
	commits func() uint64
	now     func() time.Time
	mu      sync.Mutex
	m       map[int64]*infoSlot
	kept    map[int64]keptInfo
}

// infoTTL is the longest a row is kept while this process writes nothing.
const infoTTL = time.Second

// keptInfo is a row read when the store's commit count was commits.
type keptInfo struct {
	info    db.StoryInfo
	commits uint64
	at      time.Time
}

// infoSlot is the read of one story in flight and the one queued behind it.
type infoSlot struct {
	running, queued *infoRead
}

// infoRead is one read of a story's row; done closes when info and err are set.
type infoRead struct {
	done chan struct{}
	info db.StoryInfo
	err  error
	// waiting counts the requests that wait on it (for tests).
	waiting int
}

func newStoryInfos(read func(ctx context.Context, id int64) (db.StoryInfo, error), commits func() uint64) *storyInfos {
	return &storyInfos{read: read, commits: commits, now: time.Now, m: map[int64]*infoSlot{}, kept: map[int64]keptInfo{}}
}

// get returns the row of story id: the one kept when nothing was committed
// since it was read, else from a read that started after the call.
func (s *storyInfos) get(ctx context.Context, id int64) (db.StoryInfo, error) {
	commits := s.commits()
	s.mu.Lock()
	if k, ok := s.kept[id]; ok && k.commits == commits && s.now().Sub(k.at) < infoTTL {
		s.mu.Unlock()
		return k.info, nil
	}
	slot := s.m[id]
	if slot == nil {
		// Nobody is reading: read now, in this goroutine.
		r := &infoRead{done: make(chan struct{})}
		s.m[id] = &infoSlot{running: r}
		s.mu.Unlock()
		s.run(id, r)
		return r.info, r.err
	}
	if slot.queued == nil {
		slot.queued = &infoRead{done: make(chan struct{})}
	}
	r := slot.queued
	r.waiting++
	s.mu.Unlock()
	select {
	case <-r.done:
		return r.info, r.err
	case <-ctx.Done():
		return db.StoryInfo{}, ctx.Err()
	}
}

// run reads the row into r, then starts the read queued behind it, if any.
// The read does not end with the request that started it: others wait on it.
func (s *storyInfos) run(id int64, r *infoRead) {
	commits, at := s.commits(), s.now()
	r.info, r.err = s.read(context.Background(), id)
	s.mu.Lock()
	if r.err == nil {
		s.kept[id] = keptInfo{info: r.info, commits: commits, at: at}
	} else {
		delete(s.kept, id)
	}
	slot := s.m[id]
	next := slot.queued
	slot.running, slot.queued = next, nil
	if next == nil {
		delete(s.m, id)
	}
	s.mu.Unlock()
	close(r.done)
	if next != nil {
		go s.run(id, next)
	}
}
