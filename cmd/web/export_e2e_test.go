package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/emersion/go-ical"
	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
	"storyline/timeline/export"
)

// timelineJSDist is the npm package's build, which `npm ci` installs.
var timelineJSDist = filepath.Join("..", "..", "node_modules", "@knight-lab", "timelinejs", "dist")

// timelineJSPage loads TimelineJS from /dist/ and draws data with it.
const timelineJSPage = `<!doctype html>
<html><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="/dist/css/timeline.css">
<script src="/dist/js/timeline.js"></script>
</head><body>
<div id="timeline-embed" style="width: 100%; height: 600px"></div>
<script>
window.timeline = new TL.Timeline('timeline-embed', DATA, {language: 'en'});
</script>
</body></html>`

// TestTimelineJSLoadsExport loads the TimelineJS export of the demo story
// into TimelineJS itself (npm @knight-lab/timelinejs) and checks the slides
// it draws: one per event and a title slide, with the exported headlines.
func TestTimelineJSLoadsExport(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the browser test in -short mode")
	}
	if _, err := os.Stat(filepath.Join(timelineJSDist, "js", "timeline.js")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("TimelineJS is not installed (npm ci): %v", err)
		}
		t.Skipf("skipping: TimelineJS is not installed (run npm ci): %v", err)
	}
	ctx := browser(t)
	app := newTestApp(t, true)
	s := demoStory(t, app)
	rec := newClientAs(t, app, timeline.RoleEditor).get(exportURL(s.ID, ".timeline.json"))
	if rec.Code != http.StatusOK {
		t.Fatalf("GET export.timeline.json = %d", rec.Code)
	}
	data := rec.Body.Bytes()
	var tl export.TimelineJS
	if err := json.Unmarshal(data, &tl); err != nil {
		t.Fatal(err)
	}
	if len(tl.Events) < 3 || tl.Title == nil {
		t.Fatalf("the demo export has %d events and title %v, want several and a title", len(tl.Events), tl.Title)
	}

	mux := http.NewServeMux()
	mux.Handle("GET /dist/", http.StripPrefix("/dist/", http.FileServer(http.Dir(timelineJSDist))))
	page := strings.Replace(timelineJSPage, "DATA", strings.ReplaceAll(string(data), "</", `<\/`), 1)
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	})
	srv := httptest.NewServer(mux) // listens on 127.0.0.1:0
	defer srv.Close()

	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	defer checkConsole(t, ctx)()
	want := len(tl.Events) + 1
	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitReady(chromedp.CSS(`#timeline-embed .tl-slide:nth-of-type(`+strconv.Itoa(want)+`) .tl-headline`)),
	)
	if err != nil {
		t.Fatalf("TimelineJS did not draw %d slides: %v", want, err)
	}
	screenshot(t, ctx, "timelinejs")
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#timeline-embed .tl-slide').length`))
	if err != nil {
		t.Fatal(err)
	}
	if n != want {
		t.Errorf("TimelineJS drew %d slides, want %d (%d events and the title)", n, want, len(tl.Events))
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
		`Array.from(document.querySelectorAll('#timeline-embed .tl-slide .tl-headline'), h => h.textContent.trim())`))
	if err != nil {
		t.Fatal(err)
	}
	wantHeads := []string{html.UnescapeString(tl.Title.Text.Headline)}
	for _, e := range tl.Events {
		wantHeads = append(wantHeads, html.UnescapeString(e.Text.Headline))
	}
	slices.Sort(got)
	slices.Sort(wantHeads)
	if diff := cmp.Diff(wantHeads, got); diff != "" {
		t.Errorf("slide headlines (-export +TimelineJS):\n%s", diff)
	}
}

// download is an export fetched from the story page.
type download struct {
	URL    string `json:"url"`
	Status int    `json:"status"`
	Type   string `json:"type"`
	Body   string `json:"body"`
}

// TestExportDownloadsFromPage signs in, opens the demo story's page with a
// filter, fetches every export the page links to from the page (with its
// cookies), and checks each download's type and that it parses.
func TestExportDownloadsFromPage(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the browser test in -short mode")
	}
	app := newTestApp(t, true)
	ctx, base := browse(t, app, 60*time.Second)
	s := demoStory(t, app)
	editor := newUser(t, app, timeline.RoleEditor)
	story := base + "/stories/" + strconv.FormatInt(s.ID, 10) + "?from=2022-09-14"
	err := chromedp.Do(ctx,
		signIn(base+"/login", editor.Name),
		chromedp.Navigate(story),
		chromedp.WaitReady(chromedp.CSS(`[data-testid="embed-snippet"]`)),
	)
	if err != nil {
		t.Fatalf("opening the story page: %v", err)
	}
	screenshot(t, ctx, "exports")
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[string](`Promise.all(
		Array.from(document.querySelectorAll('[data-testid="export-link"]'), async a => {
			const r = await fetch(a.href, {credentials: 'same-origin'});
			return {url: a.href, status: r.status, type: r.headers.get('content-type'), body: await r.text()};
		})).then(JSON.stringify)`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("fetching the exports from the page: %v", err)
	}
	var downloads []download
	if err := json.Unmarshal([]byte(raw), &downloads); err != nil {
		t.Fatal(err)
	}
	if len(downloads) != len(exportFormats) {
		t.Fatalf("the page links %d exports, want %d", len(downloads), len(exportFormats))
	}
	types := map[string]string{
		".json": "application/json", ".timeline.json": "application/json", ".storymap.json": "application/json",
		".geojson": "application/geo+json", ".csv": "text/csv", ".ics": "text/calendar",
	}
	for _, d := range downloads {
		path, query, _ := strings.Cut(strings.TrimPrefix(d.URL, base), "?")
		suffix := path[strings.Index(path, "/export")+len("/export"):]
		t.Run(suffix, func(t *testing.T) {
			if query != "from=2022-09-14" {
				t.Errorf("link %s does not keep the page's filter", d.URL)
			}
			if d.Status != http.StatusOK || !strings.HasPrefix(d.Type, types[suffix]) {
				t.Fatalf("GET %s = %d %q, want 200 %s", d.URL, d.Status, d.Type, types[suffix])
			}
			if err := parseExport(suffix, d.Body); err != nil {
				t.Errorf("GET %s: %v\n%.500s", d.URL, err, d.Body)
			}
		})
	}
}

// parseExport parses an export with a parser of its format and checks the
// filter held (nothing before 2022-09-14 where the format has dates).
func parseExport(suffix, body string) error {
	switch suffix {
	case ".json":
		s, _, err := export.ImportReviewedJSON(strings.NewReader(body))
		if err != nil {
			return err
		}
		for _, e := range s.Events {
			if e.Date.End != "" && e.Date.End < "2022-09-14" {
				return errorf("event %q ends %s, before the filter's 2022-09-14", e.Title, e.Date.End)
			}
		}
	case ".timeline.json":
		var v export.TimelineJS
		if err := json.Unmarshal([]byte(body), &v); err != nil {
			return err
		}
		if len(v.Events) == 0 {
			return errorf("no events")
		}
	case ".storymap.json":
		var v struct {
			StoryMap struct {
				Slides []json.RawMessage `json:"slides"`
			} `json:"storymap"`
		}
		if err := json.Unmarshal([]byte(body), &v); err != nil {
			return err
		}
		if len(v.StoryMap.Slides) == 0 {
			return errorf("no slides")
		}
	case ".geojson":
		var v struct {
			Type     string            `json:"type"`
			Features []json.RawMessage `json:"features"`
		}
		if err := json.Unmarshal([]byte(body), &v); err != nil {
			return err
		}
		if v.Type != "FeatureCollection" {
			return errorf("type %q, want FeatureCollection", v.Type)
		}
	case ".csv":
		rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
		if err != nil {
			return err
		}
		if len(rows) < 2 || !slices.Equal(rows[0], export.CSVHeader) {
			return errorf("%d rows, header %v", len(rows), rows[0])
		}
	case ".ics":
		cal, err := ical.NewDecoder(bytes.NewReader([]byte(body))).Decode()
		if err != nil {
			return err
		}
		if len(cal.Events()) == 0 {
			return errorf("no VEVENT")
		}
	default:
		return errorf("unknown export %s", suffix)
	}
	return nil
}

func errorf(format string, args ...any) error {
	return timeline.Errorf(timeline.EInvalid, format, args...)
}

// TestEmbedInBrowser opens the demo story's embed page as a reader outside
// the newsroom and checks that TimelineJS, served by this app, draws the
// story under the app's content security policy: the page marks itself
// ready, shows slides, loads nothing from another origin, and the console
// shows no CSP violation (checked by browse).
func TestEmbedInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the browser test in -short mode")
	}
	app := newTestApp(t, true)
	ctx, base := browse(t, app, 60*time.Second)
	s := demoStory(t, app)
	embed := base + "/stories/" + strconv.FormatInt(s.ID, 10) + "/embed"
	if err := chromedp.Do(ctx, chromedp.Navigate(embed),
		chromedp.WaitReady(chromedp.CSS(`#timeline-embed[data-ready="true"]`))); err != nil {
		t.Fatalf("opening the embed page: %v", err)
	}
	screenshot(t, ctx, "embed")
	slides, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#timeline-embed .tl-slide').length`))
	if err != nil {
		t.Fatal(err)
	}
	if slides < 2 {
		t.Errorf("the embed shows %d TimelineJS slides, want the story's events", slides)
	}
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[string](`JSON.stringify(performance.getEntriesByType('resource').map(e => e.name))`))
	if err != nil {
		t.Fatal(err)
	}
	var loaded []string
	if err := json.Unmarshal([]byte(raw), &loaded); err != nil {
		t.Fatal(err)
	}
	for _, u := range loaded {
		if !strings.HasPrefix(u, base+"/") {
			t.Errorf("the embed page loaded %s from another origin", u)
		}
	}
	if !slices.Contains(loaded, base+"/static/timelinejs/js/timeline.js") {
		t.Errorf("the embed page did not load TimelineJS from this app; loaded %v", loaded)
	}
}
