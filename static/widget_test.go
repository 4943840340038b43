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
			// Labels from the gazetteer: countries at this zoom, and none
			// repeating a place the story's markers name.
			{`#map .map-label-country`, -2},
			{`#map [data-testid="marker"][data-place="Samarkand"] .map-marker-label`, 1},
		}
		for _, tc := range counts {
			got, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+jsString(tc.selector)+`).length`))
			if err != nil {
				t.Fatal(err)
			}
			if tc.want == -2 {
				if got < 3 {
					t.Errorf("count(%s) = %d, want at least 3 country labels", tc.selector, got)
				}
				continue
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
		labels, err := chromedp.Run(ctx, chromedp.Evaluate[string](`[...document.querySelectorAll("#map .map-label")].map((e) => e.textContent).join("|")`))
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"Kazakhstan", "Mongolia"} {
			if !strings.Contains("|"+labels+"|", "|"+want+"|") {
				t.Errorf("map labels %q, want %q among them", labels, want)
			}
		}
		for _, place := range []string{"Samarkand", "Beijing", "Astana"} {
			if strings.Contains("|"+labels+"|", "|"+place+"|") {
				t.Errorf("map labels %q repeat %q, which its marker names", labels, place)
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
		{"popup date link", activate(`#map .leaflet-popup a[href="#event-1"]`), "1", "Astana"},
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

// offMap lists the markers (and their names) of #map that are not wholly
// inside the map and the window, or lie under the map's controls (zoom
// buttons, attribution), as "place" or "place name".
const offMap = `(() => {
	const m = document.querySelector("#map").getBoundingClientRect();
	const controls = [...document.querySelectorAll("#map .leaflet-control")].map((c) => c.getBoundingClientRect());
	const under = (r) => controls.some((c) => r.left < c.right && c.left < r.right && r.top < c.bottom && c.top < r.bottom);
	const inside = (r) => r.left >= m.left && r.right <= m.right && r.top >= m.top && r.bottom <= m.bottom &&
		r.left >= 0 && r.right <= window.innerWidth && !under(r);
	const out = [];
	for (const el of document.querySelectorAll('#map [data-testid="marker"]')) {
		if (!inside(el.getBoundingClientRect())) out.push(el.dataset.place);
		const name = el.querySelector(".map-marker-label");
		if (name && getComputedStyle(name).display !== "none" && !inside(name.getBoundingClientRect())) out.push(el.dataset.place + " name");
	}
	return out.join(", ");
})()`

// TestWidgetsPhone loads story pages on a phone: every marker and its name
// lie wholly on the map, clear of its controls, and a marker's popup opens
// inside the map. twoplaces.html has the demo story's two places, one above
// the other, so the fit is bound by the map's height and the attribution's
// two lines at its bottom.
func TestWidgetsPhone(t *testing.T) {
	ctx, base := widgetBrowserSized(t, 375, 740)
	for _, tc := range []struct {
		page    string
		markers int
	}{{"story.html", 3}, {"twoplaces.html", 2}} {
		t.Run(tc.page, func(t *testing.T) {
			page := base + "/testdata/" + tc.page
			// A headless window is never narrower than 500 pixels: the phone's
			// 375 pixels are an emulated mobile viewport.
			err := chromedp.Do(ctx, chromedp.EmulateViewport(375, 740, chromedp.EmulateMobile), chromedp.Navigate(page),
				chromedp.WaitVisible(chromedp.CSS(`#map[data-ready="true"]`)))
			if err != nil {
				t.Fatalf("load %s: %v", page, err)
			}
			if w, err := chromedp.Run(ctx, chromedp.Evaluate[int](`window.innerWidth`)); err != nil || w != 375 {
				t.Fatalf("window.innerWidth = %d (%v), want 375", w, err)
			}
			n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#map [data-testid="marker"]').length`))
			if err != nil || n != tc.markers {
				t.Fatalf("markers on the phone = %d (%v), want %d", n, err, tc.markers)
			}
			// The page scrolls the map into view as a reader would.
			if err := chromedp.Do(ctx, chromedp.ScrollIntoView(chromedp.CSS(`#map`))); err != nil {
				t.Fatal(err)
			}
			if off, err := chromedp.Run(ctx, chromedp.Evaluate[string](offMap)); err != nil || off != "" {
				t.Errorf("on a phone, off the map or under its controls: %q (%v), want every marker and name clear", off, err)
			}
			sel := `#map [data-testid="marker"][data-place="Samarkand"]`
			err = chromedp.Do(ctx, chromedp.Click(chromedp.CSS(sel)),
				chromedp.WaitVisible(chromedp.CSS(`#map .leaflet-popup .marker-popup li.selected a[href="#event-2"]`)),
				settled(`#map .leaflet-popup`))
			if err != nil {
				t.Fatalf("Samarkand's popup on a phone: %v", err)
			}
			inside, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => {
				const m = document.querySelector("#map").getBoundingClientRect();
				const p = document.querySelector("#map .leaflet-popup-content-wrapper").getBoundingClientRect();
				return p.left >= m.left && p.right <= m.right && p.top >= m.top && p.left >= 0 && p.right <= window.innerWidth;
			})()`))
			if err != nil || !inside {
				t.Errorf("Samarkand's popup lies inside the map on a phone = %v (%v), want true", inside, err)
			}
		})
	}
}

// TestWidgetsMany loads 5,000 events over 1,000 places, on a desktop and on
// a phone: the map draws them as clusters (few elements, whatever the
// number of places), and a click on the cluster of six places that share a
// spot opens it until all six show.
func TestWidgetsMany(t *testing.T) {
	for _, size := range []struct {
		name          string
		width, height int
	}{{"desktop", 1280, 1000}, {"phone", 375, 740}} {
		t.Run(size.name, func(t *testing.T) {
			ctx, base := widgetBrowserSized(t, size.width, size.height)
			page := base + "/testdata/many.html"
			if size.width < 500 {
				if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(size.width), int64(size.height), chromedp.EmulateMobile)); err != nil {
					t.Fatal(err)
				}
			}
			start := time.Now()
			if err := chromedp.Do(ctx, chromedp.Navigate(page), chromedp.WaitVisible(chromedp.CSS(`#map[data-ready="true"]`))); err != nil {
				t.Fatalf("load %s: %v", page, err)
			}
			t.Logf("%s: 5,000 events, 1,000 places: map ready in %v (shared machine)", size.name, time.Since(start).Round(time.Millisecond))
			if err := chromedp.Do(ctx, chromedp.ScrollIntoView(chromedp.CSS(`#map`))); err != nil {
				t.Fatal(err)
			}
			counts, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](`[
				document.querySelectorAll('#map [data-testid="marker"]').length,
				document.querySelectorAll("#map .map-cluster").length]`))
			if err != nil {
				t.Fatal(err)
			}
			if counts[1] == 0 || counts[0]+counts[1] > 400 {
				t.Errorf("markers %d, clusters %d: want clusters, and fewer than 400 elements for 1,000 places", counts[0], counts[1])
			}
			// The westernmost cluster is the six places in the Pacific.
			mark := `(() => {
				const cs = [...document.querySelectorAll("#map .map-cluster")];
				if (cs.length === 0) return false;
				cs.sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left);
				for (const c of cs) delete c.dataset.testid;
				cs[0].dataset.testid = "target-cluster";
				return true;
			})()`
			tight := `document.querySelectorAll('#map [data-testid="marker"][data-place^="Tight"]').length === 6`
			opened := false
			for try := 0; try < 6 && !opened; try++ {
				if ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](mark)); err != nil || !ok {
					t.Fatalf("no cluster to click (%v)", err)
				}
				if err := chromedp.Do(ctx, settled(`[data-testid="target-cluster"]`), chromedp.Click(chromedp.CSS(`[data-testid="target-cluster"]`))); err != nil {
					t.Fatal(err)
				}
				pctx, cancel := context.WithTimeout(ctx, 4*time.Second)
				_, err := chromedp.Run(pctx, chromedp.Poll[bool](tight))
				cancel()
				opened = err == nil
			}
			if !opened {
				t.Errorf("clicking the cluster of six places never showed all six markers")
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
	return widgetBrowserSized(t, 1280, 1000)
}

// widgetBrowserSized is widgetBrowser with a window of width x height pixels.
func widgetBrowserSized(t *testing.T, width, height int) (context.Context, string) {
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
		chromedp.WindowSize(width, height),
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
// activate waits for the element and clicks it through the DOM, as a
// keyboard's Enter does: a link inside a popup moves while the popup pans the
// map, and a mouse click aimed at where it was misses on a loaded machine.
func activate(sel string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.WaitVisible(chromedp.CSS(sel)),
		func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
			_, err := chromedp.Evaluate[bool](`(() => { const el = document.querySelector(`+jsString(sel)+`); if (!el) return false; el.click(); return true; })()`)(ctx, t)
			return chromedp.Void{}, err
		},
	)
}

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
