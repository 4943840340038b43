package main

import (
	"context"
	"errors"
	"runtime"
	"sync"
	"testing"
	"time"

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
	}, func() uint64 { return 0 })
	s.now = func() time.Time { return time.Time{} } // every kept row stays
	s.kept[7] = keptInfo{commits: 1}                // but this one is stale
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

// TestStoryInfosKeep checks that a row read is kept until the store
// commits something or infoTTL passes, and that a failed read is not.
func TestStoryInfosKeep(t *testing.T) {
	var reads, commits uint64
	fail := false
	s := newStoryInfos(func(ctx context.Context, id int64) (db.StoryInfo, error) {
		reads++
		if fail {
			return db.StoryInfo{}, errors.New("no such story")
		}
		return db.StoryInfo{ID: id, Version: int64(reads)}, nil
	}, func() uint64 { return commits })
	clock := time.Date(2026, 12, 6, 22, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return clock }
	get := func() int64 {
		t.Helper()
		info, err := s.get(context.Background(), 3)
		if err != nil && !fail {
			t.Fatal(err)
		}
		return info.Version
	}
	steps := []struct {
		name    string
		change  func()
		reads   uint64
		version int64
	}{
		{"first read", func() {}, 1, 1},
		{"kept", func() {}, 1, 1},
		{"kept a little later", func() { clock = clock.Add(infoTTL / 2) }, 1, 1},
		{"a commit", func() { commits++ }, 2, 2},
		{"kept again", func() {}, 2, 2},
		{"too old", func() { clock = clock.Add(infoTTL) }, 3, 3},
		{"a failed read", func() { commits++; fail = true }, 4, 0},
		{"not kept", func() {}, 5, 0},
	}
	for _, st := range steps {
		st.change()
		if v := get(); v != st.version || reads != st.reads {
			t.Errorf("%s: version %d after %d reads, want %d after %d", st.name, v, reads, st.version, st.reads)
		}
	}
}

func (r *infoRead) waitingOrZero() int {
	if r == nil {
		return 0
	}
	return r.waiting
}
