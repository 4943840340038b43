package main

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestBigStoryInBrowser opens the public page of a story of 5,000
// day-dated events as a reader outside the newsroom: the timeline draws an
// overview of counts (no wall of cards) that opens on zoom, the list shows
// one page, and the three stay linked: a list item selects its
// event on the timeline (zooming in to its weeks) and on the map, and an
// event of another page is named with a link to its page. The screenshot
// goes to the test's artifact directory (go test -artifacts keeps it) and,
// when set, to STORYLINE_SCREENSHOTS.
func TestBigStoryInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the browser test in -short mode")
	}
	app := newTestApp(t, false)
	id := bigStory(t, app, 5000)
	ctx, base := browse(t, app, 150*time.Second)
	page := base + "/stories/" + strconv.FormatInt(id, 10)

	start := time.Now()
	err := chromedp.Do(ctx,
		chromedp.Navigate(page),
		chromedp.WaitReady(chromedp.CSS(`#timeline[data-ready="true"]`)),
		chromedp.WaitReady(chromedp.CSS(`#map[data-ready="true"]`)),
	)
	if err != nil {
		t.Fatalf("loading the story of 5,000 events: %v", err)
	}
	t.Logf("the page of 5,000 events was drawn in %v", time.Since(start).Round(time.Millisecond))

	count := func(sel string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+strconv.Quote(sel)+`).length`))
		if err != nil {
			t.Fatalf("count(%s): %v", sel, err)
		}
		return n
	}
	if clustered, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("timeline").dataset.clustered`)); err != nil || clustered != "true" {
		t.Errorf("timeline data-clustered = %q (%v), want true", clustered, err)
	}
	// Not a wall: the timeline keeps its height however many events it has.
	if h, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.getElementById("timeline").getBoundingClientRect().height`)); err != nil || h > 500 {
		t.Errorf("timeline height = %d (%v), want at most 500 px", h, err)
	}
	if n := count(`#timeline .vis-item.timeline-bucket`); n == 0 || n > 40 {
		t.Errorf("the overview of 5,000 events draws %d counts, want 1 to 40", n)
	}
	if n := count(`#event-list li[data-event-id]`); n != listPageSize {
		t.Errorf("the list shows %d events, want a page of %d", n, listPageSize)
	}
	if n := count(`#map [data-testid="marker"]`); n == 0 {
		t.Errorf("no markers on the map")
	}
	shot := func(name string) {
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Errorf("screenshot %s: %v", name, err)
			return
		}
		if err := os.WriteFile(filepath.Join(t.ArtifactDir(), name+".png"), png, 0o644); err != nil {
			t.Errorf("screenshot %s: %v", name, err)
		}
		screenshot(t, ctx, name)
	}
	shot("big-story")

	// A list item selects its event everywhere: the timeline zooms to the
	// days around it, where it is a card of its own, and the map marks its
	// place.
	first, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('#event-list li[data-event-id]').dataset.eventId`))
	if err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(ctx,
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Evaluate[bool](`(document.querySelector('#event-list li[data-event-id="`+first+`"] time').click(), true)`)(ctx, tg)
			return err
		}),
		chromedp.WaitReady(chromedp.CSS(`#event-list li.selected[data-event-id="`+first+`"]`)),
		chromedp.WaitReady(chromedp.CSS(`#timeline .vis-item.vis-selected[data-event-id="`+first+`"]`)),
		chromedp.WaitReady(chromedp.CSS(`#map .selected[data-testid="marker"]`)),
	)
	if err != nil {
		t.Errorf("selecting event %s in the list: %v", first, err)
	}
	shot("big-story-selected")

	// An event of a later page, selected by its address (as the timeline
	// or the map would), is named under the list with a link to its page.
	last, err := chromedp.Run(ctx, chromedp.Evaluate[string](
		`String(JSON.parse(document.getElementById("story-data").textContent).events.at(-1)[0])`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(location.hash = "#event-`+last+`", true)`)); err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`[data-testid="list-elsewhere"]`)))
	if err != nil {
		t.Fatalf("selecting an event of the last page: %v", err)
	}
	href, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('[data-testid="list-elsewhere"] a[href*="page="]').getAttribute("href")`))
	if err != nil || !strings.Contains(href, "page=50") || !strings.HasSuffix(href, "#event-"+last) {
		t.Errorf("link to the event's page = %q (%v), want page=50 and #event-%s", href, err, last)
	}
	// Following it shows the page with the event selected, the filters kept.
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+href),
		chromedp.WaitReady(chromedp.CSS(`#event-list li.selected[data-event-id="`+last+`"]`)),
	)
	if err != nil {
		t.Errorf("opening page 50: %v", err)
	}
}
