package main

import (
	"context"
	"crypto/tls"
	"net/http"
	"sync"
	"time"
)

// The cache of rendered pages is keyed by the story's version, so the first
// reader after any write to a public story waits for its page to be read
// and rendered: for a story of 5,000 events that is 100 ms or more of
// database and rendering. warmPages keeps the public pages outsiders read
// last (the plain address, no query: what a link or an embed opens) and,
// once the writes have settled, renders each again in the background
// through the app's own handler, as an anonymous reader asks for it. The
// reader who comes next finds it in the cache, or, when it is still being
// rendered, waits for that render rather than starting another (the cache
// renders each key once at a time).
//
//   - Bounded: at most Config.Warm pages are kept (the most recently read),
//     and only while they are read (a page nobody read for warmIdle is not
//     rendered), one after another, each within the bound on heavy requests
//     like any other render. After a pass the loop rests as long as the
//     pass took, so a public story written to without pause (a long import)
//     costs at most half of one core in renders.
//   - Single flight: one loop renders; a page whose story did not change
//     is a cache hit and costs a few microseconds.
//   - The audience rule holds by construction: the request carries no
//     session and no share token, so it is answered as any outsider would
//     be, and a story that is no longer public is dropped from the list.
type warmPages struct {
	max   int
	mu    sync.Mutex
	pages []warmEntry // the most recently read last
}

// warmEntry is a kept page and when an outsider read it last.
type warmEntry struct {
	page warmPage
	read time.Time
}

// warmPage is a public page as its readers asked for it: the story, and
// the host and scheme its cache key includes when no public URL is set.
type warmPage struct {
	id   int64
	host string
	tls  bool
}

// warmPoll is how often the loop looks at the store's count of commits;
// it renders once the count has stopped moving for one poll, so a burst of
// writes (an import) costs one render, not one per write.
const warmPoll = 100 * time.Millisecond

// warmIdle is how long a page nobody reads is still rendered after writes.
const warmIdle = 10 * time.Minute

// note records that an outsider read page p at now.
func (w *warmPages) note(p warmPage, now time.Time) {
	if w.max <= 0 {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if n := len(w.pages); n > 0 && w.pages[n-1].page == p {
		w.pages[n-1].read = now // the common case: the same page again
		return
	}
	for i, q := range w.pages {
		if q.page == p {
			w.pages = append(w.pages[:i], w.pages[i+1:]...)
			break
		}
	}
	if len(w.pages) >= w.max {
		w.pages = append(w.pages[:0], w.pages[len(w.pages)-w.max+1:]...)
	}
	w.pages = append(w.pages, warmEntry{page: p, read: now})
}

// forget drops page p (its story is gone or no longer public).
func (w *warmPages) forget(p warmPage) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for i, q := range w.pages {
		if q.page == p {
			w.pages = append(w.pages[:i], w.pages[i+1:]...)
			return
		}
	}
}

// list is the pages read since after, the most recently read first.
func (w *warmPages) list(after time.Time) []warmPage {
	w.mu.Lock()
	defer w.mu.Unlock()
	var out []warmPage
	for i := len(w.pages) - 1; i >= 0; i-- {
		if w.pages[i].read.After(after) {
			out = append(out, w.pages[i].page)
		}
	}
	return out
}

// warmLoop renders the kept pages again after writes until ctx is done.
func (a *App) warmLoop(ctx context.Context) {
	t := time.NewTicker(warmPoll)
	defer t.Stop()
	done := a.store.Commits() // rendered for this count (nothing to do yet)
	last := done
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		now := a.store.Commits()
		if now != last {
			last = now // still moving: wait for the writes to settle
			continue
		}
		if now == done {
			continue
		}
		done = now
		start := time.Now()
		a.warm(ctx)
		// Rest as long as the pass took (see warmPages).
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Since(start)):
		}
	}
}

// warm renders each kept page that is not in the cache for its story's
// current version.
func (a *App) warm(ctx context.Context) {
	for _, p := range a.warmPages.list(time.Now().Add(-warmIdle)) {
		if ctx.Err() != nil {
			return
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, storyPath(p.id), nil)
		if err != nil {
			continue
		}
		req.Host = p.host
		req.RemoteAddr = "127.0.0.1:0"
		req.Header.Set("Accept-Encoding", "gzip")
		if p.tls {
			req.TLS = &tls.ConnectionState{}
		}
		w := &discardResponse{header: http.Header{}}
		a.echo.ServeHTTP(w, req)
		if w.code != http.StatusOK && w.code != http.StatusServiceUnavailable {
			a.warmPages.forget(p)
		}
	}
}

// discardResponse is a ResponseWriter that keeps the status only: the page
// it renders goes to the cache, not to a client.
type discardResponse struct {
	header http.Header
	code   int
}

func (d *discardResponse) Header() http.Header { return d.header }

func (d *discardResponse) Write(p []byte) (int, error) {
	if d.code == 0 {
		d.code = http.StatusOK
	}
	return len(p), nil
}

func (d *discardResponse) WriteHeader(code int) {
	if d.code == 0 {
		d.code = code
	}
}
