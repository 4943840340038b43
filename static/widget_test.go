package static

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestWidgets loads testdata/story.html (a story page written to the page
// <-> widget contract) with the built app.js in headless Chromium and checks
// that the timeline and the map draw and that selection is linked between
// the list, the timeline, the map and the URL hash.
func TestWidgets(t *testing.T) {
	ctx, base := widgetBrowser(t)
	page := base + "/testdata/story.html"

	ready := chromedp.Steps(
		chromedp.WaitVisible(chromedp.CSS(`#timeline[data-ready="true"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#map[data-ready="true"]`)),
	)
	if err := chromedp.Do(ctx, chromedp.Navigate(page), ready); err != nil {
		t.Fatalf("load %s: %v", page, err)
	}

	t.Run("drawn", func(t *testing.T) {
		counts := []struct {
			selector string
			want     int
		}{
			{`#timeline .vis-item.vis-box.precision-day[data-event-id="1"]`, 1},
			{`#timeline .vis-item.vis-box.precision-day[data-event-id="2"]`, 1},
			{`#timeline .vis-item.vis-range.precision-month[data-event-id="3"]`, 1},
			{`#timeline .vis-item.vis-range.precision-past.open-start[data-event-id="5"]`, 1},
			{`#timeline img`, 0}, // a title with markup stays text
			{`#map [data-testid="marker"]`, 3},
			{`#map [data-testid="marker"][data-place="Astana"][title]`, 1},
			{`#map [data-testid="marker"][data-place="Samarkand"]`, 1},
			{`#map path.basemap-country`, -1},
		}
		for _, tc := range counts {
			got, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+jsString(tc.selector)+`).length`))
			if err != nil {
				t.Fatal(err)
			}
			if tc.want < 0 {
				if got < 100 {
					t.Errorf("count(%s) = %d, want at least 100 country shapes", tc.selector, got)
				}
				continue
			}
			if got != tc.want {
				t.Errorf("count(%s) = %d, want %d", tc.selector, got, tc.want)
			}
		}
		attribution, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#map .leaflet-control-attribution`)))
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"Contains data from GeoNames (geonames.org), CC BY 4.0", "Natural Earth"} {
			if !strings.Contains(attribution, want) {
				t.Errorf("attribution = %q, want it to contain %q", attribution, want)
			}
		}
	})

	// Each step clicks somewhere and waits until every widget shows the event
	// as selected; a broken link times out. The marker goes first, while the
	// map still shows every place (an open popup pans the map).
	steps := []struct {
		name   string
		action chromedp.Action[chromedp.Void]
		id     string
		place  string // the marker whose popup opens, "" for an event with no place
	}{
		{"marker selects its first event", chromedp.Click(chromedp.CSS(`#map [data-testid="marker"][data-place="Astana"]`)), "3", "Astana"},
		{"popup date link", chromedp.Steps(settled(`#map .leaflet-popup a[href="#event-1"]`), chromedp.Click(chromedp.CSS(`#map .leaflet-popup a[href="#event-1"]`))), "1", "Astana"},
		{"timeline item", chromedp.Click(chromedp.CSS(`#timeline .vis-item[data-event-id="2"]`)), "2", "Samarkand"},
		{"list item", chromedp.Click(chromedp.CSS(`#event-4 .event-date`)), "4", "Beijing"},
		{"list item without a place", chromedp.Click(chromedp.CSS(`#event-5 .event-date`)), "5", ""},
		{"keyboard focus on a list link", chromedp.Focus(chromedp.CSS(`#event-3 a`)), "3", "Astana"},
		{"hash", chromedp.Navigate(page + "#event-2"), "2", "Samarkand"},
		{"hash on load", chromedp.Steps(chromedp.Navigate("about:blank"), chromedp.Navigate(page+"#event-4"), ready), "4", "Beijing"},
	}
	for _, tc := range steps {
		t.Run(tc.name, func(t *testing.T) {
			sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
			defer cancel()
			wait := []chromedp.Action[chromedp.Void]{
				chromedp.WaitVisible(chromedp.CSS(`#event-list li.selected[aria-current="true"][data-event-id="` + tc.id + `"]`)),
				chromedp.WaitVisible(chromedp.CSS(`#timeline .vis-item.vis-selected[data-event-id="` + tc.id + `"]`)),
			}
			if tc.place != "" {
				wait = append(wait,
					chromedp.WaitVisible(chromedp.CSS(`#map [data-testid="marker"].selected[data-place="`+tc.place+`"]`)),
					chromedp.WaitVisible(chromedp.CSS(`#map .leaflet-popup .marker-popup li.selected a[href="#event-`+tc.id+`"]`)),
				)
			}
			if err := chromedp.Do(sctx, tc.action, chromedp.Steps(wait...)); err != nil {
				t.Fatalf("after %s, event %s is not selected everywhere: %v", tc.name, tc.id, err)
			}
			selected, err := chromedp.Run(sctx, chromedp.Evaluate[int](`document.querySelectorAll("#event-list li.selected, #timeline .vis-box.vis-selected, #timeline .vis-range.vis-selected").length`))
			if err != nil {
				t.Fatal(err)
			}
			if selected != 2 {
				t.Errorf("after %s, %d list and timeline items are selected, want 2", tc.name, selected)
			}
			// A closing popup fades out before it leaves the DOM.
			want := 0
			if tc.place != "" {
				want = 1
			}
			poll := fmt.Sprintf(`document.querySelectorAll("#map .leaflet-popup").length === %d`, want)
			if _, err := chromedp.Run(sctx, chromedp.Poll[bool](poll)); err != nil {
				t.Errorf("after %s, want %d popups open: %v", tc.name, want, err)
			}
		})
	}
}

// TestWidgetsEmpty loads a story page without dated events and with a tile
// server that does not answer: both widgets still draw and say so.
func TestWidgetsEmpty(t *testing.T) {
	ctx, base := widgetBrowser(t)
	page := base + "/testdata/empty.html"
	err := chromedp.Do(ctx, chromedp.Navigate(page),
		chromedp.WaitVisible(chromedp.CSS(`#timeline[data-ready="true"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#map[data-ready="true"]`)),
	)
	if err != nil {
		t.Fatalf("load %s: %v", page, err)
	}
	counts := []struct {
		selector string
		want     int
	}{
		{`#timeline > .empty`, 1},
		{`#map [data-testid="marker"]`, 0},
		{`#map .leaflet-tile-pane .leaflet-layer`, 1},
		{`#map[data-basemap="failed"]`, 0},
	}
	for _, tc := range counts {
		got, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+jsString(tc.selector)+`).length`))
		if err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("count(%s) = %d, want %d", tc.selector, got, tc.want)
		}
	}
	shapes, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#map path.basemap-country").length`))
	if err != nil {
		t.Fatal(err)
	}
	if shapes < 100 {
		t.Errorf("count(#map path.basemap-country) = %d, want at least 100 country shapes under the tiles", shapes)
	}
	attribution, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#map .leaflet-control-attribution`)))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Test tiles", "GeoNames", "Natural Earth"} {
		if !strings.Contains(attribution, want) {
			t.Errorf("attribution = %q, want it to contain %q", attribution, want)
		}
	}
}

// widgetBrowser serves Dist at /dist/ and testdata at /testdata/ and starts
// headless Chromium. It returns a context with a timeout for the test's
// steps and the server's URL; it skips when there is no build or browser.
func widgetBrowser(t *testing.T) (context.Context, string) {
	t.Helper()
	if testing.Short() {
		t.Skip("skipping the browser test in -short mode")
	}
	if _, err := fs.Stat(Dist, "app.js"); errors.Is(err, fs.ErrNotExist) {
		skipOrFailInCI(t, "static/dist is not built; run npm ci && npm run build")
	}
	browser := chromium(t)

	mux := http.NewServeMux()
	mux.Handle("/dist/", http.StripPrefix("/dist/", http.FileServerFS(Dist)))
	mux.Handle("/testdata/", http.StripPrefix("/testdata/", http.FileServer(http.Dir("testdata"))))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	// The first Do starts the browser, which lives as long as its context,
	// so only the steps after it get a timeout.
	if err := chromedp.Do(bctx); err != nil {
		cancelBrowser()
		cancelAlloc()
		t.Fatalf("start %s: %v", browser, err)
	}
	ctx, cancel := context.WithTimeout(bctx, 120*time.Second)
	t.Cleanup(func() { cancel(); cancelBrowser(); cancelAlloc() })
	return ctx, srv.URL
}

// chromium finds Debian's chromium (or $CHROMIUM) or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{os.Getenv("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	skipOrFailInCI(t, "no chromium found; set CHROMIUM to a browser binary (make test installs Debian's chromium)")
	return ""
}

// skipOrFailInCI skips a test whose prerequisite is missing on a developer's
// machine, and fails it in CI (CI=true), where make test installs everything.
func skipOrFailInCI(t *testing.T, why string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatal(why)
	}
	t.Skip(why)
}

func jsString(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `\'`) + "'"
}

// settled waits until the element sel stands still for two animation frames:
// an opening popup pans the map, and a click aimed while it moves misses.
func settled(sel string) chromedp.Action[chromedp.Void] {
	js := `(() => {
		const el = document.querySelector(` + jsString(sel) + `);
		if (!el) return false;
		const r = el.getBoundingClientRect(), at = r.x + "," + r.y;
		const still = window.__settledAt === at;
		window.__settledAt = at;
		return still;
	})()`
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := chromedp.Poll[bool](js)(ctx, t)
		return chromedp.Void{}, err
	}
}
