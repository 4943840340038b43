package main

import (
	"context"
	"sync"

	"storyline/db"
)

// storyInfos reads stories' rows (db.StoryInfo: visibility and version,
// what a cached page needs) for many concurrent requests with few reads:
// the requests for one story that arrive while its row is being read share
// the next read, which starts once that one is over. Every request is thus
// answered from a read that began after it arrived (it never sees a
// version older than the one committed when it came in, whichever process
// wrote it), while under load a story costs one read per read's duration,
// not one per request: 200 readers of a public page make a handful of
// reads a millisecond at most instead of queueing for the read pool.
type storyInfos struct {
	read func(ctx context.Context, id int64) (db.StoryInfo, error)
	mu   sync.Mutex
	m    map[int64]*infoSlot
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

func newStoryInfos(read func(ctx context.Context, id int64) (db.StoryInfo, error)) *storyInfos {
	return &storyInfos{read: read, m: map[int64]*infoSlot{}}
}

// get returns the row of story id from a read that started after the call.
func (s *storyInfos) get(ctx context.Context, id int64) (db.StoryInfo, error) {
	s.mu.Lock()
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
	r.info, r.err = s.read(context.Background(), id)
	s.mu.Lock()
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
