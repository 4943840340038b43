package main

import (
	"context"
	"runtime"
	"sync"
	"testing"

	"storyline/db"
)

// TestStoryInfosShareReads checks that requests arriving while a story's
// row is read wait for the next read and share it, and never get a read
// that began before they came.
func TestStoryInfosShareReads(t *testing.T) {
	release := make(chan struct{})
	var (
		mu    sync.Mutex
		reads int64
	)
	s := newStoryInfos(func(ctx context.Context, id int64) (db.StoryInfo, error) {
		mu.Lock()
		reads++
		n := reads
		mu.Unlock()
		<-release
		return db.StoryInfo{ID: id, Version: n}, nil
	})
	first := make(chan int64)
	go func() {
		info, err := s.get(context.Background(), 7)
		if err != nil {
			t.Error(err)
		}
		first <- info.Version
	}()
	// Wait until the first read is running, then send ten more requests.
	for {
		mu.Lock()
		n := reads
		mu.Unlock()
		if n == 1 {
			break
		}
		runtime.Gosched()
	}
	const later = 10
	got := make(chan int64, later)
	for range later {
		go func() {
			info, err := s.get(context.Background(), 7)
			if err != nil {
				t.Error(err)
			}
			got <- info.Version
		}()
	}
	for {
		s.mu.Lock()
		n := s.m[7].queued.waitingOrZero()
		s.mu.Unlock()
		if n == later {
			break
		}
		runtime.Gosched()
	}
	close(release)
	if v := <-first; v != 1 {
		t.Errorf("the first request got read %d, want 1", v)
	}
	for range later {
		if v := <-got; v != 2 {
			t.Errorf("a later request got read %d, want 2 (the one after it came, shared)", v)
		}
	}
	if reads != 2 {
		t.Errorf("%d reads for %d requests, want 2", reads, later+1)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.m) != 0 {
		t.Errorf("%d stories still held after the reads", len(s.m))
	}
}

func (r *infoRead) waitingOrZero() int {
	if r == nil {
		return 0
	}
	return r.waiting
}
