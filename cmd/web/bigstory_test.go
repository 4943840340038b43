package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"storyline/timeline"
	"storyline/timeline/timelinetest"
	"storyline/views"
)

// bigStory stores a public story of n day-dated events in app and returns
// its id.
func bigStory(t testing.TB, app *App, n int) int64 {
	t.Helper()
	s, err := app.store.ImportStory(context.Background(), timelinetest.Story(fmt.Sprintf("Big story of %d events", n), n))
	if err != nil {
		t.Fatalf("ImportStory: %v", err)
	}
	if err := app.store.SetStoryPublic(context.Background(), s.ID, true); err != nil {
		t.Fatal(err)
	}
	return s.ID
}

// get serves one GET with headers through the app's router.
func getWith(h http.Handler, path string, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// body returns the response body, gunzipped when it is gzipped.
func body(t testing.TB, rec *httptest.ResponseRecorder) string {
	t.Helper()
	if rec.Header().Get("Content-Encoding") != "gzip" {
		return rec.Body.String()
	}
	zr, err := gzip.NewReader(bytes.NewReader(rec.Body.Bytes()))
	if err != nil {
		t.Fatalf("gunzip: %v", err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("gunzip: %v", err)
	}
	return string(b)
}

// storyData reads the widgets' data of a story page.
func storyData(t testing.TB, page string) views.StoryData {
	t.Helper()
	doc := parseHTML(t, page)
	blocks := findAttr(doc, "id", "story-data")
	if len(blocks) != 1 {
		t.Fatalf("%d story-data blocks, want 1", len(blocks))
	}
	var d views.StoryData
	if err := d.UnmarshalJSON([]byte(textOf(blocks[0]))); err != nil {
		t.Fatalf("story-data: %v", err)
	}
	return d
}

func TestBigStoryPage(t *testing.T) {
	app := newTestApp(t, false)
	const n = 250
	id := bigStory(t, app, n)
	h := app.Handler()
	path := "/stories/" + strconv.FormatInt(id, 10)

	first := getWith(h, path, "Accept-Encoding", "gzip")
	if first.Code != http.StatusOK || first.Header().Get("Content-Encoding") != "gzip" {
		t.Fatalf("GET %s = %d, encoding %q; want 200 gzipped", path, first.Code, first.Header().Get("Content-Encoding"))
	}
	etag := first.Header().Get("ETag")
	if etag == "" || !strings.Contains(first.Header().Get("Cache-Control"), "public") {
		t.Fatalf("public page: ETag %q, Cache-Control %q; want an ETag and public", etag, first.Header().Get("Cache-Control"))
	}
	page := body(t, first)
	doc := parseHTML(t, page)

	t.Run("the list is paged, the widgets get every event once", func(t *testing.T) {
		if got := len(testid(doc, "event-item")); got != listPageSize {
			t.Errorf("page 1 lists %d events, want %d", got, listPageSize)
		}
		d := storyData(t, page)
		if len(d.Events) != n || d.PageSize != listPageSize {
			t.Errorf("story-data: %d events, page size %d; want %d and %d", len(d.Events), d.PageSize, n, listPageSize)
		}
		next := testid(doc, "pager-next") // above and below the list
		if len(next) != 2 || attrOf(next[0], "href") != path+"?page=2" || attrOf(next[1], "href") != path+"?page=2" {
			t.Errorf("pager: %d next links (%q), want 2 to %s?page=2", len(next), attrOf(next[0], "href"), path)
		}
		// No event's title is written twice into the page: once in the
		// list or once in the data.
		title := d.Events[0].Title
		if c := strings.Count(page, title); c != 2 { // list link text and the data
			t.Errorf("the first event's title is %d times on the page, want 2 (list and data)", c)
		}
		if last := d.Events[len(d.Events)-1].Title; strings.Count(page, last) != 1 {
			t.Errorf("an event of page 3 is %d times on page 1, want once (the data)", strings.Count(page, last))
		}
	})

	t.Run("last page, filters kept", func(t *testing.T) {
		rec := getWith(h, path+"?page=3&actor=Xi+Jinping")
		if rec.Code != http.StatusOK {
			t.Fatalf("page 3 = %d", rec.Code)
		}
		doc := parseHTML(t, body(t, rec))
		items := testid(doc, "event-item")
		if len(items) == 0 || len(testid(doc, "pager-next")) != 0 {
			t.Errorf("filtered page: %d items, next link %d; want some items and no next", len(items), len(testid(doc, "pager-next")))
		}
		if prev := testid(doc, "pager-prev"); len(prev) != 0 {
			// 250 events, a sixth with Xi Jinping: one page only, clamped.
			t.Errorf("the filtered list has one page, got a previous link %q", attrOf(prev[0], "href"))
		}
		if rec := getWith(h, path+"?page=0"); rec.Code != http.StatusUnprocessableEntity {
			t.Errorf("page=0 = %d, want 422", rec.Code)
		}
	})

	t.Run("revisit costs a 304, a write changes the version", func(t *testing.T) {
		rec := getWith(h, path, "If-None-Match", etag, "Accept-Encoding", "gzip")
		if rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
			t.Fatalf("revisit = %d with %d bytes, want 304 and nothing", rec.Code, rec.Body.Len())
		}
		d := storyData(t, page)
		title := "Renamed for the test"
		if _, err := app.store.EditEvent(context.Background(), d.Events[0].ID, timeline.Edit{Title: &title}, "ed"); err != nil {
			t.Fatal(err)
		}
		rec = getWith(h, path, "If-None-Match", etag)
		if rec.Code != http.StatusOK || rec.Header().Get("ETag") == etag {
			t.Fatalf("after a write = %d, ETag %q; want 200 and a new ETag", rec.Code, rec.Header().Get("ETag"))
		}
		if !strings.Contains(body(t, rec), title) {
			t.Errorf("the page after the write does not show the new title")
		}
	})

	t.Run("exports and the API are cached and gzipped too", func(t *testing.T) {
		for _, p := range []string{path + "/export.json", path + "/export.ics", path + "/export.csv", "/api/stories/" + strconv.FormatInt(id, 10)} {
			a := getWith(h, p, "Accept-Encoding", "gzip")
			b := getWith(h, p)
			if a.Code != http.StatusOK || b.Code != http.StatusOK {
				t.Errorf("GET %s = %d, %d", p, a.Code, b.Code)
				continue
			}
			if a.Header().Get("Content-Encoding") != "gzip" || b.Header().Get("Content-Encoding") != "" {
				t.Errorf("GET %s encodings %q and %q, want gzip and none", p, a.Header().Get("Content-Encoding"), b.Header().Get("Content-Encoding"))
			}
			if body(t, a) != body(t, b) {
				t.Errorf("GET %s: the gzipped and the plain answers differ", p)
			}
			if a.Header().Get("Content-Type") == "" || a.Header().Get("ETag") == "" {
				t.Errorf("GET %s: Content-Type %q, ETag %q", p, a.Header().Get("Content-Type"), a.Header().Get("ETag"))
			}
		}
	})

	t.Run("the newsroom's page is not cached", func(t *testing.T) {
		c := newClientAs(t, app, timeline.RoleEditor)
		rec := c.get(path)
		if rec.Code != http.StatusOK || rec.Header().Get("ETag") != "" || !strings.Contains(rec.Header().Get("Cache-Control"), "private") {
			t.Errorf("newsroom page = %d, ETag %q, Cache-Control %q; want 200, no ETag, private", rec.Code, rec.Header().Get("ETag"), rec.Header().Get("Cache-Control"))
		}
	})
}

// TestBusy checks that when every heavy slot stays taken, a story page that
// must be rendered is answered 503 with Retry-After within milliseconds.
func TestBusy(t *testing.T) {
	app := newTestApp(t, false)
	id := bigStory(t, app, 20)
	leave := make([]func(), 0, cap(app.gate.slots))
	for range cap(app.gate.slots) {
		l, err := app.gate.enter(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		leave = append(leave, l)
	}
	start := time.Now()
	rec := getWith(app.Handler(), "/stories/"+strconv.FormatInt(id, 10))
	took := time.Since(start)
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" {
		t.Errorf("busy server = %d, Retry-After %q; want 503 with Retry-After", rec.Code, rec.Header().Get("Retry-After"))
	}
	if took > app.config.HeavyWait+time.Second {
		t.Errorf("the 503 took %v, want about %v", took, app.config.HeavyWait)
	}
	for _, l := range leave {
		l()
	}
	if rec := getWith(app.Handler(), "/stories/"+strconv.FormatInt(id, 10)); rec.Code != http.StatusOK {
		t.Errorf("after the slots free: %d, want 200", rec.Code)
	}
}

// TestCacheBound checks that the cache drops the least recently used
// responses to stay within its bound.
func TestCacheBound(t *testing.T) {
	rc := newResponseCache(4000)
	for i := range 20 {
		key := strconv.Itoa(i)
		e, r, leader := rc.get(key)
		if e != nil || !leader {
			t.Fatalf("get(%s) = %v, leader %v; want a miss to render", key, e, leader)
		}
		rc.finish(key, r, &entry{key: key, gz: make([]byte, 500)})
	}
	n, size := rc.stats()
	if size > 4000 || n == 0 {
		t.Errorf("cache holds %d entries, %d bytes; want some, at most 4000 bytes", n, size)
	}
	if e, _, _ := rc.get("19"); e == nil {
		t.Errorf("the newest entry was dropped")
	}
	if e, _, _ := rc.get("0"); e != nil {
		t.Errorf("the oldest entry is still there")
	}
}

func TestNotModified(t *testing.T) {
	updated := time.Date(2026, 12, 6, 20, 0, 0, 500_000_000, time.UTC)
	tests := []struct {
		name, inm, ims string
		want           bool
	}{
		{"same etag", `W/"x-1"`, "", true},
		{"strong form of the etag", `"x-1"`, "", true},
		{"one of several", `W/"y", W/"x-1"`, "", true},
		{"other etag", `W/"x-2"`, "", false},
		{"etag wins over date", `W/"x-2"`, "Sun, 06 Dec 2026 21:00:00 GMT", false},
		{"date at the second", "", "Sun, 06 Dec 2026 20:00:00 GMT", true},
		{"date before", "", "Sun, 06 Dec 2026 19:59:59 GMT", false},
		{"nothing", "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodGet, "/", nil)
			if tc.inm != "" {
				req.Header.Set("If-None-Match", tc.inm)
			}
			if tc.ims != "" {
				req.Header.Set("If-Modified-Since", tc.ims)
			}
			if got := notModified(req, `W/"x-1"`, updated); got != tc.want {
				t.Errorf("notModified(%q, %q) = %v, want %v", tc.inm, tc.ims, got, tc.want)
			}
		})
	}
}

// BenchmarkBigStoryRequests measures one request for the public page,
// embed page and exports of stories of 500, 2,000 and 5,000 events through
// the router: "render" with the cache off (every request reads and renders
// the story), "cached" as readers get it after the first, "newsroom" the
// page as an editor gets it (rendered for every request). Read ms/op and
// wire-KB (gzipped bytes of one answer), cpu-ms/op (CPU time of the
// process, getrusage, which suffers less from other work on the machine);
// ns/event flat across the sizes means linear.
func BenchmarkBigStoryRequests(b *testing.B) {
	for _, n := range []int{500, 2000, 5000} {
		for _, mode := range []string{"render", "cached", "newsroom"} {
			app := newTestApp(b, false)
			if mode == "render" {
				app.cache = newResponseCache(0)
			}
			id := bigStory(b, app, n)
			h := app.Handler()
			header := []string{"Accept-Encoding", "gzip"}
			suffixes := []string{"", "/embed", "/export.json", "/export.ics", "/export.timeline.json", "/export.storymap.json", "/export.geojson", "/export.csv"}
			if mode == "newsroom" {
				// An editor's page: never cached (it carries the user's
				// name, form tokens and review states).
				header = append(header, "Cookie", sessionCookieFor(b, app, timeline.RoleEditor).String())
				suffixes = suffixes[:1]
			}
			for _, suffix := range suffixes {
				path := "/stories/" + strconv.FormatInt(id, 10) + suffix
				b.Run(fmt.Sprintf("events=%d/%s/%s", n, mode, strings.TrimPrefix(suffix, "/")), func(b *testing.B) {
					rec := getWith(h, path, header...)
					if rec.Code != http.StatusOK {
						b.Fatalf("GET %s = %d", path, rec.Code)
					}
					wire := rec.Body.Len()
					cpu := cpuTime()
					for b.Loop() {
						getWith(h, path, header...)
					}
					b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/op")
					b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/1000/float64(b.N), "cpu-ms/op")
					b.ReportMetric(float64(wire)/1024, "wire-KB")
					b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/event")
				})
			}
		}
	}
}

// BenchmarkLoad is the load test of the README: a public story of 5,000
// events read by 200 concurrent connections over loopback for 5 seconds
// (at most 100,000 requests), gzip asked for as browsers do, once the page
// is cached. Read req/s, p99-ms and errors.
func BenchmarkLoad(b *testing.B) {
	app := newTestApp(b, false)
	id := bigStory(b, app, 5000)
	if err := app.Start(); err != nil {
		b.Fatal(err)
	}
	target := "http://" + app.Addr() + "/stories/" + strconv.FormatInt(id, 10)
	warm(b, target)
	for b.Loop() {
		r, err := runLoad(context.Background(), loadConfig{URL: target, Conns: 200, Duration: 5 * time.Second, Max: 100_000, Gzip: true})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(r.RPS(), "req/s")
		b.ReportMetric(float64(r.P99.Microseconds())/1000, "p99-ms")
		b.ReportMetric(float64(r.Errors), "errors")
		b.ReportMetric(float64(r.Bytes)/float64(max(r.Requests, 1))/1024, "wire-KB")
		b.Logf("%s", r)
	}
}

// TestEmbedCached checks that the embed page is cached like the public
// page (per story version, query and audience) and that a cached answer
// keeps the embed's own framing headers.
func TestEmbedCached(t *testing.T) {
	app := newTestApp(t, false)
	id := bigStory(t, app, 30)
	ctx := context.Background()
	link, err := app.store.CreateShareLink(ctx, id, "ed")
	if err != nil {
		t.Fatal(err)
	}
	h := app.Handler()
	path := "/stories/" + strconv.FormatInt(id, 10) + "/embed"
	editor := sessionCookieFor(t, app, timeline.RoleEditor)

	// A journalist's preview with the share token comes first: its link to
	// the story must not reach the anonymous reader of the same address,
	// whose link carries the token.
	shared := path + "?share=" + link.Token
	preview := getWith(h, shared, "Cookie", editor.String(), "Accept-Encoding", "gzip")
	anon := getWith(h, shared, "Accept-Encoding", "gzip")
	if preview.Code != http.StatusOK || anon.Code != http.StatusOK {
		t.Fatalf("GET %s = %d (preview), %d (anonymous)", shared, preview.Code, anon.Code)
	}
	if strings.Contains(body(t, preview), "/share/"+link.Token) || !strings.Contains(body(t, anon), "/share/"+link.Token) {
		t.Errorf("the share link's embed: the preview links to the share page %v, the anonymous reader %v; want false, true",
			strings.Contains(body(t, preview), "/share/"), strings.Contains(body(t, anon), "/share/"))
	}

	before, _ := app.cache.stats()
	first := getWith(h, path, "Accept-Encoding", "gzip")
	second := getWith(h, path, "Accept-Encoding", "gzip")
	plain := getWith(h, path)
	after, _ := app.cache.stats()
	if first.Code != http.StatusOK || second.Code != http.StatusOK || plain.Code != http.StatusOK {
		t.Fatalf("GET %s = %d, %d, %d", path, first.Code, second.Code, plain.Code)
	}
	if after != before+1 {
		t.Errorf("the cache holds %d entries after reading the embed, want %d", after, before+1)
	}
	if !bytes.Equal(first.Body.Bytes(), second.Body.Bytes()) || body(t, first) != body(t, plain) {
		t.Errorf("the cached embed differs from the first answer")
	}
	for i, rec := range []*httptest.ResponseRecorder{first, second, plain} {
		if xfo := rec.Header().Get("X-Frame-Options"); xfo != "" {
			t.Errorf("answer %d: X-Frame-Options %q, want none", i, xfo)
		}
		if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors *") {
			t.Errorf("answer %d: CSP %q, want frame-ancestors *", i, csp)
		}
		if rp := rec.Header().Get("Referrer-Policy"); rp != "no-referrer" {
			t.Errorf("answer %d: Referrer-Policy %q, want no-referrer", i, rp)
		}
		if rec.Header().Get("ETag") == "" || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
			t.Errorf("answer %d: ETag %q, Content-Type %q", i, rec.Header().Get("ETag"), rec.Header().Get("Content-Type"))
		}
	}
	etag := second.Header().Get("ETag")
	if rec := getWith(h, path, "If-None-Match", etag); rec.Code != http.StatusNotModified {
		t.Errorf("revisit of the embed = %d, want 304", rec.Code)
	}
	d := storyData(t, body(t, getWith(h, "/stories/"+strconv.FormatInt(id, 10))))
	title := "Renamed for the embed test"
	if _, err := app.store.EditEvent(ctx, d.Events[0].ID, timeline.Edit{Title: &title}, "ed"); err != nil {
		t.Fatal(err)
	}
	rec := getWith(h, path, "If-None-Match", etag)
	if rec.Code != http.StatusOK || !strings.Contains(body(t, rec), title) {
		t.Errorf("the embed after a write = %d, new title shown %v; want 200 and the new title", rec.Code, strings.Contains(body(t, rec), title))
	}
}

// warm reads target once, gzipped, so that a load test measures the
// readers of the cached page: otherwise the 200 requests that wait for
// the first render, 1% of a run, are its p99.
func warm(b *testing.B, target string) {
	req, err := http.NewRequest(http.MethodGet, target, nil)
	if err != nil {
		b.Fatal(err)
	}
	req.Header.Set("Accept-Encoding", "gzip")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		b.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		b.Fatalf("GET %s = %d", target, res.StatusCode)
	}
}

// BenchmarkLoadAtRate is BenchmarkLoad with the requests sent at a fixed
// rate (as wrk2 does) instead of as fast as they are answered: p99-ms then
// counts from when each request was due, and says what readers wait at
// that rate rather than at the most the machine answers.
func BenchmarkLoadAtRate(b *testing.B) {
	app := newTestApp(b, false)
	id := bigStory(b, app, 5000)
	if err := app.Start(); err != nil {
		b.Fatal(err)
	}
	target := "http://" + app.Addr() + "/stories/" + strconv.FormatInt(id, 10)
	warm(b, target)
	for _, rate := range []float64{500, 1000, 2000} {
		b.Run(fmt.Sprintf("rate=%.0f", rate), func(b *testing.B) {
			for b.Loop() {
				r, err := runLoad(context.Background(), loadConfig{URL: target, Conns: 200, Duration: 5 * time.Second,
					Max: 100_000, Gzip: true, Rate: rate})
				if err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(r.RPS(), "req/s")
				b.ReportMetric(float64(r.P99.Microseconds())/1000, "p99-ms")
				b.ReportMetric(float64(r.Errors), "errors")
				b.Logf("%s", r)
			}
		})
	}
}

// TestLoadRate checks that a load test at a rate sends no more than the
// rate allows, and refuses a negative rate.
func TestLoadRate(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") }))
	defer srv.Close()
	const rate, conns = 200, 4
	d := 300 * time.Millisecond
	r, err := runLoad(context.Background(), loadConfig{URL: srv.URL, Conns: conns, Duration: d, Max: 10_000, Rate: rate})
	if err != nil {
		t.Fatal(err)
	}
	if limit := int(rate*d.Seconds()) + conns; r.Requests > limit || r.Requests == 0 || r.Errors != 0 {
		t.Errorf("%d requests (%d errors) at %d a second for %v, want some and at most %d", r.Requests, r.Errors, rate, d, limit)
	}
	if _, err := runLoad(context.Background(), loadConfig{URL: srv.URL, Conns: 1, Duration: d, Max: 1, Rate: -1}); err == nil {
		t.Errorf("a negative rate was accepted")
	}
}

// cpuTime is the CPU time this process has used (user and system).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
