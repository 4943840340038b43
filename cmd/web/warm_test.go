package main

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"storyline/timeline"
)

// TestWarmPages checks that after a write to a public story its page, as
// outsiders read it, is rendered again in the background: the next reader
// is answered from the cache even when no render could run (the bound on
// heavy requests is full), and sees the write. A story made private is
// dropped, and nothing is rendered for it.
func TestWarmPages(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Addr = "127.0.0.1:0"
	cfg.DB = filepath.Join(t.TempDir(), "storyline.db")
	cfg.Demo = false
	cfg.Warm = 2
	app, err := New(context.Background(), cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), testExtractor(t))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	app.stderr = io.Discard
	t.Cleanup(func() {
		if err := app.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	ctx := context.Background()
	id := bigStory(t, app, 40)
	h := app.Handler()
	path := "/stories/" + strconv.FormatInt(id, 10)
	first := getWith(h, path, "Accept-Encoding", "gzip")
	if first.Code != http.StatusOK {
		t.Fatalf("GET %s = %d", path, first.Code)
	}
	// A page read with a query or by the newsroom is not kept warm.
	getWith(h, path+"?page=1", "Accept-Encoding", "gzip")
	getWith(h, path, "Cookie", sessionCookieFor(t, app, timeline.RoleEditor).String())
	if got := app.warmPages.list(time.Time{}); len(got) != 1 || got[0].id != id {
		t.Fatalf("warm pages = %+v, want story %d's page only", got, id)
	}

	entries, _ := app.cache.stats()
	d := storyData(t, body(t, first))
	title := "Renamed behind the readers' backs"
	if _, err := app.store.EditEvent(ctx, d.Events[0].ID, timeline.Edit{Title: &title}, "ed"); err != nil {
		t.Fatal(err)
	}
	// The write makes a new version; the loop renders it within a few polls.
	deadline := time.Now().Add(10 * time.Second)
	for n, _ := app.cache.stats(); n == entries; n, _ = app.cache.stats() {
		if time.Now().After(deadline) {
			t.Fatalf("no page rendered after the write (cache holds %d entries, as before)", n)
		}
		time.Sleep(warmPoll / 2)
	}
	// Fill the bound on heavy requests: only a cached answer can be 200 now.
	leave, err := app.gate.enter(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for range cap(app.gate.slots) - 1 {
		more, err := app.gate.enter(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer more()
	}
	rec := getWith(h, path, "Accept-Encoding", "gzip")
	leave()
	if rec.Code != http.StatusOK || !strings.Contains(body(t, rec), title) {
		t.Fatalf("GET %s after the write = %d, new title shown %v; want 200 from the cache with the new title", path, rec.Code, strings.Contains(body(t, rec), title))
	}
	// Rendered as an outsider reads it: no review states in the widgets' data.
	if page := body(t, rec); strings.Contains(page, `,"new",[`) || !strings.Contains(page, `,"",[`) {
		t.Errorf("the page rendered in the background carries review states")
	}

	// Made private: the next pass drops the page and keeps nothing for it.
	if err := app.store.SetStoryPublic(ctx, id, false); err != nil {
		t.Fatal(err)
	}
	deadline = time.Now().Add(10 * time.Second)
	for len(app.warmPages.list(time.Time{})) > 0 {
		if time.Now().After(deadline) {
			t.Fatalf("the private story's page is still kept warm: %+v", app.warmPages.list(time.Time{}))
		}
		time.Sleep(warmPoll / 2)
	}
	if rec := getWith(h, path); rec.Code == http.StatusOK {
		t.Errorf("GET %s of a private story, anonymously = 200", path)
	}
}

func TestWarmPagesBound(t *testing.T) {
	w := &warmPages{max: 2}
	at := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	for i, id := range []int64{1, 2, 1, 3, 3} {
		w.note(warmPage{id: id, host: "h"}, at.Add(time.Duration(i)*time.Minute))
	}
	got := w.list(time.Time{})
	if len(got) != 2 || got[0].id != 3 || got[1].id != 1 {
		t.Errorf("list = %+v, want stories 3 then 1", got)
	}
	// Story 1 was read last at minute 2, story 3 at minute 4.
	if got := w.list(at.Add(3 * time.Minute)); len(got) != 1 || got[0].id != 3 {
		t.Errorf("list of the pages read after minute 3 = %+v, want story 3", got)
	}
	w.forget(warmPage{id: 3, host: "h"})
	if got := w.list(time.Time{}); len(got) != 1 || got[0].id != 1 {
		t.Errorf("after forget: %+v, want story 1", got)
	}
	off := &warmPages{}
	off.note(warmPage{id: 1}, at)
	if got := off.list(time.Time{}); len(got) != 0 {
		t.Errorf("with max 0: %+v, want none", got)
	}
}

// BenchmarkWarmAfterWrite measures, for a public story of 5,000 events
// whose page readers read, one write (an event renamed) followed by: the
// time until the page of the new version is in the cache, rendered in the
// background (ready-ms), and the request of the next reader then
// (read-ms, from the cache). Compare with BenchmarkBigStoryRequests'
// render, what that reader waited for without the warm page.
func BenchmarkWarmAfterWrite(b *testing.B) {
	cfg := DefaultConfig()
	cfg.Addr = "127.0.0.1:0"
	cfg.DB = filepath.Join(b.TempDir(), "storyline.db")
	cfg.Demo = false
	app, err := New(context.Background(), cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), testExtractor(b))
	if err != nil {
		b.Fatalf("New: %v", err)
	}
	app.stderr = io.Discard
	b.Cleanup(func() { app.Close() })
	ctx := context.Background()
	id := bigStory(b, app, 5000)
	h := app.Handler()
	path := "/stories/" + strconv.FormatInt(id, 10)
	first := getWith(h, path, "Accept-Encoding", "gzip")
	if first.Code != http.StatusOK {
		b.Fatalf("GET %s = %d", path, first.Code)
	}
	event := storyData(b, body(b, first)).Events[0].ID
	var ready, read time.Duration
	n := 0
	for b.Loop() {
		n++
		entries, _ := app.cache.stats()
		title := "Renamed " + strconv.Itoa(n)
		start := time.Now()
		if _, err := app.store.EditEvent(ctx, event, timeline.Edit{Title: &title}, "ed"); err != nil {
			b.Fatal(err)
		}
		for m, _ := app.cache.stats(); m == entries; m, _ = app.cache.stats() {
			if time.Since(start) > time.Minute {
				b.Fatal("the page was not rendered after the write")
			}
			time.Sleep(2 * time.Millisecond)
		}
		ready += time.Since(start)
		t := time.Now()
		rec := getWith(h, path, "Accept-Encoding", "gzip")
		read += time.Since(t)
		if rec.Code != http.StatusOK {
			b.Fatalf("GET %s = %d", path, rec.Code)
		}
	}
	b.ReportMetric(float64(ready.Microseconds())/1000/float64(n), "ready-ms")
	b.ReportMetric(float64(read.Microseconds())/1000/float64(n), "read-ms")
}
